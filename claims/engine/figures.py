"""Stage 2, figures: digits, spelled-out numbers, fractions, vague quantities,
multipliers, found in the windows; overlaps resolved (longest first); those inside
URLs, phone numbers, dates and times dropped."""
from __future__ import annotations

from decimal import Decimal, localcontext
from typing import List, Optional, Tuple

from ..currency import COMMON_CODES
from ..grammar import AGE_UNIT
from .amount import Amount
from .numbers import (CTX, MAX_DIGITS, ONE, QUOTIENT, mod, parse_digits, vulgar_fraction,
                      word_segments)
from .page import Page

HALF = Decimal("0.5")

#: longest stretch of a phone number or date around one digit run
EXCLUSION_REACH = 32

Found = Tuple[int, int, int, Amount]  # (start, -length, priority, amount)


def find(page: Page) -> List[Amount]:
    """Every figure of the page's windows, in text order, none overlapping another:
    on the same start the longer wins, then the pattern of higher priority.

    In each window, each pattern runs only if the window holds a trigger it needs."""
    g, t = page.g, page.text
    found: List[Found] = []

    def add(a: Optional[Amount], priority: int) -> None:
        if a is not None and not is_excluded(page, a.cstart, a.cend, not a.words):
            found.append((a.cstart, -(a.cend - a.cstart), priority, a))

    # (pattern, reader, priority, the triggers it needs; None: digits, "#")
    readers = ((g.fraction_re, fraction, 0, g.core_needs["fraction"]),
               (g.vague_re, vague, 1, g.core_needs["vague"]),
               (g.approx_re, approx_noun, 1, g.core_needs["approx"]),
               (g.multiplier_re, multiplier, 2, g.core_needs["multiplier"]),
               (g.digits_re, digits, 3, None))
    if g.article_half_re is not None:  # "un an et demi"
        readers += ((g.article_half_re, article_half, 0, g.core_needs["half"]),)
    for ws, we, seen in page.windows:
        for regex, read, priority, needs in readers:
            if ("#" in seen) if needs is None else not seen.isdisjoint(needs):
                for m in regex.finditer(t, ws, we):
                    add(read(page, m), priority)
        for m in g.vulgar_re.finditer(t, ws, we):  # a "½" may end a word ("a½")
            add(Amount.point(m.start(), m.end(), vulgar_fraction(m.group())), 3)
        if not seen.isdisjoint(g.core_needs["words"]):
            for m in g.words_re.finditer(t, ws, we):
                for a in words(page, m):
                    add(a, 4)
    return _first_of_each_start(_trim_before_fractions(page, found))


def _first_of_each_start(found: List[Found]) -> List[Amount]:
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    out: List[Amount] = []
    last_end = -1
    for s, _neg, _p, a in found:
        if s < last_end:
            continue
        out.append(a)
        last_end = a.cend
    return out


def is_excluded(page: Page, s: int, e: int, digits_only: bool) -> bool:
    """Inside a URL or e-mail address, or (digits) part of a phone number, date or time."""
    t = page.text
    if page.has_links:
        token = t[page.word_start(s):page.word_end(e)]
        if "://" in token or "@" in token or token.lower().startswith("www."):
            return True
    if not digits_only:
        return False
    # every excluded pattern starts with a "+", a digit at a word start or a month
    # name: try only there, anchored
    rx = page.g.exclusion_re
    for c in page.g.exclusion_start_re.finditer(t, max(0, s - EXCLUSION_REACH), s + 1):
        m = rx.match(t, c.start())
        if m and m.end() > s:
            return True
    return False


def _trim_before_fractions(page: Page, found: List[Found]) -> List[Found]:
    """'cent et trois quarts': the spelled-out figure stops where the fraction's
    numerator starts ('cent', then 'trois quarts'), so that both can be read."""
    starts = sorted(a.cstart for _s, _n, _p, a in found if a.fraction)
    if not starts:
        return found
    out = []
    for item in found:
        a = item[3]
        cut = (next((s for s in starts if a.cstart < s < a.cend), None)
               if a.words and not (a.fraction or a.approx_noun) and a.kind == "number" else None)
        if cut is None:
            out.append(item)
            continue
        m = page.g.words_re.match(page.text, a.cstart, cut)
        for b in (words(page, m) if m else []):
            out.append((b.cstart, -(b.cend - b.cstart), item[2], b))
    return out


