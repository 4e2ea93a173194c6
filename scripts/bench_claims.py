"""What claims cost on top of mentions: chars/s on the bench corpus, per paragraph.

    .venv/bin/python scripts/bench_claims.py [--rounds 3] [--corpus DIR] [--scaling] [--cpu]

For each news-like file: extract() alone, extract() + find_claims(), and the
same two through POST /v1/extract (Flask test client, "claims": false / true).
The best of --rounds runs is kept; one warm-up run builds the language tables.

``--scaling``: extract() + find_claims() on the first 10 KB, 100 KB and 1 MB of
the French novel of the corpus (``bastiat-oeuvres-t4-fr.txt``), microseconds per
character, and the ratio of 1 MB to 10 KB (issue 12 asks for at most 1.3).
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


CLOCK = time.perf_counter


def best(fn, paras, rounds):
    fn(paras)  # warm-up
    times = []
    for _ in range(rounds):
        t = CLOCK()
        fn(paras)
        times.append(CLOCK() - t)
    return sum(map(len, paras)) / min(times)


def scaling(corpus, rounds):
    novel = (corpus / "bastiat-oeuvres-t4-fr.txt").read_text(encoding="utf-8")
    while len(novel) < 1_000_000:
        novel += "\n\n" + novel
    rows = []
    for size in (10_000, 100_000, 1_000_000):
        text = novel[:size]

        def run(ps):
            claims.find_claims(ps[0], claims.extract(ps[0], "fr"), "fr", DATE)
        rows.append((size, 1e6 / best(run, [text], rounds)))
    print("novel (fr), extract + find_claims: " + ", ".join(
        f"{size // 1000} KB {us:.3f} µs/char" for size, us in rows)
        + f"; 1 MB / 10 KB = {rows[-1][1] / rows[0][1]:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--scaling", action="store_true", help="time per character, 10 KB to 1 MB")
    ap.add_argument("--cpu", action="store_true",
                    help="CPU time of this process instead of wall time (a busy machine)")
    args = ap.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    if args.scaling:
        scaling(args.corpus, args.rounds)
        return
    client = create_app({"TESTING": True}).test_client()
    print(f"{'file':<20} {'extract':>12} {'+claims':>12} {'ratio':>6} {'API off':>12} "
          f"{'API on':>12} {'ratio':>6}  (chars/s)")
    for lang in ("fr", "en"):
        path = args.corpus / f"news-like-{lang}.txt"
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
