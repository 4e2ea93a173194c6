"""From mentions to the statements a fact-checker checks.

    >>> import claims
    >>> text = "Selon l'Insee, le chômage a atteint 7,1 % en 2022."
    >>> [c.subject.text for c in claims.find_claims(text, claims.extract(text, "fr"), "fr")]
    ['le chômage']

One :class:`Claim` per sentence that holds at least one mention, with:

* ``subject``: what is counted or measured, read in two places around the
  claim's first mention (its *anchor*): the noun it counts ("400 salariés",
  "12 % des salariés", "3 M€ de chiffre d'affaires"), else the noun phrase the
  verb before it belongs to ("le budget de la mission Recherche atteint…",
  "des rémunérations allant de…").  Definite determiners stay in the subject
  ("le chômage"), indefinite and partitive ones do not ("des salariés" →
  "salariés"): the figure stands in for them.
* ``attribution``: who says it: a quotation holding the anchor with its
  speaker ("“…”, souligne le South China Morning Post", "X a déclaré : « … »"),
  an "according to" phrase ("selon l'Insee"), or a reporting verb with its
  subject either side ("The IMF said", ", said Ms. Brown").
* ``time``: the period the figure refers to, resolved to dates against the
  request's date where it is relative ("l'an dernier", "in the first quarter").
* ``type``: the first that applies of change, comparison, share, estimate,
  range, level (see docs/CLAIMS.md for the cues).
* ``checkworthiness``: a score in [0, 1] and the reasons that made it.

Every cue word comes from ``StatementWords`` in the language modules; the
patterns built from them are compiled once per language.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import threading
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from .grammar import alternation
from .lang import get_language, resolve_language
from .model import Mention
from .sentences import Sentence, Span, keep_whole, split_sentences

CLAIM_TYPES = ("level", "change", "comparison", "share", "range", "estimate")

#: Check-worthiness: start value and the weight of each reason (docs/CLAIMS.md).
BASE_SCORE = 0.3
REASON_WEIGHTS = {
    "precise_figure": 0.15,   # an exact figure, not a hedge or a vague quantity
    "money_or_percent": 0.1,  # amounts and rates have sources to check them against
    "attributed": 0.15,       # a named source can be asked or read
    "dated": 0.1,             # a period narrows the statistic to look up
    "change_or_comparison": 0.1,  # the claims that most often mislead
    "subject": 0.05,          # we know what is counted
    "no_subject": -0.1,       # a figure about nothing we could name
    "vague_quantity": -0.15,  # "des milliers", "several hundred": hard to refute
    "hedged": -0.1,           # "pourrait", "may", "reportedly"
    "forecast": -0.1,         # an estimate or forecast cannot be checked yet
    "duration_only": -0.15,   # "pendant 10 ans": rarely the point of a sentence
}
_TIME_UNITS = frozenset(("year", "month", "week", "day", "h", "min", "s"))
_VAGUE_QUALIFIERS = frozenset(("vague", "approx", "estimate", "more_than", "less_than",
                               "at_least", "up_to"))


# -- value types -------------------------------------------------------------------

class Attribution(Span):
    """Who says it: ``kind`` is ``quote``, ``according_to`` or ``reported_speech``.

    The span covers the attributing phrase ("souligne le South China Morning
    Post", "selon l'Insee"); ``source`` is who is named in it; ``quote`` the
    quotation holding the figure, if any; ``author_type`` is schema.org's
    ``Person`` when the source is led by a role or title ("M.", "ministre",
    "analyst") or is a bare name of two capitalised words, else ``Organization``.
    """

    __slots__ = ("kind", "source", "quote", "author_type")

    def __init__(self, start, end, text, kind, source: Span, quote: Optional[Span],
                 author_type: str):
        super().__init__(start, end, text)
        self.kind, self.source, self.quote, self.author_type = kind, source, quote, author_type

    def to_dict(self) -> dict:
        d = super().to_dict()
        d.update(kind=self.kind, source=self.source.to_dict(),
                 quote=self.quote.to_dict() if self.quote else None,
                 author_type=self.author_type)
        return d


class TimeRef(Span):
    """The period a figure refers to: ``start_date``..``end_date``, both inclusive."""

    __slots__ = ("start_date", "end_date", "relative")

    def __init__(self, start, end, text, start_date: _dt.date, end_date: _dt.date,
                 relative: bool):
        super().__init__(start, end, text)
        self.start_date, self.end_date, self.relative = start_date, end_date, relative

    def to_dict(self) -> dict:
        d = super().to_dict()
        d.update({"from": self.start_date.isoformat(), "to": self.end_date.isoformat(),
                  "relative": self.relative})
        return d


class Claim:
    """One sentence holding mentions, read as a statement."""

    __slots__ = ("id", "sentence", "mention_ids", "subject", "attribution", "time", "type",
                 "score", "reasons")

    def __init__(self, id: str, sentence: Sentence, mention_ids: List[str],
                 subject: Optional[Span], attribution: Optional[Attribution],
                 time: Optional[TimeRef], type: str, score: float, reasons: List[dict]):
        self.id, self.sentence, self.mention_ids = id, sentence, mention_ids
        self.subject, self.attribution, self.time, self.type = subject, attribution, time, type
        self.score, self.reasons = score, reasons

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "sentence": self.sentence.to_dict(),
            "mention_ids": list(self.mention_ids),
            "subject": self.subject.to_dict() if self.subject else None,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "time": self.time.to_dict() if self.time else None,
            "type": self.type,
            "checkworthiness": {"score": self.score, "reasons": list(self.reasons)},
        }

    def __repr__(self) -> str:
        return f"Claim({self.id!r}, {self.sentence.text!r}, type={self.type!r})"


def mention_ids(mentions: Sequence[Mention]) -> List[str]:
    """The stable id of each mention within a reply: "m1", "m2"… in text order."""
    return [f"m{i}" for i in range(1, len(mentions) + 1)]


# -- patterns built from the language data ------------------------------------------

_WS = r"[\s\u00a0\u202f]+"
_APOS = "'’"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?|\d+(?:[.,\u00a0\u202f ]\d+)*|[^\w\s]",
                   re.UNICODE)
_YEAR = r"(?:1[89]\d\d|20\d\d)"


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _phrase_re(phrases, *, before=r"(?<![\w'’])", after=r"(?![\w])") -> str:
    """A case-insensitive alternation of ``phrases`` (a trie, longest first), between
    word boundaries; inner spaces match any white space, both apostrophes each other."""
    if not phrases:
        return before + "(?:)"
    return before + "(?:" + alternation({p.lower() for p in phrases}, space=_WS) + ")" + after


class _Found:
    """A phrase found in the text, read like a regex match."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start, end, text):
        self._start, self._end, self._text = start, end, text

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self):
        return self._text


