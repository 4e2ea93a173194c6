"""Bytes no HTTP client would send, on a raw socket, against the real gunicorn
(gunicorn.conf.py and service/server.py) with each worker class it offers:
every answer is the app's problem+json with a request id, and nothing a
client sent reaches the server's log.

Bounded: one request per case, each well under a second on loopback.
"""
import json
import logging
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.live_server import LiveServer, exchange

MARKER = "Xq7MARKERzz"  # sent in every request below; must never be logged
MARK = MARKER.encode()


def head(line: bytes, *headers: bytes, body: bytes = b"") -> bytes:
    return line + b"\r\nHost: x\r\n" + b"".join(h + b"\r\n" for h in headers) + b"\r\n" + body


POST = b"POST /v1/extract HTTP/1.1"
JSON = b"Content-Type: application/json"
CHUNKED = b"Transfer-Encoding: chunked"

#: name -> (bytes sent, status expected)
CASES = {
    "chunk size not hex": (head(POST, JSON, CHUNKED, body=b"ZZ\r\n" + MARK + b"\r\n0\r\n\r\n"), 400),
    "chunk longer than its size": (
        head(POST, JSON, CHUNKED, body=b"3\r\n{\"text\": \"" + MARK + b"\"}\r\n0\r\n\r\n"), 400),
    "chunk extension broken": (head(POST, JSON, CHUNKED, body=b"5;\x00=\r\n" + MARK[:5] + b"\r\n0\r\n\r\n"), 400),
    # a size of 2**160 bytes: the body ends long before
    "chunk size past the body": (head(POST, JSON, CHUNKED, body=b"f" * 40 + b"\r\n" + MARK + b"\r\n0\r\n\r\n"), 400),
    "query string of 9 KB": (
        head(b"GET /v1/claim-review?claim=c1&text=" + MARK + b"a" * 9000 + b" HTTP/1.1"), 414),
    "query string of 100 KB": (
        head(b"GET /v1/claim-review?claim=c1&text=" + MARK + b"a" * 100_000 + b" HTTP/1.1"), 414),
    "a header of 20 KB": (head(b"GET /healthz HTTP/1.1", b"X-Note: " + MARK + b"a" * 20_000), 431),
    "too many headers": (head(b"GET /healthz HTTP/1.1", *[b"X-%d: %s" % (i, MARK) for i in range(150)]), 431),
    "bad header name": (head(b"GET /healthz HTTP/1.1", b"X(" + MARK + b"): 1"), 400),
    "header name with a space": (head(b"GET /healthz HTTP/1.1", b"X " + MARK + b": 1"), 400),
    "raw spaces in the request line": (
        head(b"GET /v1/claim-review?claim=c1&text=PDG " + MARK + b" touchera 12 millions HTTP/1.1"), 400),
    "bad method": (head(b"G(T /healthz HTTP/1.1", b"X-Note: " + MARK), 400),
    "bad version": (head(b"GET /healthz HTTP/9." + MARK), 400),
    "bad Content-Length": (head(POST, JSON, b"Content-Length: " + MARK, body=MARK), 400),
    "two Content-Lengths": (head(POST, JSON, b"Content-Length: 2", b"Content-Length: 3", body=MARK), 400),
    "unknown transfer coding": (head(POST, JSON, b"Transfer-Encoding: " + MARK.lower(), body=MARK), 501),
    # the app's own refusal: its log line names the route, never a path that matched none
    "a path that is no route": (head(b"GET /v1/PDG-" + MARK + b"-touchera HTTP/1.1"), 404),
    "NUL in a header value": (head(b"GET /healthz HTTP/1.1", b"X-Note: a\x00" + MARK), 400),
}

WORKER_CLASSES = ["", "sync"]  # gunicorn.conf.py's default (buffered) and WORKER_CLASS=sync


@pytest.fixture(scope="module", params=WORKER_CLASSES, ids=["buffered", "sync"])
def server(request):
    with LiveServer(workers=1, env={"WORKER_CLASS": request.param, "READ_TIMEOUT": "2",
                                    "LOG_LEVEL": "debug"}) as s:
        yield s


def parse(answer: bytes):
    head_, _, body = answer.partition(b"\r\n\r\n")
    status_line, *lines = head_.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize("case", list(CASES))
def test_every_refusal_is_a_problem_with_a_request_id(server, case):
    data, status = CASES[case]
    got, headers, body = parse(exchange(server.port, data))
    assert got == status, body[:300]
    assert headers["content-type"] == "application/problem+json"
    assert headers["x-request-id"]
    problem = json.loads(body)
    assert problem["status"] == status and problem["type"] == "about:blank"
    assert problem["title"] and problem["detail"]
    assert MARKER not in problem["detail"]


