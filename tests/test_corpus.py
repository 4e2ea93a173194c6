"""The per-language corpora of tests/corpus/ as tests."""
import pytest

import claims
from tests.corpus import en, es, fr

LANGS = {"fr": fr, "en": en, "es": es}


def _cases(attr):
    for lang, module in LANGS.items():
        for case in getattr(module, attr):
            for text in case.texts:
                yield pytest.param(lang, case, text, id=f"{lang}:{text[:50]}")


def _check_single(lang, case, text):
    mentions = claims.extract(text, lang=lang)
    assert len(mentions) == 1, [m.text for m in mentions]
    m = mentions[0].to_dict()
    assert m["text"] == text[m["start"]:m["end"]]
    for key, value in case.expect.items():
        assert m[key] == value, (key, m)
    if text in case.span:
        assert m["text"] == case.span[text]


@pytest.mark.parametrize("lang,case,text", list(_cases("CASES")))
def test_phrasings_read_alike(lang, case, text):
    _check_single(lang, case, text)


@pytest.mark.parametrize("lang,text", [(lang, t) for lang, m in LANGS.items() for t in m.NOTHING])
def test_gives_nothing(lang, text):
    assert claims.extract(text, lang=lang) == []


@pytest.mark.parametrize("lang,text", [
    pytest.param(lang, text, marks=pytest.mark.xfail(strict=True, reason=reason), id=f"{lang}-{text[:50]}")
    for lang, m in LANGS.items() for text, reason in getattr(m, "NOTHING_GAPS", ())])
def test_known_gaps_give_something(lang, text):
    assert claims.extract(text, lang=lang) == []


@pytest.mark.parametrize("lang,text,expected", [
    (lang, text, expected) for lang, m in LANGS.items() for text, expected in m.SEVERAL])
def test_changes_and_lists_are_several_points(lang, text, expected):
    got = [m.to_dict() for m in claims.extract(text, lang=lang)]
    assert len(got) == len(expected)
    for m, want in zip(got, expected):
        for key, value in want.items():
            assert m[key] == value, (key, m)
        assert m["low"] == m["high"]


@pytest.mark.parametrize("lang,case,text", [
    pytest.param(*p.values, marks=pytest.mark.xfail(strict=True, reason=p.values[1].reason), id=p.id)
    for p in _cases("GAPS")])
def test_known_gaps(lang, case, text):
    _check_single(lang, case, text)
