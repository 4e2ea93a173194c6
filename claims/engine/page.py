"""``Page``: one text being read, and what the stages hand each other about it.

Every stage is a function of a ``Page`` (and of the amounts found so far): the text,
its language's :class:`~claims.grammar.Grammar`, the caller's territory, the windows
where figures may stand, and the look-ups that are cached for this text only.
Nothing is kept between texts, nor per thread.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Set, Tuple

from ..casefold import fold, has_odd_letters
from ..grammar import REVERSED_LAST_TOKEN, Grammar

#: longer than any URL or address a figure may stand in
TOKEN_REACH = 2000
_NON_SPACE = re.compile(r"\S{0,%d}" % TOKEN_REACH)
_LINK_MARK = re.compile(r"://|@|(?i:www\.)")
_BLANKS = " \u00a0\u202f"


class Page:
    """A text, its grammar and territory, and what the stages learn about it."""

    def __init__(self, text: str, g: Grammar, territory: Optional[str],
                 max_figures: Optional[int] = None):
        self.text = text
        self.g = g
        self.territory = territory
        #: the caller's country may write digits its own way (es-MX: "1,234.56")
        self.decimal_mark = g.L.territory_decimal_marks.get(territory or "", g.L.decimal_mark)
        #: the most figures the caller accepts (``extract(max_figures=…)``), or None
        self.max_figures = max_figures
        #: merged stretches around digits and number words, with the triggers each holds
        self.windows: List[Tuple[int, int, Set[str]]] = []
        #: whether the text holds a URL or e-mail address at all
        self.has_links = _LINK_MARK.search(text) is not None
        self._reversed: Optional[str] = None  # the text backwards, made on first use
        self._last_tokens: Dict[int, str] = {}  # position -> the token before it
        #: where the last change read so far ends ("de X à Y" after a change verb): a
        #: next "de X à Y" joined to it by a list joiner is a change too
        self.change_end = -1
        #: whether the text only sets bare figures against each other ("more than 40 and
        #: less than 10", "equal to 5000 or less than 5000"): none counts anything
        self.bare_figures = False
        #: whether an article that counts a noun was dropped before the pairs
        #: ("un projet"): it stands among the figures, so they are not bare
        self.counted_article = False
        #: word keys as the patterns fold them: ``lower()`` unless the text holds a
        #: letter that folds otherwise (``claims.casefold``)
        self.fold = fold if not text.isascii() and has_odd_letters(text) else str.lower
        #: scale -> where the text first names it ("Celsius", "global warming")
        self._scales_named: Optional[Dict[str, int]] = None

    def temperature_unit(self, s: int) -> str:
        """The scale of a bare degree at ``s``: the one scale the text names before it
        ("1.5 degrees Celsius … 2 degrees", "global warming … 1.5 degrees"), else the
        language's default ("38°, soit 100 degrés Fahrenheit": the default)."""
        if self._scales_named is None:
            self._scales_named = {}
            for unit, rx in self.g.temperature_scale_res.items():
                m = rx.search(self.text)
                if m:
                    self._scales_named[unit] = m.start()
        named = [unit for unit, at in self._scales_named.items() if at < s]
        return named[0] if len(named) == 1 else self.g.default_temperature_unit

    def ends_before(self, regex, last: frozenset, lo: int, s: int):
        """``regex.search(text, lo, s)`` for a pattern that ends the text before ``s``
        (``…\\Z``), run only when the token there is one it can end on (``last``)."""
        if self.last_token(s) not in last:
            return None
        return regex.search(self.text, lo, s)

    def last_token(self, s: int) -> str:
        """The token that ends the text before ``s``, white space skipped: a run of
        letters, folded, or one other character ("" at the start of the text)."""
        tok = self._last_tokens.get(s)
        if tok is None:
            if self._reversed is None:
                self._reversed = self.text[::-1]
            m = REVERSED_LAST_TOKEN.match(self._reversed, len(self.text) - s)
            tok = "" if m is None else self.fold(m.group(1)[::-1]) if m.group(1) else m.group(2)
            self._last_tokens[s] = tok
        return tok

    def digit_before(self, s: int) -> bool:
        """A digit ends the text before ``s`` (white space skipped)."""
        t = self.text[max(0, s - 3):s].rstrip(_BLANKS)
        return bool(t) and t[-1].isdigit()

    def digit_after(self, e: int) -> bool:
        """A digit opens the text after ``e`` (white space skipped)."""
        t = self.text[e:e + 3].lstrip(_BLANKS)
        return bool(t) and t[0].isdigit()

    def numeral_before(self, s: int) -> bool:
        """A digit or a number word ends the text before ``s``: what follows is its scale."""
        t = self.text[max(0, s - 30):s].rstrip(_BLANKS)
        if not t:
            return False
        if t[-1].isdigit():
            return True
        words = t.split()
        return bool(words) and self.fold(words[-1]) in self.g.number_words

    def word_start(self, i: int) -> int:
        return word_start(self.text, i)

    def word_end(self, i: int) -> int:
        return word_end(self.text, i)


def word_start(t: str, i: int) -> int:
    """The start of the white-space-delimited token at ``i`` (a URL is read whole),
    looking back at most ``TOKEN_REACH`` characters: a text without spaces must not
    make every figure scan back to its start (quadratic)."""
    if i <= 0:
        return 0
    lo = max(0, i - TOKEN_REACH)
    j = max(t.rfind(" ", lo, i), t.rfind("\n", lo, i))
    return lo if j < 0 else j + 1


def word_end(t: str, i: int) -> int:
    """The end of the white-space-delimited token at ``i`` (at most ``TOKEN_REACH`` on)."""
    return _NON_SPACE.match(t, min(i, len(t))).end()
