"""Every JSON shape of the HTTP API, in one place.

The views only ever ``load`` a request schema and ``dump`` a reply schema, so
this module is also the one to read (or to feed an OpenAPI generator) to know
what goes over the wire.
"""
from decimal import Decimal

from marshmallow import Schema, fields

from claims.model import plain_decimal


class PlainDecimal(fields.Decimal):
    """A ``Decimal`` dumped as a plain decimal string: ``"10000"``, ``"3.5"``.

    ``fields.Decimal(as_string=True)`` keeps the exponent and trailing zeros the
    value happens to carry (``Decimal("3.50")`` -> ``"3.50"``); the API promises
    the shortest plain notation, whatever arithmetic produced the value.
    """

    def __init__(self, **kwargs):
        super().__init__(as_string=True, **kwargs)

    def _to_string(self, value: Decimal) -> str:
        return plain_decimal(value)


class ExtractRequestSchema(Schema):
    """``POST /v1/extract`` body. Unknown keys are refused (marshmallow's default)."""

    text = fields.String(required=True)
    # None and "auto" both mean: detect the language from the text.
    lang = fields.String(allow_none=True, load_default=None)


class MentionSchema(Schema):
    """One numeric claim; the fields are those of ``shared/CONVENTIONS.md``."""

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


class ExtractReplySchema(Schema):
    lang = fields.String()
    mentions = fields.List(fields.Nested(MentionSchema))


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
