"""Every JSON shape of the HTTP API, in one place.

The views only ever ``load`` a request schema and ``dump`` a reply schema, so
this module is also the one to read to know what goes over the wire, and the
one ``openapi.py`` turns into the OpenAPI document (``GET /openapi.json``):
a field added here is in the published contract, and in the schemathesis run
against it, with no other change. ``metadata`` holds what JSON Schema says
that marshmallow cannot (a ``pattern``, a ``description``).
"""
import datetime
import re
from decimal import Decimal

from flask import current_app, has_app_context
from marshmallow import RAISE, Schema, ValidationError, fields, validate
from werkzeug.exceptions import RequestEntityTooLarge

import claims
from claims.model import plain_decimal
from claims.rates import iso_codes, rate_table


class Shape(Schema):
    """The base of every shape here: a dict is read with ``dict.get`` when dumped.

    marshmallow's default accessor also walks dotted paths and object attributes,
    a few calls per field; every reply is built from plain dicts (``to_dict()``), so
    reading them directly takes a third off dumping a news paragraph's reply.
    Anything but a dict goes through the default accessor.
    """

    def get_attribute(self, obj, attr, default):
        if type(obj) is dict:
            return obj.get(attr, default)
        return super().get_attribute(obj, attr, default)


class PlainDecimal(fields.Decimal):
    """A ``Decimal`` dumped as a plain decimal string: ``"10000"``, ``"3.5"``.

    ``fields.Decimal(as_string=True)`` keeps the exponent and trailing zeros the
    value happens to carry (``Decimal("3.50")`` -> ``"3.50"``); the API promises
    the shortest plain notation, whatever arithmetic produced the value.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("metadata", {"pattern": r"^-?[0-9]+(\.[0-9]+)?$"})
        super().__init__(as_string=True, **kwargs)

    def _to_string(self, value: Decimal) -> str:
        return plain_decimal(value)


class TextTooLong(RequestEntityTooLarge):
    """413: the text is longer than the ``MAX_TEXT_LENGTH`` the app is configured with."""

    def __init__(self, length: int, limit: int):
        super().__init__(f"The text is {length} characters long; the limit is {limit} characters.")
        self.limit = limit


class Text(fields.String):
    """Text to read, at most ``MAX_TEXT_LENGTH`` code points (a 413 past it).

    Any field holding text to read should be a ``Text``, so that every endpoint
    keeps the same limit. Lone surrogates never get here: the JSON layer refuses
    them in any string of the body (see ``service.base.JSONProvider``).
    """

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        limit = current_app.config.get("MAX_TEXT_LENGTH") if has_app_context() else None
        if limit is not None and len(text) > limit:
            raise TextTooLong(len(text), limit)
        return text


def _any_case(word: str) -> str:
    return "".join(f"[{c.upper()}{c.lower()}]" for c in word)


# What ``lang`` accepts, written once for both readers: the service matches it
# whole (``fullmatch``); the OpenAPI document anchors it for ECMA-262 regexes,
# where "$" never matches before a final newline. A language code, a locale
# (``fr-CA``, ``en_AU``, ``en-001``), ``auto`` or "" (also: detect).
_LANG = ("|" + _any_case("auto") + "|(?:" + "|".join(_any_case(c) for c in claims.SUPPORTED_LANGUAGES)
         + ")(?:[-_](?:[A-Za-z]{2}|[0-9]{3}))?")
LANG_PATTERN = f"^(?:{_LANG})$"
_LANG_RE = re.compile(_LANG)


class Language(fields.String):
    """``lang``: a supported language or locale, ``"auto"``, or null.

    Anything else is the engine's own ``UnsupportedLanguage`` (422 with the
    supported list), raised here so that the service accepts exactly what the
    published pattern describes.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("metadata", {
            "pattern": LANG_PATTERN,
            "description": ", ".join(claims.SUPPORTED_LANGUAGES)
                           + ", a locale such as fr-CA or es-MX (which also tells a bare $), "
                           "or null / 'auto' to detect the language",
        })
        super().__init__(allow_none=True, load_default=None, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        lang = super()._deserialize(value, attr, data, **kwargs)
        if not _LANG_RE.fullmatch(lang):
            raise claims.UnsupportedLanguage(lang, claims.SUPPORTED_LANGUAGES)
        return lang


def _plain(value):
    return plain_decimal(value)


_HTTP_URL = r"^https?://[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:/[!-~]*)?$"


class StrictBoolean(fields.Boolean):
    """``true`` or ``false`` and nothing else: marshmallow's Boolean also takes 0, 1,
    "yes"…, which the published JSON Schema ``boolean`` does not."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class _Codes(validate.OneOf):
    """One of a set of ISO 4217 codes; published as the field's ``enum``, so that the
    OpenAPI document says exactly which codes are accepted."""

    def __init__(self, codes, what):
        super().__init__(sorted(codes), error="{input!r} is not " + what + " (three capital "
                         "letters, such as EUR or CNY; GET /v1/currencies lists them).")


class CurrencyCode(fields.String):
    """An ISO 4217 code, read whatever its case ("eur" is EUR): a code has one meaning,
    and a client lower-casing it should not get a 422 for it."""

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        return value.upper() if value.isascii() else value


_CASE = " (any case: \"eur\" is EUR)"


class _IsoCode(validate.Validator):
    """Any ISO 4217 code CLDR knows (no ``enum`` of its own in the OpenAPI document)."""

    def __call__(self, value):
        if value not in iso_codes():
            raise ValidationError(f"{value!r} is not an ISO 4217 currency code (three capital "
                                  "letters, such as EUR or CNY; GET /v1/currencies lists them).")
        return value


def _iso_code():
    """Any ISO 4217 code CLDR knows; whether a rate reaches it is the engine's call."""
    return _Codes(iso_codes(), "an ISO 4217 currency code")


def _convertible_metadata() -> dict:
    """The codes a conversion can go to (some ECB rate or fixed parity reaches them),
    published as the field's ``enum``. Any other ISO code passes the schema and is the
    engine's 422, which lists these same codes in ``supported``."""
    return {"enum": [*rate_table().currencies(), None],  # OpenAPI 3.0: a nullable enum lists null
            "description": "ISO 4217 code of a currency this service converts to" + _CASE}


def _today() -> datetime.date:
    return datetime.date.today()


class ExtractRequestSchema(Shape):
    """``POST /v1/extract`` body. Unknown keys are refused."""

    class Meta:
        unknown = RAISE  # marshmallow's default, stated so that the OpenAPI document says it

    text = Text(required=True, metadata={"description": "the text to read; \"\" is fine"})
    # None and "auto" both mean: detect the language from the text.
    lang = Language()
    # Convert each money mention to this currency at the rate of ``date``.
    convert_to = CurrencyCode(allow_none=True, load_default=None, validate=_IsoCode(),
                              metadata=_convertible_metadata())
    # Only mentions of these kinds (and the claims around them); every kind when left out.
    kinds = fields.List(fields.String(validate=validate.OneOf(claims.KINDS)), load_default=None,
                        validate=validate.Length(min=1), metadata={
                            "description": "read only mentions of these kinds (and claims "
                                           "around them): ids number the mentions kept; "
                                           "every kind when left out"})
    # The article's date (ISO 8601, "2023-02-14"), today on the server's clock when left
    # out: the rate conversions use, and the day "l'an dernier" is read against.
    date = fields.Date(allow_none=True, load_default=None)
    # false: mentions only, no "claims" in the reply (and no sentence splitting).
    claims = StrictBoolean(load_default=True)


class _RateFieldsSchema(Shape):
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


class MentionSchema(Shape):
    """One numeric claim; the fields are those of ``shared/CONVENTIONS.md``."""

    id = fields.String(required=True)  # "m1", "m2"… in text order: claims point to mentions by it
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    kind = fields.String(required=True)
    low = PlainDecimal(required=True, allow_none=True)
    high = PlainDecimal(required=True, allow_none=True)
    low_inclusive = fields.Boolean(required=True)
    high_inclusive = fields.Boolean(required=True)
    approximate = fields.Boolean(required=True)
    currency = fields.String(required=True, allow_none=True)
    unit = fields.String(required=True, allow_none=True)
    qualifier = fields.String(required=True)
    # money only (null otherwise): symbol, code, name, context, locale or default
    currency_basis = fields.String(required=True, allow_none=True)
    # the other currencies an ambiguous form ("$", "francs") may stand for
    currency_alternatives = fields.List(fields.String(), required=True)
    # with convert_to: the interval in that currency and the rate used; else null
    converted = fields.Method("_converted", required=True, allow_none=True)

    def _converted(self, obj):
        c = self.get_attribute(obj, "converted", None)  # a Mention or its dict
        return None if c is None else _CONVERSION.dump(c)


class SpanSchema(Shape):
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


class ReasonSchema(Shape):
    code = fields.String()
    weight = fields.Float()
    detail = fields.String()


class CheckworthinessSchema(Shape):
    score = fields.Float()  # in [0, 1]
    reasons = fields.Nested(ReasonSchema, many=True)


class FactSchema(Shape):
    """One figure of a claim read on its own (docs/CLAIMS.md, CONVENTIONS "Claims")."""

    mention_id = fields.String()  # the mention this fact reads ("m1")
    subject = fields.Nested(SpanSchema, allow_none=True)
    attribution = fields.Nested(AttributionSchema, allow_none=True)
    time = fields.Nested(TimeSchema, allow_none=True)
    type = fields.String()  # estimate, change, comparison, share, range, level


class ClaimSchema(Shape):
    """One sentence holding mentions, read as a statement (docs/CLAIMS.md): its own
    subject, attribution and time are its first fact's, its type the highest of its
    facts' (estimate, change, comparison, share, range, level)."""

    id = fields.String()  # "c1", "c2"… in text order
    sentence = fields.Nested(SpanSchema)
    mention_ids = fields.List(fields.String())
    subject = fields.Nested(SpanSchema, allow_none=True)
    attribution = fields.Nested(AttributionSchema, allow_none=True)
    time = fields.Nested(TimeSchema, allow_none=True)
    type = fields.String()  # level, change, comparison, share, range, estimate
    facts = fields.Nested(FactSchema, many=True)  # one per mention, in text order
    checkworthiness = fields.Nested(CheckworthinessSchema)


_LANG_CONFIDENCE = dict(metadata={
    "description": "when lang was detected (lang left out or \"auto\"): how sure, from 0 "
                   "(no sign: the first supported language was taken) to 1"})


class ExtractReplySchema(Shape):
    lang = fields.String(required=True)
    lang_confidence = fields.Float(**_LANG_CONFIDENCE)
    # echoed when the request asked for a conversion
    convert_to = fields.String()
    date = fields.Date()
    mentions = fields.Nested(MentionSchema, many=True, required=True)
    claims = fields.Nested(ClaimSchema, many=True)  # left out when the request says claims: false


class BatchDocumentSchema(Shape):
    """One document of ``POST /v1/extract/batch``: its text and, optionally, the caller's
    id for it (echoed in its result), its language and its date."""

    class Meta:
        unknown = RAISE

    id = fields.String(allow_none=True, load_default=None,
                       metadata={"description": "the caller's id, echoed in the result"})
    text = Text(required=True)
    lang = Language()
    date = fields.Date(allow_none=True, load_default=None)


class InvalidDocument:
    """A document of a batch that did not load: its id (when it has a readable one) and
    the problem, answered in its place while the others are read."""

    def __init__(self, item, error):
        self.id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) \
            else None
        self.error = error


