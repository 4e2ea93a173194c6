"""Many documents at once: one function every way of running claims goes through.

A *document* is a record ``{"id", "text", "lang", "date"}`` (only ``text`` is
required). :func:`read_document` gives one document's reply, the same fields as
``POST /v1/extract`` answers (``lang``, ``mentions``, ``claims``), or raises
:class:`DocumentProblem` saying why it cannot (an RFC 9457 status and detail).
:func:`extract_batch` reads a batch (an Arrow table or record batch, or a list
of records) and returns its mentions as an Arrow table of :data:`MENTION_SCHEMA`,
one row per mention, in document order then text order: the table the command
line writes with ``--flat``, and what the Dask and Spark adapters
(``claims.on_dask``, ``claims.on_spark``) return, each a few lines over it.

Amounts stay exact: ``low`` and ``high`` are decimal strings, as in the API (an
Arrow decimal would cap their digits). pyarrow is needed only for the Arrow
functions (the ``dask`` and ``spark`` extras install it).
"""
from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence

from . import extract, find_claims, mention_ids, resolve_detected
from .model import ClaimsError, Unsupported

#: Characters one document may hold: the service's limit (``MAX_TEXT_LENGTH``).
MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Options:
    """How to read every document of a run; a document's own ``lang`` / ``date`` win."""

    lang: Optional[str] = None          # None or "auto": detect; "fr", "en-AU"…
    date: Optional[datetime.date] = None  # default article date (None: today)
    convert_to: Optional[str] = None
    claims: bool = True
    max_chars: int = MAX_CHARS


class DocumentProblem(ClaimsError):
    """One document cannot be read; ``status`` and ``detail`` are its RFC 9457 fields."""

    def __init__(self, status: int, detail: str, **extra: Any):
        super().__init__(detail)
        self.status, self.detail, self.extra = status, detail, extra


_TITLES = {413: "Content Too Large", 422: "Unprocessable Content",
           500: "Internal Server Error"}


def problem_of(exc: BaseException) -> Dict[str, Any]:
    """The RFC 9457 fields for a document that raised ``exc``; a bug says nothing of its
    message (it may quote the text), only that it is one."""
    if isinstance(exc, DocumentProblem):
        status, detail, extra = exc.status, exc.detail, exc.extra
    elif isinstance(exc, Unsupported):
        status, detail = 422, exc.detail
        extra = {"errors": {exc.field: [str(exc)]}, "supported": list(exc.supported),
                 **exc.problem_extra}
    else:
        status, detail, extra = 500, f"reading this document failed ({type(exc).__name__})", {}
    return {"type": "about:blank", "title": _TITLES.get(status, "Error"), "status": status,
            "detail": detail, **extra}