class _Phrases:
    """A word list looked up token by token: a dict from first word to the phrases
    it opens, longest first.  Same answers as an alternation regex with word
    boundaries, without trying hundreds of alternatives at every character."""

    def __init__(self, phrases, words: "_Words"):
        self.words = words
        index: Dict[str, List[List[str]]] = {}  # a list: a slice of tokens compares to it
        for p in phrases:
            key = [t.low for t in _tokens(p, 0, len(p), words, cache=False)]
            if key:
                index.setdefault(key[0], []).append(key)
        for k in index:
            index[k].sort(key=len, reverse=True)
        self.index = index
        self.first_words = frozenset(index)

    def finditer(self, text, start, end):
        cached = _cached_positions(text, self.words, start, end)
        if cached is not None:
            yield from self._find_cached(text, *cached)
            return
        toks = _raw_slice(text, start, end, self.words)  # (start, end, text, low)
        lows = [t[3] for t in toks]
        index = self.index
        i, n = 0, len(toks)
        while i < n:
            hit = 0
            for key in index.get(lows[i], ()):
                if lows[i:i + len(key)] == key:
                    hit = len(key)
                    break
            if hit:
                s, e = toks[i][0], toks[i + hit - 1][1]
                yield _Found(s, e, text[s:e])
                i += hit
            else:
                i += 1

    def _find_cached(self, text, toks, lows, where, i0, i1):
        """The same hits, found from the words the text holds (a set intersection)
        instead of a walk over every token: most lists share no word with a text."""
        hits = []
        for first in self.first_words.intersection(where):
            at = where[first]  # sorted token indices: only those in [i0, i1) are looked at
            for i in at[bisect_left(at, i0):bisect_left(at, i1)]:
                for key in self.index[first]:
                    if i + len(key) <= i1 and lows[i:i + len(key)] == key:
                        hits.append((i, len(key)))
                        break
        hits.sort()
        after = -1
        for i, n in hits:
            if i < after:
                continue
            s, e = toks[i][0], toks[i + n - 1][1]
            yield _Found(s, e, text[s:e])
            after = i + n

    def search(self, text, start, end):
        return next(self.finditer(text, start, end), None)


