"""The extraction pipeline.

Read top to bottom, it is the table of contents of a mention's life:

0. ``_windows``: where to look — the stretches around digits and number words.
1. ``_cores``: figures — digits, spelled-out numbers, fractions, vague
   quantities, multipliers — overlaps resolved; ``_is_excluded`` drops those in
   URLs, phone numbers, dates and times.
2. ``_attach``: what stands around a figure — its scale, currency before or
   after, percent, unit, the qualifier before or after, a bounding verb — and
   labels, names, years and ordinals dropped.
3. ``_pairs``: mixed numbers, compound money, ratios, combined bounds, ranges
   (``de X à Y``) and changes (``passer de X à Y``, two points).
4. ``_context``: currency read from the rest of the text (``¥`` beside ``yuans``,
   an elided currency after an earlier amount, the caller's locale).
5. ``_mention``: the qualifier turned into the interval of CONVENTIONS.md.

Stages work on spans into the original text and never rewrite it.
"""
from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, localcontext, Context
from typing import List, Optional, Set, Tuple

from .currency import resolve, territory_currency
from .grammar import REVERSED_LAST_TOKEN, Grammar, grammar
from .lang import SUPPORTED_LANGUAGES, detect_language, parse_locale
from .model import Mention, TooManyFigures

#: Precision wide enough for any figure a text states; amounts stay Decimal.
_CTX = Context(prec=60, Emax=999999, Emin=-999999)
#: A quotient (a fraction, a ratio) has no exact decimal form: 28 significant digits,
#: Decimal's own default, are far more than any text states.
_QUOTIENT = Context(prec=28, Emax=999999, Emin=-999999)
_ONE = Decimal(1)
_ZERO = Decimal(0)
_MAX_DIGITS = 400  # a "figure" longer than this is a run of digits, not a claim


@dataclass
class _Amount:
    start: int            # span start (qualifier and currency prefix included)
    end: int              # span end (scale, currency, unit, post-qualifier included)
    cstart: int           # the figure itself
    cend: int
    low: Decimal
    high: Decimal
    high_inclusive: bool = True
    vague: bool = False   # a vague quantity: [S, 10S) and the like
    approx_noun: bool = False
    scale: int = 1        # the scale word's factor, 1 when none
    words: bool = False
    article: bool = False
    plain_digits: str = ""  # the digits as written, for year detection
    kind: str = "number"
    currency: Optional[str] = None
    currency_basis: str = ""
    currency_surface: str = ""
    alternatives: Tuple[str, ...] = ()  # the other currencies an ambiguous form may be
    unit: Optional[str] = None
    qualifier: str = "exact"
    estimate: bool = False
    hyphen_unit: bool = False
    multiplier: bool = False
    fraction: bool = False
    extras: dict = field(default_factory=dict)


def prepare(langs: Optional[Tuple[str, ...]] = None) -> None:
    """Build the patterns of ``langs`` (all supported languages by default) now rather
    than on first use: a server calls this once before it forks its workers."""
    for code in langs or SUPPORTED_LANGUAGES:
        grammar(code)


