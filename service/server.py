"""The server's side of the service: gunicorn workers that answer every
refusal of their own as the app does, keep slow clients off the app, and never
log what a client sent.

    worker_class = "service.server.BufferedWorker"   # gunicorn.conf.py

Three things gunicorn does on its own that the service does not accept:

* **Its refusals are HTML pages** (a request line over ``limit_request_line``
  is a 414 page, headers too large a 431, a bad request line a 400) without
  ``X-Request-ID``. Here every one leaves as ``application/problem+json``
  (RFC 9457) in the app's shape, with a request id, from
  :meth:`ProblemErrors.handle_error`, whatever the worker class.
* **Its log lines quote the request**: ``Invalid HTTP Version: 'PDG … 12
  millions&claim=c1 HTTP/1.1'``, a bad header's name, the URI of a request
  that failed. Unpublished text must never reach a log: the refusals are
  logged as the exception's type only, and :class:`ScrubFilter` keeps the
  arguments of gunicorn's own lines that carry request bytes out of the log.
* **A sync worker is held by a slow client**: it reads the request head in the
  one thread that also runs the app, so two clients sending a byte a second
  stop a two-worker service. :class:`BufferedWorker` reads heads and bodies in
  a pool of threads, each under a deadline (408 past it), and runs the app in
  the worker's main thread, one request at a time, on a request read whole:
  the app's CPU limit (a signal, delivered in the main thread) keeps working.

A malformed chunked body (a chunk size ``ZZ``) is found while the body is
read: by :class:`BufferedWorker` before the app runs (a 400 from here), and in
the sync worker while the app reads it, where :class:`BodyErrors` turns it
into werkzeug's ``BadRequest`` (a 400 from the app) instead of an exception
that escaped as a 500.
"""
from __future__ import annotations

import io
import json
import logging
import os
import re
import socket
import threading
import time
import uuid
from concurrent.futures import Future, TimeoutError
from datetime import datetime

from gunicorn.http import errors as http_errors
from gunicorn.http import wsgi
from gunicorn.workers.gthread import _DEFER, ThreadWorker
from gunicorn.workers.sync import SyncWorker as _SyncWorker
from werkzeug.exceptions import BadRequest
from werkzeug.http import HTTP_STATUS_CODES

logger = logging.getLogger("claims.http")

#: The caller's request id is kept when it is a short token (the rule of logs.py).
_REQUEST_ID = re.compile(rb"[A-Za-z0-9._:-]{1,64}")


class RequestTimeout(http_errors.ParseException):
    """The request head (or body) did not arrive within the read deadline."""

    def __str__(self):
        return "request not received in time"


#: a chunked body whose framing is broken (RFC 9112, section 7.1)
_CHUNK_ERRORS = (http_errors.InvalidChunkSize, http_errors.ChunkMissingTerminator,
                 http_errors.InvalidChunkExtension)


class BodyEnded(http_errors.ParseException):
    """The client stopped sending (closed its side) before the body's end."""

    def __str__(self):
        return "request body ended early"


# -- the problem a framing error gets ---------------------------------------------

def _refusal(exc, cfg):
    """``(status, detail, extra fields)`` for an exception gunicorn raised while
    reading a request. The detail names what was wrong, never what was sent."""
    e = http_errors
    if isinstance(exc, e.LimitRequestLine):
        return 414, (f"The request line is longer than {cfg.limit_request_line} bytes; "
                     "send a long text in the body of a POST."), {"limit": cfg.limit_request_line}
    if isinstance(exc, e.LimitRequestHeaders):
        return 431, (f"The request headers are too large: at most {cfg.limit_request_fields} "
                     f"fields of {cfg.limit_request_field_size} bytes each."), {
                         "limit": cfg.limit_request_field_size}
    if isinstance(exc, RequestTimeout):
        return 408, (f"The request did not arrive within {_read_timeout()} s; "
                     "send it again without pausing."), {"limit": _read_timeout()}
    if isinstance(exc, _CHUNK_ERRORS):
        return 400, "The chunked request body is malformed (RFC 9112, section 7.1).", {}
    if isinstance(exc, (e.NoMoreData, BodyEnded)):
        return 400, "The request ended before its body did.", {}
    if isinstance(exc, e.UnsupportedTransferCoding):
        return 501, "The request's Transfer-Encoding is not supported; use chunked or none.", {}
    if isinstance(exc, e.ExpectationFailed):
        return 417, "The request's Expect header cannot be met; only 100-continue is.", {}
    if isinstance(exc, e.InvalidHTTPVersion):
        return 400, ("The request line does not end with a supported HTTP version "
                     "(a space in the path must be sent as %20)."), {}
    if isinstance(exc, e.InvalidRequestMethod):
        return 400, "The request method is not valid.", {}
    if isinstance(exc, e.InvalidRequestLine):
        return 400, "The request line is not valid HTTP (method, path, version).", {}
    if isinstance(exc, e.InvalidHeaderName):
        return 400, "A request header's name is not a valid HTTP token.", {}
    if isinstance(exc, e.ObsoleteFolding):
        return 400, "A request header is folded over several lines (obsolete in HTTP/1.1).", {}
    if isinstance(exc, e.InvalidHeader):
        return 400, "A request header is not valid HTTP, or two of them contradict.", {}
    if isinstance(exc, e.ForbiddenProxyRequest):
        return 403, "The request came from a proxy that is not allowed.", {}
    if isinstance(exc, (e.InvalidProxyLine, e.InvalidProxyHeader, e.InvalidSchemeHeaders,
                        e.InvalidH2CPreface)):
        return 400, "The request's framing is not valid.", {}
    return 500, "The server failed to handle the request.", {}


