"""``claims`` on the command line: ``extract``, ``rates update``, ``serve``.

    claims extract articles/ -o mentions.jsonl --jobs 4 --resume
    claims extract --flat --csv -o mentions.csv archive.jsonl --text-field body
    claims rates update
    claims serve

``extract`` writes one JSON line per document (its ``id`` and the fields
``POST /v1/extract`` answers) or, with ``--flat``, one row per mention. The output
is in input order and the same bytes whatever ``--jobs`` or ``--engine``. With
``-o FILE``, a checkpoint beside it (``FILE.checkpoint``) is written after the
output is on disk (``fsync``); ``--resume`` truncates the output to the last
checkpoint and goes on from the next document, so a run stopped anywhere, even by
``kill -9``, ends with every document exactly once. A document that fails is a
line of the errors file (``FILE.errors.jsonl``), and the exit status is 1.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import sys
import time
from collections import deque
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from .batch import Chunk, Options, csv_header, outcomes, ready_to_fork
from .readers import FORMATS, Fields, files_of, read_documents

#: Exit statuses: every document read; some failed (see the errors file); bad usage.
OK, SOME_FAILED, USAGE = 0, 1, 2

#: Seconds between checkpoints: each costs two fsyncs, cheap at this pace.
CHECKPOINT_EVERY = 2.0


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS
        return os.cpu_count() or 1


# -- the command line -------------------------------------------------------------------

def parser() -> argparse.ArgumentParser:
    from . import __version__
    p = argparse.ArgumentParser(prog="claims", description=(
        "The numeric claims of news text: each figure read as an interval, with who says it "
        "and when."))
    p.add_argument("--version", action="version", version=f"claims {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    e = sub.add_parser("extract", help="read documents, write their mentions and claims",
                       description="Read documents and write, per document, its id and the "
                       "reply of POST /v1/extract (lang, mentions, claims) as one JSON line; "
                       "or with --flat one row per mention.")
    e.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="text files, folders of them, .jsonl, .csv, .warc(.gz) / .wet(.gz) "
                        "files; '-' or nothing: standard input")
    e.add_argument("--format", choices=FORMATS, default="auto",
                   help="how to read the inputs (auto: by file name; standard input: text)")
    e.add_argument("--text-field", default="text", help="JSONL/CSV field of the text (text)")
    e.add_argument("--id-field", default="id",
                   help="JSONL/CSV field of the id (id; else FILE:LINE)")
    e.add_argument("--lang-field", default="lang", help="JSONL/CSV field of the language (lang)")
    e.add_argument("--date-field", default="date",
                   help="JSONL/CSV field of the article's date, ISO (date)")
    e.add_argument("--lang", default=None,
                   help="language or locale of documents that do not say (default: detect)")
    e.add_argument("--date", type=datetime.date.fromisoformat, default=None,
                   help="article date of documents that do not say (default: today)")
    e.add_argument("--convert-to", default=None, metavar="CODE",
                   help="convert money mentions to this currency at the article date's rate")
    e.add_argument("--no-claims", action="store_true", help="mentions only, no claims")
    e.add_argument("--flat", action="store_true",
                   help="one row per mention (with the document id) instead of one per document")
    e.add_argument("--csv", action="store_true", help="with --flat: CSV instead of JSON lines")
    e.add_argument("-o", "--output", default=None, metavar="FILE",
                   help="write here (default: standard output)")
    e.add_argument("--errors", default=None, metavar="FILE",
                   help="the errors file (default: OUTPUT.errors.jsonl, or "
                        "claims-errors.jsonl with standard output)")
    e.add_argument("--resume", action="store_true",
                   help="go on with an interrupted run of the same command (needs -o)")
    e.add_argument("-j", "--jobs", type=int, default=usable_cores(),
                   help=f"processes (default: every usable core, here {usable_cores()})")
    e.add_argument("--engine", choices=("local", "dask", "spark"), default="local",
                   help="local processes (default), Dask or Spark (local[JOBS] unless "
                        "--spark-master)")
    e.add_argument("--spark-master", default=None,
                   help="Spark master URL for --engine spark (default local[JOBS])")
    e.add_argument("--checkpoint-every", type=float, default=CHECKPOINT_EVERY, metavar="SECONDS",
                   help=f"with -o: seconds between checkpoints (default {CHECKPOINT_EVERY:g})")
    e.add_argument("--max-chars", type=int, default=1_000_000,
                   help="longer documents fail (default 1000000, the service's limit)")
    e.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar and summary on standard error (default: when it is a "
                        "terminal)")
    e.set_defaults(func=cmd_extract)

    r = sub.add_parser("rates", help="the ECB exchange rates the conversions use")
    rsub = r.add_subparsers(dest="rates_command", required=True, metavar="ACTION")
    ru = rsub.add_parser("update", help="fetch the ECB's historical rates file into the data folder")
    ru.add_argument("--url", default=None, help="where to fetch it (default: the ECB's "
                    "eurofxref-hist.zip; also CLAIMS_ECB_URL)")
    ru.add_argument("--data-dir", default=None,
                    help="the data folder (default: CLAIMS_DATA_DIR, else ~/.local/share/claims)")
    ru.set_defaults(func=cmd_rates_update)
    rs = rsub.add_parser("show", help="the rates file in use and the last date it holds")
    rs.set_defaults(func=cmd_rates_show)

    s = sub.add_parser("serve", help="start the HTTP service (gunicorn, the project's config)",
                       description="Start the API with gunicorn and the project's gunicorn "
                       "config (PORT, HOST, WORKERS… from the environment); arguments after "
                       "-- go to gunicorn.")
    s.add_argument("gunicorn_args", nargs=argparse.REMAINDER)
    s.set_defaults(func=cmd_serve)
    return p


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `claims extract … | head`: the reader has had enough
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return OK


# -- extract --------------------------------------------------------------------------------

def cmd_extract(args: argparse.Namespace) -> int:
    if args.resume and not args.output:
        return _usage("--resume needs -o FILE: standard output cannot be resumed")
    if args.csv and not args.flat:
        return _usage("--csv needs --flat: a document's mentions and claims do not fit a CSV row")
    if args.jobs < 1:
        return _usage("--jobs must be at least 1")
    for path in args.inputs:
        if path != "-" and not os.path.exists(path):
            return _usage(f"no such file or folder: {path}")
    if args.lang is not None:
        from .lang import parse_locale
        from .model import Unsupported
        try:
            parse_locale(args.lang)
        except Unsupported as e:
            return _usage(e.detail)
    fmt = ("flat-csv" if args.csv else "flat-json") if args.flat else "json"
    options = Options(lang=args.lang, date=args.date, convert_to=args.convert_to,
                      claims=not args.no_claims, max_chars=args.max_chars)
    if options.convert_to:
        from .rates import rate_table
        from .model import Unsupported
        try:
            rate_table().check_target(options.convert_to)
        except Unsupported as e:
            return _usage(e.detail)
    fields = Fields(args.text_field, args.id_field, args.lang_field, args.date_field)
    errors_path = args.errors or (args.output + ".errors.jsonl" if args.output
                                  else "claims-errors.jsonl")
    fingerprint = _fingerprint(args, fmt)
    sink = Sink(args.output, errors_path, fingerprint, header=csv_header() if args.csv else "",
                every=args.checkpoint_every)
    if args.resume:
        state = sink.resume()
        if state is None:
            return _usage(f"{sink.checkpoint_path} was made by a run with other arguments; "
                          "run the same command to resume, or leave out --resume to start over")
    else:
        sink.start()
    if sink.complete:
        _say(args, f"claims: {args.output} is already complete ({sink.documents} documents)")
        return SOME_FAILED if sink.failed else OK

    # the local engine's workers parse JSONL lines themselves: the reading process
    # only splits lines, so that it keeps up with every core
    docs = read_documents(args.inputs, args.format, fields, lazy=args.engine == "local")
    skip = sink.documents
    if skip:
        docs = _skip(docs, skip)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    progress = Progress(show, total=_input_bytes(args.inputs), done=sink.documents)
    try:
        for chunk in run(docs, options, fmt, args.engine, args.jobs, args.spark_master):
            sink.write(chunk)
            progress.update(chunk)
            sink.maybe_checkpoint()
    except KeyboardInterrupt:
        # no new checkpoint: the interrupt may have come between two writes of a chunk;
        # the last checkpoint is whole, and --resume goes on from it
        progress.close()
        print(f"claims: interrupted after {sink.documents} documents" +
              ("; run the same command with --resume to go on" if args.output else ""),
              file=sys.stderr)
        return 130
    sink.finish()
    progress.close(summary=f"{sink.documents} documents ({sink.failed} failed), "
                           f"{progress.chars:,} characters, {progress.mentions:,} mentions")
    if sink.failed:
        print(f"claims: {sink.failed} of {sink.documents} documents failed; "
              f"see {errors_path}", file=sys.stderr)
        return SOME_FAILED
    return OK


def _usage(message: str) -> int:
    print(f"claims: error: {message}", file=sys.stderr)
    return USAGE


def _say(args, message: str) -> None:
    if args.progress or (args.progress is None and sys.stderr.isatty()):
        print(message, file=sys.stderr)


def _skip(docs: Iterator[Dict[str, Any]], n: int) -> Iterator[Dict[str, Any]]:
    for i, d in enumerate(docs):
        if i >= n:
            yield d


def _input_bytes(inputs: Sequence[str]) -> Optional[int]:
    """Bytes of every input file (the progress bar's total), None when one is a stream."""
    total = 0
    for path in files_of(inputs or ["-"]):
        if path == "-":
            return None
        total += os.path.getsize(path)
    return total


def _fingerprint(args: argparse.Namespace, fmt: str) -> str:
    """What decides the output's bytes: a resumed run must have the same."""
    keys = ("inputs", "format", "text_field", "id_field", "lang_field", "date_field", "lang",
            "date", "convert_to", "no_claims", "max_chars")
    d = {k: getattr(args, k) for k in keys}
    d["date"] = str(d["date"]) if d["date"] else None
    d["fmt"] = fmt
    d["inputs"] = [os.path.abspath(p) if p != "-" else p for p in args.inputs]
    return hashlib.sha256(json.dumps(d, sort_keys=True).encode()).hexdigest()[:16]


# -- running: in order, in chunks ------------------------------------------------------------

#: documents per task of the local pool
POOL_CHUNK = 256


def chunks(docs: Iterable[Dict[str, Any]], size: int) -> Iterator[List[Dict[str, Any]]]:
    chunk: List[Dict[str, Any]] = []
    for d in docs:
        chunk.append(d)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(docs: Iterable[Dict[str, Any]], options: Options, fmt: str, engine: str = "local",
        jobs: int = 1, spark_master: Optional[str] = None) -> Iterator[Chunk]:
    """Every document read and formatted, in input order, a chunk at a time."""
    if engine == "dask":
        from .on_dask import outcomes_dask
        yield from outcomes_dask(chunks(docs, 2000 * jobs), options, fmt, jobs)
    elif engine == "spark":
        from .on_spark import outcomes_spark
        yield from outcomes_spark(chunks(docs, 5000 * jobs), options, fmt, jobs, spark_master)
    elif jobs == 1:
        for chunk in chunks(docs, 64):
            yield outcomes(chunk, options, fmt)
    else:
        # 256 documents a task: with 64 the pool's own threads in this process (a wake-up
        # per task) took 0.7 s of CPU over 20,000 paragraphs, a core the workers need;
        # with 256, 0.3 s (bench/archive.py)
        yield from _pool(chunks(docs, POOL_CHUNK), options, fmt, jobs)


def _pool(chunked: Iterator[List[Dict[str, Any]]], options: Options, fmt: str,
          jobs: int) -> Iterator[Chunk]:
    """Chunks read by ``jobs`` worker processes, answered in order; at most a few chunks
    per worker are in flight, so an archive of any size is never read into memory."""
    ready = ready_to_fork(chunked, options)
    if ready is None:
        return
    ctx, chunked = ready
    with ctx.Pool(jobs, initializer=_worker_init, initargs=(options, fmt)) as pool:
        pending: deque = deque()
        for chunk in chunked:
            pending.append(pool.apply_async(_worker, (chunk,)))
            if len(pending) >= 4 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


_WORKER: Dict[str, Any] = {}


def _worker_init(options: Options, fmt: str) -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER.update(options=options, fmt=fmt)


def _worker(chunk: List[Dict[str, Any]]) -> Chunk:
    return outcomes(chunk, _WORKER["options"], _WORKER["fmt"])


# -- output that can be resumed -----------------------------------------------------------------

class Sink:
    """The output and errors files and their checkpoint.

    The checkpoint (``OUTPUT.checkpoint``, JSON) says how many documents are done and
    how many bytes of the output and of the errors file hold them. It is replaced
    atomically (write, fsync, rename) only after both files are fsynced, so it never
    counts bytes that are not on disk; on resume both files are cut back to it and the
    documents after it are read again. Without ``-o`` there is no checkpoint.
    """

    def __init__(self, output: Optional[str], errors: str, fingerprint: str, header: str = "",
                 every: float = CHECKPOINT_EVERY):
        self.every = every
        self.output, self.errors_path = output, errors
        self.checkpoint_path = output + ".checkpoint" if output else None
        self.fingerprint, self.header = fingerprint, header
        self.documents = self.failed = 0
        self.complete = False
        self._out = self._err = None
        self._last = time.monotonic()

    # opening
    def start(self) -> None:
        if self.output:
            self._out = open(self.output, "wb")
        else:
            self._out = sys.stdout.buffer
        if self.checkpoint_path and os.path.exists(self.checkpoint_path):
            os.remove(self.checkpoint_path)
        if os.path.exists(self.errors_path):
            os.remove(self.errors_path)
        if self.header:
            self._out.write(self.header.encode())
        self.checkpoint()

    def resume(self) -> Optional[Dict[str, Any]]:
        try:
            with open(self.checkpoint_path, encoding="utf-8") as f:
                state = json.load(f)
        except FileNotFoundError:  # never started, or stopped before its first checkpoint
            self.start()
            return {}
        if state.get("fingerprint") != self.fingerprint:
            return None
        for path, size in ((self.output, state["output_bytes"]),
                           (self.errors_path, state["errors_bytes"])):
            have = os.path.getsize(path) if os.path.exists(path) else 0
            if have < size:
                print(f"claims: error: {path} is shorter ({have} bytes) than its checkpoint "
                      f"says ({size}); it cannot be resumed", file=sys.stderr)
                raise SystemExit(USAGE)
        self.documents, self.failed = state["documents"], state["failed"]
        self.complete = state.get("complete", False)
        if self.complete:
            return state
        self._out = open(self.output, "r+b" if os.path.exists(self.output) else "w+b")
        self._out.truncate(state["output_bytes"])
        self._out.seek(state["output_bytes"])
        if state["errors_bytes"] or os.path.exists(self.errors_path):
            self._err = open(self.errors_path, "r+b" if os.path.exists(self.errors_path)
                             else "w+b")
            self._err.truncate(state["errors_bytes"])
            self._err.seek(state["errors_bytes"])
        return state

    # writing
    def write(self, c: Chunk) -> None:
        if c.errors:
            if self._err is None:
                self._err = open(self.errors_path, "wb")
            self._err.write(c.errors.encode())
        if c.output:
            self._out.write(c.output.encode())
        self.documents += c.documents
        self.failed += c.failed

    def maybe_checkpoint(self) -> None:
        if self.checkpoint_path and time.monotonic() - self._last >= self.every:
            self.checkpoint()

    def checkpoint(self, complete: bool = False) -> None:
        for f in (self._out, self._err):
            if f is not None:
                f.flush()
        if not self.checkpoint_path:
            return
        for f in (self._out, self._err):
            if f is not None:
                os.fsync(f.fileno())
        state = {"fingerprint": self.fingerprint, "documents": self.documents,
                 "failed": self.failed, "output_bytes": self._out.tell(),
                 "errors_bytes": self._err.tell() if self._err else 0, "complete": complete}
        tmp = self.checkpoint_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(state, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.checkpoint_path)
        _fsync_dir(os.path.dirname(os.path.abspath(self.checkpoint_path)))
        self._last = time.monotonic()

    def finish(self) -> None:
        self.checkpoint(complete=True)
        if self._out is not None and self.output:
            self._out.close()
        if self._err is not None:
            self._err.close()


def _fsync_dir(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


# -- progress ---------------------------------------------------------------------------------

class Progress:
    """tqdm on standard error when it is a terminal: documents, characters, mentions, the
    rate and the time left (from the bytes of the inputs); then one summary line."""

    def __init__(self, show: bool, total: Optional[int], done: int = 0):
        self.show = show
        self.docs = done
        self.chars = self.mentions = 0
        self.start = time.monotonic()
        self.bar = None
        if show:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1000,
                            file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                            desc="claims", mininterval=0.25)
            self._shown = time.monotonic()

    def update(self, c: Chunk) -> None:
        self.docs += c.documents
        self.chars += c.chars
        self.mentions += c.mentions
        if self.bar is not None:
            self.bar.update(c.chars)  # characters, close enough to bytes for time left
            now = time.monotonic()
            if now - self._shown > 0.5:
                self._postfix(now)

    def _postfix(self, now: float) -> None:
        rate = self.docs / max(now - self.start, 1e-9)
        self.bar.set_postfix_str(f"{self.docs:,} docs, {self.mentions:,} mentions, "
                                 f"{rate:,.0f} docs/s", refresh=False)
        self._shown = now

    def close(self, summary: Optional[str] = None) -> None:
        if self.bar is not None:
            self._postfix(time.monotonic())  # the last state, even of a run under 0.5 s
            self.bar.close()
            if summary:
                took = time.monotonic() - self.start
                print(f"claims: {summary} in {took:.1f} s", file=sys.stderr)


# -- rates ------------------------------------------------------------------------------------------

def cmd_rates_update(args: argparse.Namespace) -> int:
    from .rates_update import RatesUpdateError, update
    try:
        path, last = update(url=args.url, folder=args.data_dir)
    except RatesUpdateError as e:
        print(f"claims: error: {e}", file=sys.stderr)
        return SOME_FAILED
    print(f"ECB rates up to {last.isoformat()} saved to {path}")
    return OK


def cmd_rates_show(args: argparse.Namespace) -> int:
    from .rates import rate_table
    t = rate_table()
    print(f"{t.path}: ECB rates from {t.first_date} to {t.last_date}")
    return OK


# -- serve --------------------------------------------------------------------------------------------

def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve
    return serve([a for a in args.gunicorn_args if a != "--"])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
