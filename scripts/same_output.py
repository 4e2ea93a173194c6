"""Does the engine still give exactly the same output? (a refactor's check)

    .venv/bin/python scripts/same_output.py --write /tmp/before.jsonl   # on the old code
    .venv/bin/python scripts/same_output.py --check /tmp/before.jsonl   # on the new code

To write the "before" of an older commit: ``git archive OLD | tar -x -C /tmp/old``, copy
this script into ``/tmp/old/scripts/`` and run it there with ``CLAIMS_SHARED`` set to
the shared directory.

For every text below, in its language (and auto-detected for the gold texts), the
output is every mention's ``to_dict()`` and ``find_claims``'s ``to_dict()`` (the
article's date fixed): one JSON line per text.  ``--check`` prints each text whose
output differs, the first differences in full, and exits 1 if there is any.

The texts: every case of ``../shared/eval/*.dev.jsonl``; every paragraph of
``../shared/bench/corpus/*.txt``; every phrasing of ``tests/corpus/<lang>.py``
(cases, several, nothing, gaps) and of ``tests/corpus/*.jsonl``; a few locales.
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ../shared beside the clone (or beside the worktrees), or $CLAIMS_SHARED
SHARED = Path(os.environ.get("CLAIMS_SHARED") or next(
    (p for p in (ROOT.parent / "shared", ROOT.parents[1] / "shared") if p.is_dir()), ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402

DATE = datetime.date(2024, 6, 15)


def texts():
    """(label, text, lang) in a fixed order."""
    for path in sorted((SHARED / "eval").glob("*.dev.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                yield case["id"], case["text"], case["lang"]
                yield case["id"] + "/auto", case["text"], None
    for path in sorted((SHARED / "bench" / "corpus").glob("*.txt")):
        lang = "fr" if "-fr" in path.name else "en"
        paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        for i, p in enumerate(paragraphs):
            if p.strip():
                yield f"{path.name}#{i}", p, lang
    for lang in ("fr", "en"):
        module = importlib.import_module(f"tests.corpus.{lang}")
        phrasings = [t for case in module.CASES + module.GAPS for t in case.texts]
        phrasings += [t for t, _ in module.SEVERAL] + list(module.NOTHING)
        for i, t in enumerate(phrasings):
            yield f"corpus-{lang}#{i}", t, lang
            for locale in (f"{lang}-CA", f"{lang}-CH"):
                yield f"corpus-{lang}#{i}/{locale}", t, locale
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                case = json.loads(line)
                yield f"{path.name}#{i}", case["text"], case.get("lang")


def output(text, lang):
    try:
        mentions = claims.extract(text, lang=lang)
        found = claims.find_claims(text, mentions, lang, DATE)
    except Exception as e:  # an error is an output too: it must stay the same
        return {"error": f"{type(e).__name__}: {e}"}
    return {"mentions": [m.to_dict() for m in mentions],
            "claims": [c.to_dict() for c in found]}


def dump(path):
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        for label, text, lang in texts():
            f.write(json.dumps({"label": label, "lang": lang, "out": output(text, lang)},
                               ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} texts written to {path}")


def check(path, show=5):
    before = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        before[(row["label"], row["lang"])] = row["out"]
    differ, n = [], 0
    for label, text, lang in texts():
        n += 1
        now = json.loads(json.dumps(output(text, lang), ensure_ascii=False, sort_keys=True))
        if (label, lang) not in before:
            differ.append((label, text, None, now))
        elif before[(label, lang)] != now:
            differ.append((label, text, before[(label, lang)], now))
    for label, text, old, new in differ[:show]:
        print(f"--- {label}: {text[:200]!r}\n  before: {json.dumps(old, ensure_ascii=False)[:1500]}"
              f"\n  now:    {json.dumps(new, ensure_ascii=False)[:1500]}")
    print(f"{n} texts, {len(differ)} differ" + (f" (from {path})" if differ else ""))
    return 1 if differ else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE", help="write the current output to FILE")
    group.add_argument("--check", metavar="FILE", help="compare the current output with FILE")
    ap.add_argument("--show", type=int, default=5, help="differences shown in full")
    args = ap.parse_args(argv)
    if args.write:
        dump(args.write)
        return 0
    return check(args.check, args.show)


if __name__ == "__main__":
    sys.exit(main())
