"""The desk's page at ``/``: paste an article (or upload a .txt or .html file),
get it back with every figure highlighted and read.

Rendered on the server with Jinja, so it works with JavaScript off: the form
posts the text, the reply is the annotated article. ``static/page.js`` adds the
rest (exports, the share link, sorting and filtering the table). The request is
read by the API's own schema and :func:`service.api.read`, so the same limits
apply; an error is the API's problem, shown in words on the page.

Every reply carries a strict Content-Security-Policy: scripts and styles only
from our own files, nothing inline, no other origin.
"""
import bisect
import functools

from babel import Locale
from flask import Blueprint, current_app, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

import claims
from claims.claim_review import claim_review as build_claim_review
from claims.rates import rate_table
from service import problems
from service.api import EXTRACT_REPLY, EXTRACT_REQUEST, read
from service.i18n import UI_LANGUAGES, Words
from service.openapi import undocumented
from service.readings import reading

page = Blueprint("page", __name__, template_folder="templates")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
KINDS = ("money", "percent", "quantity", "number")
HTML_FILES = (".html", ".htm", ".xhtml")


class FileError(Exception):
    """An uploaded file the page cannot take text from; ``key`` names the message."""

    def __init__(self, key):
        super().__init__(key)
        self.key = key


@page.get("/")
@undocumented
def index():
    words = _words()
    return _render(words, form={})


@page.post("/")
@undocumented
def annotate():
    words = _words()
    form = {}
    try:
        # reading the form may itself be a 413 (the body over MAX_CONTENT_LENGTH)
        form = {k: request.form.get(k, "") for k in ("text", "lang", "date", "convert_to")}
        upload = request.files.get("file")
        if upload is not None and upload.filename:
            form["text"] = _file_text(upload)
        req = EXTRACT_REQUEST.load({
            "text": form["text"].replace("\r\n", "\n"),
            "lang": form["lang"] or None,
            "date": form["date"] or None,
            "convert_to": form["convert_to"] or None,
        })
        form["text"] = req["text"]
        found = read(req)
    except FileError as e:
        error = problems.problem_body(422, words(e.key))
        return _render(words, form, error=error), 422
    except problems.HANDLED as e:
        error = problems.problem_body(**problems.describe(e))
        if error["status"] >= 500:
            current_app.log_exception((type(e), e, e.__traceback__))
        return _render(words, form, error=error), error["status"]
    reply = EXTRACT_REPLY.dump(found.reply)
    reviews = {c.id: build_claim_review(c, found.date, found.lang) for c in found.claims}
    return _render(words, form, result=_result(req["text"], reply, words),
                   data={"reply": reply, "claim_reviews": reviews,
                         "request": {k: form[k] for k in ("lang", "date", "convert_to")}})


@page.errorhandler(InternalServerError)
def _fault(e):
    """A fault of ours while reading a text: the page, saying so (the traceback is in
    the log, as for the API), not a JSON problem in the browser."""
    try:
        form = {k: request.form.get(k, "") for k in ("text", "lang", "date", "convert_to")}
    except HTTPException:
        form = {}
    return _render(_words(), form, error=problems.problem_body(500, e.description)), 500


@page.after_request
def _headers(response):
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Vary"] = "Accept-Language"
    return response


def _words() -> Words:
    """The page's language: ``?ui=`` (the switch), else the browser's Accept-Language."""
    asked = request.args.get("ui")
    if asked is None and request.method == "POST":
        try:
            asked = request.form.get("ui")
        except HTTPException:  # a body over the limit: the view says so, in the browser's language
            asked = None
    if asked not in UI_LANGUAGES:
        asked = request.accept_languages.best_match(UI_LANGUAGES) or "en"
    return Words(asked)


def _file_text(upload) -> str:
    """The text of an uploaded .txt, or the article of an .html page (trafilatura)."""
    name = upload.filename.lower()
    data = upload.read()
    if name.endswith(HTML_FILES):
        import trafilatura  # imported on first upload: 0.2 s the API never pays
        text = trafilatura.extract(data, include_comments=False, include_tables=True,
                                   favor_recall=True)
        if not text:
            raise FileError("file_empty")
        return text
    if not name.endswith(".txt"):
        raise FileError("file_kind")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes  # trafilatura's own dependency
        best = from_bytes(data).best()
        if best is None:
            raise FileError("file_encoding") from None
        return str(best)


