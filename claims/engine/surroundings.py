"""Stage 3, what stands around a figure: its scale, a currency before or after,
percent, unit, the qualifier after or before, a bounding verb, an estimate word; and
the figures that are no claim dropped (ordinals, labels, names, years)."""
from __future__ import annotations

import re

from decimal import Decimal, localcontext
from typing import List, Optional

from . import intervals
from .amount import Amount
from ..grammar import AGE_UNIT, SUBUNITS
from .numbers import CTX, QUOTIENT, ZERO, parse_digits, word_scale
from .page import Page

HALF = Decimal("0.5")

#: a qualifier after a figure this close to the next one is that one's ("200 ou plus
#: que 190", "10 and more than 40")
NEXT_FIGURE_GAP = 8
#: how far before a figure a qualifier or a bounding verb may start ("plus de",
#: "a franchi la barre des"), and an estimate, percent or age word ("aged")
QUALIFIER_REACH = 50
WORD_REACH = 30
#: a year in digits ahead ("by 2024"): no figure a qualifier could belong to
_YEAR_AHEAD = re.compile(r"(?:1[89]|20)\d\d(?!\d|[.,]\d)")


def attach(page: Page, amounts: List[Amount]) -> List[Amount]:
    """Each figure with what stands around it; those that are no claim left out."""
    out = []
    t = page.text
    dropped_end = -2
    for i, a in enumerate(amounts):
        # "1 milliard 300 millions 200 mille euros": the tails are this figure's, so
        # what follows them may be too
        j = i + 1
        while j < len(amounts) and _swallows_next(page, amounts[j - 1], amounts[j]):
            j += 1
        nxt_start = amounts[j].cstart if j < len(amounts) else len(t)
        prev_end = amounts[i - 1].end if i > 0 and amounts[i - 1].end <= a.cstart else 0
        # "article 130-1", "Box 30007-00100": the rest of a label's number is label too
        if not a.words and a.cstart - 1 <= dropped_end <= a.cstart and t[dropped_end] in "-./":
            dropped_end = a.cend
            continue
        if a.article and _apart(amounts, i) and plain_article(page, a.cstart, a.cend):
            page.counted_article = True  # as stage 1 does for a window of articles
            continue
        if _surround(page, a, prev_end, nxt_start, i + 1 < len(amounts)):
            if out and _minor_in_words(page, out[-1], a):
                continue
            if (a.kind == "number" and out and out[-1].age and len(t[out[-1].end:a.start]) < 12
                    and page.g.connector_re.fullmatch(t[out[-1].end:a.start])):
                a.kind, a.unit, a.age = "quantity", AGE_UNIT, True  # "Age 21 – 24": both ends
            out.append(a)
        elif not a.words:
            dropped_end = a.cend
    return out


#: how far an article stands from the figures on either side for no pattern to join it
#: to them ("un Français sur trois", "un à un": stage 1's reach)
ARTICLE_APART = 40


def _apart(amounts: List[Amount], i: int) -> bool:
    a = amounts[i]
    return (i == 0 or a.cstart - amounts[i - 1].cend >= ARTICLE_APART) and (
        i + 1 == len(amounts) or amounts[i + 1].cstart - a.cend >= ARTICLE_APART)


#: what may stand before a plain article: punctuation that opens or closes nothing
_PLAIN_BEFORE = frozenset(",;:.!?()[]«»\"“”'’")


def plain_article(page: Page, s: int, e: int) -> bool:
    """Whether the article at ``s:e`` is a plain one ('un projet', 'one of them'), which
    :func:`.intervals.mention` would drop whatever stood around it: before a word that
    no pattern knows (``Grammar.vocabulary``: no currency, unit, scale, link or
    qualifier), with no qualifier, bounding verb, estimate word, percent word, age
    word, sign or symbol before it.  Stage 1 asks, for an article with no other figure
    within reach, so that nothing else is read around it."""
    g, t = page.g, page.text
    m = g.next_word_re.match(t, e)
    if m is None or page.fold(m.group(1).rstrip("'’")) in g.vocabulary \
            or t[m.end():m.end() + 1] in ("-", "/"):
        return False
    tok = page.last_token(s)
    if tok and not tok[0].isalpha() and tok not in _PLAIN_BEFORE:
        return False
    for regex, last, reach in ((g.pre_qual_re, g.pre_qual_last, QUALIFIER_REACH),
                               (g.bound_verb_re, g.bound_verb_last, QUALIFIER_REACH),
                               (g.estimate_re, g.estimate_last, WORD_REACH),
                               (g.percent_before_re, g.percent_before_last, WORD_REACH),
                               (g.age_re, g.age_last, WORD_REACH)):
        if regex is not None and page.ends_before(regex, last, max(0, s - reach), s):
            return False
    return True