def document_text(value: Any, max_chars: int = MAX_CHARS) -> str:
    """The text of a document as read from a file or a record: ``str``, or bytes that must
    be UTF-8; at most ``max_chars`` characters."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError as e:
            raise DocumentProblem(
                422, f"the text is not UTF-8: byte {e.object[e.start]:#04x} at offset "
                     f"{e.start} cannot be decoded") from None
    if not isinstance(value, str):
        raise DocumentProblem(422, "the document has no text" if value is None
                              else f"the text is a {type(value).__name__}, not a string")
    if len(value) > max_chars:
        raise DocumentProblem(413, f"the text is {len(value)} characters long; the limit is "
                                   f"{max_chars} characters", limit=max_chars)
    return value


def document_date(value: Any, default: Optional[datetime.date] = None) -> datetime.date:
    """An ISO date (``"2023-02-14"``, or a full timestamp, whose day is kept), a date, or
    None for ``default`` (itself None: today)."""
    if value is None or value == "":
        return default or datetime.date.today()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise DocumentProblem(422, f"the date {str(value)[:40]!r} is not an ISO date (2023-02-14)",
                          errors={"date": ["Not a valid date."]})


def read_document(doc: Mapping[str, Any], options: Options = Options()) -> Dict[str, Any]:
    """The reply of ``POST /v1/extract`` for one document: ``{"lang", "mentions", "claims"}``
    (``claims`` only when ``options.claims``), JSON-ready (decimal strings, ISO dates).

    Raises :class:`DocumentProblem` or :class:`claims.Unsupported` for a document that
    cannot be read (:func:`problem_of` turns either into RFC 9457 fields)."""
    text = document_text(doc.get("text"), options.max_chars)
    asked = doc.get("lang") or options.lang
    if asked is not None and not isinstance(asked, str):
        raise DocumentProblem(422, "lang must be a string", errors={"lang": ["Not a valid string."]})
    day = document_date(doc.get("date"), options.date)
    lang, confidence = resolve_detected(text, asked)
    # the caller's own tag (a locale such as fr-CA also tells which dollar "$" is),
    # else the language just detected: the text is not read twice to detect it
    engine_lang = asked if asked and asked.lower() != "auto" else lang
    mentions = extract(text, lang=engine_lang, convert_to=options.convert_to, date=day)
    reply: Dict[str, Any] = {"lang": lang}
    if confidence is not None:  # as the API: how sure the detection was
        reply["lang_confidence"] = confidence
    reply["mentions"] = [
        {"id": mid, **m.to_dict()} for mid, m in zip(mention_ids(mentions), mentions)]
    if options.convert_to:
        reply.update(convert_to=options.convert_to, date=day.isoformat())
    if options.claims:
        reply["claims"] = [c.to_dict() for c in find_claims(text, mentions, lang, day)]
    return reply


# -- the flat table: one row per mention ---------------------------------------------------

#: The columns of the mention table, in order, each with its Arrow type name; the
#: claim columns are null when claims are not read (``claims=False``) or the mention is
#: in no claim.
COLUMNS = (
    ("id", "string"),               # the document's id
    ("lang", "string"),             # the language it was read in
    ("mention_id", "string"),       # m1, m2… within the document
    ("start", "int64"), ("end", "int64"),  # code-point offsets into the document's text
    ("text", "string"),
    ("kind", "string"),             # money, percent, number, quantity
    ("low", "string"), ("high", "string"),  # exact decimal strings; null: open side
    ("low_inclusive", "bool"), ("high_inclusive", "bool"), ("approximate", "bool"),
    ("currency", "string"), ("unit", "string"), ("qualifier", "string"),
    ("currency_basis", "string"),
    ("currency_alternatives", "list<string>"),
    ("converted_currency", "string"), ("converted_low", "string"),
    ("converted_high", "string"), ("rate", "string"), ("rate_date", "string"),
    ("claim_id", "string"), ("claim_type", "string"),
    ("subject", "string"),          # what is counted
    ("source", "string"),           # who says it
    ("time_from", "string"), ("time_to", "string"),  # ISO dates, both inclusive
    ("checkworthiness", "double"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)


def mention_rows(doc_id: Any, reply: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """One row per mention of ``reply`` (from :func:`read_document`), with the document's
    id and the claim the mention belongs to."""
    by_mention: Dict[str, Mapping[str, Any]] = {}
    for claim in reply.get("claims") or ():
        for mid in claim["mention_ids"]:
            by_mention[mid] = claim
    rows = []
    doc_id = None if doc_id is None else str(doc_id)
    for m in reply["mentions"]:
        conv = m["converted"] or {}
        claim = by_mention.get(m["id"])
        attribution = claim and claim["attribution"]
        time = claim and claim["time"]
        rows.append({
            "id": doc_id, "lang": reply["lang"], "mention_id": m["id"],
            "start": m["start"], "end": m["end"], "text": m["text"], "kind": m["kind"],
            "low": m["low"], "high": m["high"], "low_inclusive": m["low_inclusive"],
            "high_inclusive": m["high_inclusive"], "approximate": m["approximate"],
            "currency": m["currency"], "unit": m["unit"], "qualifier": m["qualifier"],
            "currency_basis": m["currency_basis"],
            "currency_alternatives": list(m["currency_alternatives"]),
            "converted_currency": conv.get("currency"), "converted_low": conv.get("low"),
            "converted_high": conv.get("high"), "rate": conv.get("rate"),
            "rate_date": conv.get("rate_date"),
            "claim_id": claim["id"] if claim else None,
            "claim_type": claim["type"] if claim else None,
            "subject": claim["subject"]["text"] if claim and claim["subject"] else None,
            "source": attribution["source"]["text"] if attribution else None,
            "time_from": time["from"] if time else None,
            "time_to": time["to"] if time else None,
            "checkworthiness": claim["checkworthiness"]["score"] if claim else None,
        })
    return rows


def mention_schema():
    """:data:`COLUMNS` as a ``pyarrow.Schema`` (the published schema of the mention table)."""
    import pyarrow as pa
    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_(),
             "double": pa.float64(), "list<string>": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[t]) for name, t in COLUMNS])


#: The fields a document record may have; any other is ignored.
DOCUMENT_FIELDS = ("id", "text", "lang", "date")


def records(batch: Any) -> List[Dict[str, Any]]:
    """A batch of documents as a list of dicts: an Arrow table or record batch, a pandas
    DataFrame, or an iterable of mappings."""
    if hasattr(batch, "to_pylist"):  # pyarrow Table / RecordBatch
        return batch.to_pylist()
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # pandas
        return batch.to_dict("records")
    return [dict(r) for r in batch]


def extract_batch(batch: Any, options: Options = Options(), *, errors: str = "skip"):
    """The mentions of every document of ``batch`` as a ``pyarrow.Table`` of
    :func:`mention_schema`, in document order then text order.

    A document that cannot be read gives no rows (``errors="skip"``, the default: a
    distributed job goes on) or raises (``errors="raise"``). Documents without an
    ``id`` are numbered from 0 in the batch.
    """
    import pyarrow as pa
    rows: List[Dict[str, Any]] = []
    for i, doc in enumerate(records(batch)):
        try:
            reply = read_document(doc, options)
        except Exception:
            if errors == "raise":
                raise
            continue
        rows.extend(mention_rows(doc.get("id", i), reply))
    return pa.Table.from_pylist(rows, schema=mention_schema())


# -- what the command line writes ----------------------------------------------------------

def dumps(obj: Any) -> str:
    """Compact JSON, UTF-8 text kept readable: the bytes the API sends for the same value."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Outcome:
    """One document read for output: its formatted lines, or the reason it failed."""

    id: Optional[str]
    output: str            # the text to write (possibly "" : a document with no mention, flat)
    error: Optional[str]   # the errors file's line (JSON) when it failed
    chars: int = 0
    mentions: int = 0


