"""A mention read aloud for the page: its interval in notation and in words.

    >>> words = Words("en")
    >>> notation(mention, words)   # '[10000, 10000000) CNY, approximate'
    >>> in_words(mention, words)   # 'between 10,000 and 10 million CNY, approximate'

Numbers are written by babel in the page's language (CLDR: ``10 000`` and
``10 millions`` in French, ``10,000`` and ``10 million`` in English); a million
or more is written with its scale word when that loses nothing.
"""
import datetime
import functools
from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_compact_decimal, format_decimal, format_percent

from service.i18n import Words

_THOUSANDTH = Decimal("0.001")
_MILLION = Decimal(1_000_000)


@functools.lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)  # babel takes a Locale without parsing its name on every call


@functools.lru_cache(maxsize=8192)  # the same figures recur from one article to the next
def number(value: str, lang: str, percent: bool = False) -> str:
    """A decimal string in words-and-digits of ``lang``: 10 millions, 10 000, 3,5
    (``percent``: 3,5 %, with the sign where the language puts it)."""
    try:
        d = Decimal(value)
    except (InvalidOperation, TypeError):
        return str(value)
    if percent:
        return format_percent(d / 100, locale=_locale(lang), decimal_quantization=False)
    if abs(d) >= _MILLION:
        # the scale word only when the figure it leaves has at most three decimals
        scale = Decimal(1000) ** ((len(str(int(abs(d)))) - 1) // 3)
        mantissa = d / scale
        if mantissa == mantissa.quantize(_THOUSANDTH):
            return format_compact_decimal(d, format_type="long", locale=_locale(lang), fraction_digits=3)
    if d != d.to_integral_value():
        d = d.quantize(Decimal("0.0001")) if abs(d) < 1 else d.quantize(Decimal("0.01"))
        d = d.normalize()
    return format_decimal(d, locale=_locale(lang), decimal_quantization=False)


def notation(m: dict, words: Words) -> str:
    """``[10000, 10000000) CNY, approximate``: the interval exactly as the API gives it."""
    low = "−∞" if m["low"] is None else m["low"]
    high = "∞" if m["high"] is None else m["high"]
    if m["low"] is not None and m["low"] == m["high"]:
        text = m["low"]
    else:
        text = (("[" if m["low_inclusive"] else "(") + f"{low}, {high}"
                + ("]" if m["high_inclusive"] else ")"))
    unit = m["currency"] or m["unit"] or ("%" if m["kind"] == "percent" else "")
    if unit:
        text += ("" if unit == "%" else " ") + unit
    if m["approximate"]:
        text += ", " + words("approximate")
    return text


def _with_unit(figure: str, m: dict, words: Words, lang: str) -> str:
    """``10 millions`` + CNY -> ``10 millions de CNY`` (French puts "de" after a scale word)."""
    if m["kind"] == "percent":
        if m["unit"] in ("pp", "bp"):
            return f"{figure} {words('unit_' + m['unit'])}"
        return figure  # already written with its sign by number(..., percent=True)
    unit = m["currency"] or m["unit"]
    if not unit:
        return figure
    if lang == "fr" and figure[-1:].isalpha():
        return f"{figure} de {unit}"
    return f"{figure} {unit}"


def in_words(m: dict, words: Words) -> str:
    """``entre 10 000 et 10 millions de CNY, approximatif``."""
    lang = words.lang
    low, high = m["low"], m["high"]
    pct = m["kind"] == "percent" and m["unit"] not in ("pp", "bp")

    def number_(value):
        return number(value, lang, percent=pct)

    # "moins de 10" is [0, 10): read it from its bound, as the text said it
    if (low is not None and high is not None and Decimal(low) == 0 and Decimal(high) != 0
            and m["qualifier"] in ("less_than", "up_to")):
        low = None
    if low is not None and low == high:
        text = _with_unit(number_(low), m, words, lang)
    elif low is not None and high is not None:
        text = words("between", low=number_(low),
                     high=_with_unit(number_(high), m, words, lang))
    elif low is not None:
        text = words("more_than" if not m["low_inclusive"] else "at_least",
                     low=_with_unit(number_(low), m, words, lang))
    elif high is not None:
        text = words("less_than" if not m["high_inclusive"] else "at_most",
                     high=_with_unit(number_(high), m, words, lang))
    else:
        text = words("none")
    if m["approximate"]:
        text += ", " + words("approximate")
    return text


@functools.lru_cache(maxsize=1024)
def _rate(rate: str, lang: str) -> str:
    """A rate to six significant digits: 0.1364, 0.00690123, 7.3314."""
    d = Decimal(rate)
    if d == 0:
        return "0"
    digits = Decimal(1).scaleb(d.adjusted() - 5)
    return format_decimal(d.quantize(digits).normalize(), locale=_locale(lang),
                          decimal_quantization=False)


@functools.lru_cache(maxsize=1024)
def _long_date(iso: str, lang: str) -> str:
    return format_date(datetime.date.fromisoformat(iso), format="long", locale=_locale(lang))


def conversion(m: dict, words: Words) -> dict:
    """A money mention's conversion in words: the interval, the rate and its date, the note."""
    c = m["converted"]
    lang = words.lang
    as_mention = {**m, "low": c["low"], "high": c["high"], "currency": c["currency"], "unit": None}
    rate_date = _long_date(c["rate_date"], lang) if c["rate_date"] else None
    return {
        "interval": in_words(as_mention, words),
        "notation": notation(as_mention, words),
        "rate": words("rate", base=m["currency"], target=c["currency"],
                      rate=_rate(c["rate"], lang),
                      date=rate_date or words("none")),
        "source": c["source"],
        "note": c["note"],
    }


def reading(m: dict, words: Words) -> dict:
    """Everything the page shows of one mention."""
    return {
        "label": words("kind." + m["kind"]),
        "notation": notation(m, words),
        "words": in_words(m, words),
        "qualifier": words("qualifier." + m["qualifier"]),
        "basis": words("basis." + m["currency_basis"]) if m.get("currency_basis") else None,
        "alternatives": m.get("currency_alternatives") or [],
        "conversion": conversion(m, words) if m.get("converted") else None,
    }
