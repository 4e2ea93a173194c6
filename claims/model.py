"""The value types and errors of the public API.

A :class:`Mention` carries exactly the fields of ``shared/CONVENTIONS.md`` plus
``qualifier``, the hedge or bound that shaped its interval, and for money how its
currency was decided (``currency_basis``, ``currency_alternatives``) and, on request,
its conversion (``converted``, a :class:`claims.rates.Conversion`).  Amounts are
``Decimal`` inside; :meth:`Mention.to_dict` renders them as decimal strings.
"""
from __future__ import annotations

from decimal import Context, Decimal
from typing import Optional, Tuple

KINDS = ("money", "percent", "number", "quantity")

#: What shaped an interval (``Mention.qualifier``).
QUALIFIERS = (
    "exact",      # a stated figure: the point
    "approx",     # environ, about, près de, nearly, some…
    "estimate",   # estimé à, an estimated…
    "more_than",  # plus de, more than, over, a dépassé, topped…
    "at_least",   # au moins, at least, or more…
    "less_than",  # moins de, less than, under…
    "up_to",      # jusqu'à, up to, as many as…
    "vague",      # des milliers, plusieurs millions, a few hundred…
    "range",      # de X à Y, between X and Y, X-Y
    "tolerance",  # V plus or minus 2%
)


class Mention:
    """One stretch of text that states an amount, read as an interval.

    Not a dataclass on purpose: ``to_dict()`` is the one JSON-ready view (decimal
    strings), so generic tools that look for ``to_dict`` get serialisable values
    while Python callers keep ``Decimal`` on the attributes.
    """

    FIELDS = ("start", "end", "text", "kind", "low", "high", "low_inclusive",
              "high_inclusive", "approximate", "currency", "unit", "qualifier",
              "currency_basis", "currency_alternatives", "converted")
    __slots__ = FIELDS

    def __init__(self, start: int, end: int, text: str, kind: str,
                 low: Optional[Decimal], high: Optional[Decimal],
                 low_inclusive: bool = True, high_inclusive: bool = True,
                 approximate: bool = False, currency: Optional[str] = None,
                 unit: Optional[str] = None, qualifier: str = "exact",
                 currency_basis: Optional[str] = None,
                 currency_alternatives: Tuple[str, ...] = (), converted=None):
        self.start, self.end, self.text, self.kind = start, end, text, kind
        self.low, self.high = low, high
        self.low_inclusive, self.high_inclusive = low_inclusive, high_inclusive
        self.approximate, self.currency, self.unit = approximate, currency, unit
        self.qualifier = qualifier
        #: how ``currency`` was decided: symbol, code, name, context, locale or default
        self.currency_basis = currency_basis
        #: the other currencies an ambiguous form may stand for
        self.currency_alternatives = tuple(currency_alternatives)
        self.converted = converted

    def to_dict(self) -> dict:
        d = {f: getattr(self, f) for f in self.FIELDS}
        d["low"] = plain_decimal(self.low)
        d["high"] = plain_decimal(self.high)
        d["currency_alternatives"] = list(self.currency_alternatives)
        d["converted"] = self.converted.to_dict() if self.converted is not None else None
        return d

    def __eq__(self, other) -> bool:
        return isinstance(other, Mention) and all(
            getattr(self, f) == getattr(other, f) for f in self.FIELDS)

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.FIELDS)
        return f"Mention({inner})"


def plain_decimal(v: Optional[Decimal]) -> Optional[str]:
    """The shortest plain notation of ``v``, every digit kept: ``"10000"``, ``"3.5"``.

    ``normalize()`` rounds to its context's precision (28 digits by default), which
    turned a 33-digit figure into another number; a context as wide as the value
    only strips the trailing zeros.
    """
    if v is None:
        return None
    return format(v.normalize(Context(prec=max(1, len(v.as_tuple().digits)))), "f")


class ClaimsError(Exception):
    """Base class of the engine's errors."""