class Documents(fields.List):
    """The documents of a batch, each loaded on its own by :class:`BatchDocumentSchema`:
    one that does not load (not an object, a field missing, unknown or of the wrong type,
    a text over the limit, an unsupported language) becomes an :class:`InvalidDocument`
    in its place instead of failing the whole request. So the published contract takes
    any item, and says what a readable one is."""

    def __init__(self, **kwargs):
        super().__init__(fields.Raw(metadata={"description": (
            "a document: {\"id\": string or null, \"text\": string (required), \"lang\": as "
            "in /v1/extract, \"date\": ISO date or null}; an item that is not one is answered "
            "with its problem in its result, the others are read")}), **kwargs)
        self.document = fields.Nested(BatchDocumentSchema)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, list):
            raise self.make_error("invalid")
        out = []
        for item in value:
            if not isinstance(item, dict):  # null, a string…: never a document
                out.append(InvalidDocument(item, ValidationError(
                    {"_schema": ["A document must be a JSON object."]})))
                continue
            try:
                out.append(self.document.deserialize(item, **kwargs))
            except (ValidationError, TextTooLong, claims.Unsupported) as e:
                out.append(InvalidDocument(item, e))
        return out


class BatchRequestSchema(Shape):
    """``POST /v1/extract/batch`` body: the documents (at most ``BATCH_MAX_DOCUMENTS``),
    and for all of them ``convert_to`` and ``claims`` as in ``POST /v1/extract``."""

    class Meta:
        unknown = RAISE

    documents = Documents(required=True, validate=validate.Length(min=1))
    convert_to = CurrencyCode(allow_none=True, load_default=None, validate=_IsoCode(),
                              metadata=_convertible_metadata())
    kinds = fields.List(fields.String(validate=validate.OneOf(claims.KINDS)), load_default=None,
                        validate=validate.Length(min=1))
    claims = StrictBoolean(load_default=True)


