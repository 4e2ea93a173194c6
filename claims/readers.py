"""Documents out of files: text, folders of them, JSONL, CSV, WARC and WET archives.

Every reader yields documents as dicts ``{"id", "text", "lang", "date"}`` in a fixed
order (a folder is walked in sorted order), so that a run read twice sees the same
documents in the same order: ``claims extract --resume`` skips the ones already
written by counting them. A document that cannot even be taken out of its file (a
JSONL line that is not JSON, text that is not UTF-8) is yielded with an ``error``
and no text, so that it is recorded in the errors file and the run goes on.
"""
from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from functools import partial
from typing import IO, Any, Dict, Iterator, List, Optional, Sequence

from .batch import DocumentProblem, document_text
from .lang import SUPPORTED_LANGUAGES

FORMATS = ("auto", "text", "jsonl", "csv", "warc")

_BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".warc": "warc",
              ".wet": "warc", ".arc": "warc"}


@dataclass(frozen=True)
class Fields:
    """Which field of a JSONL object or CSV row holds what (``--text-field`` …)."""

    text: str = "text"
    id: str = "id"
    lang: str = "lang"
    date: str = "date"


def format_of(path: str) -> str:
    """The format a file's name says: ``a.jsonl`` jsonl, ``b.warc.gz`` warc…; else text."""
    name = path.lower().removesuffix(".gz")  # warcio reads gzipped WARC/WET records
    return _BY_SUFFIX.get(os.path.splitext(name)[1], "text")


def files_of(inputs: Sequence[str]) -> List[str]:
    """The files to read, in order: each file as given, each folder's files (hidden ones
    left out) walked in sorted order."""
    out: List[str] = []
    for path in inputs:
        if path != "-" and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(os.path.join(root, f) for f in files if not f.startswith("."))
            # sorted as paths ("a/b/y" before "a/z"), whatever order the file system lists
            out.extend(sorted(found, key=lambda p: p.split(os.sep)))
        else:
            out.append(path)
    return out


def read_documents(inputs: Sequence[str], fmt: str = "auto", fields: Fields = Fields(),
                   stdin: Optional[IO[bytes]] = None,
                   lazy: bool = False) -> Iterator[Dict[str, Any]]:
    """Every document of ``inputs`` (``-`` or nothing: standard input) in order. With
    ``lazy``, JSONL lines are left unparsed: the document's ``parse`` gives it (in the worker processes,
    not in the one that reads the files)."""
    import sys
    for path in files_of(inputs or ["-"]):
        kind = fmt if fmt != "auto" else ("text" if path == "-" else format_of(path))
        if path == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read(stream, "-", kind, fields, lazy)
        else:
            with open(path, "rb") as f:
                yield from _read(f, path, kind, fields, lazy)


def _read(stream: IO[bytes], name: str, kind: str, fields: Fields,
          lazy: bool = False) -> Iterator[Dict[str, Any]]:
    if kind == "text":
        yield _decoded({"id": name}, stream.read())
    elif kind == "jsonl":
        yield from _jsonl(stream, name, fields, lazy)
    elif kind == "csv":
        yield from _csv(stream, name, fields)
    elif kind == "warc":
        yield from _warc(stream, name)
    else:
        raise ValueError(f"unknown format {kind!r}; one of {', '.join(FORMATS)}")


def _decoded(doc: Dict[str, Any], raw: bytes) -> Dict[str, Any]:
    """``doc`` with its text, or with the reason it is not UTF-8."""
    try:
        doc["text"] = document_text(raw, max_chars=float("inf"))  # the length is checked later
    except DocumentProblem as e:
        doc["error"] = e.detail
    return doc


def _record(obj: Dict[str, Any], default_id: str, fields: Fields) -> Dict[str, Any]:
    doc_id = obj.get(fields.id)
    doc: Dict[str, Any] = {"id": default_id if doc_id in (None, "") else str(doc_id),
                           "text": obj.get(fields.text),
                           "lang": obj.get(fields.lang) or None,
                           "date": obj.get(fields.date) or None}
    if doc["text"] is None:
        doc["error"] = f"no {fields.text!r} field"
    elif not isinstance(doc["text"], str):
        doc["error"] = f"the {fields.text!r} field is not a string"
    return doc


def _jsonl(stream: IO[bytes], name: str, fields: Fields,
           lazy: bool = False) -> Iterator[Dict[str, Any]]:
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        if lazy:  # parsed by whoever reads the document (a worker process): batch.outcome
            yield {"parse": partial(jsonl_line, raw, name, n, fields)}
        else:
            yield jsonl_line(raw, name, n, fields)


def jsonl_line(raw: bytes, name: str, n: int, fields: Fields) -> Dict[str, Any]:
    """The document of line ``n`` of a JSONL file, or its error."""
    where = f"{name}:{n}"
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        return {"id": where, "error": f"line {n} is not UTF-8 (byte {raw[e.start]:#04x} "
                                      f"at column {e.start + 1})"}
    except ValueError as e:
        return {"id": where, "error": f"line {n} is not JSON: {e}"}
    if not isinstance(obj, dict):
        return {"id": where, "error": f"line {n} is not a JSON object"}
    return _record(obj, where, fields)


def _csv(stream: IO[bytes], name: str, fields: Fields) -> Iterator[Dict[str, Any]]:
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        reader = csv.DictReader(text)
        if reader.fieldnames is None:
            return
        if fields.text not in reader.fieldnames:
            yield {"id": name, "error": f"the CSV has no {fields.text!r} column "
                                        f"(its columns: {', '.join(reader.fieldnames)})"}
            return
        for n, row in enumerate(reader, 2):  # line 1 is the header
            yield _record(row, f"{name}:{n}", fields)
    except UnicodeDecodeError as e:
        yield {"id": name, "error": f"the CSV is not UTF-8 from byte {e.start} of a block on"}
    finally:
        text.detach()


#: ISO 639-3 codes (WET's WARC-Identified-Content-Language) of the supported languages.
_ISO639_3 = {"fra": "fr", "eng": "en", "spa": "es", "deu": "de", "ita": "it", "por": "pt"}


def _warc(stream: IO[bytes], name: str) -> Iterator[Dict[str, Any]]:
    """Text records of a WARC or WET file: WET ``conversion`` records (the extracted text
    Common Crawl publishes) and ``response``/``resource`` records of a text/plain
    payload. Other records (requests, metadata, HTML pages) hold no text to read and
    are passed over: run claims on the WET file of a crawl, not on its HTML."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # pragma: no cover - depends on the install
        raise SystemExit("reading WARC/WET files needs the warc extra: "
                         "pip install 'claims[warc]'") from None
    for record in ArchiveIterator(stream):
        headers = record.rec_headers
        kind = record.rec_type
        if kind == "conversion":
            pass
        elif kind in ("response", "resource"):
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
                     else headers.get_header("Content-Type")) or ""
            if not ctype.lower().startswith("text/plain"):
                continue
        else:
            continue
        doc_id = headers.get_header("WARC-Target-URI") or headers.get_header("WARC-Record-ID")
        date = headers.get_header("WARC-Date")
        langs = (headers.get_header("WARC-Identified-Content-Language") or "").split(",")
        lang = _ISO639_3.get(langs[0].strip())
        doc = {"id": doc_id, "date": date[:10] if date else None,
               "lang": lang if lang in SUPPORTED_LANGUAGES else None}
        yield _decoded(doc, record.content_stream().read())
