"""The HTTP face of :mod:`claims`: a thin Flask app over ``claims.extract``.

Views load a schema, call the engine and dump a schema; every error leaves
through :func:`problem` as ``application/problem+json`` (RFC 9457). What every
request gets whatever its route (bodies read safely, a CPU limit, a request
id, one log line) lives in :class:`Service` and ``logs.py``, so a new view
gets it by being registered; ``@documented`` puts it in ``/openapi.json``.

    gunicorn --config gunicorn.conf.py app:app
"""
import datetime
import json
import re
import signal
import threading
from contextlib import contextmanager

from flask import Blueprint, Flask, Request, current_app, g, request
from flask.json.provider import DefaultJSONProvider
from marshmallow import ValidationError
from werkzeug.exceptions import BadRequest, HTTPException, NotFound, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES

import claims
import logs
from claims.claim_review import claim_review as build_claim_review
from openapi import documented, openapi_document
from schemas import (ClaimReviewQuerySchema, CurrenciesQuerySchema, CurrenciesReplySchema,
                     ExtractReplySchema, ExtractRequestSchema, HealthSchema, ProblemSchema,
                     RateQuerySchema, RateSchema)

DEFAULTS = {
    # Characters of text one request may carry: 1 MB of text is far more than
    # any article, and the engine reads it in seconds (docs/ROBUSTNESS.md).
    "MAX_TEXT_LENGTH": 1_000_000,
    # Bytes of body: room for a text at MAX_TEXT_LENGTH however the client
    # escapes it (an accented letter sent as "\u00e9" is 6 bytes), read whole
    # before any view sees it.
    "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
    # CPU seconds one request may use before it is answered 413: a text that
    # costs more holds unusually many figures; gunicorn's TIMEOUT is twice this,
    # so the client gets this clear answer and never a killed worker.
    "CPU_LIMIT": 20,
    # Submitted text (and exception messages, which may quote it) reaches the
    # logs only when an operator sets FLASK_LOG_TEXT=true: unpublished articles
    # must not end up in logs.
    "LOG_TEXT": False,
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


# -- reading the body --------------------------------------------------------

class BodyError(ValueError):
    """A body that parses as JSON but is not acceptable JSON text; the message says why."""


#: A JSON escape of a UTF-16 surrogate: the only way one reaches a parsed string.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class JSONProvider(DefaultJSONProvider):
    """Parses request bodies; refuses what would break a view or a reply.

    * anything but UTF-8;
    * nesting deeper than the interpreter's recursion limit (``[[[[…``): a
      ``RecursionError`` in the parser, now a 400;
    * a lone surrogate (``"\\ud800"``) in any string or key: RFC 8259 leaves it
      undefined and RFC 7493 (I-JSON) forbids it; it has no UTF-8 form, so a
      reply echoing it could not be sent, and offsets into it mean nothing to a
      client. A 400 naming where it is.
    """

    def loads(self, s, **kwargs):
        if isinstance(s, (bytes, bytearray)):
            # UTF-8 only (RFC 8259 §8.1), strictly: json.loads would guess UTF-16
            # or 32 and let encoded surrogates through ("surrogatepass").
            s = s.decode("utf-8").removeprefix("\ufeff")
        try:
            obj = json.loads(s, **kwargs)
        except RecursionError:
            raise BodyError("The request body is nested too deeply.") from None
        if _SURROGATE_ESCAPE.search(s):
            where = _lone_surrogate_at(obj)
            if where:
                raise BodyError(f"The request body holds a lone UTF-16 surrogate in {where}; "
                                "JSON text must be Unicode (RFC 7493).")
        return obj


def _lone_surrogate_at(obj):
    """Where in ``obj`` a string holds a lone surrogate ("$.text"), or None. Iterative:
    the body may be as deep as the parser allows."""
    stack = [(obj, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if _LONE_SURROGATE.search(value):
                return path
        elif isinstance(value, dict):
            for key, item in value.items():
                if _LONE_SURROGATE.search(key):
                    return f"a key of {path}"
                stack.append((item, f"{path}.{key}"))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{i}]") for i, item in enumerate(value))
    return None


class JSONRequest(Request):
    def get_data(self, cache=True, as_text=False, parse_form_data=False):
        data = super().get_data(cache=cache, as_text=False, parse_form_data=parse_form_data)
        limit = self.max_content_length
        if self.content_length is None and limit is not None and len(data) >= limit:
            # A chunked body has no Content-Length to refuse up front, and werkzeug
            # stops reading it at the limit without a word: the JSON would be cut
            # short (a misleading 400). One more byte tells it was too large.
            if self.environ["wsgi.input"].read(1):
                raise RequestEntityTooLarge()
        return data.decode("utf-8", "replace") if as_text else data

    def on_json_loading_failed(self, e):
        # Flask answers a broken body with a generic 400; say what is wrong in
        # words that name a position in the body, never anything internal.
        if e is None:  # not a JSON content type: Flask's 415
            return super().on_json_loading_failed(e)
        if isinstance(e, BodyError):
            raise BadRequest(str(e)) from e
        if isinstance(e, json.JSONDecodeError):
            raise BadRequest(f"The request body is not valid JSON: {e}") from e
        if isinstance(e, UnicodeDecodeError):
            raise BadRequest(f"The request body is not UTF-8 text: byte {e.object[e.start]:#04x} "
                             f"at offset {e.start} cannot be decoded.") from e
        # e.g. an integer of more digits than Python converts: valid JSON, not readable here
        raise BadRequest("The request body could not be read as JSON.") from e


# -- every request -------------------------------------------------------------

class TooCostly(RequestEntityTooLarge):
    def __init__(self, seconds):
        super().__init__(f"Reading this request took more than {seconds} s of processing time "
                         "(the text holds unusually many figures); send it in smaller parts.")


@contextmanager
def cpu_limit(seconds):
    """Raise :class:`TooCostly` in the block once it has used ``seconds`` of CPU.

    A virtual-time interval timer (process CPU time, so a busy machine does not
    make a request fail) whose signal raises in the main thread, where a
    gunicorn sync worker and the test client run requests. Elsewhere (threads),
    or with ``seconds`` falsy, there is no limit.
    """
    if (not seconds or threading.current_thread() is not threading.main_thread()
            or not hasattr(signal, "setitimer")):  # Windows has no interval timers
        yield
        return

    def expire(signum, frame):
        raise TooCostly(seconds)

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


class Service(Flask):
    request_class = JSONRequest
    json_provider_class = JSONProvider

    def dispatch_request(self):
        # Every view, whoever registers it, runs under the CPU limit; its
        # TooCostly leaves through the error handlers like any HTTP error.
        with cpu_limit(self.config["CPU_LIMIT"]):
            return super().dispatch_request()

    def log_exception(self, exc_info):
        logs.log_exception(exc_info, with_message=self.config["LOG_TEXT"])


# -- views ---------------------------------------------------------------------

@api.post("/v1/extract")
@documented(body=ExtractRequestSchema, reply=ExtractReplySchema)
def extract():
    """The numeric claims of a text, each as an interval."""
    # get_json() raises 415 for a non-JSON content type, 400 for broken JSON
    # and 413 past MAX_CONTENT_LENGTH; load() raises 422 with field messages,
    # 413 past MAX_TEXT_LENGTH.
    req = EXTRACT_REQUEST.load(request.get_json())
    lang = claims.resolve_language(req["text"], req["lang"])
    # The engine gets the caller's own tag, not the resolved code: a locale
    # such as fr-CA also tells it which dollar a bare "$" is.
    date = req["date"] or datetime.date.today()
    mentions = claims.extract(req["text"], lang=_engine_lang(req["lang"], lang),
                              convert_to=req["convert_to"], date=date)
    reply = {"lang": lang, "mentions": _with_ids(mentions)}
    if req["convert_to"]:
        reply.update(convert_to=req["convert_to"], date=date)
    if req["claims"]:
        reply["claims"] = [c.to_dict() for c in claims.find_claims(req["text"], mentions, lang, date)]
    g.log_fields.update(lang=lang, chars=len(req["text"]), mentions=len(mentions))
    return EXTRACT_REPLY.dump(reply)


@api.get("/v1/currencies")
@documented(reply=CurrenciesReplySchema, query=CurrenciesQuerySchema)
def currencies():
    """Every currency the engine reads: code, names in each language, symbols."""
    query = CURRENCIES_QUERY.load(request.args)
    return CURRENCIES_REPLY.dump(
        {"currencies": claims.list_currency_info(active_only=query["active"])})


@api.get("/v1/rates")
@documented(reply=RateSchema, query=RateQuerySchema)
def rates():
    """The rate of one currency in another on a day, with its date, source and note."""
    query = RATE_QUERY.load(request.args)
    return RATE.dump(claims.get_rate(query["base"], query["target"], query["date"]))


@api.route("/v1/claim-review", methods=["GET", "POST"])
@documented(query=ClaimReviewQuerySchema, body=ClaimReviewQuerySchema, reply_type="application/ld+json",
            problems={"404": "The text has no claim of that id (detail lists its claims)."})
def claim_review():
    """One claim of a text as schema.org ClaimReview JSON-LD."""
    # GET takes the query string (a permalink a CMS can store: nothing is kept here,
    # the claim is computed again, deterministically); POST the same fields as JSON,
    # for texts too long for a URL.
    args = request.args.to_dict() if request.method == "GET" else request.get_json()
    req = CLAIM_REVIEW_QUERY.load(args)
    lang = claims.resolve_language(req["text"], req["lang"])
    date = req["date"] or datetime.date.today()
    mentions = claims.extract(req["text"], lang=_engine_lang(req["lang"], lang))
    found = {c.id: c for c in claims.find_claims(req["text"], mentions, lang, date)}
    claim = found.get(req["claim"])
    if claim is None:
        have = ", ".join(found) or "none"
        raise NotFound(f"The text has no claim {req['claim']!r}; its claims: {have}.")
    response = current_app.json.response(build_claim_review(claim, date, lang, req["url"]))
    response.mimetype = "application/ld+json"
    return response


def _engine_lang(asked, resolved):
    """The caller's own tag when it names a language (a locale such as fr-CA also tells
    which dollar a bare "$" is), else the language already detected: the text is not
    read twice to detect it."""
    return asked if asked and asked.lower() != "auto" else resolved


def _with_ids(mentions):
    """The mentions as MentionSchema reads them, each with its id ("m1"…)."""
    return [{"id": mid, **{f: getattr(m, f) for f in m.FIELDS}}
            for mid, m in zip(claims.mention_ids(mentions), mentions)]


@api.get("/healthz")
@documented(reply=HealthSchema)
def healthz():
    """200 once the app and the engine are loaded."""
    return HEALTH.dump({"status": "ok"})


@api.get("/openapi.json")
@documented()
def openapi():
    """This API's OpenAPI document, generated from its routes and schemas."""
    return openapi_document(current_app)


# -- errors ------------------------------------------------------------------------

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
    detail, extra = e.description, {}
    if type(e) is RequestEntityTooLarge:  # werkzeug's own: the body
        extra["limit"] = current_app.config["MAX_CONTENT_LENGTH"]
        detail = f"The request body is larger than the limit of {extra['limit']} bytes."
    elif getattr(e, "limit", None) is not None:  # schemas.TextTooLong
        extra["limit"] = e.limit
    return problem(e.code, detail, response=e.get_response(), **extra)


def handle_validation_error(e: ValidationError):
    # the body of POST /v1/extract, or the query of GET /v1/rates and /v1/currencies
    return problem(422, "The request does not have the expected fields.", errors=e.messages)


def handle_unsupported(e: claims.Unsupported):
    # Any value the engine has no data for (a language, and whatever comes
    # next): 422 naming the field, with the values it does support.
    return problem(422, e.detail, errors={e.field: [str(e)]}, supported=list(e.supported))


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
    app = Service(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env()  # e.g. FLASK_MAX_TEXT_LENGTH=200000
    if config:
        app.config.from_mapping(config)
    app.json.ensure_ascii = False  # French text stays readable in replies
    app.json.sort_keys = False  # fields in schema order, as documented

    # Compile every language's patterns and tables now: with gunicorn's preload_app
    # the master does it once and the workers fork ready, not on their first request.
    claims.prepare()
    app.register_blueprint(api)
    logs.init_app(app)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(ValidationError, handle_validation_error)
    app.register_error_handler(claims.Unsupported, handle_unsupported)
    app.register_error_handler(claims.UnsupportedCurrency, handle_unsupported_currency)
    return app


app = create_app()
