"""The engine's pure value parsers (claims/engine/numbers.py), by tables."""
from decimal import Decimal

import pytest

from claims.casefold import fold
from claims.engine.numbers import grouping_ok, parse_digits, vulgar_fraction, word_segments
from claims.grammar import grammar

DIGITS = [  # (written, decimal mark of the language, value or None)
    ("1234", ",", "1234"), ("1 234", ",", "1234"), ("1\u202f234,5", ",", "1234.5"),
    ("1,5", ",", "1.5"), ("1,234", ",", "1.234"), ("1.234", ",", "1234"), ("1.234", ".", "1.234"),
    ("1,234", ".", "1234"), ("1,234.56", ".", "1234.56"), ("1.234,56", ".", "1234.56"),
    ("1.234.567", ",", "1234567"), ("12,34,567", ".", "1234567"), (",5", ",", "0.5"),
    ("0,234", ".", "0.234"), ("5.0,0,5", ".", None), ("1234.567.8", ".", None),
    ("01.234.567", ",", None),
]


@pytest.mark.parametrize("written,mark,value", DIGITS)
def test_digits(written, mark, value):
    got = parse_digits(written, mark)
    assert (None if got is None else got) == (None if value is None else Decimal(value))


@pytest.mark.parametrize("parts,ok", [
    (["1", "234"], True), (["12", "345", "678"], True), (["1234", "567"], False),
    (["12", "34", "567"], True), (["0", "234"], True), (["01", "234"], False), (["", "234"], False),
])
def test_grouping(parts, ok):
    assert grouping_ok(parts) is ok


@pytest.mark.parametrize("ch,value", [("½", "0.5"), ("¼", "0.25"), ("¾", "0.75")])
def test_vulgar_fractions(ch, value):
    assert vulgar_fraction(ch) == Decimal(value)


def test_a_third_is_a_quotient():
    assert str(vulgar_fraction("⅓")).startswith("0.3333333333")


WORDS = {  # (text, values of its figures)
    "fr": [("deux millions trois cent mille", [2300000]), ("cinq six", [5, 6]),
           ("quatre-vingt-dix-sept", [97]), ("quatre vingts", [80]), ("soixante et onze", [71]),
           ("soixante dix", [70]), ("mille deux cent", [1200]), ("trois virgule cinq", ["3.5"]),
           ("vingt deux", [22]), ("dix-sept", [17]),
           ("cent un", [101]), ("un milliard deux", [1000000002])],
    "en": [("two million three hundred thousand", [2300000]), ("five six", [5, 6]),
           ("ninety-seven", [97]), ("one hundred and five", [105]), ("twenty two", [22]),
           ("three point one four", ["3.14"]), ("a hundred", [100]), ("twelve thirteen", [12, 13]),
           ("one thousand two hundred", [1200])],
    "es": [("dos millones trescientos mil", [2300000]), ("trescientos cuarenta y cinco", [345]),
           ("quinientas", [500]), ("dos mil doscientos treinta", [2230]), ("veintiún", [21]),
           ("mil millones", [10 ** 9]), ("tres mil millones", [3 * 10 ** 9]),
           ("cinco mil trescientos millones", [5300 * 10 ** 6]), ("ciento cinco", [105]),
           ("dieciséis", [16]), ("cinco seis", [5, 6]), ("doce coma cinco", ["12.5"]),
           ("un billón", [10 ** 12])],
}


@pytest.mark.parametrize("lang,text,values", [(lang, t, v) for lang, rows in WORDS.items()
                                              for t, v in rows])
def test_spelled_out(lang, text, values):
    g = grammar(lang)
    tokens = [(m.start(), m.end(), fold(m.group())) for m in g.word_token_re.finditer(text)]
    assert [v for _s, _e, v in word_segments(tokens, g)] == [Decimal(str(v)) for v in values]


def test_segments_span_their_words():
    g = grammar("fr")
    text = "cinq six"
    tokens = [(m.start(), m.end(), fold(m.group())) for m in g.word_token_re.finditer(text)]
    assert [(s, e) for s, e, _v in word_segments(tokens, g)] == [(0, 4), (5, 8)]
