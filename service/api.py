"""The JSON API: each view loads a request schema, calls the engine and dumps a
reply schema; its errors leave through ``service.problems``. ``@documented``
puts a view in ``/openapi.json``.
"""
import datetime
import json
import sys
from collections.abc import Sequence
from typing import NamedTuple, Optional

from flask import Blueprint, current_app, g, request, stream_with_context
from werkzeug.exceptions import NotFound, RequestEntityTooLarge

import claims
from claims.claim_review import claim_review as build_claim_review
from service.openapi import documented, openapi_document
from service import problems
from service.base import TooCostly
from service.schemas import (BatchReplySchema, BatchRequestSchema, ClaimReviewQuerySchema,
                             CurrenciesQuerySchema, CurrenciesReplySchema, ExtractReplySchema,
                             ExtractRequestSchema, HealthSchema, InvalidDocument, RateQuerySchema,
                             RateSchema)

api = Blueprint("api", __name__)

# Schemas are built once: building one copies its fields, which costs more than
# dumping a reply. Instances hold no per-request state, so sharing them is safe.
EXTRACT_REQUEST = ExtractRequestSchema()
EXTRACT_REPLY = ExtractReplySchema()
HEALTH = HealthSchema()
CLAIM_REVIEW_QUERY = ClaimReviewQuerySchema()
CURRENCIES_QUERY = CurrenciesQuerySchema()
CURRENCIES_REPLY = CurrenciesReplySchema()
RATE_QUERY = RateQuerySchema()
RATE = RateSchema()
BATCH_REQUEST = BatchRequestSchema()
BATCH_REPLY = BatchReplySchema()


@api.post("/v1/extract")
@documented(body=ExtractRequestSchema, reply=ExtractReplySchema)
def extract():
    """The numeric claims of a text, each as an interval."""
    # get_json() raises 415 for a non-JSON content type, 400 for broken JSON
    # and 413 past MAX_CONTENT_LENGTH; load() raises 422 with field messages,
    # 413 past MAX_TEXT_LENGTH.
    return streamed(EXTRACT_REPLY, read(EXTRACT_REQUEST.load(request.get_json())).reply)


#: Items of a reply's list dumped and encoded at a time by :func:`streamed`.
STREAM_CHUNK = 1000


def streamed(schema, reply: dict):
    """``reply`` dumped by ``schema`` as the JSON response Flask would make, byte for
    byte, but encoded as it is sent: each list (mentions, claims) a chunk of
    ``STREAM_CHUNK`` items at a time, so that the dumped dicts and the encoded text
    of a large reply (50,000 mentions) never sit in memory whole beside its objects.
    The encoding runs after the view, outside the CPU limit: MAX_FIGURES bounds it.
    """
    provider = current_app.json
    compact = provider.compact if provider.compact is not None else not current_app.debug
    if not compact:  # indented (debug): not worth streaming
        return provider.response(schema.dump(reply))
    options = dict(default=provider.default, ensure_ascii=provider.ensure_ascii,
                   sort_keys=provider.sort_keys, separators=(",", ":"))
    lists = {k: v for k, v in reply.items() if isinstance(v, (list, Converted))}
    head = schema.dump({k: v for k, v in reply.items() if k not in lists})

    def pieces():
        first = True
        # in schema order, as Flask would dump them (or sorted, if so configured)
        keys = [k for k in schema.dump_fields if k in head or k in lists]
        keys = sorted(keys) if provider.sort_keys else keys
        for key in keys:
            yield ("{" if first else ",") + json.dumps(key, **options) + ":"
            first = False
            if key not in lists:
                yield json.dumps(head[key], **options)
                continue
            items, item_schema = lists[key], schema.fields[key].schema
            yield "["
            for start in range(0, len(items), STREAM_CHUNK):
                part = (items.take(start, start + STREAM_CHUNK) if isinstance(items, Converted)
                        else items[start:start + STREAM_CHUNK])
                chunk = json.dumps(item_schema.dump(part), **options)
                del part
                yield ("," if start else "") + chunk[1:-1]
            yield "]"
        yield ("{" if first else "") + "}\n"

    return current_app.response_class(stream_with_context(pieces()), mimetype=provider.mimetype)


