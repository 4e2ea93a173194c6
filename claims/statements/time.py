"""Time: the period a figure belongs to, resolved to dates (CONVENTIONS.md, "Claims").

The spans come from ``StatementWords`` (prepositions, relative phrases, period
nouns, ordinals, months, weekdays, since/until words) and are resolved to
``from``/``to`` ISO dates, both inclusive, against the request's date.  Each
figure takes the nearest period of its own clause (docs/CLAIMS.md); the day a
statement was made ("a affirmé jeudi", "said on Monday") is never a figure's
period.

Date arithmetic is done on day ordinals and clipped to the calendar
(0001-01-01 … 9999-12-31): a period that would fall wholly outside it is left
unresolved (no time), one that crosses an end is cut there (docs/READING.md).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from bisect import bisect_left
from functools import lru_cache
from typing import List, Optional, Tuple

from ..compiling import building
from ..sentences import Sentence
from .model import TimeRef
from .tokens import WS, Doc, Phrases, Spans, norm, phrase_re, raw_tokens
from .words import words

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_FLAGS = re.IGNORECASE | re.UNICODE
_MIN, _MAX = _dt.date.min.toordinal(), _dt.date.max.toordinal()

Dates = Tuple[_dt.date, _dt.date]


class Tables:
    """The time patterns of one language."""

    def __init__(self, code: str):
        w = self.w = words(code)
        L, W = w.L, w.W
        prep = "(?:" + phrase_re(W.time_prepositions) + WS + ")?"
        ords = phrase_re(W.ordinals)
        periods = phrase_re(W.period_nouns)
        months = phrase_re(W.month_numbers)
        links = phrase_re(W.year_range_links, before="", after="")
        # "FY2024": the word may touch its year
        fiscal = phrase_re(W.fiscal_words, after=r"(?![^\W\d_])") if W.fiscal_words else r"(?!x)x"
        of = r"(?:" + WS + r"(?:" + phrase_re(W.period_of, before="") + r")?[\s\u00a0]*)"
        self.res = [
            # "exercice 2023", "fiscal 2024", "FY2024", "l'exercice 2022-2023", "2018/19"
            ("fiscal_word", re.compile(prep + r"(?:" + fiscal + r")[\s\u00a0]*(?P<y>" + _YEAR
                                  + r")(?:[\s\u00a0]*[-–/][\s\u00a0]*(?P<y2>\d\d(?:\d\d)?))?(?!\d)",
                                  _FLAGS)),
            ("fiscal", re.compile(prep + rf"(?<![\d/])(?P<y>{_YEAR})/(?P<y2>\d\d(?:\d\d)?)(?![\d/])",
                                  _FLAGS)),
            # "entre 2019 et 2022", "from 2019 to 2022", "2019-2022"
            ("span", re.compile(prep + rf"(?P<y1>{_YEAR})[\s\u00a0]*(?:{links})[\s\u00a0]*"
                                rf"(?P<y2>{_YEAR})(?!\d)", _FLAGS)),
            # "depuis le 1er janvier", "since January 1, 2023"
            ("since_day", re.compile("(?:" + phrase_re(W.since_words) + ")" + WS
                                     + r"(?:le\s+|the\s+)?(?:(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\s+"
                                     + r"(?:of\s+)?(?P<m>" + months + r")|(?P<m2>" + months
                                     + r")\s+(?P<d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)"
                                     + rf"(?:,?[\s\u00a0]+(?P<y>{_YEAR})(?!\d))?", _FLAGS)),
            ("since", re.compile("(?:" + phrase_re(W.since_words) + ")" + WS
                                 + rf"(?:(?:l['’]année|the\s+year)\s+)?(?P<y>{_YEAR})(?!\d)", _FLAGS)),
            ("until", re.compile("(?:" + phrase_re(W.until_words) + ")" + WS
                                 + rf"(?:(?:l['’]année|the\s+year|la\s+fin\s+de\s+)\s*)?(?P<y>{_YEAR})(?!\d)",
                                 _FLAGS)),
            # "au premier trimestre 2023", "in the first quarter of 2023", "in the first half"
            ("period", re.compile(r"(?:" + phrase_re(W.period_prepositions) + WS + ")?"
                                  + r"(?P<ord>" + ords + r")" + WS + r"(?P<unit>"
                                  + periods + r")" + rf"(?:{of}(?P<y>{_YEAR})(?!\d))?", _FLAGS)),
            # "T1 2023", "Q3", "H1 2024"
            ("label", re.compile(r"(?<![\w])(?P<label>[" + "".join(W.period_labels) + r"])"
                                 r"(?P<n>[1-4])(?![\w])(?:[\s\u00a0]*(?P<y>" + _YEAR + r")(?!\d))?")),
            # "le 31 mars 2023", "au 30 septembre 2019", "March 31, 2023": that day
            ("day", re.compile(r"(?<![\w])(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?[\s\u00a0]+(?P<m>"
                               + months + rf")[\s\u00a0]+(?P<y>{_YEAR})(?!\d)|(?P<m2>" + months
                               + r")[\s\u00a0]+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?[\s\u00a0]+"
                               + rf"(?P<y2>{_YEAR})(?!\d)", _FLAGS)),
            # "en mars 2023", "in March", "March 2023"
            ("month", re.compile(prep + r"(?P<m>" + months + r")"
                                 + rf"(?:[\s\u00a0]+(?P<y>{_YEAR})(?!\d))?", _FLAGS)),
            # "sur un an", "year on year", "over the past 12 months": the span up to the date
            ("trailing", re.compile(phrase_re(W.trailing_periods), _FLAGS)),
            ("relative", re.compile(phrase_re(W.relative_periods), _FLAGS)),
            # "cet été", "l'été dernier", "l'été 2019", "last summer", "this autumn"
            ("season", re.compile(r"(?:(?:(?P<lastpre>" + phrase_re(W.season_last, after="")
                                  + r")|(?P<this>" + phrase_re(W.season_this, after="") + r"))"
                                  + r"[\s\u00a0]*)?(?P<s>" + phrase_re(W.seasons, before=r"(?<![\w])") + r")"
                                  + r"(?:" + WS + r"(?P<last>" + phrase_re(W.season_last)
                                  + rf")|[\s\u00a0]+(?P<y>{_YEAR})(?!\d))?", _FLAGS)),
            ("weekday", re.compile(phrase_re(W.weekdays), _FLAGS)),
            ("year", re.compile(prep + rf"(?<![\d/])(?P<y>{_YEAR})(?![\d/])", _FLAGS)),
        ]
        self.relative = {norm(k): v for k, v in W.relative_periods.items()}
        self.trailing = {norm(k): v for k, v in W.trailing_periods.items()}
        self.ordinals = {norm(k): v for k, v in W.ordinals.items()}
        self.period_units = {norm(k): v for k, v in W.period_nouns.items()}
        self.period_labels = dict(W.period_labels)
        self.month_numbers = {norm(k): v for k, v in W.month_numbers.items()}
        self.weekdays = {norm(k): v for k, v in W.weekdays.items()}
        self.seasons = {norm(k): v for k, v in W.seasons.items()}
        self.ambiguous_months = frozenset(norm(x) for x in W.ambiguous_months)
        self.capitalised_months = W.capitalised_months
        self.frame_words = Phrases(W.frame_prepositions, w.word_re)
        self.record = Phrases(W.record_words, w.word_re)
        self.rates = Phrases(W.rate_words, w.word_re)
        self.speech = Phrases(W.speech_verbs + W.publication_words, w.word_re)
        self.speech_fillers = frozenset(norm(x) for x in W.speech_fillers)
        self.base_links = Phrases(W.base_links, w.word_re)
        self.labels_alone = W.period_labels_alone
        self.label_preposition = re.compile(
            "(?:" + phrase_re(W.period_prepositions) + r")[\s\u00a0]+$", _FLAGS)

        def first(phrases):
            """The first token of each phrase, as the tokeniser cuts it ("d'" of "d'ici")."""
            return {toks[0][3] for p in phrases for toks in [raw_tokens(p, 0, len(p), w.word_re)]
                    if toks}

        self.needs = {
            "since": first(W.since_words), "since_day": first(W.since_words),
            "until": first(W.until_words), "period": first(W.period_nouns),
            "label": {norm(x) for x in W.period_labels},
            "month": first(W.month_numbers) | set(w.months),
            "relative": first(W.relative_periods),
            "trailing": first(W.trailing_periods),
            "weekday": first(W.weekdays),
            "fiscal_word": first(W.fiscal_words) | {norm(x)[:2] for x in W.fiscal_words
                                                    if x.isupper()},
            "season": first(W.seasons),
            "day": first(W.month_numbers) | set(w.months),
        }
        self.hints = frozenset(set().union(*self.needs.values()))
        # (kind, pattern, the words one of which it needs or None, whether it needs a
        # year), in the order the kinds are tried
        self.tried = [(kind, rx, frozenset(self.needs[kind]) if kind in self.needs else None,
                       kind in _YEAR_KINDS) for kind, rx in self.res]


@lru_cache(maxsize=None)
@building()  # their patterns' programs kept, as the grammar's (claims.compiling)
def tables(code: str) -> Tables:
    return Tables(code)


# -- dates, clipped to the calendar ----------------------------------------------------

def _days(first: int, last: int) -> Optional[Dates]:
    """The day ordinals [first, last] as dates, cut to the calendar; None when no day of
    it is in the calendar."""
    if last < _MIN or first > _MAX or first > last:
        return None
    return _dt.date.fromordinal(max(first, _MIN)), _dt.date.fromordinal(min(last, _MAX))


def _months(year: int, first: int, last: int) -> Optional[Dates]:
    """Months ``first``..``last`` of ``year`` (months may run past 12 or below 1)."""
    a, b = year * 12 + first - 1, year * 12 + last - 1  # month indices
    lo, hi = _dt.MINYEAR * 12, _dt.MAXYEAR * 12 + 11
    if b < lo or a > hi:
        return None
    clipped_a, clipped_b = max(a, lo), min(b, hi)
    start = _dt.date(clipped_a // 12, clipped_a % 12 + 1, 1)
    y, m = divmod(clipped_b + 1, 12)
    end = _dt.date.max if y > _dt.MAXYEAR else _dt.date(y, m + 1, 1) - _dt.timedelta(days=1)
    return start, end


def _latest(unit_months: int, n: int, year: Optional[int], today: _dt.date) -> Optional[Dates]:
    """The n-th quarter/half/month of ``year``; without a year the latest one begun."""
    first = (n - 1) * unit_months + 1
    if year is None:
        year = today.year if (today.month >= first) else today.year - 1
    return _months(year, first, first + unit_months - 1)


def _relative(unit: str, offset: int, today: _dt.date) -> Optional[Dates]:
    if unit == "year":
        return _months(today.year + offset, 1, 12)
    if unit in ("half", "quarter", "month"):
        size = {"half": 6, "quarter": 3, "month": 1}[unit]
        index = ((today.year * 12 + today.month - 1) // size + offset) * size
        return _months(index // 12, index % 12 + 1, index % 12 + size)
    day = today.toordinal()
    if unit == "week":
        monday = day - today.weekday() + 7 * offset
        return _days(monday, monday + 6)
    return _days(day + offset, day + offset)


def _trailing(unit: str, count: int, today: _dt.date) -> Optional[Dates]:
    """The ``count`` ``unit``s up to and including the date: "sur un an" is the year to it."""
    day = today.toordinal()
    if unit == "day":
        return _days(day - count + 1, day)
    if unit == "week":
        return _days(day - 7 * count + 1, day)
    months = {"year": 12, "half": 6, "quarter": 3, "month": 1}[unit] * count
    index = today.year * 12 + today.month - 1 - months
    if index < _dt.MINYEAR * 12:
        return _days(_MIN, day)
    y, m = divmod(index, 12)
    start = _dt.date(y, m + 1, min(today.day, calendar.monthrange(y, m + 1)[1]))
    return _days(start.toordinal() + 1, day)


# -- the spans of a sentence -----------------------------------------------------------

def times(doc: Doc, sentence: Sentence, figures: Spans, today: _dt.date, t: Tables) -> List[TimeRef]:
    """Every period named in ``sentence``, outside its figures, in text order.  Not a
    period: a record's baseline ("son plus haut niveau depuis 2001"), a rate ("par an"),
    the day a statement was made ("a affirmé jeudi", "said on Monday")."""
    text = doc.text
    out: List[TimeRef] = []
    # a pattern runs only when the sentence holds a word it needs (one pass over them)
    lows = doc.words(sentence.start, sentence.end)
    joined = "\0".join(lows) + "\0"  # the words, each followed by a NUL
    if "'s\0" in joined:
        lows = lows.union([x[:-2] for x in lows if x.endswith("'s")])  # "September's 8.3% rise"
    # a year opens a token of its own (the patterns put white space, a letter or a
    # mark before it, never a digit); only a number token starts with a digit
    years = _YEAR_TOKEN.search(joined) is not None
    if not years and not lows & t.hints:
        return out
    base = sentence.start
    taken = bytearray(sentence.end - base)  # characters already read as a period

    def take(a, b):
        taken[a - base:b - base] = b"\x01" * (b - a)

    # "par an", "a year": a rate, not a period, unless a longer period holds it ("a
    # year ago", "a year earlier")
    rates = [(m.start(), m.end()) for m in t.rates.finditer(doc, sentence.start, sentence.end)]
    for kind, rx, need, needs_year in t.tried:
        if (needs_year and not years) or (need is not None and lows.isdisjoint(need)):
            continue
        for m in rx.finditer(text, sentence.start, sentence.end):
            s, e = m.start(), m.end()
            # "over the past 12 months" holds a figure of its own, a duration
            if (kind != "trailing" and figures.meets(s, e)) or any(taken[s - base:e - base]):
                continue
            if any(a < e and s < b and not (s <= a and b <= e and e - s > b - a)
                   for a, b in rates):
                continue
            if kind == "label" and not m.group("y") and not t.labels_alone and not \
                    t.label_preposition.search(text, max(sentence.start, s - 12), s):
                continue  # "un appartement T1": a flat's size, not a quarter ("au T1")
            if kind == "year" and s == m.start("y") and _after_name(text, sentence.start, s):
                continue  # "France 2030", "Vision 2030": a name, not a year
            if kind in _RECORD_KINDS and _after_record(doc, sentence, s, t):
                take(s, e)
                continue  # "son plus haut niveau depuis 2001", "son record de 2022",
                # "the highest since October 2021": a record's baseline, not the period
            if kind in _SPEECH_KINDS and _day_of_speech(doc, sentence, s, e, t, both=(
                    kind == "weekday" or kind == "relative" and t.relative[
                        norm(re.sub(r"[\s\u00a0]+", " ", m.group()))][0] in ("day", "week"))):
                take(s, e)
                continue
            dates = _resolve(kind, m, today, t)
            if dates is None:
                continue
            take(s, e)
            relative = kind in ("relative", "weekday", "since", "until", "trailing") or (
                kind == "season" and not m.groupdict().get("y")) or (
                kind in ("period", "label", "month", "since_day") and not m.groupdict().get("y"))
            role = ("base" if kind == "trailing" else
                    "year" if kind in ("year", "span", "fiscal", "fiscal_word", "month")
                    else "period")
            ref = TimeRef(s, e, text[s:e], dates[0], dates[1], relative, role)
            ref.day = kind == "weekday"
            out.append(ref)
    out.sort(key=lambda x: x.start)
    _openings(text, sentence, out)
    return out


#: a token that starts with a year (``_YEAR``), among words joined by NULs
_YEAR_TOKEN = re.compile(r"(?:^|\0)(?:1[89]|20)\d\d")
#: the patterns that cannot match without a year, after white space or a word
_YEAR_KINDS = frozenset({"span", "year", "fiscal", "fiscal_word", "since", "until"})

#: periods that may be a record's baseline ("son record de 2022", "highest since 2008")
_RECORD_KINDS = frozenset({"since", "since_day", "year", "month", "day"})
#: periods that may be the day or time a statement was made or published ("a affirmé
#: jeudi", "annoncé début mars", "published on Friday", "announced in the autumn of")
_SPEECH_KINDS = frozenset({"weekday", "relative", "day", "month", "season"})


def _after_record(doc: Doc, sentence: Sentence, s: int, t: Tables) -> bool:
    """Whether the period starting at ``s`` is a record's baseline: a record word a few
    words before it and no figure between ("son plus haut niveau depuis 2001", "son
    record de 2022"; not "a record EUR 47.3 billion in October")."""
    for r in t.record.finditer(doc, max(sentence.start, s - 40), s):
        gap = doc.text[r.end():s]
        if len(gap.split()) <= 3 and not any(c.isdigit() for c in gap):
            return True
    return False


def _openings(text: str, sentence: Sentence, refs: List[TimeRef]) -> None:
    """Mark the periods that open the sentence: they frame all of it ("En 2024, …",
    "Au premier trimestre, …", "On Sunday, …", "Mardi, …", "Sur 9 mois, …", "A l'issue
    de ce semestre :")."""
    for x in refs:
        if len(text[sentence.start:x.start].strip(" \t\n\u00a0-–—•«“\"").split()) <= 1 \
                and text[x.end:x.end + 3].lstrip(" \u00a0")[:1] in (",", ":"):
            x.kind = "opening"


def _after_name(text: str, start: int, at: int) -> bool:
    """Whether the word right before ``at`` is a capitalised word inside the sentence
    (the year then ends a name: "France 2030")."""
    before = text[max(start, at - 40):at].rstrip()
    if len(before) == len(text[max(start, at - 40):at]):
        return False  # no space: "2019/2020", "(2030"
    word = re.search(r"([^\W\d_][\w'’-]*)$", before)
    if not word or not word.group(1)[:1].isupper():
        return False
    rest = text[start:start + len(before) - len(word.group(1))].strip()
    return bool(rest) and rest[-1:] not in ".:;!?«“\"(-–—"


def frames(doc: Doc, sentence: Sentence, mentions, today: _dt.date, t: Tables) -> List[TimeRef]:
    """Durations that frame a sentence's other figures, with their preposition ("Sur 9
    mois, le résultat…", "en quatre ans", "over the past four years"): the span up to
    the request's date (the duration is also a figure of its own)."""
    out = []
    text = doc.text
    for m in mentions:
        if m.kind != "quantity" or m.unit not in _DURATION_UNITS or m.low is None:
            continue
        prep = None
        for p in t.frame_words.finditer(doc, max(sentence.start, m.start - 40), m.start):
            if not text[p.end():m.start].strip():
                prep = p
        if prep is None:
            continue
        try:
            count = int(m.low)
        except (TypeError, ValueError, OverflowError):
            continue
        if count < 1 or count > 1000:
            continue
        dates = _trailing(_DURATION_UNITS[m.unit], count, today)
        if dates is not None:
            out.append(TimeRef(prep.start(), m.end, text[prep.start():m.end], dates[0],
                               dates[1], True, "frame"))
    _openings(text, sentence, out)
    return out


#: how far (characters) a period may stand from its figure, unless it opens the sentence
REACH = 60

_DURATION_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day"}


def _day_of_speech(doc: Doc, sentence: Sentence, s: int, e: int, t: Tables,
                   both: bool = True) -> bool:
    """Whether a day stands next to a verb of saying or publishing: "a affirmé jeudi le
    ministre", "the minister said on Monday", "Le ministre a déclaré, mardi, que",
    "annoncé début mars".  A longer period ("l'an dernier, indique la Fédération") is
    the time of saying only right after the verb (``both`` False)."""
    for v in t.speech.finditer(doc, max(sentence.start, s - 60), min(sentence.end, e + 60)):
        if not both and v.end() > s:
            continue
        lo, hi = (v.end(), s) if v.end() <= s else (e, v.start())
        if hi < lo:
            continue
        between = [r[3] for r in doc.raw(lo, hi)]
        if all(x in t.speech_fillers or x in t.w.determiners or not x[0].isalnum()
               for x in between) and len(between) <= 3:
            return True
    return False


def _resolve(kind, m, today: _dt.date, t: Tables) -> Optional[Dates]:
    try:
        return _resolve_unsafe(kind, m, today, t)
    except (ValueError, KeyError, OverflowError):
        return None  # "le 31 février", an unknown word: no period


def _resolve_unsafe(kind, m, today: _dt.date, t: Tables) -> Optional[Dates]:
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else None
    if kind in ("fiscal", "fiscal_word"):
        y2 = g.get("y2")
        if y2:
            end = int(y2) if len(y2) == 4 else y // 100 * 100 + int(y2)
            if end != y + 1:
                return None
            return _months(y, 1, 12 + 12)  # a fiscal year over two calendar years
        return _months(y, 1, 12)
    if kind == "span":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return _months(y1, 1, (y2 - y1) * 12 + 12) if y1 < y2 else None
    if kind == "since_day":
        month = t.month_numbers[norm(g["m"] or g["m2"])]
        day = _dt.date(y or today.year, month, int(g["d"] or g["d2"]))
        if y is None and day > today:
            day = day.replace(year=today.year - 1)
        return _days(day.toordinal(), today.toordinal())
    if kind == "day":
        y = int(g["y"] or g["y2"])
        month = t.month_numbers[norm(g["m"] or g["m2"])]
        day = _dt.date(y, month, int(g["d"] or g["d2"]))
        return day, day
    if kind == "season":
        first, size = t.seasons[norm(g["s"])]
        if y is None:
            last = g.get("last") or g.get("lastpre")
            if not g.get("this") and not last:
                return None  # a bare "été", "summer": too often no period
            # "cet été", "this summer": the latest one begun by the date; "l'été
            # dernier", "last summer": the latest one ended before it
            y = today.year if today.month >= first else today.year - 1
            if last and today.month <= (first + size - 1 - 1) % 12 + 1 and y == (
                    today.year if today.month >= first else today.year - 1) and \
                    (today.month - first) % 12 < size:
                y -= 1  # the season is still running: the one before
        return _months(y, first, first + size - 1)
    if kind == "weekday":
        back = (today.weekday() - t.weekdays[norm(m.group())]) % 7
        return _days(today.toordinal() - back, today.toordinal() - back)
    if kind == "since":
        return _days(_dt.date(y, 1, 1).toordinal(), today.toordinal())
    if kind == "until":
        return _days(today.toordinal(), _dt.date(y, 12, 31).toordinal())
    if kind == "period":
        unit = t.period_units[norm(g["unit"])]
        n = t.ordinals[norm(re.sub(r"\s+", " ", g["ord"]))]
        size = 3 if unit == "quarter" else 6
        if n > 12 // size:
            return None
        return _latest(size, n, y, today)
    if kind == "label":
        unit = t.period_labels[g["label"]]
        size = 3 if unit == "quarter" else 6
        n = int(g["n"])
        if n > 12 // size:
            return None
        return _latest(size, n, y, today)
    if kind == "month":
        word = norm(g["m"])
        prefixed = m.group().strip().lower() != word
        if y is None and not prefixed and (word in t.ambiguous_months or (
                t.capitalised_months and not m.group("m")[:1].isupper())):
            return None  # a bare "May", "march": too often something else
        return _latest(1, t.month_numbers[word], y, today)
    if kind == "relative":
        unit, offset = t.relative[norm(re.sub(r"[\s\u00a0]+", " ", m.group()))]
        return _relative(unit, offset, today)
    if kind == "trailing":
        unit, count = t.trailing[norm(re.sub(r"[\s\u00a0]+", " ", m.group()))]
        return _trailing(unit, count, today)
    if kind == "year":
        return _months(y, 1, 12)
    return None


class Owners:
    """Which periods of a sentence belong to one figure alone: a baseline's.

    A period right after a figure set against another ("contre 22,2 % un an
    auparavant", "down from $0.05 in the year-ago quarter") or itself introduced as a
    baseline ("+48,1 % par rapport à 2022", "7 percent compared to the third quarter
    last year") belongs to the figure before it; the sentence's other figures do not
    take it ("à 20,7 %, contre 22,2 % un an auparavant": 20,7 % has no period).
    Found once per sentence: one pass over its baseline words, periods and figures."""

    __slots__ = ("owner", "based", "text", "starts", "ends")

    #: at most this many words between a baseline word and its figure ("from a
    #: revised 159,000", "contre seulement 8 millions")
    GAP_WORDS = 3

    def __init__(self, doc: Doc, sentence: Sentence, found: List[TimeRef], mentions, t: Tables,
                 links=None):
        self.owner = {}  # id(period) -> the figure it belongs to
        self.based = set()  # id(period) of the periods introduced as a baseline
        self.text = doc.text
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]
        if not found:
            return
        if links is None:  # the sentence's baseline words, unless found already
            links = list(t.base_links.finditer(doc, sentence.start, sentence.end))
        text = doc.text
        ends = [x.end() for x in links]

        def introduced(start: int, words: int) -> bool:
            i = bisect_left(ends, start + 1) - 1  # the last link ending at or before start
            while i >= 0:
                gap = text[ends[i]:start]
                if len(gap.split()) <= words and not any(c.isdigit() or c in ",;:()[]" for c in gap):
                    return True
                if ends[i] < start - 80:
                    return False
                i -= 1
            return False

        base_figure = [introduced(m.start, self.GAP_WORDS) for m in mentions]
        starts = [m.start for m in mentions]
        previous = None
        for x in found:
            # the link may open the period's own span ("from a year earlier",
            # "par rapport au premier semestre"); a period right after a baseline's
            # goes with it ("compared to the third quarter last year")
            inside = any(a.start() <= x.start < a.end() <= x.end for a in links)
            if inside or introduced(x.start, 0) or (
                    previous is not None and id(previous) in self.based
                    and not text[previous.end:x.start].strip()):
                self.based.add(id(x))
            previous = x
            k = bisect_left(starts, x.start) - 1  # the figure before the period
            while k >= 0 and mentions[k].end > x.start:
                k -= 1
            nxt = k + 1
            if nxt < len(mentions) and (
                    text[x.end:mentions[nxt].start].strip() in ("'s", "’s")
                    or id(x) in self.based and not text[x.end:mentions[nxt].start].strip()):
                # "September's 8.3% rise", "compared with last year's 2.52 percent"
                self.owner[id(x)] = mentions[nxt]
            elif k >= 0 and (base_figure[k] or id(x) in self.based) and x.kind != "opening":
                self.owner[id(x)] = mentions[k]

    def own_base(self, pool: List[TimeRef], mention) -> Optional[TimeRef]:
        """The baseline period introduced right after this figure ("+48,1 % par rapport
        à 2022"), when the pool's other periods are farther than another figure or
        open the sentence: a change's base then beats them ("En 2023, … (+48,1 % par
        rapport à 2022)"; not "for the quarter rose 44% from the year-ago period")."""
        mine = [x for x in pool if self.owner.get(id(x)) is mention and id(x) in self.based]
        if not mine:
            return None
        for x in pool:
            if x in mine or x.kind == "opening":
                continue
            lo, hi = (x.end, mention.start) if x.end <= mention.start else (mention.end, x.start)
            i = bisect_left(self.starts, lo)
            if not (i < len(self.starts) and self.ends[i] <= hi):
                return None  # an own period with no figure between: it wins
        return mine[0]

    def allows(self, x: TimeRef, mention) -> bool:
        owner = self.owner.get(id(x))
        if owner is None or owner is mention:
            return True
        # a baseline period goes on to the figure right after it: "from a year ago to
        # $23.7bn", "compared with last year's 2.52 percent", "than September exports
        # of $189.3 billion"
        if id(x) in self.based and mention.start >= x.end:
            gap = self.text[x.end:mention.start]
            return len(gap.split()) <= 3 and not any(c.isdigit() or c in ",;:()" for c in gap)
        return False


