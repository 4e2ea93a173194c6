"""Regular expressions of one language, derived from its data module.

Every alternation is built from the language tables (escaped, longest first),
compiled once per language and cached: nothing here runs per call.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Dict, Iterable

from .casefold import fold
from .compiling import building
from .currency import COMMON_CODES, WORDLIKE_CODES, lexicon
from .lang import get_language
from .lang.schema import LanguageData
from .text import _APOS, WS, alternation

#: the units of time (``LanguageData.units`` values) a duration is counted in
TIME_UNITS = ("year", "quarter", "month", "week", "day", "h", "min", "s")
#: the unit of an age ("aged 25")
AGE_UNIT = TIME_UNITS[0]
#: what a rate's unit symbol is per ("bbl/d", "bu/acre", "t/ha"): a day or longer, or an
#: area (not a speed: "at 50 km/h, covering 100 km")
RATE_DENOMINATORS = frozenset((*TIME_UNITS[:5], "d", "acre", "ha"))
#: a unit of time -> the next smaller one and how many of it make one ("17 min 17 s")
SUBUNITS = {"year": ("month", 12), "week": ("day", 7), "day": ("h", 24), "h": ("min", 60),
            "min": ("s", 60)}

_APOS_CHARS = "'’"


def symbol_pattern(symbols: Iterable[str]) -> str:
    """Alternation of currency symbols, longest first; a symbol that starts or ends with
    a letter must not touch another letter there ("Rp" is not in "ARpa").  The symbols
    that start with a letter share one look-behind, so the regex engine tries it once a
    position."""
    def alt(group):
        return alternation(group, spaced=False,
                           end=lambda s: r"(?![^\W\d_])" if s[-1].isalpha() else "")
    symbols = set(symbols)
    lettered = {s for s in symbols if s[0].isalpha()}
    parts = []
    if symbols - lettered:
        parts.append(alt(symbols - lettered))
    if lettered:
        parts.append(r"(?<![^\W\d_])(?:" + alt(lettered) + ")")
    return "|".join(parts) if parts else r"(?!x)x"


#: The token a left-context pattern ends on, read backwards from a figure in the
#: reversed text: white space skipped, then a run of letters or one other character.
REVERSED_LAST_TOKEN = re.compile(WS + r"*(?:([^\W\d_]+)|(.))", re.S)


_LETTERS = re.compile(r"[^\W\d_]+")


def last_tokens(phrases: Iterable[str]) -> frozenset:
    """The token each phrase ends on, as :data:`REVERSED_LAST_TOKEN` reads the text before a
    figure: its last run of letters, lower-cased, or its last character if that is no letter
    (both apostrophes).  A pattern whose every phrase ends the text before a figure can only
    match where the text's last token is one of these: a set look-up instead of a search
    that tries every start."""
    out = set()
    for p in phrases:
        p = p.rstrip()
        # the last run of letters, read from the end: a search for one ending the
        # phrase would try every start (0.05 s over the 9,000 French bounding verbs)
        run = _LETTERS.match(p[::-1])
        if run:
            out.add(run.group()[::-1].lower())
        elif p:
            out.update(("'", "’") if p[-1] in "'’" else (p[-1].lower(),))
    return frozenset(out)


#: between two number words: white space or a hyphen
_SEP = rf"(?:{WS}+|{WS}*-{WS}*)"


def _lower_keys(mapping) -> dict:
    return {k.lower(): v for k, v in mapping.items()}


def _tail(words: Iterable[str]) -> str:
    """A phrase that must end the text before a figure (for left-context searches)."""
    return r"(?<![^\W\d_])(?:" + alternation(words) + r")" + WS + r"*\Z"


class Grammar:
    """All compiled patterns and lookup tables for one language."""

    def __init__(self, L: LanguageData):
        self.L = L
        self.lex = lexicon(L.code)
        self._spelled_out(L)
        self._digits(L)
        self._scales(L)
        self._currencies(L)
        self._kinds(L)
        self._qualifiers(L)
        self._vague(L)
        self._fractions(L)
        self._habits(L)
        self._ranges(L)
        self._not_claims(L)
        self._triggers(L)
        self._vocabulary(L)

    def _spelled_out(self, L: LanguageData) -> None:
        """Spelled-out numbers."""
        self.cardinals = _lower_keys(L.cardinals)
        self.scales = _lower_keys(L.scales)
        self.fractions = _lower_keys(L.fractions)
        self.articles = frozenset(a.lower() for a in L.articles)
        self.articles_before_digits = frozenset(a.lower() for a in L.articles_before_digits)
        #: a figure in digits right after a word ("un 9,5 %")
        self.digits_next_re = re.compile(WS + r"+[-−+]?\d")
        self.joiners = frozenset(j.lower() for j in L.joiners)
        self.decimal_words = frozenset(d.lower() for d in L.decimal_words)
        self.homographs = frozenset(h.lower() for h in L.adjective_homographs)
        # "a"/"an" are figures only before a scale word ("a hundred", "a million").
        numeral_articles = {a.lower() for a in L.numeral_articles}
        number_words = {w for w in self.cardinals if w not in self.articles or w in numeral_articles}
        number_words |= set(self.scales)
        scale_or_hundred = set(self.scales) | {w for w, v in self.cardinals.items() if v == 100}
        # in order: the same pattern in every process, whatever order the set takes
        art_prefix = "|".join(re.escape(a) for a in sorted(self.articles) if a not in number_words)
        sep = _SEP
        self._joiner = joiner = alternation(L.joiners)
        word = rf"(?:{alternation(number_words)})(?![\w'’])"
        dec = (rf"(?:{sep}(?:{alternation(L.decimal_words)}){WS}+{word}"
               rf"(?:{sep}(?:(?:{joiner}){sep})?{word})*)?")
        art = rf"(?:(?:{art_prefix}){WS}+(?=(?:{alternation(scale_or_hundred)})\b))?" if art_prefix else ""
        self.words_re = re.compile(
            rf"(?<![\w-])(?i:(?:{alternation(L.negative_words)}){WS}+)?(?i:{art}{word}"
            rf"(?:{sep}(?:(?:{joiner}){sep})?{word})*{dec})")
        self.word_token_re = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
        self.negative_words = frozenset(w.lower() for w in L.negative_words)
        self.money_nouns = frozenset(w.lower() for w in L.money_nouns)
        self.number_words = frozenset(number_words)

    def _digits(self, L: LanguageData) -> None:
        """Digits."""
        self.digits_re = re.compile(
            r"(?=[-−–+.,\d])"  # what every match opens with: a position's cheap first test
            # a minus may be typed as an en dash glued to the digits ("–4,5 %")
            r"(?P<sign>(?<![\w.,%)\]-])(?:[-−+]" + WS + r"?|–(?=\d)))?"
            # thousands grouped by a space, or by an apostrophe in Switzerland ("12’400")
            r"(?P<num>\d+(?:(?:[.,]|(?:" + WS + r"|['’])(?=\d{3}(?!\d)))\d+)*|(?<![\w.,])[.,]\d+)"
            r"(?:[eE](?P<exp>[-+]?\d{1,3})(?![\w]))?"
            # powers: "2^5", "1,1^+23", "4,8x10^-10", "6,02 × 10^23", "10 puissance 9"
            r"(?:\^(?P<pw>[-+−]{0,2}\d{1,3})(?!\d))?"
            r"(?:" + WS + r"*[x×]" + WS + r"*10\^(?P<tp>[-+−]?\d{1,3})(?!\d))?"
            + (r"(?:" + WS + r"+(?i:" + alternation(L.power_words) + r")" + WS
               + r"+(?P<pn>\d{1,3})(?![\d,.]\d|\d|" + WS + r"*%))?" if L.power_words else "") +
            r"(?:" + WS + r"+(?P<fn>\d{1,2})/(?P<fd>\d{1,3})(?![\d/]))?"
            r"(?:/(?P<sd>\d{1,3})(?![\d/]))?")
        self.vulgar_re = re.compile("[\u00bc-\u00be\u2150-\u215e]")

    def _scales(self, L: LanguageData) -> None:
        """Scale after a figure."""
        self._codes = codes = alternation(self.lex.codes, spaced=False)
        scale = rf"(?i:{alternation(L.scales)})(?![\w'’])"
        self.scale_re = re.compile(
            rf"{WS}*(?:(?P<w>{scale}(?:{WS}+{scale})*)"  # "5 mille milliards": they multiply
            rf"|(?P<a>{alternation(L.scale_abbrevs, spaced=False)})(?=[^\w]|(?:{codes})\b|$)(?!/[^\W\d_](?![\w]))"  # not "b/d"
            rf"|(?P<dz>(?i:{alternation(L.dozen_nouns)}))(?![\w]))")
        self.money_scale_re = re.compile(
            rf"{WS}*(?P<a>{alternation(L.money_scale_abbrevs, spaced=False)})(?![\w])")
        self.scale_values: Dict[str, int] = {**{k.lower(): v for k, v in L.scales.items()}}
        self.single_scale_re = re.compile(rf"(?P<w>{scale})")
        # "3 mille 400", "2 million 500 thousand", "7 hundred and 50": what a scaled
        # figure in digits adds after it
        # (the hundred words too: "4 mille 3 cents et 21"), the part grouped by the
        # language's own marks too ("3 millones 200.000")
        hundreds = {w.lower(): v for w, v in L.cardinals.items() if v == 100}
        tail_word = rf"(?i:{alternation([*L.scales, *hundreds])})(?![\w'’])"
        groups = "".join(re.escape(m) for m in L.group_marks if len(m) == 1 and not m.isspace())
        group = rf"(?:{WS}|[{groups}])" if groups else WS
        self.scale_tail_re = re.compile(
            rf"{WS}+(?:(?P<j>(?i:{self._joiner_words(L)})){WS}+)?(?P<n>\d{{1,3}}(?:{group}\d{{3}})*)(?![\d%]|[.,]\d)"
            rf"(?:{WS}*(?P<w>{tail_word}))?")
        self.tail_values = {**hundreds, **self.scale_values}
        self.abbrev_values = dict(L.scale_abbrevs) | dict(L.money_scale_abbrevs)

    @staticmethod
    def _joiner_words(L: LanguageData) -> str:
        return alternation(L.joiners)

    def scale_factor(self, words: str) -> int:
        """The factor of one scale phrase or of stacked ones ("mille milliards": 10¹²)."""
        key = " ".join(fold(words).split())
        if key in self.scale_values:
            return self.scale_values[key]
        factor = 1
        for m in self.single_scale_re.finditer(words):
            factor *= self.scale_values[" ".join(fold(m.group("w")).split())]
        return factor

    def _currencies(self, L: LanguageData) -> None:
        """Currencies."""
        lex, codes = self.lex, self._codes
        names = alternation(lex.names)
        symbols = symbol_pattern(lex.symbols)
        common = alternation((c for c in COMMON_CODES if c in lex.codes), spaced=False)
        # "d'euros" glued by its apostrophe; "de", "of" need a space ("del" is no "de l")
        elided = [w for w in L.scale_links if w[-1:] in _APOS_CHARS]
        spaced = [w for w in L.scale_links if w[-1:] not in _APOS_CHARS]
        self._link = link = "(?:" + "|".join(
            ([rf"(?i:{alternation(elided)}){WS}*"] if elided else [])
            + ([rf"(?i:{alternation(spaced)}){WS}+"] if spaced else [])) + ")"
        # "un millier de milliards": an approximate noun of a scale
        self.approx_scale_re = re.compile(
            rf"{WS}+{link}(?P<w>(?i:{alternation(L.scales)}))(?![\w'’])")
        self.ccy_after_re = re.compile(
            rf"{WS}*(?P<link>{link})?(?:(?P<name>(?i:{names}))(?![\w])|(?P<sym>{symbols})"
            rf"|(?P<code>(?:{codes})|(?i:{common}))(?![\w]))")
        prefix_names = [n for n in lex.names if "$" in n]
        prefix_codes = alternation((c for c in lex.codes if c not in WORDLIKE_CODES), spaced=False)
        # forms read only before a figure: a one-letter one glued to it ("R290")
        lettered = [p for p in L.currency_prefixes if len(p) == 1]
        worded = [p for p in L.currency_prefixes if len(p) > 1]
        prefixes = "|".join(
            [f"(?:{alternation(worded, spaced=False)}){WS}*"] * bool(worded)
            + [f"(?:{alternation(lettered, spaced=False)})"] * bool(lettered)) or r"(?!x)x"
        self.ccy_before_re = re.compile(
            rf"(?:(?:(?<![\w])(?P<name>(?i:{alternation(prefix_names)}))|(?P<sym>{symbols})"
            rf"|(?<![\w])(?P<code>(?:{prefix_codes})|(?i:{common})))" + WS + r"*"
            rf"|(?<![\w])(?P<pre>{prefixes}))\Z")
        self.ccy_before_last = last_tokens([*prefix_names, *lex.symbols, *lex.codes, *COMMON_CODES,
                                            *L.currency_prefixes])
        self.minor_re = re.compile(
            rf"{WS}*(?P<link>{link})?(?:(?P<art>(?i:{alternation(L.articles)})){WS}+)?"
            rf"(?P<m>(?i:{alternation(lex.minor_units)}))(?![\w])")
        self.compound_part_re = re.compile(
            rf"{WS}+(?P<n>\d{{1,3}}){WS}*(?P<u>{alternation(L.compound_minor_units, spaced=False)})"
            rf"(?![\w])") if L.compound_minor_units else None
        self.compound_units = {k: (code, _fraction(f))
                               for k, (code, f) in L.compound_minor_units.items()}
        # "164 G$", "7 MM€", "325,90 ME": a scale letter with a currency glued after it
        glued_scales = {**L.scale_abbrevs, **L.currency_scale_abbrevs}
        self.glued_scale_values = glued_scales
        self.scale_letters = dict(L.scale_currency_letters)
        marks = [f"(?P<sym>{symbols})"]
        if L.scale_currency_letters:
            marks.append(f"(?P<letter>{alternation(L.scale_currency_letters, spaced=False)})(?![\\w])")
        self.glued_scale_ccy_re = re.compile(
            rf"{WS}*(?P<a>{alternation(glued_scales, spaced=False)})(?:{'|'.join(marks)})"
        ) if L.currency_scale_abbrevs or L.scale_currency_letters else None
        self.currency_adjectives = {" ".join(fold(k).split()): v
                                    for k, v in L.currency_adjectives.items()}
        self.currency_adjective_re = re.compile(
            rf"{WS}*(?:\({WS}*)?(?P<adj>(?i:{alternation(L.currency_adjectives)}))(?![\w])"
            rf"(?:{WS}*\))?") if L.currency_adjectives else None
        # "$34-billion", "R488-Billion": a scale word hyphenated to an amount
        self.hyphen_scale_re = re.compile(rf"-(?P<w>(?i:{alternation(L.scales)}))(?![\w])")
        self.ccy_scale_after_re = re.compile(
            rf"{WS}+(?P<w>(?i:{alternation(L.scales)}))(?![\w])")

    def _kinds(self, L: LanguageData) -> None:
        """Percent, points, units."""
        # words of several parts may be hyphenated after a hyphenated figure: "a
        # 7.3-per-cent rise", "a 2-percentage-point drop"
        hyph = rf"(?:{WS}+|-)"
        self.pp_re = re.compile(rf"{WS}*(?i:{alternation(L.percentage_point_words, space=hyph)})(?![\w])")
        self.bp_re = re.compile(rf"{WS}*(?i:{alternation(L.basis_point_words)})(?![\w])")
        self.pct_re = re.compile(rf"{WS}*(?:%|(?i:{alternation([w for w in L.percent_words if w != '%'], space=hyph)})(?![\w]))")
        self.bare_point_re = re.compile(
            rf"{WS}*(?i:{alternation(L.bare_point_words)})(?![\w])") if L.bare_point_words else None
        self.point_count_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.point_count_words)})(?![\w]))") if L.point_count_words else None
        self.units = dict(L.units)
        self.units_lower = {k.lower(): v for k, v in L.units.items()}
        # a unit written as a word ("celsius", "kilometres per hour") is matched in any
        # case ("Celsius", "Inches"); a symbol ("Mt", "mg", "C") only as written
        self.scaled_units = dict(L.scaled_units)
        self.scaled_units_lower = {fold(k): v for k, v in L.scaled_units.items()}
        worded = [u for u in [*L.units, *L.scaled_units] if _is_worded(u)]
        symbols = [u for u in [*L.units, *L.scaled_units] if not _is_worded(u)]
        self.unit_re = re.compile(
            rf"{WS}*(?P<link>{self._link})?(?P<u>(?i:{alternation(worded)})|{alternation(symbols)})"
            r"(?![\w'’/])")
        # "13.6m passengers": a unit symbol that is a scale before a counted noun
        self.unit_scale_homographs = dict(L.unit_scale_homographs)
        self.counted_noun_re = re.compile(
            rf"{WS}+(?:(?i:{alternation(L.scale_links)}){WS}*)?(?i:{alternation(L.counted_nouns)})"
            r"(?![\w])") if L.counted_nouns else None
        # "a high of 95", "heat index above 110": a bare figure in a temperature's clause
        self.default_temperature_unit = L.default_temperature_unit
        self.bare_degrees = frozenset(fold(w) for w in L.bare_degrees)
        self.temperature_scale_res = {
            unit: re.compile(rf"(?i:(?<![\w])(?:{alternation(words)})(?![\w]))")
            for unit, words in L.temperature_scale_words.items()}
        #: units whose values go below zero: no floor at 0 under "not more than 25 °C"
        self.signed_units = frozenset(L.temperature_scale_words)
        self.temperature_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.temperature_words)})(?![\w]))"
            rf"(?:[^\w.;!?]+[^\W\d_]+){{0,5}}[^\w.;!?]*\Z") if L.temperature_words else None
        # "into the 70s": the determiner a decade of degrees keeps in its span (that of a day)
        self.decade_determiner_re = re.compile(
            rf"(?<![\w])(?i:{alternation(L.day_determiners)}){WS}+\Z" if L.day_determiners else r"(?!x)x")
        # "temperatures are expected to drop only into the 70s": a decade reaches further
        self.temperature_far_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.temperature_words)})(?![\w]))"
            rf"(?:[^\w.;!?]+[^\W\d_]+){{0,10}}[^\w.;!?]*\Z") if L.temperature_words else None
        self.temperature_after_re = re.compile(
            rf"{WS}+(?i:{alternation(L.temperature_words)})(?![\w])") if L.temperature_words else None
        self.plural_after_re = re.compile(
            rf"{WS}+[^\W\d_]+(?:{alternation(L.plural_endings or ('s',), spaced=False)})(?![\w])")
        # "He weighs 180 pounds": a currency name that is a mass after a word of weighing
        self.mass_homographs = {k.lower(): v for k, v in L.mass_currency_homographs.items()}
        self.weight_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.weight_words)})(?![\w]))") if L.weight_words else None
        # "10-year", "105-degree", "48-megapixel": a unit word after a hyphen
        hyphened = [u for u in worded if u.isascii() and " " not in u]
        self.hyphen_duration_re = re.compile(rf"-(?P<u>(?i:{alternation(hyphened)}))(?![\w])")
        times = [u for u, s in L.units.items() if s in TIME_UNITS] + list(TIME_UNITS)
        self.time_unit_re = re.compile(
            rf"{WS}*(?:(?P<j>(?i:{alternation(L.joiners)})){WS}+)?(?P<n>\d{{1,2}}){WS}*"
            rf"(?P<u>{alternation(times)})(?![\w])")
        self.half_tail_re = re.compile(
            rf"{WS}+(?i:{alternation(L.half_tails)})(?![\w])") if L.half_tails else None
        long_times = [u for u in times if len(u) > 1]
        self.article_half_re = re.compile(
            rf"(?<![\w])(?i:{alternation(L.articles)}){WS}+(?P<u>(?i:{alternation(long_times)}))"
            rf"{WS}+(?i:{alternation(_spelled(L.half_tails))})(?![\w])") if _spelled(L.half_tails) else None
        periods = [u for u, s in L.units.items()
                   if s in ("year", "quarter", "month", "week", "day", "h", "min") and len(u) > 2]
        self.adjective_duration_re = re.compile(
            rf"{WS}+(?i:{alternation(L.duration_adjectives)}){WS}+(?P<u>(?i:{alternation(periods)}))"
            rf"(?![\w])") if L.duration_adjectives else None

    def _qualifiers(self, L: LanguageData) -> None:
        """Qualifiers."""
        self.pre_qual = {k.lower(): v for k, v in L.pre_qualifiers.items()}
        bare_articles = [a for a in L.articles if a.lower() not in self.number_words]
        article_gap = rf"(?:{WS}+(?:{alternation(bare_articles)}))?" if bare_articles else ""
        self.pre_qual_re = re.compile(
            rf"(?i:(?<![^\W\d_])(?P<q>{alternation(L.pre_qualifiers)}){article_gap}{WS}*\Z)")
        self.pre_qual_last = last_tokens([*L.pre_qualifiers, *bare_articles])
        always_figures = {a.lower() for a in L.figure_only_articles}
        self.bare_articles = frozenset(a.lower() for a in L.articles if a.lower() not in always_figures)
        self.change_verbs = frozenset(v.lower() for v in L.change_verbs)
        self.duration_units = frozenset(("year", "month", "week", "day", "h", "min", "s"))
        self.post_qual = {k.lower(): v for k, v in L.post_qualifiers.items()}
        self.post_qual_re = re.compile(
            rf"{WS}*(?P<q>(?i:{alternation(L.post_qualifiers)}))(?![\w])|(?P<plus>\+)(?![\d\w/])")
        self.bound_verb = {k.lower(): v for k, v in L.bounding_verbs.items()}
        self.bound_verb_re = re.compile(
            r"(?i:(?<![\w])(?P<v>" + alternation(L.bounding_verbs) + r")" + WS
            + r"+(?:(?:" + alternation(L.bounding_verb_links) + ")" + WS + r"+)?\Z)")
        self.bound_verb_last = last_tokens([*L.bounding_verbs, *L.bounding_verb_links])
        self.negation_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.negation_words)})(?:{WS}+[^\W\d_]+){{0,2}}{WS}*\Z)")
        self.estimate_re = re.compile(r"(?i:" + _tail(L.estimate_words) + ")")
        self.estimate_last = last_tokens(L.estimate_words)

    def _vague(self, L: LanguageData) -> None:
        """Vague quantities."""
        plural = {k.lower(): v for k, v in L.plural_scale_nouns.items()}
        singular_scales = dict(self.scale_values)
        singular_scales.update({w: v for w, v in self.cardinals.items() if v == 100})
        singular_scales.update({k.lower(): v for k, v in L.dozen_nouns.items()})
        self.vague_values = {**singular_scales, **plural}
        self.plural_nouns = plural
        stack = rf"(?:{WS}+(?:(?:{alternation(L.scale_links)}){WS}*)?(?:{alternation(self.vague_values)})(?![\w])){{0,4}}"
        self.vague_re = re.compile(
            rf"(?i:(?<![\w-])(?:(?P<sev>{alternation(L.several_words)})(?:{WS}+|-)?"
            rf"(?P<s1>{alternation(self.vague_values)})(?![\w]){stack}"
            rf"|(?P<p1>{alternation(plural)})(?![\w]){stack}))")
        self.approx_nouns = {k.lower(): v for k, v in L.approx_nouns.items()}
        half = (rf"(?P<half>(?:{alternation(L.half_prefixes)})(?:(?<=-)|{WS}+))|"
                if L.half_prefixes else "")
        self.approx_re = re.compile(
            rf"(?i:(?<![\w-])(?:{half}(?:{alternation(a for a in L.articles if a not in L.figure_only_articles)}){WS}+)?"
            rf"(?P<n>{alternation(L.approx_nouns)})(?![\w]))")
        self.plural_det_re = re.compile(r"(?i:" + _tail(L.plural_determiners) + ")") if L.plural_determiners else None

    def _fractions(self, L: LanguageData) -> None:
        """Fractions, ratios, multipliers."""
        det = rf"(?:(?P<det>{alternation(L.noun_determiners)}){WS}*)?" if L.noun_determiners else ""
        one_word = rf"(?:{alternation(self.number_words | set(self.articles))})(?![\w'’])"
        # a numerator of a few words ("vingt et trois"): bounded, or a run of number
        # words with no fraction after it is tried again from every word (quadratic)
        numer = rf"(?P<num>\d+|{one_word}(?:{_SEP}{one_word}){{0,5}})"
        self.fraction_re = re.compile(
            rf"(?i:(?<![\w-]){det}(?:{numer}(?:{WS}+|{WS}*-{WS}*))?"
            rf"(?P<frac>{alternation(L.fractions)})(?![\w])"
            rf"(?:(?:{WS}+(?:(?:{alternation(L.fraction_scale_links)}){WS}+)?|{WS}*-{WS}*)"
            rf"(?P<scale>{alternation(L.scales)})(?![\w]))?)")
        self.multiplier_re = re.compile(
            rf"(?i:(?<![\w-]){det}(?P<m>{alternation(L.multipliers)})(?![\w'’-]))")
        self.multipliers = {k.lower(): v for k, v in L.multipliers.items()}
        self.adjective_multipliers = frozenset(w.lower() for w in L.adjective_multipliers)
        self.multiplier_objects = frozenset(w.lower() for w in L.multiplier_objects)
        self.times_re = re.compile(rf"{WS}+(?i:{alternation(L.times_words)})(?![\w])")
        self.ordinal_nouns = frozenset(w.lower() for w in L.ordinal_nouns)
        self.ordinal_adjectives = frozenset(w.lower() for w in L.ordinal_adjectives)
        self.fraction_nouns_alone = frozenset(w.lower() for w in L.fraction_nouns_alone)
        self.point_fractions = frozenset(w.lower() for w in L.point_fractions)
        self.pure_fraction_nouns = frozenset(w.lower() for w in L.pure_fraction_nouns)
        self.multiword_kind_words = tuple(
            w.lower() for w in (*L.percent_words, *L.percentage_point_words) if " " in w or "-" in w)
        self.multiword_kind_reach = max(map(len, self.multiword_kind_words), default=0)
        #: what a figure's words must be for one of them to end it ("cent" of "pour cent")
        self.multiword_kind_ends = frozenset(
            w[i:] for w in self.multiword_kind_words for i in range(1, len(w)))
        self.ratio_gap_re = re.compile(
            rf"{WS}+(?P<words>(?:[^\W\d_]+{WS}+){{0,2}})(?i:{alternation(L.ratio_words)}){WS}+\Z")

    def _habits(self, L: LanguageData) -> None:
        """Habits of the language the engine asks about (claims/lang/schema.py)."""
        self.spaced_compounds = {" ".join(k.lower().split()): v.lower()
                                 for k, v in L.spaced_compounds.items()}
        self.tens_before_teens = frozenset(L.tens_before_teens)
        self.scales_of_scales = L.scales_of_scales
        self.quotient_words = frozenset(w.lower() for w in L.quotient_words)
        self.estimate_qualifiers = {k.lower(): v for k, v in L.estimate_qualifiers.items()}
        self.several_prefixes = tuple(w.lower() for w in L.several_prefixes)
        self.plural_endings = tuple(L.plural_endings)
        self.money_followers = frozenset(w.lower() for w in L.money_followers)
        self.scale_link_words = frozenset(w.lower() for w in L.scale_links)
        self.dozen_values = {k.lower(): v for k, v in L.dozen_nouns.items()}
        self.lone_scale_determiners = frozenset(w.lower() for w in L.lone_scale_determiners)
        self.ordinal_endings = tuple(w.lower() for w in L.ordinal_endings)
        self.tolerance_gap_re = re.compile(
            rf"{WS}*(?i:{alternation(L.tolerance_words, spaced=True)}){WS}*")
        # "d'euros" is one token: a scale link glued to the noun after it
        self.elisions = tuple(w.lower() for w in L.scale_links if w[-1:] in _APOS_CHARS)
        minor_links = alternation((*L.joiners, *L.minor_links))
        self.minor_gap_re = re.compile(
            rf"[ \u00a0]+(?:(?i:{minor_links})[ \u00a0]+)?\Z")
        self.minor_tail_re = re.compile(
            rf"(?:[ \u00a0]+(?:{minor_links})[ \u00a0]+|[ \u00a0]+|(?<=[^\w\s]))"
            rf"(?P<n>\d{{1,2}})"  # "12€50": glued to a sign
            rf"(?:[ \u00a0]*(?P<m>{alternation(L.minor_after_major, spaced=False)}))?(?![\w]|[.,]\d)")

        self.context_re = {
            code: re.compile(rf"(?i:(?<![\w])(?:{alternation(words)})(?![\w]))")
            for code, words in L.currency_context.items()}

    def _ranges(self, L: LanguageData) -> None:
        """Ranges and changes."""
        joiner = self._joiner
        self.range_openers = {k.lower(): tuple(c.lower() for c in v) for k, v in L.range_openers.items()}
        self.opener_re = re.compile(r"(?i:" + _tail(L.range_openers) + ")")
        connectors = {c for v in L.range_openers.values() for c in v} | set(L.bare_range_connectors)
        self.bare_connectors = frozenset(c.lower() for c in L.bare_range_connectors)
        self.connector_re = re.compile(
            rf"-?{WS}*(?:(?P<w>(?i:{alternation(connectors)})){WS}+|(?P<d>[-–—~]){WS}*)\Z")
        self.connector_start_re = re.compile(
            rf"{WS}*(?:(?P<w>(?i:{alternation(connectors)})){WS}+|(?P<d>[-–—~]){WS}*)")
        # "supérieur à 20 et inférieur à 35", "d'au moins 5 et d'au plus 15"
        self.bounds_gap_re = re.compile(
            rf",?{WS}*(?:(?i:{joiner}){WS}*)?(?:(?i:{alternation(L.scale_links)}){WS}*)?")
        self.joiner_gap_re = re.compile(rf"{WS}+(?i:{joiner}){WS}+")
        listed = alternation((*L.joiners, *L.list_alternatives))
        self.list_gap_re = re.compile(rf",{WS}*|,?{WS}+(?i:{listed}){WS}+")
        self.or_gap_re = re.compile(rf",?{WS}+(?i:{alternation(L.list_alternatives)}){WS}+")
        self.joiner_tail_re = re.compile(rf"(?<![\w])(?i:{joiner}){WS}+\Z")
        self.change_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.change_verbs)})(?:{WS}+[^\W\d_]+)?{WS}+\Z)")
        self._written_once(L)

    def _written_once(self, L: LanguageData) -> None:
        """What is written once for several figures: links, list ends, money talk."""
        joiner, st = self._joiner, L.statements
        # "38 mètres cette année, contre 25": a few words of the same clause, then the link
        self.carry_gap_re = re.compile(
            rf"[^.;!?\n]{{0,40}}?(?<![\w])(?i:{alternation(L.carry_links)}){WS}+")
        # "60 000 euros lorsqu'ils sont en foyer et 40 000": a clause, then a joiner
        # what makes a figure a part of something named ("3 des partenaires", "3 of its")
        self.part_links = frozenset(w.lower() for w in (*L.scale_links, *L.plural_determiners))
        self.clause_joiner_gap_re = re.compile(
            rf"[^.;:!?)\]\n]{{0,40}}?(?<![\w])(?i:{joiner}){WS}+")
        self.alternative_gap_re = re.compile(
            rf",?{WS}*(?i:{alternation(L.alternative_links)}){WS}+")
        self.comma_gap_re = re.compile(rf",{WS}*")
        # "approximately £38.5 million (€45 million)": a conversion in brackets
        self.bracket_open_re = re.compile(rf"{WS}*[(\[]{WS}*")
        self.bracket_close_re = re.compile(rf"{WS}*[)\]]")
        # the word right after a figure, an elided one with its apostrophe ("l'")
        self.next_word_re = re.compile(rf"{WS}*([^\W\d_]+{_APOS}?)")
        self.figure_nouns = frozenset(w.lower() for w in st.figure_nouns)
        self.list_followers = frozenset(w.lower() for w in (
            *L.joiners, *st.function_words, *st.auxiliaries, *st.determiners,
            *L.list_end_words, *L.money_followers))
        self.money_talk_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.money_talk_words)})(?![\w]))")
        self.money_talk_words = frozenset(w.lower() for w in L.money_talk_words)
        self.scale_noun_needs_link = L.scale_noun_needs_link
        self.clause_end_re = re.compile(r"[.,!?;:…](?=\s)")
        self.measure_re = re.compile(
            rf"(?<![\w])(?i:{alternation(L.measure_nouns)})(?![\w])") if L.measure_nouns else None
        # "de 70 sièges à 110": a noun between the first end and the connector
        connectors = {c for v in L.range_openers.values() for c in v} | set(L.bare_range_connectors)
        self.split_range_re = re.compile(
            rf"{WS}+[^\W\d_]+{WS}+(?P<w>(?i:{alternation(connectors)})){WS}+(?P<d>(?!))?")
        # "35 000": a figure whose last group of three is written after a group mark
        self.thousands_tail_re = re.compile(
            "[" + "".join(re.escape(c) for c in L.group_marks) + r"]\d{3}\Z")
        self.sentence_end_re = re.compile(r"[.!?;:…](?=\s)")
        self.full_stop_re = re.compile(r"[.!?…](?=\s)")
        # "three million in 2014, four million in 2017 and …": items of a list, each
        # with its date (a time preposition and one word) before the comma or joiner
        preps = [w for w in st.time_prepositions if " " not in w]
        self.dated_list_gap_re = re.compile(
            rf"{WS}+(?i:{alternation(preps)}){WS}+[^\W_]+(?:,{WS}*|,?{WS}+(?i:{joiner}){WS}+)")
        # what sets a later figure against a rate, so that it is the same rate: a carry
        # link or a clause of contrast ("while the UAE cuts 144,000 barrels")
        contrast = [w for w in (*L.carry_links, *st.clause_openers) if w[:1].isalpha()]
        self.contrast_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(contrast)})(?![\w]))") if contrast else None
        self.far_change_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.far_change_verbs)})(?![\w]))")

    def _not_claims(self, L: LanguageData) -> None:
        """What is not a claim."""
        months = alternation(L.months)
        day = rf"\d{{1,2}}(?:{alternation(L.ordinal_suffixes, spaced=False)})?"  # "1er", "3rd"
        day_links = {"-", "–", ",", *L.joiners, *L.bare_range_connectors,
                     *(c for v in L.range_openers.values() for c in v)}
        # "et le 16", "and the 4th": a day after a link may bear its determiner
        day_det = (rf"(?:(?:{alternation(L.day_determiners)})(?:{WS}+|(?<=['’])))?"
                   if L.day_determiners else "")
        next_day = rf"{WS}*(?:{alternation(day_links)}){WS}*{day_det}{day}(?![\d%]|[,.]\d)"
        self.months = frozenset(m.lower() for m in L.months)
        self.capitalised_months = L.statements.capitalised_months
        # a date or a clock time in words: "le vingt sept mars deux mille dix huit",
        # "à vingt heures trente" (the hour after a preposition of time, its minutes)
        self.clock_prepositions = frozenset(fold(w) for w in L.clock_prepositions)
        self.clock_hour_words = frozenset(fold(w) for w in L.clock_hour_words)
        self.clock_duration_words = frozenset(fold(w) for w in L.clock_duration_words)
        self.clock_words_before_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.clock_prepositions)}){WS}+"
            rf"(?:{alternation(self.number_words)})(?:(?:-|{WS}+)(?:{alternation([*self.number_words, *L.joiners])}))*"
            rf"{WS}+(?:{alternation(L.clock_hour_words)}){WS}+\Z)") \
            if L.clock_prepositions and L.clock_hour_words else None
        self.ordinal_re = re.compile(rf"(?i:{alternation(L.ordinal_suffixes)})(?![\w])")
        # "article 49", "art. L. 3231": a capital letter may stand between noun and number
        links = {"-", *L.joiners}
        self.ordinal_tail_re = re.compile(
            rf"(?i:(?:-|{WS}+)(?:(?:{alternation(links)})(?:-|{WS}+))?(?P<o>{alternation(L.ordinal_words)})"
            rf"(?P<pl>s)?(?![\w]))") if L.ordinal_words else None
        self.ordinal_words = {w.lower(): v for w, v in L.ordinal_words.items()}
        self.period_fraction_nouns = frozenset(w.lower() for w in L.period_fraction_nouns)
        self.fraction_link_re = re.compile(
            rf"{WS}+(?i:{alternation(L.fraction_scale_links)})(?![\w])")
        self.fraction_links = frozenset(w.split()[0].lower() for w in L.fraction_scale_links)
        self.fraction_point_re = re.compile(
            rf"(?:-|{WS}+(?:(?i:{alternation(L.fraction_scale_links)}){WS}+)?)"
            rf"(?i:{alternation(L.fraction_point_words)})(?![\w-])") if L.fraction_point_words else None
        self.hyphen_name_re = re.compile(
            rf"-(?i:{alternation(L.hyphen_name_nouns)})(?![\w])") if L.hyphen_name_nouns else None
        if L.sign_words:
            blockers = "".join(rf"(?<!\b{re.escape(b)}\s)" for b in L.sign_word_blockers)
            self.sign_re = re.compile(
                rf"(?i:(?<![\w'’-])(?<!\d\s){blockers}(?P<w>{alternation(L.sign_words)}){WS}+\Z)")
        else:
            self.sign_re = None
        self.sign_last = last_tokens(L.sign_words)
        self.sign_words = frozenset(w.lower() for w in L.sign_words)
        self.age_re = re.compile(
            rf"(?i:(?<![\w'’])(?:{alternation(L.age_words)}){WS}+\Z)") if L.age_words else None
        self.age_last = last_tokens(L.age_words)
        # "the over-21s", "under-18s": a bound, a hyphen, an age and a plural ending
        self.age_group_re = re.compile(
            rf"(?i:(?<![\w-])(?P<q>{alternation(L.age_group_bounds)})-(?=\d{{1,3}}(?:{alternation(L.plural_endings)})(?![\w])))"
        ) if L.age_group_bounds and L.plural_endings else None
        self.age_group_bounds = {k.lower(): v for k, v in L.age_group_bounds.items()}
        self.age_after_re = re.compile(
            rf"{WS}+(?i:{alternation(L.age_after_words)})(?![\w])") if L.age_after_words else None
        self.percent_before_re = re.compile(
            rf"(?i:(?<![\w])(?:{alternation(L.percent_before)}){WS}+\Z)") if L.percent_before else None
        self.percent_before_last = last_tokens(L.percent_before)
        # "article 49", "art. L. 3231": a capital after the noun stands apart from it
        self.label_re = re.compile(r"(?i:(?<![\w])(?:" + alternation(L.label_nouns) + r")"
                                   + r"(?:" + WS + r"+(?-i:[A-Z])\.?)?" + WS + r"*\Z)")
        self.label_last = last_tokens(L.label_nouns) | frozenset("abcdefghijklmnopqrstuvwxyz.")
        self.clock_re = re.compile(
            rf"{WS}+(?i:{alternation(L.clock_words)})(?![\w])") if L.clock_words else None
        phones = "".join(r"|(?<![\d.,])" + WS.join(rf"\d{{{n}}}" for n in shape) + r"(?!\d|[.,]\d)"
                         for shape in L.phone_shapes)  # "91 123 45 67"
        self.exclusion_re = re.compile(
            r"\+\d[\d \u00a0().\-/]{6,}\d"                             # international phones
            r"|(?<!\d)0\d(?:[ .]\d{2}){4}(?!\d)"                        # French phones
            r"|(?<!\d)0" + WS + r"?8\d{2}(?:" + WS + r"\d{3}){2}(?!\d)"  # French freephone
            r"|(?<!\d)\d{3}[-.]\d{3}[-.]\d{4}(?!\d)"                    # US phones
            r"|(?<![\d.])\d{1,3}(?=(?:\.\d{1,3}){0,2}\.\d{1,2}(?!\d))(?:\.\d{1,3}){3}(?![\d.])"  # IPs
            r"|(?<!\d)\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?!\d)"              # dates 5/17/2018
            r"|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"                          # ISO dates
            r"|(?<![\d,.])(?:1[5-9]|20)\d{2}" + WS + r"*[-–/]" + WS + r"*\d{2,4}(?!\d)"  # 2026-27
            r"|(?<![\d,.])\d{1,2}(?::\d{2}){1,2}(?![\d])"                  # 4:30
            r"|(?<![\d,.])\d{1,2}" + WS + r"*(?:" + alternation(L.clock_suffixes, spaced=False)
            + r")(?!\w)"                                                # 4 p.m.
            r"|(?<![\d,.])\d{1,2}" + WS + r"*(?:" + alternation(L.hour_marks, spaced=False)
            + r")" + WS + r"*\d{2}(?!\d)"                                 # 14 h 30
            r"|(?i:(?<![\d,.])" + day + r"(?:" + WS + r"*(?:" + alternation(day_links) + r")" + WS
            + r"*" + day_det + day + r"){0,3}(?:" + WS + r"+|-)(?:" + months + r")\.?(?![\w]))"  # du 3 au 5 mai
            r"|(?i:(?<![\w])(?:" + months + r")\.?" + WS + r"+" + day + r"(?![\d%]|[,.]\d)"
            r"(?:" + next_day + r"){0,3})"                               # March 4-6
            r"|(?<!\d)0" + WS + r"?8\d{2}(?:" + WS + r"\d{2}){3}(?!\d)"  # 0 800 06 66 66
            r"|(?<=\()\d{3}\)" + WS + r"?\d{3}[-.]\d{4}(?!\d)"        # (202) 555-0134
            r"|(?<=\[)\d{1,3}(?=\])"                                    # note [4]
            r"|(?<=\()\d{1,2}(?=\))"                                    # note (1)
            r"|(?<![\w.,-])\d{1,5}(?:-\d{1,5}){2,}(?![\w,-]|[.,]\d)"    # § 13-5-83
            + phones
            + self._clock_and_phone(L)
        )
        # where an excluded stretch can start (each alternative above opens with one)
        openers = [*L.months, *L.clock_prepositions, *L.phone_verbs, *L.score_words_before,
                   *(L.range_openers if L.clock_hour_words else ())]
        self.exclusion_start_re = re.compile(
            r"\+|\b\d|\b(?=(?i:" + alternation(openers) + r")(?![\w]))")

    @staticmethod
    def _clock_and_phone(L: LanguageData) -> str:
        """Clock times after a preposition of time ("à 16 heures", "vers 23 h"), a day's
        hours ("de 9h à 17h"), and numbers to call ("appelez le 3919", "dial 911")."""
        out = ""
        if L.clock_prepositions and L.clock_hour_words:
            hour = r"(?:[01]?\d|2[0-4])"
            words = alternation(L.clock_hour_words)
            # not "de 35 à 32 heures" (a range's end), nor "après 10 heures de débats"
            duration = (rf"(?!{WS}+(?:{alternation(L.clock_duration_words)})(?![\w]))"
                        if L.clock_duration_words else "")
            out += (rf"|(?i:(?<![\w])(?<!\d{WS})(?:{alternation(L.clock_prepositions)}){WS}+"
                    rf"{hour}{WS}*(?:{words})(?![\w]){duration})")
            if L.clock_minute_marks:  # "a las 7.45": the minutes after a mark of the language
                out += (rf"|(?i:(?<![\w])(?<!\d{WS})(?:{alternation(L.clock_prepositions)}){WS}+"
                        rf"{hour}(?:{alternation(L.clock_minute_marks, spaced=False)})[0-5]\d"
                        rf"(?![\d%]|[.,]\d))")
            # "de 9h à 17h": both ends written with their hour word
            links = alternation({c for v in L.range_openers.values() for c in v})
            out += (rf"|(?i:(?<![\w])(?:{alternation(L.range_openers)}){WS}+{hour}{WS}*(?:{words})"
                    rf"{WS}+(?:{links}){WS}+{hour}{WS}*(?:{words})(?![\w]){duration})")
        if L.score_words_before or L.score_words_after:
            # a score: "34-19", "6-4, 6-3", "2 à 0", not "10-15 %" nor "3-4 million"
            dash = rf"(?:{WS}*[-–]{WS}*|{WS}+(?:{alternation(L.score_links)}){WS}+)" \
                if L.score_links else rf"{WS}*[-–]{WS}*"
            pair = rf"\d{{1,3}}{dash}\d{{1,3}}(?![\d.,]\d|[\d%])"
            kinds = alternation([*L.scales, *L.units, *L.percent_words])
            not_kind = rf"(?!{WS}*(?:%|(?i:{kinds})(?![\w])))"
            more = rf"(?:,{WS}*{pair}{not_kind})*"
            if L.score_words_before:
                out += (rf"|(?i:(?<![\w])(?:{alternation(L.score_words_before)})(?![\w])"
                        rf"[^.;:!?\d]{{0,40}}?(?<![$£€¥]){pair}{not_kind}{more})")
            if L.score_words_after:
                out += (rf"|(?<![\d.,]){pair}{WS}+(?i:{alternation(L.score_words_after)})(?![\w])")
        if L.phone_verbs and L.phone_followers:
            det = (rf"(?:(?:{alternation(L.phone_determiners)}){WS}+)?"
                   if L.phone_determiners else "")
            out += (rf"|(?i:(?<![\w])(?:{alternation(L.phone_verbs)}){WS}+{det}\d{{2,6}}"
                    rf"(?=[.,;:!?)](?!\d)|{WS}*\Z|{WS}+(?:{alternation(L.phone_followers)})(?![\w])))")
        return out
    def _triggers(self, L: LanguageData) -> None:
        """The words near which figures are looked for, and those each pattern needs."""
        # Words that can start or carry a figure: the scanner looks only near them and
        # near digits, so text without any costs one cheap pass.  A several-word phrase
        # gives its longest word ("couple" of "a couple of", not the "of" of every
        # other phrase of an English text).
        self.triggers = frozenset(w.lower() for w in (
            self.number_words | set(self.fractions) | set(self.plural_nouns) | set(self.multipliers)
            | {k.split()[-1] for k in self.approx_nouns}
            | {max(w.split(), key=len) for w in L.several_words} | set(L.negative_words)))
        self.token_re = re.compile(r"[^\W\d_]+|\d+|[\u00bc-\u00be\u2150-\u215e]")
        # The tokens the window scan needs, found by the regex engine in the lowered
        # text rather than one Python step per word, in two passes that it runs fast
        # (a pattern opening with a character class or a word boundary is scanned for
        # in C; one alternation of all three costs twice as much):
        # - digits and vulgar fractions;
        # - the trigger words, each a whole word: a word boundary before it (after a
        #   digit or "_" there is none, and no number-word pattern starts there: they
        #   all open with (?<![\w-])), no letter after it;
        # - in a text that holds one, any token that starts with a letter outside the
        #   Latin alphabets, where numeric letters live ("²", "ⅻ", "五").
        # A superset of the tokens the scan keeps: each is still checked.
        letter = r"[^\W\d_]"
        words = [w for w in self.triggers if re.fullmatch(r"[^\W\d_]+", w)]
        self.digit_scan_re = re.compile(r"\d+|[\u00bc-\u00be\u2150-\u215e]")
        self.trigger_word_re = re.compile(
            rf"\b(?:{alternation(words, spaced=False)})(?!{letter})")
        self.other_letter_re = re.compile(r"[^\W\d_a-z\u00c0-\u024f]")
        self.other_token_re = re.compile(rf"(?<!{letter})[^\W\d_a-z\u00c0-\u024f]{letter}*")
        # the triggers without which each number-word pattern cannot match: a word of
        # the phrase it is built around ("#" stands for a figure in digits)
        self.core_needs = {
            "fraction": self._needs(L.fractions),
            # "plusieurs millions" opens with a several-word, "des dizaines" with a plural
            "vague": self._needs([*L.several_words, *self.plural_nouns]),
            "approx": self._needs(L.approx_nouns),
            "multiplier": self._needs(L.multipliers),
            "words": self._needs(self.number_words),
            # "un an et demi": the spelled halves only ("et 1/2" needs a figure before it)
            "half": self._needs(_spelled(L.half_tails)) if L.half_tails else frozenset(),
        }

    def _vocabulary(self, L: LanguageData) -> None:
        """Every word the engine's language data and its currency names hold, folded:
        a word outside it plays no part in any pattern (``surroundings.plain_article``).
        The claims layer's words are left out but for those the engine reads."""
        strings: list = []

        def walk(value) -> None:
            if isinstance(value, str):
                strings.append(value)
            elif isinstance(value, Mapping):
                for k, v in value.items():
                    walk(k)
                    walk(v)
            elif isinstance(value, (list, tuple, set, frozenset)):
                for v in value:
                    walk(v)
            elif dataclasses.is_dataclass(value):
                for f in dataclasses.fields(value):
                    walk(getattr(value, f.name))

        # the claims layer's words, but for those the engine reads too
        st = L.statements
        walk([getattr(L, f.name) for f in dataclasses.fields(L) if f.name != "statements"])
        walk([st.figure_nouns, st.function_words, st.auxiliaries, st.determiners])
        walk([self.lex.names, self.lex.prefixes, self.lex.minor_units, self.lex.symbols,
              self.lex.codes])
        # the letters of every string at once (one search over 60,000 strings, not one each)
        words = set(_LETTERS.findall("\n".join(strings)))
        self.vocabulary = frozenset({w.lower() for w in words} | {fold(w) for w in words})

    def _needs(self, phrases) -> frozenset:
        """The triggers among the words of ``phrases``: a window holding none of them
        holds none of the phrases.  When a phrase has no trigger among its words, every
        window may hold it: all triggers."""
        out = set()
        for phrase in phrases:
            words = {w.lower() for w in self.token_re.findall(phrase)} & self.triggers
            if not words:
                return self.triggers | {"#"}
            out |= words
        return frozenset(out)


def _spelled(phrases) -> list:
    """The phrases written in letters only ("et demi", not "et 1/2")."""
    return [p for p in phrases if all(c.isalpha() or c in " '’-" for c in p)]


def _fraction(text: str):
    """ "1/240" or "0.05" as a Decimal, exact where it can be, else to 40 digits."""
    from decimal import Decimal, localcontext
    num, _, den = text.partition("/")
    with localcontext() as ctx:
        ctx.prec = 40
        return Decimal(num) / Decimal(den or 1)


@lru_cache(maxsize=None)
def grammar(code: str) -> Grammar:
    # each distinct character class worked out once; no collection of the tries; the
    # tries and programs of an earlier process's build read from the user's cache
    with building():
        return Grammar(get_language(code))


def _is_worded(unit: str) -> bool:
    """A unit of several words ("degrees Celsius") or in lower-case letters, three or
    more ("celsius", "kms", "km/h"): matched in any case.  Shorter or capitalised
    forms ("mg", "Mt", "C") are symbols whose case carries meaning."""
    return " " in unit or (unit == unit.lower() and len(unit) >= 3)