class Reading(NamedTuple):
    """What :func:`read` found: the reply (before dumping), the claims as objects
    (None when not asked for), the resolved language and the article's date."""

    reply: dict
    claims: Optional[list]
    lang: str
    date: datetime.date


def read(req: dict) -> Reading:
    """Read a loaded ``ExtractRequestSchema`` request: the API's view and the page's."""
    lang, confidence = claims.resolve_detected(req["text"], req["lang"])
    # The engine gets the caller's own tag, not the resolved code: a locale
    # such as fr-CA also tells it which dollar a bare "$" is.
    date = req["date"] or datetime.date.today()
    mentions = claims.extract(req["text"], lang=_engine_lang(req["lang"], lang),
                              convert_to=req["convert_to"], date=date,
                              max_figures=current_app.config["MAX_FIGURES"])
    if req.get("kinds"):  # the reply as if the text held only mentions of these kinds
        mentions = [m for m in mentions if m.kind in req["kinds"]]
    reply = {"lang": lang, "mentions": Converted(mentions, _mention_dict,
                                                 claims.mention_ids(mentions))}
    if confidence is not None:
        reply["lang_confidence"] = confidence
    if req["convert_to"]:
        reply.update(convert_to=req["convert_to"], date=date)
    found = None
    if req["claims"]:
        found = claims.find_claims(req["text"], mentions, lang, date)
        reply["claims"] = Converted(found, claims.Claim.to_dict)
    g.log_fields.update(lang=lang, chars=len(req["text"]), mentions=len(mentions))
    return Reading(reply, found, lang, date)


class TooManyDocuments(RequestEntityTooLarge):
    """413: more documents in one batch than ``BATCH_MAX_DOCUMENTS``."""

    def __init__(self, count: int, limit: int):
        super().__init__(f"The batch holds {count} documents; the limit is {limit} documents "
                         "per request.")
        self.limit = limit


@api.post("/v1/extract/batch")
@documented(body=BatchRequestSchema, reply=BatchReplySchema,
            problems={"413": "The body is over BATCH_MAX_CONTENT_LENGTH bytes, the batch over "
                             "BATCH_MAX_DOCUMENTS documents, or reading it took over "
                             "CPU_LIMIT seconds (limit says which). A text over "
                             "MAX_TEXT_LENGTH is that document's problem, not the request's."})
def extract_batch():
    """The numeric claims of many texts: one result per document, in order; a bad
    document gets its problem, the others are read."""
    # the batch has its own body limit (a batch is larger than one text)
    request.max_content_length = current_app.config["BATCH_MAX_CONTENT_LENGTH"]
    req = BATCH_REQUEST.load(request.get_json())
    limit = current_app.config["BATCH_MAX_DOCUMENTS"]
    if len(req["documents"]) > limit:
        raise TooManyDocuments(len(req["documents"]), limit)
    if req["convert_to"]:  # a target no rate reaches fails every document alike: 422
        from claims.rates import rate_table
        rate_table().check_target(req["convert_to"])
    results, chars, found = [], 0, 0
    for doc in req["documents"]:
        if isinstance(doc, InvalidDocument):
            results.append({"id": doc.id, "problem": _problem_of(doc.error)})
            continue
        try:
            reply = read({**doc, "convert_to": req["convert_to"], "claims": req["claims"],
                          "kinds": req["kinds"]}).reply
        except TooCostly:
            raise  # the request's CPU limit: the whole batch is answered 413
        except problems.HANDLED as e:
            results.append({"id": doc["id"], "problem": _problem_of(e)})
            continue
        except Exception:  # noqa: BLE001 - a bug on one document: a 500 for it alone, logged
            current_app.log_exception(sys.exc_info())
            results.append({"id": doc["id"], "problem": problems.problem_body(
                500, "Reading this document failed; the error is in the server log.")})
            continue
        chars += len(doc["text"])
        found += len(reply["mentions"])
        results.append({"id": doc["id"], **reply})
    g.log_fields.update(documents=len(results), chars=chars, mentions=found,
                        failed=sum("problem" in r for r in results))
    g.log_fields.pop("lang", None)  # each document has its own
    return BATCH_REPLY.dump({"results": results})