def extract(text: str, lang: Optional[str] = None, convert_to: Optional[str] = None,
            date: Optional[datetime.date] = None,
            max_figures: Optional[int] = None) -> List[Mention]:
    """The numeric mentions of ``text``, sorted by position, never overlapping.

    ``lang`` is ``"fr"``, ``"en"``, a locale such as ``"fr-CA"``, or ``None``/``"auto"``
    to detect among the supported languages; an unsupported one raises
    :class:`claims.UnsupportedLanguage`.  With ``convert_to`` (an ISO 4217 code) each
    money mention carries ``converted``, at the rate of ``date`` (the article's date,
    default today); a code no rate reaches raises :class:`claims.UnsupportedCurrency`.
    With ``max_figures``, a text holding more figures (runs of digits and number
    words) raises :class:`claims.TooManyFigures` as soon as the first scan has
    counted them, before anything else is read: time and memory grow with the
    figures, and a server bounds them this way.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    code, territory = parse_locale(lang)
    if convert_to is not None:
        from .rates import rate_table  # loaded on first use: the ECB file takes 0.2 s
        rate_table().check_target(convert_to)
    if code is None:
        code = detect_language(text)
    mentions = _Reader(text, grammar(code), territory, max_figures).read()
    if convert_to is not None:
        from .rates import convert_mentions
        convert_mentions(mentions, convert_to, date)
    return mentions


class _Reader:
    def __init__(self, text: str, g: Grammar, territory: Optional[str],
                 max_figures: Optional[int] = None):
        self.text = text
        self.max_figures = max_figures
        self.g = g
        self.territory = territory
        self._reversed: Optional[str] = None  # the text backwards, made on first use
        self._last_tokens: dict = {}  # position -> the token before it (_last_token)

    # ------------------------------------------------------------------ pipeline
    def read(self) -> List[Mention]:
        self.windows = self._windows()
        if not self.windows:
            return []
        # most texts hold no URL nor e-mail address: then no figure's token is looked at
        self.has_links = _LINK_MARK.search(self.text) is not None
        amounts = self._cores()
        amounts = _disjoint(a for a in (self._attach(a, i, amounts) for i, a in enumerate(amounts)) if a)
        self._lists(amounts)
        amounts = self._pairs(amounts)
        self._context(amounts)
        out: List[Mention] = []
        for m in map(self._mention, amounts):
            # A span that grew over the next figure ("3 dollars 50" takes the "50",
            # "3 ou plus de 5" meets "plus de 5") keeps it: mentions never overlap.
            if m is not None and not (out and m.start < out[-1].end):
                out.append(m)
        return out

    # ------------------------------------------------------------ 0. where to look
    _REACH = 40  # characters around a digit or number word that a figure's parts may span

    def _windows(self) -> List[Tuple[int, int, Set[str]]]:
        """Merged stretches of text around digits and number words, each with the
        triggers it holds ("#" for a figure in digits, else the word, lower-cased).

        Every core pattern is run only inside them, and only where the window holds a
        word the pattern cannot match without: a book page with no figure costs one
        token scan, a paragraph with digits only no number-word pattern.  Window ends
        fall on white space so that no pattern sees a word cut.
        """
        t, triggers, reach = self.text, self.g.triggers, self._REACH
        windows: List[list] = []  # [start, end before it is moved to a word end, triggers]
        figures, limit = 0, self.max_figures
        for m in self.g.token_re.finditer(t):
            tok = m.group()
            if tok[0].isnumeric():
                key = "#"
            else:
                key = tok.lower()
                if key not in triggers:
                    continue
            if limit is not None:
                figures += 1
                if figures > limit:
                    raise TooManyFigures(figures, limit)
            s, e = m.start(), m.end()
            if windows and s - reach <= windows[-1][1]:
                windows[-1][1] = e + reach
                windows[-1][2].add(key)
            else:
                windows.append([_word_start(t, s - reach), e + reach, {key}])
        # each end moved to a word end once per window, not once per figure
        out = [(s, _word_end(t, e), seen) for s, e, seen in windows]
        # a window whose end ran on over the next one's start (a long run without a
        # space) shares its triggers with it: a pattern in either may reach them
        for i in range(1, len(out)):
            if out[i][0] < out[i - 1][1]:
                out[i][2].update(out[i - 1][2])
        for i in range(len(out) - 1, 0, -1):
            if out[i][0] < out[i - 1][1]:
                out[i - 1][2].update(out[i][2])
        return out

    # ------------------------------------------------------------ 1. exclusions
    _EXCLUSION_REACH = 32  # longest stretch of a phone number or date around one digit run

    def _is_excluded(self, s: int, e: int, digits: bool) -> bool:
        """Inside a URL or e-mail address, or (digits) part of a phone number, date or time."""
        t = self.text
        if self.has_links:
            token = t[_word_start(t, s):_word_end(t, e)]
            if "://" in token or "@" in token or token.lower().startswith("www."):
                return True
        if not digits:
            return False
        # every excluded pattern starts with a "+", a digit at a word start or a month
        # name: try only there, anchored
        rx = self.g.exclusion_re
        for c in self.g.exclusion_start_re.finditer(t, max(0, s - self._EXCLUSION_REACH), s + 1):
            m = rx.match(t, c.start())
            if m and m.end() > s:
                return True
        return False

    # ---------------------------------------------------------------- 2. figures
    def _cores(self) -> List[_Amount]:
        g, t = self.g, self.text
        found: List[Tuple[int, int, int, _Amount]] = []  # (start, -length, priority, amount)

        def add(a: Optional[_Amount], priority: int) -> None:
            if a is not None and not self._is_excluded(a.cstart, a.cend, not a.words):
                found.append((a.cstart, -(a.cend - a.cstart), priority, a))

        # (pattern, reader, priority): on the same start, longer wins, then priority
        # a pattern runs in a window only if the window holds a trigger it needs
        needs = g.core_needs
        for ws, we, seen in self.windows:
            if not seen.isdisjoint(needs["fraction"]):
                for m in g.fraction_re.finditer(t, ws, we):
                    add(self._fraction(m), 0)
            if not seen.isdisjoint(needs["vague"]):
                for m in g.vague_re.finditer(t, ws, we):
                    add(self._vague(m), 1)
            if not seen.isdisjoint(needs["approx"]):
                for m in g.approx_re.finditer(t, ws, we):
                    add(self._approx_noun(m), 1)
            if not seen.isdisjoint(needs["multiplier"]):
                for m in g.multiplier_re.finditer(t, ws, we):
                    add(self._multiplier(m), 2)
            if "#" in seen:
                for m in g.digits_re.finditer(t, ws, we):
                    add(self._digits(m), 3)
            for m in g.vulgar_re.finditer(t, ws, we):  # a "½" may end a word ("a½")
                v = _frac_value(m.group())
                add(_Amount(m.start(), m.end(), m.start(), m.end(), v, v), 3)
            if not seen.isdisjoint(needs["words"]):
                for m in g.words_re.finditer(t, ws, we):
                    for a in self._words(m):
                        add(a, 4)
        found = self._trim_before_fractions(found)
        found.sort(key=lambda f: (f[0], f[1], f[2]))
        out: List[_Amount] = []
        last_end = -1
        for s, _neg, _p, a in found:
            if s < last_end:
                continue
            out.append(a)
            last_end = a.cend
        return out

    def _trim_before_fractions(self, found):
        """'cent et trois quarts': the spelled-out figure stops where the fraction's
        numerator starts ('cent', then 'trois quarts'), so that both can be read."""
        starts = sorted(a.cstart for _s, _n, _p, a in found if a.fraction)
        if not starts:
            return found
        out = []
        for item in found:
            a = item[3]
            cut = next((s for s in starts if a.cstart < s < a.cend), None) if a.words and not a.fraction else None
            if cut is None:
                out.append(item)
                continue
            m = self.g.words_re.match(self.text, a.cstart, cut)
            for b in (self._words(m) if m else []):
                out.append((b.cstart, -(b.cend - b.cstart), item[2], b))
        return out

    def _approx_noun(self, m) -> Optional[_Amount]:
        if self._numeral_before(m.start()):
            return None  # "2 douzaines": a scale
        v = Decimal(self.g.approx_nouns[" ".join(m.group("n").lower().split())])
        return _Amount(m.start(), m.end(), m.start(), m.end(), v, v, approx_noun=True, words=True)

    def _digits(self, m) -> Optional[_Amount]:
        g, t = self.g, self.text
        num = m.group("num")
        if len(num) > _MAX_DIGITS:
            return None
        s, e = m.start(), m.end()
        if m.group("sd") is not None:
            # "3/4" is a fraction; "2018/19" and "24/7" are labels
            den = int(m.group("sd"))
            if m.group("fn") is not None or not num.isdigit() or not 0 < int(num) < den:
                return None
        value = _parse_digits(num, g.L.decimal_mark)
        if value is None:
            return None
        if m.group("sd") is not None:
            with localcontext(_QUOTIENT):
                value = value / Decimal(int(m.group("sd")))
        if m.group("exp"):
            value = value.scaleb(int(m.group("exp")), _CTX)
        if m.group("fn") is not None:  # "2 1/4"
            den = int(m.group("fd"))
            if 0 < int(m.group("fn")) < den:
                with localcontext(_QUOTIENT):
                    value += Decimal(int(m.group("fn"))) / Decimal(den)
            else:
                e = m.end("num")
        sign = m.group("sign")
        if sign and sign.strip() in "-−":
            value = -value
        elif sign:
            s = m.start("num")
        # a digit glued to a letter on the left is part of a name (A320, EPR2, Covid-19)
        if s > 0 and (t[s - 1].isalpha() or (t[s - 1] in "-_" and s > 1 and t[s - 2].isalpha())):
            if not self._ends_before(g.ccy_before_re, g.ccy_before_last, max(0, s - 8), s):
                return None
        a = _Amount(s, e, s, e, value, value)
        if not sign and "/" not in t[s:e] and num.isdigit():
            a.plain_digits = num
        return a

    def _words(self, m) -> List[_Amount]:
        g = self.g
        out = []
        base = m.start()
        tokens = [(tm.start() + base, tm.end() + base, tm.group().lower())
                  for tm in g.word_token_re.finditer(m.group())]
        negative = bool(tokens) and tokens[0][2] in g.negative_words
        for s, e, value in _word_segments(tokens, g):
            if negative and s == tokens[1][0]:
                s = tokens[0][0]
                value = -value
            text = self.text[s:e].lower()
            words = text.split()
            first = words[0] if words else ""
            if text in g.lex.minor_units and self._digit_before(s):
                continue  # "50 cents": the French number word is the minor unit here
            if first in g.scales and (self._numeral_before(s) or (
                    len(words) == 1 and g.scales[first] >= 10 ** 6)):
                continue  # "2,4 milliards": the scale of the figure before; "million" alone
            a = _Amount(s, e, s, e, value, value, words=True)
            single = " ".join(words)
            if single in g.articles:
                a.article = True
            if single in g.homographs:
                nxt = self.text[e:e + 30].split()
                if not nxt or not (nxt[0].endswith(("s", "x"))):
                    continue
            if e < len(self.text) - 1 and self.text[e] == "-" and self.text[e + 1].isalpha() \
                    and self.text[s].isupper() and s > 0 and self.text[s - 1] == " ":
                continue  # "Deux-Sèvres": a name
            if any(self.text[max(0, s - len(w)):e].lower().endswith(w) and len(w) > e - s
                   for w in g.multiword_kind_words):
                continue  # "cent" of "pour cent"
            out.append(a)
        return out

    def _fraction(self, m) -> Optional[_Amount]:
        g, t = self.g, self.text
        frac = m.group("frac").lower()
        s, e = m.start(), m.end()
        num = self._numerator(m)
        if num is False:
            return None
        if num is None:
            # a fraction noun alone: "la moitié", "more than half of", "et demi"; not
            # "the first half" nor "half-year"
            if frac not in g.fraction_nouns_alone or t[e:e + 1] == "-":
                return None
            before = g.word_token_re.findall(t[max(0, s - 20):s].lower())
            if before and before[-1] in g.ordinal_adjectives:
                return None
            num = _ONE
        elif frac not in g.pure_fraction_nouns:
            # "a third year", "a fifth time": an ordinal, not a fraction
            following = g.word_token_re.match(t[e:e + 20].lstrip())
            if following and following.group().lower() in g.ordinal_nouns:
                return None
        with localcontext(_QUOTIENT):
            value = num / Decimal(g.fractions[frac])
            a = _Amount(s, e, s, e, value, value, words=True, fraction=True)
            if m.group("scale"):
                _scale(a, g.scale_values[" ".join(m.group("scale").lower().split())], e)
        if self._numerator_start is not None and not ("det" in m.re.groupindex and m.group("det")):
            a.start = a.cstart = self._numerator_start
        return a

    def _numerator(self, m):
        """The numerator's value; None when there is none; False when it is no figure."""
        g = self.g
        txt = m.group("num")
        self._numerator_start = None
        if not txt:
            return None
        low = txt.lower()
        if low.isdigit():
            return Decimal(low)
        if low in g.articles and low not in g.cardinals:
            return _ONE
        base = m.start("num")
        tokens = [(tm.start() + base, tm.end() + base, tm.group().lower())
                  for tm in g.word_token_re.finditer(txt)]
        segments = _word_segments(tokens, g)
        if not segments:
            return False
        # "vingt et trois cinquièmes": only the last figure is the numerator; the one before
        # stays a figure of its own (and may join as a mixed number)
        self._numerator_start = segments[-1][0]
        return segments[-1][2]

    def _vague(self, m) -> Optional[_Amount]:
        g = self.g
        if not m.group("sev") and self._numeral_before(m.start()):
            return None  # "12 millions": a scale, not a vague plural
        words = [w for w in g.word_token_re.findall(m.group().lower())]
        sev = m.group("sev")
        if sev:
            sev_n = len(sev.split())
            words = words[sev_n:]
            if sev.lower() == "multi" and words and words[0].startswith("multi"):
                words[0] = words[0][5:]
        S = 1
        for w in words:
            if w in g.vague_values:
                S *= g.vague_values[w]
            elif w.startswith("multi") and w[5:] in g.vague_values:
                S *= g.vague_values[w[5:]]
        if S == 1:
            return None
        low = Decimal(2 * S) if sev else Decimal(S)
        a = _Amount(m.start(), m.end(), m.start(), m.end(), low, Decimal(10 * S),
                    high_inclusive=False, vague=True, words=True, scale=S)
        if not sev and not any(w in g.plural_nouns for w in words[:1]):
            return None
        return a

    def _digit_before(self, s: int) -> bool:
        t = self.text[max(0, s - 3):s].rstrip(" \u00a0\u202f")
        return bool(t) and t[-1].isdigit()

    def _numeral_before(self, s: int) -> bool:
        t = self.text[max(0, s - 30):s].rstrip(" \u00a0\u202f")
        if not t:
            return False
        if t[-1].isdigit():
            return True
        words = t.split()
        return bool(words) and words[-1].lower() in self.g.number_words

    def _multiplier(self, m) -> Optional[_Amount]:
        g, t = self.g, self.text
        v = Decimal(g.multipliers[m.group("m").lower()])
        s, e = m.start(), m.end()
        word = m.group("m").lower()
        if word in g.adjective_multipliers:
            # "double" is a figure after a qualifier or determiner ("plus du double", "le
            # double") or before what it multiplies ("double the amount"); else an adjective
            det = "det" in m.re.groupindex and m.group("det")
            nxt = g.word_token_re.match(t[e:e + 20].lstrip())
            if not (det or self._ends_before(g.pre_qual_re, g.pre_qual_last, max(0, s - 40), s)
                    or nxt and nxt.group().lower() in g.multiplier_objects):
                return None
        a = _Amount(s, e, s, e, v, v, words=True, multiplier=True)
        return a

    # ---------------------------------------------------------- 3. surroundings
    def _attach(self, a: _Amount, i: int, amounts: List[_Amount]) -> Optional[_Amount]:
        g, t = self.g, self.text
        nxt_start = amounts[i + 1].cstart if i + 1 < len(amounts) else len(t)
        s, e = a.cstart, a.cend

        # digits that are an ordinal ("3e", "21st"), a label ("article 49.3") or a name
        # ("Boeing 737", "CAC 40")
        if not a.words and (g.ordinal_re.match(t, e)
                            or self._ends_before(g.label_re, g.label_last, max(0, s - 60), s)
                            or self._after_name(s)):
            return None

        # currency before the figure: "$48 million", "HK$ 6.8", "EUR 45m"
        prev_end = amounts[i - 1].end if i > 0 and amounts[i - 1].end <= s else 0
        cm = self._ends_before(g.ccy_before_re, g.ccy_before_last, max(prev_end, s - 12), s)
        if cm and (not a.words or cm.group("sym")):
            surface = cm.group("name") or cm.group("sym") or cm.group("code")
            found, code, basis = g.lex.lookup(surface)
            if found:
                a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
                a.start = cm.start()

        # scale after digits: "3,5 millions", "2.4bn", "12 k€", "$60m"
        if a.words:
            if not a.vague:
                a.scale = max(a.scale, _word_scale(t[a.cstart:a.cend].lower(), g))
        else:
            sm = g.scale_re.match(t, e)
            if sm and sm.end() <= nxt_start:
                factor = (g.scale_values[" ".join(sm.group("w").lower().split())] if sm.group("w")
                          else g.abbrev_values[sm.group("a")] if sm.group("a") else 12)
                e = _scale(a, factor, sm.end())
            elif a.kind == "money":
                mm = g.money_scale_re.match(t, e)
                if mm:
                    e = _scale(a, g.abbrev_values[mm.group("a")], mm.end())

        # the kind after the figure: percent, currency, unit
        e = self._kind_after(a, e, nxt_start)
        if e == a.cend and not a.words and e < len(t) and t[e].isalpha():
            return None  # glued letters that are no suffix we know: a name ("5G")
        if a.kind == "number" and a.multiplier is False:
            tm = g.times_re.match(t, e)
            if tm and tm.end() <= nxt_start:
                e = tm.end()
                a.multiplier = True

        # years: four bare digits from 1500 to 2099 that carry no kind
        if a.plain_digits and len(a.plain_digits) == 4 and a.kind == "number" and a.unit is None \
                and 1500 <= int(a.plain_digits) <= 2099:
            return None

        # qualifier after: "ou plus", "or more", "+"
        pq = g.post_qual_re.match(t, e)
        # "200 ou plus que 190", "10 and more than 40": the phrase belongs to the next figure
        room = nxt_start - self._NEXT_FIGURE_GAP if i + 1 < len(amounts) else nxt_start
        if pq and pq.end() <= room and a.qualifier == "exact":
            q = "at_least" if pq.group("plus") else g.post_qual.get(" ".join(pq.group("q").lower().split()))
            if q:
                a.qualifier = q if q != "le_post" else "le"
                e = pq.end()

        # qualifier before: "plus de", "about"; a bounding verb stays outside the span
        left = a.start
        qm = self._ends_before(g.pre_qual_re, g.pre_qual_last, max(0, left - 50), left)
        if qm and a.qualifier == "exact":
            phrase = " ".join(qm.group("q").lower().split())
            q = g.pre_qual.get(phrase) or g.pre_qual.get(phrase.replace("’", "'")) \
                or g.pre_qual.get(phrase.replace("'", "’"))
            if q and self._qualifier_is_figurative(phrase, q, qm.start(), a):
                q = None
            if q:
                a.qualifier = self._negated(q, qm.start())
                left = qm.start()
        else:
            vm = self._ends_before(g.bound_verb_re, g.bound_verb_last, max(0, left - 50), left)
            if vm:
                q = g.bound_verb.get(" ".join(vm.group("v").lower().split()), "more_than")
                a.qualifier = self._negated(q, vm.start())
        em = self._ends_before(g.estimate_re, g.estimate_last, max(0, left - 30), left)
        if em:
            a.estimate = True
            if em.group().strip().lower() in ("estimated", "an estimated") and a.qualifier == "exact":
                a.qualifier = "estimate"
                if em.group().strip().lower() == "estimated":
                    left = em.start()
        # "la moitié", "le double": the determiner is part of the figure
        a.start = left
        a.end = e
        return a

    _NEXT_FIGURE_GAP = 8
    #: a negated bound is the other side's bound: "ne pas émettre plus de 2 t" is at most
    #: 2 t, "never dropped below 27" at least 27 (CONVENTIONS.md, Ranges)
    _NEGATED = {"more_than": "not_more_than", "gt": "not_more_than", "less_than": "at_least",
                "lt": "at_least", "at_least": "less_than", "ge": "less_than",
                "up_to": "more_than", "le": "more_than"}

    def _negated(self, q: str, start: int) -> str:
        if q in self._NEGATED and self.g.negation_re.search(self.text, max(0, start - 40), start):
            return self._NEGATED[q]
        return q

    def _qualifier_is_figurative(self, phrase: str, q: str, start: int, a: _Amount) -> bool:
        """'over five years' (during), 'edged up to 5%' (a verb's particle): no bound."""
        if a.kind == "quantity" and a.unit in self.g.duration_units and q == "more_than" \
                and " " not in phrase:
            return True
        if q == "up_to":
            before = self.text[max(0, start - 20):start].split()
            return bool(before) and before[-1].lower() in self.g.change_verbs
        return False

    def _ends_before(self, regex, last: frozenset, lo: int, s: int):
        """``regex.search(text, lo, s)`` for a pattern that ends the text before ``s``
        (``…\\Z``), run only when the token there is one it can end on (``last``)."""
        if self._last_token(s) not in last:
            return None
        return regex.search(self.text, lo, s)

    def _last_token(self, s: int) -> str:
        """The token that ends the text before ``s``, white space skipped: a run of
        letters, lower-cased, or one other character ("" at the start of the text)."""
        tok = self._last_tokens.get(s)
        if tok is None:
            if self._reversed is None:
                self._reversed = self.text[::-1]
            m = REVERSED_LAST_TOKEN.match(self._reversed, len(self.text) - s)
            tok = "" if m is None else m.group(1)[::-1].lower() if m.group(1) else m.group(2)
            self._last_tokens[s] = tok
        return tok

    def _after_name(self, s: int) -> bool:
        """True when a capitalised or upper-case name stands right before the figure."""
        t = self.text
        j = s
        while j > 0 and t[j - 1] in " \u00a0\u202f":
            j -= 1
        if j == s or j == 0:
            return False
        k = j
        while k > 0 and (t[k - 1].isalnum() or t[k - 1] in "&-"):
            k -= 1
        word = t[k:j]
        if not word or not word[0].isupper():
            return False
        if self.g.lex.lookup(word)[0]:
            return False
        lw = word.lower()
        if lw in self.g.months or lw in self.g.pre_qual or lw in self.g.number_words:
            return False
        if not (word.isupper() and len(word) >= 2):
            # a capitalised word that opens a sentence is not a name
            p = k
            while p > 0 and t[p - 1] in " \u00a0\u202f\t\n":
                p -= 1
            if p == 0 or t[p - 1] in ".!?:;«“\"(\n":
                return False
        # "$CA 12", "F CFA 12": the end of a currency sign, not a name
        return not self._ends_before(self.g.ccy_before_re, self.g.ccy_before_last, max(0, s - 12), s)

    def _kind_after(self, a: _Amount, e: int, limit: int) -> Optional[int]:
        """Percent, currency or unit after the figure; returns the new end."""
        g, t = self.g, self.text
        if a.kind == "money":
            # "$ 10 dollars": a name after a symbol is the same currency
            cm = g.ccy_after_re.match(t, e)
            if cm and cm.end() <= limit and not cm.group("link"):
                e = cm.end()
            return self._money_tail(a, e, limit)
        for regex, unit in ((g.pp_re, "pp"), (g.bp_re, "bp")):
            m = regex.match(t, e)
            if m and m.end() <= limit:
                a.kind, a.unit = "percent", unit
                return m.end()
        m = g.pct_re.match(t, e)
        if m and m.end() <= limit:
            a.kind = "percent"
            return m.end()
        if g.bare_point_re is not None and a.high < 100:
            m = g.bare_point_re.match(t, e)
            if m and m.end() <= limit:
                a.kind, a.unit = "percent", "pp"
                return m.end()
        m = g.minor_re.match(t, e)
        if m and m.end() <= limit and not a.vague and (not m.group("link") or a.scale > 1):
            code, factor = g.lex.minor_units[" ".join(m.group("m").lower().split())]
            a.kind, a.currency, a.currency_basis = "money", code, "name"
            a.currency_surface, a.extras["minor"] = m.group("m"), True
            a.low *= Decimal(factor)
            a.high *= Decimal(factor)
            return m.end()
        m = g.ccy_after_re.match(t, e)
        if m and m.end() <= limit and (not m.group("link") or a.scale > 1 or a.vague):
            surface = m.group("name") or m.group("sym") or m.group("code")
            found, code, basis = g.lex.lookup(surface)
            if found:
                a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
                e = m.end()
                sm = g.ccy_scale_after_re.match(t, e)  # "75 USD million"
                if sm and sm.end() <= limit:
                    f = g.scale_values[" ".join(sm.group("w").lower().split())]
                    a.low *= f
                    a.high *= f
                    a.scale = f
                    e = sm.end()
                return self._money_tail(a, e, limit)
        m = g.unit_re.match(t, e)
        if m and m.end() <= limit and (not m.group("link") or a.scale > 1 or a.vague):
            u = m.group("u")
            sym = g.units.get(u, g.units_lower.get(u.lower()))
            if u in ("m",) and a.kind == "money":
                return e
            a.kind = "quantity"
            a.unit = sym
            return m.end()
        hm = g.hyphen_duration_re.match(t, e)
        if hm and a.scale == 1:
            a.kind = "quantity"
            a.unit = g.units_lower.get(hm.group("u").lower())
            a.hyphen_unit = True
            return hm.end()
        return e

    def _money_tail(self, a: _Amount, e: int, limit: int) -> int:
        """'3 dollars 50', '15 dollars et 15 cents': the minor part of one amount."""
        if a.scale != 1 or a.low != a.high or a.low != a.low.to_integral_value():
            return e
        after_parts = self._compound_tail(a, e)
        if after_parts != e:
            return after_parts  # "£3 10s 6d": the parts were the minor units
        m = _MINOR_TAIL.match(self.text, e)
        if not m:
            return e
        n = int(m.group("n"))
        after = self.text[m.end():m.end() + 12]
        if n >= 100 or (not m.group("m") and (self.g.ccy_after_re.match(after) and after.strip()[:1].isalpha())):
            return e
        if not m.group("m") and after.strip()[:1].isdigit():
            return e
        a.low += Decimal(n) / 100
        a.high = a.low
        return m.end()

    def _compound_tail(self, a: _Amount, e: int) -> int:
        """'£3 10s 6d': pre-decimal parts of one amount, each in its currency's fraction."""
        g = self.g
        if g.compound_part_re is None:
            return e
        total = _ZERO
        while True:
            m = g.compound_part_re.match(self.text, e)
            if not m or g.compound_units[m.group("u")][0] != a.currency:
                break
            with localcontext(_CTX):
                total += int(m.group("n")) * g.compound_units[m.group("u")][1]
            e = m.end()
        if total:
            a.low += total
            a.high = a.low
        return e

    # ------------------------------------------------- 4. ranges, changes, ratios
    def _lists(self, amounts: List[_Amount]) -> None:
        """'450, 234 et 169,6 milliards de dollars': the scale, currency or unit written
        once after a list applies to every item (a list has at least one comma; without
        one, 'X et Y millions' is left to the range rules)."""
        g, t = self.g, self.text
        i = len(amounts) - 1
        while i > 0:
            last = amounts[i]
            j = i
            if last.scale > 1 or last.kind != "number":
                while j > 0 and _bare(amounts[j - 1]) and g.list_gap_re.fullmatch(
                        t, amounts[j - 1].end, amounts[j].start):
                    j -= 1
            items = amounts[j:i]
            if items and "," in t[items[0].end:last.start]:
                for a in items:
                    if last.scale > 1:
                        _scale(a, last.scale, a.end)
                    a.kind, a.currency, a.unit = last.kind, last.currency, last.unit
                    a.currency_basis, a.currency_surface = last.currency_basis, last.currency_surface
            i = j - 1 if items else i - 1

    def _pairs(self, amounts: List[_Amount]) -> List[_Amount]:
        _g, _t = self.g, self.text
        out: List[_Amount] = []
        i = 0
        while i < len(amounts):
            a = amounts[i]
            b = amounts[i + 1] if i + 1 < len(amounts) else None
            if b is not None:
                merged = (self._mixed(a, b) or self._minor_pair(a, b) or self._ratio(a, b)
                          or self._bounds(a, b) or self._range(a, b))
                if merged is not None:
                    if merged == "change":
                        out.append(a)
                        i += 1
                        continue
                    out.append(merged)
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    def _mixed(self, a: _Amount, b: _Amount):
        """'trois et un cinquième', 'five and a half million', 'un million et demi'."""
        if not b.fraction or a.kind != "number" or a.qualifier != "exact" or a.vague \
                or a.fraction or b.qualifier != "exact" or a.low != a.high:
            return None
        if not self.g.joiner_gap_re.fullmatch(self.text, a.end, b.start):
            return None
        with localcontext(_CTX):
            if b.scale > 1 and a.scale == 1:      # five and a half million
                v = a.low * b.scale + b.low
            elif a.scale > 1 and b.scale == 1:    # cinq milliards et trois quarts
                v = a.low + b.low * a.scale
            else:                                 # trois et un cinquième; one billion and
                v = a.low + b.low                 # three quarters million
        r = _Amount(a.start, b.end, a.cstart, b.cend, v, v, words=True, scale=max(a.scale, b.scale))
        r.kind, r.unit, r.currency = b.kind, b.unit, b.currency
        return r

    def _ratio(self, a: _Amount, b: _Amount):
        g, t = self.g, self.text
        if a.kind != "number" or b.kind != "number" or a.qualifier not in ("exact", "approx", "more_than", "less_than") \
                or a.vague or b.vague:
            return None
        gap = t[a.end:b.cstart]
        if len(gap) > 30 or not g.ratio_gap_re.fullmatch(gap):
            return None
        over = gap.split()[-1].lower() == "over"
        if not over and (not (_ZERO < a.low < b.low <= 1000) or a.low != a.low.to_integral_value()):
            return None
        if b.low == 0:
            return None
        with localcontext(_QUOTIENT):
            v = a.low / b.low
        r = _Amount(a.start, b.end, a.cstart, b.cend, v, v, words=True)
        r.qualifier = a.qualifier
        return r

    def _minor_pair(self, a: _Amount, b: _Amount):
        """'thirteen dollars forty-five cents': a major amount and its minor part, one mention."""
        if not (a.kind == b.kind == "money" and b.extras.get("minor") and not a.extras.get("minor")
                and a.currency == b.currency and a.qualifier == b.qualifier == "exact"
                and a.scale == 1 and a.low == a.high == a.low.to_integral_value()
                and b.low == b.high and _ZERO < b.low < _ONE):
            return None
        gap = self.text[a.end:b.start]
        if not gap[:1].isspace() or gap.strip().lower() not in self.g.joiners | {""}:
            return None  # only white space or "and"/"et" between them: a comma lists
        a.end, a.cend = b.end, b.cend
        a.low = a.high = a.low + b.low
        return a

    _LOWER = {"more_than": False, "gt": False, "at_least": True, "ge": True}
    _UPPER = {"less_than": False, "lt": False, "up_to": True, "le": True}

    def _bounds(self, a: _Amount, b: _Amount):
        """'supérieur à 20 et inférieur ou égal à 35': two bounds, one interval."""
        if a.kind != b.kind or a.unit != b.unit or a.currency != b.currency:
            return None
        if a.qualifier in self._LOWER and b.qualifier in self._UPPER:
            lo, hi = a, b
        elif a.qualifier in self._UPPER and b.qualifier in self._LOWER:
            lo, hi = b, a
        else:
            return None
        if not self.g.bounds_gap_re.fullmatch(self.text, a.end, b.start) or lo.low >= hi.high:
            return None
        r = _Amount(a.start, b.end, a.cstart, b.cend, lo.low, hi.high,
                    high_inclusive=self._UPPER[hi.qualifier])
        r.kind, r.currency, r.unit = a.kind, a.currency, a.unit
        r.currency_basis, r.currency_surface = a.currency_basis, a.currency_surface
        r.qualifier = "range"
        r.extras["low_inclusive"] = self._LOWER[lo.qualifier]
        r.extras["approx"] = False
        return r

    def _range(self, a: _Amount, b: _Amount):
        g, t = self.g, self.text
        gap = t[a.end:b.start]
        cm = g.connector_re.fullmatch(gap) if len(gap) < 12 else None
        if not cm:
            return None
        if b.qualifier != "exact":
            return None
        conn = (cm.group("w") or "").lower()
        dash = cm.group("d")
        if dash == "-" and gap != "-":
            return None  # a hyphen joins a range only when written tight: "18-24"
        opener_m = g.opener_re.search(t, max(0, a.start - 30), a.start)
        opener = " ".join(opener_m.group().strip().lower().split()).replace("’", "'") if opener_m else None
        if conn:
            if not opener and conn in g.bare_connectors and g.change_re.search(
                    t, max(0, a.start - 40), a.start):
                self._share(a, b)
                return "change"
            allowed = g.range_openers.get(opener, ()) if opener else ()
            if conn not in allowed and not (conn in g.bare_connectors):
                return None
            if opener and g.change_re.search(t, max(0, opener_m.start() - 40), opener_m.start()) \
                    and conn not in ("et", "and"):
                self._share(a, b)
                if a.kind == b.kind:
                    return "change"
                return None
        if a.qualifier not in ("exact", "approx", "estimate"):
            return None
        if not self._share(a, b):
            return None
        if a.low > b.high:
            return None
        r = _Amount(a.start, b.end, a.cstart, b.cend, a.low, b.high,
                    high_inclusive=b.high_inclusive)
        r.kind, r.currency, r.unit = b.kind, b.currency or a.currency, b.unit or a.unit
        r.currency_basis = b.currency_basis or a.currency_basis
        r.currency_surface = b.currency_surface or a.currency_surface
        r.alternatives = b.alternatives if b.currency_basis else a.alternatives
        r.vague = a.vague or b.vague
        r.qualifier = "range"
        r.extras["approx"] = a.qualifier in ("approx",) or a.vague or b.vague or a.approx_noun or b.approx_noun
        r.extras["low_inclusive"] = True
        r.estimate = a.estimate or b.estimate
        r.scale = b.scale
        return r

    def _share(self, a: _Amount, b: _Amount) -> bool:
        """Give ``a`` the scale, currency or unit written once after ``b``."""
        if a.kind not in ("number", b.kind):
            return False
        if b.kind == "money" and a.kind == "money" and a.currency != b.currency:
            return False
        if a.kind == "quantity" and a.unit != b.unit:
            return False
        if a.kind == "percent" and a.unit != b.unit:
            return False
        if b.scale > 1 and a.scale == 1 and not a.vague and a.low * b.scale <= b.high * 1:
            a.low *= b.scale
            a.high *= b.scale
            a.scale = b.scale
        if a.kind == "number" and b.kind != "number":
            a.kind, a.currency, a.unit = b.kind, b.currency, b.unit
            a.currency_basis = b.currency_basis
            a.currency_surface, a.alternatives = b.currency_surface, b.alternatives
        return True

    # ------------------------------------------------------- 5. currency context
    def _context(self, amounts: List[_Amount]) -> None:
        # ambiguous forms ($, ¥, francs…): locale, then the text, then the convention
        resolve(amounts, self.g.lex, self.text, territory_currency(self.territory))
        last_money: Optional[_Amount] = None
        for a in amounts:
            if a.kind == "money":
                last_money = a
            elif (a.kind == "number" and last_money is not None and a.scale >= 10 ** 6
                  and not a.vague and not a.multiplier and self._elided_currency(a)):
                a.kind, a.currency, a.currency_basis = "money", last_money.currency, "context"
                a.alternatives = last_money.alternatives

    def _elided_currency(self, a: _Amount) -> bool:
        t = self.text
        rest = t[a.end:a.end + 40]
        stripped = rest.lstrip(" \u00a0\u202f")
        if not stripped or not stripped[0].isalpha():
            return True
        first = stripped.split(None, 1)[0].lower().strip(",.;")
        nouns = self.g.money_nouns
        if first in self.g.L.scale_links or first.startswith(("d'", "d’")):
            nxt = stripped[len(first):].split(None, 1) if not first.startswith(("d'", "d’")) else [first[2:]]
            word = nxt[0].lower().strip(",.;") if nxt else ""
            return word in nouns
        return first in nouns or first in ("par", "per", "dès", "cette", "this", "last", "next",
                                           "lors", "en", "au", "à", "un", "une", "conformément")

    # ---------------------------------------------------------- 6. the interval
    def _mention(self, a: _Amount) -> Optional[Mention]:
        if a.article and a.qualifier == "exact" and not a.hyphen_unit and (
                a.kind not in ("money", "percent") or a.kind == "money" and a.currency_surface[:1].isalpha()
                and not a.extras.get("minor")
                and self.text[a.cstart:a.cend].lower() in self.g.bare_articles):
            return None
        low, high = a.low, a.high
        li, hi = True, a.high_inclusive
        q = a.qualifier
        approx = a.vague or a.approx_noun or a.estimate
        counted = a.kind in ("number", "money")
        if q == "range":
            li = a.extras.get("low_inclusive", True)
            approx = bool(a.extras.get("approx"))
        elif q in ("approx", "estimate"):
            approx = True
        elif q in ("more_than", "gt"):
            low, li, high, hi = a.high if not a.vague else a.low, False, None, False
            approx = True
        elif q in ("at_least", "ge"):
            low, li, high, hi = a.low, True, None, False
            approx = True
        elif q in ("less_than", "lt"):
            if counted and q == "less_than" and a.low > 0:
                low, li = _ZERO, True
            else:
                low, li = None, False
            high, hi = a.low, False
            approx = True
        elif q == "not_more_than":  # at most V, and no less than nothing
            low, li = (_ZERO, True) if a.kind != "percent" and a.high > 0 else (None, False)
            high, hi = a.high, True
            approx, q = True, "up_to"
        elif q in ("up_to", "le"):
            if counted and q == "up_to" and a.high > 0:
                low, li = _ZERO, True
            else:
                low, li = None, False
            high, hi = a.high if not a.vague else a.low, True
            approx = True
        elif q == "eq":
            pass
        if q in ("gt", "ge", "lt", "le"):
            approx = approx or False
            q = {"gt": "more_than", "ge": "at_least", "lt": "less_than", "le": "up_to"}[q]
        if q == "exact" and (a.vague or a.approx_noun):
            q = "vague"
        if q == "eq":
            q = "exact"
        return Mention(
            start=a.start, end=a.end, text=self.text[a.start:a.end], kind=a.kind,
            low=_norm(low), high=_norm(high), low_inclusive=li, high_inclusive=hi,
            approximate=bool(approx), currency=a.currency if a.kind == "money" else None,
            unit=a.unit if a.kind in ("quantity", "percent") else None, qualifier=q,
            currency_basis=(a.currency_basis or None) if a.kind == "money" else None,
            currency_alternatives=a.alternatives if a.kind == "money" else ())