class _Words:
    """Sets and compiled patterns of one language's ``StatementWords``."""

    def __init__(self, code: str):
        self.code = code
        L = get_language(code)
        W = self.W = L.statements
        n = lambda words: frozenset(_norm(w) for w in words)  # noqa: E731
        self.determiners = n(W.determiners)
        self.indefinite = n(W.indefinite_determiners)
        self.links = n(w for w in W.np_links if " " not in w)
        self.function = n(W.function_words)
        self.figure_verbs = n(W.figure_verbs)
        self.auxiliaries = n(W.auxiliaries)
        self.count_links = n(w for w in W.count_links if " " not in w)
        self.person_nouns = n(W.person_nouns)
        self.months = n(L.months)
        single = lambda words: n(w for w in words if " " not in w)  # noqa: E731
        self.verbs = (self.figure_verbs | single(W.speech_verbs) | single(W.change_words)
                      | single(W.estimate_words))
        self.verbs |= frozenset(v.split("'", 1)[1] for v in self.verbs if "'" in v[:-1])
        self.comparison_single = single(W.comparison_words) - self.figure_verbs
        self.verbs |= self.comparison_single  # "inférieur de 8 %", "8% below"
        # prepositions and articles listed among figure words are not verbs
        self.verbs -= self.function | self.determiners | self.indefinite | self.links
        self.verbs |= self.auxiliaries
        self.figure_nouns = n(W.figure_nouns)
        self.genitive = n(L.scale_links)
        self.verb_suffixes = tuple(W.verb_suffixes)
        self.change_single = single(W.change_words)
        self.joiners = n(L.joiners)
        self.document_nouns = n(W.document_nouns)
        self.adjective_after_noun = W.adjective_after_noun
        self.weekdays = {_norm(k): v for k, v in W.weekdays.items()}
        # words of a figure ("deux", "sur", "près"): never the noun a ratio counts
        self.number_words = n([x for p in (list(L.cardinals) + list(L.scales)
                                           + list(L.ratio_words) + list(L.fractions)
                                           + list(L.several_words) + list(L.articles)
                                           + list(L.pre_qualifiers)) for x in p.split()])
        # elided words ("l'", "d'", "qu'") are split off the word they lean on
        self.elisions = frozenset(w for w in (
            self.determiners | self.indefinite | self.function | self.links | self.figure_verbs)
            if w.endswith("'"))
        self.word_re = _word_re(self.elisions)
        flags = re.IGNORECASE | re.UNICODE
        # the quotation's speaker is looked for past the sentence: a regex there
        self.speech_re = re.compile(_phrase_re(W.speech_verbs), flags)
        self.according = _Phrases(W.according_to, self)
        self.speech = _Phrases(W.speech_verbs, self)
        self.change = _Phrases(W.change_words, self)
        self.comparison = _Phrases(W.comparison_words, self)
        self.share = _Phrases(W.share_words, self)
        self.estimate = _Phrases(W.estimate_words, self)
        self.hedge = _Phrases(W.hedge_words, self)
        self.record = _Phrases(W.record_words, self)
        self.complement_re = re.compile(r"\s*(?:que|qu['’]|that|:|«|“|\")", flags)
        self.quote_pairs = dict(W.quote_pairs)
        self.quote_open_re = re.compile("[" + re.escape("".join(self.quote_pairs)) + "]")
        self._time_patterns(L, W, flags)

    def _time_patterns(self, L, W, flags):
        prep = "(?:" + _phrase_re(W.time_prepositions) + _WS + ")?"
        ords = _phrase_re(W.ordinals)
        periods = _phrase_re(W.period_nouns)
        months = _phrase_re(W.month_numbers)
        links = _phrase_re(W.year_range_links, before="", after="")
        of = r"(?:" + _WS + r"(?:de|d['’]|of|de\s+l['’]année|of\s+the\s+year)?" + r"[\s\u00a0]*)"
        self.time_res = [
            # "entre 2019 et 2022", "from 2019 to 2022", "2019-2022"
            ("span", re.compile(prep + rf"(?P<y1>{_YEAR})[\s\u00a0]*(?:{links})[\s\u00a0]*"
                                rf"(?P<y2>{_YEAR})(?!\d)", flags)),
            # "depuis le 1er janvier", "since January 1, 2023"
            ("since_day", re.compile("(?:" + _phrase_re(W.since_words) + ")" + _WS
                                     + r"(?:le\s+|the\s+)?(?:(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\s+"
                                     + r"(?:of\s+)?(?P<m>" + months + r")|(?P<m2>" + months
                                     + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
                                     + rf"(?:,?[\s\u00a0]+(?P<y>{_YEAR})(?!\d))?", flags)),
            ("since", re.compile("(?:" + _phrase_re(W.since_words) + ")" + _WS
                                 + rf"(?:(?:l['’]année|the\s+year)\s+)?(?P<y>{_YEAR})(?!\d)", flags)),
            ("until", re.compile("(?:" + _phrase_re(W.until_words) + ")" + _WS
                                 + rf"(?:(?:l['’]année|the\s+year|la\s+fin\s+de\s+)\s*)?(?P<y>{_YEAR})(?!\d)",
                                 flags)),
            # "au premier trimestre 2023", "in the first quarter of 2023", "in the first half"
            ("period", re.compile(r"(?:(?:au|du|le|en|in\s+the|the|for\s+the|over\s+the|during\s+the)"
                                  + _WS + ")?" + r"(?P<ord>" + ords + r")" + _WS + r"(?P<unit>"
                                  + periods + r")" + rf"(?:{of}(?P<y>{_YEAR})(?!\d))?", flags)),
            # "T1 2023", "Q3", "H1 2024"
            ("label", re.compile(r"(?<![\w])(?P<label>[" + "".join(W.period_labels) + r"])"
                                 r"(?P<n>[1-4])(?![\w])(?:[\s\u00a0]*(?P<y>" + _YEAR + r")(?!\d))?")),
            # "en mars 2023", "in March", "March 2023"
            ("month", re.compile(prep + r"(?P<m>" + months + r")" + rf"(?:[\s\u00a0]+(?P<y>{_YEAR})(?!\d))?",
                                 flags)),
            ("relative", re.compile(_phrase_re(W.relative_periods), flags)),
            ("weekday", re.compile(_phrase_re(W.weekdays), flags)),
            ("year", re.compile(prep + rf"(?<![\d/])(?P<y>{_YEAR})(?![\d/])", flags)),
        ]
        self.relative = {_norm(k): v for k, v in W.relative_periods.items()}
        self.ordinals = {_norm(k): v for k, v in W.ordinals.items()}
        self.period_units = {_norm(k): v for k, v in W.period_nouns.items()}
        self.period_labels = dict(W.period_labels)
        self.month_numbers = {_norm(k): v for k, v in W.month_numbers.items()}
        def first(phrases):
            """The first token of each phrase, as the tokeniser cuts it ("d'" of "d'ici")."""
            return {toks[0][3] for p in phrases for toks in [_raw_tokens(p, 0, len(p), self)]
                    if toks}

        self.time_needs = {
            "since": first(W.since_words), "since_day": first(W.since_words),
            "until": first(W.until_words), "period": first(W.period_nouns),
            "label": {_norm(x) for x in W.period_labels},
            "month": first(W.month_numbers) | set(self.months),
            "relative": first(W.relative_periods),
            "weekday": first(W.weekdays),
        }
        self.time_hints = frozenset(
            first(W.relative_periods) | first(W.month_numbers) | first(W.weekdays)
            | first(W.period_nouns) | {_norm(x) for x in W.period_labels}
            | first(W.since_words) | first(W.until_words) | set(self.months))


@lru_cache(maxsize=None)
def _words(code: str) -> _Words:
    return _Words(code)


# -- tokens --------------------------------------------------------------------------

class _Tok:
    __slots__ = ("start", "end", "text", "low", "blocked")

    def __init__(self, start, end, text, blocked=False, low=None):
        self.start, self.end, self.text = start, end, text
        self.low = _norm(text) if low is None else low
        self.blocked = blocked  # inside another mention or a time span: never a noun

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_punct(self) -> bool:
        return not self.text[0].isalnum()


_LAST = threading.local()  # the last text tokenised whole, per thread


def tokenise_text(text: str, w: "_Words") -> None:
    """Tokenise ``text`` once; later :func:`_tokens` calls on it slice the result."""
    toks = _raw_tokens(text, 0, len(text), w)
    _LAST.text, _LAST.code, _LAST.toks = text, w.code, toks
    _LAST.starts = [t[0] for t in toks]
    _LAST.lows = [t[3] for t in toks]
    where: Dict[str, List[int]] = {}
    for i, t in enumerate(toks):
        where.setdefault(t[3], []).append(i)
    _LAST.where = where  # word -> the indices of its tokens


