"""The HTTP path: /v1/extract against a no-op twin on one real gunicorn server.

    python bench/http_load.py [--seconds 20] [--rounds 5] [--concurrency 8]

Starts gunicorn with gunicorn.conf.py (the service's own settings) on a free
loopback port, serving bench/noop_app.py, then sends the news-like paragraphs of
both languages in turn from CONCURRENCY client threads, to each endpoint for
SECONDS in all.  The endpoints take turns in ROUNDS rounds (noop then extract,
then extract then noop…): whatever else the machine does during the run weighs
on both alike, instead of on whichever endpoint it fell on.  Prints one JSON
object: for each endpoint requests per second, p50/p99 latency and errors over
all its rounds; their ratio; and the ratio of each round.  Traffic goes to
127.0.0.1 only.
"""
import argparse
import http.client
import json
import os
import pathlib
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.corpus import language_paragraphs  # noqa: E402


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not answer /healthz")


def hammer(port, path, bodies, seconds, concurrency):
    """Send ``bodies`` to ``path`` from ``concurrency`` threads for ``seconds``:
    (latency of each request, seconds elapsed, errors)."""
    latencies, errors, lock = [], [0], threading.Lock()
    stop = time.perf_counter() + seconds

    def client(offset):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        i = offset
        mine = []
        while time.perf_counter() < stop:
            body = bodies[i % len(bodies)]
            i += concurrency
            t = time.perf_counter()
            try:
                conn.request("POST", path, body, {"Content-Type": "application/json"})
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
            mine.append(time.perf_counter() - t)
            if not ok:
                with lock:
                    errors[0] += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(concurrency)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return latencies, time.perf_counter() - start, errors[0]


def summary(latencies, elapsed, errors):
    latencies = sorted(latencies)
    q = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "rps": len(latencies) / elapsed,
            "p50_ms": q[49] * 1000, "p99_ms": q[98] * 1000, "errors": errors}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=20, help="per endpoint, all rounds together")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()

    bodies = [json.dumps({"text": p, "lang": lang}).encode()
              for lang in ("fr", "en") for p in language_paragraphs(lang, news_only=True)]
    port = free_port()
    env = dict(os.environ, PORT=str(port), HOST="127.0.0.1")
    gunicorn = pathlib.Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen([str(gunicorn), "--config", "gunicorn.conf.py", "bench.noop_app:app"],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        wait_ready(port)
        paths = ("/v1/noop", "/v1/extract")
        for path in paths:
            hammer(port, path, bodies, 2, args.concurrency)  # warm-up
        latencies = {path: [] for path in paths}
        elapsed, errors = dict.fromkeys(paths, 0.0), dict.fromkeys(paths, 0)
        rounds = []
        for r in range(args.rounds):
            rps = {}
            for path in (paths if r % 2 == 0 else paths[::-1]):
                lat, seconds, failed = hammer(port, path, bodies, args.seconds / args.rounds,
                                              args.concurrency)
                latencies[path].extend(lat)
                elapsed[path] += seconds
                errors[path] += failed
                rps[path] = len(lat) / seconds
            rounds.append(rps["/v1/extract"] / rps["/v1/noop"])
        results = {path: summary(latencies[path], elapsed[path], errors[path]) for path in paths}
        results["ratio_rps"] = results["/v1/extract"]["rps"] / results["/v1/noop"]["rps"]
        results["ratio_rps_rounds"] = rounds
        results["workers"] = env.get("WORKERS", "cores")
        results["concurrency"] = args.concurrency
        print(json.dumps(results))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
