"""Accuracy guard: the dev gold sets of ../shared/eval, scored by their own scorer.

The thresholds sit a little under today's figures (README, "Accuracy") so that a
change that loses accuracy fails here rather than in the held-out scoring.
"""
import json
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"


def _score(*patterns):
    files = sorted(str(p) for pat in patterns for p in EVAL.glob(pat))
    assert files, f"no gold files for {patterns} in {EVAL}"
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", *files, "--python", "claims:extract",
         "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["overall"]


pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(),
                                reason="../shared/eval is not beside the checkout")


def test_overall_dev_scores():
    overall = _score("*.dev.jsonl")
    assert overall["full_f1"] >= 0.93
    assert overall["span_f1"] >= 0.98


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language(lang):
    overall = _score(f"*-{lang}-*.dev.jsonl", f"newslike-{lang}.dev.jsonl")
    assert overall["full_f1"] >= 0.92
