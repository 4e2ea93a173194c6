"""Small text helpers shared by the mention grammar and the claims layer.

Nothing here knows a language: it builds patterns from the word lists it is
given.  It imports nothing from ``claims`` so that any layer can use it without
a cycle (``claims.statements`` must not import ``claims.grammar``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

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
    return _build(words, spaced, None, space)


def _build(words: frozenset, spaced: bool, end, space: str) -> str:
    atoms = {" ": space} if spaced else {}  # each character's atom, worked out once
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            atom = atoms.get(ch)
            if atom is None:
                atom = atoms[ch] = _APOS if ch in "'’" else re.escape(ch)
            node = node.setdefault(atom, {})
        node[""] = end(w) if end else ""
    return _emit(trie) if trie else r"(?!x)x"


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
