"""Every JSON shape of the HTTP API, in one place.

The views only ever ``load`` a request schema and ``dump`` a reply schema, so
this module is also the one to read (or to feed an OpenAPI generator) to know
what goes over the wire.
"""
import datetime
from decimal import Decimal

from marshmallow import Schema, ValidationError, fields

from claims.rates import iso_codes


class PlainDecimal(fields.Decimal):
    """A ``Decimal`` dumped as a plain decimal string: ``"10000"``, ``"3.5"``.

    ``fields.Decimal(as_string=True)`` keeps the exponent and trailing zeros the
    value happens to carry (``Decimal("3.50")`` -> ``"3.50"``); the API promises
    the shortest plain notation, whatever arithmetic produced the value.
    """

    def __init__(self, **kwargs):
        super().__init__(as_string=True, **kwargs)

    def _to_string(self, value: Decimal) -> str:
        return format(value.normalize(), "f")


def _plain(value):
    return None if value is None else format(value.normalize(), "f")


def _iso_code(value: str) -> None:
    """An ISO 4217 code as CLDR knows it; whether a rate reaches it is the engine's call."""
    if value not in iso_codes():
        raise ValidationError(f"{value!r} is not an ISO 4217 currency code (three capital "
                              "letters, such as EUR or CNY).")


def _today() -> datetime.date:
    return datetime.date.today()


class ExtractRequestSchema(Schema):
    """``POST /v1/extract`` body. Unknown keys are refused (marshmallow's default)."""

    text = fields.String(required=True)
    # None and "auto" both mean: detect the language from the text.
    lang = fields.String(allow_none=True, load_default=None)
    # Convert each money mention to this currency at the rate of ``date``.
    convert_to = fields.String(allow_none=True, load_default=None, validate=_iso_code)
    # The article's date (ISO 8601, "2023-02-14"), today on the server's clock when left
    # out: the rate conversions use, and the day "l'an dernier" is read against.
    date = fields.Date(allow_none=True, load_default=None)
    # false: mentions only, no "claims" in the reply (and no sentence splitting).
    claims = fields.Boolean(load_default=True)


class _RateFieldsSchema(Schema):
    """The fields a rate is told with, in a conversion and in ``GET /v1/rates``."""

    rate = fields.Method("_rate")
    rate_date = fields.Date(allow_none=True)
    source = fields.String(allow_none=True)
    note = fields.String(allow_none=True)
    # units of each currency involved per 1 EUR, as quoted by the ECB or fixed by law:
    # rate = quotes[to] / quotes[from], rounded to 12 significant digits
    quotes = fields.Method("_quotes")

    def _rate(self, obj):
        return _plain(obj.rate)

    def _quotes(self, obj):
        return {c: _plain(v) for c, v in obj.quotes.items()}


class ConversionSchema(_RateFieldsSchema):
    """A money mention's interval in ``convert_to`` and the rate that made it."""

    currency = fields.String()
    low = fields.Method("_low")
    high = fields.Method("_high")

    class Meta:
        fields = ("currency", "low", "high", "rate", "rate_date", "source", "note", "quotes")

    def _low(self, obj):
        return _plain(obj.low)

    def _high(self, obj):
        return _plain(obj.high)


_CONVERSION = ConversionSchema()


class MentionSchema(Schema):
    """One numeric claim; the fields are those of ``shared/CONVENTIONS.md``."""

    id = fields.String()  # "m1", "m2"… in text order: claims point to mentions by it
    start = fields.Integer()
    end = fields.Integer()
    text = fields.String()
    kind = fields.String()
    low = PlainDecimal(allow_none=True)
    high = PlainDecimal(allow_none=True)
    low_inclusive = fields.Boolean()
    high_inclusive = fields.Boolean()
    approximate = fields.Boolean()
    currency = fields.String(allow_none=True)
    unit = fields.String(allow_none=True)
    qualifier = fields.String()
    # money only (null otherwise): symbol, code, name, context, locale or default
    currency_basis = fields.String(allow_none=True)
    # the other currencies an ambiguous form ("$", "francs") may stand for
    currency_alternatives = fields.List(fields.String())
    # with convert_to: the interval in that currency and the rate used; else null
    converted = fields.Method("_converted")

    def _converted(self, obj):
        c = self.get_attribute(obj, "converted", None)  # a Mention or its dict
        return None if c is None else _CONVERSION.dump(c)


