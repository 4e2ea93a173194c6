"""What claims cost on top of mentions: chars/s on the bench corpus, per paragraph.

    .venv/bin/python scripts/bench_claims.py [--rounds 3]

For each news-like file: extract() alone, extract() + find_claims(), and the
same two through POST /v1/extract (Flask test client, "claims": false / true).
The best of --rounds runs is kept; one warm-up run builds the language tables.
"""
import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402
from app import create_app  # noqa: E402

CORPUS = ROOT.parent / "shared" / "bench" / "corpus"
DATE = dt.date(2024, 6, 15)


def paragraphs(path):
    return [p for p in re.split(r"\n[ \t]*\n", path.read_text(encoding="utf-8")) if p.strip()]


def best(fn, paras, rounds):
    fn(paras)  # warm-up
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn(paras)
        times.append(time.perf_counter() - t)
    return sum(map(len, paras)) / min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    client = create_app({"TESTING": True}).test_client()
    print(f"{'file':<20} {'extract':>12} {'+claims':>12} {'ratio':>6} {'API off':>12} "
          f"{'API on':>12} {'ratio':>6}  (chars/s)")
    for lang in ("fr", "en"):
        path = CORPUS / f"news-like-{lang}.txt"
        paras = paragraphs(path)

        def mentions_only(ps):
            for p in ps:
                claims.extract(p, lang)

        def with_claims(ps):
            for p in ps:
                claims.find_claims(p, claims.extract(p, lang), lang, DATE)

        def api(on):
            def run(ps):
                for p in ps:
                    r = client.post("/v1/extract", json={"text": p, "lang": lang,
                                                         "date": "2024-06-15", "claims": on})
                    assert r.status_code == 200
            return run

        a, b = best(mentions_only, paras, args.rounds), best(with_claims, paras, args.rounds)
        c, d = best(api(False), paras, args.rounds), best(api(True), paras, args.rounds)
        print(f"{path.name:<20} {a:>12,.0f} {b:>12,.0f} {b / a:>6.2f} {c:>12,.0f} {d:>12,.0f} "
              f"{d / c:>6.2f}")


if __name__ == "__main__":
    main()