def problem_response(status: int, detail: str, request_id: str, **extra) -> bytes:
    """A whole HTTP/1.1 reply: the app's problem shape (``service.problems``), the request id,
    and ``Connection: close`` (after a framing error the stream cannot be trusted)."""
    from service.problems import problem_body  # the app's modules, loaded by then
    body = json.dumps(problem_body(status, detail, **extra), separators=(",", ":")).encode()
    head = (f"HTTP/1.1 {status} {HTTP_STATUS_CODES[status]}\r\n"
            "Content-Type: application/problem+json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"X-Request-ID: {request_id}\r\n"
            "Connection: close\r\n\r\n")
    return head.encode("latin-1") + body


def _request_id(req) -> str:
    for name, value in getattr(req, "headers", None) or ():
        if name == "X-REQUEST-ID":
            raw = value.encode("latin-1", "replace")
            if _REQUEST_ID.fullmatch(raw):
                return raw.decode()
    return uuid.uuid4().hex


class ProblemErrors:
    """Replaces ``Worker.handle_error``: the reply is problem+json with a request
    id, and the log line has the status and the exception's type, never its
    message (which quotes the request line, a header, or body bytes)."""

    def handle_error(self, req, client, addr, exc):
        status, detail, extra = _refusal(exc, self.cfg)
        request_id = _request_id(req)
        fields = {"event": "request", "request_id": request_id, "status": status,
                  "error": type(exc).__name__}
        if status == 500:
            # a failure of ours, not a refusal: its frames (never its message) go to the log
            logger.error("server error", exc_info=exc, extra={"fields": fields})
        else:
            logger.info("refused", extra={"fields": fields})
        try:
            client.setblocking(True)
            client.settimeout(5)
            client.sendall(problem_response(status, detail, request_id, **extra))
        except Exception:  # the client went away: nothing to tell it
            pass


class BodyErrors:
    """WSGI middleware: a request body that turns out malformed while the app
    reads it (chunked framing, a client that stops mid-body) raises werkzeug's
    ``BadRequest``, which the app answers 400 like any bad request, instead of
    gunicorn's parse error, which escaped the app as a 500."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        environ["wsgi.input"] = _CheckedInput(environ["wsgi.input"])
        return self.app(environ, start_response)


class _CheckedInput:
    _ERRORS = (http_errors.ParseException, http_errors.NoMoreData)

    def __init__(self, stream):
        self._stream = stream

    def _guard(self, method, *args):
        try:
            return method(*args)
        except self._ERRORS as exc:
            chunked = isinstance(exc, _CHUNK_ERRORS + (http_errors.NoMoreData,))
            raise BadRequest(_refusal(exc, None)[1] if chunked
                             else "The request body is malformed.") from None

    def read(self, *args):
        return self._guard(self._stream.read, *args)

    def readline(self, *args):
        return self._guard(self._stream.readline, *args)

    def readlines(self, *args):
        return self._guard(self._stream.readlines, *args)

    def __iter__(self):
        return iter(self.readline, b"")


class SyncProblemWorker(ProblemErrors, _SyncWorker):
    """gunicorn's sync worker with problem+json refusals. One request at a time,
    head and body read in the thread that runs the app: slow clients hold it
    (use :class:`BufferedWorker`)."""

    def load_wsgi(self):
        super().load_wsgi()
        self.wsgi = BodyErrors(self.wsgi)


# -- slow clients ------------------------------------------------------------------

def _read_timeout() -> float:
    """Seconds a client has to send a whole request, head and body (READ_TIMEOUT)."""
    return float(os.environ.get("READ_TIMEOUT", "30"))


def _body_limit() -> int:
    """Bytes of body buffered before the app sees it: the app's own limit plus the
    one byte that tells it a chunked body is over it (service.base.JSONRequest)."""
    return int(os.environ.get("FLASK_MAX_CONTENT_LENGTH", str(8 * 1024 * 1024))) + 1


class _DeadlineSocket:
    """What the request parser reads from: the client's socket, each ``recv``
    bounded by what is left of the connection's deadline for its request."""

    def __init__(self, sock, conn):
        self._sock, self._conn = sock, conn

    def recv(self, size):
        left = self._conn.read_deadline - time.monotonic()
        if left <= 0:
            raise RequestTimeout()
        self._sock.settimeout(left)
        try:
            return self._sock.recv(size)
        except socket.timeout:
            raise RequestTimeout() from None
        finally:
            self._sock.settimeout(None)

    def __getattr__(self, name):
        return getattr(self._sock, name)


