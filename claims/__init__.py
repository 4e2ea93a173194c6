"""claims: the numeric claims in news text, read precisely.

    >>> import claims
    >>> [m.text for m in claims.extract("Il a levé 12 millions d'euros.", lang="fr")]
    ["12 millions d'euros"]

``extract(text, lang=None)`` is the one entry point; it never imports Flask.
"""
from .model import KINDS, QUALIFIERS, ClaimsError, Mention, Unsupported, UnsupportedLanguage
from .lang import SUPPORTED_LANGUAGES, detect_language, resolve_language
from .engine import extract

__all__ = [
    "extract", "Mention", "ClaimsError", "Unsupported", "UnsupportedLanguage",
    "SUPPORTED_LANGUAGES", "detect_language", "resolve_language", "KINDS", "QUALIFIERS",
]
