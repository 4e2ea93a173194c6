"""``Amount``: one figure as the stages read it, before it becomes a ``Mention``."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import List, Optional, Tuple


@dataclass(slots=True)  # tens of thousands in a dense text: no dict each
class Amount:
    start: int            # span start (qualifier and currency prefix included)
    end: int              # span end (scale, currency, unit, post-qualifier included)
    cstart: int           # the figure itself
    cend: int
    low: Decimal
    high: Decimal
    high_inclusive: bool = True
    #: the low end of a range or of two joined bounds ("supérieur à 20 et …")
    low_inclusive: bool = True
    vague: bool = False   # a vague quantity: [S, 10S) and the like
    approx_noun: bool = False
    scale: int = 1        # the scale word's factor, 1 when none
    words: bool = False
    article: bool = False
    plain_digits: str = ""  # the digits as written, for year detection
    kind: str = "number"
    currency: Optional[str] = None
    currency_basis: str = ""
    currency_surface: str = ""
    alternatives: Tuple[str, ...] = ()  # the other currencies an ambiguous form may be
    unit: Optional[str] = None
    #: a code of ``intervals.QUALIFIERS``: what shapes the interval
    qualifier: str = "exact"
    estimate: bool = False
    hyphen_unit: bool = False
    multiplier: bool = False
    fraction: bool = False
    #: a minor unit read on its own ("50 centimes"): money in hundredths
    minor: bool = False
    #: a range whose ends were approximate or vague: the range is
    range_approx: bool = False
    #: "29/32": both figures, read as a range if a unit, currency or percent follows
    slash: Optional[Tuple[Decimal, Decimal]] = None
    #: an age read from the word before it ("aged 21"): the other end of a range is too
    age: bool = False

    @classmethod
    def point(cls, s: int, e: int, value: Decimal, **kw) -> Amount:
        """A figure of one value spanning ``[s, e)``."""
        return cls(s, e, s, e, value, value, **kw)

    def rescale(self, factor: int) -> None:
        """Multiply by the scale written after the figure ("3,5 millions")."""
        self.low *= factor
        self.high *= factor
        self.scale = factor
        self.plain_digits = ""

    def take_kind(self, other: Amount) -> None:
        """The kind, currency and unit of ``other``, written once for both."""
        self.kind, self.currency, self.unit = other.kind, other.currency, other.unit
        self.currency_basis, self.currency_surface = other.currency_basis, other.currency_surface

    def is_bare(self) -> bool:
        """A figure with nothing written around it: no scale, kind, qualifier."""
        return (self.kind == "number" and self.scale == 1 and self.qualifier == "exact"
                and not self.vague and not self.fraction and not self.multiplier
                and not self.article)


def disjoint(amounts) -> List[Amount]:
    """Keep amounts in text order, dropping one that a previous one's span swallowed
    ("50" after "3 dollars 50 cents").  A bare article that a later amount's
    qualifier swallowed ("un" of "un peu plus de 30 %") gives way to it instead."""
    out: List[Amount] = []
    for a in amounts:
        if out and a.start < out[-1].end:
            last = out[-1]
            if not (last.article and last.qualifier == "exact" and a.start <= last.start
                    and a.end >= last.end and a.cstart >= last.end):
                continue
            out.pop()
        out.append(a)
    return out
