"""Sentences of French and English news text, with offsets into the original.

The boundaries come from a maintained rule-based segmenter, `sentencex`
(Wikimedia; Rust rules with per-language abbreviation lists, offsets in code
points), then go through three repairs driven by the language data, each for a
failure measured on ``tests/corpus/sentences-*.jsonl`` (see docs/CLAIMS.md):

1. a split after an abbreviation of ``StatementWords.abbreviations`` is undone
   (sentencex splits "M. Dupont" and "Pr. Roux" in French);
2. a split after an initial ("J.", "J.-P.", "U.S.") is undone;
3. a split before a lowercase letter is undone: a sentence starts with a
   capital, a digit or a quotation mark ("“We will see.” he said");
4. a split is added after a token of ``StatementWords.final_abbreviations``
   ("etc.", "…") when a capital follows: sentencex never splits there;
5. a split is added where sentencex misses a sentence end that CONVENTIONS
   makes one: inside a quotation ("« La hausse est forte. Elle atteint 12 % »":
   two sentences, the claims layer carries the speaker over) and after `?` or
   `!` before a digit ("Salaire moyen ? 2 520 euros");
6. a lone list marker ("1.", "-", "*") and a sentence ending in ":" join what
   follows ("afin d'obtenir :\n* 800 euros").

Line breaks end sentences where a heading or a new paragraph starts (the next
line opens with a capital, a digit, a quotation mark or a dash); inside a
hard-wrapped paragraph (next line lowercase) or after a line ending in ":"
they do not.

The text is never rewritten: every :class:`Sentence` is ``text[start:end]``,
trimmed of surrounding white space.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Tuple

import sentencex

from .lang import get_language, resolve_language

#: a line break that opens a new block: blank line, or a line starting a heading/paragraph.
_BLOCK_BREAK = re.compile(r"(?:\n[ \t\u00a0]*\n\s*|\n(?=[ \t\u00a0]*[^\W\d_a-zà-ÿ]|[ \t\u00a0]*[\d«“\"‘'\-–—•*]))")
#: an initial, or a run of them: "J.", "J.-P.", "U.S.", "A.B.C."
_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.-?){1,4}")
#: what may open a token before the abbreviation itself: "(cf.", "«M."
_TOKEN_OPENERS = "([{«“\"'‘"
#: the first letter-or-digit of a piece, past quotes, dashes and brackets.
_FIRST_SIGNIFICANT = re.compile(r"[\s«“\"‘'(\[—–\-…]*(.)", re.S)


class Span:
    """A stretch of the input: ``text == input[start:end]``; ``end`` is exclusive."""

    __slots__ = ("start", "end", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r})"


class Sentence(Span):
    """One sentence of the input; two are equal when they cover the same stretch."""

    __slots__ = ()

    def __eq__(self, other) -> bool:
        return isinstance(other, Sentence) and (self.start, self.end, self.text) == (
            other.start, other.end, other.text)

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.text!r})"


@lru_cache(maxsize=None)
def _abbreviations(code: str) -> frozenset:
    return frozenset(get_language(code).statements.abbreviations)


@lru_cache(maxsize=None)
def _final_split(code: str) -> "re.Pattern":
    """White space after a sentence-final abbreviation, before a capital (repair 4)."""
    words = sorted(get_language(code).statements.final_abbreviations, key=len, reverse=True)
    alternatives = "|".join(
        (r"(?<![^\W_])" if w[0].isalnum() else "") + re.escape(w) for w in words)
    return re.compile(rf"(?:{alternatives})(\s+)(?=[«“\"‘(\[]?\s?[^\W\d_])")


@lru_cache(maxsize=None)
def _final_gate(code: str) -> "re.Pattern":
    """The last character of a sentence-final abbreviation before white space: a
    piece without it holds no match of :func:`_final_split` (the alternation, each
    branch behind a look-behind, is tried at every character; this is not)."""
    ends = {w[-1] for w in get_language(code).statements.final_abbreviations}
    if not ends:
        return re.compile("")  # no gate: every piece is read
    return re.compile("[" + "".join(re.escape(c) for c in sorted(ends)) + r"]\s")


def split_sentences(text: str, lang: Optional[str] = None) -> List[Sentence]:
    """The sentences of ``text`` in order; ``lang`` as for :func:`claims.extract`."""
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    return split_resolved(text, resolve_language(text, lang))


def split_resolved(text: str, code: str) -> List[Sentence]:
    """:func:`split_sentences` with the language already resolved to a supported code
    (the claims layer has resolved it)."""
    spans: List[Tuple[int, int]] = []
    for b_start, b_end in _blocks(text):
        spans.extend(_segment(text, b_start, b_end, code))
    return [Sentence(s, e, text[s:e]) for s, e in spans]


def keep_whole(text: str, sentences: List[Sentence], spans) -> List[Sentence]:
    """``sentences`` with those a span (a mention) runs across joined into one:
    "Rs. 000" is one figure, whatever an abbreviation's full stop suggests to
    the segmenter. ``spans`` (with ``start``/``end``) are sorted and disjoint."""
    out: List[Sentence] = []
    k, n = 0, len(spans)
    for sentence in sentences:
        while k < n and spans[k].end <= sentence.start:
            k += 1
        if out and k < n and spans[k].start < out[-1].end and spans[k].end > out[-1].end:
            start = out.pop().start
            sentence = Sentence(start, sentence.end, text[start:sentence.end])
        out.append(sentence)
    return out


def _blocks(text: str):
    pos = 0
    for m in _BLOCK_BREAK.finditer(text):
        if text[max(pos, m.start() - 16):m.start()].rstrip().endswith(":"):
            continue  # "A l'issue de ce semestre :\n\n- le résultat…": one sentence
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _segment(text: str, start: int, end: int, code: str) -> List[Tuple[int, int]]:
    block = text[start:end]
    if not block.strip():
        return []
    pieces, joined = [], set()  # joined: pieces that open a window cut mid-sentence
    for w_start, w_end, mid_sentence in _windows(block):
        found = [(w_start + b["start_index"], w_start + b["end_index"])
                 for b in sentencex.get_sentence_boundaries(code, _encodable(block[w_start:w_end]))
                 if not b["is_paragraph_break"]
                 and block[w_start + b["start_index"]:w_start + b["end_index"]].strip()]
        if mid_sentence and found:
            joined.add(found[0][0])
        pieces.extend(found)
    pieces = [cut for s, e in pieces for cut in _cut_after_final(block, s, e, code)]
    pieces = [cut for s, e in pieces for cut in _cut_missed(block, s, e, code)]
    merged: List[List[int]] = []
    abbreviations = _abbreviations(code)
    word_start = 0  # where the last word of merged[-1] starts
    for s, e in pieces:
        piece = block[s:e]
        if merged and e - merged[-1][0] <= MAX_SENTENCE and (
                s in joined or _continues(block, word_start, merged[-1][1], piece, abbreviations)
                # "1. Paris Saint-Germain : 165 M€": a lone list marker opens a sentence
                or _LIST_MARKER.fullmatch(block, merged[-1][0], merged[-1][1])):
            merged[-1][1] = e
        else:
            merged.append([s, e])
            word_start = s
        word_start = _last_word_start(block, piece, s, word_start)
    out = []
    for s, e in merged:
        piece = block[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        if s < e:
            out.append((start + s, start + e))
    return out


#: The most code points the native segmenter is given at once. sentencex is
#: quadratic on quotation marks that do not close (80 KB of "«" took 3.9 s, in
#: native code that the service's CPU limit cannot interrupt); in windows of
#: this size it costs at most a few milliseconds per window, so a block of any
#: length costs time in proportion to its length. News paragraphs are far
#: shorter: only a block this long (a text without line breaks) is cut.
WINDOW = 5_000
#: The longest sentence, in code points: a merge that would make one longer is
#: not made. News sentences are far shorter; a stretch this long without a
#: sentence end (hostile text, a table run together) is no sentence, and the
#: claims layer reads each sentence whole, once per claim.
MAX_SENTENCE = WINDOW
#: where a long block is cut, best first: after a sentence's final mark (and
#: its closing quotes), before a capital, digit or opening quote; then at any
#: white space. Searched in the second half of a window.
_SAFE_CUTS = (
    re.compile(r"[.!?…][»”’\"')\]]*\s+(?=[«“\"‘(\[]?\s?[^\W_a-zß-ÿ])"),
    re.compile(r"\s+"),
)


def _windows(block: str):
    """``(start, end, mid_sentence)`` of consecutive stretches of ``block`` of at
    most :data:`WINDOW` code points, each cut at the best safe point of its
    second half; ``mid_sentence`` when the cut before it was no sentence end
    (the pieces on either side are then one sentence)."""
    start, n, mid_sentence = 0, len(block), False
    while n - start > WINDOW:
        limit = start + WINDOW
        cut, after = limit, True  # no white space in the whole second half: a hard cut
        for rank, pattern in enumerate(_SAFE_CUTS):
            last = None
            for last in pattern.finditer(block, start + WINDOW // 2, limit):
                pass
            if last is not None:
                cut, after = last.end(), rank > 0
                break
        yield start, cut, mid_sentence
        start, mid_sentence = cut, after
    yield start, n, mid_sentence


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(window: str) -> str:
    """``window`` with each lone surrogate (no UTF-8 form: the native segmenter
    raised on it) replaced by U+FFFD, one code point for one: offsets hold."""
    return _SURROGATE.sub("\ufffd", window) if _SURROGATE.search(window) else window


#: a word this long is no abbreviation and no run of initials: only this much
#: of the last word of a sentence is kept to look at.
_LONGEST_WORD = 256


def _last_word_start(block: str, piece: str, start: int, word_start: int) -> int:
    """Where the last white-space-delimited word starts once ``piece``
    (``block[start:…]``) ends the sentence whose last word started at
    ``word_start``: in the piece, or still in an earlier one when the piece
    holds no white space and goes on from it (never before the sentence's
    start, given as ``word_start`` for its first piece, nor more than
    :data:`_LONGEST_WORD` before the end)."""
    stripped = piece.rstrip()
    tail = stripped[-_LONGEST_WORD:]
    word = (tail.rsplit(None, 1) or [""])[-1]
    end = start + len(stripped)
    if len(word) < len(tail):  # white space in the tail: the word starts in this piece
        return end - len(word)
    if start and not block[start - 1].isspace():  # the piece goes on the earlier word
        return max(word_start, end - _LONGEST_WORD)
    return max(start, end - _LONGEST_WORD)


def _cut_after_final(block: str, start: int, end: int, code: str):
    """Split ``block[start:end]`` after "etc." or "…" when a capital follows (repair 4)."""
    if _final_gate(code).search(block, start, end) is None:
        yield start, end
        return
    for m in _final_split(code).finditer(block, start, end):
        nxt = block[m.end(1):m.end(1) + 3].lstrip("«“\"‘([ ")
        if nxt[:1].isupper():
            yield start, m.start(1)
            start = m.end(1)
    yield start, end


@lru_cache(maxsize=None)
def _quote_marks(code: str) -> Tuple[str, str]:
    """(opening marks, closing marks) of the language's quotation pairs, those whose
    closing mark is no apostrophe ("’" ends "l’" as often as a quotation)."""
    pairs = {o: c for o, c in get_language(code).statements.quote_pairs.items()
             if c not in "'’"}
    return "".join(o for o, c in pairs.items() if o != c), "".join(
        c for o, c in pairs.items() if o != c), "".join(o for o, c in pairs.items() if o == c)


#: a sentence end sentencex may miss: a final mark, its closing quotes, white space,
#: then what opens a sentence (an opening quote or bracket, a capital or a digit)
_MISSED_END = re.compile(r"([.!?…])[»”\"’')\]]*(\s+)(?=[«“\"‘(\[]?\s?[^\W_a-zß-ÿ])")
#: a piece that is only a list marker: "1.", "2)", "-", "*", "•"
_LIST_MARKER = re.compile(r"\s*(?:\d{1,3}[.)]|[-–—*•])\s*")


def _cut_missed(block: str, start: int, end: int, code: str):
    """Split ``block[start:end]`` where a sentence ends that sentencex did not see
    (repair 5): a final mark inside a quotation, or "?" / "!" before a digit; never
    after an abbreviation or an initial.  One pass over the piece."""
    opening, closing, both = _quote_marks(code)
    abbreviations = _abbreviations(code)
    depth, straight, pos = 0, 0, start  # quotation marks counted up to ``pos``
    for m in _MISSED_END.finditer(block, start, end):
        if m.end() >= end:
            break
        stretch = block[pos:m.start(1)]
        depth += sum(stretch.count(c) for c in opening) - sum(stretch.count(c) for c in closing)
        straight += sum(stretch.count(c) for c in both)
        pos = m.start(1)
        quoted = depth > 0 or straight % 2 == 1
        if not quoted and not (m.group(1) in "?!" and block[m.end():m.end() + 1].isdigit()):
            continue
        word = block[max(start, m.start(1) - _LONGEST_WORD):m.end(1)].rsplit(None, 1)[-1]
        word = word.lstrip(_TOKEN_OPENERS)
        if word in abbreviations or _INITIALS.fullmatch(word):
            continue
        yield start, m.start(2)
        start = m.end(2)
    yield start, end


def _continues(block: str, word_start: int, end: int, piece: str,
               abbreviations: frozenset) -> bool:
    """Whether the segmenter's split between the sentence so far (ending at
    ``end`` in ``block``, its last word starting at ``word_start``) and
    ``piece`` is wrong. Only the last word is looked at, so that a sentence
    merged from many pieces is never read again for each one."""
    last = block[word_start:end].rstrip()
    if len(last) < _LONGEST_WORD:
        last = last.lstrip(_TOKEN_OPENERS)
        if last in abbreviations or _INITIALS.fullmatch(last) or last.endswith(":"):
            return True  # "M. Dupont", "U.S.", "afin d'obtenir :\n* 800 euros"
    first = _FIRST_SIGNIFICANT.match(piece)
    return bool(first and first.group(1).islower())
