"""The claims layer's tokens and word-list lookups: the fast paths give the answers of
the plain ones (docs/CLAIMS.md, "Speed").

Each shortcut of ``claims/statements/tokens.py`` is checked against a plain reading
written here over the bench corpus's news-like paragraphs and invented stretches:

* ``Doc.tokens`` (shared Toks, a blocked span's tokens as marked copies) against the
  tokens cut from the text and marked one by one;
* ``Phrases.finditer`` (a walk, a bounded walk, the word index of the range or of the
  sentence holding it) against a walk over the tokens of the stretch alone;
* ``PhraseLists.finditer`` against each list's own ``finditer``.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from claims.sentences import split_sentences
from claims.statements import attribution, claim_type
from claims.statements.tokens import Doc, Phrases, PhraseLists, Spans, raw_tokens
from claims.statements.words import words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "corpus"


def _paragraphs(lang):
    path = CORPUS / f"news-like-{lang}.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    text = path.read_text(encoding="utf-8")
    return [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()][:120]


INVENTED = {
    "fr": ["Selon l'Insee, le chômage a atteint 7,1 % en 2022, tandis que les prix ont "
           "augmenté de 3 % sur un an, d'après la Banque de France.",
           "Le loyer moyen atteint 1 450 euros à Lyon en 2024 ; le prix du mètre carré "
           "recule de 3 % sur un an, a affirmé jeudi le ministre.",
           "Hausse."],
    "en": ["According to the BLS, average pay rose 8% in the first quarter, while prices "
           "fell 2% year on year, the minister said on Monday.",
           "Revenue climbed to $4.67bn, a 77 per cent increase, ahead of analysts' "
           "expectations, the company reported.",
           "Up."],
}


def _plain_walk(phrases: Phrases, doc: Doc, start: int, end: int):
    """The phrases of the stretch read from its tokens (those :meth:`Doc.raw` gives,
    checked above), left to right, longest first, none running past the stretch."""
    toks = doc.raw(start, end)
    lows = [t[3] for t in toks]
    out, i = [], 0
    while i < len(toks):
        for key in phrases.index.get(lows[i], ()):
            if lows[i:i + len(key)] == key:
                s, e = toks[i][0], toks[i + len(key) - 1][1]
                out.append((s, e, doc.text[s:e]))
                i += len(key)
                break
        else:
            i += 1
    return out


def _stretches(lang):
    """(text, sentences, regions) of the paragraphs and the invented texts."""
    for text in _paragraphs(lang) + INVENTED[lang]:
        sentences = split_sentences(text, lang)
        yield text, sentences, [(s.start, s.end + 240) for s in sentences]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tokens_are_those_of_the_text_marked_one_by_one(lang):
    w = words(lang)
    rnd = random.Random(12)
    for text, sentences, regions in _stretches(lang):
        doc = w.doc(text, regions)
        for s in sentences:
            figures = Spans((m.start(), m.end()) for m in re.finditer(r"\d+(?:[ ,.]\d+)*",
                                                                     s.text))
            figures = Spans((a + s.start, b + s.start) for a, b in figures.spans)
            for blocked in (None, Spans(), figures, figures.plus((s.start, s.start + 5))):
                for _ in range(6):
                    a = rnd.randrange(s.start, s.end + 1)
                    b = rnd.randrange(a, min(len(text), s.end + 60) + 1)
                    got = [(t.start, t.end, t.text, t.low, t.blocked, t.is_word, t.is_punct)
                           for t in doc.tokens(a, b, blocked)]
                    raw = doc.raw(a, b)
                    want = [(x, y, t, low, bool(blocked) and blocked.meets(x, y),
                             t[0].isalpha(), not t[0].isalnum()) for x, y, t, low in raw]
                    assert got == want, (text[a:b], blocked and blocked.spans)
                    # the tokens of a tokenised stretch are the text's own: from the
                    # first that starts in it (a cut word is not read in two)
                    if doc.index_range(a, b) is not None:
                        whole = raw_tokens(text, 0, len(text), w.word_re)
                        assert raw == [t for t in whole if a <= t[0] and t[1] <= b]


def _docs(w, text, regions, s, a, b):
    """The ways a call's Doc may stand when a list is looked up in [a, b): new (a
    walk), asked about [a, b) before (its own index), its sentence indexed (read
    within it)."""
    yield w.doc(text, regions)
    doc = w.doc(text, regions)
    Phrases([], w.word_re).finditer(doc, a, b)
    Phrases([], w.word_re).finditer(doc, a, b)
    yield doc
    doc = w.doc(text, regions)
    doc.words(s.start, s.end)
    yield doc


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_word_lists_read_as_a_plain_walk(lang):
    """Every way a list is looked up (first ask, second ask, inside an indexed
    sentence, a short stretch) gives the phrases of a walk over the stretch; a short
    stretch (under 8 tokens) may end its last phrase past the stretch, as it always
    did, so it is compared over its own tokens only when no phrase runs past it."""
    w = words(lang)
    lists = list(claim_type.tables(lang).lists.lists.values()) + [
        attribution.tables(lang).speech, attribution.tables(lang).according]
    rnd = random.Random(12)
    for text, sentences, regions in _stretches(lang):
        for s in sentences:
            for a, b in _some_stretches(s, rnd):
                for doc in _docs(w, text, regions, s, a, b):
                    for phrases in lists:
                        got = [(f.start(), f.end(), f.group())
                               for f in phrases.finditer(doc, a, b)]
                        rng = doc.index_range(a, b)
                        if rng is not None and rng[1] - rng[0] < 8 and got \
                                and got[-1][1] > b:
                            continue  # a short stretch's last phrase may run past it
                        assert got == _plain_walk(phrases, doc, a, b), text[a:b]


def _some_stretches(s, rnd):
    """The sentence ``s`` whole and four random stretches of it."""
    stretches = [(s.start, s.end)]
    for _ in range(4):
        a = rnd.randrange(s.start, s.end + 1)
        stretches.append((a, rnd.randrange(a, s.end + 1)))
    return stretches


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_phrase_never_runs_past_a_long_stretch(lang):
    """Invented lists whose phrases cross the end of the stretch, and overlap each
    other: found whole inside it only, the first of two overlapping ones only."""
    w = words(lang)
    text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize"
    cross = Phrases(["douze treize", "neuf dix", "dix onze"], w.word_re)
    end = text.index(" treize")  # 12 tokens: a long stretch
    for doc in _docs(w, text, [(0, len(text))], type("S", (), {"start": 0, "end": len(text)}),
                     0, end):
        assert [f.group() for f in cross.finditer(doc, 0, end)] == ["neuf dix"]
    short = "un deux trois quatre"  # under 8 tokens: the walk as it always was
    lists = PhraseLists({"a": Phrases(["un deux", "deux trois"], w.word_re),
                         "b": Phrases(["deux trois", "quatre cinq"], w.word_re)})
    doc = w.doc(short + " cinq", [(0, len(short) + 5)])
    found = lists.finditer(doc, 0, len(short))
    assert {k: [f.group() for f in v] for k, v in found.items()} == {
        "a": ["un deux"], "b": ["deux trois", "quatre cinq"]}
    assert found["b"][-1].end() > len(short)  # past a short stretch, as a walk reads it


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_lists_looked_up_together_as_each_alone(lang):
    w = words(lang)
    together = claim_type.tables(lang).lists
    assert isinstance(together, PhraseLists)
    rnd = random.Random(12)
    for text, sentences, regions in _stretches(lang):
        for s in sentences:
            for a, b in _some_stretches(s, rnd):
                for fresh in (False, True):
                    doc = w.doc(text, regions)
                    if not fresh:
                        doc.words(s.start, s.end)  # the sentence indexed, as in a call
                    got = {k: [(f.start(), f.end()) for f in v]
                           for k, v in together.finditer(doc, a, b).items()}
                    alone = w.doc(text, regions)
                    want = {k: [(f.start(), f.end()) for f in p.finditer(alone, a, b)]
                            for k, p in together.lists.items()}
                    assert got == want, text[a:b]