class SpanSchema(Schema):
    """A stretch of the input: ``text == input[start:end]``."""

    start = fields.Integer()
    end = fields.Integer()
    text = fields.String()


class AttributionSchema(SpanSchema):
    """Who says it; the span is the attributing phrase ("selon l'Insee")."""

    kind = fields.String()  # quote, according_to, reported_speech
    source = fields.Nested(SpanSchema)  # who is named
    quote = fields.Nested(SpanSchema, allow_none=True)  # the quotation holding the figure
    author_type = fields.String()  # schema.org: Person or Organization


class TimeSchema(SpanSchema):
    """The period the figure refers to, both ends inclusive, ISO dates."""

    from_ = fields.String(data_key="from", attribute="from")
    to = fields.String()
    relative = fields.Boolean()  # resolved against the request's date


class ReasonSchema(Schema):
    code = fields.String()
    weight = fields.Float()
    detail = fields.String()


class CheckworthinessSchema(Schema):
    score = fields.Float()  # in [0, 1]
    reasons = fields.List(fields.Nested(ReasonSchema))


class ClaimSchema(Schema):
    """One sentence holding mentions, read as a statement (docs/CLAIMS.md)."""

    id = fields.String()  # "c1", "c2"… in text order
    sentence = fields.Nested(SpanSchema)
    mention_ids = fields.List(fields.String())
    subject = fields.Nested(SpanSchema, allow_none=True)
    attribution = fields.Nested(AttributionSchema, allow_none=True)
    time = fields.Nested(TimeSchema, allow_none=True)
    type = fields.String()  # level, change, comparison, share, range, estimate
    checkworthiness = fields.Nested(CheckworthinessSchema)


class ExtractReplySchema(Schema):
    lang = fields.String()
    # echoed when the request asked for a conversion
    convert_to = fields.String()
    date = fields.Date()
    mentions = fields.List(fields.Nested(MentionSchema))
    claims = fields.List(fields.Nested(ClaimSchema))  # left out when the request says claims: false


class ClaimReviewQuerySchema(Schema):
    """``GET /v1/claim-review`` query string (or ``POST`` JSON body): the extract
    request again, the id of one of its claims, and where the text appeared."""

    text = fields.String(required=True)
    lang = fields.String(allow_none=True, load_default=None)
    date = fields.Date(allow_none=True, load_default=None)
    claim = fields.String(required=True)
    url = fields.Url(load_default=None)  # the article: becomes itemReviewed.appearance


class RateQuerySchema(Schema):
    """``GET /v1/rates`` query: ``from``, ``to`` (ISO codes) and ``date`` (default today)."""

    base = fields.String(required=True, data_key="from", validate=_iso_code)
    target = fields.String(required=True, data_key="to", validate=_iso_code)
    date = fields.Date(load_default=_today)


class RateSchema(_RateFieldsSchema):
    """How many ``to`` one ``from`` was worth, the day of that rate, its source and note."""

    base = fields.String(data_key="from")
    target = fields.String(data_key="to")
    date = fields.Date()

    class Meta:
        fields = ("base", "target", "date", "rate", "rate_date", "source", "note", "quotes")


class CurrencyNameSchema(Schema):
    one = fields.String()
    other = fields.String()
    forms = fields.List(fields.String())


class CurrencySymbolSchema(Schema):
    symbol = fields.String()
    read = fields.Boolean()
    ambiguous = fields.Boolean()


class CurrencySchema(Schema):
    """One ISO 4217 currency: names per supported language, symbols, what can be done."""

    code = fields.String()
    active = fields.Boolean()
    convertible = fields.Boolean()
    names = fields.Dict(keys=fields.String(), values=fields.Nested(CurrencyNameSchema))
    symbols = fields.List(fields.Nested(CurrencySymbolSchema))


class CurrenciesQuerySchema(Schema):
    active = fields.Boolean(load_default=False)


class CurrenciesReplySchema(Schema):
    currencies = fields.List(fields.Nested(CurrencySchema))


class HealthSchema(Schema):
    status = fields.String()


class ProblemSchema(Schema):
    """An RFC 9457 problem detail, served as ``application/problem+json``.

    ``errors`` maps each offending request field to marshmallow's messages;
    ``supported`` lists the language codes when the one asked for is not.
    Both are left out of the reply when they do not apply.
    """

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    errors = fields.Dict(keys=fields.String())
    supported = fields.List(fields.String())