class BatchResultSchema(Shape):
    """One document's result, in the order of the request: its ``id`` and the fields of
    ``POST /v1/extract``'s reply, or its ``id`` and the ``problem`` that kept it from
    being read (the RFC 9457 fields a single request would have been answered)."""

    id = fields.String(allow_none=True)
    lang = fields.String()
    lang_confidence = fields.Float(**_LANG_CONFIDENCE)
    convert_to = fields.String()
    date = fields.Date()
    mentions = fields.Nested(MentionSchema, many=True)
    claims = fields.Nested(ClaimSchema, many=True)
    problem = fields.Nested(lambda: ProblemSchema())


class BatchReplySchema(Shape):
    results = fields.List(fields.Nested(BatchResultSchema), required=True)


class ClaimReviewQuerySchema(Shape):
    """``GET /v1/claim-review`` query string (or ``POST`` JSON body): the extract
    request again, the id of one of its claims, and where the text appeared."""

    text = Text(required=True)
    lang = Language()
    date = fields.Date(allow_none=True, load_default=None)
    claim = fields.String(required=True)
    # the article: becomes itemReviewed.appearance; one pattern checked here and
    # published in the OpenAPI document alike
    url = fields.String(load_default=None, validate=validate.Regexp(
        _HTTP_URL, error="Not an http(s) URL."))


