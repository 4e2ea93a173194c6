"""GET /openapi.json: generated from the registered routes and the marshmallow
schemas, so that what is published is what runs."""
import pytest
from flask import jsonify
from marshmallow import Schema, fields

from service import schemas
from app import create_app
from service.openapi import documented


@pytest.fixture
def document(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    return response.get_json()


def test_every_route_is_in_the_document(app, document):
    paths = document["paths"]
    for rule in app.url_map.iter_rules():
        # the static files and the page at / (marked @undocumented) are not the API
        if rule.endpoint != "static" and not rule.endpoint.startswith("page."):
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                assert method.lower() in paths[rule.rule]


def test_extract_is_described_by_its_schemas(document):
    op = document["paths"]["/v1/extract"]["post"]
    components = document["components"]["schemas"]
    assert op["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/ExtractRequest")
    request = components["ExtractRequest"]
    assert request["required"] == ["text"] and request["additionalProperties"] is False
    assert request["properties"]["lang"]["pattern"] == schemas.LANG_PATTERN
    assert set(op["responses"]) == {"200", "400", "413", "415", "422"}
    for status in ("400", "413", "415", "422"):
        assert "application/problem+json" in op["responses"][status]["content"]
    mention = components["Mention"]
    assert set(mention["required"]) == set(schemas.MentionSchema().fields)
    assert mention["properties"]["low"]["type"] == "string"  # decimal strings, never floats
    assert mention["properties"]["low"]["nullable"] is True


def test_a_field_added_to_a_schema_is_published(monkeypatch):
    monkeypatch.setitem(schemas.ExtractRequestSchema._declared_fields, "convert_to", fields.String())
    document = create_app().test_client().get("/openapi.json").get_json()
    assert "convert_to" in document["components"]["schemas"]["ExtractRequest"]["properties"]


def test_a_new_route_is_published_marked_or_not():
    app = create_app()

    class ExampleSchema(Schema):
        currency = fields.String(required=True)

    @app.get("/v1/examples/<int:year>")
    @documented(reply=ExampleSchema)
    def examples(year):
        """Examples of a year."""
        return ExampleSchema().dump({"currency": "EUR"})

    @app.post("/v1/unmarked")
    def unmarked():
        return jsonify({})

    paths = app.test_client().get("/openapi.json").get_json()["paths"]
    examples = paths["/v1/examples/{year}"]["get"]
    assert examples["summary"] == "Examples of a year."
    assert examples["parameters"] == [{"name": "year", "in": "path", "required": True,
                                       "schema": {"type": "integer"}}]
    assert examples["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/Example")
    # an unmarked view: its problems are documented, its reply left open
    plain = paths["/v1/unmarked"]["post"]
    assert "content" not in plain["responses"]["200"] and "422" in plain["responses"]


def test_the_page_is_not_in_the_document(document):
    assert "/" not in document["paths"] and "/static/{filename}" not in document["paths"]
