"""Every JSON shape of the HTTP API, in one place.

The views only ever ``load`` a request schema and ``dump`` a reply schema, so
this module is also the one to read to know what goes over the wire, and the
one ``openapi.py`` turns into the OpenAPI document (``GET /openapi.json``):
a field added here is in the published contract, and in the schemathesis run
against it, with no other change. ``metadata`` holds what JSON Schema says
that marshmallow cannot (a ``pattern``, a ``description``).
"""
import re
from decimal import Decimal

from flask import current_app, has_app_context
from marshmallow import RAISE, Schema, fields
from werkzeug.exceptions import RequestEntityTooLarge

import claims
from claims.model import plain_decimal


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
    them in any string of the body (see ``app.JSONProvider``).
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
            "description": "fr, en, a locale such as fr-CA (which also tells a bare $), "
                           "or null / 'auto' to detect the language",
        })
        super().__init__(allow_none=True, load_default=None, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        lang = super()._deserialize(value, attr, data, **kwargs)
        if not _LANG_RE.fullmatch(lang):
            raise claims.UnsupportedLanguage(lang, claims.SUPPORTED_LANGUAGES)
        return lang


class ExtractRequestSchema(Schema):
    """``POST /v1/extract`` body. Unknown keys are refused."""

    class Meta:
        unknown = RAISE  # marshmallow's default, stated so that the OpenAPI document says it

    text = Text(required=True, metadata={"description": "the text to read; \"\" is fine"})
    # None and "auto" both mean: detect the language from the text.
    lang = Language()


class MentionSchema(Schema):
    """One numeric claim; the fields are those of ``shared/CONVENTIONS.md``."""

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


class ExtractReplySchema(Schema):
    lang = fields.String(required=True)
    mentions = fields.List(fields.Nested(MentionSchema), required=True)


class HealthSchema(Schema):
    status = fields.String(required=True)


class ProblemSchema(Schema):
    """An RFC 9457 problem detail, served as ``application/problem+json``.

    ``errors`` maps each offending request field to marshmallow's messages;
    ``supported`` lists the values accepted where the one asked for is not;
    ``limit`` is the limit a 413 refers to (bytes of body, or characters of
    text, as ``detail`` says). Each is left out of the reply where it does not
    apply.
    """

    type = fields.String(required=True)
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    errors = fields.Dict(keys=fields.String())
    supported = fields.List(fields.String())
    limit = fields.Integer()