def test_a_refusal_keeps_the_callers_request_id(server):
    data = head(POST, JSON, CHUNKED, b"X-Request-ID: mine-42", body=b"ZZ\r\n0\r\n\r\n")
    status, headers, _ = parse(exchange(server.port, data))
    assert (status, headers["x-request-id"]) == (400, "mine-42")


def test_the_server_lives_on_and_the_log_never_holds_what_was_sent(server):
    for data, _ in CASES.values():
        exchange(server.port, data)
    assert parse(exchange(server.port, head(b"GET /healthz HTTP/1.1")))[0] == 200
    time.sleep(0.3)  # the log is written by the worker as it answers
    raw = Path(server.log_path).read_bytes()
    assert raw and MARK not in raw and MARK.lower() not in raw
    statuses = [r["status"] for r in server.requests()]
    assert 500 not in statuses and statuses.count(414) >= 2 and statuses.count(431) >= 2


def test_a_request_that_does_not_arrive_in_time_is_408():
    # READ_TIMEOUT bounds the whole request: a client sending a byte at a time
    # gets a clear answer, and holds a reading thread no longer than that
    with LiveServer(workers=1, env={"READ_TIMEOUT": "1"}) as server:
        with socket.create_connection(("127.0.0.1", server.port), timeout=20) as s:
            for byte in b"GET /healthz HTTP/1.1\r\nX-Note: " + MARK:
                try:
                    s.sendall(bytes([byte]))
                except OSError:  # answered and closed: the rest is not read
                    break
                time.sleep(0.1)
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
        status, headers, body = parse(answer)
        assert (status, headers["content-type"]) == (408, "application/problem+json")
        assert json.loads(body)["limit"] == 1
        assert MARK not in Path(server.log_path).read_bytes()


def test_slow_clients_do_not_keep_the_app_from_answering():
    # 16 connections hold half a request head each (one worker): a sync worker
    # would read the first of them until it timed out; here each holds a thread
    with LiveServer(workers=1, env={"READ_TIMEOUT": "30"}) as server:
        slow = [socket.create_connection(("127.0.0.1", server.port), timeout=5) for _ in range(16)]
        try:
            for s in slow:
                s.sendall(b"GET /healthz HTTP/1.1\r\nX-Note: " + MARK)
            time.sleep(0.5)
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
                s.sendall(head(b"GET /healthz HTTP/1.1", b"Connection: close"))
                answer = b""
                while chunk := s.recv(65536):
                    answer += chunk
            assert parse(answer)[0] == 200
        finally:
            for s in slow:
                s.close()


def test_gunicorn_lines_that_quote_a_request_are_scrubbed():
    from service.server import ScrubFilter
    record = logging.LogRecord("gunicorn.error", logging.WARNING, __file__, 1,
                               "Invalid request from ip=127.0.0.1: Invalid HTTP Version: '%s'" % MARKER,
                               (), None)
    other = logging.LogRecord("gunicorn.error", logging.INFO, __file__, 1,
                              "Error handling request %s %s", ("GET", "/v1?text=" + MARKER), None)
    for r in (record, other):
        assert ScrubFilter().filter(r) and MARKER not in r.getMessage()
    assert record.getMessage() == "Invalid request from ip=127.0.0.1"
    assert other.getMessage() == "Error handling request"


def test_slow_clients_cut_off_at_the_read_timeout_do_not_hold_the_app():
    # gunicorn closes a connection gracefully, reading what the client still sends
    # for up to 2 s, in the worker's main thread: 16 clients still trickling when
    # their 408 came held the app for half a minute
    with LiveServer(workers=1, env={"READ_TIMEOUT": "1"}) as server:
        slow = [socket.create_connection(("127.0.0.1", server.port), timeout=5) for _ in range(16)]
        stop = threading.Event()

        def trickle():
            while not stop.is_set():
                for s in slow:
                    try:
                        s.send(b"a")
                    except OSError:
                        pass
                stop.wait(0.2)

        for s in slow:
            s.sendall(b"GET /healthz HTTP/1.1\r\nX-Note: ")
        trickler = threading.Thread(target=trickle)
        trickler.start()
        try:
            time.sleep(1.5)  # every slow client has had its 408
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
                s.sendall(head(b"GET /healthz HTTP/1.1", b"Connection: close"))
                answer = b""
                while chunk := s.recv(65536):
                    answer += chunk
            assert parse(answer)[0] == 200
        finally:
            stop.set()
            trickler.join()
            for s in slow:
                s.close()
