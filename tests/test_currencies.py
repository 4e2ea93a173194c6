"""Currencies (issue 3): every active ISO 4217 currency read right, its basis, conversion."""
import datetime
from decimal import Decimal

import pytest
from babel.numbers import get_currency_name

import claims
from claims.currency import active_currencies, symbol_table
from claims.grammar import grammar
from claims.rates import FIXED_PER_EUR, ENV_FILE, rate_table

SEED = (
    "Les sociétés sont prêtes à proposer des rémunérations allant de dizaines de "
    "milliers à plusieurs millions de yuans pour attirer les talents qu’il leur faut"
)


def money(text, lang, **kw):
    """The one money mention of ``text`` (fails if there is not exactly one)."""
    found = [m for m in claims.extract(text, lang=lang, **kw) if m.kind == "money"]
    assert len(found) == 1, (text, found)
    return found[0]


# -- the table: every active currency by name, symbol and code ---------------------------

def _table_cases():
    """(text, lang, code, why-it-fails-or-None) for every active currency.

    Names are CLDR's plural in each language; symbols are those CLDR writes for this
    currency only (in English, French or its territories' own locales) and that no
    everyday form reads otherwise (``C$`` is CLDR's cordoba but everyday Canadian dollar).
    """
    lex = grammar("en").lex
    cases = []
    for code in sorted(active_currencies()):
        cases.append((f"12 {get_currency_name(code, 2, 'fr')}", "fr", code, None))
        cases.append((f"12 {get_currency_name(code, 2, 'en')}", "en", code, None))
        for symbol, codes in sorted(symbol_table().items()):
            if codes == {code} and len(lex.candidates_of(symbol)) <= 1:
                cases.append((f"{symbol} 12", "en", code, lex.unread_symbols.get(symbol)))
        cases.append((f"12 {code}", "en", code, None))
    return cases


TABLE = _table_cases()


def _reads(text, lang, code):
    found = claims.extract(text, lang=lang)
    return (len(found) == 1 and found[0].kind == "money" and found[0].currency == code
            and found[0].low == Decimal(12))


@pytest.mark.parametrize("text, lang, code", [
    pytest.param(t, lang, code, marks=pytest.mark.xfail(strict=True, reason=why) if why else ())
    for t, lang, code, why in TABLE
])
def test_every_active_currency_by_name_symbol_and_code(text, lang, code):
    assert _reads(text, lang, code)


def test_the_table_passes_at_least_98_percent_and_covers_every_active_currency():
    assert len(active_currencies()) > 140  # CLDR's tender currencies: about 150
    assert {code for _, _, code, _ in TABLE} == set(active_currencies())
    passed = sum(_reads(t, lang, code) for t, lang, code, _ in TABLE)
    assert passed / len(TABLE) >= 0.98, (passed, len(TABLE))


# -- forms CLDR lacks, codes before or after the figure ---------------------------------

@pytest.mark.parametrize("text, lang, code, low", [
    ("12 yuans", "fr", "CNY", "12"), ("12 yens", "fr", "JPY", "12"),
    ("12 RMB", "fr", "CNY", "12"), ("12 元", "fr", "CNY", "12"),
    ("10 000 FCFA", "fr", "XOF", "10000"), ("500 francs CFA", "fr", "XOF", "500"),
    ("20 balles", "fr", "EUR", "20"), ("20 bucks", "en", "USD", "20"),
    ("20 quid", "en", "GBP", "20"), ("12 k€", "fr", "EUR", "12000"),
    ("3 M$", "fr", "USD", "3000000"), ("1,2 Md€", "fr", "EUR", "1200000000"),
    ("US$ 5", "en", "USD", "5"), ("HK$ 5", "en", "HKD", "5"), ("C$ 5", "en", "CAD", "5"),
    ("A$ 5", "en", "AUD", "5"), ("NZ$ 5", "en", "NZD", "5"), ("S$ 5", "en", "SGD", "5"),
    ("R$ 5", "en", "BRL", "5"), ("5 CHF", "fr", "CHF", "5"), ("CHF 5", "en", "CHF", "5"),
    ("USD 200", "en", "USD", "200"), ("200 USD", "en", "USD", "200"),
    ("EUR 3,5 Mds", "fr", "EUR", "3500000000"), ("12 dollars canadiens", "fr", "CAD", "12"),
    ("12 livres sterling", "fr", "GBP", "12"), ("12 francs suisses", "fr", "CHF", "12"),
    ("12 yuan renminbi", "fr", "CNY", "12"), ("12 dollars de Hong Kong", "fr", "HKD", "12"),
    ("cad$ 15", "fr", "CAD", "15"), ("nzd$15", "fr", "NZD", "15"), ("12 $CA", "fr", "CAD", "12"),
    ("Rp 5000", "en", "IDR", "5000"), ("12 zł", "fr", "PLN", "12"), ("₦ 300", "en", "NGN", "300"),
])
def test_everyday_forms_and_codes(text, lang, code, low):
    m = money(text, lang)
    assert (m.currency, m.low, m.text) == (code, Decimal(low), text)


