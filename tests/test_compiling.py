"""claims.compiling: the memo of re's character classes changes the time of a compile,
never its program; the collector paused while a grammar is built is left as it was; a
program or trie kept on disk is the one built without it, and a file that is missing,
damaged or refused is built again."""
import gc
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from re import _compiler

import pytest

from claims import compiling
from claims.compiling import cache_file, collector_paused, kept, kept_text, shared_charsets
from claims.grammar import grammar


def _program(pattern: str, flags: int = 0) -> tuple:
    """The code ``re`` compiles ``pattern`` to (its own cache bypassed)."""
    return _everything(pattern, flags)[1]


def _grammar_patterns(code: str):
    for name, value in vars(grammar(code)).items():
        values = value.values() if isinstance(value, dict) else [value]
        for v in values:
            if isinstance(v, re.Pattern):
                yield name, v


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_every_grammar_pattern_compiles_to_the_same_program(lang):
    patterns = list(_grammar_patterns(lang))
    assert len(patterns) > 50
    plain = [_program(p.pattern, p.flags) for _, p in patterns]
    with shared_charsets():
        shared = [_program(p.pattern, p.flags) for _, p in patterns]
    for (name, _), a, b in zip(patterns, plain, shared):
        assert a == b, name


@pytest.mark.parametrize("pattern", [
    r"[ \t\u00a0\u202f\u2009]+x[ \t\u00a0\u202f\u2009]",  # the same class twice
    r"(?i:[ \t\u00a0\u202f\u2009]+k[ks])[ \t\u00a0\u202f\u2009]",  # with and without case
    r"[^a-z\u0100][a-z\u0100]",  # negated and not
    r"(?i:[ks])[ks]", r"(?a)(?i:[ab])[ab]", r"(?i:[ǅ-ǆ])[ǅ-ǆ]", r"[\U0001F600-\U0001F64F]\d", r"['’]x['’]",
])
def test_classes_met_again_compile_as_the_first_time(pattern):
    with shared_charsets():
        first = _program(pattern)
        again = _program(pattern)
    assert first == again == _program(pattern)


