"""Stage 1, the window scan (claims/engine/windows.py): the trigger words are found by
one regex in the lowered text; it must find what the token-by-token scan finds."""
import pytest

from claims.engine import windows
from claims.engine.page import Page
from claims.grammar import grammar


def token_by_token(page):
    """The scan as it was: every token of token_re, kept when it is a digit or a trigger."""
    g, out = page.g, []
    for m in g.token_re.finditer(page.text):
        tok = m.group()
        if tok[0].isnumeric() or page.fold(tok) in g.triggers:
            out.append((m.start(), m.end()))
    return out


TEXTS = [
    "Deux MILLIONS de personnes, 12 000 euros et trois quarts.",
    "Twelve_thousand, 3millions, deuxième, TROIS-quarts, l'un des deux, ½ et ¾.",
    "Ⅻ chapitres, 五 pommes, x² + 3, Δύο εκατομμύρια, ДВА миллиона, 10 ª",
    "MİLLİONS de gens: 3 MİLLİONS, ſix, dıx",  # odd letters: the token-by-token path
    "seventy-five percent of twenty", "una docena de huevos y dos mil",
]


@pytest.mark.parametrize("lang", ["fr", "en", "es"])
@pytest.mark.parametrize("text", TEXTS)
def test_the_windows_hold_every_trigger_the_tokens_give(text, lang):
    page = Page(text, grammar(lang), None)
    found = windows.find(page)
    for s, e in token_by_token(page):
        assert any(ws <= s and e <= we for ws, we, _ in found), (text[s:e], found)
    keys = set().union(*(seen for _, _, seen in found)) if found else set()
    expected = {"#" if text[s].isnumeric() else page.fold(text[s:e])
                for s, e in token_by_token(page)}
    assert keys == expected
