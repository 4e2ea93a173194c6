"""The HTTP API: replies, error format, and what goes over the wire."""
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims
from app import create_app

SEED = (
    "Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de "
    "milliers à plusieurs millions de yuans pour attirer les talents qu’il leur faut"
)
MENTION_FIELDS = {
    "id", "start", "end", "text", "kind", "low", "high", "low_inclusive", "high_inclusive",
    "approximate", "currency", "unit", "qualifier",
    # added by issue 3; the reply only ever gains fields
    "currency_basis", "currency_alternatives", "converted",
}


def extract(client, **body):
    return client.post("/v1/extract", json=body)


def engine_mentions(text, lang):
    """What the reply's mentions must be: the engine's, each with its id."""
    found = claims.extract(text, lang=lang)
    return [{"id": i, **m.to_dict()} for i, m in zip(claims.mention_ids(found), found)]


def assert_problem(response, status):
    """An RFC 9457 reply with ``status``; returns its body."""
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.get_json(force=True)
    assert body["type"] == "about:blank"
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert set(body) <= {"type", "title", "status", "detail", "errors", "supported", "limit",
                         "detected"}
    return body


# -- replies ----------------------------------------------------------------

def test_seed_sentence_is_one_money_mention(client):
    response = extract(client, text=SEED, lang="fr")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["lang"] == "fr"
    [mention] = body["mentions"]
    assert set(mention) == MENTION_FIELDS
    assert mention["text"] == "dizaines de milliers à plusieurs millions de yuans"
    assert SEED[mention["start"]:mention["end"]] == mention["text"]
    assert mention["kind"] == "money"
    assert mention["low"] == "10000"
    assert mention["high"] == "10000000"
    assert mention["low_inclusive"] is True
    assert mention["high_inclusive"] is False
    assert mention["approximate"] is True
    assert mention["currency"] == "CNY"
    assert mention["unit"] is None
    assert mention["currency_basis"] == "name"  # "yuans" names the currency outright
    assert mention["currency_alternatives"] == []
    assert mention["converted"] is None  # no convert_to asked


def test_reply_carries_exactly_what_the_engine_found(client):
    text = "Le chiffre d'affaires a atteint 3,5 millions d'euros, en hausse de 12 %."
    body = extract(client, text=text, lang="fr").get_json()
    assert body["mentions"] == engine_mentions(text, "fr")
    assert body["mentions"]  # the sentence does state figures


@pytest.mark.parametrize("text", ["Il fait beau aujourd'hui.", ""])
def test_nothing_found_is_an_empty_list(client, text):
    response = extract(client, text=text, lang="fr")
    assert response.status_code == 200
    assert response.get_json() == {"lang": "fr", "mentions": [], "claims": []}


@pytest.mark.parametrize("text, expected", [
    (SEED, "fr"),
    ("The company said it would cut 400 jobs and save more than $5 million a year.", "en"),
])
@pytest.mark.parametrize("lang", [{}, {"lang": None}, {"lang": "auto"}])
def test_language_is_detected_when_not_given(client, text, expected, lang):
    body = extract(client, text=text, **lang).get_json()
    assert body["lang"] == expected
    explicit = extract(client, text=text, lang=expected).get_json()
    assert body["mentions"] == explicit["mentions"]


@pytest.mark.parametrize("text, lang, expected, currency", [
    ("Il a payé 20 $.", "fr-CA", "fr", "CAD"),
    ("He paid $20.", "en_AU", "en", "AUD"),
])
def test_a_locale_resolves_to_its_language_and_reaches_the_engine(
        client, text, lang, expected, currency):
    body = extract(client, text=text, lang=lang).get_json()
    assert body["lang"] == expected
    # The reply names the language, but the engine was given the locale: its dollar.
    [mention] = body["mentions"]
    assert mention["currency"] == currency


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == {"status": "ok"}


# -- errors -----------------------------------------------------------------

def test_broken_json_is_400(client):
    response = client.post("/v1/extract", data='{"text": ', content_type="application/json")
    problem = assert_problem(response, 400)
    assert problem["detail"].startswith("The request body is not valid JSON")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_body_that_is_not_json_is_415(client, content_type):
    response = client.post("/v1/extract", data='{"text": "3 %"}', content_type=content_type)
    assert_problem(response, 415)


@pytest.mark.parametrize("body, errors", [
    ({}, {"text": ["Missing data for required field."]}),
    ({"lang": "fr"}, {"text": ["Missing data for required field."]}),
    ({"text": None}, {"text": ["Field may not be null."]}),
    ({"text": 42, "lang": 7}, {"text": ["Not a valid string."], "lang": ["Not a valid string."]}),
    ({"text": "3 %", "language": "fr"}, {"language": ["Unknown field."]}),
])
def test_wrong_or_missing_fields_are_422_with_field_messages(client, body, errors):
    problem = assert_problem(client.post("/v1/extract", json=body), 422)
    assert problem["errors"] == errors


@pytest.mark.parametrize("body", [["3 %"], "3 %", None])
def test_body_that_is_not_an_object_is_422(client, body):
    response = client.post("/v1/extract", data=json.dumps(body),
                           content_type="application/json")
    problem = assert_problem(response, 422)
    assert problem["errors"] == {"_schema": ["Invalid input type."]}


