"""claims: the numeric claims in news text, read precisely.

    >>> import claims
    >>> [m.text for m in claims.extract("Il a levé 12 millions d'euros.", lang="fr")]
    ["12 millions d'euros"]

``extract(text, lang=None, convert_to=None, date=None)`` is the entry point for
mentions; ``find_claims(text, mentions, lang, date)`` turns them into the statements
a fact-checker checks (``split_sentences`` is its first stage); ``get_rate`` and
``list_currency_info`` answer the currency questions on their own.  Nothing here
imports Flask.
"""
from ._version import __version__
from .model import (KINDS, QUALIFIERS, ClaimsError, Mention, TooManyFigures, UndetectedLanguage,
                    Unsupported, UnsupportedCurrency, UnsupportedLanguage)
from .lang import (SUPPORTED_LANGUAGES, Detection, detect, detect_language, resolve_detected,
                   resolve_language)
from .engine import extract
from .engine import prepare as _prepare_engine
from .currency import list_currency_info
from .sentences import Sentence, split_sentences
from .statements import CLAIM_TYPES, Claim, Fact, find_claims, mention_ids
from .statements import prepare as _prepare_statements


def prepare(langs=None):
    """Build every language's patterns and word tables now rather than on first use:
    a server calls this once before it forks its workers, so that no request (the
    first after a worker is recycled included) pays for them."""
    _prepare_engine(langs)
    detect_language("")  # its stop-word sets
    for code in langs or SUPPORTED_LANGUAGES:
        _prepare_statements(code)
        split_sentences("Un. Deux.", code)  # the segmenter and its tables


def get_rate(base, target, date=None):
    """The rate of ``base`` in ``target`` on ``date`` (default today): a
    :class:`claims.rates.Rate` with its date, source and note."""
    from .rates import get_rate as _get_rate  # the ECB file loads on first use
    return _get_rate(base, target, date)


__all__ = [
    "extract", "prepare", "get_rate", "list_currency_info", "Mention", "ClaimsError", "Unsupported",
    "UnsupportedLanguage", "UnsupportedCurrency", "SUPPORTED_LANGUAGES", "detect_language",
    "resolve_language", "KINDS", "QUALIFIERS", "split_sentences", "Sentence", "find_claims",
    "mention_ids", "Claim", "Fact", "CLAIM_TYPES", "TooManyFigures", "detect", "Detection", "resolve_detected",
    "UndetectedLanguage",
]
