#!/usr/bin/env python3
"""Build tests/corpus/real-{fr,en}.jsonl from the hand annotations in real-{fr,en}.txt.

The annotation source is written by hand, paragraph by paragraph, from the
CONVENTIONS (shared/CONVENTIONS.md) before the engine is run on the text.
Its format, one block per paragraph, blocks separated by blank lines:

    @ https://page.address/of/the/paragraph        (or "@ =" for the previous address)
    The paragraph text, on one line, as found on the page.
    - span text :: KIND INTERVAL [CUR|UNIT] [@N] [noap] [// note]

KIND is m (money), p (percent), n (number), q (quantity).
INTERVAL is =V (exact point), ~V (approximate point), or an interval such as
[a,b] [a,b) (a,) [a,) (,b) with an optional leading ~ for approximate; an empty
end is null. Values are decimals, scientific notation (12e6) or fractions (2/3).
CUR is an ISO 4217 code for money ("-" leaves the currency out: none stated);
UNIT is the unit of a quantity, or pp/bp for a percent. @N picks the N-th
occurrence (from 0) of the span text in the paragraph. "noap" leaves
`approximate` out of the gold (not scored) where CONVENTIONS cannot decide it;
the note says why.
A block with no "- " lines states that the paragraph holds no mention.
"""
import json
import re
import sys
from decimal import Decimal, getcontext
from pathlib import Path
from urllib.parse import urlsplit

getcontext().prec = 40
HERE = Path(__file__).resolve().parent
KINDS = {"m": "money", "p": "percent", "n": "number", "q": "quantity"}
INTERVAL = re.compile(r"^(~?)(?:(=?)([-0-9.e/]+)|([\[(])([^,]*),([^\])]*)([\])]))$")


def value(s):
    s = s.strip()
    if not s:
        return None
    if "/" in s:
        a, b = s.split("/")
        d = Decimal(a) / Decimal(b)
    else:
        d = Decimal(s)
    out = format(d.normalize(), "f")
    return out


def parse_mention(line, text, where):
    body, _, note = line[2:].partition(" // ")
    span, sep, spec = body.rpartition(" :: ")
    if not sep:
        raise SystemExit(f"{where}: no ' :: ' in {line!r}")
    toks = spec.split()
    kind = KINDS[toks[0]]
    m = INTERVAL.match(toks[1])
    if not m:
        raise SystemExit(f"{where}: bad interval {toks[1]!r}")
    approx = m.group(1) == "~"
    if m.group(3):
        if not (m.group(1) or m.group(2)):
            raise SystemExit(f"{where}: write =V or ~V for a point")
        low = high = value(m.group(3))
        li = hi = True
    else:
        low, high = value(m.group(5)), value(m.group(6))
        li, hi = m.group(4) == "[", m.group(7) == "]"
        if low is None:
            li = False
        if high is None:
            hi = False
    occ, extra, noap = 0, None, False
    for t in toks[2:]:
        if t.startswith("@"):
            occ = int(t[1:])
        elif t == "noap":
            noap = True
        else:
            extra = t
    # occurrences standing alone: not inside a word or a longer figure
    pat = re.escape(span)
    if span[0].isalnum():
        pat = r"(?<![\w,.])" + pat
    if span[-1].isalnum():
        pat += r"(?!\w|[.,]\d)"
    found = [m.start() for m in re.finditer(pat, text)]
    if not found:  # a figure glued to a word ("to12.26 %"): take it where it stands
        found = [m.start() for m in re.finditer(re.escape(span), text)]
    if len(found) <= occ:
        raise SystemExit(f"{where}: span {span!r} (occurrence {occ}) not in text")
    start = found[occ]
    end = start + len(span)
    assert text[start:end] == span
    mention = {"start": start, "end": end, "text": span, "kind": kind,
               "low": low, "high": high, "low_inclusive": li, "high_inclusive": hi,
               "approximate": approx}
    if noap:
        del mention["approximate"]
    if kind == "money":
        if extra and extra != "-":
            assert re.fullmatch(r"[A-Z]{3}", extra), (where, extra)
            mention["currency"] = extra
        mention["unit"] = None
    else:
        mention["currency"] = None
        if kind == "quantity":
            assert extra, f"{where}: quantity without unit"
        mention["unit"] = extra if kind in ("quantity", "percent") else None
        if kind == "number":
            assert extra is None, (where, extra)
    if note:
        mention["note"] = note.strip()
    return mention


def site(url):
    """The registrable domain of a page address (news.bbc.co.uk -> bbc.co.uk)."""
    labels = urlsplit(url).hostname.split(".")
    n = 3 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in {
        "co", "com", "org", "net", "gov", "ac", "edu", "gouv", "nic"} else 2
    return ".".join(labels[-n:])


def build(lang):
    src = HERE / f"real-{lang}.txt"
    blocks = re.split(r"\n\s*\n", src.read_text(encoding="utf-8"))
    cases, url = [], None
    for b in blocks:
        lines = [l for l in b.strip("\n").split("\n") if l.strip() and not l.startswith("#")]
        if not lines:
            continue
        where = f"{src.name}: {lines[0][:60]}"
        assert lines[0].startswith("@ "), where
        u = lines[0][2:].strip()
        url = url if u == "=" else u
        text = lines[1]
        assert not text.startswith("- "), where
        mentions = [parse_mention(l, text, f"{where} / {lines[1][:40]}") for l in lines[2:]]
        assert all(l.startswith("- ") for l in lines[2:]), where
        mentions.sort(key=lambda m: m["start"])
        for a, c in zip(mentions, mentions[1:]):
            assert a["end"] <= c["start"], f"{where}: overlapping spans {a['text']!r} {c['text']!r}"
        cases.append({"id": f"real-{lang}-{len(cases) + 1:03d}", "lang": lang, "text": text,
                      "origin": url, "scored_kinds": ["money", "percent", "number", "quantity"],
                      "mentions": mentions})
    texts = [c["text"] for c in cases]
    assert len(set(texts)) == len(texts), "duplicate paragraph"
    out = HERE / f"real-{lang}.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    sites = {site(c["origin"]) for c in cases}
    kinds = {}
    for c in cases:
        for m in c["mentions"]:
            kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    print(f"{out.name}: {len(cases)} paragraphs, {len(sites)} sites, mentions {kinds}")


if __name__ == "__main__":
    for lang in sys.argv[1:] or ["fr", "en"]:
        if (HERE / f"real-{lang}.txt").exists():
            build(lang)
