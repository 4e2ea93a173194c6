"""Raw HTTP bytes against the real server: request lines, headers, chunked bodies.

    .venv/bin/python fuzz/raw_http.py --seconds 600              # the full run
    .venv/bin/python fuzz/raw_http.py --seconds 20               # what CI runs
    .venv/bin/python fuzz/raw_http.py --replay http-crash-<sha1> # one saved input again
    .venv/bin/python fuzz/raw_http.py --worker-class sync        # gunicorn.conf.py's WORKER_CLASS

Starts gunicorn (gunicorn.conf.py, service/server.py) on a free loopback port
and sends it requests built from random choices (seeded: ``--seed``): methods
and versions valid or not, targets with raw spaces, control bytes, UTF-8 and up
to 100 KB of query string, headers of odd names and values up to 20 KB, bodies
with Content-Length right or wrong, chunked bodies with sizes in hex or not,
extensions, missing terminators, trailers. Every request carries a marker.

The server must answer every request whose head is complete with a status
line; never a 5xx but 501 (a transfer coding it does not know); every answer
carries ``X-Request-ID``, and every refusal is ``application/problem+json``.
At the end the server must still answer ``/healthz``, its log must hold no
5xx and never the marker. A failing input is saved as ``http-crash-<sha1>``.

The server runs in another process, whose coverage a coverage-guided fuzzer
cannot see: this is a random fuzzer, its variety in the grammar below.
"""
import argparse
import hashlib
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.live_server import LiveServer, exchange  # noqa: E402

MARKER = b"Zm4rkerQ9"
TEXT = "Le PDG " + MARKER.decode() + " touchera 12 millions d'euros"


def pick(rng, *options):
    return rng.choice(options)


def junk(rng: random.Random, n: int) -> bytes:
    alphabet = pick(rng, b"abc XYZ09%&=+/?#:;,\"'<>\\", bytes(range(256)), "é€«»".encode(), b" \t\r\n\x00")
    return bytes(rng.choice(alphabet) for _ in range(n))


