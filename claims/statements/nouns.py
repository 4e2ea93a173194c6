"""Noun phrases read from tokens: what a subject and a source are made of.

No parser: a word is a verb when a word list or an ending says so, a noun
phrase is a run of content words with its determiners, adjectives, names and
``de``/``of`` complements (``StatementWords`` of each language).
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from ..sentences import Span
from .tokens import Doc, Tok
from .words import Words

#: quotation marks: a noun phrase may hold them ("le «pouvoir d'achat» de l'Etat")
QUOTES = frozenset("«»“”\"‘„")


def is_name(tokens: List[Tok], i: int) -> bool:
    """A capitalised word that does not open the sentence: part of a name ("Livret A")."""
    t = tokens[i]
    return (t.is_word and t.text[0].isupper() and i > 0 and not tokens[i - 1].is_punct
            and not t.blocked)


def is_verb(tokens: List[Tok], i: int, w: Words) -> bool:
    t = tokens[i]
    if t.low in w.verbs:
        return True
    if w.verb_suffixes and len(t.low) > 4 and t.low.endswith(w.verb_suffixes) and t.text.islower():
        return True
    if w.participles and i > 0 and t.text.islower() and len(t.low) > 5 and \
            t.low.endswith(w.participles) and (
                tokens[i - 1].text == "," or tokens[i - 1].low in w.auxiliaries
                or tokens[i - 1].blocked and not tokens[i - 1].is_word
                or tokens[i - 1].low in w.function and tokens[i - 1].low not in w.determiners
                and tokens[i - 1].low not in w.links):
        return True  # "…, leading to", "are getting", "by taking": not "the spending"
    # the word after an auxiliary is a verb form ("a investi", "has raised"), and so is
    # the word after a subject or relative pronoun ("vous gagnez", "qui consistent")
    if i > 0 and t.text.islower() and (tokens[i - 1].low in w.auxiliaries
                                       or tokens[i - 1].low in w.verb_openers) \
            and not is_adverb(t, w):
        return True
    # an infinitive after a verb, over an adverb or two ("devrez payer", "venu injecter",
    # "va ainsi empocher")
    if not (w.infinitive_endings and i > 0 and t.text.islower() and len(t.low) > 4
            and t.low.endswith(w.infinitive_endings)):
        return False
    j = i - 1
    while j > 0 and i - j < 3 and tokens[j].low in w.function and tokens[j].low not in \
            w.determiners and tokens[j].low not in w.links and tokens[j].is_word:
        j -= 1
    v = tokens[j]
    return v.is_word and v.text.islower() and v.low not in w.function \
        and v.low not in w.determiners and v.low not in w.links and is_verb(tokens, j, w)


def is_adverb(t: Tok, w: Words) -> bool:
    """A word with an adverb's ending ("conservatively", "mostly"): never a noun."""
    return bool(w.adverb_suffixes) and len(t.low) > 5 and t.text.islower() and \
        t.low.endswith(w.adverb_suffixes) and t.low not in w.not_adverbs


def is_content(tokens: List[Tok], i: int, w: Words) -> bool:
    t = tokens[i]
    if t.blocked or not t.is_word:
        return False
    if t.low in w.figure_units and t.text.isupper():
        return False  # "97,0 ME contre 98,9 ME": a figure's unit
    if t.low in w.months:
        return False  # "highs in March of £1.38": a month names no thing
    if is_name(tokens, i) and t.low not in w.determiners and t.low not in w.function:
        return True
    if t.low in w.function or t.low in w.determiners or t.low in w.indefinite:
        return False
    if t.low in w.links or t.low in w.months or is_adverb(t, w):
        return False
    if i > 0 and tokens[i - 1].low in w.degree_words and t.text.islower():
        return False  # "la moins onéreuse", "très chère": an adjective
    return not is_verb(tokens, i, w)


def nominal(tokens: List[Tok], i: int, w: Words) -> bool:
    """A content word, or a word listed as a verb standing where only a noun can:
    after a determiner or a link ("le chiffre d'affaires", "in spending")."""
    if is_content(tokens, i, w):
        return True
    t = tokens[i]
    if t.blocked or not t.is_word or t.low in w.function or t.low in w.auxiliaries:
        return False
    if t.low in w.determiners or t.low in w.indefinite or t.low in w.links \
            or t.low in w.months:
        return False  # "highs in March of £1.38": a month is no complement
    if change_noun(tokens, i, w):
        return True
    return i > 0 and (tokens[i - 1].low in w.determiners or tokens[i - 1].low in w.indefinite
                      or tokens[i - 1].low in w.links or tokens[i - 1].low in w.count_links)


