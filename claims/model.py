"""The value types and errors of the public API.

A :class:`Mention` carries exactly the fields of ``shared/CONVENTIONS.md`` plus
``qualifier``, the hedge or bound that shaped its interval, and for money how its
currency was decided (``currency_basis``, ``currency_alternatives``) and, on request,
its conversion (``converted``, a :class:`claims.rates.Conversion`).  Amounts are
``Decimal`` inside; :meth:`Mention.to_dict` renders them as decimal strings.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional, Tuple

KINDS = ("money", "percent", "number", "quantity")

#: What shaped an interval (``Mention.qualifier``).
QUALIFIERS = (
    "exact",      # a stated figure: the point
    "approx",     # environ, about, près de, nearly, some…
    "estimate",   # estimé à, an estimated…
    "more_than",  # plus de, more than, over, a dépassé, topped…
    "at_least",   # au moins, at least, or more…
    "less_than",  # moins de, less than, under…
    "up_to",      # jusqu'à, up to, as many as…
    "vague",      # des milliers, plusieurs millions, a few hundred…
    "range",      # de X à Y, between X and Y, X-Y
    "tolerance",  # V plus or minus 2%
)


class Mention:
    """One stretch of text that states an amount, read as an interval.

    Not a dataclass on purpose: ``to_dict()`` is the one JSON-ready view (decimal
    strings), so generic tools that look for ``to_dict`` get serialisable values
    while Python callers keep ``Decimal`` on the attributes.
    """

    FIELDS = ("start", "end", "text", "kind", "low", "high", "low_inclusive",
              "high_inclusive", "approximate", "currency", "unit", "qualifier",
              "currency_basis", "currency_alternatives", "converted")
    __slots__ = FIELDS

    def __init__(self, start: int, end: int, text: str, kind: str,
                 low: Optional[Decimal], high: Optional[Decimal],
                 low_inclusive: bool = True, high_inclusive: bool = True,
                 approximate: bool = False, currency: Optional[str] = None,
                 unit: Optional[str] = None, qualifier: str = "exact",
                 currency_basis: Optional[str] = None,
                 currency_alternatives: Tuple[str, ...] = (), converted=None):
        self.start, self.end, self.text, self.kind = start, end, text, kind
        self.low, self.high = low, high
        self.low_inclusive, self.high_inclusive = low_inclusive, high_inclusive
        self.approximate, self.currency, self.unit = approximate, currency, unit
        self.qualifier = qualifier
        #: how ``currency`` was decided: symbol, code, name, context, locale or default
        self.currency_basis = currency_basis
        #: the other currencies an ambiguous form may stand for
        self.currency_alternatives = tuple(currency_alternatives)
        self.converted = converted

    def to_dict(self) -> dict:
        d = {f: getattr(self, f) for f in self.FIELDS}
        d["low"] = _dec_str(self.low)
        d["high"] = _dec_str(self.high)
        d["currency_alternatives"] = list(self.currency_alternatives)
        d["converted"] = self.converted.to_dict() if self.converted is not None else None
        return d

    def __eq__(self, other) -> bool:
        return isinstance(other, Mention) and all(
            getattr(self, f) == getattr(other, f) for f in self.FIELDS)

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.FIELDS)
        return f"Mention({inner})"


def _dec_str(v: Optional[Decimal]) -> Optional[str]:
    """A Decimal as its shortest plain string ("10000", "3.5"); None stays None."""
    if v is None:
        return None
    return format(v.normalize(), "f")


class ClaimsError(Exception):
    """Base class of the engine's errors."""


class UnsupportedLanguage(ClaimsError, ValueError):
    """The caller asked for a language the engine has no data for."""

    def __init__(self, lang: str, supported: tuple):
        self.lang = lang
        self.supported = tuple(supported)
        super().__init__(f"unsupported language {lang!r}; supported: {', '.join(self.supported)}")


class UnsupportedCurrency(ClaimsError, ValueError):
    """A currency code the caller asked for cannot be used: not an ISO 4217 code, or (for
    a conversion target) one that no loaded rate or fixed parity reaches.

    ``param`` names the argument ("convert_to", "base", "target"), ``supported`` the
    codes that would do.
    """

    def __init__(self, code, supported, param: str = "currency", why: str = ""):
        self.code = code
        self.supported = tuple(supported)
        self.param = param
        self.why = why or "not a currency code this service can use"
        super().__init__(f"unsupported currency {code!r}: {self.why}")