def _tokens(page: Page, text: str, base: int):
    """The folded word tokens of ``text`` (which starts at ``base``)."""
    return [(tm.start() + base, tm.end() + base, page.fold(tm.group()))
            for tm in page.g.word_token_re.finditer(text)]


def article_half(page: Page, m) -> Optional[Amount]:
    """'un an et demi', 'an hour and a half': one and a half of the unit."""
    g, u = page.g, m.group("u")
    return Amount.point(m.start(), m.end(), ONE + HALF, words=True, kind="quantity",
                        unit=g.units.get(u, g.units_lower.get(page.fold(u))))


def approx_noun(page: Page, m) -> Optional[Amount]:
    """'une dizaine', 'a dozen': an approximate point."""
    if page.numeral_before(m.start()):
        return None  # "2 douzaines": a scale
    g = page.g
    v = Decimal(g.approx_nouns[" ".join(page.fold(m.group("n")).split())])
    e = m.end()
    if "half" in m.re.groupindex and m.group("half"):
        v = v / 2  # "une demi-douzaine", "half a dozen"
    elif g.half_tail_re is not None:
        hm = g.half_tail_re.match(page.text, e)
        if hm:  # "une douzaine et demie"
            v, e = v + v / 2, hm.end()
    sm = g.approx_scale_re.match(page.text, e)
    scale = 1
    if sm and g.scale_values[" ".join(page.fold(sm.group("w")).split())] > v:
        scale = g.scale_values[" ".join(page.fold(sm.group("w")).split())]
        v, e = v * scale, sm.end()  # "un millier de milliards": 10¹², approximate
    a = Amount.point(m.start(), e, v, approx_noun=True, words=True)
    a.scale = scale if scale > 1 else a.scale
    return a


def digits(page: Page, m) -> Optional[Amount]:
    """A figure in digits: grouping and decimal mark of the language, sign, exponent,
    '3/4' and '2 1/4'; digits glued to a name ('A320') are none."""
    num = m.group("num")
    if len(num) > MAX_DIGITS:
        return None
    s, e = m.start(), m.end()
    if m.group("sd") is not None:
        # "3/4" is a fraction; "2018/19" and "24/7" are labels
        den = int(m.group("sd"))
        if m.group("fn") is not None or not num.isdigit() or not 0 < int(num) < den:
            return None
    value = parse_digits(num, page.decimal_mark)
    if value is None:
        return None
    value, e = _digit_parts(m, value, e)
    if value is None:
        return None
    sign = m.group("sign")
    if sign and sign.strip() in "-−–":
        value = -value
    elif sign:
        s = m.start("num")
    # a sign word written apart ("minus 40 degrees", "négatif 2,4 %") is read with the
    # figure's surroundings (surroundings._sign_before), for digits and words alike
    if _glued_to_name(page, s, e):
        return _age_group(page, s, e, value)
    a = Amount.point(s, e, value)
    if not sign and "/" not in page.text[s:e] and num.isdigit() and e == m.end("num"):
        a.plain_digits = num
    if m.group("sd") is not None and not sign and m.group("exp") is None:
        a.slash = (Decimal(int(num)), Decimal(int(m.group("sd"))))
    return a


