"""Stage 4, figures read together: a scale, currency or unit written once after a
list; mixed numbers ("trois et un quart"), compound money ("3 dollars 50 cents"),
ratios ("trois sur quatre"), two bounds joined, ranges ("de X à Y") and changes
("passer de X à Y": two points); then what is written once for a later figure
("38 mètres, contre 25", "12 millions d'euros, dont 3", a hedge for two amounts)."""
from __future__ import annotations

import re
from decimal import localcontext
from typing import List, Optional, Union

from . import intervals
from .amount import Amount
from ..grammar import RATE_DENOMINATORS
from .numbers import CTX, ONE, QUOTIENT, ZERO
from .page import Page

_NOT_DIGITS = re.compile(r"\D*")
CHANGE = "change"  # two figures of one change: each stays a point
THOUSAND = 1000
HUNDRED = 100
#: the qualifiers that only hedge a point
HEDGES = frozenset(("approx", "estimate"))
#: how far before 'de X à Y' a change verb may stand in its sentence
FAR_CHANGE_REACH = 120
Joined = Union[Amount, str, None]


def share_lists(page: Page, amounts: List[Amount]) -> None:
    """'450, 234 et 169,6 milliards de dollars': the scale, currency or unit written
    once after a list applies to every item (a list has at least one comma or joins
    alternatives, 'more than 12 or 18 months'; otherwise 'X et Y millions' is left to
    the range rules).  A bound written before the first of alternatives holds for
    each ('up to 2, 3, or 4 inches')."""
    g, t = page.g, page.text
    i = len(amounts) - 1
    while i > 0:
        last = amounts[i]
        j = i
        if last.scale > 1 or last.kind != "number":
            while j > 0 and _listable(amounts[j - 1]) and g.list_gap_re.fullmatch(
                    t, amounts[j - 1].end, amounts[j].start):
                j -= 1
        items = amounts[j:i]
        alternatives = any(g.or_gap_re.fullmatch(t, x.end, y.start)
                           for x, y in zip(amounts[j:i], amounts[j + 1:i + 1]))
        if items and (alternatives or "," in t[items[0].end:last.start]):
            for a in items:
                if last.scale > 1:
                    a.rescale(last.scale)
                a.take_kind(last)
            if alternatives:
                _bound_once(amounts[j:i + 1])
        i = j - 1 if items else i - 1


def _listable(a: Amount) -> bool:
    """A list item that leaves its scale and kind to the last: a bound allowed."""
    return _open(a) and a.scale == 1


def _bound_once(items: List[Amount]) -> None:
    """'plus de 12 ou 18 mois': the first item's bound, written once, for every item."""
    first = items[0].qualifier
    if intervals.is_bound(first) and all(a.qualifier == "exact" for a in items[1:]):
        for a in items[1:]:
            a.qualifier = first


def carry(page: Page, amounts: List[Amount]) -> None:
    """What is written once for a later figure: '38 mètres, contre 25', '12 millions
    d'euros, dont 3', '850 euros, 920 et 1 100', '3 semaines, voire 4' give the bare
    figure the kind, currency, unit and scale of the one before; '30, voire 40 millions
    d'euros' the other way round.  Runs after ranges and changes are joined."""
    g, t = page.g, page.text
    for a, b in zip(amounts, amounts[1:]):
        if _open(a) and not _open(b) and g.alternative_gap_re.fullmatch(t, a.end, b.start):
            _written_once(a, b)
        elif a.is_bare() and (b.kind != "number" or b.scale > 1) and not b.vague \
                and g.joiner_gap_re.fullmatch(t, a.end, b.start):
            # "4 235 et 3 779 milliards FCFA", "12 et 6 ans": two items no range
            # opener joined (the range rules had them first)
            if b.scale > 1:
                a.rescale(b.scale)
            a.take_kind(b)
            a.alternatives = b.alternatives
    for a, b in zip(amounts, amounts[1:]):
        _hedge_once(page, a, b)
    _bound_for_dated_list(page, amounts)
    listed = False
    for a, b in zip(amounts, amounts[1:]):
        # a figure with a scale of its own takes a kind only from one scaled alike:
        # "1 milliard d'euros en cinq ans, soit 200 millions" is not in years
        if not _open(b) or a.scale == 1 and (a.kind == "number" or b.scale > 1):
            listed = False
        elif (g.carry_gap_re.fullmatch(t, a.end, b.start)
              or g.alternative_gap_re.fullmatch(t, a.end, b.start)) \
                and not _counts_plural(page, b):
            _written_once(b, a)
            listed = False
        elif (g.comma_gap_re.fullmatch(t, a.end, b.start)
              or listed and g.list_gap_re.fullmatch(t, a.end, b.start)) \
                and _ends_list_item(page, b):
            _written_once(b, a)
            listed = True
        elif g.clause_joiner_gap_re.fullmatch(t, a.end, b.start) \
                and _ends_list_item(page, b, g.part_links):
            _written_once(b, a)  # "12 euros en 2023 et 15 en 2024"
            listed = False
        else:
            listed = False
    _rates_once(page, amounts)


