"""claims.text.alternation: a trie that writes a branch met many times once matches as
the trie written whole, word for word, span for span, group for group."""
import random
import re

import pytest

from claims import text
from claims.lang import get_language
from claims.text import WS, alternation


def _whole(words, spaced=True):
    """The trie written whole (no branch shared): the pattern alternation() wrote before."""
    atoms = {" ": WS + "+"} if spaced else {}
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(atoms.get(ch) or (text._APOS if ch in "'’" else re.escape(ch)), {})
        node[""] = ""
    return text._emit(trie)


#: what may follow the alternation in a pattern: nothing, the end, words after a space
#: (the engine's "(?P<v>VERBS) LINK? \Z"), a look-ahead
_AFTER = ["", r"\Z", WS + r"+(?:(?:la|les|des|de)" + WS + r"+)?\Z", r"(?=\W|\Z)", WS + r"*\d"]


def _texts(words, rnd, n):
    words = sorted(words)
    for _ in range(n):
        w = rnd.choice(words)
        form = rnd.randrange(7)
        if form == 1:
            w = w[:rnd.randrange(len(w) + 1)]
        elif form == 2:
            w = w + " " + rnd.choice(words)
        elif form == 3:
            w = w.upper() if rnd.random() < 0.5 else w.capitalize()
        elif form == 4:
            w = w.replace(" ", rnd.choice(["  ", "\u00a0", " \t"]))
        elif form == 5:
            w = w + rnd.choice([" 12", " la 3", " des", "s", "x", " "])
        elif form == 6:
            w = w.replace("'", "’")
        yield w + rnd.choice(["", " ", " 5", ".", " les 40"])


def _same(words, rnd, n=200, spaced=True):
    whole, shared = _whole(words, spaced), alternation(words, spaced=spaced)
    for after in _AFTER:
        for flags in (0, re.I):
            a = re.compile(f"(?P<w>{whole})(?P<k>{after})", flags)
            b = re.compile(f"(?P<w>{shared})(?P<k>{after})", flags)
            for t in _texts(words, rnd, n):
                ma, mb = a.match(t), b.match(t)
                assert (ma and (ma.span("w"), ma.span("k"))) == (mb and (mb.span("w"), mb.span("k"))), (t, after)
                sa, sb = a.search(" " + t), b.search(" " + t)
                assert (sa and sa.span("w")) == (sb and sb.span("w")), (t, after)
    return whole, shared


@pytest.mark.parametrize("lang,field", [
    ("fr", "bounding_verbs"), ("fr", "pre_qualifiers"), ("fr", "bounding_verb_links"),
    ("es", "bounding_verbs"), ("es", "pre_qualifiers"), ("en", "pre_qualifiers"),
])
def test_the_language_lists_match_as_their_whole_trie(lang, field):
    words = list(getattr(get_language(lang), field))
    whole, shared = _same(words, random.Random(field + lang), n=150)
    if lang == "fr" and field == "bounding_verbs":
        assert len(shared) * 5 < len(whole)  # the thresholds written once, not 40 times


#: invented products: verbs times objects, with words that end where others go on
_VERBS = ["passe", "passé", "passer", "passera", "dépasse", "dépassé", "atteint", "atteignait"]
_OBJECTS = [f"{d} {n}{a} {l}" for d, n in (("le", "cap"), ("la", "barre"), ("le", "seuil"))
            for a in ("", " symbolique", " fatidique") for l in ("des", "de", "d'", "du")]
_PRODUCTS = {
    "product": [f"{v} {o}" for v in _VERBS for o in _OBJECTS],
    "product and the verbs alone": [f"{v} {o}" for v in _VERBS for o in _OBJECTS] + _VERBS,
    "product and longer words": [f"{v} {o}" for v in _VERBS for o in _OBJECTS]
    + [f"{v} {o} plus" for v in _VERBS[:2] for o in _OBJECTS[:3]] + ["passe le cap", "pass"],
    "two products": [f"{v} {o}" for v in _VERBS for o in _OBJECTS]
    + [f"sous {o}" for o in _OBJECTS] + [f"au-dessus {o}" for o in _OBJECTS],
    "cases differ (written whole)": [f"{v} {o}" for v in _VERBS for o in _OBJECTS] + ["Passe"],
    "a double space (written whole)": [f"{v}  {o}" for v in _VERBS for o in _OBJECTS],
}


@pytest.fixture
def eager(monkeypatch):
    """Every branch met twice written once, however small (the most parts, the most
    places where the order could go wrong)."""
    monkeypatch.setattr(text, "_MIN_BRANCH", 8)
    monkeypatch.setattr(text, "_MIN_SHARED", 8)
    monkeypatch.setattr(text, "_MIN_WORDS", 0)
    text._alternation.cache_clear()
    yield
    text._alternation.cache_clear()


@pytest.mark.parametrize("name", sorted(_PRODUCTS))
def test_invented_products_match_as_their_whole_trie(name):
    _same(_PRODUCTS[name], random.Random(name))


@pytest.mark.parametrize("name", sorted(_PRODUCTS))
def test_invented_products_match_as_their_whole_trie_with_every_branch_shared(name, eager):
    _same(_PRODUCTS[name], random.Random(name), n=100)


@pytest.mark.parametrize("lang,field", [("fr", "bounding_verb_links"), ("es", "pre_qualifiers")])
def test_language_lists_match_as_their_whole_trie_with_every_branch_shared(lang, field, eager):
    _same(list(getattr(get_language(lang), field)), random.Random(field), n=100)


def test_a_shared_branch_is_written_once_only_where_the_words_allow(eager):
    product = _PRODUCTS["product"]
    assert alternation(product) != _whole(product)
    assert len(alternation(product)) * 4 < len(_whole(product))
    assert alternation(product).count("symbol") == 1  # after every verb and noun: once
    # "Passe" and "passe" may both fit a text: the trie is written whole
    assert alternation(_PRODUCTS["cases differ (written whole)"]) == _whole(_PRODUCTS["cases differ (written whole)"])
    # a space that may give back a space to the next one: written whole
    doubled = _PRODUCTS["a double space (written whole)"]
    assert alternation(doubled) == _whole(doubled)
    # a space other than white space: written whole
    hyph = "(?:" + WS + "+|-)"
    assert alternation(product, space=hyph).count("symbolique") > 3
