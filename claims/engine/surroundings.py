"""Stage 3, what stands around a figure: its scale, a currency before or after,
percent, unit, the qualifier after or before, a bounding verb, an estimate word; and
the figures that are no claim dropped (ordinals, labels, names, years)."""
from __future__ import annotations

from decimal import Decimal, localcontext
from typing import List, Optional

from . import intervals
from .amount import Amount
from .numbers import CTX, ZERO, word_scale
from .page import Page

#: a qualifier after a figure this close to the next one is that one's ("200 ou plus
#: que 190", "10 and more than 40")
NEXT_FIGURE_GAP = 8


def attach(page: Page, amounts: List[Amount]) -> List[Amount]:
    """Each figure with what stands around it; those that are no claim left out."""
    out = []
    for i, a in enumerate(amounts):
        nxt_start = amounts[i + 1].cstart if i + 1 < len(amounts) else len(page.text)
        prev_end = amounts[i - 1].end if i > 0 and amounts[i - 1].end <= a.cstart else 0
        if _surround(page, a, prev_end, nxt_start, i + 1 < len(amounts)):
            out.append(a)
    return out


def _surround(page: Page, a: Amount, prev_end: int, nxt_start: int, has_next: bool) -> bool:
    """Read around ``a`` in place; False when it is no claim."""
    g, t = page.g, page.text
    s, e = a.cstart, a.cend
    # an hour followed by its part of the day: a clock time ("a las tres de la tarde")
    if g.clock_re is not None and a.low == a.high and a.low <= 24 and g.clock_re.match(t, e):
        return False
    # digits that are an ordinal ("3e", "21st"), a label ("article 49.3") or a name
    # ("Boeing 737", "CAC 40")
    if not a.words and (g.ordinal_re.match(t, e)
                        or page.ends_before(g.label_re, g.label_last, max(0, s - 60), s)
                        or _after_name(page, s)):
        return False
    _currency_before(page, a, prev_end)
    e = _scale_after(page, a, e, nxt_start)
    e = _kind_after(page, a, e, nxt_start)
    if e == a.cend and not a.words and e < len(t) and t[e].isalpha():
        return False  # glued letters that are no suffix we know: a name ("5G")
    if a.kind == "number" and a.multiplier is False:
        tm = g.times_re.match(t, e)
        if tm and tm.end() <= nxt_start:
            e = tm.end()
            a.multiplier = True
    if _is_year(a):
        return False
    room = nxt_start - NEXT_FIGURE_GAP if has_next else nxt_start
    a.end = _qualifier_after(page, a, e, room)
    a.start = _qualifier_before(page, a)
    return True


def _is_year(a: Amount) -> bool:
    """Four bare digits from 1500 to 2099 that carry no kind."""
    return (len(a.plain_digits) == 4 and a.kind == "number" and a.unit is None
            and 1500 <= int(a.plain_digits) <= 2099)


def _currency_before(page: Page, a: Amount, prev_end: int) -> None:
    """'$48 million', 'HK$ 6.8', 'EUR 45m'."""
    g, s = page.g, a.cstart
    cm = page.ends_before(g.ccy_before_re, g.ccy_before_last, max(prev_end, s - 12), s)
    if cm and (not a.words or cm.group("sym")):
        surface = cm.group("name") or cm.group("sym") or cm.group("code")
        found, code, basis = g.lex.lookup(surface)
        if found:
            a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
            a.start = cm.start()


def _scale_after(page: Page, a: Amount, e: int, limit: int) -> int:
    """'3,5 millions', '2.4bn', '12 k€', '$60m'; a spelled-out figure's own largest scale."""
    g, t = page.g, page.text
    if a.words:
        if not a.vague:
            tokens = g.word_token_re.findall(page.fold(t[a.cstart:a.cend]))
            a.scale = max(a.scale, word_scale(tokens, g))
        return e
    sm = g.scale_re.match(t, e)
    if sm and sm.end() <= limit:
        if sm.group("w"):
            factor = g.scale_values[" ".join(page.fold(sm.group("w")).split())]
        elif sm.group("a"):
            factor = g.abbrev_values[sm.group("a")]
        else:
            factor = g.dozen_values[page.fold(sm.group("dz"))]
        a.rescale(factor)
        return sm.end()
    if a.kind == "money":
        mm = g.money_scale_re.match(t, e)
        if mm:
            a.rescale(g.abbrev_values[mm.group("a")])
            return mm.end()
    return e


