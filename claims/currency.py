"""The currency lexicon: CLDR (through babel) plus each language's everyday forms.

Built once per language at first use.  Every surface form maps to one ISO 4217
code (or ``None`` for a money word whose currency cannot be told, such as
``roupies`` or ``bitcoins``); the engine's currency regexes are derived from
these tables, longest form first, so ``HK$`` wins over ``$``.

Where the data comes from:

* **codes**: every code babel knows (``list_currencies()``: current and historic,
  so ``FRF``, ``DEM`` and ``FIM`` keep their own code);
* **names**: CLDR's singular and plural name of every code in the text's language
  (``dollars canadiens``, ``livres sterling``, ``yuans renminbi chinois``), then the
  language module's ``currency_names`` (``yuans``, ``bucks``, ``balles``, ``k€``);
* **symbols**: CLDR's symbol of every code in English and French, and the symbol
  each territory's own locale writes for its tender currency (``₦`` from ``en_NG``,
  ``zł`` from ``pl_PL``), then :data:`EVERYDAY_SYMBOLS`.

A form that stands for several currencies (``$``, ``£``, ``¥``, ``kr``, ``dollars``,
``francs``) is *ambiguous*: it is read as its conventional currency with basis
``default`` and its other candidates as alternatives, until :func:`resolve` finds a
better reason in the caller's locale or the rest of the text.
"""
from __future__ import annotations

import datetime
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

import babel
from babel import Locale, UnknownLocaleError
from babel.numbers import (get_currency_name, get_currency_symbol, get_territory_currencies,
                           list_currencies)

from .casefold import fold
from .lang.schema import LanguageData

#: Shared symbols and their conventional reading when nothing else decides
#: (CONVENTIONS.md: "``$`` alone is USD"), plus the everyday symbols CLDR lacks.
#: A shared symbol mapped to ``None`` is money of an unknown currency until the locale or
#: the text decides (``kr`` is Danish, Norwegian or Swedish alike).
EVERYDAY_SYMBOLS: Mapping[str, Optional[str]] = {
    "$": "USD", "£": "GBP", "¥": "JPY", "￥": "JPY", "元": "CNY", "kr": None, "kr.": None,
    "Rs": "INR", "Rs.": "INR",  # "Rs 500 crore": Indian English writes the rupee so
    "US$": "USD", "U.S.$": "USD", "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
    "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "MX$": "MXN", "NT$": "TWD",
    "CN¥": "CNY", "RMB¥": "CNY", "JP¥": "JPY", "Fr.": "CHF", "E£": "EGP", "£E": "EGP",
}

#: ISO codes that are also ordinary words in capitals ("ALL 5 solutions"): never a prefix.
WORDLIKE_CODES = frozenset({"ALL", "TOP", "CUP", "PEN", "BOB", "SOS", "BAM", "GEL", "WST"})

#: Codes read in lower case too ("10 rmb 20 usd").
COMMON_CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "NZD",
                "SEK", "NOK", "DKK", "INR", "KRW", "RUB", "BRL", "MXN", "ZAR", "RMB", "TRY")

#: Code aliases that are not ISO 4217 codes but are written as one.
CODE_ALIASES = {"RMB": "CNY"}

#: Invisible marks CLDR puts inside right-to-left symbols ("د.إ.\u200f").
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u061c"), None)

#: The bases of a currency reading, from the surest to the weakest.
BASES = ("symbol", "code", "name", "context", "locale", "default")


# ------------------------------------------------------------------ CLDR facts
@lru_cache(maxsize=None)
def territories() -> Tuple[str, ...]:
    """The two-letter territory codes CLDR names (regions such as ``001`` left out)."""
    return tuple(sorted(t for t in Locale("en").territories if len(t) == 2 and t.isalpha()))


@lru_cache(maxsize=None)
def active_currencies(on: Optional[datetime.date] = None) -> FrozenSet[str]:
    """Codes that are legal tender in at least one territory on ``on`` (default today).

    This is the project's definition of an *active* ISO 4217 currency: CLDR's
    territory currency data with ``tender=True``, so funds codes (``USN``,
    ``CLF``), precious metals (``XAU``), test codes and replaced currencies
    (``FRF``, ``HRK`` since 2023) are not active.
    """
    day = on or datetime.date.today()
    found = set()
    for t in territories():
        found.update(get_territory_currencies(t, start_date=day, tender=True))
    return frozenset(found)


