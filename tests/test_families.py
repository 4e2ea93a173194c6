"""The families of tests/corpus/families.py: every phrasing reads as its case says."""
import pytest

import claims
from tests.corpus.families import EN, FR

FAMILIES = {"fr": FR, "en": EN}


def _params():
    for lang, families in FAMILIES.items():
        for family, cases in families.items():
            for case in cases:
                for text in case.texts:
                    yield pytest.param(lang, case, text, id=f"{lang}:{family}:{text[:40]}")


@pytest.mark.parametrize("lang,case,text", list(_params()))
def test_every_phrasing_of_a_family(lang, case, text):
    mentions = claims.extract(text, lang=lang)
    assert len(mentions) == 1, [m.text for m in mentions]
    m = mentions[0].to_dict()
    for key, value in case.expect.items():
        assert m[key] == value, (key, m)


def test_each_family_has_five_phrasings():
    for lang, families in FAMILIES.items():
        for family, cases in families.items():
            assert all(len(set(c.texts)) >= 5 for c in cases), (lang, family)


def _written_once():
    from tests.corpus.families import WRITTEN_ONCE, WRITTEN_ONCE_GAPS
    for lang, rows in WRITTEN_ONCE.items():
        for text, expect in rows:
            reason = WRITTEN_ONCE_GAPS.get(text)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(lang, text, expect, marks=marks, id=f"{lang}:{text[:40]}")


@pytest.mark.parametrize("lang,text,expect", list(_written_once()))
def test_what_is_written_once_applies_to_the_figure_set_against_it(lang, text, expect):
    mentions = claims.extract(text, lang=lang)
    assert len(mentions) == 2, [m.text for m in mentions]
    m = mentions[-1].to_dict()
    for key, value in expect.items():
        assert m[key] == value, (key, m)


def test_written_once_has_five_phrasings_a_language():
    from tests.corpus.families import WRITTEN_ONCE
    assert all(len(rows) >= 5 for rows in WRITTEN_ONCE.values())


def _nothing():
    from tests.corpus.families import NOTHING
    for lang, texts in NOTHING.items():
        for text in texts:
            yield pytest.param(lang, text, id=f"{lang}:{text[:40]}")


@pytest.mark.parametrize("lang,text", list(_nothing()))
def test_not_mentions(lang, text):
    assert [m.text for m in claims.extract(text, lang=lang)] == []