def outcome(doc: Mapping[str, Any], options: Options, fmt: str) -> Outcome:
    """Read ``doc`` and format it as ``fmt``: ``"json"`` (one line per document with ``id``
    and the reply fields), ``"flat-json"`` (one JSON line per mention) or ``"flat-csv"``.
    Never raises: a failure is the outcome's ``error``."""
    if "parse" in doc:  # a JSONL line left for this process to parse (readers' lazy mode)
        doc = doc["parse"]()
    doc_id = doc.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    try:
        if doc.get("error"):  # the reader could not even get the document out (a bad line)
            raise DocumentProblem(422, doc["error"])
        reply = read_document(doc, options)
        if fmt == "json":
            output = dumps({"id": doc_id, **reply}) + "\n"
        else:
            rows = mention_rows(doc_id, reply)
            output = "".join((dumps(r) + "\n") for r in rows) if fmt == "flat-json" \
                else csv_rows(rows)
        return Outcome(doc_id, output, None, len(doc.get("text") or ""), len(reply["mentions"]))
    except Exception as exc:  # noqa: BLE001 - any failure of one document is recorded, not fatal
        p = problem_of(exc)
        reason = p["detail"] if p["status"] != 500 else f"{p['detail']}: {exc}"[:500]
        return Outcome(doc_id, "", dumps({"id": doc_id, "status": p["status"],
                                          "reason": reason}) + "\n")