def _qualifier_after(page: Page, a: Amount, e: int, room: int) -> int:
    """'ou plus', 'or more', '+' after the figure; returns the new end."""
    pq = page.g.post_qual_re.match(page.text, e)
    if pq and pq.end() <= room and a.qualifier == "exact":
        q = "at_least" if pq.group("plus") else page.g.post_qual.get(" ".join(page.fold(pq.group("q")).split()))
        if q:
            a.qualifier = q
            return pq.end()
    return e


def _qualifier_before(page: Page, a: Amount) -> int:
    """'plus de', 'about' (in the span), a bounding verb (outside it), an estimate word;
    returns the new start."""
    g, t = page.g, page.text
    left = a.start
    qm = page.ends_before(g.pre_qual_re, g.pre_qual_last, max(0, left - 50), left)
    if qm and a.qualifier == "exact":
        phrase = " ".join(page.fold(qm.group("q")).split())
        q = g.pre_qual.get(phrase) or g.pre_qual.get(phrase.replace("’", "'")) \
            or g.pre_qual.get(phrase.replace("'", "’"))
        if q and _qualifier_is_figurative(page, phrase, q, qm.start(), a):
            q = None
        if q:
            a.qualifier = _negated(page, q, qm.start())
            left = qm.start()
    else:
        vm = page.ends_before(g.bound_verb_re, g.bound_verb_last, max(0, left - 50), left)
        if vm:
            q = g.bound_verb.get(" ".join(page.fold(vm.group("v")).split()), "more_than")
            a.qualifier = _negated(page, q, vm.start())
    em = page.ends_before(g.estimate_re, g.estimate_last, max(0, left - 30), left)
    if em:
        a.estimate = True
        in_span = g.estimate_qualifiers.get(page.fold(em.group().strip()))
        if in_span is not None and a.qualifier == "exact":
            a.qualifier = "estimate"
            if in_span:
                left = em.start()
    return left


def _negated(page: Page, q: str, start: int) -> str:
    """A negated bound is the other side's bound: "ne pas émettre plus de 2 t" is at most
    2 t, "never dropped below 27" at least 27 (CONVENTIONS.md, Ranges)."""
    other = intervals.negated(q)
    if other != q and page.g.negation_re.search(page.text, max(0, start - 40), start):
        return other
    return q


def _qualifier_is_figurative(page: Page, phrase: str, q: str, start: int, a: Amount) -> bool:
    """'over five years' (during), 'edged up to 5%' (a verb's particle): no bound."""
    g = page.g
    if a.kind == "quantity" and a.unit in g.duration_units and q == "more_than" \
            and " " not in phrase:
        return True
    if q == "up_to":
        before = page.text[max(0, start - 20):start].split()
        return bool(before) and page.fold(before[-1]) in g.change_verbs
    return False


def _after_name(page: Page, s: int) -> bool:
    """True when a capitalised or upper-case name stands right before the figure."""
    t, g = page.text, page.g
    j = s
    while j > 0 and t[j - 1] in " \u00a0\u202f":
        j -= 1
    if j == s or j == 0:
        return False
    k = j
    while k > 0 and (t[k - 1].isalnum() or t[k - 1] in "&-"):
        k -= 1
    word = t[k:j]
    if not word or not word[0].isupper():
        return False
    if g.lex.lookup(word)[0]:
        return False
    lw = page.fold(word)
    if lw in g.months or lw in g.pre_qual or lw in g.number_words:
        return False
    if not (word.isupper() and len(word) >= 2) and _opens_sentence(t, k):
        return False  # a capitalised word that opens a sentence is not a name
    # "$CA 12", "F CFA 12": the end of a currency sign, not a name
    return not page.ends_before(g.ccy_before_re, g.ccy_before_last, max(0, s - 12), s)


def _opens_sentence(t: str, k: int) -> bool:
    p = k
    while p > 0 and t[p - 1] in " \u00a0\u202f\t\n":
        p -= 1
    return p == 0 or t[p - 1] in ".!?:;«“\"(\n"


def _kind_after(page: Page, a: Amount, e: int, limit: int) -> int:
    """Percent, currency or unit after the figure; returns the new end."""
    g, t = page.g, page.text
    if a.kind == "money":
        # "$ 10 dollars": a name after a symbol is the same currency
        cm = g.ccy_after_re.match(t, e)
        if cm and cm.end() <= limit and not cm.group("link"):
            e = cm.end()
        return _money_tail(page, a, e)
    for read in (_percent_after, _minor_after, _currency_after, _unit_after):
        end = read(page, a, e, limit)
        if end is not None:
            return end
    return e


