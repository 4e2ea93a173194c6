"""Word keys folded as the case-insensitive patterns fold them.

A pattern compiled with ``(?i:…)`` matches by simple case folding: ``İ`` (U+0130)
and the dotless ``ı`` match ``i``, the long ``ſ`` matches ``s``.  ``str.lower()`` does
not agree (``"İ".lower()`` is ``"i̇"``, two characters; ``"ſ".lower()`` stays ``"ſ"``),
so a word the pattern found, lower-cased, could miss the table it was built from.
Every look-up of a matched word goes through :func:`fold` instead.
"""

#: The characters whose ``lower()`` differs from what the regular expressions match
#: them with among letters of words (``tests/test_casefold.py`` derives it from ``re``).
_ODD = "\u0130\u0131\u017f"
_LIKE_THE_PATTERNS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text`` lower-cased as a case-insensitive pattern sees it: a table key.

    As fast as ``lower()`` on the words of a text: the table is applied only to a
    word that holds one of the odd letters."""
    if text.isascii() or not has_odd_letters(text):
        return text.lower()
    return text.translate(_LIKE_THE_PATTERNS).lower()


def has_odd_letters(text: str) -> bool:
    """Whether ``text`` holds a letter that :func:`fold` folds unlike ``lower()``."""
    return _ODD[0] in text or _ODD[1] in text or _ODD[2] in text