class Unsupported(ClaimsError, ValueError):
    """A value the engine has no data for; ``supported`` lists the ones it has.

    ``field`` names the argument the value came in, so that a caller (the HTTP
    layer) can answer every such error alike; a new kind of value the engine may
    refuse (a currency, say) is a subclass setting ``field`` and ``noun``.
    """

    field = "value"
    noun = "value"

    def __init__(self, value, supported: tuple):
        self.value = value
        self.supported = tuple(supported)
        super().__init__(f"unsupported {self.noun} {_shown(value)}; supported: {', '.join(self.supported)}")

    #: what a problem reply adds beyond ``errors`` and ``supported`` (``detected``)
    problem_extra: dict = {}

    @property
    def detail(self) -> str:
        """One sentence for a person: what was asked, what to ask instead."""
        return (f"{self.noun.capitalize()} {_shown(self.value)} is not supported; "
                f"use one of {', '.join(self.supported)}.")


class UnsupportedLanguage(Unsupported):
    """The caller asked for a language the engine has no data for."""

    field = "lang"
    noun = "language"

    def __init__(self, lang: str, supported: tuple):
        self.lang = lang
        super().__init__(lang, supported)

    @property
    def detail(self) -> str:
        return (f"Language {_shown(self.lang)} is not supported; "
                f"use one of {', '.join(self.supported)}, or 'auto'.")


class UndetectedLanguage(UnsupportedLanguage):
    """The caller asked for the language to be detected, and the text is clearly in
    none of the supported languages: ``detected`` names the one it is in (an ISO 639
    code, "de"). Passing ``lang`` reads the text in that language anyway."""

    def __init__(self, supported: tuple, detected: Optional[str] = None):
        self.detected = detected
        super().__init__("auto", supported)
        self.args = (self.detail,)

    @property
    def detail(self) -> str:
        found = (f"in {language_name(self.detected)} ({self.detected})" if self.detected
                 else "in none of the supported languages")
        return (f"The text is {found}, which is not supported; the supported languages are "
                f"{', '.join(self.supported)}: send lang with one of them to read it anyway.")

    @property
    def problem_extra(self) -> dict:
        return {"detected": self.detected} if self.detected else {}


def language_name(code: str) -> str:
    """The English name of a language code ("de": "German"), the code if CLDR has none."""
    from babel import Locale  # CLDR, a dependency already; loaded on the first refusal
    return Locale("en").languages.get(code.replace("-", "_"), code)


class UnsupportedCurrency(Unsupported):
    """A currency code the caller asked for cannot be used: not an ISO 4217 code, or (for
    a conversion target) one that no loaded rate or fixed parity reaches.

    ``param`` (also ``field``) names the argument ("convert_to", "base", "target"),
    ``supported`` the codes that would do, ``why`` what is wrong with this one.
    """

    noun = "currency"

    def __init__(self, code, supported, param: str = "currency", why: str = ""):
        self.code = code
        self.param = self.field = param
        self.why = why or "not a currency code this service can use"
        super().__init__(code, supported)
        self.args = (f"unsupported currency {_shown(code)}: {self.why}",)

    @property
    def detail(self) -> str:
        return f"Currency {_shown(self.code)} cannot be used as {self.param}: {self.why}."


class TooManyFigures(ClaimsError, ValueError):
    """A text holds more figures (runs of digits and number words) than the
    caller's ``max_figures``: refused before it is read, since reading it and
    its reply would cost time and memory in proportion to them.

    ``count`` is how many the text holds at least (counting stops past the
    limit), ``limit`` the limit; ``detail`` says it in a sentence.
    """

    def __init__(self, count: int, limit: int):
        self.count, self.limit = count, limit
        super().__init__(self.detail)

    @property
    def detail(self) -> str:
        return (f"The text holds more than {self.limit:,} figures (digits or number words); "
                "send it in smaller parts.")


def _shown(value, limit: int = 40) -> str:
    """``repr`` of a refused value, cut short: an error message never echoes a whole text."""
    r = repr(value)
    return r if len(r) <= limit else r[:limit] + "…"