# ---------------------------------------------------------------------- helpers

_LINK_MARK = re.compile(r"://|@|(?i:www\.)")
_TOKEN_REACH = 2000  # longer than any URL or address a figure may stand in
_NON_SPACE = re.compile(r"\S{0,%d}" % _TOKEN_REACH)
_MINOR_TAIL = re.compile(r"(?:[ \u00a0]+(?:and|et)[ \u00a0]+|[ \u00a0]+)(?P<n>\d{1,2})"
                          r"(?:[ \u00a0]*(?P<m>cents?|centimes?|pence))?(?![\w]|[.,]\d)")


def _word_start(t: str, i: int) -> int:
    """The start of the white-space-delimited token at ``i`` (a URL is read whole),
    looking back at most ``_TOKEN_REACH`` characters: a text without spaces must not
    make every figure scan back to its start (quadratic)."""
    if i <= 0:
        return 0
    lo = max(0, i - _TOKEN_REACH)
    j = max(t.rfind(" ", lo, i), t.rfind("\n", lo, i))
    return lo if j < 0 else j + 1


def _word_end(t: str, i: int) -> int:
    """The end of the white-space-delimited token at ``i`` (at most ``_TOKEN_REACH`` on)."""
    return _NON_SPACE.match(t, min(i, len(t))).end()