def _rates_once(page: Page, amounts: List[Amount]) -> None:
    """A rate written once for the same unit later in the sentence, set against it by
    a carry link or a clause of contrast: 'cut by 200,000 barrels a day, while the UAE
    cuts 144,000 barrels' (bbl/d); 'about 122 bushels per acre, off from 122.8 bushels'
    (bu/acre).  'yields 8 t/ha, and stores 500 t' keeps its tonnes."""
    rate = None
    for a in amounts:
        if rate is not None and page.g.full_stop_re.search(page.text, rate.end, a.start):
            rate = None
        if a.kind != "quantity" or not a.unit:
            continue
        base, _, per = a.unit.partition("/")
        if per in RATE_DENOMINATORS:  # a period or an area
            rate = a
        elif not per and rate is not None and rate.unit.partition("/")[0] == a.unit \
                and page.g.contrast_re is not None \
                and page.g.contrast_re.search(page.text, rate.end, a.start):
            a.unit = rate.unit


def _bound_for_dated_list(page: Page, amounts: List[Amount]) -> None:
    """'passing three million in 2014, four million in 2017 and seven million in 2022':
    a bound or hedge written once before a list whose items each bear a date holds for
    every item of the same kind and scale."""
    g, t = page.g, page.text
    i = 0
    while i < len(amounts) - 1:
        a = amounts[i]
        j = i
        if a.qualifier != "exact" and a.qualifier != "range" and not a.vague:
            while j + 1 < len(amounts):
                b = amounts[j + 1]
                if b.qualifier != "exact" or b.vague or (b.kind, b.unit, b.currency, b.scale) \
                        != (a.kind, a.unit, a.currency, a.scale) \
                        or not g.dated_list_gap_re.fullmatch(t, amounts[j].end, b.start):
                    break
                b.qualifier = a.qualifier
                j += 1
        i = j + 1


def _hedge_once(page: Page, a: Amount, b: Amount) -> None:
    """A hedge or bound written once: 'approximately £38.5 million (€45 million)' (a
    conversion in brackets keeps its source's), 'around £34m and £24m' (two amounts of
    one kind joined: the hedge holds for both)."""
    g, t = page.g, page.text
    if b.qualifier != "exact" or a.kind != b.kind or a.kind == "number" or b.vague:
        return
    if a.qualifier in HEDGES or intervals.is_bound(a.qualifier):
        if g.bracket_open_re.fullmatch(t, a.end, b.start) \
                and g.bracket_close_re.match(t, b.end) \
                and (a.currency, a.unit) != (b.currency, b.unit):
            b.qualifier = a.qualifier
            return
    if a.qualifier in HEDGES and (a.currency, a.unit) == (b.currency, b.unit) \
            and g.joiner_gap_re.fullmatch(t, a.end, b.start):
        b.qualifier = a.qualifier