def territory_currency(territory: Optional[str]) -> Optional[str]:
    """The tender currency CLDR gives a territory today ("CA" -> "CAD"), or None."""
    if not territory:
        return None
    found = get_territory_currencies(territory, tender=True)  # [] for an unknown region
    return found[0] if found else None


#: ``symbol_table()`` as computed from CLDR, kept beside this module: computing it
#: reads about 150 locales from babel's data (0.6 s and 70 MB at a server's start).
#: ``scripts/cldr-symbols`` writes it again; a test checks it against CLDR.
SYMBOLS_FILE = Path(__file__).with_name("cldr_symbols.json")


@lru_cache(maxsize=None)
def symbol_table() -> Mapping[str, FrozenSet[str]]:
    """Every symbol CLDR writes for a currency -> the codes written with it (from
    :data:`SYMBOLS_FILE`, or from CLDR when the file is missing)."""
    if SYMBOLS_FILE.exists():
        data = json.loads(SYMBOLS_FILE.read_text(encoding="utf-8"))
        return {s: frozenset(codes) for s, codes in data["symbols"].items()}
    return cldr_symbol_table()


def cldr_symbol_table() -> Mapping[str, FrozenSet[str]]:
    """Every symbol CLDR writes for a currency -> the codes written with it.

    English and French symbols of every code, and the symbol each active currency's
    home locale writes for it: the most likely locale of the territory whose code begins
    the currency code (ISO 4217 builds codes so: ``NGN`` -> ``und_NG`` = ``en_NG``: ``₦``),
    else of the first territory using it (``XOF`` -> ``und_BF``).  One locale a
    currency keeps the first call cheap (babel loads each locale from disk).
    Symbols equal to their code are codes, not symbols, and are left out.
    """
    table: Dict[str, set] = {}

    def add(symbol: str, code: str) -> None:
        symbol = symbol.translate(_INVISIBLE).strip()
        if symbol and symbol != code:
            table.setdefault(symbol, set()).add(code)

    for code in list_currencies():
        for loc in ("en", "fr"):
            add(get_currency_symbol(code, locale=loc), code)
    homes: Dict[str, List[str]] = {}
    for t in territories():
        for code in get_territory_currencies(t, tender=True):
            homes.setdefault(code, []).append(t)
    for code, places in sorted(homes.items()):
        places = sorted(places, key=lambda t: t != code[:2])
        for t in places:
            try:
                loc = Locale.parse(f"und_{t}")
            except (UnknownLocaleError, ValueError):
                continue  # uninhabited or pseudo territories (BV, HM, EU…)
            add(get_currency_symbol(code, locale=loc), code)
            break
    return {s: frozenset(c) for s, c in table.items()}


def _words(name: str) -> List[str]:
    return re.findall(r"[^\W\d_]+", name.lower())


