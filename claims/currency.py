"""The currency lexicon: CLDR (through babel) plus each language's everyday forms.

Built once per language at first use.  Every surface form maps to one ISO 4217
code (or ``None`` for a money word whose currency cannot be told, such as
``roupies`` or ``bitcoins``); the engine's currency regexes are derived from
these tables, longest form first, so ``HK$`` wins over ``$``.
"""
from __future__ import annotations

from typing import Dict, Optional, Tuple

from babel.numbers import (get_currency_name, get_currency_symbol, get_territory_currencies,
                           list_currencies)

from .lang.schema import LanguageData

#: Symbols shared by several currencies: the reading CONVENTIONS.md gives them alone.
DEFAULT_SYMBOLS = {"$": "USD", "£": "GBP", "¥": "JPY", "€": "EUR", "₩": "KRW", "₹": "INR",
                   "￥": "JPY", "元": "CNY", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₫": "VND",
                   "฿": "THB", "₱": "PHP", "₦": "NGN", "₴": "UAH", "₭": "LAK", "ரூ": "LKR",
                   "R$": "BRL", "US$": "USD", "U.S.$": "USD", "HK$": "HKD", "C$": "CAD",
                   "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD",
                   "MX$": "MXN", "NT$": "TWD", "CN¥": "CNY", "RMB¥": "CNY", "JP¥": "JPY",
                   "Fr.": "CHF", "CHF": "CHF"}

#: ISO codes that are also ordinary words in capitals ("ALL 5 solutions"): never a prefix.
WORDLIKE_CODES = frozenset({"ALL", "TOP", "CUP", "PEN", "BOB", "SOS", "BAM", "GEL", "WST"})

#: Codes read in lower case too ("10 rmb 20 usd").
COMMON_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD",
                "SEK", "NOK", "DKK", "INR", "KRW", "RUB", "BRL", "MXN", "ZAR", "RMB", "TRY")

#: Dollars other than the US one: a text naming one of these reads a bare "$" as it.
OTHER_DOLLARS = frozenset({"CAD", "AUD", "HKD", "NZD", "SGD", "TWD", "MXN"})


class Lexicon:
    """Surface forms of currencies in one language."""

    def __init__(self, lang: LanguageData):
        self.names: Dict[str, Optional[str]] = {}
        self.symbols: Dict[str, str] = dict(DEFAULT_SYMBOLS)
        self.codes: Dict[str, str] = {}
        for code in list_currencies():
            self.codes[code] = code
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=lang.cldr_locale)
                if name and name != code:
                    self.names.setdefault(name.lower(), code)
            symbol = get_currency_symbol(code, locale="en")
            if symbol and symbol != code and not symbol.isalpha():
                self.symbols.setdefault(symbol, code)
        self.codes["RMB"] = "CNY"
        for code in OTHER_DOLLARS | {"USD"}:  # "CAD$ 15", "nzd$15"
            self.symbols.setdefault(code + "$", code)
            self.symbols.setdefault(code.lower() + "$", code)
        for form, code in lang.currency_names.items():
            self.names[form.lower()] = code
        self.minor_units: Dict[str, Tuple[Optional[str], str]] = {
            k.lower(): v for k, v in lang.minor_units.items()}

    def lookup(self, surface: str) -> Tuple[bool, Optional[str], str]:
        """(found, code, basis) for a matched surface form."""
        s = surface.strip()
        if s in self.symbols:
            return True, self.symbols[s], "symbol"
        up = s.upper().replace(" ", "")
        if up in self.codes and (s.isupper() or up in COMMON_CODES):
            return True, self.codes[up], "code"
        low = " ".join(s.lower().split())
        if low in self.names:
            return True, self.names[low], "name"
        return False, None, ""


def territory_currency(territory: Optional[str]) -> Optional[str]:
    """The tender currency CLDR gives a territory ("CA" -> "CAD"), or None."""
    if not territory:
        return None
    found = get_territory_currencies(territory, tender=True)
    return found[0] if found else None
