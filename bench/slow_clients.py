"""Slow clients against the real server: does /healthz still answer in time?

    .venv/bin/python bench/slow_clients.py                       # 64 clients, 60 s
    .venv/bin/python bench/slow_clients.py --clients 8 --seconds 20 --worker-class sync

Starts gunicorn (gunicorn.conf.py, 2 workers unless --workers) on a free
loopback port; opens ``--clients`` connections that each send a request head
one byte a second (never finishing it; a connection the server closes, with
its 408 after READ_TIMEOUT, is opened again at once); and, every half second,
times a GET /healthz on a fresh connection. Prints the latencies and exits
non-zero when one took more than --max-latency (1 s) or got no answer.

Bounded: loopback only, one byte a second per client, --seconds at most 60.
"""
import argparse
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.live_server import LiveServer  # noqa: E402

#: a request head far longer than any run: never complete at a byte a second
HEAD = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 4000


class SlowClient:
    def __init__(self, port: int):
        self.port, self.sent, self.sock, self.reopened = port, 0, None, -1

    def tick(self) -> None:
        """Send the next byte; reconnect if the server closed the connection."""
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            self.sock.setblocking(False)
            self.sent, self.reopened = 0, self.reopened + 1
        try:
            try:
                if self.sock.recv(65536) == b"":  # closed (a 408 may precede it)
                    raise ConnectionResetError
            except BlockingIOError:
                pass
            self.sock.send(HEAD[self.sent:self.sent + 1])
            self.sent += 1
        except OSError:
            self.sock.close()
            self.sock = None

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()


def healthz(port: int, timeout: float) -> float:
    """Seconds for one GET /healthz on a new connection; inf when it failed."""
    start = time.perf_counter()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            answer = b""
            while chunk := s.recv(65536):
                answer += chunk
        if not answer.startswith(b"HTTP/1.1 200"):
            return float("inf")
    except OSError:
        return float("inf")
    return time.perf_counter() - start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=60, help="at most 60")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--worker-class", default="", help="WORKER_CLASS for gunicorn.conf.py ('' or sync)")
    parser.add_argument("--max-latency", type=float, default=1.0)
    args = parser.parse_args(argv)
    seconds = min(args.seconds, 60)

    env = {"WORKER_CLASS": args.worker_class}
    with LiveServer(workers=args.workers, env=env) as server:
        clients = [SlowClient(server.port) for _ in range(args.clients)]
        stop = threading.Event()

        def trickle():
            while not stop.is_set():
                for c in clients:
                    c.tick()
                stop.wait(1.0)  # one byte a second per client

        trickler = threading.Thread(target=trickle, daemon=True)
        trickler.start()
        time.sleep(2)  # every client has its connection and first bytes in
        latencies = []
        end = time.monotonic() + seconds - 2
        while time.monotonic() < end:
            latencies.append(healthz(server.port, timeout=10))
            time.sleep(0.5)
        stop.set()
        trickler.join()
        reopened = sum(max(0, c.reopened) for c in clients)
        for c in clients:
            c.close()

    done = [x for x in latencies if x != float("inf")]
    late = [x for x in latencies if x > args.max_latency]
    print(f"worker class: {args.worker_class or 'service.server.BufferedWorker'}, "
          f"{args.workers} workers; {args.clients} clients sending a byte a second for {seconds:.0f} s "
          f"({reopened} connections closed by the server and opened again)")
    if done:
        q = statistics.quantiles(done, n=100, method="inclusive") if len(done) > 1 else [done[0]] * 99
        print(f"/healthz: {len(latencies)} requests, {len(latencies) - len(done)} unanswered; "
              f"p50 {statistics.median(done) * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, "
              f"max {max(done) * 1000:.1f} ms; over {args.max_latency} s: {len(late)}")
    else:
        print(f"/healthz: {len(latencies)} requests, none answered")
    return 1 if late or not done else 0


if __name__ == "__main__":
    sys.exit(main())
