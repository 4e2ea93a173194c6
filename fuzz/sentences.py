"""Coverage-guided fuzzing of the sentence splitter (``claims.split_sentences``).

    .venv/bin/python fuzz/sentences.py -runs=500000 -timeout=20   # the full run
    .venv/bin/python fuzz/sentences.py -max_total_time=30         # what CI runs

Texts are made of what the splitter decides on: full stops, quotation marks of
every kind, abbreviations and initials of the language data, capitals and
lower-case words, digits, line breaks and odd characters (lone surrogates, NUL);
one input in four is cut into windows of 16 to 80 code points instead of
5,000, so that the window cutting (claims/sentences.py) is fuzzed on short
inputs. Every result must be: sentences in order, disjoint, each
``text[start:end]``, stripped and non-empty, none starting inside a word
another ends; no exception.
"""
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with atheris.instrument_imports(include=["claims.sentences"]):
    import claims.sentences as sentences
    from claims.lang import get_language

LANGS = ("fr", "en")
PIECES = sorted({
    ".", ". ", "! ", "? ", "…", "...", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ",", ";", ":",
    "«", "»", "« ", " »", "“", "”", "‘", "’", "„", "\"", "'", "(", ")", "[", "]", "—", "–", "-", "•",
    "Il", "il", "Le", "la", "The", "the", "a", "A", "dit", "said", "12", "3,5", "2.4", "%",
    "J.", "J.-P.", "U.S.", "A.B.C.", "M.", "Dr.", "Mr.", "etc.", "cf.", "p.", "\x00", "\ud800", "é", "İ",
} | {w for code in LANGS for w in get_language(code).statements.abbreviations}
  | {w for code in LANGS for w in get_language(code).statements.final_abbreviations})


def text_of(fdp: "atheris.FuzzedDataProvider") -> str:
    if fdp.ConsumeIntInRange(0, 7) == 0:
        return fdp.ConsumeUnicode(fdp.remaining_bytes())
    parts = []
    while fdp.remaining_bytes() and len(parts) < 400:
        parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
    return "".join(parts)


def check(text: str, lang: str) -> None:
    end = 0
    for s in sentences.split_sentences(text, lang):
        assert s.text == text[s.start:s.end], "a sentence is a slice of the text"
        assert s.text and s.text == s.text.strip(), "stripped and not empty"
        assert s.start >= end, "in order and disjoint"
        end = s.end


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    lang = LANGS[fdp.ConsumeIntInRange(0, 1)]
    window = fdp.ConsumeIntInRange(16, 80) if fdp.ConsumeIntInRange(0, 3) == 0 else None
    text = text_of(fdp)
    if window is None:
        check(text, lang)
        return
    original, sentences.WINDOW = sentences.WINDOW, window
    try:
        check(text, lang)
    finally:
        sentences.WINDOW = original


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
