"""Per-figure accuracy of claims on the real claims corpus, and sentence boundary F1.

    .venv/bin/python scripts/eval_claims.py [FILE.jsonl ...] [--errors N] [--code DIR]

Reads ``tests/corpus/claims-real-{fr,en}.jsonl`` by default: one passage a line,
``{"id", "lang", "date", "origin", "text", "sentences": [{"start", "end"}...],
"facts": [{"mention", "subject", "attribution", "time", "type"}...]}``, spans as
``{"start", "end", "text"}`` into ``text``, an attribution also with its
``source`` (see docs/CLAIMS.md, "Accuracy").

How it scores (the *lenient match* of issue 12):

* each gold fact is matched to the predicted figure whose mention span overlaps its
  ``mention`` most; a gold fact no predicted mention overlaps is wrong on every field
  (the "found" column counts the matched ones);
* ``subject`` and ``time``: right when both are null, or when the two spans overlap,
  or when they share their head word;
* ``attribution``: the same, on the ``source`` spans (who is named, not the verb);
* ``type``: equal;
* the head word of a span: its words lower-cased, the leading determiners of the
  language dropped (``StatementWords``); in a language whose adjectives follow the noun
  (French) the first word left, else (English) the last word before the first
  ``np_links`` word ("of", "in").

Sentence boundaries: the start offsets of every sentence but the first, gold against
:func:`claims.split_sentences`, pooled over a file: precision, recall, F1.

A predicted claim without ``facts`` (the code before issue 12) gives its own
subject, attribution, time and type to each of its figures: ``--code DIR`` scores
the ``claims`` package of another checkout that way, for a before/after.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FIELDS = ("subject", "attribution", "time", "type")
#: the request date of a passage whose article date is unknown (times are scored
#: by span, so the date changes no score)
DEFAULT_DATE = dt.date(2025, 6, 15)
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?", re.UNICODE)


def load(path: Path) -> List[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


class Scorer:
    """The lenient match of one language."""

    def __init__(self, claims_module, lang: str):
        from claims.lang import get_language  # the checkout's own language data
        W = get_language(lang).statements
        self.claims = claims_module
        self.lang = lang
        self.determiners = {d.lower().replace("’", "'") for d in
                            W.determiners + W.indefinite_determiners}
        self.links = {x.lower() for x in W.np_links if " " not in x}
        self.head_first = W.adjective_after_noun

    def head(self, text: str) -> Optional[str]:
        words = []
        for w in _WORDS.findall(text.lower().replace("’", "'")):
            # an elided determiner glued to its noun: "l'insee" -> "l'", "insee"
            if "'" in w[:-1] and w.split("'", 1)[0] + "'" in self.determiners:
                d, rest = w.split("'", 1)
                words += [d + "'", rest]
            else:
                words.append(w)
        while words and words[0] in self.determiners:
            words.pop(0)
        if not words:
            return None
        if self.head_first:
            return words[0]
        for i, w in enumerate(words):
            if w in self.links and i > 0:
                return words[i - 1]
        return words[-1]

    def same(self, gold: Optional[dict], got: Optional[dict]) -> bool:
        if gold is None or got is None:
            return gold is None and got is None
        if gold["start"] < got["end"] and got["start"] < gold["end"]:
            return True
        h = self.head(gold["text"])
        return h is not None and h == self.head(got["text"])

    def judge(self, gold: dict, got: Optional[dict]) -> Dict[str, bool]:
        if got is None:
            return {f: False for f in FIELDS}
        ga, pa = gold["attribution"], got["attribution"]
        return {
            "subject": self.same(gold["subject"], got["subject"]),
            "attribution": self.same(ga and ga["source"], pa and pa["source"]),
            "time": self.same(gold["time"], got["time"]),
            "type": gold["type"] == got["type"],
        }


def predicted_facts(claims_module, case: dict) -> List[dict]:
    """Every predicted figure of the passage as {"mention", "subject", "attribution",
    "time", "type"}: a claim's facts, or its own reading given to each of its figures."""
    text, lang = case["text"], case["lang"]
    date = dt.date.fromisoformat(case["date"]) if case.get("date") else DEFAULT_DATE
    mentions = claims_module.extract(text, lang)
    by_id = dict(zip(claims_module.mention_ids(mentions), mentions))
    out = []
    for claim in claims_module.find_claims(text, mentions, lang, date):
        d = claim.to_dict()
        facts = d.get("facts") or [
            {"mention_id": mid, "subject": d["subject"], "attribution": d["attribution"],
             "time": d["time"], "type": d["type"]} for mid in d["mention_ids"]]
        for f in facts:
            m = by_id[f["mention_id"]]
            out.append(dict(f, mention={"start": m.start, "end": m.end, "text": m.text}))
    return out


