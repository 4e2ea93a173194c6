"""Sentence splitting: the annotated hard cases, offsets, and what must stay whole."""
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.sentences import split_sentences

CORPUS = Path(__file__).parent / "corpus"
#: cases the splitter is known to get wrong, with the reason (strict xfail).
KNOWN_GAPS = {
    "fr-s033": "'U.S.' then a capital: an initial and a sentence end look alike",
    "en-s033": "'U.S.' then a capital: an initial and a sentence end look alike",
}


def _cases():
    for lang in ("fr", "en"):
        for line in (CORPUS / f"sentences-{lang}.jsonl").read_text().splitlines():
            case = json.loads(line)
            marks = ()
            if case["id"] in KNOWN_GAPS:
                marks = pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case["id"]])
            yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_cases()))
def test_annotated_split(case):
    got = [s.text for s in split_sentences(case["text"], case["lang"])]
    assert got == case["sentences"]


@pytest.mark.parametrize("text, lang, inside", [
    ("Le budget atteint 3,5 millions d'euros. Il est voté.", "fr", "3,5 millions"),
    ("Revenue reached 2.4 bn dollars. Profit fell.", "en", "2.4 bn"),
    ("Le groupe de M. Dupont emploie 400 salariés. Il recrute.", "fr", "M. Dupont"),
    ("The U.S. economy grew 2%. Jobs rose.", "en", "U.S."),
    ("Il a levé 2.4 bn aux U.S. et en Europe. Bravo.", "fr", "U.S."),
])
def test_figures_abbreviations_and_initials_stay_inside(text, lang, inside):
    sentences = split_sentences(text, lang)
    assert len(sentences) == 2
    assert inside in sentences[0].text


def test_offsets_point_into_the_original():
    text = "Titre\n\n  M. Dupont a dit : « 12 % ». Puis rien.\nAutre ligne."
    sentences = split_sentences(text, "fr")
    assert [s.text for s in sentences] == [
        "Titre", "M. Dupont a dit : « 12 % ».", "Puis rien.", "Autre ligne."]
    for s in sentences:
        assert text[s.start:s.end] == s.text


def test_nothing_to_split():
    assert split_sentences("", "fr") == []
    assert split_sentences(" \n\n ", "en") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!«»“”\n3,M")), max_size=60))
def test_sentences_are_ordered_disjoint_slices(text):
    sentences = split_sentences(text, "fr")
    end = 0
    for s in sentences:
        assert s.text == text[s.start:s.end] and s.text == s.text.strip() and s.text
        assert s.start >= end
        end = s.end