def _digit_parts(m, value: Decimal, e: int) -> Tuple[Optional[Decimal], int]:
    """The denominator ("3/4"), the exponent ("1e6") and the fraction ("2 1/4")."""
    if m.group("sd") is not None:
        with localcontext(QUOTIENT):
            value = value / Decimal(int(m.group("sd")))
    if m.group("exp"):
        value = value.scaleb(int(m.group("exp")), CTX)
    power = m.group("pw") or ("pn" in m.re.groupindex and m.group("pn"))
    if power:  # "2^5", "1,1^+23", "2,5^-1", "10 puissance 9"
        digits_ = power.lstrip("+-−")
        exponent = int(digits_)
        if (len(power) - len(digits_) - power.count("+")) % 2 == 1:
            exponent = -exponent
        if value == 0 and exponent <= 0:
            return None, e  # "0^-1": no number
        with localcontext(CTX):
            value = value ** exponent
    if m.group("tp"):  # "4,8x10^-10"
        value = value.scaleb(int(m.group("tp").replace("−", "-")), CTX)
        if value == value.to_integral_value() and value.adjusted() < CTX.prec:
            value = value.quantize(ONE, context=CTX)  # "2500", not "2.5E+3"
    if m.group("fn") is not None:  # "2 1/4"
        den = int(m.group("fd"))
        if 0 < int(m.group("fn")) < den:
            with localcontext(QUOTIENT):
                value += Decimal(int(m.group("fn"))) / Decimal(den)
        else:
            e = m.end("num")
    return value, e


def _age_group(page: Page, s: int, e: int, value: Decimal) -> Optional[Amount]:
    """'the over-21s', 'under-18s': an age group bounded by a word glued by a hyphen;
    the span holds the bound and the age, not the plural ending ('over-21')."""
    g = page.g
    if g.age_group_re is None or s < 2:
        return None
    m = g.age_group_re.search(page.text, max(0, s - 12))
    if m is None or m.end() != s:  # (the pattern looks ahead past the figure)
        return None
    a = Amount(m.start(), e, s, e, value, value, kind="quantity", unit=AGE_UNIT, age=True)
    a.qualifier = g.age_group_bounds[page.fold(m.group("q"))]
    return a


def _glued_to_name(page: Page, s: int, e: int) -> bool:
    """A digit glued to a letter on the left is part of a name (A320, EPR2, Covid-19),
    unless the letters are a currency ("US$5", "EUR5").  A code glued to a whole number
    is a currency only if it is one written that way for money ("USD50") or a scale
    letter follows ("COP5bn"): "COP28" is a conference."""
    t, g = page.text, page.g
    if s > 0 and (t[s - 1].isalpha() or (t[s - 1] in "-_" and s > 1 and t[s - 2].isalpha())):
        cm = page.ends_before(g.ccy_before_re, g.ccy_before_last, max(0, s - 8), s)
        if cm is None:
            return True
        code = cm.group("code")
        return bool(code and cm.end() == s and code.upper() not in COMMON_CODES
                    and t[s:e].isdigit() and not g.scale_re.match(t, e))
    return False


def words(page: Page, m) -> List[Amount]:
    """The figures of a run of number words ('deux millions trois cent mille', 'cinq six')."""
    g = page.g
    out = []
    tokens = _tokens(page, m.group(), m.start())
    negative = bool(tokens) and tokens[0][2] in g.negative_words
    for s, e, value in word_segments(tokens, g):
        if negative and s == tokens[1][0]:
            s = tokens[0][0]
            value = -value
        a = _word_figure(page, s, e, value)
        if a is not None:
            out.append(a)
    return out


