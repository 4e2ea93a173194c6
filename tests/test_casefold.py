"""Letters that case-insensitive patterns match but ``str.lower()`` maps elsewhere.

``İ`` (U+0130), the dotless ``ı`` and the long ``ſ`` match ``i`` and ``s`` in a
``(?i:…)`` pattern; lower-cased with ``str.lower()`` they made a key the word tables
do not hold, and ``extract`` raised ``KeyError`` (issue 15, point 2).  Every word
look-up folds as the patterns do (``claims.casefold.fold``).
"""
import re

import pytest

import claims
from claims.casefold import fold
from claims.grammar import grammar


def test_the_reported_text_reads_as_its_plain_spelling():
    assert [m.to_dict() for m in claims.extract("3 MİLLİONS", lang="en")] == [
        {**m.to_dict(), "text": "3 MİLLİONS"} for m in claims.extract("3 MILLIONS", lang="en")]


def _odd(text: str) -> str:
    """``text`` with its i and s written as the letters the patterns also match."""
    return text.replace("I", "İ").replace("i", "ı").replace("s", "ſ")


# a phrase for each table the engine looks words up in: scales after digits and in
# words, multipliers, fractions, vague and approximate nouns, qualifiers, bounding
# verbs, minor units, currencies, number words (units are matched case-sensitively)
PHRASES = {
    "fr": ["3 millions", "trois millions", "six fois plus", "le triple", "trois tiers",
           "deux cinquièmes", "des dizaines de milliers", "plusieurs milliers",
           "une dizaine", "plus de 12", "moins de 12", "a dépassé 12", "50 centimes",
           "12 dollars", "12 millions d'euros", "mille six cents",
           "12 points de pourcentage", "12 % ou plus", "3 douzaines", "quatre vingts"],
    "en": ["3 millions", "three millions", "six times", "twice", "two fifths", "a third",
           "tens of thousands", "several thousand", "multimillion", "a dozen",
           "more than 12", "less than 12", "exceeds 12", "50 cents",
           "12 dollars", "12 million dollars", "six hundred", "12 basis points",
           "12 or more", "3 dozens", "sixty six", "an estimated 12", "this is 12 over 3"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_table_reads_the_odd_letters_as_their_plain_ones(lang):
    for phrase in PHRASES[lang]:
        for plain in (phrase, phrase.upper(), phrase.capitalize()):
            odd = _odd(plain)
            if odd == plain:
                continue
            got = [(m.start, m.end, m.kind, m.low, m.high, m.currency, m.unit, m.qualifier)
                   for m in claims.extract(odd, lang=lang)]
            want = [(m.start, m.end, m.kind, m.low, m.high, m.currency, m.unit, m.qualifier)
                    for m in claims.extract(plain, lang=lang)]
            assert got == want, (plain, odd)


def test_fold_agrees_with_the_patterns_on_every_letter():
    # every letter a case-insensitive pattern of a lower-case letter matches folds to it
    letters = sorted({ch for lang in ("fr", "en") for w in grammar(lang).triggers for ch in w
                      if ch.isalpha()} | set("abcdefghijklmnopqrstuvwxyz"))
    for letter in letters:
        rx = re.compile(f"(?i:{re.escape(letter)})")
        for code in range(0x41, 0x3000):
            ch = chr(code)
            if rx.fullmatch(ch):
                assert fold(ch) == letter, (letter, ch, hex(code))
