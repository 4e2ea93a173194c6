"""Load test: the real gunicorn server on loopback, news-sized texts, steady concurrency.

    .venv/bin/python bench/load.py                        # 60 s, 4 clients, gunicorn.conf.py as is
    .venv/bin/python bench/load.py --seconds 120 --concurrency 8
    .venv/bin/python bench/load.py --no-recycle           # MAX_REQUESTS=0: one worker life, leaks show

Starts gunicorn with the project's ``gunicorn.conf.py`` (one worker per core)
on a free 127.0.0.1 port, then keeps ``--concurrency`` clients posting
articles of 2-5 KB (paragraphs of the shared news-like corpus, French and
English, half with ``lang`` given, half detected) back to back for
``--seconds``. It samples every worker's resident memory once a second and
reports requests per second, latency percentiles, errors, and the workers'
memory in the first and the last ten seconds. Exits non-zero on any error or
on memory growth over --max-growth (10 %). Traffic goes to loopback only, and
the run stops by itself.
"""
import argparse
import http.client
import json
import random
import statistics
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.live_server import LiveServer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "bench" / "corpus"


def articles(count: int, seed: int = 5):
    """(body bytes, characters) of ``count`` news-sized articles."""
    rng = random.Random(seed)
    sources = []
    for name, lang in (("news-like-fr.txt", "fr"), ("news-like-en.txt", "en")):
        path = CORPUS / name
        text = path.read_text(encoding="utf-8") if path.exists() else (
            "Le groupe a levé plus de 3,5 millions d'euros, soit 12 % de plus qu'en 2023.\n\n" * 40)
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        sources.append((lang, paragraphs))
    out = []
    for i in range(count):
        lang, paragraphs = sources[i % 2]
        chosen, size, goal = [], 0, rng.randint(2000, 5000)
        while size < goal:
            p = rng.choice(paragraphs)
            chosen.append(p)
            size += len(p) + 2
        text = "\n\n".join(chosen)
        body = {"text": text} if i % 4 < 2 else {"text": text, "lang": lang}
        out.append((json.dumps(body, ensure_ascii=False).encode("utf-8"), len(text)))
    return out


def rss_kb(pid: int):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def percentile(sorted_values, q):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=None, help="default: gunicorn.conf.py's")
    parser.add_argument("--no-recycle", action="store_true", help="MAX_REQUESTS=0")
    parser.add_argument("--max-growth", type=float, default=10.0, help="percent")
    args = parser.parse_args(argv)
    if not 0 < args.seconds <= 3600:
        parser.error("--seconds must be in (0, 3600]")

    bodies = articles(400)
    env = {"MAX_REQUESTS": "0"} if args.no_recycle else {}
    server = LiveServer(workers=args.workers, env=env)
    latencies, statuses, failures = [], Counter(), Counter()
    chars = [0]
    memory = []  # (seconds since start, {worker pid: RSS kB})
    lock = threading.Lock()
    stop = threading.Event()

    def client(n):
        rng = random.Random(n)
        while not stop.is_set():
            body, length = rng.choice(bodies)
            t0 = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=90)
                conn.request("POST", "/v1/extract", body, {"Content-Type": "application/json"})
                reply = conn.getresponse()
                reply.read()
                conn.close()
                status = reply.status
            except Exception as e:  # a refused or reset connection is an error too
                status = type(e).__name__
            elapsed = time.perf_counter() - t0
            with lock:
                if not stop.is_set():
                    latencies.append(elapsed)
                    statuses[status] += 1
                    chars[0] += length
                    if status != 200:
                        failures[status] += 1

    def sampler(started):
        while not stop.wait(1.0):
            pids = server.worker_pids()
            memory.append((time.perf_counter() - started, {p: rss_kb(p) for p in pids}))

    with server:
        time.sleep(2)  # /healthz answers once one worker is up: let the others boot
        workers = server.worker_pids()
        print(f"gunicorn on {server.url}: {len(workers)} workers, "
              f"{'MAX_REQUESTS=0' if args.no_recycle else 'gunicorn.conf.py recycling'}; "
              f"{args.concurrency} clients for {args.seconds:g} s; {len(bodies)} articles of "
              f"{min(c for _, c in bodies)}-{max(c for _, c in bodies)} characters", flush=True)
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.concurrency)]
        threads.append(threading.Thread(target=sampler, args=(started,), daemon=True))
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        stop.set()
        duration = time.perf_counter() - started
        for t in threads:
            t.join(timeout=120)
        seen_pids = {p for _, sample in memory for p in sample}
        logged = server.requests()

    lat = sorted(latencies)
    total = len(lat)

    def window_mb(lo, hi):
        # mean over the window of the workers' mean RSS (recycled workers included)
        means = [statistics.mean(v for v in sample.values() if v) for t, sample in memory
                 if lo <= t < hi and any(sample.values())]
        return statistics.mean(means) / 1024 if means else float("nan")

    first = window_mb(0, 10)
    last = window_mb(duration - 10, duration + 1)
    growth = (last - first) / first * 100
    server_errors = sum(1 for r in logged if r["status"] >= 500)
    result = {
        "seconds": round(duration, 1),
        "concurrency": args.concurrency,
        "workers": len(workers),
        "requests": total,
        "requests_per_s": round(total / duration, 1),
        "chars_per_s": round(chars[0] / duration),
        "latency_ms": {"p50": round(percentile(lat, 0.50) * 1000, 1),
                       "p90": round(percentile(lat, 0.90) * 1000, 1),
                       "p99": round(percentile(lat, 0.99) * 1000, 1),
                       "max": round(lat[-1] * 1000, 1) if lat else None},
        "errors": sum(failures.values()),
        "error_kinds": {str(k): v for k, v in failures.items()},
        "server_log": {"requests": len(logged), "5xx": server_errors},
        "worker_rss_mb": {"first_10s": round(first, 1), "last_10s": round(last, 1),
                          "growth_percent": round(growth, 1)},
        "worker_pids_seen": len(seen_pids),
    }
    print(json.dumps(result, indent=2))
    ok = result["errors"] == 0 and server_errors == 0 and growth <= args.max_growth
    print("load test:", "PASS" if ok else "FAIL",
          f"({total} requests, {result['requests_per_s']} req/s, p50 {result['latency_ms']['p50']} ms, "
          f"p99 {result['latency_ms']['p99']} ms, {result['errors']} errors, worker memory "
          f"{first:.1f} -> {last:.1f} MB, {growth:+.1f} %)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
