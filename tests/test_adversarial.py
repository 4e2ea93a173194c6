"""Inputs that once broke the engine: each test names the fix it guards.

Speed is measured in ``bench/adversarial.py``, never here; the tests below
check behaviour (and would hang, not fail, if a quadratic loop came back).
"""
import pytest

import claims
from claims import engine


@pytest.mark.parametrize("lang", claims.SUPPORTED_LANGUAGES)
def test_a_long_run_without_spaces_is_read_once(lang):
    # "\S+@" was tried at every position of a run without "@": quadratic.
    for text in ("x" * 200_000 + " 12 %", "1." * 100_000, "a@" * 50_000 + "b.c 5 %"):
        mentions = claims.extract(text, lang=lang)
        assert all(m.text == text[m.start:m.end] for m in mentions)


@pytest.mark.parametrize("text", ["Écrivez à jean.dupont@exemple.fr avant le 12 mai.",
                                  "(contact: ventes2024@firm.co.uk) 40 %"])
def test_an_e_mail_address_is_still_no_claim(text):
    assert [m.text for m in claims.extract(text, lang="fr")] in ([], ["40 %"])