def change_noun(tokens: List[Tok], i: int, w: Words) -> bool:
    """A noun of change followed by what changes: "growth in Atlanta", "hausse des
    prix" (not a verb form such as "rose in")."""
    t = tokens[i]
    return (t.low in w.change_single and t.low not in w.figure_verbs
            and not (w.change_verb_endings and t.low.endswith(w.change_verb_endings))
            and i + 1 < len(tokens)
            and tokens[i + 1].low in w.change_links and not t.blocked)


def np_right(tokens: List[Tok], i: int, w: Words, max_len: int = 9) -> Optional[Tuple[int, int]]:
    """A noun phrase starting at token ``i`` (a noun): its token range."""
    if i >= len(tokens) or not nominal(tokens, i, w):
        return None
    j = i
    k = i + 1
    # one modifier after the noun where the language puts adjectives there
    # ("population active"); else a compound ends on its noun ("young adults")
    if w.adjective_after_noun:
        if k < len(tokens) and is_content(tokens, k, w) and not is_name(tokens, k):
            j, k = k, k + 1
    else:
        while k < len(tokens) and k - i < 3 and is_content(tokens, k, w):
            j, k = k, k + 1
    while k < len(tokens) and k - i < max_len:
        t = tokens[k]
        if is_name(tokens, k) or (t.text[:1].isdigit() and not t.blocked and is_name(tokens, k - 1)):
            j, k = k, k + 1  # "mission Recherche", "CAC 40"
            continue
        # a link joins a complement: "de la mission Recherche", "of the year"
        if t.low in w.links or t.text == "&":
            m = k + 1
            while m < len(tokens) and (tokens[m].low in w.determiners or tokens[m].low in w.links):
                m += 1
            if m < len(tokens) and nominal(tokens, m, w):
                j, k = m, m + 1
                if (w.adjective_after_noun and k < len(tokens) and is_content(tokens, k, w)
                        and not is_name(tokens, k)):
                    j, k = k, k + 1
                continue
        break
    return i, j


def np_left(tokens: List[Tok], j: int, w: Words, max_len: int = 12) -> Optional[Tuple[int, int]]:
    """A noun phrase ending at token ``j`` (a noun), read leftwards.  Definite
    determiners are kept; indefinite ones end the phrase outside it."""
    if j < 0 or not nominal(tokens, j, w):
        return None
    i = j
    k = j - 1
    while k >= 0 and j - k < max_len:
        t = tokens[k]
        if t.text in QUOTES and k > 0 and nominal(tokens, k - 1, w):
            k -= 1  # "le «pouvoir d'achat» de l'Etat"
            continue
        if nominal(tokens, k, w) or (t.text[:1].isdigit() and not t.blocked and k > 0
                                     and is_name(tokens, k - 1)):
            i, k = k, k - 1
            continue
        if t.low in w.determiners:
            # a determiner after a link belongs to the complement ("de la mission")
            if k > 1 and tokens[k - 1].low in w.links and nominal(tokens, k - 2, w):
                i, k = k - 1, k - 2
                continue
            return k, j
        if (t.low in w.links or t.text == "&") and k > 0:
            if nominal(tokens, k - 1, w) or (tokens[k - 1].text[:1].isdigit() and k > 1
                                             and is_name(tokens, k - 2)):
                i, k = k, k - 1
                continue
            if tokens[k - 1].low in w.links and k > 1 and nominal(tokens, k - 2, w):
                i, k = k - 1, k - 2  # "de l'", "of the"
                continue
        # coordination inside a complement: "de vins et spiritueux"
        if t.low in w.joiners and k > 1 and nominal(tokens, k - 1, w) and \
                tokens[k - 2].low in w.links:
            i, k = k, k - 1
            continue
        break
    while i <= j and (tokens[i].low in w.links or tokens[i].low in w.joiners):
        i += 1
    return (i, j) if i <= j else None


def span_of(text: str, tokens: List[Tok], rng: Optional[Tuple[int, int]]) -> Optional[Span]:
    if rng is None:
        return None
    s, e = tokens[rng[0]].start, tokens[rng[1]].end
    return Span(s, e, text[s:e])


def np_ending(doc: Doc, start: int, end: int, w: Words, blocked):
    """(the tokens of ``text[start:end]``, the (first, last) indices of the noun phrase
    that ends them) when their last token is a content word, else None."""
    toks = doc.tokens(start, end, blocked)
    if toks and is_content(toks, len(toks) - 1, w):
        rng = np_left(toks, len(toks) - 1, w)
        if rng:
            return toks, rng
    return None
