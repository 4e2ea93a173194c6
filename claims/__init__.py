"""claims: the numeric claims in news text, read precisely.

    >>> import claims
    >>> [m.text for m in claims.extract("Il a levé 12 millions d'euros.", lang="fr")]
    ["12 millions d'euros"]

``extract(text, lang=None, convert_to=None, date=None)`` is the one entry point; it
never imports Flask.  ``get_rate`` and ``list_currencies`` answer the currency
questions on their own (``claims.rates``, ``claims.currency``).
"""
from .model import KINDS, QUALIFIERS, ClaimsError, Mention, UnsupportedCurrency, UnsupportedLanguage
from .lang import SUPPORTED_LANGUAGES, detect_language, resolve_language
from .engine import extract, prepare
from .currency import list_currency_info


def get_rate(base, target, date=None):
    """The rate of ``base`` in ``target`` on ``date`` (default today): a
    :class:`claims.rates.Rate` with its date, source and note."""
    from .rates import get_rate as _get_rate  # the ECB file loads on first use
    return _get_rate(base, target, date)


__all__ = [
    "extract", "prepare", "get_rate", "list_currency_info", "Mention", "ClaimsError",
    "UnsupportedLanguage", "UnsupportedCurrency", "SUPPORTED_LANGUAGES", "detect_language",
    "resolve_language", "KINDS", "QUALIFIERS",
]