# -------------------------------------------------------------------- lexicon
class Lexicon:
    """Surface forms of currencies in one language, with the candidates of each.

    ``names`` (lower case), ``symbols`` (case-sensitive) and ``codes`` map a form to the
    code it is read as; ``candidates`` maps an ambiguous form (its lookup key) to every
    code it may stand for, the reading first.
    """

    def __init__(self, lang: LanguageData):
        self.lang = lang.code
        active = active_currencies()
        # active codes first, so that a name shared with a historic currency reads as the
        # current one (CLDR has no such clash today, but nothing promises it)
        all_codes = sorted(list_currencies(), key=lambda c: (c not in active, c))
        self.codes: Dict[str, str] = {c: c for c in all_codes}
        self.codes.update(CODE_ALIASES)
        cldr_names, everyday = self._read_names(lang, all_codes)
        table = symbol_table()
        self._read_symbols(table)
        self._read_candidates(active, cldr_names, everyday, table)
        # an everyday form spelt like another currency's CLDR symbol ("FCFA": West African
        # usage, CLDR's Central African symbol) is read as the language data says, the
        # symbol's currency kept as an alternative
        for form in lang.currency_names:
            code, cldr = everyday[_key(form)], self.symbols.get(form)
            if form in self.symbols and cldr != code:
                self.symbols[form] = code
                self.candidates[form] = (code, *sorted({cldr} - {None, code}))
        #: forms read only before a figure ("Euro", "NIS", "Sh", "R"), case-sensitive
        self.prefixes: Dict[str, str] = dict(lang.currency_prefixes)
        self.minor_units: Dict[str, Tuple[Optional[str], str]] = {
            _key(k): v for k, v in lang.minor_units.items()}
        # a minor unit is the hundredth of every currency its major sign stands for
        # ("cents", "¢": of the dollar in force, "en-CA" CAD)
        shared = {code: self.candidates[sym] for sym, code in self.symbols.items()
                  if sym in self.candidates and self.candidates[sym][0] == code}
        for form, (code, _) in self.minor_units.items():
            if code in shared:
                self.candidates.setdefault(form, shared[code])
        self._read_context(lang)

    def _read_names(self, lang: LanguageData, all_codes):
        """Names: CLDR's, then the language's everyday forms; returns (CLDR names per
        code, everyday forms by key)."""
        self.names: Dict[str, Optional[str]] = {}
        cldr_names: Dict[str, List[str]] = {}
        for code in all_codes:
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=lang.cldr_locale)
                if name and name != code:
                    self.names.setdefault(_key(name), code)
                    cldr_names.setdefault(code, []).append(name)
        everyday = {_key(form): code for form, code in lang.currency_names.items()}
        self.names.update(everyday)
        # "nzd$", "$CA": a code glued to a dollar sign is that code's dollar
        for code, symbols in _codes_with_symbol("$").items():
            for form in (code + "$", "$" + code):
                self.names.setdefault(_key(form), code)
        return cldr_names, everyday

    def _read_symbols(self, table) -> None:
        """Symbols: CLDR's, minus those that would read words, then the everyday ones."""
        known = _known_words()
        self.symbols: Dict[str, Optional[str]] = {}
        self.symbol_candidates: Dict[str, Tuple[Optional[str], ...]] = {}
        self.unread_symbols: Dict[str, str] = {}
        for symbol, codes in table.items():
            why = _unreadable(symbol, known)
            if why:
                self.unread_symbols[symbol] = why
                continue
            if len(codes) == 1:
                self.symbols[symbol] = next(iter(codes))
            elif symbol in EVERYDAY_SYMBOLS:
                continue  # set below, with its conventional reading
            else:
                self.unread_symbols[symbol] = "shared by " + ", ".join(sorted(codes))
        for symbol, code in EVERYDAY_SYMBOLS.items():
            self.symbols[symbol] = code
            self.unread_symbols.pop(symbol, None)

    def _read_candidates(self, active, cldr_names, everyday, table) -> None:
        """The candidates of ambiguous forms."""
        # A bare name ("dollars", "francs", "livres") is ambiguous when it is a word of
        # the CLDR name of another active currency; a symbol when CLDR writes it for
        # several currencies, or when it stands for a bare name that is ambiguous
        # ("£" is GBP's sign and "livre"/"pound" is also the Egyptian pound's name).
        by_word: Dict[str, set] = {}
        for code in active:
            for name in cldr_names.get(code, ()):
                for w in _words(name):
                    by_word.setdefault(w, set()).add(code)
        self.candidates: Dict[str, Tuple[Optional[str], ...]] = {}
        # A form is ambiguous when other active currencies' names have all its words:
        # "francs CFA" is West or Central African; in "dollars canadiens", "$ US" or
        # "francs français" the adjective decides.
        for form, code in everyday.items():
            words = [w for w in _words(form) if len(w) > 1]  # "F CFA": the F abbreviates
            if not words or any(w not in by_word for w in words):
                continue  # "francs français", "anciens francs": a word of no other name
            sets = [by_word[w] for w in words]
            others = set.intersection(*sets) - {code}
            if others:
                self.candidates[form] = (code, *sorted(others))
        for symbol, code in self.symbols.items():
            shared = set(table.get(symbol, ()))
            others = shared - {code}
            if len(shared) > 1:  # a shared sign also stands for its currency's bare name
                for form, named in everyday.items():
                    if code is not None and named == code and form in self.candidates:
                        others.update(self.candidates[form][1:])
            # "kr" and "kr.": the same sign with or without the abbreviation's dot
            twin = symbol[:-1] if symbol.endswith(".") else symbol + "."
            if twin in table and (len(shared) > 1 or code is None):
                others.update(table[twin])
                others.discard(code)
            if others:
                self.candidates[symbol] = (code, *sorted(others))

    def _read_context(self, lang: LanguageData) -> None:
        """Words and CLDR country names that decide between candidates."""
        names_of_territory = Locale.parse(lang.cldr_locale).territories
        self.context_words: Dict[str, Tuple[str, ...]] = {}
        for code, words in lang.currency_context.items():
            countries = [names_of_territory[t] for t in territories()
                         if t in names_of_territory
                         and code in get_territory_currencies(t, tender=True)]
            self.context_words[code] = tuple(sorted(
                {w.lower() for w in words} | {c.lower() for c in countries}))
        #: one compiled search per code, run on the lower-cased text
        self.context_res = {
            code: re.compile(r"(?<![\w])(?:" + "|".join(
                re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w])")
            for code, words in self.context_words.items()}

    def lookup(self, surface: str) -> Tuple[bool, Optional[str], str]:
        """(found, code, basis) for a matched surface form; basis ``default`` when the
        form is ambiguous (see :meth:`alternatives`)."""
        s = surface.strip()
        if s in self.symbols:
            return True, self.symbols[s], ("default" if s in self.candidates else "symbol")
        up = s.upper().replace(" ", "")
        if up in self.codes and (s.isupper() or up in COMMON_CODES):
            return True, self.codes[up], "code"
        low = _key(s)
        if low in self.names:
            return True, self.names[low], ("default" if low in self.candidates else "name")
        if s in self.prefixes:  # "R", "Sh": read only before a figure
            return True, self.prefixes[s], "symbol"
        return False, None, ""

    def candidates_of(self, surface: str) -> Tuple[Optional[str], ...]:
        """Every currency an ambiguous form may stand for, its reading first; () if none."""
        s = surface.strip()
        return self.candidates.get(s) or self.candidates.get(_key(s)) or ()


