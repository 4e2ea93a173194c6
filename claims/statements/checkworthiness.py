"""Check-worthiness: a score in [0, 1] with the reasons that made it.

0.3 plus the weight of each reason found, clamped and rounded to 2 decimals;
each reason carries its ``code``, ``weight`` and the ``detail`` that triggered
it, so a score can always be explained (docs/CLAIMS.md).
"""
from __future__ import annotations

from functools import lru_cache

from .tokens import Phrases
from .words import words

#: Check-worthiness: start value and the weight of each reason (docs/CLAIMS.md).
BASE_SCORE = 0.3
REASON_WEIGHTS = {
    "precise_figure": 0.15,   # an exact figure, not a hedge or a vague quantity
    "money_or_percent": 0.1,  # amounts and rates have sources to check them against
    "attributed": 0.15,       # a named source can be asked or read
    "dated": 0.1,             # a period narrows the statistic to look up
    "change_or_comparison": 0.1,  # the claims that most often mislead
    "subject": 0.05,          # we know what is counted
    "no_subject": -0.1,       # a figure about nothing we could name
    "vague_quantity": -0.15,  # "des milliers", "several hundred": hard to refute
    "hedged": -0.1,           # "pourrait", "may", "reportedly"
    "forecast": -0.1,         # an estimate or forecast cannot be checked yet
    "duration_only": -0.15,   # "pendant 10 ans": rarely the point of a sentence
}
TIME_UNITS = frozenset(("year", "month", "week", "day", "h", "min", "s"))
_VAGUE_QUALIFIERS = frozenset(("vague", "approx", "estimate", "more_than", "less_than",
                               "at_least", "up_to"))


@lru_cache(maxsize=None)
def _hedges(code: str) -> Phrases:
    w = words(code)
    return Phrases(w.W.hedge_words, w.word_re)


def is_duration(m) -> bool:
    return m.kind == "quantity" and m.unit in TIME_UNITS


def checkworthiness(doc, sentence, mentions, figures, subject, attribution, time, ctype, code):
    reasons = []

    def add(c, detail):
        reasons.append({"code": c, "weight": REASON_WEIGHTS[c], "detail": detail})

    precise = [m for m in mentions if m.qualifier == "exact" and not m.approximate]
    if precise:
        add("precise_figure", precise[0].text)
    money = [m for m in mentions if m.kind in ("money", "percent")]
    if money:
        add("money_or_percent", money[0].text)
    if attribution:
        add("attributed", attribution.source.text)
    if time:
        add("dated", time.text)
    if ctype in ("change", "comparison"):
        add("change_or_comparison", ctype)
    if subject:
        add("subject", subject.text)
    else:
        add("no_subject", "no noun names what is counted")
    if all(m.qualifier in _VAGUE_QUALIFIERS or m.approximate for m in mentions):
        add("vague_quantity", mentions[0].text)
    hedge = next((h for h in _hedges(code).finditer(doc, sentence.start, sentence.end)
                  if not figures.meets(h.start(), h.end())), None)
    if hedge:
        add("hedged", hedge.group())
    if ctype == "estimate":
        add("forecast", "estimate or forecast")
    if all(is_duration(m) for m in mentions):
        add("duration_only", mentions[0].text)
    score = BASE_SCORE + sum(r["weight"] for r in reasons)
    return round(min(1.0, max(0.0, score)), 2), reasons
