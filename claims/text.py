"""Small text helpers shared by the mention grammar and the claims layer.

Nothing here knows a language: it builds patterns from the word lists it is
given.  It imports nothing from ``claims`` but ``claims.compiling`` (which imports
nothing from it) so that any layer can use it without a cycle (``claims.statements``
must not import ``claims.grammar``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .compiling import kept_text

#: Horizontal white space, NBSP (U+00A0), narrow NBSP (U+202F) and thin space included.
WS = r"[ \t\u00a0\u202f\u2009]"
_APOS = "['’]"


def alternation(words: Iterable[str], spaced: bool = True, end=None, space: str = WS + "+") -> str:
    """An escaped alternation of ``words`` as a trie, longer continuations first.

    A trie (``d(?:eux|ix|ouze)``) rather than a flat list of alternatives: the regex
    engine then tests a handful of branches at each position instead of every word,
    which matters for case-insensitive patterns, whose literals it cannot pre-check.
    Inner spaces match ``space`` (white space); both apostrophes match each other.  ``end``,
    if given, maps a word to what must follow it (a look-ahead), tried where it ends.
    """
    words = frozenset(words)
    if end is None:  # the same list is asked for by several patterns: built once
        return _alternation(words, spaced, space)
    return _build(words, spaced, end, space)


@lru_cache(maxsize=1024)
def _alternation(words: frozenset, spaced: bool, space: str) -> str:
    # the trie of 7,000 phrases takes 0.05 s to write: kept on disk while a grammar is
    # built (claims.compiling.kept), under its whole input
    return kept_text("alternation", (str(spaced), space, *sorted(words)),
                     lambda: _build(words, spaced, None, space))


def _build(words: frozenset, spaced: bool, end, space: str) -> str:
    atoms = {" ": space} if spaced else {}  # each character's atom, worked out once
    trie: dict = {}
    if end is None:
        _fill(trie, words, atoms)
    for w in words if end is not None else ():
        if not w:
            continue
        node = trie
        for ch in w:
            atom = atoms.get(ch)
            if atom is None:
                atom = atoms[ch] = _APOS if ch in "'’" else re.escape(ch)
            node = node.setdefault(atom, {})
        node[""] = end(w)
    if not trie:
        return r"(?!x)x"
    if (end is None and (not spaced or space == WS + "+") and sum(map(len, words)) >= _MIN_WORDS
            and _unambiguous(trie, atoms.get(" "))):
        written = _emit_shared(trie)
        return written if written.startswith("(?:(?=") else _opened(trie, written)
    return _emit(trie)


def _fill(trie: dict, words: frozenset, atoms: dict) -> None:
    """Hang ``words`` on ``trie`` (each word's end marked ""): in sorted order, each word
    from the node where it parts from the one before, so that a prefix shared by many
    words (the 7,088 French bounding verbs hold 205,000 characters, their trie 40,000
    nodes) is walked once, not once a word."""
    path, prev = [trie], ""
    for w in sorted({w.replace("’", "'") for w in words if w}):  # both apostrophes: one atom
        lo, hi = 0, min(len(w), len(prev))  # the longest prefix shared with ``prev``
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if w[:mid] == prev[:mid]:
                lo = mid
            else:
                hi = mid - 1
        del path[lo + 1:]
        node = path[lo]
        for ch in w[lo:]:
            atom = atoms.get(ch)
            if atom is None:
                atom = atoms[ch] = _APOS if ch == "'" else re.escape(ch)
            node = node.setdefault(atom, {})
            path.append(node)
        node[""] = ""
        prev = w


def _emit(node: dict) -> str:
    """Regex for a trie node; the end of a word ("") is the last, optional, branch
    (a branch of its own when a look-ahead must follow the word there)."""
    ends = "" in node
    tail = node.get("", "")
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return tail
    if ends and tail:
        return "(?:" + "|".join(branches + [tail]) + ")"
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return body + "?" if len(branches) == 1 and _is_single(branches[0]) else f"(?:{body})?"
    return body


def _is_single(atom: str) -> bool:
    return bool(re.fullmatch(r"\\?.|\[[^\]]*\]", atom))


# -- a branch met many times written once --------------------------------------------------
#
# A trie repeats what follows every word of a product: the French bounding verbs are
# 60 verb forms times 175 thresholds ("a passé le cap symbolique des"), and their trie
# wrote the thresholds out 40 times (100,000 characters, 0.3 s to compile).  Where a
# branch B (a sub-trie) stands under several nodes, the trie of words W is written
# ``(?:P B|R)``: P the paths to those nodes, R the words through none of them.
#
# The regex engine then tries the words in the same order as the trie, so every match
# (its span and its groups) is the same.  A trie tries the words that fit the text at
# a position longest first, when (1) no two branches of a node can match the same
# character (in any case) and (2) no branch after an inner space can match white
# space (so the space takes all of it):  two words that fit then differ only in that
# one goes on where the other ends, and the trie tries going on first.  The words of
# ``P B`` that fit are tried first, longest first; those of R after them, longest
# first; and no word of R goes on where a word of ``P B`` ends (it would pass through
# the same node, so it is in ``P B``).  Longest first again.  (1) and (2) are checked
# on every trie before it is written so; a trie that fails them is written whole.
#
# Each part, and a large trie written whole, opens with a look-ahead at the characters
# its words start with: a position none starts at costs one test instead of one per
# branch (the currency names after each figure: 0.15 to 0.45 us a figure less).  Only
# branches that save 5,000 characters are shared: each part costs a search that meets
# its first letters a test more (the bounding verbs, 0.2 us a search).

#: the characters of :data:`WS`
_WS_CHARS = " \t\u00a0\u202f\u2009"
#: a branch written once must hold this many characters, and save this many; words
#: of fewer characters in all than _MIN_WORDS are written whole, with no look-ahead
_MIN_BRANCH, _MIN_SHARED, _MIN_WORDS = 60, 5000, 2000


def _keys(atom: str, space) -> frozenset:
    """Every case form of the characters an atom matches."""
    chars = _WS_CHARS if atom == space else "'’" if atom == _APOS else atom[-1]
    return frozenset(k for c in chars for k in (
        c, c.lower(), c.upper(), c.casefold(), c.upper().lower(), c.lower().upper()))


def _unambiguous(trie: dict, space) -> bool:
    """Conditions (1) and (2) above, on every node of ``trie``."""
    keys: dict = {}
    white = _keys(space, space) if space else frozenset()
    stack = [(trie, False)]
    while stack:
        node, after_space = stack.pop()
        if len(node) == 1 and not after_space:  # most nodes: one branch, nothing to check
            atom, child = next(iter(node.items()))
            if atom:
                stack.append((child, atom == space))
            continue
        seen: set = set()
        for atom, child in node.items():
            if not atom:
                continue
            k = keys.get(atom)
            if k is None:
                k = keys[atom] = _keys(atom, space)
            if not seen.isdisjoint(k) or (after_space and not white.isdisjoint(k)):
                return False
            seen |= k
            stack.append((child, atom == space))
    return True


def _emit_shared(trie: dict) -> str:
    """:func:`_emit`, but the largest branch met several times written once (and so on
    within each part); see above."""
    ids: dict = {}      # a branch's shape -> its number
    size: list = []     # its number -> the characters it takes
    count: list = []    # its number -> how many nodes hold it
    of: dict = {}       # id(node) -> its number

    def number(node: dict) -> int:
        shape = tuple([(a, number(node[a]) if a else "") for a in sorted(node)])
        n = ids.get(shape)
        if n is None:
            n = ids[shape] = len(size)
            size.append(6 + sum([len(a) + size[c] + 1 for a, c in shape if a]))
            count.append(0)
        count[n] += 1
        of[id(node)] = n
        return n

    number(trie)
    best = max(range(len(size)), key=lambda n: (count[n] - 1) * size[n])
    if size[best] < _MIN_BRANCH or (count[best] - 1) * size[best] < _MIN_SHARED:
        return _emit(trie)
    shared = None

    def split(node: dict):
        """(the paths to the shared branch, the rest) of ``node``, each a trie or None."""
        nonlocal shared
        if of[id(node)] == best:
            shared = node
            return {"": ""}, None
        if size[of[id(node)]] <= size[best]:  # too small to hold it
            return None, node
        paths, rest = {}, {}
        for atom, child in node.items():
            if not atom:
                rest[atom] = child
                continue
            p, r = split(child)
            if p is not None:
                paths[atom] = p
            if r is not None:
                rest[atom] = r
        return paths or None, rest or None

    paths, rest = split(trie)
    # each part opens with a look at the next character: a position none of its words
    # starts at costs the regex engine one test, not one per first letter
    parts = [_opened(paths, _emit_shared(paths)) + _emit_shared(shared)]
    if rest:
        more = _emit_shared(rest)
        if more.startswith("(?:(?="):  # the rest's own parts, side by side with these
            parts.append(more[3:-1])
        else:
            parts.append(_opened(rest, more))
    return "(?:" + "|".join(parts) + ")" if rest else parts[0]


def _opened(trie: dict, written: str) -> str:
    """``written`` (the pattern of ``trie``) after a look-ahead for the characters its
    words start with, unless it opens with its own or a word of it is empty."""
    if "" in trie or written.startswith("(?:(?="):
        return written
    chars = set()
    for atom in trie:
        chars.update(_WS_CHARS if atom == WS + "+" else "'’" if atom == _APOS else atom[-1:])
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" + written
