"""The HTTP face of claims: the reply's claims, the option, the date, ClaimReview."""
import pytest

from tests.test_api import SEED, assert_problem, extract

TEXT = ("Selon l'Insee, le chômage a reculé de 0,3 point l'an dernier. "
        "“Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de milliers "
        "à plusieurs millions de yuans”, souligne le South China Morning Post.")


def test_claims_come_beside_mentions_and_point_to_them(client):
    body = extract(client, text=TEXT, lang="fr", date="2024-06-15").get_json()
    ids = [m["id"] for m in body["mentions"]]
    assert ids == [f"m{i}" for i in range(1, len(ids) + 1)]
    first, second = body["claims"]
    assert [c["id"] for c in body["claims"]] == ["c1", "c2"]
    assert set(first) == {"id", "sentence", "mention_ids", "subject", "attribution", "time",
                          "type", "facts", "checkworthiness"}
    [fact] = first["facts"]
    assert fact["mention_id"] == first["mention_ids"][0]
    assert {k: fact[k] for k in ("subject", "attribution", "time", "type")} == {
        k: first[k] for k in ("subject", "attribution", "time", "type")}
    assert first["subject"]["text"] == "chômage"
    assert first["attribution"]["source"]["text"] == "l'Insee"
    assert first["attribution"]["kind"] == "according_to"
    assert (first["time"]["from"], first["time"]["to"]) == ("2023-01-01", "2023-12-31")
    assert first["time"]["relative"] is True
    assert first["type"] == "change"
    assert second["subject"]["text"] == "rémunérations"
    assert second["attribution"]["kind"] == "quote"
    assert set(first["mention_ids"]) | set(second["mention_ids"]) <= set(ids)
    for c in body["claims"]:
        s = c["sentence"]
        assert TEXT[s["start"]:s["end"]] == s["text"]
        assert 0 <= c["checkworthiness"]["score"] <= 1


def test_claims_can_be_turned_off(client):
    body = extract(client, text=TEXT, lang="fr", claims=False).get_json()
    assert set(body) == {"lang", "mentions"}
    assert body["mentions"]


def test_the_date_defaults_to_today_and_is_checked(client):
    assert extract(client, text=TEXT, lang="fr").status_code == 200
    problem = assert_problem(extract(client, text=TEXT, lang="fr", date="last year"), 422)
    assert set(problem["errors"]) == {"date"}
    problem = assert_problem(extract(client, text=TEXT, claims="maybe"), 422)
    assert set(problem["errors"]) == {"claims"}


def test_claim_review_is_a_get_able_json_ld_claimreview(client):
    response = client.get("/v1/claim-review", query_string={
        "text": TEXT, "lang": "fr", "date": "2024-06-15", "claim": "c2",
        "url": "https://example.org/article"})
    assert response.status_code == 200
    assert response.mimetype == "application/ld+json"
    review = response.get_json(force=True)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["datePublished"] == "2024-06-15"
    assert "dizaines de milliers" in review["claimReviewed"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "South China Morning Post"}
    assert item["about"]["name"] == "rémunérations"
    assert item["appearance"]["url"] == "https://example.org/article"


def test_claim_review_of_the_seed_sentence(client):
    review = client.get("/v1/claim-review", query_string={
        "text": SEED, "lang": "fr", "date": "2023-03-01", "claim": "c1"}).get_json(force=True)
    assert review["claimReviewed"] == SEED
    assert "author" not in review["itemReviewed"]  # the bare sentence names no source


def test_claim_review_by_post_for_long_texts(client):
    response = client.post("/v1/claim-review", json={
        "text": TEXT, "lang": "fr", "date": "2024-06-15", "claim": "c1"})
    assert response.status_code == 200
    review = response.get_json(force=True)
    assert review["itemReviewed"]["author"]["name"] == "Insee"
    assert review["itemReviewed"]["temporalCoverage"] == "2023-01-01/2023-12-31"


@pytest.mark.parametrize("query, status, field", [
    ({"text": TEXT, "claim": "c9"}, 404, None),
    ({"text": TEXT}, 422, "claim"),
    ({"claim": "c1"}, 422, "text"),
    ({"text": TEXT, "claim": "c1", "date": "2024-13-01"}, 422, "date"),
    ({"text": TEXT, "claim": "c1", "lang": "de"}, 422, "lang"),
    ({"text": TEXT, "claim": "c1", "extra": "x"}, 422, "extra"),
])
def test_claim_review_errors_are_problems(client, query, status, field):
    problem = assert_problem(client.get("/v1/claim-review", query_string=query), status)
    if field:
        assert field in problem["errors"]
    else:
        assert "c1" in problem["detail"] and "c9" in problem["detail"]