@lru_cache(maxsize=None)
def _known_words() -> FrozenSet[str]:
    """Words and abbreviations the engine reads in any supported language: a CLDR symbol
    spelt like one of them ("Le" of SLE, "KM" of BAM) would turn them into money."""
    from .lang import SUPPORTED_LANGUAGES, get_language
    out = set()
    for code in SUPPORTED_LANGUAGES:
        L = get_language(code)
        for table in (L.stopwords, L.units, L.scale_abbrevs, L.money_scale_abbrevs, L.months,
                      L.label_nouns, L.cardinals, L.scales, L.articles):
            out.update(w.lower() for w in table)
    return frozenset(out)


def _key(form: str) -> str:
    return " ".join(fold(form).split())


def _codes_with_symbol(mark: str) -> Dict[str, FrozenSet[str]]:
    out: Dict[str, set] = {}
    for symbol, codes in symbol_table().items():
        if mark in symbol:
            for c in codes:
                out.setdefault(c, set()).add(symbol)
    return {c: frozenset(s) for c, s in out.items()}


def _unreadable(symbol: str, known_words: set) -> str:
    """Why a CLDR symbol is not read in text, or "" when it is."""
    letters = "".join(ch for ch in symbol if ch.isalpha())
    if letters == symbol and len(symbol) == 1:
        return "a single letter: 'R 12' or 'P 12' is far more often a label than money"
    if letters and symbol.lower().rstrip(".") in known_words:
        return f"also a word the engine reads: {symbol.lower().rstrip('.')!r}"
    if any(unicodedata.category(ch) == "Cf" for ch in symbol):
        return "an invisible formatting character"
    return ""


# ------------------------------------------------------------------ resolution
def resolve(amounts: Sequence, lex: Lexicon, text: str, locale_currency: Optional[str]) -> None:
    """Decide every ambiguous money reading of ``amounts`` in place.

    Each amount has ``currency``, ``currency_basis``, ``currency_surface`` and
    ``alternatives``.  For an ambiguous form, in order:

    1. ``locale``: the caller's territory uses one of the candidates (``fr-CA``: CAD);
       then ``context``: where the text names several candidates, the one named just
       before the amount (within :data:`NEAREST_CONTEXT` characters, the nearest wins:
       ``Cameroun (6 740 milliards de FCFA)``);
    2. ``context``: the text names exactly one of the candidates with a sure reading
       (``dollars canadiens``, ``HK$``, ``yuans``);
    3. ``context``: the text names a word or country of exactly one candidate that the
       language data lets decide (``Chine``, ``Suisse``, ``Sénégal``);
    4. ``default``: the conventional reading stays.

    Whatever the outcome, the other candidates are kept as ``alternatives``.
    """
    sure = {a.currency for a in amounts
            if getattr(a, "kind", "money") == "money" and a.currency
            and a.currency_basis in ("symbol", "code", "name")}
    lower_text = None
    named_in_text: dict = {}  # code -> whether the text names it: one search per code

    def names(code: str) -> bool:
        nonlocal lower_text
        if code not in named_in_text:
            lower_text = lower_text if lower_text is not None else fold(text)
            rx = lex.context_res.get(code)
            named_in_text[code] = bool(rx and rx.search(lower_text))
        return named_in_text[code]

    def near_text() -> Optional[str]:
        """The folded text where its offsets are the text's, else None."""
        nonlocal lower_text
        lower_text = lower_text if lower_text is not None else fold(text)
        return lower_text if len(lower_text) == len(text) else None

    for a in amounts:
        if getattr(a, "kind", "money") != "money" or a.currency_basis != "default":
            continue
        cands = lex.candidates_of(a.currency_surface)
        if not cands:
            continue
        chosen, basis = cands[0], "default"
        if locale_currency and locale_currency in cands:
            chosen, basis = locale_currency, "locale"
        elif (len(hits := [c for c in cands if names(c)]) > 1
              and (near := _nearest_named(lex, near_text(), hits, a.start))):
            chosen, basis = near, "context"  # "Cameroun (6 740 milliards de FCFA)"
        else:
            named = sure & set(cands)
            if len(named) == 1:
                chosen, basis = next(iter(named)), "context"
            elif not named:
                hits = {c for c in cands if names(c)}
                if len(hits) == 1:
                    chosen, basis = next(iter(hits)), "context"
        a.currency, a.currency_basis = chosen, basis
        a.alternatives = tuple(c for c in cands if c and c != chosen)