def _cached_positions(text, w, start, end):
    """(tokens, their normalised texts, word -> token indices, first index, end index)
    for ``text[start:end]`` when :func:`tokenise_text` has seen ``text`` and no token
    straddles ``end``."""
    if getattr(_LAST, "text", None) is not text or _LAST.code != w.code:
        return None
    i = bisect_left(_LAST.starts, start)
    j = bisect_left(_LAST.starts, end, i)
    if j > i and _LAST.toks[j - 1][1] > end:
        return None
    return _LAST.toks, _LAST.lows, _LAST.where, i, j


def _word_re(elisions) -> re.Pattern:
    """:data:`_WORD`, with an elided word ("l'", "qu'") that opens a word a token of
    its own: "l'inflation" is "l'" then "inflation"."""
    if not elisions:
        return _WORD
    alt = "|".join(re.escape(e[:-1]) for e in sorted(elisions, key=len, reverse=True))
    return re.compile(rf"(?i:{alt})['’](?=[^\W\d_])|" + _WORD.pattern, re.UNICODE)


def _raw_tokens(text, start, end, w) -> List[Tuple[int, int, str, str]]:
    """(start, end, text, normalised text) of each token of ``text[start:end]``."""
    return [(m.start(), m.end(), t, t.lower().replace("’", "'"))
            for m in w.word_re.finditer(text, start, end) for t in (m.group(),)]


def _raw_slice(text: str, start: int, end: int, w: _Words, cache=True):
    """The tokens of ``text[start:end]`` as (start, end, text, low), from the cache when
    :func:`tokenise_text` has seen ``text``."""
    if cache and getattr(_LAST, "text", None) is text and _LAST.code == w.code:
        i = bisect_left(_LAST.starts, start)
        j = bisect_left(_LAST.starts, end, i)
        raw = _LAST.toks[i:j]
        if not raw or raw[-1][1] <= end:  # else a token the range cuts: tokenise the range
            return raw
    return _raw_tokens(text, start, end, w)


def _tokens(text: str, start: int, end: int, w: _Words, blocked=(), cache=True) -> List[_Tok]:
    raw = _raw_slice(text, start, end, w, cache)
    toks = [_Tok(s, e, t, False, low) for s, e, t, low in raw]
    if blocked and toks:
        # tokens are in order and disjoint: those a span (a, b) meets are a run, found
        # by bisection on their ends and starts
        starts, ends = [r[0] for r in raw], [r[1] for r in raw]
        for a, b in blocked:
            for k in range(bisect_right(ends, a), bisect_left(starts, b)):
                toks[k].blocked = True
    return toks


def _is_name(tokens: List[_Tok], i: int) -> bool:
    """A capitalised word that does not open the sentence: part of a name ("Livret A")."""
    t = tokens[i]
    return (t.is_word and t.text[0].isupper() and i > 0 and not tokens[i - 1].is_punct
            and not t.blocked)


def _is_verb(tokens: List[_Tok], i: int, w: _Words) -> bool:
    t = tokens[i]
    if t.low in w.verbs:
        return True
    if w.verb_suffixes and len(t.low) > 4 and t.low.endswith(w.verb_suffixes) and t.text.islower():
        return True
    # the word after an auxiliary is a verb form ("a investi", "has raised")
    return i > 0 and tokens[i - 1].low in w.auxiliaries and t.text.islower()


def _is_content(tokens: List[_Tok], i: int, w: _Words) -> bool:
    t = tokens[i]
    if t.blocked or not t.is_word:
        return False
    if _is_name(tokens, i) and t.low not in w.determiners and t.low not in w.function:
        return True
    if t.low in w.function or t.low in w.determiners or t.low in w.indefinite:
        return False
    if t.low in w.links or t.low in w.months:
        return False
    return not _is_verb(tokens, i, w)


def _nominal(tokens: List[_Tok], i: int, w: _Words) -> bool:
    """A content word, or a word listed as a verb standing where only a noun can:
    after a determiner or a link ("le chiffre d'affaires", "in spending")."""
    if _is_content(tokens, i, w):
        return True
    t = tokens[i]
    if t.blocked or not t.is_word or t.low in w.function or t.low in w.auxiliaries:
        return False
    if t.low in w.determiners or t.low in w.indefinite or t.low in w.links:
        return False
    return i > 0 and (tokens[i - 1].low in w.determiners or tokens[i - 1].low in w.indefinite
                      or tokens[i - 1].low in w.links or tokens[i - 1].low in w.count_links)


# -- noun phrases --------------------------------------------------------------------

def _np_right(tokens: List[_Tok], i: int, w: _Words, max_len: int = 9) -> Optional[Tuple[int, int]]:
    """A noun phrase starting at token ``i`` (a noun): its token range."""
    if i >= len(tokens) or not _nominal(tokens, i, w):
        return None
    j = i
    k = i + 1
    # one modifier after the noun where the language puts adjectives there
    # ("population active"); else a compound ends on its noun ("young adults")
    if w.adjective_after_noun:
        if k < len(tokens) and _is_content(tokens, k, w) and not _is_name(tokens, k):
            j, k = k, k + 1
    else:
        while k < len(tokens) and k - i < 3 and _is_content(tokens, k, w):
            j, k = k, k + 1
    while k < len(tokens) and k - i < max_len:
        t = tokens[k]
        if _is_name(tokens, k) or (t.text[:1].isdigit() and not t.blocked and _is_name(tokens, k - 1)):
            j, k = k, k + 1  # "mission Recherche", "CAC 40"
            continue
        # a link joins a complement: "de la mission Recherche", "of the year"
        if t.low in w.links or t.text == "&":
            m = k + 1
            while m < len(tokens) and (tokens[m].low in w.determiners or tokens[m].low in w.links):
                m += 1
            if m < len(tokens) and _nominal(tokens, m, w):
                j, k = m, m + 1
                if (w.adjective_after_noun and k < len(tokens) and _is_content(tokens, k, w)
                        and not _is_name(tokens, k)):
                    j, k = k, k + 1
                continue
        break
    return i, j


