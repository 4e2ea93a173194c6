"""claims.compiling: the memo of re's character classes changes the time of a compile,
never its program; the collector paused while a grammar is built is left as it was."""
import gc
import re
import threading
from re import _compiler

import pytest

from claims.compiling import collector_paused, shared_charsets
from claims.grammar import grammar


def _program(pattern: str, flags: int = 0) -> tuple:
    """The code ``re`` compiles ``pattern`` to (its own cache bypassed)."""
    seen = []
    real = _compiler._sre

    class Capture:
        def __getattr__(self, name):
            return getattr(real, name)

        @staticmethod
        def compile(pattern, flags, code, *rest):
            seen.append(tuple(code))
            return real.compile(pattern, flags, code, *rest)

    _compiler._sre = Capture()
    try:
        _compiler.compile(pattern, flags)
    finally:
        _compiler._sre = real
    return seen[0]


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
