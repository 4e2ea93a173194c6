"""The real server, for tests and tools that talk HTTP: gunicorn with the
project's ``gunicorn.conf.py`` on a free loopback port, stopped on exit.

    with LiveServer(workers=2) as server:
        requests.get(server.url + "/healthz")

Its log (one JSON object per line, see ``service/logs.py``) goes to ``server.log_path``;
:meth:`LiveServer.requests` reads the request lines back.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, workers: Optional[int] = 2, env: Optional[Dict[str, str]] = None,
                 log_path: Optional[str] = None, start_timeout: float = 60):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.env = env or {}
        self.log_path = log_path or tempfile.mkstemp(prefix="claims-server-", suffix=".log")[1]
        self.start_timeout = start_timeout
        self.process: Optional[subprocess.Popen] = None

    def __enter__(self) -> "LiveServer":
        env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(self.port), **self.env}
        if self.workers is None:  # gunicorn.conf.py's own choice: one per core
            env.pop("WORKERS", None)
        else:
            env["WORKERS"] = str(self.workers)
        self._log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "app:app"],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as reply:
                    if reply.status == 200:
                        return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"gunicorn did not start; see {self.log_path}")
            time.sleep(0.1)

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # graceful: in-flight requests finish
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()

    @property
    def pid(self) -> int:
        return self.process.pid

    def worker_pids(self) -> List[int]:
        """The master's children, read from /proc (Linux)."""
        children = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        try:
            return [int(p) for p in children.read_text().split()]
        except OSError:
            return []

    def log_lines(self) -> List[dict]:
        out = []
        with open(self.log_path, "rb") as f:
            for raw in f:
                try:
                    out.append(json.loads(raw))
                except ValueError:
                    out.append({"unparsed": raw.decode("utf-8", "replace")})
        return out

    def requests(self) -> List[dict]:
        return [line for line in self.log_lines() if line.get("event") == "request"]


def exchange(port: int, data: bytes, timeout: float = 20) -> bytes:
    """Send ``data`` and nothing more, and read until the server closes. The
    reading starts at once: a server may answer (and close) before it has read
    everything, and an answer left unread while sending would be lost."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        def send():
            try:
                s.sendall(data)
                s.shutdown(socket.SHUT_WR)
            except OSError:  # answered and closed: the rest is not read
                pass
        sender = threading.Thread(target=send)
        sender.start()
        answer = b""
        try:
            while chunk := s.recv(65536):
                answer += chunk
        except OSError:  # reset, or no more within the timeout: what came is the answer
            pass
        sender.join()
    return answer
