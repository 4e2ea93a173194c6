"""The value types and errors of the public API.

A :class:`Mention` carries exactly the fields of ``shared/CONVENTIONS.md`` plus
``qualifier``, the hedge or bound that shaped its interval.  Amounts are
``Decimal`` inside; :meth:`Mention.to_dict` renders them as decimal strings.
"""
from __future__ import annotations

from decimal import Context, Decimal
from typing import Optional

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
              "high_inclusive", "approximate", "currency", "unit", "qualifier")
    __slots__ = FIELDS

    def __init__(self, start: int, end: int, text: str, kind: str,
                 low: Optional[Decimal], high: Optional[Decimal],
                 low_inclusive: bool = True, high_inclusive: bool = True,
                 approximate: bool = False, currency: Optional[str] = None,
                 unit: Optional[str] = None, qualifier: str = "exact"):
        self.start, self.end, self.text, self.kind = start, end, text, kind
        self.low, self.high = low, high
        self.low_inclusive, self.high_inclusive = low_inclusive, high_inclusive
        self.approximate, self.currency, self.unit = approximate, currency, unit
        self.qualifier = qualifier

    def to_dict(self) -> dict:
        d = {f: getattr(self, f) for f in self.FIELDS}
        d["low"] = plain_decimal(self.low)
        d["high"] = plain_decimal(self.high)
        return d

    def __eq__(self, other) -> bool:
        return isinstance(other, Mention) and all(
            getattr(self, f) == getattr(other, f) for f in self.FIELDS)

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.FIELDS)
        return f"Mention({inner})"


def plain_decimal(v: Optional[Decimal]) -> Optional[str]:
    """The shortest plain notation of ``v``, every digit kept: ``"10000"``, ``"3.5"``.

    ``normalize()`` rounds to its context's precision (28 digits by default), which
    turned a 33-digit figure into another number; a context as wide as the value
    only strips the trailing zeros.
    """
    if v is None:
        return None
    return format(v.normalize(Context(prec=max(1, len(v.as_tuple().digits)))), "f")


class ClaimsError(Exception):
    """Base class of the engine's errors."""


class UnsupportedLanguage(ClaimsError, ValueError):
    """The caller asked for a language the engine has no data for."""

    def __init__(self, lang: str, supported: tuple):
        self.lang = lang
        self.supported = tuple(supported)
        super().__init__(f"unsupported language {lang!r}; supported: {', '.join(self.supported)}")
