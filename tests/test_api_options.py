"""The request options a newcomer asked for (issue 15, point 10): which kinds to
read, currency codes in any case, what language detection says, and CORS."""
import pytest

import claims
from app import create_app
from claims.lang import detect
from tests.test_api import assert_problem, extract

FR = "Le chômage a baissé de 3 % en mars, et le gouvernement investira 12 millions d'euros pour 40 000 emplois."

#: News sentences in languages the engine does not read: invented variants of one
#: report, each with figures, so that only their words can tell.
UNSUPPORTED = {
    "de": "Die Arbeitslosigkeit ist im März um 3 % gesunken, sagte der Minister am Dienstag "
          "in Berlin. Die Regierung will 12 Milliarden Euro investieren.",
    "nl": "De werkloosheid is in maart met 3 % gedaald, zei de minister dinsdag in Den Haag. "
          "De regering wil 12 miljard euro investeren.",
    "pt": "O desemprego caiu 3 % em março, disse o ministro na terça-feira em Lisboa. "
          "O governo quer investir 12 mil milhões de euros.",
}
SUPPORTED = {
    "fr": FR,
    "en": "Unemployment fell by 3% in March, the minister said on Tuesday in London. "
          "The government wants to invest 12 billion euros.",
    "es": "El desempleo bajó un 3 % en marzo, dijo el ministro el martes en Madrid. "
          "El Gobierno quiere invertir 12.000 millones de euros.",
}


# -- kinds ----------------------------------------------------------------------

def test_kinds_keeps_only_those_mentions_and_numbers_them_anew(client):
    everything = extract(client, text=FR, lang="fr").get_json()
    assert {m["kind"] for m in everything["mentions"]} >= {"money", "percent"}
    money = extract(client, text=FR, lang="fr", kinds=["money"]).get_json()
    assert [m["text"] for m in money["mentions"]] == \
        [m["text"] for m in everything["mentions"] if m["kind"] == "money"]
    assert [m["id"] for m in money["mentions"]] == [f"m{i + 1}" for i in range(len(money["mentions"]))]
    # the claims are read around the mentions kept, and refer to them by their ids
    referred = {i for c in money["claims"] for i in c["mention_ids"]}
    assert referred and referred <= {m["id"] for m in money["mentions"]}
    assert all(f["mention_id"] in referred for c in money["claims"] for f in c["facts"])
    two = extract(client, text=FR, lang="fr", kinds=["percent", "money"]).get_json()
    assert {m["kind"] for m in two["mentions"]} == {"money", "percent"}


@pytest.mark.parametrize("kinds", [["dollars"], [], "money", [1]])
def test_kinds_outside_claims_kinds_is_a_422_naming_the_field(client, kinds):
    problem = assert_problem(extract(client, text=FR, lang="fr", kinds=kinds), 422)
    assert "kinds" in problem["errors"]


def test_kinds_applies_to_every_document_of_a_batch(client):
    reply = client.post("/v1/extract/batch", json={
        "documents": [{"text": FR, "lang": "fr"}], "kinds": ["percent"]}).get_json()
    assert [m["kind"] for m in reply["results"][0]["mentions"]] == ["percent"]


# -- currency codes in any case ---------------------------------------------------

@pytest.mark.parametrize("code", ["eur", "Eur", "EUR"])
def test_convert_to_is_read_whatever_its_case(client, code):
    reply = extract(client, text="Il a levé 12 millions de dollars.", lang="fr",
                    convert_to=code, date="2024-01-02").get_json()
    assert reply["convert_to"] == "EUR"
    assert reply["mentions"][0]["converted"]["currency"] == "EUR"


def test_rates_read_codes_whatever_their_case(client):
    lower = client.get("/v1/rates?from=usd&to=eur&date=2024-01-02")
    assert lower.status_code == 200
    assert lower.get_json() == client.get("/v1/rates?from=USD&to=EUR&date=2024-01-02").get_json()


def test_a_batch_reads_convert_to_whatever_its_case(client):
    reply = client.post("/v1/extract/batch", json={
        "documents": [{"text": "Il a levé 12 millions de dollars.", "lang": "fr",
                       "date": "2024-01-02"}], "convert_to": "eur"}).get_json()
    assert reply["results"][0]["convert_to"] == "EUR"


