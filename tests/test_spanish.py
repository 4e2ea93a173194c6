"""Spanish end to end: detection, locales (which peso a bare "$" is, which digits),
the API, the currency reference, claims, the engine's shortcuts and the real-news gold.

The phrase tables themselves are in tests/corpus/es.py (run by test_corpus.py).
"""
import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest

import claims
from tests.test_shortcuts import check_left_contexts, check_windows

ROOT = pathlib.Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "corpus" / "real-es.jsonl"
#: the shared scorer: beside the checkout (/work/main) or two levels up (a worktree)
EVAL = next((p / "shared" / "eval" for p in (ROOT.parent, ROOT.parent.parent)
             if (p / "shared" / "eval" / "score.py").exists()), ROOT.parent / "shared" / "eval")


def real_texts():
    with REAL.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


# -- language ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "El paro registrado bajó en 2.475 personas el mes pasado, según el Ministerio.",
    "La inflación de México subió un 0.15% en la primera mitad de febrero.",
    "Los turistas gastaron 92.463 millones de euros, un 7,1 % más que el año anterior.",
])
def test_spanish_text_is_detected(text):
    assert claims.detect_language(text) == "es"
    assert claims.resolve_language(text, None) == "es"
    assert claims.extract(text) == claims.extract(text, lang="es")


@pytest.mark.parametrize("text, lang", [
    ("Le chômage a reculé de 2 475 personnes le mois dernier, selon le ministère.", "fr"),
    ("Unemployment fell by 2,475 people last month, the ministry said.", "en"),
])
def test_french_and_english_are_still_told_apart(text, lang):
    assert claims.detect_language(text) == lang


def test_every_real_sentence_is_detected_as_spanish():
    wrong = [t for t in real_texts() if claims.detect_language(t) != "es"]
    assert not wrong


# -- locales: which peso a bare "$" is, which digits ----------------------------------------

@pytest.mark.parametrize("text, lang, code, basis", [
    ("La entrada cuesta $100.", "es", "USD", "default"),
    ("La entrada cuesta $100.", "es-MX", "MXN", "locale"),
    ("La entrada cuesta $100.", "es_AR", "ARS", "locale"),
    ("La entrada cuesta $100.", "es-CL", "CLP", "locale"),
    ("La entrada cuesta $100.", "es-CO", "COP", "locale"),
    ("La entrada cuesta $100.", "es-US", "USD", "locale"),
    ("En México, la entrada cuesta $100.", "es", "MXN", "context"),
    ("El Gobierno argentino pagará $100 por hogar.", "es", "ARS", "context"),
    ("La entrada cuesta 100 pesos.", "es", "MXN", "default"),
    ("En Bogotá la entrada cuesta 100 pesos.", "es", "COP", "context"),
    ("La entrada cuesta 100 pesos chilenos.", "es", "CLP", "name"),
    ("La entrada cuesta 100 €.", "es-MX", "EUR", "symbol"),
])
def test_a_bare_dollar_or_peso_is_the_country_s(text, lang, code, basis):
    [m] = [m for m in claims.extract(text, lang=lang) if m.kind == "money"]
    assert (m.currency, m.currency_basis) == (code, basis)


@pytest.mark.parametrize("text, lang, value", [
    ("Se vendieron 1.234 unidades.", "es", "1234"),
    ("Se vendieron 1.234 unidades.", "es-ES", "1234"),
    ("El total es de 1.234,56.", "es-AR", "1234.56"),
    ("El total es de 1,234.56.", "es-MX", "1234.56"),
    ("El índice bajó a 3,25.", "es", "3.25"),
    ("El índice bajó a 3.25.", "es-MX", "3.25"),
])
def test_digits_follow_the_country(text, lang, value):
    [m] = claims.extract(text, lang=lang)
    assert m.low == m.high and str(m.low) == value


@pytest.mark.parametrize("text, lang, value", [
    ("Se vendieron 1,234 unidades.", "es-MX", "1234"),
    ("Se vendieron 1,234 unidades.", "es-US", "1234"),
    ("Se vendieron 1.234 unidades.", "es-MX", "1.234"),
    ("Se vendieron 1,234 unidades.", "es", "1.234"),
    ("Se vendieron 1,234 unidades.", "es-AR", "1.234"),
    ("Se vendieron 1.234 unidades.", "es-CO", "1234"),
])
def test_a_lone_group_follows_the_locale(text, lang, value):
    # CLDR: Mexico, the United States and Central America write a decimal point
    [m] = claims.extract(text, lang=lang)
    assert str(m.low) == value