def _open(a: Amount) -> bool:
    """A figure that leaves its kind to what is written around it."""
    return (a.kind == "number" and not a.vague and not a.fraction and not a.multiplier
            and not a.article)


def _written_once(b: Amount, a: Amount) -> None:
    """Give ``b`` what ``a`` writes: its scale (a thousand or more: not '3 hundred and
    21') where ``b`` stays of the same order (at most ten times ``a``: '12 millions,
    dont 3', not '3,2 millions de tonnes, dont 800 000'; '4.500 millones, de los cuales
    1.200'), its kind, currency and unit."""
    if a.kind == "percent" and b.high > max(HUNDRED, a.high * 10):
        return  # "un 26,3 % más, de los cuales 76.692 contratos": not a share
    # below a thousand, or below the digits ``a`` writes before its scale: "4.500
    # millones de euros, de los cuales 1.200" (the long scale's thousands of millions)
    if a.scale >= THOUSAND and b.scale == 1 and (b.low < THOUSAND or b.high < a.high / a.scale) \
            and b.high * a.scale <= a.high * 10:
        b.rescale(a.scale)
    if a.kind != "number":
        b.take_kind(a)
        b.alternatives = a.alternatives


def _counts_plural(page: Page, b: Amount) -> bool:
    """A plural noun right after the figure says what it counts ('dont 40 salariés',
    'including 3 children' aside: only the plural endings of the language)."""
    m = page.g.next_word_re.match(page.text, b.end)
    if m is None:
        return False
    word = page.fold(m.group(1))
    return word.endswith(page.g.plural_endings) and word not in page.g.list_followers


def _ends_list_item(page: Page, b: Amount, unless: frozenset = frozenset()) -> bool:
    """Nothing after a bare list item names what it counts: punctuation, the end, a
    function word or a word that closes a list ('selon', 'respectively'), other than
    the words ``unless`` ('15 des', '3 of')."""
    m = page.g.next_word_re.match(page.text, b.end)
    if m is None:
        return True
    word = page.fold(m.group(1))
    return word in page.g.list_followers and word not in unless