def match(gold: dict, predicted: List[dict]) -> Optional[dict]:
    """The predicted figure whose mention overlaps the gold one most."""
    g = gold["mention"]
    best, best_overlap = None, 0
    for p in predicted:
        m = p["mention"]
        overlap = min(g["end"], m["end"]) - max(g["start"], m["start"])
        if overlap > best_overlap:
            best, best_overlap = p, overlap
    return best


def sentence_counts(claims_module, case: dict):
    """(true positives, predicted, gold) sentence starts, the first one left out."""
    gold = {s["start"] for s in case["sentences"][1:]}
    got = {s.start for s in claims_module.split_sentences(case["text"], case["lang"])[1:]}
    return len(gold & got), len(got), len(gold)


def evaluate(claims_module, cases: List[dict]) -> dict:
    scorers: Dict[str, Scorer] = {}
    right = {f: 0 for f in FIELDS}
    n = found = tp = n_got = n_gold = 0
    wrong: Dict[str, list] = {f: [] for f in FIELDS}
    for case in cases:
        scorer = scorers.setdefault(case["lang"], Scorer(claims_module, case["lang"]))
        predicted = predicted_facts(claims_module, case)
        for gold in case["facts"]:
            got = match(gold, predicted)
            n += 1
            found += got is not None
            for field, ok in scorer.judge(gold, got).items():
                right[field] += ok
                if not ok:
                    wrong[field].append((case, gold, got))
        a, b, c = sentence_counts(claims_module, case)
        tp, n_got, n_gold = tp + a, n_got + b, n_gold + c
    p = tp / n_got if n_got else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"passages": len(cases), "facts": n, "found": found / n if n else 0.0,
            "sentence_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "accuracy": {f: right[f] / n if n else 0.0 for f in FIELDS}, "wrong": wrong}


def _shown(field: str, fact: Optional[dict]):
    if fact is None:
        return "(figure not found)"
    value = fact[field]
    if field == "type" or value is None:
        return value
    if field == "attribution":
        return value["source"]["text"]
    return value["text"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="show N errors per field")
    parser.add_argument("--code", type=Path, default=ROOT,
                        help="the checkout whose claims package is scored (default: this one)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    import claims as claims_module
    files = args.files or sorted(CORPUS.glob("claims-real-*.jsonl"))
    results = {}
    if not args.json:
        print(f"{'file':<24} {'passages':>8} {'facts':>6} {'found':>6} {'sent F1':>8} "
              + " ".join(f"{f:>11}" for f in FIELDS))
    for path in files:
        result = evaluate(claims_module, load(path))
        results[path.name] = {k: v for k, v in result.items() if k != "wrong"}
        if args.json:
            continue
        print(f"{path.name:<24} {result['passages']:>8} {result['facts']:>6} "
              f"{result['found']:>6.3f} {result['sentence_f1']:>8.3f} "
              + " ".join(f"{result['accuracy'][f]:>11.3f}" for f in FIELDS))
        for field in FIELDS:
            for case, gold, got in result["wrong"][field][:args.errors]:
                print(f"  {field:<11} {case['id']} {gold['mention']['text']!r}: "
                      f"want {_shown(field, gold)!r} got {_shown(field, got)!r}")
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
