"""Short runs of the two fuzzers, on every push (the full runs are documented
commands: docs/ROBUSTNESS.md).

Both stop by themselves: the engine fuzzer after FUZZ_ENGINE_SECONDS (40),
schemathesis after FUZZ_API_SECONDS (25) of generation, on a server of its own.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_engine_fuzzing_finds_nothing(tmp_path):
    seconds = os.environ.get("FUZZ_ENGINE_SECONDS", "40")
    run = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "engine.py"), f"-max_total_time={seconds}",
         "-timeout=20", "-rss_limit_mb=4096", f"-artifact_prefix={tmp_path}/"],
        cwd=tmp_path, capture_output=True, timeout=int(seconds) + 120)
    log = run.stderr.decode("utf-8", "replace")
    # on a failure, libFuzzer's report: the exception, the input (saved under tmp_path)
    report = log[max(0, min(i for i in (log.find("=== Uncaught"), log.find("ERROR:"), len(log) - 4000)
                                if i >= 0) - 200):]
    assert run.returncode == 0, report[:6000]
    done = re.search(r"Done (\d+) runs in (\d+) second", log)
    assert done, log[-2000:]
    assert int(done.group(1)) > 1000
    print(done.group(0))


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