def join(page: Page, amounts: List[Amount]) -> List[Amount]:
    """Each figure with the next, where the two read as one."""
    out: List[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        floor = out[-1].end if out else 0
        merged = _join_two(page, a, b, floor) if b is not None else None
        if merged == CHANGE:
            page.change_end = b.end
        if merged is None or merged == CHANGE:
            out.append(a)
            i += 1
        else:
            out.append(merged)
            i += 2
    return out


def _join_two(page: Page, a: Amount, b: Amount, floor: int) -> Joined:
    return (_mixed(page, a, b) or _minor_pair(page, a, b) or _ratio(page, a, b)
            or _tolerance(page, a, b) or _bounds(page, a, b) or _range(page, a, b, floor))


def _mixed(page: Page, a: Amount, b: Amount) -> Optional[Amount]:
    """'trois et un cinquième', 'five and a half million', 'un million et demi'."""
    if not b.fraction or a.kind != "number" or a.qualifier != "exact" or a.vague \
            or a.fraction or b.qualifier != "exact" or a.low != a.high:
        return None
    if not page.g.joiner_gap_re.fullmatch(page.text, a.end, b.start):
        return None
    with localcontext(CTX):
        if b.scale > 1 and a.scale == 1:      # five and a half million
            v = a.low * b.scale + b.low
        elif a.scale > 1 and b.scale == 1:    # cinq milliards et trois quarts
            v = a.low + b.low * a.scale
        else:                                 # trois et un cinquième; one billion and
            v = a.low + b.low                 # three quarters million
    r = Amount(a.start, b.end, a.cstart, b.cend, v, v, words=True, scale=max(a.scale, b.scale))
    r.kind, r.unit, r.currency = b.kind, b.unit, b.currency
    return r


def _ratio(page: Page, a: Amount, b: Amount) -> Optional[Amount]:
    """'trois sur quatre', 'one in five', '10 over 3'."""
    g, t = page.g, page.text
    if a.kind != "number" or b.kind != "number" or a.qualifier not in intervals.RATIO_TERMS \
            or a.vague or b.vague:
        return None
    gap = t[a.end:b.cstart]
    m = g.ratio_gap_re.fullmatch(gap) if len(gap) <= 30 else None
    if m is None:
        return None
    words = m.group("words").split()
    if len(words) > 1 and any(page.fold(w) in g.list_followers for w in words):
        return None  # a noun and its adjective only ("142 hôpitaux français sur 850")
    quotient = page.fold(gap.split()[-1]) in g.quotient_words
    if not quotient and (not (ZERO < a.low < b.low <= 1000) or a.low != a.low.to_integral_value()):
        return None
    if b.low == 0:
        return None
    with localcontext(QUOTIENT):
        v = a.low / b.low
    r = Amount(a.start, b.end, a.cstart, b.cend, v, v, words=True)
    r.qualifier = a.qualifier
    return r


def _tolerance(page: Page, a: Amount, b: Amount) -> Optional[Amount]:
    """'$6.1 billion plus or minus 2%' is [V - 2% of V, V + 2% of V]; '12 ± 0,5 mm' [11.5, 12.5]."""
    if a.qualifier != "exact" or a.vague or b.vague or b.low != b.high:
        return None
    d, start = b.low, b.cstart
    if d < 0:  # "+/- 2", "plus or minus 2": the sign or negative word is the words' end
        d = -d
        start += len(_NOT_DIGITS.match(page.text, start, b.cend).group())
    if d < 0 or not page.g.tolerance_gap_re.fullmatch(page.text, a.end, start):
        return None
    if a.kind == "number" and b.kind in ("quantity", "money"):
        _share(a, b)  # "12 ± 0,5 mm": the unit written once
    with localcontext(CTX):
        if b.kind == "percent" and a.kind != "percent":
            # a share of the figure's size: of -8 as of 8 ("-8 ± 5 %" is [-8.4, -7.6])
            low, high = a.low - abs(a.low) * d / 100, a.high + abs(a.high) * d / 100
        elif b.kind in ("number", a.kind) and b.unit in (None, a.unit):
            low, high = a.low - d, a.high + d
        else:
            return None
    r = Amount(a.start, b.end, a.cstart, b.cend, low, high, qualifier="tolerance")
    r.take_kind(a)
    r.alternatives = a.alternatives
    return r


def _minor_pair(page: Page, a: Amount, b: Amount) -> Optional[Amount]:
    """'thirteen dollars forty-five cents': a major amount and its minor part, one mention."""
    if not (a.kind == b.kind == "money" and b.minor and not a.minor
            and a.currency == b.currency and a.qualifier == b.qualifier == "exact"
            and a.scale == 1 and a.low == a.high == a.low.to_integral_value()
            and b.low == b.high and ZERO < b.low < ONE):
        return None
    gap = page.text[a.end:b.start]
    if not gap[:1].isspace() or page.fold(gap.strip()) not in page.g.joiners | {""}:
        return None  # only white space or "and"/"et" between them: a comma lists
    a.end, a.cend = b.end, b.cend
    a.low = a.high = a.low + b.low
    return a


def _bounds(page: Page, a: Amount, b: Amount) -> Optional[Amount]:
    """'supérieur à 20 et inférieur ou égal à 35': two bounds, one interval; the unit
    may be written once after the second ('at least 3 and at most 9 years')."""
    written_once = a.kind == "number" and b.kind != "number" and a.scale == 1 and not a.vague
    if not written_once and (a.kind != b.kind or a.unit != b.unit or a.currency != b.currency):
        return None
    if intervals.lower_bound(a.qualifier) is not None and intervals.upper_bound(b.qualifier) is not None:
        lo, hi = a, b
    elif intervals.upper_bound(a.qualifier) is not None and intervals.lower_bound(b.qualifier) is not None:
        lo, hi = b, a
    else:
        return None
    if not page.g.bounds_gap_re.fullmatch(page.text, a.end, b.start) or lo.low >= hi.high:
        return None
    if written_once:
        a.take_kind(b)
    r = Amount(a.start, b.end, a.cstart, b.cend, lo.low, hi.high,
               high_inclusive=intervals.upper_bound(hi.qualifier),
               low_inclusive=intervals.lower_bound(lo.qualifier))
    r.kind, r.currency, r.unit = a.kind, a.currency, a.unit
    r.currency_basis, r.currency_surface = a.currency_basis, a.currency_surface
    r.qualifier = "range"
    return r


def _range(page: Page, a: Amount, b: Amount, floor: int = 0) -> Joined:
    """'de 3 à 5 millions', 'between $5 and $10', '18-24'; a change ('passer de X à Y');
    'de 70 sièges à 110' (a noun after the first end); 'entre 30 et 35 000 euros' (the
    thousands written once)."""
    g, t = page.g, page.text
    gap = t[a.end:b.start]
    cm = g.connector_re.fullmatch(gap) if len(gap) < 12 else None
    if cm is None and len(gap) < 40 and a.is_bare() and b.is_bare():
        cm = _split_connector(page, a, b, gap)
    if not cm or b.qualifier != "exact":
        return None
    conn = page.fold(cm.group("w") or "")
    if cm.group("d") == "-" and gap != "-":
        return None  # a hyphen joins a range only when written tight: "18-24"
    if conn:
        verdict = _connector(page, a, b, conn, floor)
        if verdict is not True:
            return verdict
    if a.qualifier not in intervals.RANGE_ENDS:
        return None
    _thousands_once(page, a, b)
    if not _share(a, b) or a.low > b.high:
        return None
    return _range_of(a, b)


def _split_connector(page: Page, a: Amount, b: Amount, gap: str):
    """'de 70 sièges à 110', 'between 40 MPs and 60': the counted noun written once
    after the first end, a range opener before it, nothing counted after the second."""
    g, t = page.g, page.text
    m = g.split_range_re.fullmatch(gap)
    if m is None or not _ends_list_item(page, b) \
            or not g.opener_re.search(t, max(0, a.start - 30), a.start):
        return None
    return m


def _thousands_once(page: Page, a: Amount, b: Amount) -> None:
    """'entre 30 et 35 000 euros' = [30000, 35000]: the group of thousands written once
    at the end, where the first end alone would be far below the second (CONVENTIONS
    'Ranges'): a whole first end under 1000, the second between 1000 and 10000 times it."""
    if a.scale != 1 or b.scale != 1 or a.vague or b.vague or a.low != a.high \
            or a.low != a.low.to_integral_value() or not ZERO < a.low < THOUSAND \
            or not page.g.thousands_tail_re.search(page.text, b.cstart, b.cend):
        return
    if a.low * THOUSAND <= b.low < a.low * THOUSAND * 10:
        a.low = a.high = a.low * THOUSAND
        a.plain_digits = ""


def _connector(page: Page, a: Amount, b: Amount, conn: str, floor: int = 0) -> Joined:
    """Whether a worded connector joins a range here (True), makes a change (CHANGE) or
    neither (None): 'de X à Y' after a change verb is a change, 'X à Y' needs no opener."""
    g, t = page.g, page.text
    opener_m = g.opener_re.search(t, max(0, a.start - 30), a.start)
    opener = " ".join(page.fold(opener_m.group().strip()).split()).replace("’", "'") if opener_m else None
    if not opener and conn in g.bare_connectors and (g.change_re.search(
            t, max(0, a.start - 40), a.start) or a.kind != "number" and b.kind != "number"
            and _next_change(page, a.start)):
        _share(a, b, change=True)
        return CHANGE
    allowed = g.range_openers.get(opener, ()) if opener else ()
    if conn not in allowed and conn not in g.bare_connectors:
        return None
    if opener and conn not in g.joiners and (
            g.change_re.search(t, max(0, opener_m.start() - 40), opener_m.start())
            or _far_change(page, opener_m.start(), floor)):
        _share(a, b, change=True)
        return CHANGE if a.kind == b.kind else None
    return True


def _far_change(page: Page, s: int, floor: int) -> bool:
    """A change verb earlier in the sentence, with words but no figure between it and
    'de X à Y': 'Les prix ont grimpé l'an dernier dans toute la région de 1,20 à 1,45
    euro'; or a change just before, and a list joiner ('de 3 à 4, et de 5 à 6').
    Right before it the verb says by how much ('augmenteront de 8 % à 10 %': a
    range of the rise)."""
    g, t = page.g, page.text
    if floor == page.change_end and g.list_gap_re.fullmatch(t, floor, s):
        return True  # "increased from £7.38 to £7.70, and from £5.90 to £6.15"
    if _next_change(page, s):
        return True
    lo = max(floor, s - FAR_CHANGE_REACH)
    for end in g.sentence_end_re.finditer(t, lo, s):
        lo = end.end()
    last = None
    for last in g.far_change_re.finditer(t, lo, s):
        pass
    return last is not None and bool(t[last.end():s].strip())


def _next_change(page: Page, s: int) -> bool:
    """A list of changes: after a change in the same sentence, an item that opens a
    clause (after ',' or ';', a list joiner allowed): "The increases are £8.72 to £8.91
    for …; from £8.20 to £8.36 for …; and £4.15 to £4.30 for …"."""
    g, t = page.g, page.text
    if not 0 <= page.change_end <= s or g.full_stop_re.search(t, page.change_end, s):
        return False
    head = t[max(page.change_end, s - 40):s]
    jm = g.joiner_tail_re.search(head)
    if jm:
        head = head[:jm.start()]
    return head.rstrip()[-1:] in (",", ";")


def _range_of(a: Amount, b: Amount) -> Amount:
    r = Amount(a.start, b.end, a.cstart, b.cend, a.low, b.high, high_inclusive=b.high_inclusive)
    r.kind, r.currency, r.unit = b.kind, b.currency or a.currency, b.unit or a.unit
    r.currency_basis = b.currency_basis or a.currency_basis
    r.currency_surface = b.currency_surface or a.currency_surface
    r.alternatives = b.alternatives if b.currency_basis else a.alternatives
    r.vague = a.vague or b.vague
    r.qualifier = "range"
    r.range_approx = a.qualifier == "approx" or a.vague or b.vague or a.approx_noun or b.approx_noun
    r.low_inclusive = True
    r.estimate = a.estimate or b.estimate
    r.scale = b.scale
    return r


def _share(a: Amount, b: Amount, change: bool = False) -> bool:
    """Give ``a`` the scale, currency or unit written once after ``b`` (or ``b``, bare,
    those written once before it: 'de 15 euros à 25'; not after a percentage, where 'en
    hausse de 17 % à 48,8' gives the level reached).  A range scales ``a`` where it
    stays below ``b`` ('between 300 and 5 million' is not scaled); a change where it
    stays of the same order ('de 4,2 à 3,6 millions de tonnes')."""
    if a.kind not in ("number", "percent") and b.kind == "number" and _open(b) and not (
            a.scale == 1 and b.scale > 1):
        _written_once(b, a)
        return True
    if a.kind not in ("number", b.kind):
        return False
    if b.kind == "money" and a.kind == "money" and a.currency != b.currency:
        return False
    if a.kind in ("quantity", "percent") and a.unit != b.unit:
        return False
    scaled = a.low * b.scale
    fits = (b.high <= scaled * 10 and scaled <= b.high * 10) if change else scaled <= b.high
    if b.scale > 1 and a.scale == 1 and not a.vague and fits:
        a.low *= b.scale
        a.high *= b.scale
        a.scale = b.scale
    if a.kind == "number" and b.kind != "number":
        a.take_kind(b)
        a.alternatives = b.alternatives
    return True
