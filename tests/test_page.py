"""The page at / through Flask's test client: what the server renders (the
browser's side is tests/test_page_browser.py)."""
import html
import json
import re
from pathlib import Path

import pytest

import claims
from app import create_app
from service import i18n
from service.i18n import Words
from service.readings import in_words, notation

# shared/ is beside the clone (CI) or above the work trees
SEED_FILE = next(base / "shared" / "seed" / "000_d07041461725d712.txt"
                 for base in Path(__file__).resolve().parents if (base / "shared" / "seed").is_dir())
SEED = (
    "Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de "
    "milliers à plusieurs millions de yuans pour attirer les talents qu’il leur faut"
)
HOSTILE = ('<script>window.pwned = 1</script> 3 millions <img src=x onerror="window.pwned=2"> '
           '"><img src=x onerror=alert(1)> 40 % <a href="javascript:alert(3)">12 km</a> '
           "</textarea><script>alert(4)</script> & &amp; 5 €")


def post(client, **form):
    form.setdefault("lang", "auto")
    return client.post("/", data=form)


def marks(page: str):
    """(id, start, end, kind, text) of every highlighted mention, in page order."""
    found = re.findall(r'<mark class="m k-(\w+)" id="(m\d+)" tabindex="0" data-start="(\d+)" '
                       r'data-end="(\d+)"[^>]*>(.*?)</mark>', page, re.S)
    return [(mid, int(s), int(e), kind, html.unescape(t)) for kind, mid, s, e, t in found]


def reply_data(page: str) -> dict:
    [raw] = re.findall(r'<script type="application/json" id="reply-data">(.*?)</script>', page, re.S)
    return json.loads(raw)


def article_text(page: str) -> str:
    """The article's text as a reader sees it: its tags and readings taken out."""
    [body] = re.findall(r'<div class="article" id="article" lang="\w+">(.*?)</div>\n', page, re.S)
    body = re.sub(r'<span class="reading".*?</span></span>', "", body, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


# -- the empty page ------------------------------------------------------------------

def test_empty_page_is_html_under_a_strict_policy(client):
    response = client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe" not in csp
    page = response.get_data(as_text=True)
    assert "<script>" not in page and " style=" not in page  # nothing inline
    assert not re.search(r"<[^>]+\son\w+=", page)  # no event handler attribute
    assert response.headers["X-Request-ID"]  # the API's log line and id, like every route


def test_the_page_speaks_the_browsers_language_and_the_switch_wins(client):
    assert '<html lang="fr">' in client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).get_data(
        as_text=True)
    assert '<html lang="en">' in client.get("/", headers={"Accept-Language": "de, en;q=0.5"}).get_data(
        as_text=True)
    assert '<html lang="en">' in client.get("/?ui=en", headers={"Accept-Language": "fr"}).get_data(
        as_text=True)
    page = post(client, text=SEED, ui="fr").get_data(as_text=True)
    assert '<html lang="fr">' in page and "Affirmations" in page


def test_every_supported_language_is_offered(client, monkeypatch):
    monkeypatch.setattr(claims, "SUPPORTED_LANGUAGES", (*claims.SUPPORTED_LANGUAGES, "es"))
    page = client.get("/?ui=fr").get_data(as_text=True)
    options = re.findall(r'<option value="(\w+)"[^>]*>([^<]*)</option>', page)
    offered = dict(options)
    assert offered["auto"] == "détecter"
    assert offered["fr"] == "français (fr)" and offered["en"] == "anglais (en)"
    assert offered["es"] == "espagnol (es)"  # a language added to the registry appears by itself


def test_every_language_of_the_page_has_every_word():
    keys = {lang: set(table) for lang, table in i18n.MESSAGES.items()}
    assert set(keys) == set(i18n.UI_LANGUAGES)
    assert keys["fr"] == keys["en"]
    # every value the engine can give has its words
    from claims.currency import BASES
    from claims.model import QUALIFIERS
    from claims.statements import REASON_WEIGHTS
    assert {f"basis.{b}" for b in BASES} <= keys["en"]
    assert {f"qualifier.{q}" for q in QUALIFIERS} <= keys["en"]
    assert {f"reason.{r}" for r in REASON_WEIGHTS} <= keys["en"]


# -- the annotated article --------------------------------------------------------------

def test_the_seed_sentence_is_highlighted_and_read(client):
    response = post(client, text=SEED, ui="en")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    [(mid, start, end, kind, text)] = marks(page)
    assert (mid, kind, text) == ("m1", "money", "dizaines de milliers à plusieurs millions de yuans")
    assert SEED[start:end] == text
    assert "[10000, 10000000) CNY, approximate" in page
    assert "between 10,000 and 10 million CNY, approximate" in page
    assert article_text(page) == SEED