def _percent_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'%', 'pour cent', 'points de pourcentage', 'basis points', a French 'point'."""
    g, t = page.g, page.text
    for regex, unit in ((g.pp_re, "pp"), (g.bp_re, "bp"), (g.pct_re, None)):
        m = regex.match(t, e)
        if m and m.end() <= limit:
            a.kind = "percent"
            if unit:
                a.unit = unit
            return m.end()
    if g.bare_point_re is not None and a.high < 100:
        m = g.bare_point_re.match(t, e)
        if m and m.end() <= limit:
            a.kind, a.unit = "percent", "pp"
            return m.end()
    return None


def _minor_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'50 centimes', '3 pence': money in the minor unit."""
    g = page.g
    m = g.minor_re.match(page.text, e)
    if not (m and m.end() <= limit and not a.vague and (not m.group("link") or a.scale > 1)):
        return None
    code, factor = g.lex.minor_units[" ".join(page.fold(m.group("m")).split())]
    a.kind, a.currency, a.currency_basis = "money", code, "name"
    a.currency_surface, a.minor = m.group("m"), True
    a.low *= Decimal(factor)
    a.high *= Decimal(factor)
    return m.end()


def _currency_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'12 euros', '3 millions de dollars', '75 USD million'."""
    g, t = page.g, page.text
    m = g.ccy_after_re.match(t, e)
    if not (m and m.end() <= limit and (not m.group("link") or a.scale > 1 or a.vague)):
        return None
    surface = m.group("name") or m.group("sym") or m.group("code")
    found, code, basis = g.lex.lookup(surface)
    if not found:
        return None
    a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
    e = m.end()
    sm = g.ccy_scale_after_re.match(t, e)  # "75 USD million"
    if sm and sm.end() <= limit:
        f = g.scale_values[" ".join(page.fold(sm.group("w")).split())]
        a.low *= f
        a.high *= f
        a.scale = f
        e = sm.end()
    return _money_tail(page, a, e)


def _unit_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'12 km', '3 tonnes'; '10-year' (a hyphenated duration)."""
    g, t = page.g, page.text
    m = g.unit_re.match(t, e)
    if m and m.end() <= limit and (not m.group("link") or a.scale > 1 or a.vague):
        u = m.group("u")
        a.kind = "quantity"
        a.unit = g.units.get(u, g.units_lower.get(page.fold(u)))
        return m.end()
    hm = g.hyphen_duration_re.match(t, e)
    if hm and a.scale == 1:
        a.kind = "quantity"
        a.unit = g.units_lower.get(page.fold(hm.group("u")))
        a.hyphen_unit = True
        return hm.end()
    return None


def _money_tail(page: Page, a: Amount, e: int) -> int:
    """'3 dollars 50', '15 dollars et 15 cents': the minor part of one amount."""
    g, t = page.g, page.text
    if a.scale != 1 or a.low != a.high or a.low != a.low.to_integral_value():
        return e
    after_parts = _compound_tail(page, a, e)
    if after_parts != e:
        return after_parts  # "£3 10s 6d": the parts were the minor units
    m = g.minor_tail_re.match(t, e)
    if not m:
        return e
    n = int(m.group("n"))
    after = t[m.end():m.end() + 12]
    if n >= 100 or (not m.group("m") and (g.ccy_after_re.match(after) and after.strip()[:1].isalpha())):
        return e
    if not m.group("m") and after.strip()[:1].isdigit():
        return e
    a.low += Decimal(n) / 100
    a.high = a.low
    return m.end()


def _compound_tail(page: Page, a: Amount, e: int) -> int:
    """'£3 10s 6d': pre-decimal parts of one amount, each in its currency's fraction."""
    g = page.g
    if g.compound_part_re is None:
        return e
    total = ZERO
    while True:
        m = g.compound_part_re.match(page.text, e)
        if not m or g.compound_units[m.group("u")][0] != a.currency:
            break
        with localcontext(CTX):
            total += int(m.group("n")) * g.compound_units[m.group("u")][1]
        e = m.end()
    if total:
        a.low += total
        a.high = a.low
    return e