def _word_figure(page: Page, s: int, e: int, value: Decimal) -> Optional[Amount]:
    """One spelled-out figure, unless the words are something else here."""
    g, t = page.g, page.text
    text = page.fold(t[s:e])
    words = text.split()
    first = words[0] if words else ""
    if first in g.lex.minor_units and page.digit_before(s):
        return None  # "50 cents (une douzaine)": the French number word is the minor unit
    lone = first in g.scales and len(words) == 1 and g.scales[first] >= 10 ** 6
    if first in g.scales and page.numeral_before(s):
        return None  # "2,4 milliards": the scale of the figure before
    if lone and page.last_token(s) not in g.lone_scale_determiners:
        return None  # "million" alone is a word; "de l'ordre du milliard" a figure
    a = Amount.point(s, e, value, words=True, approx_noun=lone)
    single = " ".join(words)
    if single in g.articles:
        if single in g.articles_before_digits and g.digits_next_re.match(t, e):
            return None  # "un 9,5 %": the article of the figure in digits after it
        a.article = True
    if single in g.homographs:
        nxt = t[e:e + 30].split()
        if not nxt or not nxt[0].endswith(g.plural_endings):
            return None  # "neuf" before no plural noun: the adjective
    om = g.ordinal_tail_re.match(t, e) if g.ordinal_tail_re is not None else None
    if om and _is_tens(value):
        f = _ordinal_fraction(page, s, value, om)
        if f is not None:
            return f
    if e < len(t) - 1 and t[e] == "-" and t[e + 1].isalpha():
        if t[s].isupper() and s > 0 and t[s - 1] == " ":
            return None  # "Deux-Sèvres": a name
        nxt = g.word_token_re.match(t, e + 1)
        if nxt and page.fold(nxt.group()).endswith(g.ordinal_endings) \
                and not g.hyphen_duration_re.match(t, e):
            return None  # "thirty-second", "vingt-septième": an ordinal ("three-month" is none)
    # only words that may end one of them are tested (an odd letter may fold to two)
    if text in g.multiword_kind_ends or page.fold is not str.lower:
        tail = page.fold(t[max(0, s - g.multiword_kind_reach):e])
        if any(len(w) > e - s and tail.endswith(w) for w in g.multiword_kind_words):
            return None  # "cent" of "pour cent"
    if om and not (om.group("pl") and t[e] != "-"):
        # "vingt-septième", "trente et unième", "forty-first": an ordinal ("a twenty-first"
        # was read above as a fraction); "vingt et trois cinquièmes": a plural after a
        # space is a fraction's
        return None
    if g.hyphen_name_re is not None and g.hyphen_name_re.match(t, e):
        return None  # "un quatre-pièces": a kind of flat
    return a


def _ordinal_fraction(page: Page, s: int, tens: Decimal, om) -> Optional[Amount]:
    """Tens and an ordinal after an article or a one-word numerator: a fraction whose
    denominator they make ("a twenty-first" 1/21, "three twenty firsts" 3/21), where
    the ordinal is plural or nothing but "of" follows it ("a thirty-second spot" is a
    duration, "the twenty-first day" a rank)."""
    g, t = page.g, page.text
    before = page.last_token(s)
    if before in g.articles and before not in g.number_words:
        top = ONE
    elif before in g.cardinals and 0 < g.cardinals[before] < 10:
        top = Decimal(g.cardinals[before])
    else:
        return None
    if not om.group("pl"):
        nxt = g.next_word_re.match(t, om.end())
        if nxt is not None and page.fold(nxt.group(1)) not in g.fraction_links \
                and page.fold(nxt.group(1)) not in g.list_followers:
            return None
    start = _article_start(page, len(t[:s].rstrip()))
    with localcontext(QUOTIENT):
        v = top / (tens + g.ordinal_words[page.fold(om.group("o"))])
    return Amount.point(start, om.end(), v, words=True, fraction=True)


def fraction(page: Page, m) -> Optional[Amount]:
    """'trois quarts', 'la moitié', 'two thirds of a million'."""
    g, t = page.g, page.text
    frac = page.fold(m.group("frac"))
    s, e = m.start(), m.end()
    points_only = frac in g.point_fractions
    if points_only and not (m.group("scale") or g.fraction_point_re is not None
                            and g.fraction_point_re.match(t, e)
                            or _after_figure_and_joiner(page, s)):
        # "el precio medio", "un medio de transporte"; "medio millón", "dos millones y
        # medio" are figures
        return None
    num, num_start = _numerator(page, m)
    if num is False:
        return None
    if num is None:
        if not (points_only or _fraction_alone(page, frac, s, e)):
            return None
        num = ONE
    elif _tens_joined(page, m, num):
        return _compound_fraction(page, m, frac, num)
    elif _not_a_fraction(page, m, frac, num):
        return None
    elif frac not in g.pure_fraction_nouns:
        # "a third year", "a fifth time": an ordinal, not a fraction
        following = g.word_token_re.match(t[e:e + 20].lstrip())
        if following and page.fold(following.group()) in g.ordinal_nouns:
            return None
    with localcontext(QUOTIENT):
        value = num / Decimal(g.fractions[frac])
        a = Amount.point(s, e, value, words=True, fraction=True)
        if m.group("scale"):
            a.rescale(g.scale_values[" ".join(page.fold(m.group("scale")).split())])
    if num_start is not None and not ("det" in m.re.groupindex and m.group("det")):
        a.start = a.cstart = num_start
    return a