def test_the_seed_article_matches_the_api_mention_for_mention(client):
    text = SEED_FILE.read_text()
    api = client.post("/v1/extract", json={"text": text, "date": "2023-02-14", "convert_to": "EUR"}).get_json()
    page = post(client, text=text, date="2023-02-14", convert_to="EUR").get_data(as_text=True)
    assert [(m[0], m[1], m[2], m[3], m[4]) for m in marks(page)] == [
        (m["id"], m["start"], m["end"], m["kind"], m["text"]) for m in api["mentions"]]
    assert article_text(page) == text
    data = reply_data(page)
    assert data["reply"] == api  # the JSON export is the API's reply
    assert set(data["claim_reviews"]) == {c["id"] for c in api["claims"]}
    review = client.get("/v1/claim-review", query_string={"text": text, "date": "2023-02-14",
                                                            "claim": "c2"}).get_json()
    assert data["claim_reviews"]["c2"] == review
    assert page.count('class="claim"') == len(api["claims"])
    assert "1 CNY = 0.1364 EUR, rate of February 14, 2023" in page


def test_a_text_starting_with_a_newline_keeps_it_in_the_form(client):
    page = post(client, text="\n\nplus de 400 personnes").get_data(as_text=True)
    [textarea] = re.findall(r'<textarea id="text"[^>]*>(.*?)</textarea>', page, re.S)
    assert textarea == "\n\n\nplus de 400 personnes"  # HTML drops the first newline after the tag
    assert marks(page)[0][1:3] == (2, 13)


def test_hostile_text_is_escaped_everywhere(client):
    page = post(client, text=HOSTILE, ui="en").get_data(as_text=True)
    assert "<script>window.pwned" not in page and "<img" not in page
    assert 'href="javascript:' not in page and "</textarea><script>" not in page
    assert article_text(page) == HOSTILE
    [textarea] = re.findall(r'<textarea id="text"[^>]*>\n(.*?)</textarea>', page, re.S)
    assert html.unescape(textarea) == HOSTILE
    assert reply_data(page)["reply"]["mentions"]  # figures found among the tags
    # the JSON block cannot be closed by the text
    [block] = re.findall(r'id="reply-data">(.*?)</script>', page, re.S)
    assert "<" not in block


@pytest.mark.parametrize("ui, expected", [
    ("fr", "entre 10\u202f000 et 10 millions de CNY, approximatif"),
    ("en", "between 10,000 and 10 million CNY, approximate"),
])
def test_readings_in_words_follow_the_page_language(ui, expected):
    [m] = [{"id": "m1", **x.to_dict()} for x in claims.extract(SEED, lang="fr")]
    assert in_words(m, Words(ui)) == expected
    assert notation(m, Words("en")) == "[10000, 10000000) CNY, approximate"


@pytest.mark.parametrize("text, lang, fr, en", [
    ("plus de 400 personnes", "fr", "plus de 400, approximatif", "more than 400, approximate"),
    ("moins de 10 élèves", "fr", "moins de 10, approximatif", "less than 10, approximate"),
    ("up to 40% of them", "en", "au plus 40\xa0%, approximatif", "at most 40%, approximate"),
    ("a rise of 2 percentage points", "en", "2 points de pourcentage", "2 percentage points"),
    ("1,2 milliard de dollars", "fr", "1,2 milliard de USD", "1.2 billion USD"),
    ("3,5 %", "fr", "3,5\xa0%", "3.5%"),
    ("au moins 3 km", "fr", "au moins 3 km, approximatif", "at least 3 km, approximate"),
])
def test_readings_in_words(text, lang, fr, en):
    [m] = [{"id": "m1", **x.to_dict()} for x in claims.extract(text, lang=lang)]
    assert (in_words(m, Words("fr")), in_words(m, Words("en"))) == (fr, en)


# -- files ------------------------------------------------------------------------------

def test_a_txt_file_is_read(client):
    response = client.post("/", data={"lang": "fr", "text": "", "file": (
        __import__("io").BytesIO(SEED.encode("utf-8-sig")), "article.txt")})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and len(marks(page)) == 1
    assert article_text(page) == SEED


def test_a_latin1_txt_file_is_read_too(client):
    text = "Le budget atteint 3 millions d'euros, soit 12 % de plus."
    response = client.post("/", data={"lang": "fr", "text": "", "file": (
        __import__("io").BytesIO(text.encode("cp1252")), "article.txt")})
    assert response.status_code == 200 and article_text(response.get_data(as_text=True)) == text


def test_the_article_is_taken_out_of_an_html_page(client):
    page_html = ("<html><head><title>T</title><script>var x = '5 millions';</script></head><body>"
                 "<nav>Accueil · 24 rubriques</nav><article><h1>Titre</h1><p>" + SEED + ".</p>"
                 "<p>Le chiffre d'affaires a progressé de 12 % en 2022, selon l'Insee, pour un "
                 "total de 3 milliards d'euros.</p></article><footer>© 2023</footer></body></html>")
    response = client.post("/", data={"lang": "fr", "text": "", "file": (
        __import__("io").BytesIO(page_html.encode()), "page.html")})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    text = article_text(page)
    assert SEED in text and "12 %" in text
    assert "var x" not in text and "rubriques" not in text  # scripts and navigation left out
    assert [m[4] for m in marks(page)][:1] == ["dizaines de milliers à plusieurs millions de yuans"]


