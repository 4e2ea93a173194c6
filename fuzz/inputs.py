"""Texts that reach deep into the grammar, built from the languages' own data.

Random Unicode rarely spells "plus de 3,5 millions d'euros"; texts made of the
words the engine looks for (number words, scales, currencies, qualifiers, range
words), digits, separators and odd characters do, and they still include
everything random text would.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import lru_cache
from typing import List, Sequence

import claims
from claims.currency import Lexicon
from claims.lang import get_language

#: Characters that have broken text engines before: separators the grammar knows,
#: digits of other scripts (``\d`` matches them), a letter whose lower case is
#: longer than itself (İ), combining marks, an astral character, controls, NUL.
ODD = [
    " ", "  ", "\u00a0", "\u202f", "\u2009", "\t", "\n", "\r\n", "\x00", "\x0b", "\x1f", "\x7f",
    ".", ",", "-", "–", "—", "~", "/", ":", "%", "'", "’", "+", "−", "(", ")", "«", "»", "\"",
    "@", "#", "^", "e", "E", "0", "1", "9", "00", "000", "1,5", "2.5", "1 000", "10^400",
    "1e999", "1e-999", "٣", "۳", "三", "Ⅻ", "½", "⅞", "𝟙", "١٢٣", "İ", "ß", "ﬃ", "\u0301",
    "é", "🙂", "\ufeff", "\u200b", "\u2028", "\ud800", "\udfff", "ЗОЛ", "млн",
]


@lru_cache(maxsize=None)
def vocabulary(code: str) -> List[str]:
    """Every word or phrase of a language's data, with its currency forms."""
    data = get_language(code)
    words = set()
    values = [getattr(data, f.name) for f in fields(data)]
    while values:
        value = values.pop()
        if isinstance(value, str):
            continue
        if is_dataclass(value):  # a nested block of words (the statements' words)
            values.extend(getattr(value, f.name) for f in fields(value))
            continue
        if not hasattr(value, "__iter__"):
            continue
        items = list(value.keys()) if hasattr(value, "keys") else list(value)
        words.update(w for w in items if isinstance(w, str))
        if hasattr(value, "values"):
            for v in value.values():
                if isinstance(v, str):
                    words.add(v)
                elif isinstance(v, (tuple, list)):
                    words.update(x for x in v if isinstance(x, str))
    lex = Lexicon(data)
    words.update(lex.symbols)
    # a sample across the alphabet, sorted first: babel lists currencies as a
    # set, whose order changes from one process to the next
    words.update(sorted(lex.codes)[::max(1, len(lex.codes) // 60)])
    words.update(sorted(lex.names)[::max(1, len(lex.names) // 200)])
    words.update(lex.minor_units)
    return sorted(w for w in words if w)


def all_vocabulary() -> List[str]:
    return sorted({w for code in claims.SUPPORTED_LANGUAGES for w in vocabulary(code)} | set(ODD))


#: The ``lang`` values worth trying: none, each code, locales with their own
#: dollar, an odd territory, and unsupported ones (which must raise, cleanly).
LANGS: Sequence = (None, "auto", "fr", "en", "fr-CA", "en_AU", "en-001", "fr-ZZ", "EN-gb", "de", "", "x" * 300)
