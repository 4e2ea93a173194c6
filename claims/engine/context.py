"""Stage 5, currency from context: an ambiguous form ($, ¥, francs) decided by the
caller's locale, then the rest of the text, then the convention; a bare scaled figure
after an amount of money takes its currency ("12 millions d'euros … 3 millions de
plus")."""
from __future__ import annotations

from typing import List, Optional

from ..currency import resolve, territory_currency
from .amount import Amount
from .page import Page


def resolve_currencies(page: Page, amounts: List[Amount]) -> None:
    resolve(amounts, page.g.lex, page.text, territory_currency(page.territory))
    last_money: Optional[Amount] = None
    for a in amounts:
        if a.kind == "money":
            last_money = a
        elif (a.kind == "number" and last_money is not None and a.scale >= 10 ** 6
              and not a.vague and not a.multiplier and _elided_currency(page, a)):
            a.kind, a.currency, a.currency_basis = "money", last_money.currency, "context"
            a.alternatives = last_money.alternatives


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
