"""Compile many large patterns at once, faster.

The grammar's patterns hold the white-space class ``[ \\t\\u00a0\\u202f\\u2009]`` some
6,000 times (every inner space of every phrase of every trie). Python's ``re`` compiles each
occurrence of a character class on its own, and a class holding characters past U+00FF
costs it about 0.1 ms (``re._compiler._optimize_charset`` lays out a bitmap of the whole
Basic Multilingual Plane to find that the class has five members): 0.4 s of the 1.0 s the
three languages took to build.

:func:`shared_charsets` memoises that function while patterns are compiled: the same
class, with the same case handling, is worked out once. The function is pure (its result
depends only on its arguments), so the compiled programs are exactly those ``re`` builds
without the memo; only the time changes. Where the function is missing or has another
shape (another Python), nothing is memoised and ``re`` works as before.

:func:`collector_paused` keeps Python's cyclic garbage collector from running while a
grammar is built: building one makes some 300,000 short-lived objects (the tries its
word lists are written from), every one freed by reference counting as soon as it is
dropped, and the collector, woken every 700 allocations, walked them all again and again
for nothing (0.1 of the 0.6 s that French and English took; bench/archive.py's start-up).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

try:  # Python 3.11+
    from re import _compiler as _sre_compiler
except ImportError:  # pragma: no cover - older Pythons call it sre_compile
    import sre_compile as _sre_compiler  # type: ignore[no-redef]

_ORIGINAL = getattr(_sre_compiler, "_optimize_charset", None)
_LOCK = threading.Lock()
_users = 0
_memo: dict = {}


def _memoised(charset, iscased=None, fixup=None, fixes=None):
    try:
        key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
        hit = _memo.get(key)
    except TypeError:  # an unhashable part: not memoised
        return _ORIGINAL(charset, iscased, fixup, fixes)
    if hit is None:
        out, hascased = _ORIGINAL(charset, iscased, fixup, fixes)
        # ``re`` returns the argument itself when it cannot do better: keep a copy
        # of the key's tuple then, so the memo never holds a list a parse tree owns
        hit = (list(out) if out is charset else out, hascased)
        _memo[key] = hit
    out, hascased = hit
    return list(out), hascased


@contextmanager
def shared_charsets() -> Iterator[None]:
    """Within the block, ``re.compile`` works out each distinct character class once.
    Reentrant and thread-safe: the memo is in place while any thread is inside a block,
    and dropped when the last one leaves."""
    global _users
    if _ORIGINAL is None or _ORIGINAL.__code__.co_argcount != 4:
        yield
        return
    with _LOCK:
        if _users == 0:
            _sre_compiler._optimize_charset = _memoised
        _users += 1
    try:
        yield
    finally:
        with _LOCK:
            _users -= 1
            if _users == 0:
                _sre_compiler._optimize_charset = _ORIGINAL
                _memo.clear()


_PAUSE_LOCK = threading.Lock()
_pausers = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Within the block, the cyclic garbage collector does not run (reference counting
    still frees what is dropped). Reentrant and thread-safe: the collector is paused
    while any thread is inside a block, and left as it was found when the last leaves."""
    global _pausers, _was_enabled
    with _PAUSE_LOCK:
        if _pausers == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pausers -= 1
            if _pausers == 0 and _was_enabled:
                gc.enable()
