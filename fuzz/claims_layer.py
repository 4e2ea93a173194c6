"""Coverage-guided fuzzing of the claims layer (``claims.find_claims``) with atheris.

    .venv/bin/python fuzz/claims_layer.py -runs=200000 -timeout=20   # the full run
    .venv/bin/python fuzz/claims_layer.py -max_total_time=60         # a minute
    .venv/bin/python fuzz/claims_layer.py crash-<sha1>               # replay one input

Each input picks a language, an article date anywhere in the calendar (one
input in four at its very ends: 0001-01-01…0001-01-31 and 9999-12-01…9999-12-31,
where relative times overflow), and a text made of the engine's vocabulary,
the statement words (speech verbs, "selon", time words, abbreviations),
quotation marks, digits and odd characters. ``claims.extract`` then
``claims.find_claims`` must not raise, and every claim must hold:

* its sentence is ``text[start:end]``, and claims come in text order;
* its mention ids name mentions of the text, inside its sentence;
* subject, attribution (source, quotation) and time spans are slices of the text;
* a time's ``from`` is not after its ``to``;
* ``to_dict()`` is JSON.

A failure stops the run and saves the input as ``crash-*``.
"""
import datetime
import json
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with atheris.instrument_imports(include=["claims"]):
    import claims
    from claims.statements import _words

from fuzz.inputs import all_vocabulary  # noqa: E402

LANGS = ("fr", "en")
QUOTES = ["«", "»", "“", "”", "‘", "’", "„", "\"", "'", "« ", " »", "—", "–", ". ", "! ", "? ", "…",
          "\n", "\n\n", ", ", " : "]


def _statement_vocabulary():
    words = set()
    for code in LANGS:
        w = _words(code)
        for value in vars(w).values() if hasattr(w, "__dict__") else ():
            if isinstance(value, (set, frozenset, list, tuple)):
                words.update(x for x in value if isinstance(x, str))
        for name in getattr(w, "__slots__", ()):
            value = getattr(w, name, None)
            if isinstance(value, (set, frozenset, list, tuple)):
                words.update(x for x in value if isinstance(x, str))
    return sorted(words)


VOCABULARY = sorted(set(all_vocabulary()) | set(_statement_vocabulary()) | set(QUOTES))
FIRST, LAST = datetime.date.min.toordinal(), datetime.date.max.toordinal()


def date_of(fdp: "atheris.FuzzedDataProvider") -> datetime.date:
    pick = fdp.ConsumeIntInRange(0, 7)
    if pick == 0:
        return datetime.date.fromordinal(FIRST + fdp.ConsumeIntInRange(0, 30))
    if pick == 1:
        return datetime.date.fromordinal(LAST - fdp.ConsumeIntInRange(0, 30))
    return datetime.date.fromordinal(fdp.ConsumeIntInRange(FIRST, LAST))


def text_of(fdp: "atheris.FuzzedDataProvider") -> str:
    if fdp.ConsumeIntInRange(0, 5) == 0:
        return fdp.ConsumeUnicode(fdp.remaining_bytes())
    parts = []
    while fdp.remaining_bytes() and len(parts) < 300:
        pick = fdp.ConsumeIntInRange(0, len(VOCABULARY) + 1)
        if pick < len(VOCABULARY):
            parts.append(VOCABULARY[pick])
        else:
            parts.append(str(fdp.ConsumeIntInRange(0, 10 ** 9)))
        parts.append(" " if fdp.ConsumeBool() else "")
    return "".join(parts)


def check(text: str, lang: str, date: datetime.date) -> None:
    mentions = claims.extract(text, lang=lang)
    ids = dict(zip(claims.mention_ids(mentions), mentions))
    found = claims.find_claims(text, mentions, lang, date)
    previous = -1
    for claim in found:
        s = claim.sentence
        assert text[s.start:s.end] == s.text, "sentence is a slice"
        assert s.start >= previous, "claims in text order"
        previous = s.start
        for mid in claim.mention_ids:
            m = ids[mid]
            assert s.start <= m.start and m.end <= s.end, "a claim's mention is in its sentence"
        spans = [claim.subject, claim.time]
        if claim.attribution is not None:
            spans += [claim.attribution, claim.attribution.source, claim.attribution.quote]
        for span in spans:
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text) and text[span.start:span.end] == span.text, \
                    f"span {span!r} is not a slice of the text"
        if claim.time is not None:
            assert claim.time.start_date <= claim.time.end_date, "a time's from is not after its to"
        json.dumps(claim.to_dict())


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lang = LANGS[fdp.ConsumeIntInRange(0, len(LANGS) - 1)]
    date = date_of(fdp)
    check(text_of(fdp), lang, date)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
