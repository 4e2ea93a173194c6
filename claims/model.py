"""The value types and errors of the public API.

A :class:`Mention` carries exactly the fields of ``shared/CONVENTIONS.md`` plus
``qualifier``, the hedge or bound that shaped its interval.  Amounts are
``Decimal`` inside; :meth:`Mention.to_dict` renders them as decimal strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from decimal import Decimal
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


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    low: Optional[Decimal]
    high: Optional[Decimal]
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    currency: Optional[str] = None
    unit: Optional[str] = None
    qualifier: str = "exact"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["low"] = _dec_str(self.low)
        d["high"] = _dec_str(self.high)
        return d


def _dec_str(v: Optional[Decimal]) -> Optional[str]:
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