@functools.lru_cache(maxsize=16)
def _choices(ui: str, supported: tuple) -> tuple:
    """The form's languages (every one the engine supports: a language added to the
    registry is offered with no change here) and currencies, named in the page's language."""
    display = Locale(ui)
    return ([(code, display.languages.get(code, code)) for code in supported],
            [(code, display.currencies.get(code, code)) for code in rate_table().currencies()])


def _render(words, form, error=None, result=None, data=None):
    ui = words.lang
    languages, currencies = _choices(ui, tuple(claims.SUPPORTED_LANGUAGES))
    if error is not None:
        error = {**error, "hint": words(f"hint_{error['status']}") if f"hint_{error['status']}"
                 in words.table else ""}
    return render_template(
        "page.html", w=words, ui=ui, other_ui=[u for u in UI_LANGUAGES if u != ui],
        form=form, languages=languages, currencies=currencies, kinds=KINDS,
        error=error, result=result, data=data,
        state="result" if result else "error" if error else "empty",
    )


def _result(text: str, reply: dict, words: Words) -> dict:
    mentions = reply["mentions"]
    by_id = {m["id"]: m for m in mentions}
    readings = {m["id"]: reading(m, words) for m in mentions}
    claims_ = reply.get("claims", [])
    article, wrapped = _article(text, mentions, claims_)
    return {
        "lang": reply["lang"],
        "lang_name": Locale(words.lang).languages.get(reply["lang"], reply["lang"]),
        "article": article,
        "wrapped": wrapped,
        "mentions": mentions,
        "readings": readings,
        "claims": [_claim(c, by_id, words) for c in claims_],
        "units": sorted({m["currency"] or m["unit"] or "" for m in mentions} - {""}),
        "kinds": [k for k in KINDS if any(m["kind"] == k for m in mentions)],
    }


def _article(text, mentions, claims_):
    """The text cut into pieces: ``("text", str)``, ``("mention", m)``, and
    ``("sentence", claim_id, pieces)`` around each claim's sentence that no mention
    straddles (the panel's links land there); and the ids of those claims. Mentions are in text order and do not
    overlap (the engine's promise), so one pass over them does it."""
    starts = [m["start"] for m in mentions]

    def cuts_a_mention(at):
        k = bisect.bisect_left(starts, at) - 1
        return k >= 0 and mentions[k]["end"] > at

    sentences, last_end = [], 0
    for c in sorted(claims_, key=lambda c: c["sentence"]["start"]):
        start, end = c["sentence"]["start"], c["sentence"]["end"]
        if start >= last_end and not cuts_a_mention(start) and not cuts_a_mention(end):
            sentences.append((start, end, c["id"]))
            last_end = end

    k = 0  # the next mention to place

    def pieces(start, end):
        nonlocal k
        out, at = [], start
        while k < len(mentions) and mentions[k]["end"] <= end:
            m = mentions[k]
            if m["start"] > at:
                out.append(("text", text[at:m["start"]]))
            out.append(("mention", m))
            at = m["end"]
            k += 1
        if at < end:
            out.append(("text", text[at:end]))
        return out

    out, at = [], 0
    for start, end, cid in sentences:
        out.extend(pieces(at, start))
        out.append(("sentence", cid, pieces(start, end)))
        at = end
    out.extend(pieces(at, len(text)))
    return out, {cid for _, _, cid in sentences}


def _claim(c, by_id, words):
    """A claim for the panel: per figure its facts (``facts`` when the reply has them,
    else the claim's own fields), its type, its check-worthiness and reasons."""
    facts = c.get("facts") or [
        {"mention_id": mid, "subject": c.get("subject"), "attribution": c.get("attribution"),
         "time": c.get("time"), "type": c.get("type")} for mid in c["mention_ids"]]
    figures = []
    for f in facts:
        m = by_id.get(f.get("mention_id"))
        time = f.get("time")
        figures.append({
            "mention": m,
            "subject": (f.get("subject") or {}).get("text"),
            "attribution": (f.get("attribution") or {}).get("text"),
            "time": time and f"{time['text']} ({time['from']} – {time['to']})",
            "type": words("type." + f["type"]) if f.get("type") else None,
        })
    cw = c.get("checkworthiness") or {"score": None, "reasons": []}
    return {
        "id": c["id"],
        "sentence": c["sentence"]["text"],
        "first": c["mention_ids"][0] if c["mention_ids"] else None,
        "type": words("type." + c["type"]) if c.get("type") else None,
        "score": cw["score"],
        "reasons": [{"label": words("reason." + r["code"]), "weight": f"{r['weight']:+.2f}",
                     "detail": r.get("detail"), "code": r["code"]} for r in cw["reasons"]],
        "figures": figures,
    }
