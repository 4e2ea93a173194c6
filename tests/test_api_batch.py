"""POST /v1/extract/batch: one result per document, in order; a bad document gets its
problem and the others are read."""
import pytest

import claims
from app import create_app

SEED = ("Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de milliers "
        "à plusieurs millions de yuans pour attirer les talents qu’il leur faut")


@pytest.fixture
def app():
    return create_app({"TESTING": True, "MAX_TEXT_LENGTH": 500, "BATCH_MAX_DOCUMENTS": 7,
                       "BATCH_MAX_CONTENT_LENGTH": 20_000})


def batch(client, body, **kw):
    return client.post("/v1/extract/batch", json=body, **kw)


def test_one_good_and_one_bad_document_are_both_answered_in_order(client):
    r = batch(client, {"documents": [{"id": "a", "text": SEED, "lang": "fr"},
                                     {"id": "b", "text": "10 Euro", "lang": "de"}]})
    assert r.status_code == 200 and r.mimetype == "application/json"
    good, bad = r.get_json()["results"]
    single = client.post("/v1/extract", json={"text": SEED, "lang": "fr"}).get_json()
    assert good == {"id": "a", **single}
    assert good["mentions"][0]["text"] == "dizaines de milliers à plusieurs millions de yuans"
    assert bad == {"id": "b", "problem": {
        "type": "about:blank", "title": "Unprocessable Entity", "status": 422,
        "detail": "Language 'de' is not supported; use one of "
                  f"{', '.join(claims.SUPPORTED_LANGUAGES)}, or 'auto'.",
        "errors": {"lang": [f"unsupported language 'de'; supported: "
                            f"{', '.join(claims.SUPPORTED_LANGUAGES)}"]},
        "supported": list(claims.SUPPORTED_LANGUAGES)}}


def test_each_document_fails_alone_for_its_own_reason(client):
    r = batch(client, {"documents": [
        {"id": "no-text"},
        {"id": "unknown", "text": "12 km", "colour": "red"},
        {"id": "long", "text": "x" * 501},
        {"id": "date", "text": "12 km", "date": "yesterday"},
        {"text": "It cost $5.", "date": "2024-02-01"},
        "not an object",
        None,
    ]})
    assert r.status_code == 200
    results = r.get_json()["results"]
    assert [x["id"] for x in results] == ["no-text", "unknown", "long", "date", None, None, None]
    no_text, unknown, long_, date, ok, string, null = results
    for p in (string["problem"], null["problem"]):
        assert p["status"] == 422 and p["errors"] == {"_schema": ["A document must be a JSON object."]}
    assert no_text["problem"]["status"] == 422 and "text" in no_text["problem"]["errors"]
    assert unknown["problem"]["errors"] == {"colour": ["Unknown field."]}
    assert (long_["problem"]["status"], long_["problem"]["limit"]) == (413, 500)
    assert "501 characters" in long_["problem"]["detail"]
    assert "date" in date["problem"]["errors"]
    assert ok["lang"] == "en" and ok["mentions"][0]["text"] == "$5"


def test_options_apply_to_every_document(client):
    r = batch(client, {"documents": [{"text": "Il a coûté 10 euros.", "date": "2023-02-14"}],
                       "convert_to": "USD", "claims": False})
    (res,) = r.get_json()["results"]
    assert "claims" not in res and res["convert_to"] == "USD" and res["date"] == "2023-02-14"
    assert res["mentions"][0]["converted"]["rate_date"] == "2023-02-14"


def test_a_bug_on_one_document_is_its_500_alone(client, monkeypatch):
    real = claims.extract

    def flaky(text, *a, **kw):
        if "boom" in text:
            raise RuntimeError("boom")
        return real(text, *a, **kw)

    monkeypatch.setattr(claims, "extract", flaky)
    r = batch(client, {"documents": [{"id": "1", "text": "boom 12"}, {"id": "2", "text": "12 km"}]})
    bad, good = r.get_json()["results"]
    assert bad["problem"]["status"] == 500 and "boom" not in bad["problem"]["detail"]
    assert good["mentions"][0]["text"] == "12 km"


@pytest.mark.parametrize("body, status, what", [
    ({"documents": [{"text": "1"}] * 8}, 413, "8 documents; the limit is 7"),
    ({"documents": []}, 422, "documents"),
    ({"documents": "12 km"}, 422, "documents"),
    ({}, 422, "documents"),
    ({"documents": [{"text": "1"}], "extra": 1}, 422, "extra"),
    ({"documents": [{"text": "1"}], "convert_to": "XTS"}, 422, "convert_to"),
])
def test_the_request_itself_can_fail(client, body, status, what):
    r = batch(client, body)
    assert r.status_code == status and r.mimetype == "application/problem+json"
    p = r.get_json()
    assert what in p["detail"] or what in p.get("errors", {})
    if status == 413:
        assert p["limit"] == 7


def test_the_body_limit_is_the_batch_one(client):
    docs = [{"text": "y" * 450} for _ in range(5)]  # 2.3 kB: under the batch's 20 kB
    assert batch(client, {"documents": docs}).status_code == 200
    r = client.post("/v1/extract/batch", data=b'{"documents": [{"text": "' + b"z" * 30_000 +
                    b'"}]}', content_type="application/json")
    assert r.status_code == 413 and r.get_json()["limit"] == 20_000
    assert "20000 bytes" in r.get_json()["detail"]


def test_in_the_openapi_document(client):
    doc = client.get("/openapi.json").get_json()
    op = doc["paths"]["/v1/extract/batch"]["post"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body["$ref"].endswith("/BatchRequest")
    schemas = doc["components"]["schemas"]
    # any item is taken (a bad one is answered in its result); what a good one is, is said
    items = schemas["BatchRequest"]["properties"]["documents"]["items"]
    assert '"text": string (required)' in items["description"]
    assert set(schemas["BatchResult"]["properties"]) >= {"id", "lang", "mentions", "claims",
                                                         "problem"}
    assert "413" in op["responses"] and "200" in op["responses"]