def test_kr_is_money_whose_krone_the_locale_decides():
    m = money("It costs 20 kr a day.", "en")
    assert m.currency is None and m.currency_basis == "default"
    assert set(m.currency_alternatives) == {"DKK", "ISK", "NOK", "SEK"}
    assert money("It costs 20 kr a day.", "en-DK").currency == "DKK"


# -- basis and alternatives ------------------------------------------------------------

@pytest.mark.parametrize("text, lang, code, basis", [
    ("Il a payé 20 €.", "fr", "EUR", "symbol"),
    ("He paid USD 20.", "en", "USD", "code"),
    ("Il a payé 20 dollars canadiens.", "fr", "CAD", "name"),
    ("He paid $20.", "en", "USD", "default"),
    ("He paid $20.", "en-AU", "AUD", "locale"),
    ("Il a payé 20 $.", "fr-CA", "CAD", "locale"),
    ("He paid Rs 500 crore.", "en", "INR", "default"),
    ("Il a coûté ¥ 500, soit moins que prévu.", "fr", "JPY", "default"),
    ("En Chine, il a coûté ¥ 500.", "fr", "CNY", "context"),
    ("Il a coûté 20 yuans l'an dernier, contre ¥ 500.", "fr", "CNY", "context"),
    ("It cost HK$ 5 here and $ 3 there.", "en", "HKD", "context"),
    ("Le loyer à Genève, en Suisse, dépasse 3000 francs.", "fr", "CHF", "context"),
    ("Au Sénégal, le sac coûte 5000 francs.", "fr", "XOF", "context"),
    ("Le pain coûtait 5 francs.", "fr", "FRF", "default"),
])
def test_each_money_mention_says_how_its_currency_was_decided(text, lang, code, basis):
    found = [m for m in claims.extract(text, lang=lang) if m.kind == "money"]
    m = found[-1]
    assert (m.currency, m.currency_basis) == (code, basis)
    if basis in ("symbol", "code", "name"):
        assert m.currency_alternatives == ()
    else:
        assert m.currency_alternatives and code not in m.currency_alternatives


@pytest.mark.parametrize("text, lang, expected", [
    ("He paid $20.", "en", {"CAD", "AUD", "HKD"}),
    ("En Chine, il a coûté ¥ 500.", "fr", {"JPY"}),
    ("It cost £20.", "en", {"EGP"}),
    ("Le pain coûtait 5 francs.", "fr", {"CHF", "XOF", "XAF"}),
])
def test_guesses_list_the_other_candidates(text, lang, expected):
    assert expected <= set(money(text, lang).currency_alternatives)


def test_the_basis_reaches_the_reply_and_is_null_for_other_kinds():
    [pct, cash] = claims.extract("Une hausse de 3 % et 20 $.", lang="fr")
    assert pct.to_dict()["currency_basis"] is None and pct.to_dict()["currency_alternatives"] == []
    assert cash.to_dict()["currency_basis"] == "default"


# -- minor units, compounds, historic currencies ----------------------------------------

@pytest.mark.parametrize("text, lang, code, value", [
    ("It cost 50 cents.", "en", "USD", "0.50"),
    ("It cost 20 pence.", "en", "GBP", "0.20"),
    ("Il coûte 30 centimes.", "fr", "EUR", "0.30"),
    ("L'action a perdu 34 cents.", "fr", "USD", "0.34"),
    ("Ses actions ont fermé à un penny.", "fr", "GBP", "0.01"),
    ("Il coûte 3 dollars 50.", "fr", "USD", "3.50"),
    ("It only cost 3 dollars 50 cents.", "en", "USD", "3.50"),
    ("Il a perdu 420 millions de mark finlandais.", "fr", "FIM", "420000000"),
    ("Il valait 12 francs français.", "fr", "FRF", "12"),
    ("Il valait 12 marks allemands.", "fr", "DEM", "12"),
    ("It was worth 12 Italian liras.", "en", "ITL", "12"),
    ("It only cost thirteen dollars forty-five cents.", "en", "USD", "13.45"),
    ("It cost 5 dollars and 3 cents.", "en", "USD", "5.03"),
    ("It cost £3 10s.", "en", "GBP", "3.5"),
    ("It cost £3 10s 6d.", "en", "GBP", "3.525"),
    ("Il coûtait 3 francs 10 sous.", "fr", "FRF", "3.5"),
])
def test_minor_units_compounds_and_historic_currencies(text, lang, code, value):
    m = money(text, lang)
    assert (m.currency, m.low, m.high) == (code, Decimal(value), Decimal(value))


def test_cinq_cents_is_still_five_hundred():
    assert money("Il a payé cinq cents euros.", "fr").low == Decimal(500)


def test_shillings_and_pence_alone_are_not_money():
    assert claims.extract("In the 1960s it took 10s.", lang="en") == []