def csv_header() -> str:
    return csv_rows([dict(zip(COLUMN_NAMES, COLUMN_NAMES))], header=True)


def csv_rows(rows: Sequence[Mapping[str, Any]], header: bool = False) -> str:
    """Rows as CSV (RFC 4180, ``\\r\\n``): null is empty, booleans ``true``/``false``,
    the alternatives separated by spaces."""
    import csv
    import io
    out = io.StringIO()
    w = csv.writer(out)
    for r in rows:
        w.writerow([_csv_cell(r[name], header) for name in COLUMN_NAMES])
    return out.getvalue()


def _csv_cell(v: Any, header: bool) -> Any:
    if header or v is None:
        return "" if v is None else v
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, list):
        return " ".join(v)
    return v


@dataclass
class Chunk:
    """Consecutive documents read for output, joined: what a worker sends back (one string
    of output and one of errors, not an object per document) and the writer writes."""

    output: str = ""
    errors: str = ""
    documents: int = 0
    failed: int = 0
    chars: int = 0
    mentions: int = 0

    @classmethod
    def of(cls, results: Iterable[Outcome]) -> "Chunk":
        out: List[str] = []
        err: List[str] = []
        c = cls()
        for o in results:
            c.documents += 1
            if o.error is not None:
                err.append(o.error)
                c.failed += 1
            else:
                out.append(o.output)
                c.chars += o.chars
                c.mentions += o.mentions
        c.output, c.errors = "".join(out), "".join(err)
        return c

    @classmethod
    def join(cls, chunks: Iterable["Chunk"]) -> "Chunk":
        chunks = list(chunks)
        return cls("".join(c.output for c in chunks), "".join(c.errors for c in chunks),
                   *(sum(getattr(c, f) for c in chunks)
                     for f in ("documents", "failed", "chars", "mentions")))


def outcomes(docs: Iterable[Mapping[str, Any]], options: Options, fmt: str) -> Chunk:
    """:func:`outcome` of each document, joined in order."""
    return Chunk.of(outcome(d, options, fmt) for d in docs)


def ready_to_fork(chunked: Iterator[List[Dict[str, Any]]], options: Options):
    """Before a parent forks the processes that read ``chunked`` (``--jobs``, Dask):
    the tables of the first chunk's languages built, so that every worker starts with
    them (only those: a grammar takes 0.1 to 0.3 s, which no worker shares; a worker that
    meets another language builds it on first use, as one process does), and frozen out
    of the collector's reach, which then never walks (nor copies on write) them.
    Returns the multiprocessing context to fork with and ``chunked`` whole again, or
    None when there is no chunk."""
    import gc
    import itertools
    import multiprocessing as mp
    from . import prepare
    first = next(chunked, None)
    if first is None:
        return None
    prepare(languages_of(first, options) or None)
    gc.freeze()
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    return ctx, itertools.chain([first], chunked)


def languages_of(docs: List[Dict[str, Any]], options: Options) -> tuple:
    """The languages ``docs`` are read in, in order of first use (a document whose
    language cannot be told is left out: its worker reports it). What a pool's parent
    builds before it forks its workers (:func:`ready_to_fork`)."""
    from .lang import SUPPORTED_LANGUAGES
    found: List[str] = []
    for doc in docs:
        if "parse" in doc:  # a JSONL line the worker parses: read here too
            doc = doc["parse"]()
        asked, text = doc.get("lang") or options.lang, doc.get("text")
        if not isinstance(text, str) or not (asked is None or isinstance(asked, str)):
            continue
        try:
            code, _ = resolve_detected(text, asked)
        except Exception:  # noqa: BLE001 - any document the worker will refuse
            continue
        if code in SUPPORTED_LANGUAGES and code not in found:
            found.append(code)
    return tuple(found)
