"""Every JSON shape of the HTTP API, in one place.

The views only ever ``load`` a request schema and ``dump`` a reply schema, so
this module is also the one to read (or to feed an OpenAPI generator) to know
what goes over the wire.
"""
from decimal import Decimal

from marshmallow import Schema, fields


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


class ExtractRequestSchema(Schema):
    """``POST /v1/extract`` body. Unknown keys are refused (marshmallow's default)."""

    text = fields.String(required=True)
    # None and "auto" both mean: detect the language from the text.
    lang = fields.String(allow_none=True, load_default=None)
    # The day the text speaks from (ISO 8601, "2024-06-15"): "l'an dernier" is read
    # against it. None means today, on the server's clock.
    date = fields.Date(allow_none=True, load_default=None)
    # false: mentions only, no "claims" in the reply (and no sentence splitting).
    claims = fields.Boolean(load_default=True)


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
