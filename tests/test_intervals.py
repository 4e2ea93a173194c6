"""One table says what each qualifier makes of a figure (claims/engine/intervals.py)."""
from decimal import Decimal

import pytest

from claims.engine import intervals
from claims.engine.amount import Amount
from claims.engine.page import Page
from claims.grammar import grammar
from claims.lang import SUPPORTED_LANGUAGES, get_language
from claims.lang.schema import QUALIFIER_CODES
from claims.model import QUALIFIERS as REPORTED

INF = None
# code -> (low, low_inclusive, high, high_inclusive, approximate, reported) for a count
# of 10, then for a percent of 10 where it differs
TABLE = {
    "exact": ((10, True, 10, True, False, "exact"), None),
    "eq": ((10, True, 10, True, False, "exact"), None),
    "approx": ((10, True, 10, True, True, "approx"), None),
    "estimate": ((10, True, 10, True, True, "estimate"), None),
    "more_than": ((10, False, INF, False, True, "more_than"), None),
    "gt": ((10, False, INF, False, True, "more_than"), None),
    "at_least": ((10, True, INF, False, True, "at_least"), None),
    "ge": ((10, True, INF, False, True, "at_least"), None),
    "less_than": ((0, True, 10, False, True, "less_than"), (INF, False, 10, False, True, "less_than")),
    "lt": ((INF, False, 10, False, True, "less_than"), None),
    "up_to": ((0, True, 10, True, True, "up_to"), (INF, False, 10, True, True, "up_to")),
    "le": ((INF, False, 10, True, True, "up_to"), None),
    "not_more_than": ((0, True, 10, True, True, "up_to"), (INF, False, 10, True, True, "up_to")),
}


def reading(code, kind="number", value=10):
    text = "x" * 5
    a = Amount.point(0, 5, Decimal(value), qualifier=code, kind=kind)
    m = intervals.mention(Page(text, grammar("en"), None), a)
    low = None if m.low is None else int(m.low)
    high = None if m.high is None else int(m.high)
    return low, m.low_inclusive, high, m.high_inclusive, m.approximate, m.qualifier


@pytest.mark.parametrize("code", sorted(TABLE))
def test_each_qualifier_reads_as_the_table_says(code):
    count, percent = TABLE[code]
    assert reading(code) == count
    assert reading(code, "money") == count
    assert reading(code, "percent") == (percent or count)


def test_a_bound_at_zero_or_below_has_no_floor():
    assert reading("less_than", value=-3)[:2] == (None, False)
    assert reading("up_to", value=0)[:2] == (None, False)


def test_every_code_a_language_may_use_has_a_reading():
    assert set(QUALIFIER_CODES) <= set(intervals.QUALIFIERS)
    for lang in SUPPORTED_LANGUAGES:
        L = get_language(lang)
        used = {*L.pre_qualifiers.values(), *L.post_qualifiers.values(), *L.bounding_verbs.values()}
        assert used <= set(QUALIFIER_CODES), lang


def test_every_reading_is_a_reported_qualifier():
    assert {q.reported for q in intervals.QUALIFIERS.values()} <= set(REPORTED)


def test_negation_is_the_other_side():
    for code, q in intervals.QUALIFIERS.items():
        other = intervals.negated(code)
        if other != code:
            sides = {q.side, intervals.QUALIFIERS[other].side}
            assert sides == {"above", "below"}, code
    assert intervals.negated("approx") == "approx"


def test_only_plain_bounds_join():
    assert intervals.lower_bound("more_than") is False and intervals.lower_bound("ge") is True
    assert intervals.upper_bound("lt") is False and intervals.upper_bound("up_to") is True
    assert intervals.upper_bound("not_more_than") is None and intervals.lower_bound("exact") is None


def test_a_range_and_a_tolerance_keep_the_amount_s_ends():
    a = Amount(0, 5, 0, 5, Decimal(3), Decimal(5), qualifier="range", low_inclusive=False,
               range_approx=True)
    m = intervals.mention(Page("x" * 5, grammar("fr"), None), a)
    assert (m.low, m.low_inclusive, m.high, m.approximate) == (3, False, 5, True)
    a.qualifier, a.low_inclusive, a.range_approx = "tolerance", True, False
    m = intervals.mention(Page("x" * 5, grammar("fr"), None), a)
    assert (m.low, m.high, m.qualifier, m.approximate) == (3, 5, "tolerance", False)
