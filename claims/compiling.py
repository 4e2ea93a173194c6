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

import array
import gc
import hashlib
import marshal
import os
import pathlib
import sys
import tempfile
import threading
from contextlib import contextmanager
from typing import Iterator

try:  # Python 3.11+
    from re import _compiler as _sre_compiler
except ImportError:  # pragma: no cover - older Pythons call it sre_compile
    import sre_compile as _sre_compiler  # type: ignore[no-redef]


class _Shared:
    """A block any number of threads may be inside at once: ``enter`` runs (under a
    lock) when the first comes in, ``leave`` when the last goes out. What
    :func:`shared_charsets`, :func:`collector_paused` and :func:`kept` are made of."""

    def __init__(self, enter, leave):
        self._lock = threading.Lock()
        self._enter, self._leave = enter, leave
        self.users = 0

    @contextmanager
    def block(self, *args) -> Iterator[None]:
        with self._lock:
            if self.users == 0:
                self._enter(*args)
            self.users += 1
        try:
            yield
        finally:
            with self._lock:
                self.users -= 1
                if self.users == 0:
                    self._leave()


_ORIGINAL = getattr(_sre_compiler, "_optimize_charset", None)
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
    if _ORIGINAL is None or _ORIGINAL.__code__.co_argcount != 4:
        yield
        return
    with _CHARSETS.block():
        yield


def _share_charsets() -> None:
    _sre_compiler._optimize_charset = _memoised


def _unshare_charsets() -> None:
    _sre_compiler._optimize_charset = _ORIGINAL
    _memo.clear()


_CHARSETS = _Shared(_share_charsets, _unshare_charsets)


_collector_was_enabled = False


def _pause_collector() -> None:
    global _collector_was_enabled
    _collector_was_enabled = gc.isenabled()
    gc.disable()


def _resume_collector() -> None:
    if _collector_was_enabled:
        gc.enable()


_COLLECTOR = _Shared(_pause_collector, _resume_collector)


def collector_paused():
    """Within the block, the cyclic garbage collector does not run (reference counting
    still frees what is dropped). Reentrant and thread-safe: the collector is paused
    while any thread is inside a block, and left as it was found when the last leaves."""
    return _COLLECTOR.block()


# -- what a grammar compiles, kept on disk -----------------------------------------------
#
# A grammar's build is pure work on fixed input: the same word lists give the same
# tries (:func:`claims.text.alternation`), the same pattern strings the same programs.
# Yet every process paid it again, 0.5 s for French and English, most of a one-article
# ``claims extract`` and, on an archive, the start-up that a second core cannot share.
# :func:`kept` keeps both results in a file of the user's cache directory
# (:func:`cache_file`; none when $CLAIMS_CACHE_DIR is set empty), keyed by a digest of the
# whole input: a word list or a pattern changed is a new key, never a stale answer.
#
# A program is what ``re._compiler.compile`` hands to ``_sre.compile``: the code (a list
# of 32-bit words), the flags, the groups and their names. Kept, it is handed to
# ``_sre.compile`` again, which validates the code as it always does; a program that does
# not load (another ``_sre``, a damaged file) is compiled as ``re`` would. The file is
# written whole (to a temporary name, then renamed) at the end of the outermost block
# that missed something, so two processes writing at once lose at worst each other's
# additions. Where ``re``'s internals differ from Python 3.11's, nothing is kept.

_ORIGINAL_COMPILE = getattr(_sre_compiler, "compile", None)
#: a file holding more entries than this keeps only those this process used (the three
#: languages hold 726, 3 MB; a developer's edits add new ones, never replace old ones)
_KEEP_AT_MOST = 2000


def _sre_fits() -> bool:
    sre = getattr(_sre_compiler, "_sre", None)
    return (sre is not None and getattr(sre, "CODESIZE", None) == array.array("I").itemsize
            and all(hasattr(_sre_compiler, n) for n in ("_code", "_parser"))
            and _ORIGINAL_COMPILE is not None and _ORIGINAL_COMPILE.__code__.co_argcount == 2)


