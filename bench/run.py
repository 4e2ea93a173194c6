"""The speed benchmark: claims side by side with its peers, in one invocation.

    scripts/bench            # everything (takes about 15 minutes: the peers are slow)
    scripts/bench --quick    # news-like paragraphs only, one run each

Each tool runs in a fresh process (bench/worker.py) on the same paragraphs of
../shared/bench/corpus, split as its README says.  Then the growth of claims'
time with document size, then the HTTP path (bench/http_load.py).  Prints
Markdown tables and writes bench/results/latest.json.
"""
import argparse
import json
import pathlib
import platform
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
TOOLS = {"fr": ["claims", "recognizers", "floor"], "en": ["claims", "recognizers", "quantulum3", "floor"]}


def worker(*args):
    out = subprocess.run([sys.executable, str(HERE / "worker.py"), *args],
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"bench/worker.py {' '.join(args)} failed:\n{out.stderr}")
    return json.loads(out.stdout)


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    return f"{cpu}, {len(__import__('os').sched_getaffinity(0))} cores, Python {platform.python_version()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="news-like paragraphs, one run, short HTTP run")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-http", action="store_true")
    args = ap.parse_args()
    runs = "1" if args.quick else str(args.runs)
    extra = ["--news-only"] if args.quick else []

    results = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "quick": args.quick,
               "throughput": [], "growth": {}, "http": None, "page": None}
    print(f"Machine: {results['machine']}\n")
    print("| lang | tool | chars/s | paragraphs/s | start-up s | peak RSS MB | added MB | claims is × faster |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for lang, tools in TOOLS.items():
        rows = [worker(tool, lang, "--runs", runs, *extra) for tool in tools]
        mine = rows[0]["chars_per_s"]
        for r in rows:
            r["claims_speedup"] = mine / r["chars_per_s"]
            results["throughput"].append(r)
            print(f"| {lang} | {r['tool']} | {r['chars_per_s']:,.0f} | {r['paragraphs_per_s']:,.0f} | "
                  f"{r['startup_s']:.2f} | {r['peak_rss_mb']:.0f} | {r['rss_added_mb']:.0f} | "
                  f"{r['claims_speedup']:.2f} |")

    print("\nGrowth with document size (claims, one document):\n")
    print("| lang | size | seconds | µs per 1,000 chars | vs 10 KB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for lang in TOOLS:
        g = worker("claims", lang, "--growth", "--runs", runs)["growth"]
        results["growth"][lang] = g
        base = g["10000"]["seconds"] / g["10000"]["chars"]
        for size, row in g.items():
            per = row["seconds"] / row["chars"]
            print(f"| {lang} | {int(size):,} | {row['seconds']:.4f} | {per * 1e9:,.0f} | {per / base:.2f} |")

    if not args.skip_http:
        seconds = "5" if args.quick else "20"
        out = subprocess.run([sys.executable, str(HERE / "http_load.py"), "--seconds", seconds,
                              "--concurrency", "8"], capture_output=True, text=True, check=True)
        http = results["http"] = json.loads(out.stdout)
        print("\nHTTP, news-like paragraphs, 8 concurrent clients, gunicorn.conf.py settings:\n")
        print("| endpoint | requests/s | p50 ms | p99 ms | errors |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for path in ("/v1/noop", "/v1/extract"):
            r = http[path]
            print(f"| {path} | {r['rps']:,.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['errors']} |")
        rounds = ", ".join(f"{r:.2f}" for r in http["ratio_rps_rounds"])
        print(f"\n/v1/extract reaches {http['ratio_rps']:.2f} of the no-op's requests per second "
              f"(rounds: {rounds}).")

    # the desk's page: server time to annotate a 10,000-character article (issue 13: < 300 ms)
    out = subprocess.run([sys.executable, str(HERE / "page.py"), "--json", "--runs", "5" if args.quick else "30"],
                         capture_output=True, text=True, check=True)
    page = results["page"] = json.loads(out.stdout)
    print("\nThe page (POST /), 10,000-character news-like article, convert_to EUR, server time:\n")
    print("| lang | mentions | claims | POST / median ms | p90 ms | POST /v1/extract median ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang, r in page.items():
        print(f"| {lang} | {r['mentions']} | {r['claims']} | {r['page']['median_ms']:.1f} | "
              f"{r['page']['p90_ms']:.1f} | {r['api']['median_ms']:.1f} |")

    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "latest.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
