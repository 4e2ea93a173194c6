"""Stage 6, the interval: what each qualifier makes of a figure, in one table.

``QUALIFIERS`` is the single place that knows what a qualifier means: which side of
the figure it opens, whether the bound itself is in, whether the reading is
approximate, where a count's open side stops (the floor at 0), what ``not`` makes of
it, and which qualifier the mention reports.  The codes are those a language may give
a phrase (``claims.lang.schema.QUALIFIER_CODES``) plus the ones the engine makes
itself (``exact``, ``range``, ``not_more_than``, ``tolerance``).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Optional

from ..model import Mention
from .amount import Amount
from .numbers import ZERO, norm
from .page import Page

#: the floor of an upper bound's open low side: "moins de 10 salariés" is [0, 10)
COUNTED = ("number", "money")  # for counts and money only
NOT_PERCENT = ("number", "money", "quantity")  # for all but percents ("ne pas dépasser 5 %")


def _high_unless_vague(a: Amount) -> Decimal:
    """'plus de 3,5' bounds at 3.5; 'plus de milliers' at the vague quantity's low."""
    return a.high if not a.vague else a.low


def _low(a: Amount) -> Decimal:
    return a.low


def _high(a: Amount) -> Decimal:
    return a.high


@dataclass(frozen=True)
class Qualifier:
    #: what ``Mention.qualifier`` says
    reported: str
    #: "point" (the figure itself), "above" (a lower bound, open upwards), "below" (an
    #: upper bound), "between" (the figure's own low and high: a range, a tolerance)
    side: str
    #: the figure's value the bound stands at
    bound: Callable[[Amount], Decimal] = _low
    #: whether the bound belongs to the interval
    inclusive: bool = True
    #: approximate whatever the figure (bounds are: CONVENTIONS.md)
    approximate: bool = False
    #: the kinds whose open low side stops at 0 when the bound is positive ("below")
    floor: tuple = ()
    #: the code "not <this>" reads as ("never dropped below 27": at least 27)
    negated: str = ""
    #: whether it joins an opposite bound into one interval ("supérieur à 20 et
    #: inférieur à 35")
    joins: bool = True


QUALIFIERS = {
    "exact": Qualifier("exact", "point"),
    "eq": Qualifier("exact", "point"),
    "approx": Qualifier("approx", "point", approximate=True),
    "estimate": Qualifier("estimate", "point", approximate=True),
    "more_than": Qualifier("more_than", "above", _high_unless_vague, inclusive=False,
                           approximate=True, negated="not_more_than"),
    "gt": Qualifier("more_than", "above", _high_unless_vague, inclusive=False,
                    approximate=True, negated="not_more_than"),
    "at_least": Qualifier("at_least", "above", approximate=True, negated="less_than"),
    "ge": Qualifier("at_least", "above", approximate=True, negated="less_than"),
    "less_than": Qualifier("less_than", "below", inclusive=False, approximate=True,
                           floor=COUNTED, negated="at_least"),
    "lt": Qualifier("less_than", "below", inclusive=False, approximate=True,
                    negated="at_least"),
    "up_to": Qualifier("up_to", "below", _high_unless_vague, approximate=True, floor=COUNTED,
                       negated="more_than"),
    "le": Qualifier("up_to", "below", _high_unless_vague, approximate=True,
                    negated="more_than"),
    # "ne pas émettre plus de 2 t": at most 2 t, and no less than nothing
    "not_more_than": Qualifier("up_to", "below", _high, approximate=True, floor=NOT_PERCENT,
                               joins=False),
    # two ends: "de 3 à 5", "supérieur à 20 et inférieur à 35" (the amount says whether
    # each end is in and whether the range is approximate)
    "range": Qualifier("range", "between"),
    # V plus or minus d: the amount holds V - d and V + d
    "tolerance": Qualifier("tolerance", "between"),
}

#: qualifiers a range's first end may have ("environ 3 à 5"): a point's
RANGE_ENDS = frozenset(("exact", "approx", "estimate"))
#: qualifiers a ratio's first term may have ("plus de 3 sur 4")
RATIO_TERMS = frozenset(("exact", "approx", "more_than", "less_than"))


def negated(code: str) -> str:
    """What ``not`` before the qualifier makes of it (itself when nothing)."""
    q = QUALIFIERS.get(code)
    return q.negated if q is not None and q.negated else code


def is_bound(code: str) -> bool:
    """Whether the qualifier opens one side ("plus de", "up to")."""
    return QUALIFIERS[code].side in ("above", "below")


def lower_bound(code: str) -> Optional[bool]:
    """For a bound that opens upwards and may join another: whether it is inclusive."""
    q = QUALIFIERS[code]
    return q.inclusive if q.side == "above" and q.joins else None


