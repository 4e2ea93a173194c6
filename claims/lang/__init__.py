"""Language registry: one data module per language, loaded and checked once.

Adding a language is adding ``claims/lang/<code>.py`` with a ``LANGUAGE`` of type
:class:`~claims.lang.schema.LanguageData` and its code in ``SUPPORTED_LANGUAGES``:
nothing under ``claims/engine/`` is touched (README, "Adding a language").
"""
from __future__ import annotations

import importlib
import re
from dataclasses import fields
from typing import Dict, NamedTuple, Optional, Tuple

import pycld2

from ..model import UndetectedLanguage, UnsupportedLanguage
from .schema import QUALIFIER_CODES, LanguageData, StatementWords

SUPPORTED_LANGUAGES: Tuple[str, ...] = ("fr", "en", "es")

_LOADED: Dict[str, LanguageData] = {}


def get_language(code: str) -> LanguageData:
    """The checked data of a supported language code ("fr", "en")."""
    data = _LOADED.get(code)
    if data is None:
        if code not in SUPPORTED_LANGUAGES:
            raise UnsupportedLanguage(code, SUPPORTED_LANGUAGES)
        data = importlib.import_module(f"{__name__}.{code}").LANGUAGE
        validate(data)
        _LOADED[code] = data
    return data


def validate(data: LanguageData) -> None:
    """Raise ``ValueError`` when a language module is incomplete or malformed."""
    if not isinstance(data, LanguageData):
        raise ValueError("LANGUAGE must be a LanguageData")
    for f in fields(LanguageData):
        value = getattr(data, f.name)
        # (a table that may be empty is not asked its length: one may be read lazily)
        if value is None or (f.name not in _MAY_BE_EMPTY and hasattr(value, "__len__")
                             and len(value) == 0):
            raise ValueError(f"{data.code}: field {f.name!r} is empty")
    for word, v in data.cardinals.items():
        if not isinstance(v, int) or v < 0:
            raise ValueError(f"{data.code}: cardinal {word!r} has value {v!r}")
    for mapping in (data.pre_qualifiers, data.post_qualifiers, data.bounding_verbs):
        for phrase, qual in mapping.items():
            if qual not in QUALIFIER_CODES:
                raise ValueError(f"{data.code}: qualifier {qual!r} of {phrase!r} is unknown")
    for spaced, word in data.spaced_compounds.items():
        if word not in data.cardinals and word not in data.scales:
            raise ValueError(f"{data.code}: spaced compound {spaced!r} reads as {word!r}, "
                             "which is no cardinal nor scale")
    if data.adjective_homographs and not data.plural_endings:
        raise ValueError(f"{data.code}: adjective_homographs need plural_endings")
    _validate_statements(data.code, data.statements)


def _validate_statements(code: str, words: StatementWords) -> None:
    if not isinstance(words, StatementWords):
        raise ValueError(f"{code}: statements must be a StatementWords")
    for f in fields(StatementWords):
        value = getattr(words, f.name)
        if isinstance(value, bool):
            continue
        if value is None or (len(value) == 0 and f.name not in _STATEMENTS_MAY_BE_EMPTY):
            raise ValueError(f"{code}: field statements.{f.name!r} is empty")
    for phrase, (unit, offset) in words.relative_periods.items():
        if unit not in PERIOD_UNITS or not isinstance(offset, int):
            raise ValueError(f"{code}: relative period {phrase!r} is ({unit!r}, {offset!r})")
    for mapping in (words.period_nouns, words.period_labels):
        for word, unit in mapping.items():
            if unit not in PERIOD_UNITS:
                raise ValueError(f"{code}: period {word!r} has unknown unit {unit!r}")
    for phrase, (unit, count) in words.trailing_periods.items():
        if unit not in PERIOD_UNITS or not isinstance(count, int) or count < 1:
            raise ValueError(f"{code}: trailing period {phrase!r} is ({unit!r}, {count!r})")
    for word, n in words.weekdays.items():
        if not isinstance(n, int) or not 0 <= n <= 6:
            raise ValueError(f"{code}: weekday {word!r} is number {n!r}")
    for word, n in words.month_numbers.items():
        if not isinstance(n, int) or not 1 <= n <= 12:
            raise ValueError(f"{code}: month {word!r} is number {n!r}")
    for opening, closing in words.quote_pairs.items():
        if not opening or not closing:
            raise ValueError(f"{code}: quote pair {opening!r} {closing!r}")


