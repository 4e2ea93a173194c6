"""Small text helpers shared by the mention grammar and the claims layer.

Nothing here knows a language: it builds patterns from the word lists it is
given.  It imports nothing from ``claims`` so that any layer can use it without
a cycle (``claims.statements`` must not import ``claims.grammar``).
"""
from __future__ import annotations

import re
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
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(_atom(ch, spaced, space), {})
        node[""] = end(w) if end else ""
    return _emit(trie) if trie else r"(?!x)x"


def _atom(ch: str, spaced: bool, space: str) -> str:
    if ch == " " and spaced:
        return space
    if ch in "'’":
        return _APOS
    return re.escape(ch)


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