def upper_bound(code: str) -> Optional[bool]:
    """For a bound that opens downwards and may join another: whether it is inclusive."""
    q = QUALIFIERS[code]
    return q.inclusive if q.side == "below" and q.joins else None


def mention(page: Page, a: Amount) -> Optional[Mention]:
    """The amount as the interval of CONVENTIONS.md, or None for an article."""
    if _article(page, a):
        return None
    q = QUALIFIERS[a.qualifier]
    low, li, high, hi = a.low, True, a.high, a.high_inclusive
    approx = q.approximate or a.vague or a.approx_noun or a.estimate
    if q.side == "between":
        li, approx = a.low_inclusive, a.range_approx
    elif q.side == "above":
        low, li, high, hi = q.bound(a), q.inclusive, None, False
    elif q.side == "below":
        high, hi = q.bound(a), q.inclusive
        if a.kind in q.floor and a.unit not in page.g.signed_units \
                and (a.high if q.bound is _high_unless_vague else high) > 0 \
                and (a.kind != "number" or not page.bare_figures) \
                and not _counts_nothing(page, a):
            low, li = ZERO, True
        else:
            low, li = None, False
    reported = q.reported
    if a.qualifier == "exact" and (a.vague or a.approx_noun):
        reported = "vague"
    # a point's two ends are one Decimal (immutable): half the values of a dense text
    same = low is not None and high is not None and low.as_tuple() == high.as_tuple()
    low = norm(low)
    high = low if same else norm(high)
    return Mention(
        start=a.start, end=a.end, text=page.text[a.start:a.end], kind=a.kind,
        low=low, high=high, low_inclusive=li, high_inclusive=hi,
        approximate=bool(approx), currency=a.currency if a.kind == "money" else None,
        unit=a.unit if a.kind in ("quantity", "percent") else None, qualifier=reported,
        currency_basis=(a.currency_basis or None) if a.kind == "money" else None,
        currency_alternatives=a.alternatives if a.kind == "money" else ())


#: how far before a bare figure the noun of what it measures may stand, in its clause
MEASURE_REACH = 60


def _counts_nothing(page: Page, a: Amount) -> bool:
    """A bare figure of a measure, not a count (CONVENTIONS: its open side stays open):
    nothing counted after it (punctuation, the end, a function word) and, in its
    clause before it, a noun of the language's ``measure_nouns`` ("El índice se sitúa
    por debajo de 35", "a ratio of less than 0.5")."""
    g, t = page.g, page.text
    if g.measure_re is None or a.kind != "number" or a.scale > 1 or a.vague \
            or a.approx_noun:
        return False
    m = g.next_word_re.match(t, a.end)
    if m is not None and page.fold(m.group(1)) not in g.list_followers:
        return False
    lo = max(0, a.start - MEASURE_REACH)
    for end in g.clause_end_re.finditer(t, lo, a.start):
        lo = end.end()
    return g.measure_re.search(t, lo, a.start) is not None


def bare_figures(page: Page, amounts) -> bool:
    """Whether one sentence sets two or more bare figures against each other and names
    nothing they count ("above 1000 and below 1500", "more than 40 and less than 10",
    "equal to 5000 or less than 5000"): no figure is then a count, and an upper bound
    keeps its open low side (CONVENTIONS: "below 35" is (null, 35)).  One figure alone
    keeps the floor of a count: its noun may stand before it ("its total to just
    under 50,000", "il y en a 500 ou moins")."""
    return len(amounts) >= 2 and not page.counted_article and all(
        a.kind == "number" and not a.fraction and not a.vague and not _counts(page, a)
        for a in amounts) and page.g.full_stop_re.search(
            page.text, amounts[0].end, amounts[-1].start) is None


def _counts(page: Page, a: Amount) -> bool:
    """Whether a word after the figure names what it counts ("10 salariés", "3 of")."""
    m = page.g.next_word_re.match(page.text, a.end)
    if m is None:
        return False
    word = page.fold(m.group(1))
    return word not in page.g.list_followers or word in page.g.part_links


def _article(page: Page, a: Amount) -> bool:
    """'un an', 'a year', 'un euro de plus': an article, no figure; nor is a hedged bare
    article ('in the neighbourhood of one another') nor a bounded one before a noun of
    figures ('hasta un total de')."""
    if a.article and a.qualifier == "approx" and a.kind == "number":
        return True
    if a.article and a.kind == "number" and is_bound(a.qualifier):
        m = page.g.next_word_re.match(page.text, a.end)
        if m is not None and page.fold(m.group(1)) in page.g.figure_nouns:
            return True  # "hasta un total de 4,81 millones", "up to a record 12"
    return a.article and a.qualifier == "exact" and not a.hyphen_unit and (
        a.kind not in ("money", "percent") or a.kind == "money" and a.currency_surface[:1].isalpha()
        and not a.minor and page.fold(page.text[a.cstart:a.cend]) in page.g.bare_articles)