#: how far before an amount a country or city named for one currency decides it
#: ("Cameroun (6 740 milliards de FCFA)"), when the text names several candidates
NEAREST_CONTEXT = 80


def _nearest_named(lex: Lexicon, lower_text: str, hits, start: int) -> Optional[str]:
    """Of several candidates, the one whose country or city is named last before
    ``start`` within :data:`NEAREST_CONTEXT` characters; None when none is, or when
    folding changed the text's length (``lower_text`` None: offsets would not match)."""
    if lower_text is None:
        return None
    lo = max(0, start - NEAREST_CONTEXT)
    best, best_at = None, -1
    for code in hits:
        rx = lex.context_res.get(code)
        for m in (rx.finditer(lower_text, lo, start) if rx else ()):
            if m.end() > best_at:
                best, best_at = code, m.end()
    return best


# ------------------------------------------------------------------- reference
def list_currency_info(active_only: bool = False) -> List[dict]:
    """Every ISO 4217 code CLDR knows (or only the active ones), for ``/v1/currencies``.

    Each entry: ``code``; ``active`` (tender somewhere today, see
    :func:`active_currencies`); ``convertible`` (a rate or fixed parity reaches it);
    ``names``: per supported language, CLDR's singular (``one``) and plural
    (``other``) and the everyday ``forms`` the engine also reads as this code;
    ``symbols``: the CLDR symbols written for it (English, French, its territories'
    own locales) and the everyday ones, ``ambiguous`` marking those shared with
    other currencies.
    """
    from .lang import SUPPORTED_LANGUAGES, get_language
    from .rates import rate_table  # the ECB file, loaded once
    convertible = set(rate_table().currencies())
    active = active_currencies()
    table = symbol_table()
    lexicons = {lang: lexicon(lang) for lang in SUPPORTED_LANGUAGES}
    out = []
    for code in sorted(list_currencies()):
        if active_only and code not in active:
            continue
        names = {}
        for lang in SUPPORTED_LANGUAGES:
            L = get_language(lang)
            names[lang] = {
                "one": get_currency_name(code, count=1, locale=L.cldr_locale),
                "other": get_currency_name(code, count=2, locale=L.cldr_locale),
                "forms": sorted(f for f, c in L.currency_names.items() if c == code),
            }
        symbols = {s for s, codes in table.items() if code in codes}
        symbols |= {s for s, c in EVERYDAY_SYMBOLS.items() if c == code}
        lex = lexicons[SUPPORTED_LANGUAGES[0]]
        out.append({
            "code": code, "active": code in active, "convertible": code in convertible,
            "names": names,
            "symbols": [{"symbol": s, "read": s in lex.symbols,
                         "ambiguous": len(lex.candidates.get(s, ())) > 1}
                        for s in sorted(symbols)],
        })
    return out


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The currency forms of a supported language, built once (the grammar's too)."""
    from .lang import get_language
    return Lexicon(get_language(lang))


def write_symbols_file() -> None:
    """Compute the symbol table from CLDR and keep it in :data:`SYMBOLS_FILE`."""
    table = cldr_symbol_table()
    data = {"source": f"CLDR through babel {babel.__version__}, by scripts/cldr-symbols",
            "symbols": {s: sorted(codes) for s, codes in sorted(table.items())}}
    SYMBOLS_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

