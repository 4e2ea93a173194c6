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


# -- hostile text: every cost in proportion to the text (issue 15) --------------
# Speed is measured in bench/adversarial.py; these check behaviour, and would
# hang rather than fail if a quadratic loop came back.

@pytest.mark.parametrize("unit", ["«", "“", "‘", "„", "« a ", "'a' "])
def test_the_native_segmenter_only_gets_bounded_windows(monkeypatch, unit):
    # sentencex is quadratic on quotation marks that do not close, in native
    # code the service's CPU limit cannot interrupt: 1 MB of "«" got no reply.
    import claims.sentences as sentences
    seen = []
    real = sentences.sentencex.get_sentence_boundaries

    def recording(code, text):
        seen.append(len(text))
        return real(code, text)

    monkeypatch.setattr(sentences.sentencex, "get_sentence_boundaries", recording)
    text = unit * (200_000 // len(unit))
    got = split_sentences(text, "fr")
    assert seen and max(seen) <= sentences.WINDOW
    assert sum(seen) == len(text)  # every character read once
    assert got[0].start == 0 and got[-1].end == len(text.rstrip())
    assert all(len(s.text) <= sentences.MAX_SENTENCE for s in got)
    assert len(got) <= 2 * len(text) // sentences.MAX_SENTENCE + 1  # cut only where too long


@pytest.mark.parametrize("text", [
    "12 %. " + "a. " * 100_000,  # every "a." a piece sentencex splits, each merged back
    "Dr. " * 75_000,             # every "Dr." an abbreviation the split is undone after
    "Il a vu J. " * 30_000,      # every "J." an initial
])
def test_a_sentence_merged_from_many_pieces_is_not_read_again_per_piece(text):
    # the merge re-read the whole sentence so far for each piece: quadratic
    # (100 KB of "Dr. " took 15.8 s)
    import claims.sentences as sentences
    got = split_sentences(text, "fr")
    assert got[-1].end == len(text.rstrip())
    assert all(text[s.start:s.end] == s.text for s in got)
    # merged as far as a sentence may grow (MAX_SENTENCE), no further
    assert all(len(s.text) > sentences.MAX_SENTENCE - 10 for s in got[1:-1])
    assert all(len(s.text) <= sentences.MAX_SENTENCE for s in got)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!«»“”3,MJ")), min_size=40, max_size=400))
def test_a_block_cut_into_windows_keeps_the_sentences_whole(text):
    # one block (no line break) in windows of 40 characters: a cut mid-sentence
    # never becomes a sentence boundary, and offsets stay exact
    import claims.sentences as sentences
    whole = split_sentences(text, "fr")
    original = sentences.WINDOW
    sentences.WINDOW = 40
    try:
        cut = split_sentences(text, "fr")
        windows = list(sentences._windows(text))
    finally:
        sentences.WINDOW = original
    end = 0
    for s in cut:
        assert s.text == text[s.start:s.end] and s.text == s.text.strip() and s.text
        assert s.start >= end
        end = s.end
    # where a window was cut mid-sentence, one sentence spans the cut
    for w_start, _, mid_sentence in windows:
        if mid_sentence and text[:w_start].strip() and text[w_start:].strip():
            assert any(s.start < w_start < s.end for s in cut), w_start


def test_a_lone_surrogate_is_text_like_any_other():
    # the native segmenter raised UnicodeEncodeError on it (found by fuzz/claims_layer.py)
    text = "Il a dit \udfff. Puis 12 %\ud800 de plus."
    got = split_sentences(text, "fr")
    assert [s.text for s in got] == ["Il a dit \udfff.", "Puis 12 %\ud800 de plus."]


def test_a_figure_is_never_cut_between_two_sentences():
    # "Rs." ends a sentence for the segmenter; "Rs. 000" is one mention (found by
    # fuzz/claims_layer.py: a claim whose mention ran past its sentence)
    import claims
    text = "à l'horizon Rs. 000 et encore Rs. 12. Ensuite 3 %."
    mentions = claims.extract(text, lang="fr")
    found = claims.find_claims(text, mentions, "fr")
    by_id = dict(zip(claims.mention_ids(mentions), mentions))
    assert found
    for claim in found:
        for mid in claim.mention_ids:
            assert claim.sentence.start <= by_id[mid].start and by_id[mid].end <= claim.sentence.end


# -- sentence ends sentencex misses, and what joins (CONVENTIONS, "Claims") -----

@pytest.mark.parametrize("text, lang, want", [
    # a final mark inside a quotation ends a sentence (the speaker is carried over)
    ("« Les ventes montent. Elles atteignent 12 % », dit-il.", "fr",
     ["« Les ventes montent.", "Elles atteignent 12 % », dit-il."]),
    ("Il a déclaré : « Le déficit baisse. Nous visons 3 % en 2027. » Puis il est parti.", "fr",
     ["Il a déclaré : « Le déficit baisse.", "Nous visons 3 % en 2027. »",
      "Puis il est parti."]),
    ("“Sales rose 4%. Margins held,” she said.", "en",
     ["“Sales rose 4%.", "Margins held,” she said."]),
    ("\"We grew. 2024 was our best year,\" the CEO said.", "en",
     ["\"We grew.", "2024 was our best year,\" the CEO said."]),
    ("«Las ventas suben. Alcanzan el 12 %», dijo.", "es",
     ["«Las ventas suben.", "Alcanzan el 12 %», dijo."]),
    # never after an abbreviation or an initial inside the quotation
    ("« M. Durand a raison. Il faut 3 % », dit-elle.", "fr",
     ["« M. Durand a raison.", "Il faut 3 % », dit-elle."]),
    ("“The U.S. economy grew 2%,” he said.", "en", ["“The U.S. economy grew 2%,” he said."]),
    # "?" or "!" before a digit
    ("Salaire moyen ? 2 520 euros nets.", "fr", ["Salaire moyen ?", "2 520 euros nets."]),
    ("Le coût ! 40 millions d'euros.", "fr", ["Le coût !", "40 millions d'euros."]),
    ("Average pay? 52,000 dollars a year.", "en", ["Average pay?", "52,000 dollars a year."]),
    ("What did it cost? 3 billion.", "en", ["What did it cost?", "3 billion."]),
    ("¿Cuánto cuesta? 40 euros.", "es", ["¿Cuánto cuesta?", "40 euros."]),
])
def test_sentence_ends_sentencex_misses(text, lang, want):
    assert [s.text for s in split_sentences(text, lang)] == want


@pytest.mark.parametrize("text, lang, want", [
    # a lone list marker opens its sentence
    ("1. Paris : 165 M€\n2. Marseille : 95 M€", "fr", ["1. Paris : 165 M€", "2. Marseille : 95 M€"]),
    ("- Lyon : 12 %\n- Lille : 9 %", "fr", ["- Lyon : 12 %", "- Lille : 9 %"]),
    ("1. Texas: $3bn\n2. Ohio: $2bn", "en", ["1. Texas: $3bn", "2. Ohio: $2bn"]),
    ("* Wages: 4%\n* Rents: 6%", "en", ["* Wages: 4%", "* Rents: 6%"]),
    ("1. Madrid: 40 %\n2. Sevilla: 12 %", "es", ["1. Madrid: 40 %", "2. Sevilla: 12 %"]),
    # a line ending in ":" joins the next line, blank line or not
    ("Il demande :\n* 800 euros de primes,\n* 80 euros de congés", "fr",
     ["Il demande :\n* 800 euros de primes,", "* 80 euros de congés"]),
    ("A l'issue du semestre :\n\n- le résultat est de 7,8 %.", "fr",
     ["A l'issue du semestre :\n\n- le résultat est de 7,8 %."]),
    ("Key figures:\n\nRevenue rose 5%.", "en", ["Key figures:\n\nRevenue rose 5%."]),
    ("The claims:\n- $800 in unpaid hours,\n- $80 in leave", "en",
     ["The claims:\n- $800 in unpaid hours,", "- $80 in leave"]),
    ("Las cifras:\n\n- el paro baja al 11 %.", "es", ["Las cifras:\n\n- el paro baja al 11 %."]),
])
def test_list_markers_and_colons_join(text, lang, want):
    assert [s.text for s in split_sentences(text, lang)] == want
