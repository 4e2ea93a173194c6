"""Structured logs: one JSON object per line, one line per request.

Every request gets an id (the caller's ``X-Request-ID`` when it is a short
token, else a new one), sent back in the reply's ``X-Request-ID`` header and
written in its log line with the method, path, status, wall and CPU time and
sizes. What the caller submitted is never written: not the body, not the query
string, not the message of an exception (a ``KeyError`` says which word of the
text it was looking up), unless the operator sets ``FLASK_LOG_TEXT=true``.
Unpublished articles must not end up in logs.

``gunicorn.conf.py`` sends gunicorn's own lines through :class:`JSONFormatter`
too, so the whole stream is one JSON object per line.
"""
import json
import logging
import re
import time
import traceback
import uuid

from flask import current_app, g, request
from werkzeug.exceptions import HTTPException

logger = logging.getLogger("claims.http")

#: A caller's request id is kept when it is a short token: it goes into logs
#: and headers, so it must not carry text (or anything else) of any length.
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
#: With LOG_TEXT on, how much of a body a log line takes.
_LOGGED_BODY = 10_000


class JSONFormatter(logging.Formatter):
    """``{"ts": …, "level": …, "logger": …, "msg": …, <the record's fields>}``.

    Fields come from ``extra={"fields": {...}}``. An exception is written as
    its type and frames, never its message (see the module's docstring).
    """

    converter = time.gmtime

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": f"{self.formatTime(record, '%Y-%m-%dT%H:%M:%S')}.{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = exception_summary(record.exc_info)
        return json.dumps(entry, default=str)  # ASCII: safe for any log shipper


def exception_summary(exc_info) -> dict:
    """The exception's type and where it was raised, without its message."""
    etype, _value, tb = exc_info
    frames = [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
    return {"type": getattr(etype, "__qualname__", str(etype)), "frames": frames}


def log_exception(exc_info, with_message: bool = False) -> None:
    fields = {"event": "exception", "request_id": g.get("request_id")}
    if with_message:
        fields["exception_message"] = str(exc_info[1])
    logger.error("unhandled exception", exc_info=exc_info, extra={"fields": fields})


def init_app(app) -> None:
    app.before_request(_start)
    app.after_request(_finish)


def _start() -> None:
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    g.started = (time.perf_counter(), time.process_time())
    g.log_fields = {}  # views add what they know: lang, chars, mentions


def _finish(response):
    request_id = g.get("request_id") or uuid.uuid4().hex
    response.headers["X-Request-ID"] = request_id
    wall, cpu = g.get("started", (time.perf_counter(), time.process_time()))
    fields = {
        "event": "request",
        "request_id": request_id,
        "method": request.method,
        # the route, not the path: a path that matches none may carry text ("/v1/PDG…")
        "path": request.url_rule.rule if request.url_rule is not None else None,
        "status": response.status_code,
        "ms": round((time.perf_counter() - wall) * 1000, 1),
        "cpu_ms": round((time.process_time() - cpu) * 1000, 1),
        "bytes_in": request.content_length,
        # a streamed reply's length is not known yet: counting it would encode it
        # here, whole, before it is sent (service.api.streamed)
        "bytes_out": None if response.is_streamed else response.calculate_content_length(),
        **g.get("log_fields", {}),
    }
    if current_app.config["LOG_TEXT"]:
        try:
            body = request.get_data(as_text=True)
        except HTTPException:  # a body over the limit is not read
            body = ""
        fields["body"] = body[:_LOGGED_BODY]
        fields["body_truncated"] = len(body) > _LOGGED_BODY
    logger.info("request", extra={"fields": fields})
    return response
