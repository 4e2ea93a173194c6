"""Tokens: the text cut into words once per call, and word lists looked up in it.

A :class:`Doc` is made for one text and one call of :func:`claims.find_claims`
and dropped with it: nothing of a text outlives its call.  Every later stage
reads slices of its token list (bisection on the offsets), and a word list
(:class:`Phrases`) is looked up from the words of the one sentence it is asked
about, so the work per sentence does not grow with the length of the text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Dict, Iterable, List, Optional, Tuple

from ..text import alternation

#: White space between the words of a phrase.
WS = r"[\s\u00a0\u202f]+"
#: a word (with its inner hyphens and apostrophes, and a web domain's ending:
#: "Booking.com", "Leboncoin.fr" are one name), a number, or one other character
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\.[a-z]{2,4}(?![^\W\d_]))?['’]?"
                   r"|\d+(?:[.,\u00a0\u202f ]\d+)*|[^\w\s]", re.UNICODE)

Raw = Tuple[int, int, str, str]  # (start, end, text, normalised text)

#: the rest of a word (a stretch never ends inside one), up to this many characters
_NOT_SPACE = re.compile(r"\S*")
_LONGEST_STRETCH = 1 << 20


def norm(word: str) -> str:
    """How words are compared: lower case, one apostrophe."""
    return word.lower().replace("’", "'")


def phrase_re(phrases, *, before=r"(?<![\w'’])", after=r"(?![\w])") -> str:
    """A case-insensitive alternation of ``phrases`` (a trie, longest first), between
    word boundaries; inner spaces match any white space, both apostrophes each other."""
    if not phrases:
        return before + "(?:)"
    return before + "(?:" + alternation({p.lower() for p in phrases}, space=WS) + ")" + after


def word_re(elisions: Iterable[str]) -> "re.Pattern":
    """The token pattern, with an elided word ("l'", "qu'") that opens a word a token of
    its own: "l'inflation" is "l'" then "inflation"."""
    # longest first, then in order: the same pattern in every process (a set's order
    # changes with the hash seed, and the pattern is kept under its text, claims.compiling)
    elisions = sorted(elisions, key=lambda e: (-len(e), e))
    if not elisions:
        return _WORD
    alt = "|".join(re.escape(e[:-1]) for e in elisions)
    return re.compile(rf"(?i:{alt})['’](?=[^\W\d_])|" + _WORD.pattern, re.UNICODE)


def raw_tokens(text: str, start: int, end: int, pattern: "re.Pattern") -> List[Raw]:
    """(start, end, text, normalised text) of each token of ``text[start:end]``."""
    return [(m.start(), m.end(), t, t.lower().replace("’", "'"))
            for m in pattern.finditer(text, start, end) for t in (m.group(),)]


class Tok:
    """A token as the noun-phrase rules read it."""

    __slots__ = ("start", "end", "text", "low", "blocked", "is_word", "is_punct")

    def __init__(self, start, end, text, blocked=False, low=None):
        self.start, self.end, self.text = start, end, text
        self.low = norm(text) if low is None else low
        self.blocked = blocked  # inside another mention or a time span: never a noun
        first = text[0]
        self.is_word = first.isalpha()
        self.is_punct = not first.isalnum()

    def __repr__(self) -> str:
        return f"Tok({self.text!r})"


class Doc:
    """One text, tokenised once, for the length of one call.

    Only the ``regions`` asked for are tokenised up front (the sentences that hold
    figures, and a little after them for a quotation's speaker): a text of a million
    characters with a thousand figures costs its thousand sentences, not its million
    characters.  A stretch outside them is tokenised when asked for."""

    __slots__ = ("text", "pattern", "starts", "ends", "lows", "bounds", "objs",
                 "_wheres", "_asked", "_marks", "_marked")

    def __init__(self, text: str, pattern: "re.Pattern",
                 regions: Optional[Iterable[Tuple[int, int]]] = None):
        self.text, self.pattern = text, pattern
        if regions is None:
            regions = [(0, len(text))]
        # one Tok per token, made once and shared by every read of the call (a Tok is
        # never changed); a token a blocked span meets is read as a marked copy
        objs: List[Tok] = []
        bounds: List[Tuple[int, int]] = []  # the tokenised stretches, disjoint, in order
        for a, b in sorted(regions):
            b = min(len(text), b)
            if b - a < _LONGEST_STRETCH:  # never end a stretch inside a word
                b = min(_NOT_SPACE.match(text, b).end(), a + _LONGEST_STRETCH)
            if bounds and a <= bounds[-1][1]:
                if b <= bounds[-1][1]:
                    continue
                a = bounds[-1][1]
                bounds[-1] = (bounds[-1][0], b)
            else:
                bounds.append((a, b))
            objs.extend([Tok(m.start(), m.end(), t, False, t.lower().replace("’", "'"))
                         for m in pattern.finditer(text, a, b) for t in (m.group(),)])
        self.objs, self.bounds = objs, bounds
        self.starts = [t.start for t in objs]
        self.ends = [t.end for t in objs]
        self.lows = [t.low for t in objs]
        # (i, j) -> (word -> its indices in [i, j), the words): the sentences being read
        self._wheres: Dict[Tuple[int, int], Tuple[Dict[str, List[int]], frozenset]] = {}
        self._asked: set = set()  # the ranges a word list was looked up in once
        # id(spans) -> (spans, the indices of the tokens they meet, their marked copies)
        self._marks: Dict[int, tuple] = {}
        self._marked: Dict[int, Tok] = {}  # token index -> its marked copy

    def index_range(self, start: int, end: int) -> Optional[Tuple[int, int]]:
        """The token indices [i, j) of ``text[start:end]``, or None when the stretch is
        not one tokenised or a token straddles ``end`` (it is then tokenised on its own)."""
        bounds = self.bounds
        if len(bounds) == 1:
            if bounds[0][0] > start or bounds[0][1] < end:
                return None
        else:
            k = bisect_left(bounds, (start + 1,)) - 1
            if k < 0 or bounds[k][1] < end or bounds[k][0] > start:
                return None
        starts = self.starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if j > i and self.ends[j - 1] > end:
            return None
        return i, j

    def raw(self, start: int, end: int) -> List[Raw]:
        rng = self.index_range(start, end)
        if rng is None:
            return raw_tokens(self.text, start, end, self.pattern)
        return [(t.start, t.end, t.text, t.low) for t in self.objs[rng[0]:rng[1]]]

    def tokens(self, start: int, end: int, blocked: "Optional[Spans]" = None) -> List[Tok]:
        """The tokens of ``text[start:end]``; those a ``blocked`` span meets are marked."""
        rng = self.index_range(start, end)
        if rng is None:
            raw = raw_tokens(self.text, start, end, self.pattern)
            if not blocked:
                return [Tok(s, e, t, False, low) for s, e, t, low in raw]
            meets = blocked.meets
            return [Tok(s, e, t, meets(s, e), low) for s, e, t, low in raw]
        i, j = rng
        out = self.objs[i:j]
        if not blocked:
            return out
        mark = self._marks.get(id(blocked))
        if mark is None:
            if len(self._marks) >= 64:
                self._marks.clear()  # the spans of sentences read before
            mark = self._marks[id(blocked)] = self._mark(blocked)
        _, at, marked = mark
        k = bisect_left(at, i)
        n = len(at)
        while k < n and at[k] < j:
            out[at[k] - i] = marked[k]
            k += 1
        return out

    def _mark(self, blocked: "Spans") -> tuple:
        """The tokens ``blocked`` meets (those of the tokenised stretches), as marked
        copies: found once per set of spans (kept with them, so that their id is not
        reused within the call), by bisection on each span."""
        found = set()
        starts, ends = self.starts, self.ends
        for a, b in blocked.spans:
            # tokens are disjoint and in order: those with end > a and start < b
            found.update(range(bisect_right(ends, a), bisect_left(starts, b)))
        at = sorted(found)
        copies = self._marked
        for k in at:
            if k not in copies:
                t = self.objs[k]
                copies[k] = Tok(t.start, t.end, t.text, True, t.low)
        return blocked, at, [copies[k] for k in at]

    def words(self, start: int, end: int) -> "frozenset":
        """The normalised words of ``text[start:end]``, as a set."""
        rng = self.index_range(start, end)
        if rng is None:
            return frozenset(t[3] for t in raw_tokens(self.text, start, end, self.pattern))
        return self.indexed(*rng)[1]

    def where(self, i: int, j: int) -> Dict[str, List[int]]:
        """word -> the indices of its tokens within [i, j): built once per range (the
        stages ask about one sentence many times in a row)."""
        return self.indexed(i, j)[0]

    def indexed(self, i: int, j: int) -> Tuple[Dict[str, List[int]], "frozenset"]:
        """(:meth:`where`, the set of its words) of [i, j), kept for the next asks
        (a few ranges at a time: the sentence being read, and stretches of it)."""
        found = self._wheres.get((i, j))
        if found is None:
            where: Dict[str, List[int]] = {}
            lows = self.lows
            for k in range(i, j):
                where.setdefault(lows[k], []).append(k)
            if len(self._wheres) >= 8:
                self._wheres.clear()
            found = self._wheres[i, j] = (where, frozenset(where))
        return found


class Spans:
    """A set of stretches of the text, asked whether one meets a given stretch in
    O(log n): the other figures and the time spans a noun phrase never crosses."""

    __slots__ = ("spans", "starts", "reach")

    def __init__(self, spans: Iterable[Tuple[int, int]] = ()):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        reach, best = [], -1
        for _, b in self.spans:
            best = max(best, b)
            reach.append(best)  # the furthest end among the spans so far
        self.reach = reach

    def meets(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end)."""
        i = bisect_left(self.starts, end)  # spans that start before ``end``
        return i > 0 and self.reach[i - 1] > start

    def holds(self, start: int, end: int) -> bool:
        """Whether one span holds all of [start, end)."""
        i = bisect_left(self.starts, start + 1)  # spans that start at or before ``start``
        return i > 0 and self.reach[i - 1] >= end and any(
            b >= end for a, b in self.spans[max(0, i - 4):i] if a <= start)

    def plus(self, *spans: Tuple[int, int]) -> "Spans":
        return Spans(self.spans + [s for s in spans if s is not None])

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __len__(self) -> int:
        return len(self.spans)


class Found:
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

    def __repr__(self) -> str:
        return f"Found({self._start}, {self._end}, {self._text!r})"


class Phrases:
    """A word list looked up token by token: a dict from first word to the phrases
    it opens, longest first.  Same answers as an alternation regex with word
    boundaries, without trying hundreds of alternatives at every character."""

    def __init__(self, phrases, pattern: "re.Pattern"):
        index: Dict[str, List[List[str]]] = {}  # a list: a slice of tokens compares to it
        for p in phrases:
            key = [t[3] for t in raw_tokens(p, 0, len(p), pattern)]
            if key:
                index.setdefault(key[0], []).append(key)
        for k in index:
            index[k].sort(key=len, reverse=True)
        self.index = index
        self.first_words = frozenset(index)

    def finditer(self, doc: Doc, start: int, end: int) -> List[Found]:
        """The phrases of ``text[start:end]``, in order, none overlapping (a list)."""
        rng = doc.index_range(start, end)
        if rng is None:
            toks = raw_tokens(doc.text, start, end, doc.pattern)
            return self._walk(doc.text, [t[0] for t in toks], [t[1] for t in toks],
                              [t[3] for t in toks], 0, len(toks))
        i0, i1 = rng
        if i1 - i0 < 8:
            return self._walk(doc.text, doc.starts, doc.ends, doc.lows, i0, i1)
        # the words of the range that open a phrase: a set intersection with the
        # range's own words (the sentence's, never the whole text's), once the range
        # is asked about again; the first time, a walk over its tokens
        found = doc._wheres.get(rng)
        if found is None:
            outer = next((k for k in doc._wheres if k[0] <= i0 and i1 <= k[1]), None)
            if outer is not None:
                # a stretch of an indexed sentence: its index, read within the stretch
                where, words = doc._wheres[outer]
                lows, hits, index = doc.lows, [], self.index
                for first in self.first_words & words:
                    at = where[first]
                    _hits(hits, index[first], at[bisect_left(at, i0):bisect_left(at, i1)],
                          lows, i1)
                return _found(doc, hits) if hits else []
            if rng not in doc._asked:
                if len(doc._asked) >= 4096:
                    doc._asked.clear()  # a long text: forget the oldest asks
                doc._asked.add(rng)
                return self._walk(doc.text, doc.starts, doc.ends, doc.lows, i0, i1,
                                  bounded=True)
            found = doc.indexed(i0, i1)
        where, words = found
        firsts = self.first_words & words
        if not firsts:
            return []
        lows, hits = doc.lows, []
        index = self.index
        for first in firsts:
            _hits(hits, index[first], where[first], lows, i1)
        return _found(doc, hits)

    def _walk(self, text, starts, ends, lows, i, n, bounded=False) -> List[Found]:
        """The phrases opened by tokens [i, n), longest first, none overlapping; a
        phrase runs past ``n`` only when not ``bounded`` (a range of a few tokens)."""
        index = self.index
        out = []
        while i < n:
            keys = index.get(lows[i])
            hit = 0
            if keys:
                for key in keys:
                    if lows[i:i + len(key)] == key and (not bounded or i + len(key) <= n):
                        hit = len(key)
                        break
            if hit:
                s, e = starts[i], ends[i + hit - 1]
                out.append(Found(s, e, text[s:e]))
                i += hit
            else:
                i += 1
        return out

    def search(self, doc: Doc, start: int, end: int):
        found = self.finditer(doc, start, end)
        return found[0] if found else None


def _hits(hits: List[Tuple[int, int]], keys: List[List[str]], at: List[int],
          lows: List[str], end: int) -> None:
    """(index, length) of the longest of ``keys`` (phrases opened by one word, longest
    first) at each token index of ``at`` that opens one wholly before ``end``."""
    for i in at:
        for key in keys:
            n = len(key)
            if i + n <= end and (n == 1 or lows[i:i + n] == key):
                hits.append((i, n))
                break


def _found(doc: Doc, hits: List[Tuple[int, int]]) -> List[Found]:
    """The hits in text order, each one past the end of the one before it."""
    hits.sort()
    out = []
    after = -1
    text, starts, ends = doc.text, doc.starts, doc.ends
    for i, n in hits:
        if i < after:
            continue
        s, e = starts[i], ends[i + n - 1]
        out.append(Found(s, e, text[s:e]))
        after = i + n
    return out


class PhraseLists:
    """Several word lists looked up in one stretch at once: the same answers as each
    list's :meth:`Phrases.finditer`, with one set intersection for all of them when
    the stretch's words are indexed (a sentence, asked about by every stage)."""

    def __init__(self, lists: "Dict[str, Phrases]"):
        self.lists = dict(lists)
        self.names = list(self.lists)
        by_first: Dict[str, List[Tuple[int, List[List[str]]]]] = {}
        for k, name in enumerate(self.names):
            for first, keys in self.lists[name].index.items():
                by_first.setdefault(first, []).append((k, keys))
        self.by_first = by_first
        self.first_words = frozenset(by_first)

    def finditer(self, doc: Doc, start: int, end: int) -> Dict[str, List[Found]]:
        """name -> the phrases of that list in ``text[start:end]``."""
        rng = doc.index_range(start, end)
        if rng is None:
            return {name: p.finditer(doc, start, end) for name, p in self.lists.items()}
        i0, i1 = rng
        lows = doc.lows
        hits: List[List[Tuple[int, int]]] = [[] for _ in self.names]
        if i1 - i0 < 8:
            # a few tokens: one walk for all the lists, each as its own walk (past the
            # end of its last phrase; a phrase may run past the stretch, as there)
            after = [i0] * len(self.names)
            by_first = self.by_first
            for i in range(i0, i1):
                for k, keys in by_first.get(lows[i], ()):
                    if i < after[k]:
                        continue
                    for key in keys:
                        if lows[i:i + len(key)] == key:
                            hits[k].append((i, len(key)))
                            after[k] = i + len(key)
                            break
            return {name: _found(doc, h) if h else [] for name, h in zip(self.names, hits)}
        where, words = doc.indexed(i0, i1)
        for first in self.first_words & words:
            at = where[first]
            for k, keys in self.by_first[first]:
                _hits(hits[k], keys, at, lows, i1)
        return {name: _found(doc, h) if h else [] for name, h in zip(self.names, hits)}
