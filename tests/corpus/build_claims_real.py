"""Build tests/corpus/claims-real-{fr,en}.jsonl from the compact annotations in
claims_real_src.py (fr) and claims_real_src_en.py (en).

Each passage is P(origin, date, text, *facts) with a fact
    (mention, subject, attribution, time, type)
given as span TEXTS. The mention is searched for in text order (after the
previous mention's start); subject, attribution and time take the occurrence
nearest to the mention unless suffixed with '#k' (k-th occurrence, 0-based).
The attribution marks its source with brackets: "selon [l'Insee]".
Types: e estimate, c change, k comparison, s share, r range, l level.
Sentences are split by CONVENTIONS' rules (split_sentences below); a passage
may override them with sentences=[...] texts.

Run: python tests/corpus/build_claims_real.py  (checks every offset, writes
the jsonl files, prints counts).
"""
import json
import os
import re
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

TYPES = {"e": "estimate", "c": "change", "k": "comparison", "s": "share",
         "r": "range", "l": "level"}

ABBREV = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "St", "Ste", "av", "env",
    "Mr", "Mrs", "Ms", "Prof", "Ltd", "Inc", "Co", "Corp", "Jr", "Sr", "vs",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "No", "no", "n", "p", "etc", "U.S", "U.K", "cf", "Gov", "Sen",
    "Rep", "Gen", "Lt", "Col", "Capt", "Mt", "Ft", "approx", "est", "Sh", "Rs",
    "Smt", "Messrs", "Bros", "Dept", "Univ", "Ave", "Rd", "Ste", "fig", "vol",
}

_BOUNDARY = re.compile(
    r"([.!?…]+[»\"”’')\]]*)(\s+)(?=[«\"“A-ZÀ-ÖØ-Þ0-9])")


def split_sentences(text):
    """Sentence spans by CONVENTIONS: split on . ! ? … (with closing quotes)
    before a capital, digit or quote, and at line breaks; abbreviations,
    single-letter initials and decimals do not split; a line ending in ':'
    joins the next line."""
    cuts = []
    for m in _BOUNDARY.finditer(text):
        punct = m.group(1)
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        if punct == "." and re.fullmatch(r"\s*\d{1,3}", text[line_start:m.start(1)]):
            continue  # a leading list marker "4. "
        if punct.startswith(".") and len(punct.rstrip("»\"”’')]")) == 1:
            word = re.search(r"([\w.]+)\.$", text[:m.start(1) + 1])
            if word:
                w = word.group(1)
                before = text[word.start(1) - 1] if word.start(1) > 0 else " "
                initial = len(w) == 1 and w.isupper() and (before.isspace() or before in "(-")
                if w in ABBREV or initial:
                    continue
        cuts.append(m.end(1))
    for m in re.finditer(r"\n+", text):
        if text[:m.start()].rstrip().endswith(":"):
            continue
        cuts.append(m.start())
    cuts = sorted(set(cuts))
    spans, start = [], 0
    for c in cuts + [len(text)]:
        seg = text[start:c]
        s = start + (len(seg) - len(seg.lstrip()))
        e = start + len(seg.rstrip())
        if e > s:
            spans.append((s, e))
        start = c
    return spans


def _bounded(text, i, s):
    """True when text[i:i+len(s)] does not cut a word or a number."""
    if s[0].isalnum() and i > 0:
        if text[i - 1].isalnum():
            return False
        if text[i - 1] in ",." and i > 1 and text[i - 2].isdigit() and s[0].isdigit():
            return False
    j = i + len(s)
    if s[-1].isalnum() and j < len(text) and text[j].isalnum():
        return False
    if s[-1].isdigit() and j + 1 < len(text) and text[j] in ",." and text[j + 1].isdigit():
        return False
    return True


def _occurrences(text, s, start=0):
    out, i = [], text.find(s, start)
    while i >= 0:
        if _bounded(text, i, s):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def _locate(text, spec, anchor, where, sent=None, after=False):
    k = None
    if "#" in spec and spec.rsplit("#", 1)[1].isdigit():
        spec, k = spec.rsplit("#", 1)
        k = int(k)
    occ = _occurrences(text, spec)
    if not occ:
        raise AssertionError(f"{where}: {spec!r} not in text")
    if k is not None:
        assert k < len(occ), (where, spec, len(occ))
        i = occ[k]
    else:
        inside = [o for o in occ if sent and sent[0] <= o < sent[1]]
        before = [o for o in inside if o < anchor]
        later = [o for o in inside if o > anchor]
        if after and later:
            i = later[0]
        elif before:
            i = before[-1]
        elif later:
            i = later[0]
        else:
            i = min(occ, key=lambda o: abs(o - anchor))
    assert text[i:i + len(spec)] == spec
    return i, i + len(spec)


def span(text, spec, anchor, where, sent=None, after=False):
    s, e = _locate(text, spec, anchor, where, sent, after)
    return {"start": s, "end": e, "text": text[s:e]}