_MAY_BE_EMPTY = {"plural_determiners", "percent_before", "age_group_bounds", "age_after_words", "bare_point_words", "money_scale_abbrevs",
                 "noun_determiners", "adjective_homographs", "compound_minor_units",
                 "numeral_articles", "bounding_verb_links", "fraction_scale_links",
                 "money_followers", "minor_after_major", "figure_only_articles",
                 "spaced_compounds", "tens_before_teens", "quotient_words",
                 "estimate_qualifiers", "several_prefixes", "plural_endings", "dozen_nouns",
                 "clock_suffixes", "hour_marks", "lone_scale_determiners",
                 "tolerance_words", "territory_decimal_marks", "articles_before_digits",
                 "clock_words", "phone_shapes", "scales_of_scales", "own_letters",
                 "ordinal_endings", "minor_links", "measure_nouns",
                 "point_fractions", "clock_minute_marks",
                 "currency_prefixes",
                 "currency_scale_abbrevs",
                 "scale_currency_letters",
                 "unit_scale_homographs",
                 "counted_nouns",
                 "mass_currency_homographs",
                 "weight_words",
                 "currency_adjectives",
                 "scaled_units",
                 "temperature_words",
                 "bare_degrees",
                 "temperature_scale_words",
                 "clock_prepositions",
                 "clock_hour_words",
                 "clock_duration_words",
                 "day_determiners",
                 "phone_verbs",
                 "phone_determiners",
                 "phone_followers",
                 "hyphen_name_nouns",
                 "ordinal_words",
                 "period_fraction_nouns",
                 "duration_adjectives",
                 "sign_words",
                 "sign_word_blockers",
                 "half_tails",
                 "half_prefixes",
                 "score_words_before",
                 "score_words_after",
                 "score_links",
                 "age_words",
                 "fraction_point_words",
                 "power_words"}
_STATEMENTS_MAY_BE_EMPTY = {"verb_suffixes", "inverted_pronouns", "base_links",
                            "publication_words", "according_to_blockers", "clause_openers",
                            "estimate_nouns", "estimate_misses", "expecting_verbs", "path_starts",
                            "respective_words", "comparison_blockers",
                            "margin_words", "superlatives", "range_openers",
                            "range_links",
                            "whole_openers", "whole_links",
                            "complementisers", "author_links", "adverb_suffixes",
                            "not_adverbs", "change_appositions", "change_verb_endings",
                            "comparison_openers", "list_openers", "holder_links",
                            "ranking_words", "infinitive_endings", "degree_words",
                            "agent_links", "plural_count_links", "noun_links", "distributives",
                            "participle_endings",
                            "speech_fillers", "period_prepositions", "period_of",
                            "fiscal_words", "trailing_periods", "rate_words", "pronouns",
                            "figure_units", "share_links", "ambiguous_months",
                            "frame_prepositions", "share_markers", "event_speech_verbs",
                            "speech_noun_links", "inversion_words", "reference_nouns",
                            "baseline_nouns", "participle_suffixes", "prepositions",
                            "relative_pronouns", "change_links",
                            "not_counted", "seasons", "season_this", "season_last"}
#: the units a time span can be counted in (``StatementWords.relative_periods``).
PERIOD_UNITS = ("year", "half", "quarter", "month", "week", "day")

_LOCALE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|\d{3}))?$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def parse_locale(lang: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
    """Split "fr-CA" into ("fr", "CA"); None or "auto" gives (None, None)."""
    if lang is None or lang.strip().lower() in ("", "auto"):
        return None, None
    m = _LOCALE_RE.match(lang.strip())
    if not m:
        raise UnsupportedLanguage(lang, SUPPORTED_LANGUAGES)
    code = m.group(1).lower()
    if code not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(lang, SUPPORTED_LANGUAGES)
    return code, (m.group(2).upper() if m.group(2) else None)


class Detection(NamedTuple):
    """What :func:`detect` found.

    ``lang``: the supported language the text is in, or None when it is clearly in
    another one, which ``other`` then names (an ISO 639 code: "de", "pt").
    ``confidence``: for a supported language, from 0 (a tie, or no frequent word at
    all: the first language was taken) to 1: the detected language's lead over the
    runner-up, in frequent words, against a quarter of the text's words (of 8 at
    least), capped at 1; for a refused text, the share of the text the identifier
    found in ``other``."""

    lang: Optional[str]
    confidence: float
    other: Optional[str] = None


#: ``confidence`` weighs the winner's lead against a quarter of the text's words,
#: MIN_WORDS at least (a short text's lead of 2 frequent words is not a sure one).
MIN_WORDS = 8
MIN_SHARE = 0.25
#: what a text needs to be refused as in no supported language (docs/ROBUSTNESS.md,
#: "A text in no supported language"): words enough to tell, REFUSE_MIN_COMMON of
#: them starting with no capital (a headline, a figure list, a line of names are
#: never refused), few frequent words of any supported
#: language (the language data's ``stopwords`` and ``own_letters``), and the
#: identifier sure, for most of the text, of a language that is not supported.
REFUSE_MIN_WORDS = 12
REFUSE_MIN_COMMON = 8
REFUSE_MAX_SHARE = 0.35
REFUSE_MIN_PERCENT = 80
#: the characters of a text read to detect its language
HEAD = 5000


def detect(text: str) -> Detection:
    """The supported language whose frequent words the text uses most (ties: the first);
    a word written with a letter only one language writes ("ñ", "ó") counts for it too.

    A text of ``REFUSE_MIN_WORDS`` words or more (``REFUSE_MIN_COMMON`` of them
    starting with no capital: names do not count), of which under
    ``REFUSE_MAX_SHARE`` are any supported language's frequent words, is also
    given to a language
    identifier (CLD2); when it is sure that ``REFUSE_MIN_PERCENT`` % of the text is in
    a language that is not supported, ``lang`` is None and ``other`` names that
    language. Texts in a supported language rarely go that far, and never cost more
    than the frequent words when they do not."""
    words, scores = _scores(text)
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    ranked = sorted(scores, reverse=True)
    if words >= REFUSE_MIN_WORDS and ranked[0] < REFUSE_MAX_SHARE * words \
            and _common_words(text[:HEAD]) >= REFUSE_MIN_COMMON:
        found = identify(text[:HEAD])
        if found is not None and found[0] not in SUPPORTED_LANGUAGES \
                and found[1] >= REFUSE_MIN_PERCENT:
            return Detection(None, found[1] / 100, found[0])
    # the winner's lead over the runner-up, in words, against the lead a text of
    # its length (MIN_WORDS at least) needs to be read as one language at all
    confidence = round(min(1.0, (ranked[0] - ranked[1]) / (MIN_SHARE * max(words, MIN_WORDS))), 2)
    return Detection(SUPPORTED_LANGUAGES[best], confidence)


#: what CLD2 refuses as invalid UTF-8: control characters but tab, line feed, form
#: feed and carriage return, surrogates, non-characters; each read as a space
_NOT_FOR_CLD2 = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                           + "".join(f"{chr(p * 0x10000 + 0xfffe)}{chr(p * 0x10000 + 0xffff)}"
                                     for p in range(17)) + "]")


