"""The extraction engine: a text's numeric mentions, read in stages.

Each stage is a module, run in this order on a :class:`~.page.Page` (the text, its
grammar and territory, and what the stages hand each other):

1. :mod:`.windows` — where to look: the stretches around digits and number words;
2. :mod:`.figures` — the figures: digits, spelled-out numbers, fractions, vague
   quantities, multipliers, overlaps resolved; those in URLs, phone numbers, dates
   and times dropped (values from the pure parsers of :mod:`.numbers`);
3. :mod:`.surroundings` — what stands around each: scale, currency, percent, unit,
   qualifiers, bounding verbs, estimate words; ordinals, labels, names, years dropped;
4. :mod:`.pairs` — figures read together: lists, mixed numbers, compound money,
   ratios, joined bounds, ranges and changes;
5. :mod:`.context` — currency decided by the locale and the rest of the text;
6. :mod:`.intervals` — each qualifier turned into the interval of CONVENTIONS.md, by
   one table.

Stages work on spans into the original text and never rewrite it.  The engine holds
no word of any language: every word and habit comes from ``claims/lang/`` through
:class:`claims.grammar.Grammar`.
"""
from __future__ import annotations

import datetime
from typing import List, Optional, Tuple

from ..grammar import Grammar, grammar
from ..lang import SUPPORTED_LANGUAGES, detect_supported, parse_locale
from ..model import Mention
from . import context, figures, intervals, pairs, surroundings, windows
from .amount import disjoint
from .page import Page


def prepare(langs: Optional[Tuple[str, ...]] = None) -> None:
    """Build the patterns of ``langs`` (all supported languages by default) now rather
    than on first use: a server calls this once before it forks its workers."""
    for code in langs or SUPPORTED_LANGUAGES:
        grammar(code)


def extract(text: str, lang: Optional[str] = None, convert_to: Optional[str] = None,
            date: Optional[datetime.date] = None,
            max_figures: Optional[int] = None) -> List[Mention]:
    """The numeric mentions of ``text``, sorted by position, never overlapping.

    ``lang`` is ``"fr"``, ``"en"``, a locale such as ``"fr-CA"``, or ``None``/``"auto"``
    to detect among the supported languages; an unsupported one raises
    :class:`claims.UnsupportedLanguage`, and so does a text detected to be clearly in
    another language (:class:`claims.UndetectedLanguage`, which names it).  With ``convert_to`` (an ISO 4217 code) each
    money mention carries ``converted``, at the rate of ``date`` (the article's date,
    default today); a code no rate reaches raises :class:`claims.UnsupportedCurrency`.
    With ``max_figures``, a text holding more figures (runs of digits and number
    words) raises :class:`claims.TooManyFigures` as soon as the first stage has
    counted them, before anything else is read: time and memory grow with the
    figures, and a server bounds them this way.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str")
    code, territory = parse_locale(lang)
    if convert_to is not None:
        from ..rates import rate_table  # loaded on first use: the ECB file takes 0.2 s
        rate_table().check_target(convert_to)
    if code is None:  # a text clearly in another language raises UndetectedLanguage
        code = detect_supported(text).lang
    mentions = read(Page(text, grammar(code), territory, max_figures))
    if convert_to is not None:
        from ..rates import convert_mentions
        convert_mentions(mentions, convert_to, date)
    return mentions


def read(page: Page) -> List[Mention]:
    """The stages, in order."""
    page.windows = windows.find(page)
    if not page.windows:
        return []
    amounts = figures.find(page)
    amounts = disjoint(surroundings.attach(page, amounts))
    pairs.share_lists(page, amounts)
    amounts = pairs.join(page, amounts)
    pairs.carry(page, amounts)
    context.resolve_currencies(page, amounts)
    page.bare_figures = intervals.bare_figures(page, amounts)
    out: List[Mention] = []
    for i, a in enumerate(amounts):
        m = intervals.mention(page, a)
        # each amount let go once read: the mentions of a dense text take the
        # memory of its amounts instead of adding to it
        amounts[i] = None
        # A span that grew over the next figure ("3 dollars 50" takes the "50",
        # "3 ou plus de 5" meets "plus de 5") keeps it: mentions never overlap.
        if m is not None and not (out and m.start < out[-1].end):
            out.append(m)
    return out


class _Reader(Page):
    """A page under the name the shortcut tests use (``tests/test_shortcuts.py``)."""

    def __init__(self, text: str, g: Grammar, territory: Optional[str]):
        super().__init__(text, g, territory)

    def _windows(self):
        return windows.find(self)

    def _ends_before(self, regex, last: frozenset, lo: int, s: int):
        return self.ends_before(regex, last, lo, s)
