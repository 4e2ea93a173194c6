"""Time one tool on one language's paragraphs, in a process of its own.

    python bench/worker.py TOOL LANG [--runs N] [--news-only] [--growth] [--detect]

Prints one JSON object: start-up (import and first call), characters and
paragraphs per second (median of the runs), peak memory.  Run by bench/run.py.
"""
import argparse
import json
import os
import re
import resource
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from bench.corpus import document, language_paragraphs  # noqa: E402

FLOOR = re.compile(r"\d[\d\s.,]*")


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def load(tool, lang, detect=False):
    """Import the tool and return a function text -> number of results; with
    ``detect``, claims is not told the language."""
    if tool == "claims":
        import claims
        asked = None if detect else lang
        return lambda text: len(claims.extract(text, lang=asked))
    if tool == "floor":
        return lambda text: sum(1 for _ in FLOOR.finditer(text))
    if tool == "recognizers":
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
        culture = {"fr": Culture.French, "en": Culture.English}[lang]
        numbers = NumberRecognizer(culture)
        models = [numbers.get_number_model(), numbers.get_percentage_model(),
                  NumberWithUnitRecognizer(culture).get_currency_model()]
        return lambda text: sum(len(m.parse(text)) for m in models)
    if tool == "quantulum3":
        if lang != "en":
            raise SystemExit("quantulum3 reads English only")
        from quantulum3 import parser
        return lambda text: len(parser.parse(text))
    raise SystemExit(f"unknown tool {tool}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("lang")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--news-only", action="store_true")
    ap.add_argument("--growth", action="store_true", help="time single documents of 1 KB to 1 MB")
    ap.add_argument("--detect", action="store_true", help="claims detects the language")
    args = ap.parse_args()

    paras = language_paragraphs(args.lang, news_only=args.news_only)
    base_rss = rss_mb()
    t0 = time.perf_counter()
    fn = load(args.tool, args.lang, args.detect)
    fn(paras[0])
    startup = time.perf_counter() - t0

    out = {"tool": args.tool, "lang": args.lang, "startup_s": startup}
    if args.growth:
        out["growth"] = {}
        for size in (1_000, 10_000, 100_000, 1_000_000):
            doc = document(args.lang, size)
            times = []
            for _ in range(max(args.runs, 3 if size < 1_000_000 else 1)):
                t = time.perf_counter()
                fn(doc)
                times.append(time.perf_counter() - t)
            out["growth"][size] = {"chars": len(doc), "seconds": statistics.median(times)}
    else:
        chars = sum(map(len, paras))
        times, found = [], 0
        for _ in range(args.runs):
            t = time.perf_counter()
            found = sum(fn(p) for p in paras)
            times.append(time.perf_counter() - t)
        median = statistics.median(times)
        out.update(paragraphs=len(paras), chars=chars, runs=times, found=found,
                   chars_per_s=chars / median, paragraphs_per_s=len(paras) / median)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["rss_added_mb"] = out["peak_rss_mb"] - base_rss
    print(json.dumps(out))


if __name__ == "__main__":
    main()