def _minor_in_words(page: Page, a: Amount, b: Amount) -> bool:
    """'nine dollars forty', 'two euros and thirty cents': ``b`` is the minor part of
    the whole amount ``a`` (added to it in place); False when it is a figure of its own."""
    if not (a.kind == "money" and a.scale == 1 and a.low == a.high and not a.minor
            and a.low == a.low.to_integral_value() and a.qualifier == "exact"
            and a.end <= b.start and page.g.minor_gap_re.match(page.text[a.end:b.start])):
        return False
    after = page.text[b.end:b.end + 3].lstrip()
    if b.kind == "number" and b.words and b.is_bare() and b.low == b.high and not (
            after[:1].isalpha()):  # not "nine dollars forty people"
        part = b.low / 100
    elif b.kind == "money" and b.minor and b.low == b.high and (
            b.currency == a.currency or b.currency_basis == "default"):
        part = b.low
    else:
        return False
    if not (0 < part < 1 and part * 100 == (part * 100).to_integral_value()):
        return False
    a.low += part
    a.high = a.low
    a.end = b.end
    return True


def _surround(page: Page, a: Amount, prev_end: int, nxt_start: int, has_next: bool) -> bool:
    """Read around ``a`` in place; False when it is no claim."""
    g, t = page.g, page.text
    s, e = a.cstart, a.cend
    # an hour followed by its part of the day: a clock time ("a las tres de la tarde")
    if g.clock_re is not None and a.low == a.high and a.low <= 24 and g.clock_re.match(t, e):
        return False
    if a.words and a.low == a.high and _date_or_clock_in_words(page, a):
        return False
    # digits that are an ordinal ("3e", "21st"), a label ("article 49.3") or a name
    # ("Boeing 737", "CAC 40")
    if not a.words and (g.ordinal_re.match(t, e)
                        or page.ends_before(g.label_re, g.label_last, max(0, s - 60), s)
                        or (_after_name(page, s) and not _unit_follows(page, e))):
        return False
    _currency_before(page, a, prev_end)
    _sign_before(page, a, prev_end)
    e = _scale_after(page, a, e, nxt_start)
    e = _kind_after(page, a, e, nxt_start)
    if a.kind == "number" and g.percent_before_re is not None:
        _percent_before(page, a, e)
    if (a.kind == "number" and g.age_re is not None and not a.fraction
            and page.ends_before(g.age_re, g.age_last, max(0, a.start - WORD_REACH), a.start)):
        a.kind, a.unit, a.age = "quantity", AGE_UNIT, True  # "aged 25", "Age 21 – 24"
    e = _duration_tail(page, a, e)
    if a.slash is not None and a.slash[0] > 1 and (a.kind != "number" or a.currency):
        # "29/32 °C", "£900/950", "20/25 %": two figures that share the unit, a range
        a.low, a.high = a.slash[0] * a.scale, a.slash[1] * a.scale
        a.fraction = False
    if e == a.cend and not a.words and e < len(t) and t[e].isalpha() and not (
            a.age and a.qualifier != "exact"):  # "the over-21s": an age group's plural
        if not _temperature_decade(page, a, e):
            return False  # glued letters that are no suffix we know: a name ("5G")
        e += 1
    if a.kind == "number" and a.multiplier is False:
        tm = g.times_re.match(t, e)
        if tm and tm.end() <= nxt_start:
            e = tm.end()
            a.multiplier = True
    if _is_year(a) and not _counted_after_qualifier(page, a, e):
        return False
    if g.temperature_re is not None and a.kind == "number" and (
            (a.is_bare() and _in_temperature_clause(page, a, e))
            or (a.vague and g.temperature_after_re.match(t, e))):
        a.kind, a.unit = "quantity", page.temperature_unit(a.cstart)  # "a high of 95"
    # a qualifier after the figure stays clear of the next figure, unless a clause mark
    # stands between them ("Aged 25 and over: £8.21")
    # or the next figure is a year ("aged 21 and over by 2024")
    room = nxt_start - NEXT_FIGURE_GAP if has_next and g.clause_end_re.search(
        t, e, nxt_start) is None and not _YEAR_AHEAD.match(t, nxt_start) else nxt_start
    a.end = _qualifier_after(page, a, e, room, nxt_start)
    a.start = _qualifier_before(page, a)
    return True