def _disjoint(amounts) -> List[_Amount]:
    """Keep amounts in text order, dropping one that a previous one's span swallowed
    ("50" after "3 dollars 50 cents")."""
    out: List[_Amount] = []
    for a in amounts:
        if out and a.start < out[-1].end:
            continue
        out.append(a)
    return out


def _bare(a: _Amount) -> bool:
    """A figure with nothing written around it: no scale, kind, qualifier."""
    return (a.kind == "number" and a.scale == 1 and a.qualifier == "exact" and not a.vague
            and not a.fraction and not a.multiplier and not a.article)


def _scale(a: _Amount, factor: int, end: int) -> int:
    a.low *= factor
    a.high *= factor
    a.scale = factor
    a.plain_digits = ""
    return end


def _norm(v: Optional[Decimal]) -> Optional[Decimal]:
    if v is None:
        return None
    with localcontext(_CTX):
        return +v


def _frac_value(ch: str) -> Decimal:
    n = unicodedata.numeric(ch)
    table = {"⅓": (1, 3), "⅔": (2, 3), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8),
             "⅝": (5, 8), "⅞": (7, 8), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5),
             "¼": (1, 4), "½": (1, 2), "¾": (3, 4), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10)}
    if ch in table:
        a, b = table[ch]
        with localcontext(_QUOTIENT):
            return Decimal(a) / Decimal(b)
    return Decimal(str(n))


