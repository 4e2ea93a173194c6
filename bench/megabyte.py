"""A megabyte of figures against the real server: the answer's time and the worker's peak.

    .venv/bin/python bench/megabyte.py

Issue 15: 1 MB of ``1 2 3 …`` must get an answer (200 or 413) within 25 s, the
worker under 200 MB. Two texts, each on a fresh one-worker server (gunicorn with
the project's settings, loopback, a free port), so that the worker's VmHWM is
that request's peak:

- ``over``: 1 MB of ``1 2 3 …`` (about 157,000 figures), past ``MAX_FIGURES``:
  a 413 before the engine reads it;
- ``under``: just under ``MAX_FIGURES`` (49,989 figures) padded to 1 MB with
  words: read whole, an 18 MB reply streamed.

Prints a Markdown table and exits non-zero when a target is missed. The tests
(tests/test_live_server.py) check the statuses and the memory; the time is
measured here, on a machine the figures can be trusted on.
"""
import json
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.live_server import LiveServer  # noqa: E402

SECONDS, MEGABYTES = 25, 200


def texts():
    words, size, i = [], 0, 1
    while size < 1_000_000:
        words.append(str(i))
        size, i = size + len(str(i)) + 1, i + 1
    yield "over: 1 MB of 1 2 3 …", " ".join(words)[:1_000_000]
    figures = " ".join(str(i) for i in range(1, 49_990))
    yield "under: 49,989 figures and words to 1 MB", (figures + " " + "mot " * 300_000)[:1_000_000]


def post(port: int, text: str):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/extract", method="POST",
                                 data=json.dumps({"text": text, "lang": "fr"}).encode(),
                                 headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            status, body = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read()
    return status, body, time.monotonic() - started


def main() -> int:
    print("| text | status | mentions | reply MB | seconds | worker peak MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    ok = True
    for label, text in texts():
        with LiveServer(workers=1) as server:
            status, body, seconds = post(server.port, text)
            peak = max(int(Path(f"/proc/{pid}/status").read_text().split("VmHWM:")[1].split()[0])
                       for pid in server.worker_pids()) / 1024
        mentions = len(json.loads(body).get("mentions", [])) if status == 200 else 0
        print(f"| {label} | {status} | {mentions:,} | {len(body) / 1e6:.1f} | {seconds:.1f} | "
              f"{peak:.0f} |")
        ok &= status in (200, 413) and seconds < SECONDS and peak < MEGABYTES
    print(f"\ntargets: an answer (200 or 413) within {SECONDS} s, the worker under "
          f"{MEGABYTES} MB: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
