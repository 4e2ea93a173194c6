"""claims: the numeric claims in news text, read precisely.

    >>> import claims
    >>> [m.text for m in claims.extract("Il a levé 12 millions d'euros.", lang="fr")]
    ["12 millions d'euros"]

``extract(text, lang=None)`` is the entry point for mentions; ``find_claims(text,
mentions, lang, date)`` turns them into the statements a fact-checker checks
(``split_sentences`` is its first stage).  Nothing here imports Flask.
"""
from .model import KINDS, QUALIFIERS, ClaimsError, Mention, UnsupportedLanguage
from .lang import SUPPORTED_LANGUAGES, detect_language, resolve_language
from .engine import extract
from .sentences import Sentence, split_sentences
from .statements import CLAIM_TYPES, Claim, find_claims, mention_ids

__all__ = [
    "extract", "Mention", "ClaimsError", "UnsupportedLanguage",
    "SUPPORTED_LANGUAGES", "detect_language", "resolve_language", "KINDS", "QUALIFIERS",
    "split_sentences", "Sentence", "find_claims", "mention_ids", "Claim", "CLAIM_TYPES",
]
