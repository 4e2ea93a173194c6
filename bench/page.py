"""Server time to annotate a 10,000-character article through the page (``POST /``),
beside the same text through ``POST /v1/extract``: the page's own cost (readings,
the template, the ClaimReview of every claim, the JSON block) is the difference.

    .venv/bin/python bench/page.py [--runs 30] [--size 10000]

Measured in-process with Flask's test client, so the figure is the server's time
(form parsing, the engine, rendering), not the network's. Prints a table and, with
--json, one JSON object. The target (issue 13) is under 300 ms.
"""
import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import corpus  # noqa: E402
from app import create_app  # noqa: E402

# shared/ is beside the clone (CI, the integrator) or above the work trees
corpus.CORPUS = next(base / "shared" / "bench" / "corpus" for base in ROOT.parents
                     if (base / "shared" / "bench" / "corpus").is_dir())

DATE = "2023-02-14"


def article(lang, size):
    """News-like paragraphs of ``lang`` in turn, cut at ``size`` characters."""
    paragraphs = corpus.language_paragraphs(lang, news_only=True)
    text, i = "", 0
    while len(text) < size:
        text += paragraphs[i % len(paragraphs)] + "\n\n"
        i += 1
    return text[:size]


def timed(call, runs):
    call()  # warm: first-request costs (template compilation) are not the steady state
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = call()
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, response.status_code
    return {"median_ms": statistics.median(times) * 1000,
            "p90_ms": sorted(times)[int(0.9 * (len(times) - 1))] * 1000,
            "max_ms": max(times) * 1000}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    client = create_app({"TESTING": True}).test_client()
    results = {}
    for lang in ("fr", "en"):
        text = article(lang, args.size)
        form = {"text": text, "lang": "auto", "date": DATE, "convert_to": "EUR"}
        body = {"text": text, "date": DATE, "convert_to": "EUR"}
        api = client.post("/v1/extract", json=body).get_json()
        results[lang] = {
            "chars": len(text), "mentions": len(api["mentions"]), "claims": len(api["claims"]),
            "page": timed(lambda: client.post("/", data=form), args.runs),
            "api": timed(lambda: client.post("/v1/extract", json=body), args.runs),
        }
    if args.json:
        print(json.dumps(results))
        return
    print(f"Server time, {args.size:,}-character news-like article, convert_to EUR, "
          f"{args.runs} runs after one warm-up:\n")
    print("| lang | mentions | claims | POST / median ms | p90 ms | POST /v1/extract median ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang, r in results.items():
        print(f"| {lang} | {r['mentions']} | {r['claims']} | {r['page']['median_ms']:.1f} | "
              f"{r['page']['p90_ms']:.1f} | {r['api']['median_ms']:.1f} |")


if __name__ == "__main__":
    main()