def _np_left(tokens: List[_Tok], j: int, w: _Words, max_len: int = 12) -> Optional[Tuple[int, int]]:
    """A noun phrase ending at token ``j`` (a noun), read leftwards.  Definite
    determiners are kept; indefinite ones end the phrase outside it."""
    if j < 0 or not _nominal(tokens, j, w):
        return None
    i = j
    k = j - 1
    while k >= 0 and j - k < max_len:
        t = tokens[k]
        if _nominal(tokens, k, w) or (t.text[:1].isdigit() and not t.blocked and k > 0
                                      and _is_name(tokens, k - 1)):
            i, k = k, k - 1
            continue
        if t.low in w.determiners:
            # a determiner after a link belongs to the complement ("de la mission")
            if k > 1 and tokens[k - 1].low in w.links and _nominal(tokens, k - 2, w):
                i, k = k - 1, k - 2
                continue
            return k, j
        if (t.low in w.links or t.text == "&") and k > 0:
            if _nominal(tokens, k - 1, w) or (tokens[k - 1].text[:1].isdigit() and k > 1
                                              and _is_name(tokens, k - 2)):
                i, k = k, k - 1
                continue
            if tokens[k - 1].low in w.links and k > 1 and _nominal(tokens, k - 2, w):
                i, k = k - 1, k - 2  # "de l'", "of the"
                continue
        # coordination inside a complement: "de vins et spiritueux"
        if t.low in w.joiners and k > 1 and _nominal(tokens, k - 1, w) and \
                tokens[k - 2].low in w.links:
            i, k = k, k - 1
            continue
        break
    while i <= j and (tokens[i].low in w.links or tokens[i].low in w.joiners):
        i += 1
    return (i, j) if i <= j else None


def _span_of(text: str, tokens: List[_Tok], rng: Optional[Tuple[int, int]]) -> Optional[Span]:
    if rng is None:
        return None
    s, e = tokens[rng[0]].start, tokens[rng[1]].end
    return Span(s, e, text[s:e])


def _subject(text: str, sentence: Sentence, anchor: Mention, w: _Words, blocked) \
        -> Tuple[Optional[Span], bool]:
    """What the anchor counts (right of it, or inside a ratio: "deux Français sur
    trois") or what it is said of (left of it).  Also tells whether the subject is
    linked to the figure by "de"/"of" (a share's population)."""
    inner = _tokens(text, anchor.start, anchor.end, w)
    if anchor.kind == "number" and anchor.high is not None and anchor.high < 1:
        for i, t in enumerate(inner):
            if t.is_word and t.low not in w.number_words and t.low not in w.function \
                    and t.low not in w.indefinite and t.low not in w.determiners:
                return Span(t.start, t.end, t.text), True
    right = None
    linked = False
    after = _tokens(text, anchor.end, sentence.end, w, blocked)
    if after:
        k = 0
        linked = after[0].low in w.count_links
        if linked:
            k = 1
            # "of the", "de la": a determiner after a genitive link only; after
            # "in"/"en" it starts a place or a target ("$2bn in the plant")
            while k < len(after) and (after[k].low in w.count_links or (
                    after[k].low in w.determiners and after[0].low in w.genitive)):
                k += 1
        if linked or anchor.kind == "number":
            rng = _np_right(after, k, w)
            right = _span_of(text, after, rng)
    linked = linked and right is not None
    left, attached = _left_subject(text, sentence, anchor, w, blocked)
    # "La dette représente 110 % du PIB", "a deficit of 6% of GDP": a share of a
    # reference, said of the noun before the figure
    if right is not None and linked and anchor.kind == "percent" and left and attached:
        return left, True
    if right is not None:
        return right, linked
    return left, False


def _left_subject(text, sentence, anchor, w: _Words, blocked) -> Tuple[Optional[Span], bool]:
    """The noun phrase before the anchor, past the verbs and prepositions between
    them; also whether it is attached to the figure by a figure verb or a link."""
    before = _tokens(text, sentence.start, anchor.start, w, blocked)
    k = len(before) - 1
    skipped = 0
    attached = False
    last_verb = False
    while k >= 0 and skipped < 12:
        t = before[k]
        if t.text == ",":
            # jump over an incise: "le chômage, selon l'Insee, atteint"
            c = k - 1
            while c >= 0 and before[c].text != "," and k - c < 10:
                c -= 1
            if c >= 0 and before[c].text == "," and c < k - 1:
                k = c - 1
                skipped += 1
                continue
            break
        if t.is_punct and not t.blocked:
            break
        if _is_content(before, k, w):
            rng = _np_left(before, k, w) or (k, k)
            if rng[0] == rng[1] and before[k].low in w.figure_nouns or (
                    rng[0] + 1 == rng[1] and before[k].low in w.figure_nouns
                    and before[rng[0]].low in w.determiners):
                k = rng[0] - 1  # "un record de", "a total of": the figure itself
                skipped += 1
                continue
            return _span_of(text, before, rng), attached or (skipped == 1 and len(before) > k + 1
                                                             and before[k + 1].low in w.links)
        # a finite verb: listed, or an auxiliary; not "to", not a comparative ("inférieur")
        is_verb = (t.is_word and not t.blocked and _is_verb(before, k, w)
                   and (t.low not in w.function or t.low in w.auxiliaries)
                   and t.low not in w.comparison_single)
        # a listed verb right before the verb of the clause is its subject noun:
        # "Jobless claims declined", "Wine exports reached"
        if last_verb and is_verb and t.low not in w.auxiliaries and k > 0 and (
                _is_content(before, k - 1, w) or before[k - 1].low in w.determiners):
            head = (k, k)
            if _is_content(before, k - 1, w):
                rng = _np_left(before, k - 1, w)
                head = (rng[0] if rng else k - 1, k)
            else:
                head = (k - 1, k)
            return _span_of(text, before, head), True
        attached = attached or (t.low in w.figure_verbs and len(t.low) > 2)
        last_verb = is_verb
        k -= 1
        skipped += 1
    return None, False


# -- attribution ---------------------------------------------------------------------