def nearest(found: List[TimeRef], starts: List[int], mention, clause: Tuple[int, int],
            before: Optional[int] = None, owners: Optional[Owners] = None,
            change: bool = False) -> Optional[TimeRef]:
    """The period of one figure: the nearest of its clause, else the nearest of the
    sentence; at equal distance the one after the figure.  ``found`` is sorted by
    start (``starts``); only periods starting before ``before`` count when it is given
    (a comparison's baseline comes after its cue: "8 % below its 2019 level")."""
    if not found:
        return None
    i = bisect_left(starts, mention.start)
    near = found[max(0, i - 3):i + 3]  # the neighbours on each side
    near = [x for x in near if not (x.start <= mention.start and mention.end <= x.end)]
    if owners is not None:
        near = [x for x in near if owners.allows(x, mention)]
    if before is not None:
        near = [x for x in near if x.start < before or x.kind != "year"]
    # a period far from the figure is another figure's, unless it opens the sentence
    # ("En 2024, …", "In February, prices fell…")
    near = [x for x in near if x.kind == "opening" or
            min(abs(x.start - mention.end), abs(mention.start - x.end)) <= REACH]
    own = [x for x in near if clause[0] <= x.start and x.end <= clause[1]]
    pool = own or near
    # the figure's own period before what a change is measured against ("rose 36%
    # year-over-year to $4bn for the quarter": the quarter)
    based = owners.based if owners is not None else ()
    if change and owners is not None:
        base = owners.own_base(pool, mention)
        if base is not None:
            return base
    pool = [x for x in pool if x.kind != "base" and id(x) not in based] or pool
    # a period before a day ("raised its forecast for the third quarter on Wednesday":
    # the day is when it was done, the quarter what the figure is about)
    pool = [x for x in pool if not x.day] or pool
    if not pool:
        return None
    return min(pool, key=lambda x: (min(abs(x.start - mention.end), abs(mention.start - x.end)),
                                    x.start < mention.start))