def request_line(rng: random.Random) -> bytes:
    method = pick(rng, b"GET", b"POST", b"HEAD", b"PUT", b"OPTIONS", b"DELETE", b"get", b"G(T",
                  b"", b"GET GET", b"X" * rng.randint(1, 40), junk(rng, rng.randint(1, 8)))
    size = pick(rng, 0, 10, 100, 1000, 8100, 8300, 20_000, 100_000)
    target = pick(rng, b"/v1/extract", b"/healthz", b"/openapi.json", b"*", b"", b"http://x/healthz",
                  b"/v1/claim-review?claim=c1&text=" + MARKER + b"+a" * (size // 2),
                  b"/v1/claim-review?claim=c1&text=PDG " + MARKER + b" touchera 12 millions",
                  b"/v1/" + MARKER + junk(rng, min(size, 2000)), b"/%zz" + MARKER, b"/\x00" + MARKER)
    version = pick(rng, b"HTTP/1.1", b"HTTP/1.1", b"HTTP/1.0", b"HTTP/2.0", b"HTTP/1.1 x", b"HTTP/9.9",
                   b"http/1.1", b"", b"HTTP/1." + MARKER)
    sep = pick(rng, b" ", b" ", b" ", b"  ", b"\t")
    return sep.join(x for x in (method, target, version) if x or rng.random() < 0.3)


def headers(rng: random.Random, body_kind: str, body: bytes) -> list:
    out = [b"Host: x"] if rng.random() < 0.9 else []
    if body_kind != "none":
        out.append(pick(rng, b"Content-Type: application/json", b"Content-Type: text/plain",
                        b"Content-Type: " + MARKER))
    if body_kind == "length":
        length = pick(rng, str(len(body)).encode(), str(len(body)).encode(), b"-1", b"nope" + MARKER,
                      str(len(body) + 5).encode(), str(max(0, len(body) - 3)).encode(), b"1e3", b"  7 ",
                      str(10 ** 30).encode())
        out.append(b"Content-Length: " + length)
        if rng.random() < 0.1:
            out.append(b"Content-Length: " + str(len(body) + 1).encode())
    elif body_kind == "chunked":
        out.append(pick(rng, b"Transfer-Encoding: chunked", b"Transfer-Encoding: chunked",
                        b"Transfer-Encoding: gzip, chunked", b"Transfer-Encoding: chunked, gzip",
                        b"Transfer-Encoding: " + MARKER, b"Transfer-Encoding: CHUNKED"))
        if rng.random() < 0.1:
            out.append(b"Content-Length: 3")
    for _ in range(pick(rng, 0, 0, 1, 3, 150)):
        name = pick(rng, b"X-Note", b"X-Request-ID", b"Accept", b"X(" + MARKER + b")", b"X " + MARKER,
                    b"", b"X-\xff" + MARKER, junk(rng, rng.randint(1, 12)))
        if name == b"X-Request-ID":  # a valid one is the caller's own id, logged as such
            out.append(name + b": " + pick(rng, b"fuzz-1", MARKER + b" x", b"\xff" + MARKER, b"a" * 65))
            continue
        value = pick(rng, MARKER, b"ok", b" " + MARKER + b" ", b"a\x00" + MARKER, b"\xe9" + MARKER,
                     MARKER + b"a" * pick(rng, 10, 8000, 9000, 20_000), junk(rng, 30))
        out.append(name + pick(rng, b": ", b":", b" : ", b"") + value)
    if rng.random() < 0.05:
        out.append(b" folded " + MARKER)
    return out


def chunked(rng: random.Random, body: bytes) -> bytes:
    out, i = b"", 0
    while i < len(body):
        n = rng.randint(1, max(1, len(body) - i))
        part = body[i:i + n]
        i += n
        size = pick(rng, b"%x" % n, b"%x" % n, b"%X" % n, b"0%x" % n, b"ZZ", b"-%x" % n, b"f" * 40,
                    b"%x" % (n + 2), b"%x;ext=1" % n, b"%x;" % n, b"%x ;x" % n, b"%x\x00" % n, b"")
        end = pick(rng, b"\r\n", b"\r\n", b"\r\n", b"\n", b"", b"XX")
        out += size + b"\r\n" + part + end
    out += pick(rng, b"0\r\n\r\n", b"0\r\n\r\n", b"0\r\nX-Trailer: " + MARKER + b"\r\n\r\n", b"0\r\n",
                b"", b"0;" + MARKER + b"\r\n\r\n")
    return out


def one_request(rng: random.Random) -> bytes:
    body_kind = pick(rng, "none", "length", "length", "chunked", "chunked")
    body = json.dumps({"text": TEXT, "lang": pick(rng, "fr", "en", "auto")}).encode()
    if rng.random() < 0.2:
        body = junk(rng, rng.randint(0, 200)) + MARKER
    line = request_line(rng)
    head = b"\r\n".join([line, *headers(rng, body_kind, body)]) + b"\r\n\r\n"
    if body_kind == "chunked":
        return head + chunked(rng, body)
    if body_kind == "length":
        return head + body
    return head


def check(data: bytes, answer: bytes) -> str:
    """What is wrong with ``answer`` to ``data`` ('' when nothing)."""
    if not answer:
        # gunicorn closes silently on a connection with no request line at all
        return "no answer to a complete request head" if data.split(b"\r\n", 1)[0].strip() else ""
    head, _, _ = answer.partition(b"\r\n\r\n")
    first, *lines = head.split(b"\r\n")
    parts = first.split(b" ", 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
        return f"not a status line: {first[:80]!r}"
    status = int(parts[1])
    fields = {k.strip().lower(): v.strip() for k, _, v in (x.partition(b":") for x in lines)}
    if status >= 500 and status != 501:
        return f"server error {status}"
    if not fields.get(b"x-request-id"):
        return f"{status} without X-Request-ID"
    if status >= 400 and fields.get(b"content-type") != b"application/problem+json":
        return f"{status} as {fields.get(b'content-type')!r}, not problem+json"
    return ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--worker-class", default="", help="WORKER_CLASS ('' or sync)")
    parser.add_argument("--replay", help="a saved http-crash-* input")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2 ** 32)
    rng = random.Random(seed)

    statuses, failures, sent = Counter(), [], 0
    env = {"WORKER_CLASS": args.worker_class, "READ_TIMEOUT": "3"}
    with LiveServer(workers=2, env=env) as server:
        end = time.monotonic() + args.seconds
        while time.monotonic() < end:
            data = Path(args.replay).read_bytes() if args.replay else one_request(rng)
            answer = exchange(server.port, data, timeout=15)
            sent += 1
            statuses[answer.split(b" ", 2)[1].decode("latin-1") if answer.count(b" ") >= 2 else "none"] += 1
            problem = check(data, answer)
            if problem:
                name = "http-crash-" + hashlib.sha1(data).hexdigest()
                Path(name).write_bytes(data)
                failures.append(f"{problem} (input saved as {name})")
                break
            if args.replay:
                break
        alive = exchange(server.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").startswith(b"HTTP/1.1 200")
        time.sleep(0.5)
    log = Path(server.log_path).read_bytes()
    server_errors = sum(1 for r in server.requests() if r.get("status", 0) >= 500 and r["status"] != 501)
    if MARKER in log:
        failures.append(f"the marker reached the server's log ({server.log_path})")
    if server_errors:
        failures.append(f"{server_errors} server errors in the log ({server.log_path})")
    if not alive:
        failures.append("the server no longer answers /healthz")
    print(f"http fuzz (seed {seed}): {sent} requests; statuses "
          + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))
    for f in failures:
        print("FAILED:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