def _source_right(text: str, start: int, end: int, w: _Words, blocked=()) -> Optional[Span]:
    """The source named right after ``start``: "le South China Morning Post", "the IMF",
    "M. Durand"; "une étude de l'OFCE" names the OFCE."""
    toks = _tokens(text, start, end, w, blocked)
    i = 0
    while i < len(toks) and (toks[i].low in w.indefinite or toks[i].low in w.determiners):
        i += 1
    # "les derniers chiffres de l'Insee", "a survey by the NFIB": the author
    m = i
    while m < len(toks) and toks[m].low in w.document_nouns:
        m += 1
    if m > i and m < len(toks) and (toks[m].low in w.links or toks[m].low in ("by", "par")):
        i = m + 1
    first = i
    while first > 0 and toks[first - 1].low in w.determiners and first - 1 >= (m + 1 if m > i else 0):
        first -= 1
    j = i
    while j < len(toks) and toks[j].low in w.determiners:
        j += 1
    last = None
    while j < len(toks) and j - first < 10:
        t = toks[j]
        if t.blocked:
            break
        if t.is_word and (t.text[0].isupper() or _is_content(toks, j, w)):
            last = j
            j += 1
            continue
        if t.text in (".", "&", "-") and last is not None and j + 1 < len(toks) and \
                toks[j + 1].text[:1].isupper() and (t.text != "." or len(toks[last].text) <= 3):
            j += 1  # "M. Durand", "Dr. Patel", "S&P Global"
            continue
        if t.low in w.links and last is not None and j + 1 < len(toks):
            m2 = j + 1
            while m2 < len(toks) and (toks[m2].low in w.determiners or toks[m2].low in w.links):
                m2 += 1
            if m2 < len(toks) and toks[m2].is_word and (toks[m2].text[0].isupper()
                                                        or _is_content(toks, m2, w)):
                j = m2
                continue
        break
    if last is None:
        return None
    s, e = toks[first].start, toks[last].end
    return Span(s, e, text[s:e])


def _author_type(source: Span, w: _Words) -> str:
    words = source.text.replace("’", "'").split()
    lows = [_norm(x) for x in words]
    if any(x in w.person_nouns or x.rstrip(".") in w.person_nouns for x in lows[:3]):
        return "Person"
    caps = [x for x in words if x[:1].isupper()]
    if len(words) in (2, 3) and len(caps) == len(words) and not any(
            x in w.determiners for x in lows) and not any(x.isupper() for x in words):
        return "Person"  # "Liang Hongjing", "Janet Yellen"
    return "Organization"


def _attribution(text: str, sentence: Sentence, anchor: Mention, quotes, w: _Words,
                 blocked, subject: Optional[Span] = None) -> Optional[Attribution]:
    """The quotation holding the anchor with its speaker, else "selon X", else a
    reporting verb with its subject.  A source never holds a figure of the claim and
    is never its subject ("Two out of three Americans say": they are counted)."""
    if subject is not None:
        blocked = list(blocked) + [(subject.start, subject.end)]
    # quotes are disjoint and in order: only the last one opening before the anchor
    # may hold it (looking through all of them for each claim was quadratic)
    k = bisect_right(quotes, (anchor.start, math.inf)) - 1
    quote = quotes[k] if k >= 0 and anchor.end <= quotes[k][1] else None
    if quote is not None:
        found = _speaker_of_quote(text, quote, sentence, w, blocked)
        if found:
            return found
    s, e = sentence.start, sentence.end
    for m in w.according.finditer(text, s, e):
        source = _source_right(text, m.end(), e, w, blocked)
        if source:
            return _make(text, m.start(), source.end, "according_to", source, None, w)
    for m in w.speech.finditer(text, s, e):
        # inverted: ", souligne le journal", "», a déclaré M. Durand", ", said Ms. Brown"
        lead = text[s:m.start()].rstrip()
        if lead.endswith((",", "»", "”", "\"", "—", "–")):
            source = _source_right(text, m.end(), e, w, blocked)
            if source:
                return _make(text, m.start(), source.end, "reported_speech", source, None, w)
        # normal order: "Le FMI estime", "The IMF said", ", the economist said"
        if not _speech_in_normal_order(text, m, e, w):
            continue
        found = _np_ending(text, s, m.start(), w, blocked)
        if found:
            source = _span_of(text, *found)
            return _make(text, source.start, m.end(), "reported_speech", source, None, w)
    return None


def _np_ending(text, start, end, w: _Words, blocked):
    """(the tokens of ``text[start:end]``, the (first, last) indices of the noun phrase
    that ends them) when their last token is a content word, else None."""
    toks = _tokens(text, start, end, w, blocked)
    if toks and _is_content(toks, len(toks) - 1, w):
        rng = _np_left(toks, len(toks) - 1, w)
        if rng:
            return toks, rng
    return None


def _speech_in_normal_order(text, m, end, w: _Words) -> bool:
    """Whether "X <verb>" reports speech: not when a verb follows ("Jobless claims
    declined") nor, for a verb that is also one of change ("a relevé son taux"),
    unless "que", "that", ":" or a quotation mark follows."""
    if w.complement_re.match(text, m.end(), end):
        return True
    if _norm(m.group()).split()[-1] in w.change_single:
        return False
    nxt = _tokens(text, m.end(), min(end, m.end() + 40), w)
    return not (nxt and nxt[0].is_word and _is_verb(nxt, 0, w) and nxt[0].low not in w.links)


def _make(text, start, end, kind, source, quote, w) -> Attribution:
    return Attribution(start, end, text[start:end], kind, source, quote, _author_type(source, w))