def test_a_code_that_is_no_code_in_any_case_is_still_a_422(client):
    assert_problem(extract(client, text=FR, lang="fr", convert_to="ﬀr"), 422)
    assert_problem(extract(client, text=FR, lang="fr", convert_to="xyz"), 422)


# -- language detection -------------------------------------------------------------

NAMES = {"de": "German", "nl": "Dutch", "pt": "Portuguese"}


@pytest.mark.parametrize("lang", sorted(UNSUPPORTED))
def test_a_text_in_no_supported_language_is_refused_naming_its_language(client, lang):
    body = assert_problem(extract(client, text=UNSUPPORTED[lang]), 422)
    assert body["detected"] == lang
    assert body["supported"] == list(claims.SUPPORTED_LANGUAGES)
    assert "lang" in body["errors"]
    assert f"{NAMES[lang]} ({lang})" in body["detail"] and "send lang" in body["detail"]
    assert assert_problem(extract(client, text=UNSUPPORTED[lang], lang="auto"), 422) == body
    # lang forces a supported language: the text is read, figures and all
    forced = extract(client, text=UNSUPPORTED[lang], lang="fr")
    assert forced.status_code == 200 and len(forced.get_json()["mentions"]) >= 2


@pytest.mark.parametrize("lang", sorted(UNSUPPORTED))
def test_the_library_raises_undetected_language_naming_it(lang):
    with pytest.raises(claims.UndetectedLanguage) as caught:
        claims.extract(UNSUPPORTED[lang])
    assert caught.value.detected == lang and caught.value.field == "lang"
    assert isinstance(caught.value, claims.UnsupportedLanguage)  # one except catches both
    found = detect(UNSUPPORTED[lang])
    assert (found.lang, found.other) == (None, lang) and found.confidence >= 0.8
    assert claims.extract(UNSUPPORTED[lang], lang="en")  # forced: read


def test_a_batch_refuses_each_such_document_alone(client):
    results = client.post("/v1/extract/batch", json={"documents": [
        {"id": "de", "text": UNSUPPORTED["de"]}, {"id": "fr", "text": FR},
        {"id": "forced", "text": UNSUPPORTED["de"], "lang": "en"}]}).get_json()["results"]
    problem = results[0]["problem"]
    assert (problem["status"], problem["detected"]) == (422, "de")
    assert "German (de)" in problem["detail"]
    assert results[1]["lang"] == "fr" and results[2]["lang"] == "en"
    from claims.batch import problem_of
    with pytest.raises(claims.UndetectedLanguage) as caught:
        claims.extract(UNSUPPORTED["de"])
    assert problem_of(caught.value)["detected"] == "de"


#: short or ambiguous texts: never refused, whatever words they hold (a false refusal
#: of real news is far worse than a German text read as French)
NEVER_REFUSED = [
    "Angela Merkel, Olaf Scholz et Friedrich Merz à Berlin.",       # names
    "Volkswagen, Siemens, Deutsche Bank, Allianz : 12 %, 8 %, 3 %.",   # a list of names and figures
    "Bundesliga : Bayern München 3, Borussia Dortmund 1",             # a score line
    "12 % 3 000 € 45 km 1,2 Md€ 2024",                                 # figures only
    "Die Arbeitslosigkeit ist gesunken.",                               # too short to tell
    "Il a levé 12 millions auprès de Sequoia Capital, Andreessen Horowitz et Index Ventures.",
    "Wall Street: Dow Jones, Nasdaq, S&P 500 up 1.2%.",
    # lines of names long enough to count, each read as German or Portuguese by CLD2
    "Bayern München, Borussia Dortmund, RB Leipzig, Bayer Leverkusen, Eintracht Frankfurt, "
    "VfB Stuttgart, SC Freiburg, Werder Bremen : 12, 10, 9, 8, 7, 6, 5, 4 points.",
    "João Pedro, Luís Filipe, António Costa, Marcelo Rebelo de Sousa, Pedro Passos Coelho, "
    "Luís Montenegro, Fernando Medina, Carlos Moedas e Gonçalo Reis",
]


@pytest.mark.parametrize("text", NEVER_REFUSED)
def test_short_and_ambiguous_texts_are_never_refused(client, text):
    assert detect(text).lang in claims.SUPPORTED_LANGUAGES
    assert extract(client, text=text).status_code == 200


