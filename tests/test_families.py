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
