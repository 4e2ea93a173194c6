"""The engine's shortcuts skip work, never an answer.

Two shortcuts decide, from a cheap look, that a pattern cannot match and so need
not run (docs/BENCHMARKS.md, "What was done for speed"):

* a window runs a number-word pattern (fractions, vague quantities, dozens,
  multipliers, spelled-out numbers) only when it holds a trigger the pattern needs
  (``Grammar.core_needs``);
* a left-context pattern (qualifier, bounding verb, label, currency prefix, estimate)
  is searched only when the token before the figure is one it can end on
  (``Grammar.*_last``, read by ``_Reader._last_token``).

Each test runs the pattern anyway wherever a shortcut skipped it, and checks that it
would have found nothing: on the dev gold texts, on texts made of the grammars' own
words, and on every phrase of the word lists.
"""
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.engine import _Reader
from claims.grammar import grammar
from claims.lang import get_language
from fuzz.inputs import all_vocabulary

LANGS = ("fr", "en")
GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval"

WORDS = st.sampled_from(all_vocabulary() + ["12", "3,5", "1.2", "½", "²", "+", "$", "€"])
GAPS = st.sampled_from([" ", "", "\u00a0", "\u202f", "-", "'", "’", ", ", " de ", " of ", "\n", "@"])
grammar_text = st.lists(st.tuples(WORDS, GAPS), max_size=25).map(
    lambda parts: "".join(w + g for w, g in parts))

#: (pattern, tokens it ends on, how far back it is searched), as the engine calls them
LEFT_CONTEXTS = {
    "label": ("label_re", "label_last", 60),
    "currency before": ("ccy_before_re", "ccy_before_last", 12),
    "qualifier": ("pre_qual_re", "pre_qual_last", 50),
    "bounding verb": ("bound_verb_re", "bound_verb_last", 50),
    "estimate": ("estimate_re", "estimate_last", 30),
}
CORE = {"fraction": "fraction_re", "vague": "vague_re", "approx": "approx_re",
        "multiplier": "multiplier_re", "words": "words_re"}


def gold_texts(lang):
    texts = []
    for path in sorted(GOLD.glob(f"*{lang}*.dev.jsonl")):
        with path.open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def check_windows(text, lang):
    """Every number-word pattern a window skips finds nothing in that window."""
    g = grammar(lang)
    reader = _Reader(text, g, None)
    for ws, we, seen in reader._windows():
        for need, name in CORE.items():
            if seen.isdisjoint(g.core_needs[need]):
                found = [m.group() for m in getattr(g, name).finditer(text, ws, we)]
                assert not found, (name, text[ws:we], found)
        if "#" not in seen:
            assert not list(g.digits_re.finditer(text, ws, we)), text[ws:we]


def check_left_contexts(text, lang):
    """At every position, each left-context shortcut answers as the plain search."""
    g = grammar(lang)
    reader = _Reader(text, g, None)
    for s in range(len(text) + 1):
        for label, (rx, last, reach) in LEFT_CONTEXTS.items():
            regex, ends = getattr(g, rx), getattr(g, last)
            lo = max(0, s - reach)
            plain = regex.search(text, lo, s)
            fast = reader._ends_before(regex, ends, lo, s)
            assert (plain and plain.span()) == (fast and fast.span()), (label, text[lo:s])


@pytest.mark.parametrize("lang", LANGS)
def test_windows_skip_nothing_on_the_gold_texts(lang):
    texts = gold_texts(lang)
    assert texts, f"no dev gold file for {lang} in {GOLD}"
    for text in texts:
        check_windows(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_left_contexts_skip_nothing_on_the_gold_texts(lang):
    for text in gold_texts(lang)[:400]:  # every position of each: a few seconds
        check_left_contexts(text, lang)


@settings(max_examples=int(os.environ.get("PROP_SCALE", "1")) * 300, deadline=None)
@given(text=grammar_text, lang=st.sampled_from(LANGS))
def test_shortcuts_skip_nothing_on_texts_of_the_grammars_words(text, lang):
    check_windows(text, lang)
    check_left_contexts(text, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_phrase_reaches_its_left_context_search(lang):
    # each phrase right before a figure, in the case it is listed in, capitalised
    # and upper-cased, with either apostrophe: the shortcut lets the search run
    L, g = get_language(lang), grammar(lang)
    lists = {"label": L.label_nouns, "qualifier": L.pre_qualifiers,
             "bounding verb": L.bounding_verbs, "estimate": L.estimate_words,
             "currency before": [*g.lex.symbols, *g.lex.codes]}
    for label, phrases in lists.items():
        rx, last, reach = LEFT_CONTEXTS[label]
        for phrase in phrases:
            for form in {phrase, phrase.capitalize(), phrase.upper(), phrase.replace("'", "’")}:
                text = f"Ainsi {form} 12"
                s = text.index(" 12") + 1
                check = _Reader(text, g, None)
                regex = getattr(g, rx)
                plain = regex.search(text, max(0, s - reach), s)
                fast = check._ends_before(regex, getattr(g, last), max(0, s - reach), s)
                assert (plain and plain.span()) == (fast and fast.span()), (label, form)


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_number_word_phrase_reaches_its_pattern(lang):
    # a window around each phrase of each number-word list runs the pattern built on it
    L, g = get_language(lang), grammar(lang)
    lists = {"fraction": L.fractions, "approx": L.approx_nouns, "multiplier": L.multipliers,
             "vague": [*L.plural_scale_nouns, *(f"{w} {s}" for w in L.several_words
                                                for s in list(L.scales)[:3])],
             "words": [*L.cardinals, *L.scales]}
    for need, phrases in lists.items():
        for phrase in phrases:
            for text in (f"Soit {phrase} de plus.", f"Soit 3 {phrase} de plus.", f"The {phrase}."):
                check_windows(text, lang)