class Kept:
    """The programs and tries of one cache file: loaded once, written when it grew."""

    def __init__(self, path):
        self.path = pathlib.Path(path) if path is not None else None
        self.entries: dict = {}   # digest -> value
        self.used: set = set()    # digests met in this process
        self.added = 0            # entries built in this process
        self.missed = False       # built since the file was last written
        self.loaded = False

    def load(self) -> None:
        self.loaded = True
        if self.path is None:
            return
        try:
            data = marshal.loads(self.path.read_bytes())
            if data.get("header") == _header():
                self.entries.update(data["entries"])
        except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
            pass  # no file yet, or not ours: every entry is built again

    def get(self, key: bytes):
        value = self.entries.get(key)
        if value is not None:
            self.used.add(key)
        return value

    def put(self, key: bytes, value) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.added += 1
        self.missed = True

    def save(self) -> None:
        if self.path is None or not self.missed:
            return
        self.missed = False
        entries = dict(self.entries)
        on_disk = Kept(self.path)
        on_disk.load()  # what another process added meanwhile
        for k, v in on_disk.entries.items():
            entries.setdefault(k, v)
        if len(entries) > _KEEP_AT_MOST:
            entries = {k: v for k, v in entries.items() if k in self.used}
        data = marshal.dumps({"header": _header(), "entries": entries})
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name + ".")
        except OSError:
            return  # a read-only cache directory: the next process builds again
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, self.path)
        except BaseException as e:  # a full disk, or a signal's exception (the CPU limit)
            try:
                os.unlink(tmp)  # no half-written file left behind
            except OSError:
                pass
            if not isinstance(e, OSError):
                raise


def _header() -> tuple:
    sre = _sre_compiler._sre
    return (sys.implementation.cache_tag, sys.version, sre.MAGIC, sre.CODESIZE, 1)


def _digest(kind: str, *parts: str) -> bytes:
    """A digest of ``kind`` and ``parts``: each part's length, then all of them (one
    hash update for the 7,000 phrases of a word list, not one a phrase)."""
    lengths = ",".join(map(str, map(len, parts)))
    whole = "\x00".join((kind, lengths, *parts))
    return hashlib.blake2b(whole.encode("utf-8", "surrogatepass"), digest_size=16).digest()


_current: "Kept | None" = None


def cache_file():
    """The file the grammar's programs and tries are kept in: in ``$CLAIMS_CACHE_DIR``,
    else ``$XDG_CACHE_HOME/claims``, else ``~/.cache/claims`` (as the data folder of
    :func:`claims.rates.data_dir`); None, no file, when ``$CLAIMS_CACHE_DIR`` is set
    empty."""
    where = os.environ.get("CLAIMS_CACHE_DIR")
    if where is None:
        where = os.path.join(os.environ.get("XDG_CACHE_HOME")
                             or os.path.join(os.path.expanduser("~"), ".cache"), "claims")
    elif not where.strip():
        return None
    return pathlib.Path(where) / f"patterns-{sys.implementation.cache_tag}.marshal"


def _compile_kept(p, flags=0):
    """``re._compiler.compile``, its programs looked up in (and added to) the kept file."""
    store = _current
    if store is None or not _KEEPING.users or not isinstance(p, str) or flags & 128:  # re.DEBUG prints: not kept
        return _ORIGINAL_COMPILE(p, flags)
    sre = _sre_compiler._sre
    key = _digest("program", str(int(flags)), p)
    hit = store.get(key)
    if hit is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = hit
            words = array.array("I")
            words.frombytes(code)
            return sre.compile(p, final_flags, words.tolist(), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - not a program (of this _sre): compiled again
            pass
    parsed = _sre_compiler._parser.parse(p, flags)
    code = _sre_compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (flags | parsed.state.flags, array.array("I", code).tobytes(),
             parsed.state.groups - 1, groupindex, tuple(indexgroup))
    store.put(key, entry)
    return sre.compile(p, entry[0], code, entry[2], groupindex, entry[4])


def kept_text(kind: str, parts, build):
    """``build()``, a string, looked up first under ``kind`` and ``parts`` (strings
    that together are the whole of its input) in the kept file of the current block;
    outside a block, simply ``build()``."""
    store = _current if _KEEPING.users else None
    if store is None:
        return build()
    key = _digest(kind, *parts)
    hit = store.get(key)
    if isinstance(hit, str):
        return hit
    out = build()
    store.put(key, out)
    return out


def _start_keeping(path) -> None:
    global _current
    target = cache_file() if path is False else path
    target = None if target is None else pathlib.Path(target)
    if _current is None or _current.path != target:
        _current = Kept(target)
    if not _current.loaded:
        _current.load()
    _sre_compiler.compile = _compile_kept


def _stop_keeping() -> None:
    _sre_compiler.compile = _ORIGINAL_COMPILE
    _current.save()


_KEEPING = _Shared(_start_keeping, _stop_keeping)


@contextmanager
def kept(path=False) -> Iterator[None]:
    """Within the block, patterns compile from the programs kept in :func:`cache_file`
    (or ``path``; None for no file) and :func:`kept_text` answers from it; what was
    missing is added to the file when the outermost block ends. Reentrant and
    thread-safe, like :func:`shared_charsets`."""
    if not _sre_fits():
        yield
        return
    with _KEEPING.block(path):
        yield


@contextmanager
def building() -> Iterator[None]:
    """What a language's tables are built in (the grammar's, the claims layer's): each
    character class worked out once, the collector paused, the programs and tries kept.
    A decorator too: ``@lru_cache`` over ``@building()``."""
    with shared_charsets(), collector_paused(), kept():
        yield
