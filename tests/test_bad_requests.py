"""Whatever a client sends, it gets a clear problem+json reply and never a 500.

The bodies here are the ones newsroom systems produce by accident (broken
encodings, control characters, huge pages) and the ones an attacker would try.
"""
import json
import logging
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims
from app import create_app
from service.schemas import LANG_PATTERN
from tests.test_api import assert_problem, extract

#: What may never reach a client: a traceback, a source path, our module names.
INTERNALS = re.compile(r"Traceback|File \"|\.py\b|/work/|site-packages|werkzeug|marshmallow")


@pytest.fixture
def client():
    # the default limits (conftest's client has a 4 KiB body limit)
    return create_app({"TESTING": True}).test_client()


def post(client, data, content_type="application/json"):
    return client.post("/v1/extract", data=data, content_type=content_type)


def assert_clean(response):
    assert response.status_code < 500
    assert not INTERNALS.search(response.get_data(as_text=True))


# -- bodies that are not JSON text -------------------------------------------------

@pytest.mark.parametrize("data, says", [
    (b'{"text": "caf\xe9 3 %"}', "not UTF-8 text: byte 0xe9 at offset 13"),  # Latin-1
    (b'{"text": "\xed\xa0\x80"}', "not UTF-8 text"),  # an encoded surrogate (CESU-8)
    ('{"text": "3 %"}'.encode("utf-16"), "not UTF-8 text"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"text": {"a": ' * 50_000 + b'"x"' + b"}" * 100_000, "nested too deeply"),
    (b'{"text": "3 \\ud800 %"}', "lone UTF-16 surrogate in $.text"),
    (b'{"text": "x", "\\udfff": 1}', "lone UTF-16 surrogate in a key of $"),
    (b'{"text": "x", "lang": ["fr", {"a": "\\udc00"}]}', "in $.lang[1].a"),
    (b'{"text": "tab\there"}', "Invalid control character"),  # raw control: not JSON
    (b'{"text": 1' + b"0" * 5000 + b"}", "could not be read as JSON"),
    (b"", "not valid JSON"),
    (b"\xef\xbb\xbf", "not valid JSON"),
])
def test_a_body_that_is_not_json_text_is_400_saying_why(client, data, says):
    response = post(client, data)
    problem = assert_problem(response, 400)
    assert says in problem["detail"]
    assert_clean(response)


def test_a_valid_surrogate_pair_and_a_byte_order_mark_are_fine(client):
    response = post(client, b'\xef\xbb\xbf{"text": "\\ud83d\\ude42 3 %", "lang": "fr"}')
    assert response.status_code == 200
    [m] = response.get_json()["mentions"]
    assert (m["start"], m["text"]) == (2, "3 %")  # the emoji is one code point


@pytest.mark.parametrize("text", ["3\x00 % et \x00 12 €", "\x0b\x1f\x7f 40 %\x00", "\x00" * 1000])
def test_nul_and_control_characters_are_text_like_any_other(client, text):
    # JSON carries them escaped; offsets count them like any code point
    response = extract(client, text=text, lang="fr")
    assert response.status_code == 200
    for m in response.get_json()["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("content_type", ["application/json; charset=latin-1", "application/x-json",
                                          "application/vnd.api+json", "APPLICATION/JSON"])
def test_json_content_types(client, content_type):
    response = post(client, '{"text": "3 %"}', content_type)
    assert response.status_code in (200, 415)
    assert_clean(response)


# -- fields ------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "EN", "fr-CA", "fr_ca", "en-001", "auto", "AUTO", "", None])
def test_languages_and_locales_that_are_accepted(client, lang):
    assert extract(client, text="3 %", lang=lang).status_code == 200


@pytest.mark.parametrize("lang", ["de", " fr", "fr\n", "fr-", "fr-CAN", "fr-1234", "français",
                                  "fr-١٢٣", "x" * 10_000])
def test_languages_that_are_refused_name_the_supported_ones(client, lang):
    problem = assert_problem(extract(client, text="3 %", lang=lang), 422)
    assert problem["supported"] == list(claims.SUPPORTED_LANGUAGES)
    assert len(problem["detail"]) < 200  # a refused value is not echoed whole


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lang=st.text(st.characters(codec="utf-8"), max_size=8)
       | st.from_regex(LANG_PATTERN.replace("$", r"\Z")))
def test_the_published_lang_pattern_is_exactly_what_is_accepted(client, lang):
    # ECMA-262 reads the pattern's "$" as the end of the string: Python's \Z
    published = re.search(LANG_PATTERN.replace("$", r"\Z"), lang) is not None
    status = extract(client, text="3 %", lang=lang).status_code
    assert status == (200 if published else 422)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
BODY = JSON | st.fixed_dictionaries({"text": JSON}, optional={"lang": JSON, "x": JSON})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODY)
def test_any_json_body_gets_a_reply_or_a_problem_never_a_500(client, body):
    response = client.post("/v1/extract", json=body)
    assert_clean(response)
    if response.status_code == 200:
        assert response.mimetype == "application/json"
    else:
        assert_problem(response, response.status_code)


# -- limits ------------------------------------------------------------------------