def test_the_territories_decimal_marks_are_cldr_s_read_only_when_spanish_is():
    from babel import Locale
    from babel.numbers import get_decimal_symbol
    from claims.lang.es import TERRITORY_DECIMAL_MARKS as marks
    assert marks["MX"] == "." == get_decimal_symbol(Locale.parse("es_MX"))
    assert marks["AR"] == "," == get_decimal_symbol(Locale.parse("es_AR"))
    assert "FR" not in marks and marks.get("FR", "?") == "?" and len(marks) >= 20
    # a process that reads French and English does not read the Spanish locales
    code = ("import claims, claims.lang.es as es; "
            "claims.extract('Il a gagné 3 millions de dollars.', 'fr'); "
            "claims.extract('He won 3 million dollars.', 'en'); "
            "print(es.TERRITORY_DECIMAL_MARKS._marks is None)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "True"


# -- API and currency reference ------------------------------------------------------------

@pytest.mark.parametrize("body, lang", [
    ({"lang": "es"}, "es"), ({"lang": "ES"}, "es"), ({"lang": "es-MX"}, "es"), ({}, "es"),
    ({"lang": "auto"}, "es"),
])
def test_the_api_reads_spanish(client, body, lang):
    text = "En México, la inversión alcanzó $2500 millones, un 4,5% más, según Banxico."
    reply = client.post("/v1/extract", json={"text": text, **body})
    assert reply.status_code == 200
    got = reply.get_json()
    assert got["lang"] == lang
    money = [m for m in got["mentions"] if m["kind"] == "money"]
    assert [(m["text"], m["low"], m["currency"]) for m in money] == [
        ("$2500 millones", "2500000000", "MXN")]
    assert any(m["kind"] == "percent" and m["low"] == "4.5" for m in got["mentions"])


def test_the_currency_reference_has_spanish_names(client):
    body = client.get("/v1/currencies").get_json()
    by_code = {c["code"]: c for c in body["currencies"]}
    assert by_code["MXN"]["names"]["es"]["other"] == "pesos mexicanos"
    assert "pesos" in by_code["MXN"]["names"]["es"]["forms"]
    assert "yuanes" in by_code["CNY"]["names"]["es"]["forms"]
    assert "soles" in by_code["PEN"]["names"]["es"]["forms"]
    assert by_code["EUR"]["names"]["es"]["one"] == "euro"


# -- claims -------------------------------------------------------------------------------

def _claims(text):
    mentions = claims.extract(text, lang="es")
    return mentions, claims.find_claims(text, mentions, "es", dt.date(2025, 3, 1))


def test_spanish_claims_read_subject_attribution_and_time():
    text = ("Según Idealista, el precio del alquiler subió un 13,4% en mayo. "
            "La inflación se situó en el 3,2% en 2024, ha afirmado el INE.")
    _, found = _claims(text)
    assert len(found) == 2
    first, second = (c.to_dict() for c in found)
    assert first["sentence"]["text"] == "Según Idealista, el precio del alquiler subió un 13,4% en mayo."
    assert first["subject"]["text"] == "precio del alquiler"  # no leading determiner
    assert first["attribution"]["source"]["text"] == "Idealista"
    assert first["time"]["text"] == "en mayo"
    assert first["type"] == "change"
    assert second["subject"]["text"] == "inflación"
    assert second["attribution"]["source"]["text"] == "el INE"
    assert (second["time"]["from"], second["time"]["to"]) == ("2024-01-01", "2024-12-31")
    assert second["type"] == "level"


def test_spanish_sentences_keep_abbreviations_whole():
    text = "El Sr. García dijo que el paro bajó un 2%. La Dra. López lo confirmó el lunes."
    sentences = claims.split_sentences(text, "es")
    assert [s.text for s in sentences] == [
        "El Sr. García dijo que el paro bajó un 2%.", "La Dra. López lo confirmó el lunes."]


def test_a_count_gives_the_counted_noun():
    _, [c] = _claims("La empresa despedirá a 400 trabajadores el año próximo.")
    d = c.to_dict()
    assert d["subject"]["text"].startswith("trabajadores")
    assert d["time"]["text"] == "el año próximo"


# -- the engine's shortcuts on Spanish text, and the real-news gold ---------------------------

def test_shortcuts_skip_nothing_on_the_real_spanish_texts():
    for text in real_texts():
        check_windows(text, "es")
    for text in real_texts()[:40]:
        check_left_contexts(text, "es")


@pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not beside the checkout")
def test_real_spanish_news_score():
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(REAL), "--python", "claims:extract",
         "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
    overall = json.loads(out.stdout)["overall"]
    assert overall["full_f1"] >= 0.95
    assert overall["span_f1"] >= 0.97