# -- conversion ---------------------------------------------------------------------------

def test_seed_converted_at_the_ecb_rate_of_the_day():
    [m] = claims.extract(SEED, lang="fr", convert_to="EUR", date=datetime.date(2023, 2, 14))
    c = m.converted
    assert c.currency == "EUR" and c.rate_date == datetime.date(2023, 2, 14)
    assert c.quotes == {"CNY": Decimal("7.3314")}  # the ECB's CNY per EUR that day
    assert c.rate == Decimal("0.136399596257")  # 1 / 7.3314, 12 significant digits
    assert (c.low, c.high) == (Decimal("1364.00"), Decimal("1363995.96"))
    assert "ECB" in c.source and c.note is None
    d = m.to_dict()["converted"]
    assert d["rate_date"] == "2023-02-14" and d["low"] == "1364" and d["high"] == "1363995.96"


def test_a_sunday_uses_the_friday_and_says_so():
    [m] = claims.extract(SEED, lang="fr", convert_to="EUR", date=datetime.date(2023, 2, 12))
    c = m.converted
    assert c.rate_date == datetime.date(2023, 2, 10)
    assert "2023-02-12" in c.note and "2023-02-10" in c.note and "Friday" in c.note


def test_cfa_francs_convert_at_their_fixed_parity_on_any_day():
    for day in (datetime.date(2023, 2, 12), datetime.date(2010, 6, 1)):
        m = money("Le sac coûte 655 957 FCFA.", "fr", convert_to="EUR", date=day)
        assert m.converted.low == Decimal("1000.00") and m.converted.note is None
        assert "655.957" in m.converted.source


def test_a_currency_without_rate_gets_a_note_and_no_number():
    m = money("It cost AED 500.", "en", convert_to="EUR", date=datetime.date(2023, 2, 14))
    assert m.converted.low is None and m.converted.rate is None
    assert "AED" in m.converted.note


def test_a_series_the_ecb_stopped_is_not_stretched():
    r = claims.get_rate("RUB", "EUR", datetime.date(2023, 2, 14))
    assert r.rate is None and "2022-03-01" in r.note


@pytest.mark.parametrize("day, word", [
    (datetime.date(1995, 6, 1), "before"),
    (datetime.date(2999, 1, 1), "after"),
])
def test_dates_outside_the_file_are_noted(day, word):
    r = claims.get_rate("USD", "EUR", day)
    assert word in r.note
    if word == "before":
        assert r.rate is None
    else:
        assert r.rate_date == rate_table().last_date and r.rate is not None


def test_currencies_the_euro_replaced_use_their_irrevocable_rate():
    r = claims.get_rate("FRF", "EUR", datetime.date(2005, 3, 1))
    assert r.quotes == {"FRF": Decimal("6.55957")} and r.note is None
    assert "2866/98" in r.source
    # a cross rate through the euro: FRF -> EUR fixed, EUR -> USD from the ECB
    assert claims.get_rate("FRF", "USD", datetime.date(2005, 3, 1)).rate_date == datetime.date(2005, 3, 1)


def test_money_without_a_known_currency_is_not_converted():
    m = money("It costs 20 kr.", "en", convert_to="EUR", date=datetime.date(2023, 2, 14))
    assert m.converted.low is None and "not known" in m.converted.note


def test_other_kinds_are_not_converted():
    [m] = claims.extract("Une hausse de 3 %.", lang="fr", convert_to="EUR")
    assert m.converted is None


def test_unsupported_target_carries_the_supported_list():
    with pytest.raises(claims.UnsupportedCurrency) as info:
        claims.extract("", lang="fr", convert_to="AED")
    assert info.value.code == "AED" and "EUR" in info.value.supported
    assert set(FIXED_PER_EUR) <= set(info.value.supported)


def test_a_newer_ecb_file_is_a_configuration_change(tmp_path, monkeypatch):
    newer = tmp_path / "eurofxref-hist.csv"
    newer.write_text("Date,USD,CNY,\n2031-03-03,1.2000,8.0000,\n2031-02-28,1.1000,7.5000,\n")
    monkeypatch.setenv(ENV_FILE, str(newer))
    r = claims.get_rate("CNY", "EUR", datetime.date(2031, 3, 1))  # a Saturday
    assert r.quotes == {"CNY": Decimal("7.5000")} and r.rate_date == datetime.date(2031, 2, 28)
    assert "eurofxref-hist.csv" in r.source and "2031-03-03" in r.source


def test_the_kept_symbol_table_is_cldrs():
    # claims/cldr_symbols.json spares every process reading ~150 CLDR locales at start;
    # it must say what CLDR says (after a babel upgrade: scripts/cldr-symbols)
    from claims.currency import SYMBOLS_FILE, cldr_symbol_table, symbol_table
    assert SYMBOLS_FILE.exists()
    assert dict(symbol_table()) == dict(cldr_symbol_table())