def test_body_over_the_limit_is_413_and_states_the_limit(client):
    response = extract(client, text="12 % " * 1000)  # over the fixture's 4096 bytes
    problem = assert_problem(response, 413)
    assert "4096 bytes" in problem["detail"]
    assert problem["limit"] == 4096


def test_text_over_the_limit_is_413_and_states_the_limit():
    client = create_app({"MAX_TEXT_LENGTH": 100}).test_client()
    assert extract(client, text="é" * 100).status_code == 200
    problem = assert_problem(extract(client, text="é" * 101), 413)
    assert problem["detail"] == "The text is 101 characters long; the limit is 100 characters."
    assert problem["limit"] == 100


@pytest.mark.parametrize("key, default, env", [
    ("MAX_CONTENT_LENGTH", 8 * 1024 * 1024, "2048"),
    ("MAX_TEXT_LENGTH", 1_000_000, "2048"),
    ("CPU_LIMIT", 20, "5"),
    ("LOG_TEXT", False, "true"),
])
def test_limits_have_defaults_and_come_from_the_environment(monkeypatch, key, default, env):
    assert create_app().config[key] == default
    monkeypatch.setenv(f"FLASK_{key}", env)
    assert create_app().config[key] == json.loads(env)
    assert create_app({key: 512}).config[key] == 512


@pytest.mark.parametrize("lang", ["de", "zz-ZZ", "klingon"])
def test_unsupported_language_is_422_naming_the_supported_ones(client, lang):
    problem = assert_problem(extract(client, text="Es kostet 3 Euro.", lang=lang), 422)
    assert problem["supported"] == list(claims.SUPPORTED_LANGUAGES)
    assert set(problem["errors"]) == {"lang"}
    for code in claims.SUPPORTED_LANGUAGES:
        assert code in problem["detail"]


def test_unknown_route_is_404(client):
    assert_problem(client.get("/v1/nope"), 404)


def test_wrong_method_is_405_and_says_which_are_allowed(client):
    response = client.get("/v1/extract")
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_engine_failure_is_500_without_internals(monkeypatch):
    def broken(text, lang=None):
        raise RuntimeError("secret internal state")

    # TESTING propagates exceptions to the test; a deployed app does not.
    client = create_app({"PROPAGATE_EXCEPTIONS": False}).test_client()
    monkeypatch.setattr(claims, "extract", broken)  # after create_app, which warms the engine up
    response = extract(client, text="3 %", lang="fr")
    assert_problem(response, 500)
    assert b"secret" not in response.data
    assert b"Traceback" not in response.data


# -- properties -------------------------------------------------------------

# Fragments that build number-like text, plus an astral character (two UTF-16
# units, one code point) and non-breaking spaces to catch offset slips.
FRAGMENTS = st.sampled_from([
    "3", "12,5", "1 234", "2.4", "millions", "milliers", "dizaines", "de", "à", "et",
    "entre", "plus de", "environ", "about", "between", "and", "to", "%", "€", "$",
    "dollars", "yuans", "euros", "km", " ", "\u00a0", "\u202f", "🙂", "é",
])


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # client is stateless
@given(parts=st.lists(FRAGMENTS | st.text(max_size=3), max_size=12),
       lang=st.sampled_from(claims.SUPPORTED_LANGUAGES))
def test_any_text_gets_the_engine_mentions_with_offsets_intact(client, parts, lang):
    text = " ".join(parts)
    response = extract(client, text=text, lang=lang)
    assert response.status_code == 200
    mentions = response.get_json()["mentions"]
    assert mentions == engine_mentions(text, lang)
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"]
        if m["low"] is not None and m["high"] is not None:
            assert Decimal(m["low"]) <= Decimal(m["high"])


# -- the streamed reply ------------------------------------------------------------

def test_the_streamed_reply_is_byte_for_byte_the_reply_flask_would_make(monkeypatch):
    # chunks of 2 mentions so that a reply of several chunks is compared
    import service.api
    from app import create_app
    from service.api import EXTRACT_REPLY, EXTRACT_REQUEST, read
    monkeypatch.setattr(service.api, "STREAM_CHUNK", 2)
    app = create_app()
    text = "Le PDG touchera 12 millions d'euros, soit 3 % de plus, 5 fois, pour 7 ans et 40 000 $."
    for body in ({"text": text, "lang": "fr"}, {"text": text, "lang": "fr", "claims": False},
                 {"text": text, "lang": "fr", "convert_to": "USD", "date": "2024-01-02"},
                 {"text": "Rien.", "lang": "fr"}):
        streamed = app.test_client().post("/v1/extract", json=body, buffered=False)
        assert streamed.status_code == 200 and streamed.is_streamed
        with app.test_request_context(json=body):
            from flask import g
            g.log_fields = {}
            whole = app.json.response(EXTRACT_REPLY.dump(read(EXTRACT_REQUEST.load(body)).reply))
        assert streamed.get_data() == whole.get_data()
        assert len(streamed.get_json()["mentions"]) == len(whole.get_json()["mentions"])
        streamed.close()
    assert len(app.test_client().post("/v1/extract", json={"text": text, "lang": "fr"})
               .get_json()["mentions"]) >= 5