def _speaker_of_quote(text, quote, sentence, w: _Words, blocked) -> Optional[Attribution]:
    q = Span(quote[0], quote[1], text[quote[0]:quote[1]])
    # after the closing mark: "”, souligne le South China Morning Post", "», a-t-il dit"
    tail_end = text.find("\n", quote[1])
    tail_end = min(len(text) if tail_end < 0 else tail_end, quote[1] + 200)
    after = _AFTER_QUOTE.match(text, quote[1]).end()
    v = w.speech_re.match(text, after)
    if v:
        source = _source_right(text, v.end(), tail_end, w, blocked)
        if source:
            return _make(text, v.start(), source.end, "quote", source, q, w)
    # ", the economist said" / ", M. Durand a déclaré"
    v = w.speech_re.search(text, after, min(tail_end, after + 80))
    if v:
        found = _np_ending(text, after, v.start(), w, blocked)
        if found:
            toks, (first, last) = found
            if all(t.low in w.determiners for t in toks[:first]):
                source = _span_of(text, toks, (0, last))
                return _make(text, source.start, v.end(), "quote", source, q, w)
    # before the opening mark: "M. Durand a déclaré : « … »"
    head_start = max(sentence.start, quote[0] - 120)
    stripped_end = head_start + len(text[head_start:quote[0]].rstrip(" \u00a0:"))
    for v in w.speech_re.finditer(text, head_start, stripped_end):
        if v.end() != stripped_end:
            continue
        found = _np_ending(text, head_start, v.start(), w, blocked)
        if found:
            source = _span_of(text, *found)
            return _make(text, source.start, v.end(), "quote", source, q, w)
    return None


_AFTER_QUOTE = re.compile(r"[\s,\u00a0]*")


def _quotes(text: str, w: _Words) -> List[Tuple[int, int]]:
    """Quotations as (start of opening mark, end of closing mark), outermost first."""
    out = []
    pairs, opening = w.quote_pairs, w.quote_open_re
    unclosed = set()  # closing marks found nowhere after an opening: not looked for again
    m = opening.search(text)
    while m:
        i = m.start()
        close = pairs[m.group()]
        # (each opening looking to the end of the text for a mark that is not there
        # made a run of "«" quadratic)
        j = -1 if close in unclosed else text.find(close, i + 1)
        if j < 0:
            unclosed.add(close)
            m = opening.search(text, i + 1)
            continue
        out.append((i, j + 1))
        m = opening.search(text, j + 1)
    return out


# -- time ----------------------------------------------------------------------------

def _last_day(year: int, month: int) -> _dt.date:
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def _months(year: int, first: int, last: int) -> Tuple[_dt.date, _dt.date]:
    return _dt.date(year, first, 1), _last_day(year, last)


def _latest(unit_months: int, n: int, year: Optional[int], today: _dt.date):
    """The n-th quarter/half/month of ``year``; without a year the latest one begun."""
    first = (n - 1) * unit_months + 1
    if year is None:
        year = today.year if _dt.date(today.year, first, 1) <= today else today.year - 1
    return _months(year, first, first + unit_months - 1)


def _relative(unit: str, offset: int, today: _dt.date) -> Tuple[_dt.date, _dt.date]:
    if unit == "year":
        return _months(today.year + offset, 1, 12)
    if unit in ("half", "quarter", "month"):
        size = {"half": 6, "quarter": 3, "month": 1}[unit]
        index = (today.year * 12 + today.month - 1) // size + offset
        first_month = index * size
        y, m = divmod(first_month, 12)
        return _months(y, m + 1, m + size)
    if unit == "week":
        monday = today - _dt.timedelta(days=today.weekday()) + _dt.timedelta(weeks=offset)
        return monday, monday + _dt.timedelta(days=6)
    day = today + _dt.timedelta(days=offset)
    return day, day


def _times(text: str, sentence: Sentence, mentions, today: _dt.date, w: _Words) -> List[TimeRef]:
    out: List[TimeRef] = []
    # a pattern runs only when the sentence holds a word it needs (one pass over them)
    lows = {t[3] for t in _raw_slice(text, sentence.start, sentence.end, w)}
    years = sum(1 for x in lows if len(x) == 4 and x.isdigit() and x[:2] in ("18", "19", "20"))
    if not years and not lows & w.time_hints:
        return out
    taken: List[Tuple[int, int]] = [(m.start, m.end) for m in mentions]
    for kind, rx in w.time_res:
        need = w.time_needs.get(kind)
        if need is not None and not lows & need:
            continue
        if kind in ("span", "year") and not years:
            continue
        for m in rx.finditer(text, sentence.start, sentence.end):
            s, e = m.start(), m.end()
            if any(s < b and a < e for a, b in taken):
                continue
            if kind == "since" and w.record.search(text, max(sentence.start, s - 40), s):
                taken.append((s, e))
                continue  # "son plus haut niveau depuis 2001": a record, not the period
            try:
                dates = _resolve(kind, m, today, w)
            except (ValueError, KeyError):
                continue
            if dates is None:
                continue
            taken.append((s, e))
            relative = kind in ("relative", "weekday", "since", "until") or (
                kind in ("period", "label", "month", "since_day") and not m.groupdict().get("y"))
            out.append(TimeRef(s, e, text[s:e], dates[0], dates[1], relative))
    return out


def _resolve(kind, m, today, w: _Words):
    g = m.groupdict()
    y = int(g["y"]) if g.get("y") else None
    if kind == "span":
        y1, y2 = int(g["y1"]), int(g["y2"])
        return (_dt.date(y1, 1, 1), _dt.date(y2, 12, 31)) if y1 < y2 else None
    if kind == "since_day":
        month = w.month_numbers[_norm(g["m"] or g["m2"])]
        day = _dt.date(y or today.year, month, int(g["d"] or g["d2"]))
        if y is None and day > today:
            day = day.replace(year=today.year - 1)
        return day, today
    if kind == "weekday":
        back = (today.weekday() - w.weekdays[_norm(m.group())]) % 7
        day = today - _dt.timedelta(days=back)
        return day, day
    if kind == "since":
        return _dt.date(y, 1, 1), today
    if kind == "until":
        return today, _dt.date(y, 12, 31)
    if kind == "period":
        unit = w.period_units[_norm(g["unit"])]
        n = w.ordinals[_norm(re.sub(r"\s+", " ", g["ord"]))]
        size = 3 if unit == "quarter" else 6
        if n > 12 // size:
            return None
        return _latest(size, n, y, today)
    if kind == "label":
        unit = w.period_labels[g["label"]]
        size = 3 if unit == "quarter" else 6
        n = int(g["n"])
        if n > 12 // size:
            return None
        return _latest(size, n, y, today)
    if kind == "month":
        word = _norm(g["m"])
        prefixed = m.group().strip().lower() != word
        if y is None and not prefixed:
            return None  # a bare "mai", "May": too often something else
        return _latest(1, w.month_numbers[word], y, today)
    if kind == "relative":
        unit, offset = w.relative[_norm(re.sub(r"[\s\u00a0]+", " ", m.group()))]
        return _relative(unit, offset, today)
    if kind == "year":
        return _months(y, 1, 12)
    return None