def _percent_before(page: Page, a: Amount, e: int) -> None:
    """'percent of 10', 'per cent of 210': the percent word written before a figure
    that nothing follows (no digit before the word: '5 percent of 10 million' is not)."""
    g = page.g
    pm = page.ends_before(g.percent_before_re, g.percent_before_last, max(0, a.start - WORD_REACH),
                          a.start)
    if pm is None or a.vague or page.digit_before(pm.start()):
        return
    m = g.next_word_re.match(page.text, e)
    if m is not None and page.fold(m.group(1)) not in g.list_followers:
        return  # "percent of 18 states": a count
    a.kind, a.start = "percent", pm.start()


def _next_word(page: Page, e: int):
    """The word right after ``e`` (white space skipped) and its end, or ("", e)."""
    m = page.g.word_token_re.search(page.text, e, e + 30)
    return (m.group(), m.end()) if m and not page.text[e:m.start()].strip() else ("", e)


def _date_or_clock_in_words(page: Page, a: Amount) -> bool:
    """A spelled-out day before its month ("le vingt sept mars"), year after it ("mars
    deux mille dix huit"), or hour of a clock time ("à vingt heures trente", not "après
    vingt heures de débat"), with its minutes."""
    g, v = page.g, a.low
    if v != v.to_integral_value() or v < 0:
        return False
    word, end = _next_word(page, a.cend)
    nxt = page.fold(word)
    before = page.last_token(a.cstart)
    if nxt in g.months and 1 <= v <= 31 and (word[:1].isupper() or not g.capitalised_months):
        return True
    if before in g.months and 1000 <= v <= 2100:
        return True
    if v <= 24 and before in g.clock_prepositions and nxt in g.clock_hour_words:
        k = page.text.rfind(" ", max(0, a.cstart - 20), a.cstart - 1)
        prev = page.last_token(k) if k > 0 else ""
        if prev.isdigit() or prev in g.number_words:
            return False  # "une à deux heures": the end of a range
        return page.fold(_next_word(page, end)[0]) not in g.clock_duration_words
    # the minutes of "à vingt heures trente"
    return (v < 60 and before in g.clock_hour_words and g.clock_words_before_re is not None
            and g.clock_words_before_re.search(page.text, max(0, a.cstart - 60), a.cstart)
            is not None)


def _unit_follows(page: Page, e: int) -> bool:
    """A unit word follows the figure ("Could Gust Near 40 mph", "See 4 Inches"): a
    capitalised word before it is a headline's, not a name's ("Boeing 737")."""
    m = page.g.unit_re.match(page.text, e)
    return bool(m and not m.group("link") and _is_worded_unit(m.group("u")))


def _is_worded_unit(u: str) -> bool:
    """A unit written as a word ("mph", "Inches"), not a capitalised symbol ("MW")."""
    return len(u) >= 3 and u[1:] == u[1:].lower()


def _is_year(a: Amount) -> bool:
    """Four bare digits from 1500 to 2099 that carry no kind."""
    return (len(a.plain_digits) == 4 and a.kind == "number" and a.unit is None
            and 1500 <= int(a.plain_digits) <= 2099)


def _counted_after_qualifier(page: Page, a: Amount, e: int) -> bool:
    """Year-like digits that count a plural noun after a hedge: "près de 2000
    électeurs", "quelque 1800 salariés" (not "en 2020 les ventes", "above 2019 levels")."""
    g = page.g
    if g.plural_after_re.match(page.text, e) is None:
        return False
    qm = page.ends_before(g.pre_qual_re, g.pre_qual_last, max(0, a.start - 50), a.start)
    return bool(qm) and g.pre_qual.get(" ".join(page.fold(qm.group("q")).split())) == "approx"


def _is_year_digits(page: Page, a: Amount) -> bool:
    """Four bare digits from 1500 to 2099 with no scale after them."""
    return (len(a.plain_digits) == 4 and 1500 <= int(a.plain_digits) <= 2099
            and not page.g.scale_re.match(page.text, a.cend))


#: how far back a word of temperature is looked for, within the figure's clause
TEMPERATURE_WINDOW = 60


