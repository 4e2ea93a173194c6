"""Stage 1, where to look: the stretches of text around digits and number words.

Every later pattern runs only inside these windows, and a number-word pattern only in
a window that holds a word it needs (``Grammar.core_needs``): a book page with no
figure costs one token scan, a paragraph with digits only no number-word pattern.
"""
from __future__ import annotations

from typing import List, Set, Tuple

from ..model import TooManyFigures
from .page import Page, word_end, word_start
from .surroundings import plain_article

#: characters around a digit or number word that a figure's parts may span
REACH = 40


def find(page: Page) -> List[Tuple[int, int, Set[str]]]:
    """Merged stretches of text around digits and number words, each with the
    triggers it holds ("#" for a figure in digits, else the word, folded).  Window
    ends fall on white space so that no pattern sees a word cut.  Past
    ``page.max_figures`` digits and number words, :class:`claims.TooManyFigures`."""
    t, triggers, reach = page.text, page.g.triggers, REACH
    # fold() only where lower() may differ from it: in a text holding an odd letter
    odd = page.fold is not str.lower
    # [start, end before it is moved to a word end, triggers, their spans]
    windows: List[list] = []
    figures, limit = 0, page.max_figures
    if odd:  # a text with an odd letter goes token by token
        matches = page.g.token_re.finditer(t)
    else:  # the regex engine skips the words that trigger nothing (windows.scan)
        matches = scan(page.g, t.lower())
    for m in matches:
        tok = m.group()
        if tok[0].isnumeric():
            key = "#"
        else:
            key = tok.lower()
            if key not in triggers and (not odd or (key := page.fold(tok)) not in triggers):
                continue
            if odd and m.start() and (t[m.start() - 1] == "_" or t[m.start() - 1].isdecimal()):
                continue  # "3millions": no word starts there (as trigger_word_re's \b)
        if limit is not None:
            figures += 1
            if figures > limit:  # before anything else is read (extract's max_figures)
                raise TooManyFigures(figures, limit)
        s, e = m.start(), m.end()
        if windows and s - reach <= windows[-1][1]:
            windows[-1][1] = e + reach
            windows[-1][2].add(key)
            windows[-1][3].append((s, e))
        else:
            windows.append([word_start(t, s - reach), e + reach, {key}, [(s, e)]])
    # each end moved to a word end once per window, not once per figure
    out = [(s, word_end(t, e), seen) for s, e, seen, _ in windows]
    _drop_plain_articles(page, out, [w[3] for w in windows])
    _share_triggers(out)
    return out


def scan(g, low: str):
    """The matches of the window scan in the lowered text ``low`` (the same offsets as
    the text: only an odd letter, "İ", lowers to two characters), in text order:
    digits and vulgar fractions, trigger words, and tokens that open with a letter
    outside the Latin alphabets (``Grammar.trigger_word_re`` and its neighbours)."""
    matches = [*g.digit_scan_re.finditer(low), *g.trigger_word_re.finditer(low)]
    if g.other_letter_re.search(low) is not None:
        matches += g.other_token_re.finditer(low)
    matches.sort(key=_start)
    return matches


def _start(m) -> int:
    return m.start()


def _drop_plain_articles(page: Page, out, spans) -> None:
    """Leave out each window that holds articles and nothing else ("il y a un projet",
    "one of them"), apart from every other window, when each is a plain article
    (:func:`.surroundings.plain_article`): no pattern could make one a figure, and most
    of a French text's triggers are such articles."""
    articles = page.g.articles
    keep = []
    for i, (ws, we, seen) in enumerate(out):
        if seen <= articles and (i == 0 or out[i - 1][1] < ws) \
                and (i + 1 == len(out) or we < out[i + 1][0]) \
                and all(plain_article(page, s, e) for s, e in spans[i]):
            page.counted_article = True
        else:
            keep.append((ws, we, seen))
    out[:] = keep


def _share_triggers(windows) -> None:
    """A window whose end ran on over the next one's start (a long run without a
    space) shares its triggers with it: a pattern in either may reach them."""
    for i in range(1, len(windows)):
        if windows[i][0] < windows[i - 1][1]:
            windows[i][2].update(windows[i - 1][2])
    for i in range(len(windows) - 1, 0, -1):
        if windows[i][0] < windows[i - 1][1]:
            windows[i - 1][2].update(windows[i][2])
