"""Short runs of every fuzzer, on every push (the full runs are documented
commands: docs/ROBUSTNESS.md).

Each stops by itself: the engine fuzzer after FUZZ_ENGINE_SECONDS (40), the
claims layer's after FUZZ_CLAIMS_SECONDS (30), the sentence splitter's after
FUZZ_SENTENCES_SECONDS (20), the raw HTTP fuzzer after FUZZ_HTTP_SECONDS (20)
and schemathesis after FUZZ_API_SECONDS (25) of generation, each HTTP one on a
server of its own.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("harness, variable, default", [
    ("engine.py", "FUZZ_ENGINE_SECONDS", "40"),
    ("claims_layer.py", "FUZZ_CLAIMS_SECONDS", "30"),
    ("sentences.py", "FUZZ_SENTENCES_SECONDS", "20"),
])
def test_coverage_guided_fuzzing_finds_nothing(tmp_path, harness, variable, default):
    seconds = os.environ.get(variable, default)
    run = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / harness), f"-max_total_time={seconds}",
         "-timeout=20", "-rss_limit_mb=4096", f"-artifact_prefix={tmp_path}/"],
        cwd=tmp_path, capture_output=True, timeout=int(seconds) + 120)
    log = run.stderr.decode("utf-8", "replace")
    # on a failure, libFuzzer's report: the exception, the input (saved under tmp_path)
    marks = [i for i in (log.find("=== Uncaught"), log.find("ERROR:")) if i >= 0]
    report = log[max(0, (min(marks) if marks else len(log) - 4000) - 200):]
    assert run.returncode == 0, report[:6000]
    done = re.search(r"Done (\d+) runs in (\d+) second", log)
    assert done, log[-2000:]
    assert int(done.group(1)) > 1000
    print(harness, done.group(0))


def test_raw_http_fuzzing_finds_nothing(tmp_path):
    seconds = os.environ.get("FUZZ_HTTP_SECONDS", "20")
    run = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "raw_http.py"), "--seconds", seconds],
        cwd=tmp_path, capture_output=True, timeout=int(seconds) + 120)
    out = run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0, out[-3000:] + run.stderr.decode("utf-8", "replace")[-2000:]
    summary = re.search(r"http fuzz \(seed \d+\): (\d+) requests", out)
    assert summary and int(summary.group(1)) > 100, out[-2000:]
    print(summary.group(0))


def test_the_api_keeps_to_its_specification():
    seconds = os.environ.get("FUZZ_API_SECONDS", "25")
    run = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "api.py"), "--max-time", seconds],
        cwd=ROOT, capture_output=True, timeout=int(seconds) + 180)
    out = run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0, out[-6000:] + run.stderr.decode("utf-8", "replace")[-2000:]
    summary = re.search(r"schemathesis: (\d+) test cases, 0 with failures.*0 server errors", out)
    assert summary, out[-3000:]
    assert int(summary.group(1)) > 100
    print(summary.group(0))
