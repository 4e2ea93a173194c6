"""The real server (gunicorn with gunicorn.conf.py) on a loopback port: what
only a real socket shows — body limits on the wire, chunked bodies, the 1 MB
text, the log stream."""
import http.client
import json
import socket
from pathlib import Path

import pytest

from tests.live_server import LiveServer

ROOT = Path(__file__).resolve().parent.parent
NEWS = (Path(__file__).resolve().parents[2] / "shared" / "bench" / "corpus" / "news-like-fr.txt")
# "jusqu'à 18 h" is a clock time (no mention); the three figures after it are mentions
SECRET = ("EMBARGO jusqu'à 18 h : la société rachètera 49 % de Dupont pour 3 milliards d'euros "
          "et supprimera 1 200 postes.")


@pytest.fixture(scope="module")
def server():
    with LiveServer(workers=2, env={"FLASK_MAX_TEXT_LENGTH": "1000000"}) as s:
        yield s


def call(server, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    conn.request(method, path, body=body, headers=headers or {})
    reply = conn.getresponse()
    data = reply.read()
    conn.close()
    return reply, data


def post_json(server, payload, **kw):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return call(server, "POST", "/v1/extract", body, {"Content-Type": "application/json", **kw})


def prose(n):
    """n characters of news-style French prose (the shared corpus, or a stand-in)."""
    text = NEWS.read_text(encoding="utf-8") if NEWS.exists() else (
        "La société a levé 12 millions d'euros, soit 40 % de plus qu'en 2023. ")
    return (text * (n // len(text) + 1))[:n]


def test_the_limit_text_is_read(server):
    text = prose(1_000_000)
    reply, data = post_json(server, {"text": text, "lang": "fr"}, timeout=120)
    assert reply.status == 200, data[:300]
    mentions = json.loads(data)["mentions"]
    assert len(mentions) > 1000
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)


def test_a_text_too_costly_is_413_in_a_gunicorn_worker_which_lives_on():
    with LiveServer(workers=1, env={"FLASK_CPU_LIMIT": "0.3", "FLASK_MAX_FIGURES": "1000000"}) as server:
        # a figure every two characters: about 13 s of CPU here, far over 0.3 s
        # (and more figures than MAX_FIGURES, lifted here, would let in)
        reply, data = post_json(server, {"text": "1 " * 200_000, "lang": "fr"}, timeout=120)
        assert reply.status == 413 and "took more than 0.3 s" in json.loads(data)["detail"]
        pids = server.worker_pids()
        for _ in range(4):
            assert post_json(server, {"text": "12 %"})[0].status == 200
        assert server.worker_pids() == pids  # no worker was killed or replaced


def test_one_character_over_the_text_limit_is_413(server):
    reply, data = post_json(server, {"text": "x" * 1_000_001})
    problem = json.loads(data)
    assert (reply.status, reply.getheader("Content-Type")) == (413, "application/problem+json")
    assert problem["limit"] == 1_000_000


def send_early_answered(server, head: bytes, body_parts) -> bytes:
    """Send a request whose body the server may refuse before reading it all:
    a server that answers early and closes leaves the client a broken pipe,
    and its answer still to read."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=60) as s:
        try:
            s.sendall(head)
            for part in body_parts:
                s.sendall(part)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        try:
            while chunk := s.recv(65536):
                answer += chunk
        except ConnectionResetError:
            pass
    return answer


@pytest.mark.parametrize("chunked", [False, True])
def test_a_body_over_the_limit_is_413_even_chunked(server, chunked):
    too_big = b'{"text": "' + b"1 " * (4 * 1024 * 1024 + 1) + b'"}'
    parts = [too_big[i:i + 65536] for i in range(0, len(too_big), 65536)]
    if chunked:
        head = b"Transfer-Encoding: chunked\r\n\r\n"
        parts = [b"%x\r\n%s\r\n" % (len(p), p) for p in parts] + [b"0\r\n\r\n"]
    else:
        head = b"Content-Length: %d\r\n\r\n" % len(too_big)
    answer = send_early_answered(
        server, b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" + head,
        parts)
    status, _, rest = answer.partition(b"\r\n")
    headers, _, body = rest.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 413"), answer[:300]
    assert b"Content-Type: application/problem+json" in headers
    assert json.loads(body)["limit"] == 8 * 1024 * 1024


def test_broken_http_gets_a_problem_without_internals(server):
    # Framing errors are answered by the worker before the app (service/server.py),
    # in the app's problem shape; tests/test_server_errors.py has every kind.
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n")
        answer = s.recv(65536)
    assert answer.startswith(b"HTTP/1.1 400")
    assert b"Content-Type: application/problem+json" in answer and b"X-Request-ID: " in answer
    assert b"Traceback" not in answer and b".py" not in answer


def test_the_log_is_one_json_object_per_line_and_never_holds_the_text(server):
    reply, _ = post_json(server, {"text": SECRET, "lang": "fr"}, **{"X-Request-ID": "live-1"})
    assert reply.status == 200 and reply.getheader("X-Request-ID") == "live-1"
    post_json(server, b'{"text": "' + SECRET.encode() + b'", "lang": 3}')  # a 422 too
    raw = Path(server.log_path).read_bytes()
    lines = server.log_lines()
    assert lines and not any("unparsed" in line for line in lines)
    [mine] = [r for r in server.requests() if r["request_id"] == "live-1"]
    assert mine["status"] == 200 and mine["mentions"] >= 3
    for word in (b"EMBARGO", b"Dupont", b"milliards", "société".encode()):
        assert word not in raw


@pytest.mark.parametrize("unit", ["«", "Dr. ", "a. "])
def test_a_megabyte_of_what_the_sentence_splitter_found_hard_gets_an_answer(server, unit):
    # 1 MB of "«" got no reply at all (the native segmenter, quadratic on quotation
    # marks, ran past gunicorn's timeout and the worker was killed); "Dr. " and
    # "a. " after a figure were quadratic in the splitter's own merging
    text = ("12 %. " + unit * (1_000_000 // len(unit)))[:1_000_000]
    reply, data = post_json(server, {"text": text, "lang": "fr"}, timeout=120)
    assert reply.status == 200, data[:300]
    [claim] = json.loads(data)["claims"][:1]
    assert claim["sentence"]["start"] == 0


def test_a_megabyte_of_figures_is_refused_unread_and_the_worker_stays_small():
    # 1 MB of "1 2 3 …" (157,000 mentions) took 50 s, made a 47 MB reply and a
    # 465 MB worker; past MAX_FIGURES it is a 413 before anything is read
    # (a fresh worker: VmHWM is the worker's peak over its whole life)
    words, size, i = [], 0, 1
    while size < 1_000_000:
        words.append(str(i))
        size, i = size + len(str(i)) + 1, i + 1
    # (its time, under 25 s, is measured by bench/megabyte.py, not asserted here)
    with LiveServer(workers=1) as server:
        reply, data = post_json(server, {"text": " ".join(words)[:1_000_000], "lang": "fr"})
        problem = json.loads(data)
        assert (reply.status, reply.getheader("Content-Type")) == (413, "application/problem+json")
        assert problem["limit"] == 50_000 and "figures" in problem["detail"]
        rss = max(int(Path(f"/proc/{pid}/status").read_text().split("VmHWM:")[1].split()[0])
                  for pid in server.worker_pids())
        assert rss < 200 * 1024, rss  # kB: the text was never read


def test_a_megabyte_with_as_many_figures_as_admitted_gets_its_reply_and_the_worker_stays_under_200_mb():
    # just under MAX_FIGURES (about 48,500 mentions, an 18 MB reply), padded to 1 MB:
    # the reply is encoded as it is sent (service.api.streamed); dumped whole, the
    # worker peaked at 232 MB, streamed at 195 MB, and at 160 MB once the engine's
    # amounts and the reply's items are let go as they are used. Its time (under 25 s)
    # is measured by bench/megabyte.py: speed belongs in benchmarks, not in tests.
    figures = " ".join(str(i) for i in range(1, 49_990))
    text = (figures + " " + "mot " * 300_000)[:1_000_000]
    with LiveServer(workers=1) as server:
        reply, data = post_json(server, {"text": text, "lang": "fr"}, timeout=120)
        assert reply.status == 200, data[:300]
        assert len(json.loads(data)["mentions"]) > 45_000
        rss = max(int(Path(f"/proc/{pid}/status").read_text().split("VmHWM:")[1].split()[0])
                  for pid in server.worker_pids())
        # the issue's bound is 200 MB; 160 MB measured: keep a margin of 20 MB
        assert rss < 180 * 1024, rss