class P:
    def __init__(self, origin, date, text, *facts, sentences=None):
        self.origin, self.date, self.text = origin, date, text
        self.facts, self.sentences = facts, sentences


def build(passages, lang):
    rows, seen = [], set()
    for n, p in enumerate(passages, 1):
        pid = f"{lang}-cr-{n:03d}"
        text = p.text
        assert text == text.strip(), pid
        if p.sentences:
            sents, pos = [], 0
            for s in p.sentences:
                i = text.index(s, pos)
                sents.append((i, i + len(s)))
                pos = i + len(s)
        else:
            sents = split_sentences(text)
        # sentences cover the text: only whitespace between them
        pos = 0
        for s, e in sents:
            assert text[pos:s].strip() == "", (pid, text[pos:s])
            pos = e
        assert text[pos:].strip() == "", pid
        facts, cursor = [], 0
        for f in p.facts:
            assert len(f) == 5, (pid, f)
            mention, subj, attr, time, typ = f
            where = f"{pid} {mention!r}"
            if "#" in mention and mention.rsplit("#", 1)[1].isdigit():
                ms, me = _locate(text, mention, 0, where)
            else:
                occ = _occurrences(text, mention, cursor)
                if not occ:
                    raise AssertionError(f"{where}: mention not found after {cursor}")
                ms = occ[0]
                me = ms + len(mention)
            cursor = me
            fact = {"mention": {"start": ms, "end": me, "text": text[ms:me]}}
            sent = next(((a, b) for a, b in sents if a <= ms < b), None)
            fact["subject"] = span(text, subj, ms, where, sent) if subj else None
            if attr:
                m = re.match(r"^(.*)\[(.+)\](.*?)(#\d+)?$", attr)
                assert m, (where, attr)
                plain = m.group(1) + m.group(2) + m.group(3)
                a = span(text, plain + (m.group(4) or ""), ms, where, sent)
                so = a["start"] + len(m.group(1))
                a["source"] = {"start": so, "end": so + len(m.group(2)),
                               "text": text[so:so + len(m.group(2))]}
                assert a["source"]["text"] == m.group(2)
                fact["attribution"] = a
            else:
                fact["attribution"] = None
            fact["time"] = span(text, time, ms, where, sent, after=True) if time else None
            fact["type"] = TYPES[typ]
            facts.append(fact)
        starts = [f["mention"]["start"] for f in facts]
        assert starts == sorted(starts), (pid, "facts not in text order")
        for a, b in zip(facts, facts[1:]):
            assert a["mention"]["end"] <= b["mention"]["start"], (pid, "mentions overlap", a["mention"], b["mention"])
        key = text
        assert key not in seen, (pid, "duplicate text")
        seen.add(key)
        rows.append({"id": pid, "lang": lang, "date": p.date, "origin": p.origin,
                     "text": text,
                     "sentences": [{"start": s, "end": e} for s, e in sents],
                     "facts": facts})
    return rows


_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "gn"}


def site(url):
    """The registrable domain of a page address (bbc.co.uk, lapresse.ca):
    subdomains of one site count once."""
    host = urlparse(url).netloc.lower().split(":")[0].rstrip(".")
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def main(argv):
    """Write the jsonl files (or, with --check, fail if they differ from the
    sources); --show LANG N prints the last N passages for review."""
    show = "--show" in argv
    check = "--check" in argv
    out = {}
    for lang, mod in (("fr", "claims_real_src"), ("en", "claims_real_src_en")):
        try:
            src = __import__(mod)
        except ImportError:
            continue
        rows = build(src.PASSAGES, lang)
        path = os.path.join(HERE, f"claims-real-{lang}.jsonl")
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if check:
            with open(path, encoding="utf-8") as fh:
                if fh.read() != body:
                    sys.exit(f"{path} is out of date: run build_claims_real.py")
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(body)
        sites = {site(r["origin"]) for r in rows}
        if "--sites" in argv:
            print(lang, sorted(sites))
        nsent = sum(len(r["sentences"]) for r in rows)
        nfacts = sum(len(r["facts"]) for r in rows)
        withfig = sum(1 for r in rows for s in r["sentences"]
                      if any(s["start"] <= f["mention"]["start"] < s["end"] for f in r["facts"]))
        out[lang] = dict(passages=len(rows), sentences=nsent,
                         sentences_with_figures=withfig, facts=nfacts, sites=len(sites))
        if show and lang == argv[argv.index("--show") + 1]:
            for r in rows[-int(argv[argv.index("--show") + 2]):]:
                print(r["id"], r["origin"][:60])
                for s in r["sentences"]:
                    print("   |", r["text"][s["start"]:s["end"]])
                for f in r["facts"]:
                    t = r["text"]
                    def ctx(x):
                        return "-" if x is None else "%s@%d" % (x["text"], x["start"])
                    a = f["attribution"]
                    print("     *", ctx(f["mention"]), "| S:", ctx(f["subject"]),
                          "| A:", ctx(a) + ("/" + a["source"]["text"] if a else ""),
                          "| T:", ctx(f["time"]), "|", f["type"])
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