def identify(text: str) -> Optional[Tuple[str, int]]:
    """The language CLD2 (pycld2) finds ``text`` in, with the percent of the text in
    it, when CLD2 calls its answer reliable; else None. Any language CLD2 knows
    (about 80 in this table): an ISO 639 code, "zh-Hant" for traditional Chinese."""
    try:
        reliable, _, found = pycld2.detect(_NOT_FOR_CLD2.sub(" ", text), isPlainText=True)
    except pycld2.error:  # nothing it could read: no verdict, never a refusal
        return None
    code, percent = found[0][1], found[0][2]
    if not reliable or code == "un":
        return None
    return code, percent


def _common_words(head: str) -> int:
    """The words of ``head`` that do not start with a capital: a line of names
    ("Bayern München, Borussia Dortmund…") has too few to be told apart."""
    return sum(1 for w in _WORD_RE.findall(head) if not w[0].isupper())


def detect_language(text: str) -> str:
    """The supported language whose frequent words the text uses most (ties: the first),
    whether or not the text is in it: :func:`detect` also says when it is in none."""
    _, scores = _scores(text)
    return SUPPORTED_LANGUAGES[max(range(len(scores)), key=lambda i: (scores[i], -i))]


def _scores(text: str):
    """How many words the text's head has, and each supported language's score."""
    head = text[:HEAD].lower()
    words = _WORD_RE.findall(head)
    scores = []
    for code in SUPPORTED_LANGUAGES:
        stop, letters = _stopsets().get(code), _LETTERS.get(code)
        score = sum(1 for w in words if w in stop)
        if letters is not None and letters.search(head):
            score += sum(1 for w in words if w not in stop and letters.search(w))
        scores.append(score)
    return len(words), scores


_STOPSETS: Dict[str, frozenset] = {}
_LETTERS: Dict[str, "re.Pattern"] = {}


def _stopsets() -> Dict[str, frozenset]:
    if not _STOPSETS:
        for code in SUPPORTED_LANGUAGES:
            L = get_language(code)
            _STOPSETS[code] = frozenset(L.stopwords)
            if L.own_letters:
                _LETTERS[code] = re.compile("[" + re.escape(L.own_letters) + "]")
    return _STOPSETS


def resolve_detected(text: str, lang: Optional[str] = None) -> Tuple[str, Optional[float]]:
    """Like :func:`resolve_language`, for a reply: the language code and, when it was
    detected (``lang`` None or "auto"), how sure the detection was (else None).
    A text in none of the supported languages raises :class:`UndetectedLanguage`
    rather than being read in the nearest one."""
    code, _ = parse_locale(lang)
    if code:
        return code, None
    found = detect_supported(text)
    return found.lang, found.confidence


def detect_supported(text: str) -> Detection:
    """:func:`detect`, raising :class:`UndetectedLanguage` (which names the language
    found) for a text clearly in none of the supported languages."""
    found = detect(text)
    if found.lang is None:
        raise UndetectedLanguage(SUPPORTED_LANGUAGES, found.other)
    return found


def resolve_language(text: str, lang: Optional[str] = None) -> str:
    """The language code ``extract`` will use for ``text`` given the caller's ``lang``."""
    code, _ = parse_locale(lang)
    return code or detect_language(text)
