"""The declared rules of issue 11's currency and unit families (docs/READING.md), each
with the reading on both sides of its line: the family tables in tests/corpus/ hold the
phrasings, these the boundaries."""
from decimal import Decimal

import pytest

import claims


def _read(text, lang):
    return [(m.text, m.kind, m.low, m.currency, m.unit) for m in claims.extract(text, lang=lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # "m" is a scale before a counted noun, metres elsewhere
    ("13.6m passengers passed through", "en", [("13.6m", "number", Decimal("13600000"), None, None)]),
    ("a 5m wall", "en", [("5m", "quantity", Decimal("5"), None, "m")]),
    ("5 m d'habitants", "fr", [("5 m", "number", Decimal("5000000"), None, None)]),
    ("un mur de 5 m de haut", "fr", [("5 m", "quantity", Decimal("5"), None, "m")]),
    # pounds weigh only after a word of weighing in the same clause
    ("A bale weighs 480 pounds.", "en", [("480 pounds", "quantity", Decimal("480"), None, "lb")]),
    ("A bale weighs a lot. It cost 480 pounds.", "en",
     [("480 pounds", "money", Decimal("480"), "GBP", None)]),
    # a word read before a figure leaves a year alone; "R" only glued
    ("He scored at Euro 2024.", "en", []),
    ("a fine of Euro 40,000", "en", [("Euro 40,000", "money", Decimal("40000"), "EUR", None)]),
    ("R290 a month", "en", [("R290", "money", Decimal("290"), "ZAR", None)]),
    ("route R 12 closed", "en", []),  # not rand: a road's name, and a name's number is none
    # glued scale and currency
    ("325,90 ME", "fr", [("325,90 ME", "money", Decimal("325900000"), "EUR", None)]),
    ("la 5G arrive", "fr", []),
    ("164 G$ au total", "fr", [("164 G$", "money", Decimal("164000000000"), "USD", None)]),
    # units in any case when worded, symbols as written
    ("4 Inches of rain", "en", [("4 Inches", "quantity", Decimal("4"), None, "in")]),
    ("33.64mb/d in September", "en", [("33.64mb/d", "quantity", Decimal("33640000"), None, "bbl/d")]),
    ("160,000b/d more", "en", [("160,000b/d", "quantity", Decimal("160000"), None, "bbl/d")]),
    # a bare figure in a temperature's clause takes the language's default scale
    ("Chicago will reach a high of 95 on Monday.", "en", [("95", "quantity", Decimal("95"), None, "°F")]),
    ("Temperatures rose in 12 cities.", "en", [("12", "number", Decimal("12"), None, None)]),
    ("Highs of 95. Then 40 people came.", "en",
     [("95", "quantity", Decimal("95"), None, "°F"), ("40", "number", Decimal("40"), None, None)]),
    ("Triple-digit highs are common.", "en",
     [("Triple-digit", "quantity", Decimal("100"), None, "°F")]),
    # a bare degree takes the one scale the text names before it, else the default
    ("Limit global warming to 1.5 degrees.", "en", [("1.5 degrees", "quantity", Decimal("1.5"), None, "°C")]),
    ("Warming of 1.5 degrees Celsius, not 2 degrees.", "en",
     [("1.5 degrees Celsius", "quantity", Decimal("1.5"), None, "°C"),
      ("2 degrees", "quantity", Decimal("2"), None, "°C")]),
    ("Il fera 38°, soit 100 degrés Fahrenheit.", "fr",
     [("38°", "quantity", Decimal("38"), None, "°C"),
      ("100 degrés Fahrenheit", "quantity", Decimal("100"), None, "°F")]),
    ("La température atteindra 38 samedi.", "fr", [("38", "quantity", Decimal("38"), None, "°C")]),
    # Indian numbering: crore, lakh, cr; a larger scale after a scale multiplies it
    ("₹1.5 lakh crore", "en", [("₹1.5 lakh crore", "money", Decimal("1500000000000"), "INR", None)]),
    ("₹3 cr", "en", [("₹3 cr", "money", Decimal("30000000"), "INR", None)]),
    ("a debt of 5 thousand billion", "en",
     [("5 thousand billion", "money", Decimal("5000000000000"), None, None)]),  # a debt: money talk
    # a scale word hyphenated to an amount
    ("Debt rose to R488-Billion.", "en", [("R488-Billion", "money", Decimal("488000000000"), "ZAR", None)]),
    ("a $34-billion deficit", "en", [("$34-billion", "money", Decimal("34000000000"), "USD", None)]),
    # a unit word after a figure in a headline: the capital before it is no name's
    ("Winds Could Gust Near 40 mph", "en", [("40 mph", "quantity", Decimal("40"), None, "mph")]),
    ("He flew a Boeing 737 home", "en", []),
    # a fraction of a minor unit; an article alone before it stays an article
    ("It fell about half a cent.", "en", [("about half a cent", "money", Decimal("0.005"), "USD", None)]),
    ("It fell a cent.", "en", []),
])
def test_declared_rules(text, lang, expected):
    got = _read(text, lang)
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert [(g[3], g[4]) for g in got] == [(e[3], e[4]) for e in expected]


def test_the_country_named_last_before_an_amount_decides():
    text = ("Le Sénégal (7 003,6 milliards de FCFA) devance le Cameroun "
            "(6 740 milliards de FCFA) et le Bénin (3 199 milliards de FCFA).")
    assert [m.currency for m in claims.extract(text, lang="fr")] == ["XOF", "XAF", "XOF"]


def test_rupees_follow_the_country_named():
    assert claims.extract("In Lahore a kilo costs 150 rupees.", lang="en")[0].currency == "PKR"
    assert claims.extract("In Mumbai a kilo costs 150 rupees.", lang="en")[0].currency == "INR"