def _parse_digits(num: str, decimal_mark: str) -> Optional[Decimal]:
    """Digits as written in the language's conventions (or the common foreign ones)."""
    s = num
    for sp in (" ", "\u00a0", "\u202f", "\t", "\u2009"):
        s = s.replace(sp, "")
    if s[0] in ".,":
        return Decimal("0." + s[1:])
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        int_part, frac = s.rsplit(dec, 1)
        if grp in frac or dec in int_part:  # "5.0,0,5": two decimal marks, no figure
            return None
        if not _grouping_ok(int_part.split(grp)):
            return None
        return Decimal(int_part.replace(grp, "") + "." + frac)
    mark = "." if dots else "," if commas else None
    if mark is None:
        return Decimal(s)
    parts = s.split(mark)
    if len(parts) > 2:
        return Decimal("".join(parts)) if _grouping_ok(parts) else None
    head, tail = parts
    if mark != decimal_mark and len(tail) == 3 and head != "0" and not head.startswith("0"):
        return Decimal(head + tail)
    return Decimal(head + "." + tail)


def _grouping_ok(parts: List[str]) -> bool:
    if not parts[0] or len(parts[0]) > 3 and len(parts) > 1:
        return False
    if parts[0].startswith("0") and parts[0] != "0":
        return False
    rest = parts[1:]
    if all(len(p) == 3 for p in rest):
        return True
    # Indian grouping: 12,34,567
    return len(rest) >= 2 and all(len(p) == 2 for p in rest[:-1]) and len(rest[-1]) == 3