def _in_temperature_clause(page: Page, a: Amount, e: int) -> bool:
    """A bare figure from -60 to 140, up to five words after a word of temperature in
    its clause, and before no plural noun ("a high of 95", not "highs in 12 cities")."""
    g, t, s = page.g, page.text, a.start
    if a.words or not -60 <= a.low <= 140 or g.plural_after_re.match(t, e):
        return False
    lo = max(0, s - TEMPERATURE_WINDOW)
    lo = max([lo] + [t.rfind(c, lo, s) + 1 for c in ".!?;"])
    return bool(g.temperature_re.search(t, lo, s))


def _temperature_decade(page: Page, a: Amount, e: int) -> bool:
    """'highs in the 90s', 'lows in the 50s': a decade of degrees in a clause about the
    weather is [V, V + 10) in the text's temperature unit, approximate (READING)."""
    t = page.text
    if page.g.temperature_re is None or t[e] != "s" or (e + 1 < len(t) and t[e + 1].isalnum()) \
            or a.kind != "number" or a.plain_digits == "" or not 0 <= a.low < 130 or a.low % 10 \
            or page.g.plural_after_re.match(t, e + 1):
        return False
    lo = max(0, a.start - 2 * TEMPERATURE_WINDOW)
    lo = max([lo] + [t.rfind(c, lo, a.start) + 1 for c in ".!?;"])
    if not page.g.temperature_far_re.search(t, lo, a.start):
        return False
    a.kind, a.unit = "quantity", page.temperature_unit(a.cstart)
    a.high, a.high_inclusive, a.vague = a.low + 10, False, True
    dm = page.g.decade_determiner_re.search(t, max(0, a.start - 6), a.start)
    if dm:
        a.start = dm.start()  # "the 70s", as "the 1970s"
    return True


def _duration_tail(page: Page, a: Amount, e: int) -> int:
    """'quatre ans et demi', '2 ans et 1/2', '2 heures 45 minutes', '17 min 17 s': one
    quantity in the larger unit; returns the new end."""
    if a.kind not in ("quantity", "percent") or a.unit is None or a.low != a.high:
        return e
    g, t = page.g, page.text
    hm = g.half_tail_re.match(t, e) if g.half_tail_re is not None else None
    if hm:  # "un point et demi" too
        a.low = a.high = a.low + HALF
        return hm.end()
    sub = SUBUNITS.get(a.unit)  # "2 heures 45 minutes" = 2.75 h (READING: the larger unit)
    if sub is None or a.low != a.low.to_integral_value():
        return e
    m = g.time_unit_re.match(t, e)
    if m is None:
        return e
    u = m.group("u")
    n = int(m.group("n"))
    if u != sub[0] and g.units.get(u, g.units_lower.get(page.fold(u))) != sub[0] or n >= sub[1]:
        return e
    om = g.opener_re.search(t, max(0, a.start - 30), a.start) if m.group("j") else None
    if om and page.fold(m.group("j")) in g.range_openers.get(
            " ".join(page.fold(om.group().strip()).split()).replace("’", "'"), ()):
        return e  # "entre 2 heures et 30 minutes": a range's ends ("de 3 ans et 6 mois" is one)
    with localcontext(QUOTIENT):
        a.low = a.high = a.low + Decimal(n) / sub[1]
    return m.end()


def _sign_before(page: Page, a: Amount, prev_end: int) -> None:
    """'moins 4 degrés', 'minus $2 billion': a sign word written apart."""
    g = page.g
    if g.sign_re is None or a.low < 0:
        return
    sm = page.ends_before(g.sign_re, g.sign_last, max(prev_end, a.start - 20), a.start)
    if sm:
        a.low, a.high = -a.high, -a.low
        a.start = sm.start("w")


def _currency_before(page: Page, a: Amount, prev_end: int) -> None:
    """'$48 million', 'HK$ 6.8', 'EUR 45m'."""
    g, s = page.g, a.cstart
    cm = page.ends_before(g.ccy_before_re, g.ccy_before_last, max(prev_end, s - 12), s)
    if cm and (not a.words or cm.group("sym")):
        surface = cm.group("name") or cm.group("sym") or cm.group("code") or cm.group("pre")
        if cm.group("pre") and len(surface.strip()) > 1 and _is_year_digits(page, a):
            return  # "Euro 2024", "CFA 2025": a name and its year
        surface = surface.strip()
        found, code, basis = g.lex.lookup(surface)
        if found:
            a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
            a.start = cm.start()
            t = page.text
            if a.low > 0 and a.start > 0 and t[a.start - 1] in "-−" and (
                    a.start == 1 or not (t[a.start - 2].isalnum() or t[a.start - 2] in "-−")):
                # "-$37.63 a barrel": the sign before the currency
                a.low, a.high = -a.high, -a.low
                a.start -= 1


