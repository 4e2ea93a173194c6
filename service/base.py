"""What every request gets, whatever its route: the body read safely as JSON,
a CPU limit, and exceptions logged without the submitted text.

:class:`Service` is the Flask class of the app (``app.create_app``); a view
gets all of this by being registered.
"""
import json
import re
import signal
import threading
from contextlib import contextmanager

from flask import Flask, Request
from flask.json.provider import DefaultJSONProvider
from flask.testing import FlaskClient
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge

from service import logs


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


# -- every request ---------------------------------------------------------------

class TooCostly(RequestEntityTooLarge):
    """413: the request used more than ``CPU_LIMIT`` seconds of CPU; ``limit`` is that
    limit, in seconds (the problem's ``limit`` field)."""

    def __init__(self, seconds):
        super().__init__(f"Reading this request took more than {seconds} s of processing time; "
                         "send the text in smaller parts.")
        self.limit = seconds


#: seconds of CPU between two tries to stop a request over its CPU limit
RETRY = 0.01


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
    # After it first fires, the timer fires again every RETRY seconds of CPU: a signal
    # that lands while a garbage-collector callback or a __del__ runs raises there,
    # where Python prints the exception and drops it; the next one ends the request.
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds, RETRY)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


class ClosingClient(FlaskClient):
    """The test client, reading every reply whole and closing it as a WSGI server does.

    Flask's own client leaves a streamed reply (``POST /v1/extract``) unread unless the
    caller reads it; its generator, closed later by the garbage collector inside
    another request, then pops that request's context ("Popped wrong request
    context"). ``buffered=False`` still gives the stream itself."""

    def open(self, *args, **kwargs):
        kwargs.setdefault("buffered", True)
        return super().open(*args, **kwargs)


class Service(Flask):
    request_class = JSONRequest
    json_provider_class = JSONProvider
    test_client_class = ClosingClient

    def dispatch_request(self):
        # Every view, whoever registers it, runs under the CPU limit; its
        # TooCostly leaves through the error handlers like any HTTP error.
        with cpu_limit(self.config["CPU_LIMIT"]):
            return super().dispatch_request()

    def log_exception(self, exc_info):
        logs.log_exception(exc_info, with_message=self.config["LOG_TEXT"])