def _after_figure_and_joiner(page: Page, s: int) -> bool:
    """A figure, then a joiner, right before ``s``: "dos millones y" (medio)."""
    g, t = page.g, page.text
    jm = g.joiner_tail_re.search(t, max(0, s - 12), s)
    if jm is None:
        return False
    before = t[max(0, jm.start() - 20):jm.start()].rstrip()
    if before[-1:].isdigit():
        return True
    words = g.word_token_re.findall(page.fold(before))
    return bool(words) and (words[-1] in g.scale_values or words[-1] in g.number_words)


def _article_start(page: Page, end: int) -> int:
    """The start of the article that ends at ``end``, after an elision ("qu'un")."""
    s, t = page.word_start(end - 1), page.text
    k = max(t.rfind("'", s, end), t.rfind("’", s, end))
    return k + 1 if k >= 0 else s


def _is_tens(v: Decimal) -> bool:
    return 20 <= v < 100 and v % 10 == 0


def _tens_joined(page: Page, m, num: Decimal) -> bool:
    """Tens joined to the fraction noun: "twenty-fifth", or "vingt cinquième" written
    apart when the noun is singular (twenty fifths would be plural); or round tens or
    hundreds written apart after a numerator of their own ("three twenty fifths", "one
    one hundred fifth"): the two make the denominator."""
    if m.group("num").isdigit() or not (_is_tens(num) or num >= 100 and mod(num, 10) == 0):
        return False
    if "-" in page.text[m.end("num"):m.start("frac")]:
        return _is_tens(num)
    return (len(word_segments(_tokens(page, m.group("num"), m.start("num")), page.g)) >= 2
            or _is_tens(num) and not page.fold(m.group("frac")).endswith(page.g.plural_endings))


def _compound_fraction(page: Page, m, frac: str, tens: Decimal) -> Optional[Amount]:
    """"one twenty-fifth", "three twenty-fifths", "a twenty-fifth": the tens and the
    fraction noun make the denominator, the figure or article before is the numerator;
    with neither, "twenty-fifth" is an ordinal (a rank), no figure."""
    g = page.g
    segments = word_segments(_tokens(page, m.group("num"), m.start("num")), g)
    den = tens + g.fractions[page.fold(m.group("frac"))]
    if len(segments) >= 2:
        top, start = segments[-2][2], segments[-2][0]
    elif page.last_token(m.start("num")) in g.articles:
        top, start = ONE, _article_start(page, len(page.text[:m.start("num")].rstrip()))
    else:
        return None
    frac = page.fold(m.group("frac"))
    nxt = g.next_word_re.match(page.text, m.end())
    if f"{frac}s" in g.fractions and not m.group("scale") and nxt is not None \
            and page.fold(nxt.group(1)) not in g.fraction_links \
            and page.fold(nxt.group(1)) not in g.list_followers:
        return None  # "a twenty-fifth anniversary": a singular ordinal before a noun is a rank
    with localcontext(QUOTIENT):
        a = Amount.point(start, m.end(), top / den, words=True, fraction=True)
        if m.group("scale"):
            a.rescale(g.scale_values[" ".join(page.fold(m.group("scale")).split())])
    return a


