"""The HTTP face of :mod:`claims`: a thin Flask app over ``claims.extract``.

Views load a schema, call the engine and dump a schema; every error leaves
through :func:`problem` as ``application/problem+json`` (RFC 9457).

    gunicorn --config gunicorn.conf.py app:app
"""
import datetime

from flask import Blueprint, Flask, Request, current_app, request
from marshmallow import ValidationError
from werkzeug.exceptions import BadRequest, HTTPException, NotFound, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES

import claims
from claims.claim_review import claim_review as build_claim_review
from schemas import (ClaimReviewQuerySchema, CurrenciesQuerySchema, CurrenciesReplySchema,
                     ExtractReplySchema, ExtractRequestSchema, HealthSchema, ProblemSchema,
                     RateQuerySchema, RateSchema)

DEFAULTS = {
    # Requests are read whole before the engine sees them; 1 MiB is far more
    # than any article, and small enough that one request cannot hog a worker.
    "MAX_CONTENT_LENGTH": 1024 * 1024,
}

api = Blueprint("api", __name__)

# Schemas are built once: building one copies its fields, which costs more than
# dumping a reply. Instances hold no per-request state, so sharing them is safe.
EXTRACT_REQUEST = ExtractRequestSchema()
EXTRACT_REPLY = ExtractReplySchema()
HEALTH = HealthSchema()
PROBLEM = ProblemSchema()
CLAIM_REVIEW_QUERY = ClaimReviewQuerySchema()
CURRENCIES_QUERY = CurrenciesQuerySchema()
CURRENCIES_REPLY = CurrenciesReplySchema()
RATE_QUERY = RateQuerySchema()
RATE = RateSchema()


class JSONRequest(Request):
    def on_json_loading_failed(self, e):
        # Flask answers broken JSON with a generic 400; say what is wrong
        # (the decoder's message names a position in the body, nothing internal).
        if e is None:  # not a JSON content type: Flask's 415
            return super().on_json_loading_failed(e)
        raise BadRequest(f"The request body is not valid JSON: {e}") from e


@api.post("/v1/extract")
def extract():
    # get_json() raises 415 for a non-JSON content type, 400 for broken JSON
    # and 413 past MAX_CONTENT_LENGTH; load() raises 422 with field messages.
    req = EXTRACT_REQUEST.load(request.get_json())
    lang = claims.resolve_language(req["text"], req["lang"])
    # The engine gets the caller's own tag, not the resolved code: a locale
    # such as fr-CA also tells it which dollar a bare "$" is.
    date = req["date"] or datetime.date.today()
    mentions = claims.extract(req["text"], lang=req["lang"], convert_to=req["convert_to"],
                              date=date)
    reply = {"lang": lang, "mentions": _with_ids(mentions)}
    if req["convert_to"]:
        reply.update(convert_to=req["convert_to"], date=date)
    if req["claims"]:
        reply["claims"] = [c.to_dict() for c in claims.find_claims(req["text"], mentions, lang, date)]
    return EXTRACT_REPLY.dump(reply)


@api.get("/v1/currencies")
def currencies():
    query = CURRENCIES_QUERY.load(request.args)
    return CURRENCIES_REPLY.dump(
        {"currencies": claims.list_currency_info(active_only=query["active"])})


@api.get("/v1/rates")
def rates():
    query = RATE_QUERY.load(request.args)
    return RATE.dump(claims.get_rate(query["base"], query["target"], query["date"]))


@api.route("/v1/claim-review", methods=["GET", "POST"])
def claim_review():
    # GET takes the query string (a permalink a CMS can store: nothing is kept here,
    # the claim is computed again, deterministically); POST the same fields as JSON,
    # for texts too long for a URL.
    args = request.args.to_dict() if request.method == "GET" else request.get_json()
    req = CLAIM_REVIEW_QUERY.load(args)
    lang = claims.resolve_language(req["text"], req["lang"])
    date = req["date"] or datetime.date.today()
    mentions = claims.extract(req["text"], lang=req["lang"])
    found = {c.id: c for c in claims.find_claims(req["text"], mentions, lang, date)}
    claim = found.get(req["claim"])
    if claim is None:
        have = ", ".join(found) or "none"
        raise NotFound(f"The text has no claim {req['claim']!r}; its claims: {have}.")
    response = current_app.json.response(build_claim_review(claim, date, lang, req["url"]))
    response.mimetype = "application/ld+json"
    return response


def _with_ids(mentions):
    """The mentions as MentionSchema reads them, each with its id ("m1"…)."""
    return [{"id": mid, **{f: getattr(m, f) for f in m.FIELDS}}
            for mid, m in zip(claims.mention_ids(mentions), mentions)]


@api.get("/healthz")
def healthz():
    return HEALTH.dump({"status": "ok"})


def problem(status, detail, response=None, **extra):
    """An RFC 9457 reply; ``response`` keeps the headers of an HTTP error (``Allow``)."""
    body = PROBLEM.dump({
        "type": "about:blank",  # the status code says it all; no problem catalogue
        "title": HTTP_STATUS_CODES[status],
        "status": status,
        "detail": detail,
        **extra,
    })
    if response is None:
        response = current_app.response_class(status=status)
    response.set_data(current_app.json.dumps(body, separators=(",", ":")))
    response.mimetype = "application/problem+json"
    return response


def handle_http_error(e: HTTPException):
    # Also receives the 500 Flask makes of an unhandled exception: its
    # generic description is all the client sees, the traceback goes to the log.
    detail = e.description
    if isinstance(e, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        detail = f"The request body is larger than the limit of {limit} bytes."
    return problem(e.code, detail, response=e.get_response())


def handle_validation_error(e: ValidationError):
    # the body of POST /v1/extract, or the query of GET /v1/rates and /v1/currencies
    return problem(422, "The request does not have the expected fields.", errors=e.messages)


def handle_unsupported_language(e: claims.UnsupportedLanguage):
    return problem(
        422,
        f"Language {e.lang!r} is not supported; use one of {', '.join(e.supported)}, or 'auto'.",
        errors={"lang": [str(e)]},
        supported=list(e.supported),
    )


#: The request field behind each parameter of the engine's currency errors.
CURRENCY_FIELDS = {"convert_to": "convert_to", "base": "from", "target": "to"}


def handle_unsupported_currency(e: claims.UnsupportedCurrency):
    field = CURRENCY_FIELDS.get(e.param, e.param)
    return problem(
        422,
        f"Currency {e.code!r} cannot be used for {field!r}: {e.why}.",
        errors={field: [str(e)]},
        supported=list(e.supported),
    )


def create_app(config=None):
    """Defaults, then ``FLASK_*`` environment variables, then ``config``."""
    app = Flask(__name__)
    app.request_class = JSONRequest
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env()  # e.g. FLASK_MAX_CONTENT_LENGTH=2097152
    if config:
        app.config.from_mapping(config)
    app.json.ensure_ascii = False  # French text stays readable in replies
    app.json.sort_keys = False  # fields in schema order, as documented

    # Compile every language's patterns now: with gunicorn's preload_app the master
    # does it once and the workers fork ready, instead of on their first request.
    claims.prepare()
    app.register_blueprint(api)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(ValidationError, handle_validation_error)
    app.register_error_handler(claims.UnsupportedLanguage, handle_unsupported_language)
    app.register_error_handler(claims.UnsupportedCurrency, handle_unsupported_currency)
    return app


app = create_app()