class RateQuerySchema(Shape):
    """``GET /v1/rates`` query: ``from``, ``to`` (ISO codes) and ``date`` (default today)."""

    base = CurrencyCode(required=True, data_key="from", validate=_iso_code(),
                        metadata={"description": "ISO 4217 code" + _CASE})
    target = CurrencyCode(required=True, data_key="to", validate=_IsoCode(),
                           metadata=_convertible_metadata())
    date = fields.Date(load_default=_today)


class RateSchema(_RateFieldsSchema):
    """How many ``to`` one ``from`` was worth, the day of that rate, its source and note."""

    base = fields.String(data_key="from")
    target = fields.String(data_key="to")
    date = fields.Date()

    class Meta:
        fields = ("base", "target", "date", "rate", "rate_date", "source", "note", "quotes")


class CurrencyNameSchema(Shape):
    one = fields.String()
    other = fields.String()
    forms = fields.List(fields.String())


class CurrencySymbolSchema(Shape):
    symbol = fields.String()
    read = fields.Boolean()
    ambiguous = fields.Boolean()


class CurrencySchema(Shape):
    """One ISO 4217 currency: names per supported language, symbols, what can be done."""

    code = fields.String()
    active = fields.Boolean()
    convertible = fields.Boolean()
    names = fields.Dict(keys=fields.String(), values=fields.Nested(CurrencyNameSchema))
    symbols = fields.Nested(CurrencySymbolSchema, many=True)


class CurrenciesQuerySchema(Shape):
    active = fields.Boolean(load_default=False)


class CurrenciesReplySchema(Shape):
    currencies = fields.Nested(CurrencySchema, many=True)


class HealthSchema(Shape):
    status = fields.String(required=True)


class _AsIs(fields.Number):
    """A number dumped as it is: 50000 stays an integer, 0.5 (seconds) a fraction."""

    num_type = float

    def _format_num(self, value):
        return value


class ProblemSchema(Shape):
    """An RFC 9457 problem detail, served as ``application/problem+json``.

    ``errors`` maps each offending request field to marshmallow's messages;
    ``supported`` lists the values accepted where the one asked for is not;
    ``limit`` is the limit a 413 refers to (bytes of body, characters of text,
    figures, documents, or seconds of CPU, as ``detail`` says); ``detected`` the
    language a text was found in when it is none of the supported ones. Each is
    left out of the reply where it does not apply.
    """

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(keys=fields.String())
    supported = fields.List(fields.String())
    limit = _AsIs()
    detected = fields.String(metadata={"description": (
        "when lang was to be detected and the text is clearly in a language that is not "
        "supported (a 422): that language, an ISO 639 code (\"de\"); send lang to read "
        "the text in a supported one anyway")})
