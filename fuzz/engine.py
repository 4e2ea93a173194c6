"""Coverage-guided fuzzing of ``claims.extract`` with atheris (libFuzzer for Python).

    .venv/bin/python fuzz/engine.py -runs=100000              # the full run
    .venv/bin/python fuzz/engine.py -max_total_time=60        # a minute
    .venv/bin/python fuzz/engine.py crash-<sha1>              # replay one input

Any libFuzzer flag works (``-seed=``, ``-jobs=``...); with ``-runs`` or
``-max_total_time`` it stops by itself. Each input's first byte picks the
language (or locale, or none), the second how the rest becomes text: raw
Unicode (lone surrogates and controls included), or a string of the grammars'
own words, digits and odd characters picked by the following bytes, so the
fuzzer reaches deep rules in seconds rather than hours. Every result is checked
against :func:`fuzz.invariants.checked_extract`; a broken invariant or an
exception stops the run with the input saved as ``crash-*`` (libFuzzer's
convention) and a non-zero exit.

A clean run ends with libFuzzer's own line, ``Done N runs in S second(s)``.
"""
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with atheris.instrument_imports(include=["claims"]):
    import claims

from fuzz.inputs import LANGS, all_vocabulary  # noqa: E402
from fuzz.invariants import checked_extract  # noqa: E402

VOCABULARY = all_vocabulary()


def text_of(fdp: "atheris.FuzzedDataProvider") -> str:
    if fdp.ConsumeIntInRange(0, 3) == 0:
        return fdp.ConsumeUnicode(fdp.remaining_bytes())
    parts = []
    while fdp.remaining_bytes() and len(parts) < 200:
        pick = fdp.ConsumeIntInRange(0, len(VOCABULARY) + 3)
        if pick < len(VOCABULARY):
            parts.append(VOCABULARY[pick])
        elif pick == len(VOCABULARY):
            parts.append(str(fdp.ConsumeIntInRange(0, 10 ** 12)))
        else:
            parts.append(fdp.ConsumeUnicode(fdp.ConsumeIntInRange(1, 4)))
        parts.append(" " if fdp.ConsumeBool() else "")
    return "".join(parts)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lang = LANGS[fdp.ConsumeIntInRange(0, len(LANGS) - 1)]
    text = text_of(fdp)
    try:
        checked_extract(text, lang)
    except claims.UnsupportedLanguage:
        pass  # the documented refusal of an unsupported lang


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
