"""The currency endpoints and the conversion fields of POST /v1/extract (issue 3)."""
import pytest

from test_api import SEED, assert_problem, extract


def test_seed_converted_to_euros_at_the_rate_of_its_date(client):
    response = extract(client, text=SEED, lang="fr", convert_to="EUR", date="2023-02-14")
    assert response.status_code == 200
    body = response.get_json()
    assert body["convert_to"] == "EUR" and body["date"] == "2023-02-14"
    [m] = body["mentions"]
    assert (m["low"], m["high"], m["currency"]) == ("10000", "10000000", "CNY")  # unchanged
    c = m["converted"]
    assert c == {
        "currency": "EUR", "low": "1364", "high": "1363995.96", "rate": "0.136399596257",
        "rate_date": "2023-02-14", "source": c["source"], "note": None,
        "quotes": {"CNY": "7.3314"},
    }
    assert c["source"].startswith("ECB euro foreign exchange reference rates")


def test_a_sunday_names_the_friday_used(client):
    body = extract(client, text=SEED, lang="fr", convert_to="EUR", date="2023-02-12").get_json()
    c = body["mentions"][0]["converted"]
    assert c["rate_date"] == "2023-02-10"
    assert "2023-02-10" in c["note"] and "Friday" in c["note"]


def test_without_convert_to_the_reply_is_as_before(client):
    body = extract(client, text=SEED, lang="fr").get_json()
    assert set(body) == {"lang", "mentions", "claims"}  # no convert_to, no date echoed
    assert body["mentions"][0]["converted"] is None


@pytest.mark.parametrize("fields, field", [
    ({"convert_to": "XYZ"}, "convert_to"),
    ({"convert_to": 978}, "convert_to"),
    ({"convert_to": "EUR", "date": "2023-02-30"}, "date"),
    ({"convert_to": "EUR", "date": "14/02/2023"}, "date"),
])
def test_a_bad_code_or_date_is_422_naming_the_field(client, fields, field):
    problem = assert_problem(extract(client, text=SEED, lang="fr", **fields), 422)
    assert set(problem["errors"]) == {field}


def test_a_code_no_rate_reaches_is_422_with_the_supported_list(client):
    problem = assert_problem(extract(client, text=SEED, lang="fr", convert_to="AED"), 422)
    assert set(problem["errors"]) == {"convert_to"}
    assert "EUR" in problem["supported"] and "XOF" in problem["supported"]
    assert "AED" in problem["detail"]


def test_rates_endpoint(client):
    response = client.get("/v1/rates?from=CNY&to=EUR&date=2023-02-14")
    assert response.status_code == 200
    body = response.get_json()
    assert body["from"] == "CNY" and body["to"] == "EUR" and body["date"] == "2023-02-14"
    assert body["rate"] == "0.136399596257" and body["rate_date"] == "2023-02-14"
    assert body["note"] is None and "ECB" in body["source"]


def test_rates_endpoint_notes_a_missing_rate_without_a_number(client):
    body = client.get("/v1/rates?from=AED&to=EUR&date=2023-02-14").get_json()
    assert body["rate"] is None and "AED" in body["note"]


@pytest.mark.parametrize("query, fields", [
    ("from=CNY", {"to"}),
    ("from=CN&to=EUR", {"from"}),
    ("from=CNY&to=EUR&date=yesterday", {"date"}),
    ("from=CNY&to=AED", {"to"}),
    ("from=CNY&to=EUR&ccy=1", {"ccy"}),
])
def test_rates_endpoint_errors_name_the_field(client, query, fields):
    problem = assert_problem(client.get(f"/v1/rates?{query}"), 422)
    assert set(problem["errors"]) == fields


def test_currencies_endpoint(client):
    body = client.get("/v1/currencies").get_json()
    by_code = {c["code"]: c for c in body["currencies"]}
    assert {"EUR", "CNY", "FRF", "XOF"} <= set(by_code)
    cny = by_code["CNY"]
    assert cny["active"] and cny["convertible"]
    assert cny["names"]["fr"]["other"] == "yuans renminbi chinois"
    assert "yuans" in cny["names"]["fr"]["forms"]
    assert {"symbol": "¥", "read": True, "ambiguous": True} in cny["symbols"]
    assert not by_code["FRF"]["active"] and by_code["FRF"]["convertible"]
    active = client.get("/v1/currencies?active=true").get_json()["currencies"]
    assert all(c["active"] for c in active) and len(active) < len(body["currencies"])
