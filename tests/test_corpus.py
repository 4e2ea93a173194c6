"""The per-language corpora of tests/corpus/ as tests."""
from collections import Counter
from pathlib import Path

import pytest

import claims
from tests.corpus import (Case, Several, en, es, families_en, families_es, families_fr,
                          family_table, fr)

LANGS = {"fr": fr, "en": en, "es": es}


def _cases(attr):
    for lang, module in LANGS.items():
        for case in getattr(module, attr):
            for text in case.texts:
                yield pytest.param(lang, case, text, id=f"{lang}:{text[:50]}")


def _check_single(lang, case, text):
    mentions = claims.extract(text, lang=case.lang or lang)
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


# The family tables of issue 11: every entry names its family, and the test id
# carries it ("fr:bounds: ceilings:une prime plafonnée à 3 000 euros").

FAMILY_TABLES = {"fr": families_fr, "en": families_en, "es": families_es}
TABLES = ("CASES", "SEVERAL", "NOTHING", "GAPS")
#: the families that exist in one language only (docs/FAMILIES.md says why)
ONE_LANGUAGE = {"numbers: quatre cents": "fr", "not mentions: apartment types": "fr",
                "bounds: hyphen-less sides of a figure": "fr",
                "numbers: hyphenated compounds": "en", "bounds: age groups": "en",
                "numbers: percent written before the figure": "en",
                "not mentions: headline capitals are no names": "en"}


def _family_params(attrs, xfail=False):
    for lang, module in FAMILY_TABLES.items():
        for attr in attrs:
            for item in getattr(module, attr):
                marks = [pytest.mark.xfail(strict=True, reason=item.reason)] if xfail else []
                for text in item.texts:
                    yield pytest.param(lang, item, text, marks=marks,
                                       id=f"{lang}:{item.family}:{text[:50]}")


def _check_family(lang, item, text):
    if isinstance(item, Case):
        _check_single(lang, item, text)
        return
    got = [m.to_dict() for m in claims.extract(text, lang=item.lang or lang)]
    if isinstance(item, Several):
        assert len(got) == len(item.expect), [m["text"] for m in got]
        for m, want in zip(got, item.expect):
            assert m["text"] == text[m["start"]:m["end"]]
            for key, value in want.items():
                assert m[key] == value, (key, m)
    else:
        assert got == [], [m["text"] for m in got]


@pytest.mark.parametrize("lang,item,text", list(_family_params(("CASES", "SEVERAL", "NOTHING"))))
def test_family_phrasings(lang, item, text):
    _check_family(lang, item, text)


@pytest.mark.parametrize("lang,item,text", list(_family_params(("GAPS",), xfail=True)))
def test_family_gaps(lang, item, text):
    _check_family(lang, item, text)


@pytest.mark.parametrize("lang", FAMILY_TABLES)
def test_every_family_has_five_phrasings_of_its_own(lang):
    module = FAMILY_TABLES[lang]
    counts, seen = Counter(), Counter()
    for attr in TABLES:
        for item in getattr(module, attr):
            assert item.family in module.FAMILIES, item.family
            assert attr != "GAPS" or item.reason.startswith(item.family + ":"), item
            counts[item.family] += len(item.texts)
            seen.update(item.texts)
    assert {f: counts[f] for f in module.FAMILIES if counts[f] < 5} == {}
    assert [t for t, n in seen.items() if n > 1] == []


def test_families_are_in_every_language_unless_declared():
    names = {lang: set(module.FAMILIES) for lang, module in FAMILY_TABLES.items()}
    for lang, families in names.items():
        own = {f for f, only in ONE_LANGUAGE.items() if only == lang}
        assert own <= families
        for other, theirs in names.items():
            if other != lang:
                assert families - theirs == own, (lang, other)


def test_families_doc_counts_match_the_tables():
    doc = (Path(__file__).parent.parent / "docs" / "FAMILIES.md").read_text(encoding="utf-8")
    rows = [line for line in doc.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert rows == family_table(FAMILY_TABLES), "refresh docs/FAMILIES.md: python -m tests.corpus"