def test_characters_the_identifier_cannot_take_neither_fail_nor_hide_the_language():
    # CLD2 refuses control characters, surrogates and non-characters as bad UTF-8
    odd = "\x00\x01\x0b\x7f\x85\ud800\ufdd0\ufffe\U0010ffff"
    text = UNSUPPORTED["de"].replace(" ", " " + odd + " ", 3)
    assert detect(text).other == "de"
    assert detect(odd * 50).lang in claims.SUPPORTED_LANGUAGES


@pytest.mark.parametrize("lang", sorted(SUPPORTED))
def test_a_detected_language_comes_with_how_sure_the_detection_was(client, lang):
    reply = extract(client, text=SUPPORTED[lang]).get_json()
    assert reply["lang"] == lang
    assert 0.5 <= reply["lang_confidence"] <= 1
    assert "lang_confidence" not in extract(client, text=SUPPORTED[lang], lang=lang).get_json()


def test_a_text_with_no_sign_of_its_language_is_read_with_confidence_zero(client):
    reply = extract(client, text="12 % 3 000 €", lang="auto").get_json()
    assert (reply["lang"], reply["lang_confidence"]) == (claims.SUPPORTED_LANGUAGES[0], 0)
    short = extract(client, text="Il a levé 12 millions.").get_json()
    assert short["lang"] == "fr" and short["lang_confidence"] > 0


def test_a_batch_and_the_command_line_say_how_sure_the_detection_was(client):
    results = client.post("/v1/extract/batch", json={"documents": [
        {"text": FR}, {"text": FR, "lang": "fr"}]}).get_json()["results"]
    assert results[0]["lang"] == "fr" and results[0]["lang_confidence"] >= 0.5
    assert "lang_confidence" not in results[1]
    from claims.batch import read_document
    assert read_document({"text": FR})["lang_confidence"] == results[0]["lang_confidence"]


def test_detect_language_still_names_the_closest_language():
    # the library's detect_language keeps its contract; detect() is the one that
    # says when a text is in none, and extract refuses it
    assert claims.detect_language(UNSUPPORTED["de"]) in claims.SUPPORTED_LANGUAGES
    assert [claims.detect_language(SUPPORTED[c]) for c in sorted(SUPPORTED)] == sorted(SUPPORTED)


# -- CORS ------------------------------------------------------------------------

def test_no_cors_header_unless_configured(client):
    reply = client.post("/v1/extract", json={"text": FR, "lang": "fr"},
                        headers={"Origin": "https://cms.example.org"})
    assert not any(h.startswith("Access-Control-") for h in reply.headers.keys())


def test_configured_origins_may_call_the_api_and_preflight_is_answered():
    client = create_app({"TESTING": True,
                         "CORS_ORIGINS": "https://cms.example.org, https://desk.example.org"}
                        ).test_client()
    origin = {"Origin": "https://cms.example.org"}
    preflight = client.options("/v1/extract", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://cms.example.org"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    reply = client.post("/v1/extract", json={"text": FR, "lang": "fr"}, headers=origin)
    assert reply.status_code == 200
    assert reply.headers["Access-Control-Allow-Origin"] == "https://cms.example.org"
    assert "X-Request-ID" in reply.headers["Access-Control-Expose-Headers"]
    # a problem reaches the page too, so that it can show it
    problem = client.post("/v1/extract", json={"text": 1}, headers=origin)
    assert problem.status_code == 422
    assert problem.headers["Access-Control-Allow-Origin"] == "https://cms.example.org"
    # another origin gets no grant
    other = client.post("/v1/extract", json={"text": FR, "lang": "fr"},
                        headers={"Origin": "https://evil.example.com"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_the_openapi_document_publishes_kinds_and_lang_confidence(client):
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    request = next(s for name, s in schemas.items() if name.startswith("ExtractRequest"))
    assert request["properties"]["kinds"]["items"]["enum"] == list(claims.KINDS)
    reply = next(s for name, s in schemas.items() if name.startswith("ExtractReply"))
    assert reply["properties"]["lang_confidence"]["type"] == "number"
    assert "any case" in request["properties"]["convert_to"]["description"]