def _not_a_fraction(page: Page, m, frac: str, num: Decimal) -> bool:
    """"2016 quarters" (a numerator in digits no smaller than the denominator), "for
    three quarters" (periods, unless "of" follows)."""
    g, t = page.g, page.text
    if m.group("num").isdigit() and num >= g.fractions[frac]:
        return True
    # "five billion and three quarters": the fraction of a mixed number
    return (frac in g.period_fraction_nouns and not m.group("scale")
            and not g.fraction_link_re.match(t, m.end())
            and not g.joiner_tail_re.search(t, max(0, m.start() - 12), m.start()))


def _fraction_alone(page: Page, frac: str, s: int, e: int) -> bool:
    """A fraction noun with no numerator is a figure: "la moitié", "more than half of",
    "et demi"; not "the first half" nor "half-year"."""
    g, t = page.g, page.text
    if frac not in g.fraction_nouns_alone or t[e:e + 1] == "-":
        return False
    before = g.word_token_re.findall(page.fold(t[max(0, s - 20):s]))
    return not (before and before[-1] in g.ordinal_adjectives)


def _numerator(page: Page, m):
    """(value, start) of a fraction's numerator: (None, None) when there is none;
    (False, None) when it is no figure.  The start is that of the last figure of a run
    of number words ("vingt et trois cinquièmes": "trois"), else None."""
    g = page.g
    txt = m.group("num")
    if not txt:
        return None, None
    low = page.fold(txt)
    if low.isdigit():
        return Decimal(low), None
    if low in g.articles and low not in g.cardinals:
        return ONE, None
    segments = word_segments(_tokens(page, txt, m.start("num")), g)
    if not segments:
        return False, None
    # only the last figure is the numerator; the one before stays a figure of its own
    # (and may join as a mixed number)
    return segments[-1][2], segments[-1][0]


def vague(page: Page, m) -> Optional[Amount]:
    """'des milliers' [1000, 10000), 'plusieurs millions' [2·10⁶, 10⁷)."""
    g = page.g
    sev = m.group("sev")
    if not sev and page.numeral_before(m.start()):
        return None  # "12 millions": a scale, not a vague plural
    words = g.word_token_re.findall(page.fold(m.group()))
    if sev:
        words = words[len(sev.split()):]
        prefix = page.fold(sev)
        if prefix in g.several_prefixes and words and words[0].startswith(prefix):
            words[0] = words[0][len(prefix):]  # "multimillion"
    S = _vague_scale(words, g)
    if S == 1:
        return None
    low = Decimal(2 * S) if sev else Decimal(S)
    if not sev and not any(w in g.plural_nouns for w in words[:1]):
        return None
    return Amount(m.start(), m.end(), m.start(), m.end(), low, Decimal(10 * S),
                  high_inclusive=False, vague=True, words=True, scale=S)


def _vague_scale(words, g) -> int:
    """The product of the scale nouns of a vague quantity ("dizaines de milliers": 10⁴)."""
    S = 1
    for w in words:
        if w in g.vague_values:
            S *= g.vague_values[w]
        else:
            for prefix in g.several_prefixes:
                if w.startswith(prefix) and w[len(prefix):] in g.vague_values:
                    S *= g.vague_values[w[len(prefix):]]
    return S


def multiplier(page: Page, m) -> Optional[Amount]:
    """'le double', 'twice'; an adjective 'double' ("un double effet") is none."""
    g, t = page.g, page.text
    word = page.fold(m.group("m"))
    v = Decimal(g.multipliers[word])
    s, e = m.start(), m.end()
    if word in g.adjective_multipliers:
        # "double" is a figure after a qualifier or determiner ("plus du double", "le
        # double") or before what it multiplies ("double the amount"); else an adjective
        det = "det" in m.re.groupindex and m.group("det")
        nxt = g.word_token_re.match(t[e:e + 20].lstrip())
        if not (det or page.ends_before(g.pre_qual_re, g.pre_qual_last, max(0, s - 40), s)
                or nxt and page.fold(nxt.group()) in g.multiplier_objects):
            return None
    return Amount.point(s, e, v, words=True, multiplier=True)