def _problem_of(error) -> dict:
    return problems.problem_body(**problems.describe(error))


@api.get("/v1/currencies")
@documented(reply=CurrenciesReplySchema, query=CurrenciesQuerySchema)
def currencies():
    """Every currency the engine reads: code, names in each language, symbols."""
    query = CURRENCIES_QUERY.load(request.args)
    return CURRENCIES_REPLY.dump(
        {"currencies": claims.list_currency_info(active_only=query["active"])})


@api.get("/v1/rates")
@documented(reply=RateSchema, query=RateQuerySchema)
def rates():
    """The rate of one currency in another on a day, with its date, source and note."""
    query = RATE_QUERY.load(request.args)
    return RATE.dump(claims.get_rate(query["base"], query["target"], query["date"]))


@api.route("/v1/claim-review", methods=["GET", "POST"])
@documented(query=ClaimReviewQuerySchema, body=ClaimReviewQuerySchema, reply_type="application/ld+json",
            problems={"404": "The text has no claim of that id (detail lists its claims)."})
def claim_review():
    """One claim of a text as schema.org ClaimReview JSON-LD."""
    # GET takes the query string (a permalink a CMS can store: nothing is kept here,
    # the claim is computed again, deterministically); POST the same fields as JSON,
    # for texts too long for a URL.
    args = request.args.to_dict() if request.method == "GET" else request.get_json()
    req = CLAIM_REVIEW_QUERY.load(args)
    lang, _ = claims.resolve_detected(req["text"], req["lang"])
    date = req["date"] or datetime.date.today()
    mentions = claims.extract(req["text"], lang=_engine_lang(req["lang"], lang),
                              max_figures=current_app.config["MAX_FIGURES"])
    found = {c.id: c for c in claims.find_claims(req["text"], mentions, lang, date)}
    claim = found.get(req["claim"])
    if claim is None:
        have = ", ".join(found) or "none"
        raise NotFound(f"The text has no claim {req['claim']!r}; its claims: {have}.")
    response = current_app.json.response(build_claim_review(claim, date, lang, req["url"]))
    response.mimetype = "application/ld+json"
    return response


def _engine_lang(asked, resolved):
    """The caller's own tag when it names a language (a locale such as fr-CA also tells
    which dollar a bare "$" is), else the language already detected: the text is not
    read twice to detect it."""
    return asked if asked and asked.lower() != "auto" else resolved


def _mention_dict(m, mid):
    """A mention as MentionSchema reads it, with its id ("m1"…)."""
    return {"id": mid, **{f: getattr(m, f) for f in m.FIELDS}}


class Converted(Sequence):
    """``items`` (with ``extra``, a list beside them: the mention ids), each made a dict by
    ``convert`` only when it is read: a reply of 50,000 mentions and claims never holds
    all their dicts at once (:func:`streamed` dumps them 1,000 at a time); read whole
    (the page, the batch), it is the list it stands for."""

    __slots__ = ("items", "convert", "extra")

    def __init__(self, items, convert, extra=None):
        self.items, self.convert, self.extra = list(items), convert, extra

    def take(self, start: int, stop: int) -> list:
        """``self[start:stop]``, letting go of those items: :func:`streamed` reads each
        once, so the objects of a reply are freed as its text is made."""
        out = self[start:stop]
        self.items[start:stop] = [None] * len(out)
        return out

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self.items)))]
        if self.extra is None:
            return self.convert(self.items[i])
        return self.convert(self.items[i], self.extra[i])

    def __eq__(self, other):
        return list(self) == list(other) if isinstance(other, (list, Sequence)) else NotImplemented


@api.get("/healthz")
@documented(reply=HealthSchema)
def healthz():
    """200 once the app and the engine are loaded."""
    return HEALTH.dump({"status": "ok"})


@api.get("/openapi.json")
@documented()
def openapi():
    """This API's OpenAPI document, generated from its routes and schemas."""
    return openapi_document(current_app)