@pytest.mark.parametrize("name, data, message", [
    ("report.pdf", b"%PDF-1.4", "Only .txt and .html files can be read."),
    ("empty.html", b"<html><head><script>var a = 3;</script></head><body></body></html>",
     "No article text was found in this HTML file."),
])
def test_files_the_page_cannot_read_are_said_so(client, name, data, message):
    response = client.post("/?ui=en", data={"text": "", "file": (__import__("io").BytesIO(data), name)})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'role="alert"' in page and message in page


# -- errors: the API's problems, in words -------------------------------------------

def test_a_text_over_the_limit_is_a_readable_413():
    client = create_app({"TESTING": True, "MAX_TEXT_LENGTH": 100}).test_client()
    response = client.post("/?ui=en", data={"text": "x" * 101})
    assert response.status_code == 413 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "The text is 101 characters long; the limit is 100 characters." in page
    assert "Send a shorter text, or split it into parts." in page
    assert "Content-Security-Policy" in response.headers


def test_a_body_over_the_limit_is_a_readable_413(client):
    response = client.post("/?ui=fr", data={"text": "x" * 5000})  # conftest: 4096 bytes
    assert response.status_code == 413 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "larger than the limit of 4096 bytes" in page and "Le texte n’a pas pu être lu" in page


@pytest.mark.parametrize("field, value, status, said", [
    ("lang", "de", 422, "Language &#39;de&#39; is not supported"),
    ("date", "14/02/2023", 422, "Not a valid date."),
    ("convert_to", "XYZ", 422, "is not an ISO 4217 currency code"),
])
def test_bad_fields_are_readable_messages(client, field, value, status, said):
    response = post(client, text=SEED, **{field: value})
    assert response.status_code == status and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert 'role="alert"' in page and said in page and f"<strong>{field}</strong>" in page
    assert SEED in html.unescape(page)  # the text stays in the form


def test_api_routes_keep_their_json_problems(client):
    response = client.put("/")
    assert response.status_code == 405 and response.mimetype == "application/problem+json"
    assert client.get("/nowhere").mimetype == "application/problem+json"
    assert "Content-Security-Policy" not in client.post("/v1/extract", json={"text": ""}).headers


def test_a_fault_is_a_page_not_a_traceback(monkeypatch):
    app = create_app({"PROPAGATE_EXCEPTIONS": False})

    def broken(*args, **kwargs):
        raise RuntimeError("secret text of the article")

    monkeypatch.setattr(claims, "extract", broken)
    response = app.test_client().post("/?ui=en", data={"text": SEED})
    assert response.status_code == 500 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "This is a fault of the service; it has been logged." in page
    assert "Traceback" not in page and "RuntimeError" not in page
    assert page.count("secret") == 0 and html.unescape(page).count(SEED) == 1  # the text stays in the form


def test_the_panel_reads_each_figures_facts_when_the_reply_has_them():
    from service.pages import _claim
    span = lambda text: {"start": 0, "end": len(text), "text": text}  # noqa: E731
    m1, m2 = {"id": "m1", "text": "3 %"}, {"id": "m2", "text": "12 millions"}
    claim = {"id": "c1", "sentence": span("…"), "mention_ids": ["m1", "m2"], "type": "change",
             "subject": span("le chômage"), "attribution": None, "time": None,
             "checkworthiness": {"score": 0.5, "reasons": [
                 {"code": "dated", "weight": 0.1, "detail": "en 2023"},
                 {"code": "a_reason_added_later", "weight": -0.05, "detail": "x"}]}}
    # without facts: every figure gets the claim's own fields
    figures = _claim(claim, {"m1": m1, "m2": m2}, Words("fr"))["figures"]
    assert [(f["mention"]["id"], f["subject"], f["type"]) for f in figures] == [
        ("m1", "le chômage", "variation"), ("m2", "le chômage", "variation")]
    # with facts (one per figure): each its own
    claim["facts"] = [
        {"mention_id": "m1", "subject": span("le chômage"), "attribution": None,
         "time": {**span("en 2023"), "from": "2023-01-01", "to": "2023-12-31", "relative": False},
         "type": "change"},
        {"mention_id": "m2", "subject": span("les chômeurs"),
         "attribution": {**span("selon l'Insee"), "kind": "according_to"}, "time": None, "type": "level"}]
    shown = _claim(claim, {"m1": m1, "m2": m2}, Words("fr"))
    assert [(f["subject"], f["attribution"], f["time"], f["type"]) for f in shown["figures"]] == [
        ("le chômage", None, "en 2023 (2023-01-01 – 2023-12-31)", "variation"),
        ("les chômeurs", "selon l'Insee", None, "niveau")]
    assert [(r["label"], r["weight"]) for r in shown["reasons"]] == [
        ("a une période", "+0.10"), ("a reason added later", "-0.05")]
