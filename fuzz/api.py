"""The API against its own specification: schemathesis on the real server.

    .venv/bin/python fuzz/api.py --max-time 300       # the full run (several thousand requests)
    .venv/bin/python fuzz/api.py --max-time 20        # what CI runs

Starts gunicorn (``gunicorn.conf.py``, 2 workers) on a free loopback port,
points ``schemathesis run`` at its ``/openapi.json`` with every check
(``--checks all``: no server error, status codes, content types, headers and
bodies as documented, invalid data refused, valid data accepted) in every
phase, then reads the server's own log to count the requests it answered and
their statuses. Exits non-zero on any schemathesis failure or any 5xx.
Arguments after ``--`` go to schemathesis.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.live_server import LiveServer  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-time", type=int, default=300, help="seconds of fuzzing (default 300)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("extra", nargs="*", help="more schemathesis arguments (after --)")
    args = parser.parse_args(argv)

    report = Path(tempfile.mkdtemp(prefix="claims-schemathesis-")) / "report.json"
    with LiveServer(workers=args.workers) as server:
        command = [
            str(Path(sys.executable).with_name("schemathesis")), "run", server.url + "/openapi.json",
            "--checks", "all", "--max-time", str(args.max_time),
            "--report", "json", "--report-json-path", str(report),
            "--no-color", *(["--seed", str(args.seed)] if args.seed is not None else []), *args.extra,
        ]
        print("$", " ".join(command), flush=True)
        run = subprocess.run(command, env={**os.environ, "SCHEMATHESIS_HOOKS": ""})
    answered = server.requests()

    summary = json.loads(report.read_text()) if report.exists() else {}
    cases = summary.get("test_cases", {})
    statuses = Counter(r["status"] for r in answered)
    server_errors = sum(n for status, n in statuses.items() if status >= 500)
    print(f"schemathesis: {cases.get('generated', '?')} test cases, "
          f"{cases.get('with_failures', '?')} with failures, {len(summary.get('errors', []))} errors; "
          f"server: {len(answered)} requests answered, {server_errors} server errors; statuses "
          + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())), flush=True)
    if run.returncode or server_errors or cases.get("with_failures"):
        print(f"FAILED (schemathesis exit {run.returncode}); server log: {server.log_path}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
