"""Measure sentence splitters on tests/corpus/sentences-*.jsonl and the bench corpus.

    .venv/bin/python scripts/compare_segmenters.py

Scores claims.sentences.split_sentences, raw sentencex, and, when they are
installed, pysbd and sentence-splitter (not dependencies of the project:
`pip install pysbd sentence-splitter` in a scratch venv to compare).
Boundary precision/recall/F1 count the positions where one sentence ends and
the next starts; "cases" is the share of texts split exactly as annotated,
"held-out" the same on the cases written after the repairs (never tuned on).
"""
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.sentences import split_sentences  # noqa: E402


def _spans(text, pieces):
    """Trimmed (start, end) spans of pieces found in order in text."""
    out, pos = [], 0
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        i = text.index(p, pos)
        out.append((i, i + len(p)))
        pos = i + len(p)
    return out


def splitters():
    found = {"claims.sentences": lambda t, l: [s.text for s in split_sentences(t, l)]}
    import sentencex
    found["sentencex (raw)"] = lambda t, l: list(sentencex.segment(l, t))
    try:
        import pysbd
        segs = {l: pysbd.Segmenter(language=l, clean=False) for l in ("fr", "en")}
        found["pysbd"] = lambda t, l: segs[l].segment(t)
    except ImportError:
        pass
    try:
        import sentence_splitter
        sps = {l: sentence_splitter.SentenceSplitter(language=l) for l in ("fr", "en")}
        found["sentence-splitter"] = lambda t, l: sps[l].split(t)
    except ImportError:
        pass
    return found


def score(split, cases):
    tp = fp = fn = exact = 0
    failures = []
    for case in cases:
        text, lang = case["text"], case["lang"]
        gold = {e for _, e in _spans(text, case["sentences"])[:-1]}
        pred = {e for _, e in _spans(text, split(text, lang))[:-1]}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if gold == pred:
            exact += 1
        else:
            failures.append(case["id"])
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, exact / len(cases), failures


def speed(split, lang):
    text = (ROOT.parent / "shared" / "bench" / "corpus" / f"news-like-{lang}.txt").read_text()
    paras = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    n = sum(map(len, paras))
    t = time.perf_counter()
    for p in paras:
        split(p, lang)
    return n / (time.perf_counter() - t)


def main():
    for lang in ("fr", "en"):
        path = ROOT / "tests" / "corpus" / f"sentences-{lang}.jsonl"
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        print(f"\n{lang}: {len(cases)} texts, "
              f"{sum(len(c['sentences']) - 1 for c in cases)} boundaries")
        held = [c for c in cases if c.get("split") == "held-out"]
        print(f"{'splitter':<20} {'P':>6} {'R':>6} {'F1':>6} {'cases':>6} {'held-out':>8}"
              f" {'chars/s':>12}  failures")
        for name, split in splitters().items():
            p, r, f, acc, failures = score(split, cases)
            held_acc = score(split, held)[3] if held else float("nan")
            cps = speed(split, lang)
            print(f"{name:<20} {p:6.3f} {r:6.3f} {f:6.3f} {acc:6.3f} {held_acc:8.3f}"
                  f" {cps:12,.0f}  {' '.join(failures)}")


if __name__ == "__main__":
    main()