def _scale_after(page: Page, a: Amount, e: int, limit: int) -> int:
    """'3,5 millions', '2.4bn', '12 k€', '$60m'; a spelled-out figure's own largest scale."""
    g, t = page.g, page.text
    if a.words:
        if not a.vague:
            tokens = g.word_token_re.findall(page.fold(t[a.cstart:a.cend]))
            a.scale = max(a.scale, word_scale(tokens, g))
            dm = g.scale_re.match(t, e)
            if dm and dm.group("dz") and dm.end() <= limit and not (a.fraction or a.approx_noun):
                a.rescale(g.dozen_values[page.fold(dm.group("dz"))])  # "trois douzaines"
                return dm.end()
            if g.scales_of_scales and a.scale == 1000:
                tm = g.scale_tail_re.match(t, e)
                if tm and tm.group("w") and tm.end() <= limit \
                        and g.scale_values[" ".join(page.fold(tm.group("w")).split())] > 1000:
                    return _scale_tail(page, a, e, limit)  # "mil 300 millones"
        return e
    gm = g.glued_scale_ccy_re.match(t, e) if g.glued_scale_ccy_re is not None else None
    if gm and gm.end() <= limit and a.kind == "number":
        # "164 G$", "325,90 ME": the scale and the currency in one mark
        a.rescale(g.glued_scale_values[gm.group("a")])
        surface = gm.group("sym") or gm.group("letter")
        found, code, basis = g.lex.lookup(gm.group("sym")) if gm.group("sym") else (
            True, g.scale_letters[surface], "symbol")
        if found:
            a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
            return gm.end()
    sm = g.scale_re.match(t, _after_hyphen(t, e))  # "a 3.4-billion-dollar plan"
    if sm and sm.end() <= limit:
        if sm.group("w"):
            factor = g.scale_factor(sm.group("w"))
        elif sm.group("a"):
            factor = g.abbrev_values[sm.group("a")]
        else:
            factor = g.dozen_values[page.fold(sm.group("dz"))]
        a.rescale(factor)
        return _scale_tail(page, a, sm.end(), limit)
    if a.kind == "money":
        hm = g.hyphen_scale_re.match(t, e)
        if hm and hm.end() <= limit:  # "$34-billion"
            a.rescale(g.scale_values[" ".join(page.fold(hm.group("w")).split())])
            return hm.end()
        mm = g.money_scale_re.match(t, e)
        if mm:
            a.rescale(g.abbrev_values[mm.group("a")])
            return mm.end()
    return e


def _swallows_next(page: Page, a: Amount, b: Amount) -> bool:
    """Whether ``b`` may be the smaller part of a scaled figure ``a`` ("3 mille 400")."""
    if b.words or b.cstart - a.cend > 40:
        return False
    if a.words:  # "mil 300 millones": spelled thousands of the scale after them
        g = page.g
        tm = g.scale_tail_re.match(page.text, a.cend) if g.scales_of_scales else None
        return bool(tm and tm.group("w") and tm.start("n") == b.cstart
                    and g.scale_values.get(page.fold(page.text[a.cstart:a.cend]).split()[-1]) == 1000
                    and g.scale_values[" ".join(page.fold(tm.group("w")).split())] > 1000)
    if not page.text[a.cend:b.cstart].strip():
        return False
    sm = page.g.scale_re.match(page.text, a.cend)
    return bool(sm and sm.group("w") and page.g.scale_tail_re.match(page.text, sm.end())
                and page.g.scale_tail_re.match(page.text, sm.end()).start("n") == b.cstart)


def _scale_tail(page: Page, a: Amount, e: int, limit: int) -> int:
    """'3 mille 400', '1 milliard 300 millions': a smaller part after a scaled figure
    adds to it; returns the new end."""
    g, t = page.g, page.text
    if a.low != a.high or a.scale < 100 or a.low != a.low.to_integral_value():
        return e
    with localcontext(CTX):
        if (a.low / a.scale) != (a.low / a.scale).to_integral_value():
            return e
    bound = a.scale
    while bound > 1:  # "4 mille 3 cents et 21": each part smaller than the one before
        m = g.scale_tail_re.match(t, e)
        if m is None or g.pct_re.match(t, m.end()) or g.pp_re.match(t, m.end()):
            return e  # "2 millions 30 %": a figure of its own
        if m.group("j") and not m.group("w") and bound > 100:
            return e  # "$5 billion and 3 of its partners": a joined part needs its own scale
        part = parse_digits(m.group("n"), g.L.decimal_mark)
        if part is None or part == 0:
            return e
        step = g.tail_values[" ".join(page.fold(m.group("w")).split())] if m.group("w") else 1
        if g.scales_of_scales and bound == a.scale == 1000 and step > bound and part < 1000:
            # "15 mil 600 millones": thousands of the scale after them, 15 600 millones
            a.rescale(step)
            a.low = a.high = a.low + part * step
            return m.end()
        part *= step
        if part >= bound:
            return e
        a.low = a.high = a.low + part
        e, bound = m.end(), step
    return e


