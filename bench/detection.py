"""How language detection does on the project's texts: false refusals of the
supported languages' texts (every text of tests/corpus and ../shared/eval), and
refusals of news in languages the engine does not read (tests/corpus/foreign-news.jsonl).

    .venv/bin/python bench/detection.py            # the figures
    .venv/bin/python bench/detection.py --show 20  # and the texts refused wrongly / missed
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: the corpus modules whose phrasings are written in one supported language (the old
#: ``families`` module, keyed by language, was merged into ``families_fr``/``families_en``)
MODULES = {"fr": "fr", "en": "en", "es": "es", "families_fr": "fr", "families_en": "en"}
_NAMES = {"FR": "fr", "EN": "en", "ES": "es", "fr": "fr", "en": "en", "es": "es"}


def _walk(obj, lang, out, seen):
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, str):
        if lang:
            out.append((lang, obj))
        return
    texts = getattr(obj, "texts", None)
    if texts is not None:  # a Case, Several, Nothing: its phrasings, in its locale's language
        own = (getattr(obj, "lang", "") or "")[:2] or lang
        for t in texts:
            if own:
                out.append((own, t))
        return
    if isinstance(obj, dict):
        for k, v in obj.items():
            _walk(v, _NAMES.get(k, lang) if isinstance(k, str) else lang, out, seen)
    elif isinstance(obj, (list, tuple)):
        items = obj[:1] if isinstance(obj, tuple) and len(obj) == 2 and isinstance(obj[1], dict) else obj
        for v in items:  # a (text, reading) pair of WRITTEN_ONCE: the text only
            _walk(v, lang, out, seen)


def supported_texts():
    """``[(lang, text, where)]``: every text of the corpus in a supported language."""
    out = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")) + sorted(
            (ROOT.parent.parent / "shared" / "eval").glob("*.jsonl")):
        if path.name == "foreign-news.jsonl":
            continue
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            out.append((d["lang"][:2], d["text"], path.name))
    for name, lang in MODULES.items():
        mod = importlib.import_module(f"tests.corpus.{name}")
        found, seen = [], set()
        for attr, value in vars(mod).items():
            if attr.isupper() or attr in _NAMES:
                _walk(value, _NAMES.get(attr, lang), found, seen)
        out += [(l, t, f"tests/corpus/{name}.py") for l, t in found]
    return out


def book_paragraphs():
    """``[(lang, paragraph, file)]`` of the benchmark corpus (../shared/bench/corpus:
    books of the 19th century and news-like text), where it is."""
    from bench import corpus
    if not corpus.CORPUS.is_dir():
        return []
    return [(lang, p, name) for name, lang in corpus.FILES.items() for p in corpus.paragraphs(name)]


def foreign_texts():
    path = ROOT / "tests" / "corpus" / "foreign-news.jsonl"
    return [(d["lang"], d["text"], d["origin"]) for d in map(json.loads, path.open(encoding="utf-8"))]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=5, help="texts to print of each kind of error")
    args = ap.parse_args(argv)
    import claims
    from claims.lang import detect

    detect("")  # load the identifier before timing
    wrong, missed = [], []
    refused, total, by_lang = Counter(), Counter(), Counter()
    t0 = time.perf_counter()
    sup = supported_texts()
    for lang, text, where in sup:
        total[lang] += 1
        found = detect(text)
        if found.lang is None:
            refused[lang] += 1
            wrong.append((lang, found, where, text))
    books, book_refused = book_paragraphs(), []
    for lang, text, where in books:
        if detect(text).lang is None:
            book_refused.append((lang, detect(text), where, text))
    foreign = foreign_texts()
    caught = Counter()
    for lang, text, where in foreign:
        by_lang[lang] += 1
        found = detect(text)
        if found.lang is None and found.other == lang:
            caught[lang] += 1
        else:
            missed.append((lang, found, where, text))
    elapsed = time.perf_counter() - t0
    print("supported texts refused (false refusals):")
    for lang in sorted(total):
        print(f"  {lang}: {refused[lang]} of {total[lang]}")
    print(f"paragraphs of the benchmark corpus (books, news-like) refused: "
          f"{len(book_refused)} of {len(books)}")
    print("foreign news refused, naming its language:")
    for lang in sorted(by_lang):
        print(f"  {lang}: {caught[lang]} of {by_lang[lang]}")
    chars = sum(len(t) for _, t, _ in sup + books + foreign)
    print(f"{len(sup) + len(books) + len(foreign)} texts, {chars:,} characters, {elapsed:.2f} s")
    for title, rows in (("refused wrongly", wrong), ("book paragraph refused", book_refused),
                        ("missed", missed)):
        for lang, found, where, text in rows[:args.show]:
            print(f"{title}: {lang} {found} {where}: {text[:160]!r}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
