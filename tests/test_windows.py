"""Stage 1, the window scan (claims/engine/windows.py): the trigger words are found by
regexes in the lowered text; they must find what the token-by-token scan finds (a word
glued after a digit or "_", "3millions", starts no word: no number-word pattern can
start there)."""
import pytest

from claims.engine import windows
from claims.engine.page import Page
from claims.grammar import grammar


def token_by_token(page):
    """The scan as it was: every token of token_re, kept when it is a digit or a trigger."""
    g, out = page.g, []
    for m in g.token_re.finditer(page.text):
        tok, s = m.group(), m.start()
        glued = s and (page.text[s - 1] == "_" or page.text[s - 1].isdecimal())
        if tok[0].isnumeric() or page.fold(tok) in g.triggers and not glued:
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


# -- plain articles: a window of articles that nothing could make figures is left out,
# -- and so is such an article apart from the other figures of its window

def _no_shortcut(monkeypatch):
    """Every article read in full: no window of plain articles left out (stage 1), no
    plain article apart from the other figures skipped (stage 3)."""
    from claims.engine import surroundings
    monkeypatch.setattr(windows, "_drop_plain_articles", lambda page, out, spans: None)
    monkeypatch.setattr(surroundings, "_apart", lambda amounts, i: False)


def _read(text, lang):
    import claims
    return [m.to_dict() for m in claims.extract(text, lang=lang)]


PLAIN = [
    ("fr", "Il a présenté un projet audacieux devant une assemblée attentive."),
    ("fr", "Elle a trouvé une solution élégante, dit-on, et un allié fidèle."),
    ("en", "One reason stands out, the council said."),
    ("es", "Presentó un proyecto ambicioso ante una asamblea atenta."),
]


@pytest.mark.parametrize("lang,text", PLAIN)
def test_a_window_of_plain_articles_is_left_out(lang, text):
    page = Page(text, grammar(lang), None)
    assert windows.find(page) == []
    assert page.counted_article  # it stands among the figures: they are not bare


#: articles that something may make a figure of: each keeps its window, and each text
#: reads the same as with no shortcut at all
KEPT = [
    ("fr", "Il y en a plus d'une centaine, et plus d'un projet a échoué."),  # qualifier
    ("fr", "Le ticket coûte un euro, le trajet dure une heure."),  # currency, unit
    ("fr", "Un Français sur trois part en vacances."),  # a ratio's numerator
    ("fr", "Ils sont passés un à un devant le juge."),  # a link after it
    ("fr", "Le score est de une-deux, pas plus."),  # a hyphen after it
    ("fr", "Le mandat est d'au moins un an et d'au plus trois."),  # bound, far figure
    ("en", "More than one company in five reported losses."),
    ("en", "It costs one dollar, and the ride takes one hour."),
    ("en", "Nearly one voter said so, and about one expert agreed."),
    ("es", "Más de un proyecto fracasó; cuesta un euro."),
    # a plain article apart from the figures of its window, and one too near them: a
    # ratio's denominator and a range's end are figures after it
    ("fr", "Se fait-il un troc sur cent, voire sur mille, qui soit direct ?"),
    ("fr", "Réfuter un à un tant d'arguments lassera le lecteur."),
    ("fr", "Les 12 salariés ont signé hier, après une négociation longue et difficile, "
           "un accord historique avec 3 syndicats."),
    ("en", "The 12 workers signed, after a negotiation that was long and hard, one "
           "historic deal with 3 unions."),
]


@pytest.mark.parametrize("lang,text", KEPT)
def test_an_article_something_may_make_a_figure_keeps_its_window(lang, text, monkeypatch):
    page = Page(text, grammar(lang), None)
    assert windows.find(page)
    shortcut = _read(text, lang)
    _no_shortcut(monkeypatch)
    assert _read(text, lang) == shortcut


def test_the_shortcut_reads_every_corpus_phrasing_as_the_full_reading(monkeypatch):
    """Over every invented phrasing of the corpus tables and every real-news paragraph,
    the reading with plain articles left out is the reading without the shortcut."""
    import importlib
    import json
    from pathlib import Path
    texts = []
    for lang in ("fr", "en", "es"):
        for name in (lang, f"families_{lang}"):
            module = importlib.import_module(f"tests.corpus.{name}")
            for attr in ("CASES", "GAPS", "SEVERAL", "NOTHING"):
                for item in getattr(module, attr, []):
                    # the language tables hold (text, readings) pairs and bare texts
                    items = item.texts if hasattr(item, "texts") else [
                        item[0] if isinstance(item, tuple) else item]
                    texts += [(t, lang) for t in items]
    for path in sorted(Path(__file__).parent.joinpath("corpus").glob("real-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts.append((case["text"], case["lang"]))
    assert len(texts) > 1000
    shortcut = [_read(t, lang) for t, lang in texts]
    _no_shortcut(monkeypatch)
    full = [_read(t, lang) for t, lang in texts]
    differ = [texts[i][0] for i in range(len(texts)) if shortcut[i] != full[i]]
    assert differ == []


def test_of_is_no_trigger_but_a_couple_of_dozen_is_read():
    """'a couple of' gives its longest word: an English text's every 'of' opened a
    window before."""
    g = grammar("en")
    assert "of" not in g.triggers and "couple" in g.triggers
    [m] = claims_extract("They hired a couple of dozen engineers.", "en")
    assert (m.low, m.high) == (24, 120) or m.low >= 2 * 12


def claims_extract(text, lang):
    import claims
    return claims.extract(text, lang=lang)