class BufferedWorker(ProblemErrors, ThreadWorker):
    """Threads read, the main thread computes.

    gunicorn's threaded worker reads each connection in a pool thread (``threads``
    of them); here the pool thread also reads the whole body (up to the app's
    limit) under one deadline for the request (``READ_TIMEOUT``, 30 s: past it a
    408), then hands the request to the worker's main thread, which runs the app
    and collects its reply; the pool thread writes the reply out. A slow client
    holds one pool thread, never the app; the app sees one request at a time, in
    the main thread, where its CPU limit's signal arrives, as under a sync worker.
    """

    stopped = False

    def run(self):
        try:
            super().run()
        finally:
            self.stopped = True

    def handle(self, conn):
        # the deadline starts when a request starts: on a new connection, and on
        # each request of a kept-alive one
        conn.read_deadline = time.monotonic() + _read_timeout()
        if not getattr(conn, "reads_by_deadline", False):
            conn.reads_by_deadline = True
            init = conn.init

            def init_reading_by_deadline():
                init()  # makes the parser, on the connection's first request
                if hasattr(conn.parser, "unreader"):  # HTTP/1 (HTTP/2 has its own framing)
                    conn.parser.unreader.sock = _DeadlineSocket(conn.sock, conn)
            conn.init = init_reading_by_deadline
        keep = super().handle(conn)
        if keep is not _DEFER and not keep:
            # Closed here, not by the main thread (gthread's finish_request): a
            # graceful close reads what the client still sends for up to 2 s, and
            # a slow client sends until then — 64 of them held the app for seconds.
            conn.close(graceful=True)
            conn.closed_by_reader = True
        return keep

    def finish_request(self, conn, fs):
        if getattr(conn, "closed_by_reader", False):
            self.nr_conns -= 1
            return
        super().finish_request(conn, fs)

    def handle_request(self, req, conn):
        environ, resp = {}, None
        try:
            self.cfg.pre_request(self, req)
            request_start = datetime.now()
            resp, environ = wsgi.create(req, conn.sock, conn.client, conn.server, self.cfg)
            try:
                body = req.body.read(_body_limit())  # parse errors and 408 raise here
            except http_errors.NoMoreData:  # gunicorn would drop it without a word
                raise BodyEnded() from None
            environ["wsgi.input"] = io.BytesIO(body)
            environ["wsgi.multithread"] = False  # the app runs in one thread
            self.nr += 1
            if self.nr >= self.max_requests:
                if self.alive:
                    self.log.info("Autorestarting worker after current request.")
                    self.alive = False
                resp.force_close()
            if not self.alive or not self.cfg.keepalive:
                resp.force_close()
            elif len(self.keepalived_conns) >= self.max_keepalived:
                resp.force_close()

            chunks = self._in_main_thread(environ, resp)
            try:
                for chunk in chunks:
                    resp.write(chunk)
                resp.close()
            finally:
                self.log.access(resp, req, environ, datetime.now() - request_start)
            return not resp.should_close()
        except OSError:
            raise
        except (Exception, SystemExit):
            if resp is not None and resp.headers_sent:
                self.log.exception("Error handling request")
                raise StopIteration() from None
            raise
        finally:
            try:
                self.cfg.post_request(self, req, environ, resp)
            except Exception:
                self.log.exception("Exception in post_request hook")

    def _in_main_thread(self, environ, resp):
        """Run the app on the main thread (its event loop runs deferred calls) and
        wait for its reply, collected whole."""
        if threading.current_thread() is threading.main_thread():
            return self._run_app(environ, resp)
        done: Future = Future()

        def run():
            try:
                done.set_result(self._run_app(environ, resp))
            except Exception as exc:  # the pool thread raises it, and answers 500
                done.set_exception(exc)
        self.method_queue.defer(run)
        while True:
            try:
                return done.result(timeout=1)
            except TimeoutError:
                if self.stopped:  # the main loop is gone: no one will run it
                    raise StopIteration() from None

    def _run_app(self, environ, resp):
        respiter = self.wsgi(environ, resp.start_response)
        try:
            return list(respiter)
        finally:
            if hasattr(respiter, "close"):
                respiter.close()


# -- logs ----------------------------------------------------------------------------

class ScrubFilter(logging.Filter):
    """Drops the arguments of gunicorn's log lines that quote what a client sent.

    gunicorn formats request bytes into some of its messages (the request line
    or URI of a request that failed, the bytes read before a client went away,
    the text of a parse error). Those lines are kept, their message template
    only: ``Error handling request %s %s`` stays, without the request line.
    """

    #: templates (their start) whose arguments are request bytes
    QUOTING = ("Invalid request from", "Error handling request", "Ignored premature client",
               "Closing connection", "Invalid HTTP", "Invalid request", "Error processing",
               "HTTP/2 ")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("gunicorn") and isinstance(record.msg, str):
            if record.msg == "%s %s":  # the default pre_request hook: method and path
                record.msg, record.args = "request", ()
            elif record.msg.startswith(self.QUOTING):
                record.msg = record.msg.split(":", 1)[0].split("%", 1)[0].rstrip(" .'\"")
                record.args = ()
        return True
