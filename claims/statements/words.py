"""The word sets every stage shares: determiners, links, verbs, function words.

Built once per language from ``StatementWords`` (``claims/lang/``) and cached;
each stage (subject, attribution, time, type, check-worthiness) builds its own
patterns from the same data in its own module.
"""
from __future__ import annotations

from functools import lru_cache

from ..compiling import building
from ..lang import get_language
from .tokens import Doc, norm, word_re


class Words:
    """Sets of one language's statement words, normalised (lower case, one apostrophe)."""

    def __init__(self, code: str):
        self.code = code
        L = self.L = get_language(code)
        W = self.W = L.statements
        n = lambda words: frozenset(norm(w) for w in words)  # noqa: E731
        single = lambda words: n(w for w in words if " " not in w)  # noqa: E731
        self.determiners = n(W.determiners)
        self.indefinite = n(W.indefinite_determiners)
        self.links = n(w for w in W.np_links if " " not in w)
        self.function = n(W.function_words)
        self.figure_verbs = n(W.figure_verbs)
        self.auxiliaries = n(W.auxiliaries)
        self.count_links = n(w for w in W.count_links if " " not in w)
        self.person_nouns = n(W.person_nouns)
        self.months = n(L.months)
        self.verbs = (self.figure_verbs | single(W.speech_verbs) | single(W.change_words)
                      | single(W.estimate_words))
        self.verbs |= frozenset(v.split("'", 1)[1] for v in self.verbs if "'" in v[:-1])
        self.comparison_single = single(W.comparison_words) - self.figure_verbs
        self.verbs |= self.comparison_single  # "inférieur de 8 %", "8% below"
        # prepositions and articles listed among figure words are not verbs
        self.verbs -= self.function | self.determiners | self.indefinite | self.links
        self.verbs |= self.auxiliaries
        self.figure_nouns = n(W.figure_nouns)
        self.genitive = n(L.scale_links)
        self.verb_suffixes = tuple(W.verb_suffixes)
        self.change_single = single(W.change_words)
        self.joiners = n(L.joiners)
        self.document_nouns = n(W.document_nouns)
        self.adjective_after_noun = W.adjective_after_noun
        self.clause_openers = n(W.clause_openers)
        self.pronouns = n(W.pronouns)
        self.prepositions = n(W.prepositions)
        self.not_counted = n(W.not_counted)
        self.relatives = n(W.relative_pronouns)
        self.change_links = n(x for x in W.change_links if " " not in x)
        self.references = frozenset(norm(x).split()[0] for x in W.reference_nouns)
        self.baselines = n(W.baseline_nouns)
        self.participles = tuple(W.participle_suffixes)
        self.share_links = n(W.share_links) if W.share_links else self.count_links
        self.figure_units = frozenset(x.lower() for x in W.figure_units if " " not in x)
        self.verb_openers = n(W.verb_openers)
        self.adverb_suffixes = tuple(W.adverb_suffixes)
        self.not_adverbs = n(W.not_adverbs)
        self.change_appositions = n(W.change_appositions)
        self.change_verb_endings = tuple(W.change_verb_endings)
        self.comparison_openers = n(W.comparison_openers)  # one or two words
        self.list_openers = n(W.list_openers)
        self.holder_links = n(W.holder_links)
        self.ranking_words = n(W.ranking_words)
        self.infinitive_endings = tuple(W.infinitive_endings)
        self.degree_words = n(W.degree_words)
        self.complementisers = n(W.complementisers)
        self.agent_links = n(W.agent_links)
        self.articles = n(L.articles)  # "un", "une", "a", "an"
        self.plural_count_links = n(W.plural_count_links)
        self.noun_links = n(W.noun_links)
        self.distributives = n(W.distributives)
        self.participle_endings = tuple(W.participle_endings) or ("\0",)
        # the first word of a phrase naming a source ("According to …, the wage …")
        self.according_first = n(norm(p).split()[0] for p in W.according_to)
        self.plural_endings = tuple(L.plural_endings) or ("s",)
        self.tolerance_words = n(x for p in L.tolerance_words for x in norm(p).split())
        self.rate_words = n(x for p in W.rate_words for x in norm(p).split())
        # verbs of saying and forecasting: what follows them is what is said ("le FMI
        # prévoit une croissance de 0,7 %"), not a change of the verb's subject
        self.saying = single(W.speech_verbs) | single(W.estimate_words)
        # determiners before which a word listed as a verb is a noun ("la progression",
        # "a rise"); not "de", "des": they are also prepositions ("de baisser")
        # nor "this", "that": also pronouns ("This represents")
        self.noun_determiners = (self.determiners | self.indefinite) - self.links \
            - n(W.pronouns)
        # words of a figure ("deux", "sur", "près"): never the noun a ratio counts
        self.number_words = n([x for p in (list(L.cardinals) + list(L.scales)
                                           + list(L.ratio_words) + list(L.fractions)
                                           + list(L.several_words) + list(L.articles)
                                           + list(L.pre_qualifiers)) for x in p.split()])
        # elided words ("l'", "d'", "qu'") are split off the word they lean on
        self.elisions = frozenset(w for w in (
            self.determiners | self.indefinite | self.function | self.links | self.figure_verbs)
            if w.endswith("'"))
        self.word_re = word_re(self.elisions)

    def doc(self, text: str, regions=None) -> Doc:
        """``text`` tokenised for one call (only ``regions`` up front, if given)."""
        return Doc(text, self.word_re, regions)


@lru_cache(maxsize=None)
@building()  # their patterns' programs kept, as the grammar's (claims.compiling)
def words(code: str) -> Words:
    return Words(code)