def _qualifier_after(page: Page, a: Amount, e: int, room: int, nxt_start: int = -1) -> int:
    """'ou plus', 'or more', '+' after the figure; returns the new end.  Close before
    the next figure it is that one's, unless only a joiner stands between ('3 meses
    como mínimo y 6 meses como máximo')."""
    pq = page.g.post_qual_re.match(page.text, e)
    if pq and (pq.end() <= room or page.g.joiner_gap_re.fullmatch(page.text, pq.end(), nxt_start)) \
            and a.qualifier == "exact":
        q = "at_least" if pq.group("plus") else page.g.post_qual.get(" ".join(page.fold(pq.group("q")).split()))
        if q:
            a.qualifier = q
            return pq.end()
    if a.kind == "number" and a.qualifier == "exact" and not pq:
        _hedge_after_noun(page, a, e, room)
    return e


def _hedge_after_noun(page: Page, a: Amount, e: int, room: int) -> None:
    """'9.500 personas aproximadamente', 'a crowd of 12,000 people or so': a hedge after
    the plural noun the figure counts holds for the figure (outside its span, which
    leaves the noun out)."""
    g, t = page.g, page.text
    m = g.next_word_re.match(t, e)
    if m is None:
        return
    word = page.fold(m.group(1))
    if not word.endswith(g.plural_endings) or word in g.list_followers:
        return
    pq = g.post_qual_re.match(t, m.end())
    if pq and pq.group("q") and pq.end() <= room \
            and g.post_qual.get(" ".join(page.fold(pq.group("q")).split())) == "approx":
        a.qualifier = "approx"


def _qualifier_before(page: Page, a: Amount) -> int:
    """'plus de', 'about' (in the span), a bounding verb (outside it), an estimate word;
    returns the new start."""
    g, t = page.g, page.text
    left = a.start
    qm = page.ends_before(g.pre_qual_re, g.pre_qual_last, max(0, left - QUALIFIER_REACH), left)
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
        vm = page.ends_before(g.bound_verb_re, g.bound_verb_last, max(0, left - QUALIFIER_REACH),
                             left)
        if vm:
            q = g.bound_verb.get(" ".join(page.fold(vm.group("v")).split()), "more_than")
            a.qualifier = _negated(page, q, vm.start())
    em = page.ends_before(g.estimate_re, g.estimate_last, max(0, left - WORD_REACH), left)
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
        # "over ten years" is during; "over 30 years old" an age above 30
        return g.age_after_re is None or not g.age_after_re.match(page.text, a.end)
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
    # "Windows", "COP", and "iPhone": a capital anywhere makes a name
    camel = bool(word) and not word[0].isupper() and not word.islower() and word[0].isalpha()
    if not word or not (word[0].isupper() or camel):
        return False
    if g.lex.lookup(word)[0]:
        return False
    lw = page.fold(word)
    if lw in g.months or lw in g.pre_qual or lw in g.number_words or lw in g.sign_words:
        return False
    if lw in g.change_verbs or lw in g.age_last:
        return False  # a headline's "Sydney Down 0.9 per cent", a table's "Age 21 – 24"
    if not camel and not (word.isupper() and len(word) >= 2) and _opens_sentence(t, k):
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
    if a.fraction and g.fraction_point_re is not None:
        pm = g.fraction_point_re.match(t, e)
        if pm and pm.end() <= limit:  # "un quart de point", "half a point"
            a.kind, a.unit = "percent", "pp"
            nxt = g.word_token_re.match(t[pm.end():pm.end() + 20].lstrip())
            if t[e] == "-" and " " in t[a.cstart:e] and nxt and page.fold(nxt.group()) not in g.fraction_links \
                    and not page.numeral_before(t.rfind(" ", a.cstart, e)):
                # "a half-point rise": the article is the rise's ("d'un demi-point." keeps it)
                a.start = a.cstart = t.rfind(" ", a.cstart, e) + 1
            return pm.end()
    if a.kind == "money":
        # "$ 10 dollars": a name after a symbol is the same currency
        cm = g.ccy_after_re.match(t, e)
        if cm and cm.end() <= limit and not cm.group("link") and not (
                cm.group("sym") and page.digit_after(cm.end())):
            e = cm.end()  # not "25 € 40 €": a sign before a figure is that figure's
            e = _named_after_sign(page, a, cm, e)
        else:
            e = _named_after_sign(page, a, None, e)
        return _money_tail(page, a, e)
    for read in (_percent_after, _minor_after, _currency_after, _unit_after):
        end = read(page, a, e, limit)
        if end is not None:
            return end
    h = _after_hyphen(t, e)
    if h != e:  # "a 300-million-euro contract", "a 40-tonne truck"
        for read in (_currency_after, _unit_after):
            end = read(page, a, h, limit)
            if end is not None:
                return end
    return e