# -- type and check-worthiness ---------------------------------------------------------

def _outside(matches, mentions) -> list:
    return [x for x in matches if not any(mm.start <= x.start() and x.end() <= mm.end
                                          for mm in mentions)]


def _claim_type(text, sentence, mentions, anchor, subject_linked, w: _Words) -> str:
    """The first of change, comparison, estimate, share, range that applies, else level."""
    s, e = sentence.start, sentence.end
    window_end = min(e, mentions[-1].end + 40)
    if any(m.unit == "pp" for m in mentions) or _outside(
            w.change.finditer(text, s, window_end), mentions):
        return "change"
    if _comparison_cue(text, sentence, mentions, w) is not None:
        return "comparison"
    if any(m.qualifier == "estimate" for m in mentions) or w.estimate.search(text, s, e):
        return "estimate"
    ratio = anchor.kind == "number" and anchor.high is not None and anchor.high < 1
    if ratio or (subject_linked and anchor.kind == "percent"):
        return "share"
    if w.share.search(text, s, anchor.start):
        return "share"
    if any(m.qualifier == "range" for m in mentions):
        return "range"
    return "level"


def _comparison_cue(text, sentence, mentions, w: _Words) -> Optional[int]:
    """Where the first comparison word outside the mentions starts, or None."""
    found = _outside(w.comparison.finditer(text, sentence.start, sentence.end), mentions)
    return found[0].start() if found else None


def _checkworthiness(text, sentence, mentions, subject, attribution, time, ctype, w):
    reasons = []

    def add(code, detail):
        reasons.append({"code": code, "weight": REASON_WEIGHTS[code], "detail": detail})

    precise = [m for m in mentions if m.qualifier == "exact" and not m.approximate]
    if precise:
        add("precise_figure", precise[0].text)
    money = [m for m in mentions if m.kind in ("money", "percent")]
    if money:
        add("money_or_percent", money[0].text)
    if attribution:
        add("attributed", attribution.source.text)
    if time:
        add("dated", time.text)
    if ctype in ("change", "comparison"):
        add("change_or_comparison", ctype)
    if subject:
        add("subject", subject.text)
    else:
        add("no_subject", "no noun names what is counted")
    if all(m.qualifier in _VAGUE_QUALIFIERS or m.approximate for m in mentions):
        add("vague_quantity", mentions[0].text)
    hedge = _outside(w.hedge.finditer(text, sentence.start, sentence.end), mentions)
    if hedge:
        add("hedged", hedge[0].group())
    if ctype == "estimate":
        add("forecast", "estimate or forecast")
    if all(m.kind == "quantity" and m.unit in _TIME_UNITS for m in mentions):
        add("duration_only", mentions[0].text)
    score = BASE_SCORE + sum(r["weight"] for r in reasons)
    return round(min(1.0, max(0.0, score)), 2), reasons


# -- the pipeline ------------------------------------------------------------------------

def find_claims(text: str, mentions: Sequence[Mention], lang: Optional[str] = None,
                date: Optional[_dt.date] = None,
                sentences: Optional[List[Sentence]] = None) -> List[Claim]:
    """The claims of ``text`` given its ``mentions`` (from :func:`claims.extract`).

    ``date`` is the day relative times are read against ("l'an dernier");
    today when it is None.  Claim ids are "c1", "c2"… in text order; mention ids
    are those of :func:`mention_ids`.
    """
    if not mentions:
        return []
    code = resolve_language(text, lang)
    w = _words(code)
    today = date or _dt.date.today()
    ids = mention_ids(mentions)
    if sentences is None:
        sentences = split_sentences(text, code)
    sentences = keep_whole(text, sentences, mentions)  # no figure cut in two
    quotes = _quotes(text, w)
    tokenise_text(text, w)
    claims: List[Claim] = []
    k = 0
    for sentence in sentences:
        held: List[Tuple[str, Mention]] = []
        while k < len(mentions) and mentions[k].start < sentence.end:
            if mentions[k].start >= sentence.start:
                held.append((ids[k], mentions[k]))
            k += 1
        if not held:
            continue
        ms = [m for _, m in held]
        anchor = next((m for m in ms if not (m.kind == "quantity" and m.unit in _TIME_UNITS)),
                      ms[0])
        times = _times(text, sentence, ms, today, w)
        blocked = [(m.start, m.end) for m in ms if m is not anchor] + [
            (t.start, t.end) for t in times]
        subject, linked = _subject(text, sentence, anchor, w, blocked)
        attribution = _attribution(text, sentence, anchor, quotes, w, blocked + [
            (anchor.start, anchor.end)], subject)
        ctype = _claim_type(text, sentence, ms, anchor, linked, w)
        if ctype == "comparison":
            # "8 % below its 2019 level": a year after the comparison is its baseline
            cue = _comparison_cue(text, sentence, ms, w)
            times = [t for t in times if t.start < cue]
        time = min(times, key=lambda t: (min(abs(t.start - anchor.end), abs(anchor.start - t.end)),
                                         t.start < anchor.start)) if times else None
        score, reasons = _checkworthiness(text, sentence, ms, subject, attribution, time, ctype, w)
        claims.append(Claim(f"c{len(claims) + 1}", sentence, [i for i, _ in held], subject,
                            attribution, time, ctype, score, reasons))
    return claims
