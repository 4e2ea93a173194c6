"""Stage 5, currency from context: an ambiguous form ($, ¥, francs) decided by the
caller's locale, then the rest of the text, then the convention; a bare scaled figure
after an amount of money takes its currency ("12 millions d'euros … 3 millions de
plus")."""
from __future__ import annotations

from typing import List, Optional

from ..currency import resolve, territory_currency
from .amount import Amount
from .page import Page

#: how far before and after a scale figure a word of money may stand (in one sentence)
MONEY_TALK_REACH = 90


def resolve_currencies(page: Page, amounts: List[Amount]) -> None:
    resolve(amounts, page.g.lex, page.text, territory_currency(page.territory))
    last_money: Optional[Amount] = None
    for i, a in enumerate(amounts):
        if a.kind == "money":
            last_money = a
        elif a.kind == "number" and a.scale >= 10 ** 6 and not a.vague and not a.multiplier:
            if last_money is not None and (_elided_currency(page, a)
                                           or _answers(page, amounts, i, last_money)):
                a.kind, a.currency, a.currency_basis = "money", last_money.currency, "context"
                a.alternatives = last_money.alternatives
            elif a.low > 0 and _money_talk(page, amounts, i):
                a.kind = "money"
                # the currency of the text's money, before or else after; none if none
                other = last_money or next((b for b in amounts[i + 1:] if b.kind == "money"
                                            and b.currency), None)
                if other is not None and other.currency:
                    a.currency, a.currency_basis = other.currency, "context"
                    a.alternatives = other.alternatives
            if a.kind == "money":
                last_money = a


def _answers(page: Page, amounts: List[Amount], i: int, money: Amount) -> bool:
    """The scale figure answers the money just before it: '12 millions, contre 9
    millions l'an passé', 'up from 9 million' (what is written once, made money only
    here, once the money talk of the first is known)."""
    g, t = page.g, page.text
    return i > 0 and amounts[i - 1] is money and bool(
        g.carry_gap_re.fullmatch(t, money.end, amounts[i].start)
        or g.alternative_gap_re.fullmatch(t, money.end, amounts[i].start))


def _money_talk(page: Page, amounts: List[Amount], i: int) -> bool:
    """'Le conseil régional a voté 45 millions', '92 milliards de déficit': a scale
    figure that counts nothing named, in a clause that speaks of money with no other
    figure between, is money."""
    g, t, a = page.g, page.text, amounts[i]
    m = g.next_word_re.match(t, a.end)
    if m is not None:
        word = page.fold(m.group(1))
        if word in g.scale_link_words:
            noun = g.next_word_re.match(t, m.end())
            if noun is None or page.fold(noun.group(1)) not in g.money_talk_words | g.money_nouns:
                return False  # "45 millions d'habitants"
        elif not (g.scale_noun_needs_link or word in g.list_followers
                  or word in g.money_talk_words or word in g.money_nouns):
            return False      # "45 million people"
    lo = max(0, a.start - MONEY_TALK_REACH, amounts[i - 1].end if i else 0)
    hi = min(len(t), a.end + MONEY_TALK_REACH,
             amounts[i + 1].start if i + 1 < len(amounts) else len(t))
    for end in g.clause_end_re.finditer(t, lo, a.start):
        lo = end.end()
    end = g.clause_end_re.search(t, a.end, hi)
    hi = end.start() if end else hi
    return g.money_talk_re.search(t, lo, a.start) is not None or \
        g.money_talk_re.search(t, a.end, hi) is not None


def _elided_currency(page: Page, a: Amount) -> bool:
    """What follows the figure lets it be money: nothing, punctuation, a money noun
    ("de salaire"), a preposition or determiner of what comes next."""
    g = page.g
    rest = page.text[a.end:a.end + 40]
    stripped = rest.lstrip(" \u00a0\u202f")
    if not stripped or not stripped[0].isalpha():
        return True
    first = page.fold(stripped.split(None, 1)[0]).strip(",.;")
    elided = next((e for e in g.elisions if first.startswith(e)), None)
    if first in g.scale_link_words or elided:
        nxt = stripped[len(first):].split(None, 1) if not elided else [first[len(elided):]]
        word = page.fold(nxt[0]).strip(",.;") if nxt else ""
        return word in g.money_nouns
    return first in g.money_nouns or first in g.money_followers