def test_the_memo_is_in_place_only_inside_blocks_and_threads_share_it():
    original = _compiler._optimize_charset
    inside = []
    gate = threading.Barrier(2)

    def worker():
        with shared_charsets():
            gate.wait()
            inside.append(_compiler._optimize_charset is not original)
            gate.wait()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert inside == [True, True]
    assert _compiler._optimize_charset is original
    with shared_charsets():
        with shared_charsets():
            pass
        assert _compiler._optimize_charset is not original  # still the outer block's
    assert _compiler._optimize_charset is original


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_inside_blocks_and_left_as_it_was(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        inside = []
        both_in, first_left = threading.Barrier(2, timeout=30), threading.Event()

        def first():
            with collector_paused():
                both_in.wait()
                inside.append(("first", gc.isenabled()))
            first_left.set()

        def second():
            with collector_paused():
                both_in.wait()
                first_left.wait(timeout=30)
                inside.append(("second, the first gone", gc.isenabled()))

        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert sorted(inside) == [("first", False), ("second, the first gone", False)]
        assert gc.isenabled() is enabled
        with collector_paused():
            with collector_paused():
                pass
            assert not gc.isenabled()  # still the outer block's
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_building_a_grammar_leaves_the_collector_running():
    assert gc.isenabled()
    built = grammar.__wrapped__("en")  # built again, past the cache
    assert built.words_re.pattern == grammar("en").words_re.pattern
    assert gc.isenabled()


def _everything(pattern: str, flags: int) -> tuple:
    """Every argument ``re`` hands to ``_sre.compile`` for ``pattern`` (the program, its
    flags, groups and their names), its own cache bypassed; inside a kept block, those
    of the program kept, when it is there."""
    seen = []
    real = _compiler._sre

    class Capture:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def compile(pattern, flags, code, *rest):
            seen.append((flags, tuple(code), *rest))
            return real.compile(pattern, flags, code, *rest)

    _compiler._sre = Capture()
    try:
        _compiler.compile(pattern, flags)
    finally:
        _compiler._sre = real
    return seen[0]


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
def test_a_kept_program_is_the_program_re_compiles(lang, tmp_path):
    path = tmp_path / "kept.marshal"
    patterns = [p for _, p in _grammar_patterns(lang)]
    plain = [_everything(p.pattern, p.flags) for p in patterns]
    with kept(path):  # every one missed: compiled, and kept
        first = [_everything(p.pattern, p.flags) for p in patterns]
    assert path.stat().st_size > 0
    compiling._current = None  # as a new process finds it: read from the file
    with kept(path):
        again = [_everything(p.pattern, p.flags) for p in patterns]
        assert not compiling._current.missed  # every one was read from the file
        assert len(compiling._current.used) == len({(p.pattern, p.flags) for p in patterns})
    for p, a, b, c in zip(patterns, plain, first, again):
        assert a == b == c, p.pattern[:80]


def test_the_grammar_built_from_a_kept_file_reads_as_the_one_built_without(tmp_path):
    from claims.engine import extract
    from claims.grammar import grammar as cached
    text = ("Le chiffre d'affaires a dépassé la barre symbolique des 3 milliards de dollars "
            "canadiens, soit près de 2 % de plus qu'en 2023 (environ 12 000 salariés).")
    expected = [m.to_dict() for m in extract(text, "fr")]
    built = []
    for _ in range(2):  # once missing everything, once reading it all
        compiling._current = None
        with kept(tmp_path / "kept.marshal"):
            built.append(cached.__wrapped__("fr"))
    assert vars(built[0]).keys() == vars(built[1]).keys()
    for name, value in vars(built[0]).items():
        if isinstance(value, re.Pattern):
            other = getattr(built[1], name)
            assert (value.pattern, value.flags, value.groupindex) == (
                other.pattern, other.flags, other.groupindex), name
    cached.cache_clear()
    try:
        with kept(tmp_path / "kept.marshal"):
            assert [m.to_dict() for m in extract(text, "fr")] == expected
    finally:
        cached.cache_clear()


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", b"\x00" * 64])
def test_a_damaged_file_is_built_again_and_written_anew(tmp_path, damage):
    path = tmp_path / "kept.marshal"
    path.write_bytes(damage)
    compiling._current = None
    with kept(path):
        p = re._compiler.compile(r"(?P<n>\d+)\s*(?i:km|miles?)", 0)
        assert compiling._current.missed
    assert p.match("12 Miles").group("n") == "12"
    compiling._current = None
    with kept(path):
        assert re._compiler.compile(r"(?P<n>\d+)\s*(?i:km|miles?)", 0).match("3 km")
        assert not compiling._current.missed  # the file written anew holds it


def test_a_program_refused_by_sre_is_compiled_again(tmp_path):
    path = tmp_path / "kept.marshal"
    pattern = r"a(?P<x>b+)c"
    compiling._current = None
    with kept(path):
        re._compiler.compile(pattern, 0)
        store = compiling._current
        key = next(iter(store.used))
        flags, code, groups, groupindex, indexgroup = store.entries[key]
        store.entries[key] = (flags, b"\xff\xff\xff\xff" * 3, groups, groupindex, indexgroup)
        p = re._compiler.compile(pattern, 0)  # the damaged program is refused: compiled
        assert p.fullmatch("abbbc").group("x") == "bbb"
        for damaged in [(flags, b"\x01\x02\x03", groups, groupindex, indexgroup),  # not words
                        (flags, "text", groups, groupindex, indexgroup), (1, 2), 7]:
            store.entries[key] = damaged  # an entry of another shape: compiled
            assert re._compiler.compile(pattern, 0).fullmatch("abc").group("x") == "b"


def test_kept_text_builds_once_per_input_and_outside_a_block_every_time(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return "x|y"

    assert kept_text("t", ("a", "b"), build) == "x|y" == kept_text("t", ("a", "b"), build)
    assert len(calls) == 2  # no block: nothing kept
    compiling._current = None
    with kept(tmp_path / "kept.marshal"):
        assert kept_text("t", ("a", "b"), build) == "x|y"
        assert kept_text("t", ("a", "b"), build) == "x|y"
        assert kept_text("t", ("a", "bc"), build) == "x|y"  # another input: built
        assert kept_text("t", ("ab", "c"), build) == "x|y"  # parts are not run together
    assert len(calls) == 5
    compiling._current = None
    with kept(tmp_path / "kept.marshal"):
        kept_text("t", ("a", "b"), build)
    assert len(calls) == 5  # read from the file


def test_an_empty_cache_dir_keeps_no_file(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_file().parent == tmp_path / "xdg" / "claims"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_file().parent == tmp_path / "home" / ".cache" / "claims"
    monkeypatch.setenv("CLAIMS_CACHE_DIR", "")
    assert cache_file() is None
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(tmp_path))
    assert cache_file().parent == tmp_path
    compiling._current = None
    with kept():
        re._compiler.compile(r"kept(?:-here)?", 0)
    assert cache_file().exists()
    monkeypatch.setenv("CLAIMS_CACHE_DIR", "")
    compiling._current = None
    with kept():
        re._compiler.compile(r"not(?:-kept)?", 0)
    assert compiling._current.path is None


def test_a_cache_dir_that_cannot_be_made_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"  # (a directory's permissions would not stop root)
    blocker.write_text("x")
    compiling._current = None
    with kept(blocker / "sub" / "kept.marshal"):
        assert re._compiler.compile(r"r(?:ead)?-only", 0).match("read-only")
        assert compiling._current.missed
    assert not (blocker / "sub").exists()


def test_a_second_process_finds_everything_kept(tmp_path):
    """Every pattern and trie is the same text in every process (whatever the hash seed
    orders sets by): a second start builds nothing and writes nothing."""
    count = ("import claims; from claims import compiling; claims.prepare(); "
             "print(len(compiling._current.used), compiling._current.added)")
    root = Path(__file__).resolve().parents[1]

    def start(seed):
        env = dict(os.environ, CLAIMS_CACHE_DIR=str(tmp_path), PYTHONHASHSEED=seed,
                   PYTHONPATH=str(root))
        out = subprocess.run([sys.executable, "-c", count], env=env, cwd=root,
                             capture_output=True, text=True, check=True)
        return [int(n) for n in out.stdout.split()]

    used, added = start("1")
    assert used > 500 and added == used  # all three languages, built
    [kept_file] = tmp_path.iterdir()
    written = kept_file.stat().st_mtime_ns
    used_again, added_again = start("2")  # another hash seed:
    assert added_again == 0  # every one found, none built (the tries' own helpers,
    assert used - 5 <= used_again <= used  # compiled while a trie is written, are not met)
    assert kept_file.stat().st_mtime_ns == written


def test_a_file_grown_past_its_bound_keeps_what_the_process_used(tmp_path, monkeypatch):
    path = tmp_path / "kept.marshal"
    compiling._current = None
    with kept(path):
        for i in range(6):  # an earlier process's entries
            re._compiler.compile(f"old-{i}(?:x|y)", 0)
    monkeypatch.setattr(compiling, "_KEEP_AT_MOST", 4)
    compiling._current = None
    with kept(path):
        re._compiler.compile("old-0(?:x|y)", 0)  # found
        re._compiler.compile("new(?:x|y)", 0)    # built: the file is written again
    compiling._current = None
    with kept(path):
        assert len(compiling._current.entries) == 2  # the two this process used


def test_a_write_that_fails_leaves_no_file_behind(tmp_path, monkeypatch):
    path = tmp_path / "kept.marshal"

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(compiling.os, "replace", full_disk)
    compiling._current = None
    with kept(path):
        assert re._compiler.compile(r"f(?:ull)?-disk", 0).match("full-disk")
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(compiling.os, "replace", interrupted)
    compiling._current = None
    with pytest.raises(KeyboardInterrupt):
        with kept(path):
            re._compiler.compile(r"i(?:nterrupted)?", 0)
    assert list(tmp_path.iterdir()) == []
    assert re._compiler.compile is compiling._ORIGINAL_COMPILE  # the block was left