def _named_after_sign(page: Page, a: Amount, cm, e: int) -> int:
    """'$40 CAD', '$320,000 Canadian', '40 $ CA', '$12 million (Canadian)': a code, name
    or adjective after an ambiguous sign names which of its currencies it is."""
    g = page.g
    cands = g.lex.candidates_of(a.currency_surface) if a.currency_basis == "default" else ()
    if not cands:
        return e
    if cm is not None and (cm.group("name") or cm.group("code")):
        found, code, basis = g.lex.lookup(cm.group("name") or cm.group("code"))
        if found and code in cands and basis != "default":  # not "$10 dollars"
            a.currency, a.currency_basis = code, basis
        return e
    am = g.currency_adjective_re.match(page.text, e) if g.currency_adjective_re else None
    if am:
        code = g.currency_adjectives[" ".join(page.fold(am.group("adj")).split())]
        if code in cands:
            a.currency, a.currency_basis = code, "name"
            return am.end()
    return e
def _after_hyphen(t: str, e: int) -> int:
    """Past a hyphen that joins a figure to the word after it ("40-tonne"), else ``e``."""
    return e + 1 if e + 1 < len(t) and t[e] == "-" and t[e + 1].isalpha() else e


def _percent_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'%', 'pour cent', 'points de pourcentage', 'basis points', a French 'point'."""
    g, t = page.g, page.text
    # "a 5-percent rise", "a 7.3-per-cent rise", "a 2-percentage-point drop"
    e = _after_hyphen(t, e)
    for regex, unit in ((g.pp_re, "pp"), (g.bp_re, "bp"), (g.pct_re, None)):
        m = regex.match(t, e)
        if m and m.end() <= limit:
            a.kind = "percent"
            if unit:
                a.unit = unit
            return m.end()
    if g.bare_point_re is not None and a.high < 100:
        m = g.bare_point_re.match(t, e)
        if m and m.end() <= limit and not _points_counted(page, a.cstart, m.end()):
            a.kind, a.unit = "percent", "pp"
            return m.end()
    return None


#: how far around a bare "points" its sentence is searched for what counts in points
POINT_SENTENCE_REACH = 150


def _points_counted(page: Page, s: int, e: int) -> bool:
    """Plain points in the sentence of an index, a match or an agenda ("le CAC 40 a
    gagné 12,48 points", "3 points à l'ordre du jour"): a number, not percentage points."""
    g, t = page.g, page.text
    if g.point_count_re is None:
        return False
    lo = max(0, s - POINT_SENTENCE_REACH)
    lo = max([lo] + [t.rfind(c, lo, s) + 1 for c in ".!?\n"])
    hi = min(len(t), e + POINT_SENTENCE_REACH)
    hi = min([hi] + [k for k in (t.find(c, e, hi) for c in ".!?\n") if k >= 0])
    return g.point_count_re.search(t, lo, hi) is not None


def _minor_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'50 centimes', '3 pence': money in the minor unit."""
    g = page.g
    m = g.minor_re.match(page.text, e)
    if not (m and m.end() <= limit and not a.vague and (not m.group("link") or a.scale > 1)
            and (not m.group("art") or a.fraction)):  # "half a cent"
        return None
    form = " ".join(page.fold(m.group("m")).split())
    code, factor = g.lex.minor_units[form]
    # "cents" of the dollar in force: the locale or the text may decide (stage 5)
    basis = "default" if g.lex.candidates_of(form) else "name"
    a.kind, a.currency, a.currency_basis = "money", code, basis
    a.currency_surface, a.minor = m.group("m"), True
    a.low *= Decimal(factor)
    a.high *= Decimal(factor)
    return m.end()


def _takes_linked_noun(a: Amount) -> bool:
    """A figure that names its unit or currency through "de": "3 millions d'euros",
    "des milliers de kilomètres", "une dizaine de jours", "trois quarts d'heure"."""
    return a.scale > 1 or a.vague or a.approx_noun or a.fraction


def _currency_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'12 euros', '3 millions de dollars', '75 USD million'."""
    g, t = page.g, page.text
    m = g.ccy_after_re.match(t, e)
    if not (m and m.end() <= limit and (not m.group("link") or _takes_linked_noun(a))):
        return None
    surface = m.group("name") or m.group("sym") or m.group("code")
    found, code, basis = g.lex.lookup(surface)
    if not found:
        return None
    mass = g.mass_homographs.get(page.fold(surface))
    if mass and g.weight_re is not None and _weighed(page, a.start):
        a.kind, a.unit = "quantity", mass  # "A bale weighs 480 pounds"
        return m.end()
    a.kind, a.currency, a.currency_basis, a.currency_surface = "money", code, basis, surface
    e = m.end()
    sm = g.ccy_scale_after_re.match(t, e)  # "75 USD million"
    if sm and sm.end() <= limit:
        f = g.scale_values[" ".join(page.fold(sm.group("w")).split())]
        a.low *= f
        a.high *= f
        a.scale = f
        e = sm.end()
    return _money_tail(page, a, _named_after_sign(page, a, None, e))


#: how far before a figure a word of weighing counts, within its clause
WEIGHT_WINDOW = 30


def _weighed(page: Page, s: int) -> bool:
    """A word of weighing stands in the clause just before ``s`` ("A bale weighs")."""
    t = page.text
    lo = max(0, s - WEIGHT_WINDOW)
    lo = max([lo] + [t.rfind(c, lo, s) + 1 for c in ".!?;"])
    return bool(page.g.weight_re.search(t, lo, s))


def _unit_after(page: Page, a: Amount, e: int, limit: int) -> Optional[int]:
    """'12 km', '3 tonnes'; '10-year' (a hyphenated duration)."""
    g, t = page.g, page.text
    m = g.unit_re.match(t, e)
    if m and m.end() <= limit and (not m.group("link") or _takes_linked_noun(a)):
        u = m.group("u")
        if (u in g.unit_scale_homographs and g.counted_noun_re is not None
                and g.counted_noun_re.match(t, m.end())):
            a.rescale(g.unit_scale_homographs[u])  # "13.6m passengers": millions
            return m.end()
        a.kind = "quantity"
        scaled = g.scaled_units.get(u) or g.scaled_units_lower.get(page.fold(u))
        if scaled:  # "33.64mb/d": million barrels a day
            a.unit, factor = scaled
            a.rescale(factor)
            return m.end()
        a.unit = g.units.get(u, g.units_lower.get(page.fold(u)))
        if page.fold(u) in g.bare_degrees:
            a.unit = page.temperature_unit(a.cstart)  # "1.5 degrees" after "Celsius"
        return m.end()
    am = g.adjective_duration_re.match(t, e) if g.adjective_duration_re is not None else None
    if am and am.end() <= limit and a.scale == 1:
        a.kind = "quantity"  # "les six premiers mois", "five straight years"
        a.unit = g.units_lower.get(page.fold(am.group("u")))
        return am.end()
    hm = g.hyphen_duration_re.match(t, e)
    if hm and a.scale == 1:
        a.kind = "quantity"
        a.unit = g.units_lower.get(page.fold(hm.group("u")))
        if page.fold(hm.group("u")) in g.bare_degrees:
            a.unit = page.temperature_unit(a.cstart)  # "a 105-degree day"
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
    minor_after = g.minor_re.match(after)
    if n >= 100 or (not m.group("m") and g.ccy_after_re.match(after)
                    and not (minor_after and not minor_after.group("art"))):
        return e  # "22 € 35 €": two prices
    if not m.group("m") and after.strip()[:1].isdigit():
        return e
    if not m.group("m") and after.strip()[:1].isalpha() \
            and any(c.isalpha() for c in t[e:m.start("n")]):
        return e  # "30 euros con 20 amigos", "30 euros et 20 amis": a figure of its own
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