def _join_compounds(parts: List[str], cardinals) -> List[str]:
    """["quatre", "vingt", "dix"] -> ["quatre-vingt", "dix"]: compounds the data knows."""
    out: List[str] = []
    for p in parts:
        if out and f"{out[-1]}-{p}" in cardinals:
            out[-1] = f"{out[-1]}-{p}"
        else:
            out.append(p)
    return out


def _word_scale(text: str, g: Grammar) -> int:
    best = 1
    for w in g.word_token_re.findall(text):
        v = g.scale_values.get(w)
        if v and v > best:
            best = v
    return best


def _word_segments(tokens, g: Grammar):
    """Split number-word tokens into figures: 'deux millions trois cent mille' is one,
    'cinq six' two.  Yields (start, end, Decimal)."""
    segs = []
    total = 0
    current = 0
    last_small = None
    seg_start = None
    seg_end = None
    decimal_digits = None
    i = 0
    n = len(tokens)
    negatives = g.negative_words

    def flush():
        nonlocal total, current, seg_start, seg_end, last_small, decimal_digits
        if seg_start is not None:
            value = Decimal(total + current)
            if decimal_digits:
                value = Decimal(f"{total + current}.{decimal_digits}")
            segs.append((seg_start, seg_end, value))
        total = current = 0
        seg_start = seg_end = last_small = None
        decimal_digits = None

    while i < n:
        s, e, w = tokens[i]
        parts = w.replace("’", "'").split("-") if "-" in w and w not in g.cardinals else [w]
        if len(parts) > 1:
            parts = _join_compounds(parts, g.cardinals)
        if w in negatives and seg_start is None:
            i += 1
            continue
        if w in g.joiners:
            i += 1
            continue
        if w in g.decimal_words and seg_start is not None:
            digits = []
            j = i + 1
            while j < n and (tokens[j][2] in g.joiners or tokens[j][2] in g.cardinals
                             and g.cardinals[tokens[j][2]] < 100):
                if tokens[j][2] not in g.joiners:
                    digits.append(g.cardinals[tokens[j][2]])
                j += 1
            if digits:
                if all(d < 10 for d in digits):
                    decimal_digits = "".join(str(d) for d in digits)
                else:
                    decimal_digits = str(sum(digits))
                seg_end = tokens[j - 1][1]
                i = j
                flush()
                continue
            flush()
            i += 1
            continue
        # French "quatre-vingt(s)" written with a space
        if w == "quatre" and i + 1 < n and tokens[i + 1][2] in ("vingt", "vingts"):
            parts = ["quatre-vingt"]
            e = tokens[i + 1][1]
            i += 1
        for p in parts:
            if p in g.joiners or not p:
                continue
            v = g.cardinals.get(p)
            if v is None:
                v = g.scales.get(p)
            if v is None:
                continue
            if v >= 1000:
                if seg_start is None:
                    seg_start = s
                total += (current or 1) * v
                current = 0
                last_small = None
            elif v == 100:
                if seg_start is None:
                    seg_start = s
                if current % 100 and current > 0 and current >= 100:
                    flush()
                    seg_start = s
                current = (current or 1) * 100 if current < 100 else current + 100
                last_small = None
            else:
                ok = seg_start is None or last_small is None or \
                    (last_small % 10 == 0 and last_small >= 10 and v < 10) or \
                    (last_small in (60, 80) and 10 <= v < 20) or \
                    (last_small >= 20 and last_small % 10 == 0 and v < 10)
                if seg_start is not None and last_small is None and current % 100 == 0:
                    ok = True
                if not ok:
                    flush()
                if seg_start is None:
                    seg_start = s
                current += v
                last_small = v
            seg_end = e
        i += 1
    flush()
    return segs