def test_a_text_too_costly_to_read_is_413_and_the_next_request_is_not_limited():
    # 200,000 figures: more than MAX_FIGURES would let in, lifted here
    client = create_app({"CPU_LIMIT": 0.05, "MAX_FIGURES": None}).test_client()
    problem = assert_problem(extract(client, text="1 " * 200_000, lang="fr"), 413)
    assert "took more than 0.05 s" in problem["detail"]
    assert problem["limit"] == 0.05  # seconds of CPU, as the README says
    response = extract(client, text="Il a levé 12 millions d'euros.", lang="fr")
    assert response.status_code == 200 and response.get_json()["mentions"]


def test_the_body_limit_is_checked_before_the_body_is_read():
    client = create_app({"MAX_CONTENT_LENGTH": 1000}).test_client()
    # a declared length over the limit is refused whatever follows
    response = client.post("/v1/extract", data=b"x" * 2000, content_type="application/json")
    assert assert_problem(response, 413)["limit"] == 1000


# -- no leaks ----------------------------------------------------------------------

SECRET = "EMBARGO: la société rachètera 49 % de Dupont pour 3 milliards d'euros"


def request_records(caplog):
    return [r for r in caplog.records if r.name == "claims.http" and r.fields.get("event") == "request"]


def logged(caplog) -> str:
    """The log lines as the service writes them (pytest's own format adds exception messages)."""
    from service.logs import JSONFormatter
    return "\n".join(JSONFormatter().format(r) for r in caplog.records)


def assert_no_secret(text):
    for word in ("EMBARGO", "soci", "Dupont", "milliards"):
        assert word not in text


def test_one_log_line_per_request_with_a_request_id_and_no_text(client, caplog):
    caplog.set_level(logging.INFO, logger="claims.http")
    response = extract(client, text=SECRET, lang="fr")
    assert response.status_code == 200
    [record] = request_records(caplog)
    fields = record.fields
    assert fields["request_id"] == response.headers["X-Request-ID"]
    assert (fields["method"], fields["path"], fields["status"]) == ("POST", "/v1/extract", 200)
    assert (fields["lang"], fields["chars"], fields["mentions"]) == ("fr", len(SECRET), 2)
    assert fields["ms"] >= 0 and fields["cpu_ms"] >= 0
    assert_no_secret(logged(caplog))


def test_a_short_request_id_is_kept_and_anything_else_replaced(client):
    kept = client.get("/healthz", headers={"X-Request-ID": "cms-42.a:b"})
    assert kept.headers["X-Request-ID"] == "cms-42.a:b"
    for bad in ("x" * 65, "with space", SECRET):
        replaced = client.get("/healthz", headers={"X-Request-ID": bad})
        assert re.fullmatch(r"[0-9a-f]{32}", replaced.headers["X-Request-ID"])


def test_a_crash_quoting_the_text_logs_where_not_what(monkeypatch, caplog):
    client = create_app({"PROPAGATE_EXCEPTIONS": False}).test_client()

    def broken(text, lang=None, **options):
        raise KeyError(text)  # an exception message may quote the text

    monkeypatch.setattr(claims, "extract", broken)
    caplog.set_level(logging.INFO, logger="claims.http")
    response = extract(client, text=SECRET, lang="fr")
    assert_problem(response, 500)
    assert "EMBARGO" not in response.get_data(as_text=True)
    [crash] = [r for r in caplog.records if r.fields.get("event") == "exception"]
    from service.logs import JSONFormatter
    line = json.loads(JSONFormatter().format(crash))
    assert line["exception"]["type"] == "KeyError"
    assert any("broken" in frame for frame in line["exception"]["frames"])
    assert_no_secret(logged(caplog))
    assert len(request_records(caplog)) == 1


def test_an_operator_may_log_the_text(monkeypatch, caplog):
    client = create_app({"LOG_TEXT": True}).test_client()
    caplog.set_level(logging.INFO, logger="claims.http")
    extract(client, text=SECRET, lang="fr")
    [record] = request_records(caplog)
    assert SECRET in record.fields["body"]


def test_log_lines_are_one_json_object_each():
    from service.logs import JSONFormatter
    record = logging.LogRecord("claims.http", logging.INFO, __file__, 1, "request", None, None)
    record.fields = {"status": 200, "path": "/v1/ex\u2028tract\n"}
    line = JSONFormatter().format(record)
    assert "\n" not in line and line.isascii()
    assert json.loads(line)["path"] == "/v1/ex\u2028tract\n"


def test_the_cpu_limit_survives_a_signal_lost_in_a_gc_callback():
    """A limit's first signal that lands in a garbage-collector callback is printed and
    dropped by Python; the timer fires again and stops the block all the same."""
    import gc
    import time

    from service.base import TooCostly, cpu_limit

    def burn(seconds):
        end = time.process_time() + seconds
        while time.process_time() < end:
            pass

    def callback(phase, info):
        if phase == "start" and not fired:
            fired.append(True)
            burn(0.2)  # the limit's first signal comes in here

    fired = []
    gc.callbacks.append(callback)
    try:
        with pytest.raises(TooCostly):
            with cpu_limit(0.05):
                gc.collect()
                burn(1.0)
    finally:
        gc.callbacks.remove(callback)
    assert fired
