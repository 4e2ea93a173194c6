"""What the command-line and engine tests share: running `claims` as a user would, and a
sample of the benchmark corpus."""
import json
import os
import pathlib
import re
import socket
import subprocess
import sys
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]

SEED = ("Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de milliers "
        "à plusieurs millions de yuans pour attirer les talents qu’il leur faut")


def env(**extra):
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [e.get("PYTHONPATH")])])
    e.update(extra)
    return e


def claims_cmd(*args):
    return [sys.executable, "-m", "claims", *map(str, args)]


def run_claims(*args, cwd=None, input=None, check=None, **env_extra):
    """Run `python -m claims ARGS`; ``check`` is the exit status expected, if given."""
    p = subprocess.run(claims_cmd(*args), cwd=cwd, input=input, capture_output=True,
                       env=env(**env_extra), timeout=600)
    if check is not None:
        assert p.returncode == check, (p.returncode, p.stderr.decode()[-3000:])
    return p


def corpus_dir():
    """shared/bench/corpus: ../shared from the repository root (CI), or the nearest
    ancestor's shared/ (a worktree under /work/wt)."""
    for base in (ROOT, *ROOT.parents):
        d = base / "shared" / "bench" / "corpus"
        if d.is_dir():
            return d
    raise AssertionError(f"shared/bench/corpus not found above {ROOT}")


#: file -> language, as in shared/bench/README.md
CORPUS_FILES = {
    "news-like-fr.txt": "fr", "news-like-en.txt": "en", "verne-tour-du-monde-fr.txt": "fr",
    "smith-wealth-of-nations-en.txt": "en", "bastiat-oeuvres-t4-fr.txt": "fr",
    "verne-around-the-world-en.txt": "en", "verne-terre-lune-fr.txt": "fr",
}


def corpus_documents(per_file, start=0):
    """Every file's paragraphs ``start`` to ``start + per_file`` as documents; one in
    three leaves its language to detection."""
    docs = []
    for name, lang in CORPUS_FILES.items():
        text = (corpus_dir() / name).read_text(encoding="utf-8")
        paras = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
        for i, p in enumerate(paras[start:start + per_file], start):
            docs.append({"id": f"{name}#{i}", "text": p, "lang": None if i % 3 == 0 else lang,
                         "date": "2024-05-01"})
    return docs


def write_jsonl(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_and_check_health(cmd, cwd, environ):
    """Start ``cmd`` (a ``claims serve`` on HOST/PORT of ``environ``), wait for its
    /healthz, stop it; returns the health reply and the server's first log line."""
    port = environ["PORT"]
    proc = subprocess.Popen(cmd, cwd=cwd, env=environ, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        deadline, health = time.monotonic() + 60, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    health = json.load(r)
                break
            except OSError:
                time.sleep(0.2)
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    lines = out.decode().splitlines()
    return health, (lines[0] if lines else "")
