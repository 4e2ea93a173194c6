"""Per-field accuracy of claims on the annotated corpus.

    python -m claims.eval_claims [--verbose] [FILE.jsonl ...]

Each line of ``tests/corpus/claims-*.jsonl`` is one sentence written for the
tests, with the request ``date`` and the expected ``subject`` (text or null),
``attribution`` (the source's text or null), ``time`` ([from, to] or null) and
``type``.  A field is right when it equals the annotation; ``subject`` is
also scored leniently (case and a leading determiner ignored) and so is the
source.  A sentence that yields no claim counts as wrong on every field.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Optional

from . import extract, find_claims
from .lang import get_language

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
FIELDS = ("subject", "subject_lenient", "attribution", "time", "type")


def load(path: Path) -> List[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _lenient(text: Optional[str], lang: str) -> Optional[str]:
    if text is None:
        return None
    words = get_language(lang).statements
    dets = {d.lower() for d in words.determiners + words.indefinite_determiners}
    low = text.lower().replace("’", "'")
    for d in sorted(dets, key=len, reverse=True):
        sep = "" if d.endswith("'") else " "
        if low.startswith(d + sep):
            low = low[len(d + sep):]
            break
    return low.strip()


def predict(case: dict) -> Optional[dict]:
    """The first claim of the case's text, as JSON, or None."""
    text, lang = case["text"], case["lang"]
    date = dt.date.fromisoformat(case["date"])
    found = find_claims(text, extract(text, lang), lang, date)
    return found[0].to_dict() if found else None


def judge(case: dict, claim: Optional[dict]) -> Dict[str, bool]:
    """Which fields of ``claim`` agree with the annotation of ``case``."""
    if claim is None:
        return {f: False for f in FIELDS}
    lang = case["lang"]
    subject = claim["subject"]["text"] if claim["subject"] else None
    source = claim["attribution"]["source"]["text"] if claim["attribution"] else None
    time = [claim["time"]["from"], claim["time"]["to"]] if claim["time"] else None
    return {
        "subject": subject == case["subject"],
        "subject_lenient": _lenient(subject, lang) == _lenient(case["subject"], lang),
        "attribution": _lenient(source, lang) == _lenient(case["attribution"], lang),
        "time": time == case["time"],
        "type": claim["type"] == case["type"],
    }


def evaluate(cases: Iterable[dict]) -> dict:
    """Accuracy of each field and the ids each field got wrong."""
    cases = list(cases)
    wrong: Dict[str, List[str]] = {f: [] for f in FIELDS}
    for case in cases:
        for field, ok in judge(case, predict(case)).items():
            if not ok:
                wrong[field].append(case["id"])
    n = len(cases)
    return {"n": n, "accuracy": {f: (n - len(wrong[f])) / n if n else 0.0 for f in FIELDS},
            "wrong": wrong}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--verbose", action="store_true", help="show each wrong field")
    args = parser.parse_args(argv)
    files = args.files or sorted(p for p in CORPUS.glob("claims-*.jsonl")
                                   if not p.name.startswith("claims-real-"))
    print(f"{'file':<22} {'n':>4} " + " ".join(f"{f:>15}" for f in FIELDS))
    for path in files:
        cases = load(path)
        result = evaluate(cases)
        print(f"{path.name:<22} {result['n']:>4} "
              + " ".join(f"{result['accuracy'][f]:>15.3f}" for f in FIELDS))
        if args.verbose:
            by_id = {c["id"]: c for c in cases}
            for field in FIELDS:
                for cid in result["wrong"][field]:
                    claim = predict(by_id[cid])
                    got = _shown(field, claim)
                    want = by_id[cid]["attribution" if field == "attribution" else
                                      field.replace("_lenient", "")]
                    print(f"  {field:<16} {cid}: want {want!r} got {got!r}")
    return 0


def _shown(field, claim):
    if claim is None:
        return "no claim"
    if field.startswith("subject"):
        return claim["subject"]["text"] if claim["subject"] else None
    if field == "attribution":
        return claim["attribution"]["source"]["text"] if claim["attribution"] else None
    if field == "time":
        return [claim["time"]["from"], claim["time"]["to"], claim["time"]["text"]] \
            if claim["time"] else None
    return claim[field]


if __name__ == "__main__":
    sys.exit(main())
