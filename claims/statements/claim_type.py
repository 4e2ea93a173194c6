"""Type: what kind of statement one figure makes (CONVENTIONS.md, "Claims").

``estimate`` (a forecast, an expectation, an estimate named as such),
``change`` (a rise, a fall, the values before and after, percentage points),
``comparison`` (two things set side by side), ``share`` (a proportion, a part
of a whole), ``range`` (an X–Y span and nothing more), else ``level``; the
first that applies in that order.  The cues are read in the figure's own
clause, so two figures of one sentence can differ ("le loyer atteint 1 450
euros, tandis que le prix recule de 3 %": a level, then a change).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import List, Optional, Tuple

from ..compiling import building
from ..model import Mention
from ..sentences import Sentence
from .tokens import Doc, Found, PhraseLists, Phrases, Spans
from .words import words


class Tables:
    def __init__(self, code: str):
        w = self.w = words(code)
        W = w.W
        self.lists = PhraseLists({
            "change": Phrases(W.change_words, w.word_re),
            "comparison": Phrases(W.comparison_words, w.word_re),
            "share": Phrases(W.share_words, w.word_re),
            "estimate": Phrases(W.estimate_words + W.estimate_nouns, w.word_re),
            "clause": Phrases(W.clause_openers, w.word_re),
            "marker": Phrases(W.share_markers, w.word_re),
            "base": Phrases(W.base_links, w.word_re),
        })
        # read only for a figure that has an estimate cue after it (lazily, per sentence)
        self.misses = Phrases(W.estimate_misses, w.word_re)
        self.expecting = frozenset(x.lower().replace("’", "'") for x in W.expecting_verbs)
        self.path_starts = frozenset(x.lower() for x in W.path_starts)
        self.ranking = Phrases(W.ranking_words, w.word_re)
        self.comparison_blockers = Phrases(W.comparison_blockers, w.word_re)
        self.superlatives = Phrases(W.superlatives, w.word_re)
        self.range_openers = tuple(x.lower() for x in W.range_openers)
        self.range_links = tuple(x.lower() for x in W.range_links)
        self.margin = tuple(x.lower() for x in W.margin_words)
        self.respective = Phrases(W.respective_words, w.word_re)
        self.complementisers = frozenset(x.lower().replace("’", "'") for x in W.complementisers)
        n = lambda xs: frozenset(x.lower().replace("’", "'") for x in xs)  # noqa: E731
        self.whole_openers, self.whole_links = n(W.whole_openers), n(W.whole_links)


@lru_cache(maxsize=None)
@building()  # their patterns' programs kept, as the grammar's (claims.compiling)
def tables(code: str) -> Tables:
    return Tables(code)


class Hits:
    """The matches of one word list in one sentence, outside its figures, asked by
    position (bisection): found once, read for every figure."""

    __slots__ = ("found", "starts")

    def __init__(self, found: List[Found]):
        self.found, self.starts = found, [f.start() for f in found]

    def within(self, lo: int, hi: int) -> List[Found]:
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.found) and self.found[i].start() < hi:
            if self.found[i].end() <= hi:
                out.append(self.found[i])
            i += 1
        return out

    def first_within(self, lo: int, hi: int) -> Optional[Found]:
        i = bisect_left(self.starts, lo)
        while i < len(self.found) and self.found[i].start() < hi:
            if self.found[i].end() <= hi:
                return self.found[i]
            i += 1
        return None


class Cues:
    """Every type cue of one sentence, and its clause boundaries."""

    def __init__(self, doc: Doc, sentence: Sentence, figures: Spans, t: Tables):
        s, e = sentence.start, sentence.end
        hits = {}
        for name, found in t.lists.finditer(doc, s, e).items():
            # a cue inside a figure ("en hausse de 3 %") is part of it, not a cue
            hits[name] = Hits([m for m in found
                               if name == "clause" or not figures.holds(m.start(), m.end())])
        if hits["comparison"].found and t.comparison_blockers.first_words:
            # "doit faire face à un déficit": no comparison
            blocked = list(t.comparison_blockers.finditer(doc, s, e))
            if blocked:
                hits["comparison"] = Hits([
                    m for m in hits["comparison"].found
                    if not any(b.start() <= m.start() and m.end() <= b.end() + 3
                               for b in blocked)])
        self.change, self.comparison = hits["change"], hits["comparison"]
        self.margin = t.margin
        self.share, self.estimate, self.clause = hits["share"], hits["estimate"], hits["clause"]
        self.marker, self.base = hits["marker"], hits["base"]
        self.text = doc.text
        self.start, self.end = s, e
        self.share_links = t.w.share_links
        self.complementisers = t.complementisers
        self.brackets = "(" in doc.text[s:e]
        self.figures = figures.spans  # sorted (start, end) of the sentence's figures
        self.figure_starts = figures.starts
        self._doc, self._misses_of, self._misses = doc, t.misses, None
        self.expecting, self.path_starts = t.expecting, t.path_starts

    def misses(self) -> Hits:
        """The words that set a figure against an estimate after it ("missing a
        forecast", "above economists' expectations"), found once per sentence when
        first asked."""
        if self._misses is None:
            self._misses = Hits(list(self._misses_of.finditer(self._doc, self.start,
                                                              self.end)))
        return self._misses

    def figure_between(self, lo: int, hi: int) -> bool:
        """Whether a figure of the sentence lies wholly in [lo, hi)."""
        i = bisect_left(self.figure_starts, lo)
        return i < len(self.figures) and self.figures[i][1] <= hi

    def local(self, mention: Mention, clause: Tuple[int, int]) -> Tuple[int, int]:
        """The stretch of the clause that is this figure's own: from the end of the
        figure before it to the start of the figure after it ("soared 8.1 percent,
        compared with a 5.2 percent rise …, which collects data for over 2,300
        airports": "rise" is not about the airports)."""
        i = bisect_left(self.figure_starts, mention.start)
        lo = self.figures[i - 1][1] if i > 0 else clause[0]
        j = bisect_left(self.figure_starts, mention.end)
        hi = self.figures[j][0] if j < len(self.figures) else clause[1]
        return max(lo, clause[0]), min(hi, clause[1])

    def clause_of(self, mention: Mention) -> Tuple[int, int]:
        """The stretch of the sentence between the clause openers around ``mention``
        ("tandis que", "; ", "while", "whereas")."""
        found, starts = self.clause.found, self.clause.starts
        i = bisect_left(starts, mention.start)
        lo = self.start
        k = i - 1
        while k >= 0:
            if found[k].end() <= mention.start:
                lo = found[k].end()
                break
            k -= 1
        hi = self.end
        while i < len(found):
            if found[i].start() >= mention.end:
                hi = found[i].start()
                break
            i += 1
        return lo, hi

    def clause_of_point(self, at: int) -> Tuple[int, int]:
        """The clause around one position of the sentence."""
        found, starts = self.clause.found, self.clause.starts
        i = bisect_left(starts, at)
        lo = max([f.end() for f in found[:i] if f.end() <= at], default=self.start)
        hi = min([f.start() for f in found[i:] if f.start() >= at], default=self.end)
        return lo, hi

    def comparison_cue(self, clause: Tuple[int, int]) -> Optional[int]:
        """Where the first comparison word of the clause starts."""
        f = self.comparison.first_within(*clause)
        return f.start() if f else None


def claim_type(cues: Cues, mention: Mention, clause: Tuple[int, int], subject_linked: bool,
               times=(), said=None) -> str:
    """The type of one figure, read in its clause; ``times`` are the sentence's periods
    (a comparison with the same thing at another time is a change); ``said`` the
    figure's attribution ("d'après une estimation de l'Insee" names an estimate)."""
    s, e = clause
    if mention.qualifier == "estimate" or _estimate(cues, mention, s, e) or (
            said is not None and said.kind == "according_to"
            and cues.estimate.first_within(said.start, said.end)):
        return "estimate"
    text = cues.text
    lead = text[max(0, mention.start - 3):mention.start].rstrip()
    signed = mention.kind == "percent" and (
        text[mention.start:mention.start + 1] in "+-−"
        or lead.endswith(("+", "−")) or lead.endswith(("(-", "( -", "(–")))
    lo, hi = cues.local(mention, clause)
    ratio = mention.kind == "number" and mention.high is not None and mention.high < 1
    # a figure that is a part of a whole by its own words ("83% of global electricity",
    # "one in 10", "dont 450 CDD") is changed only by a word of its own stretch; any
    # other figure by a word of its clause ("rose 8% to 299 million", "741.6 million
    # passengers in 2017, up 3 percent": the values before and after)
    own_share = mention.kind == "percent" and _share_link(cues, mention)
    inside = _bracket_around(text, mention, s, e) if cues.brackets else None
    if inside is not None:
        # an aside in brackets ("(pour un prix moyen de 170 000 euros)", "(c'est-à-dire
        # environ 23 milliards de dollars)") is changed only by its own words
        reach = inside
    elif own_share:
        comma = text.find(",", mention.end, mention.end + 40)
        reach = (lo, min(hi, mention.end + 40 if comma < 0 else comma))
    else:
        reach = (s, min(e, mention.end + 40))
    changed = cues.change.first_within(*reach)
    if changed is not None and cues.share.found:
        changed = [x for x in cues.change.within(*reach)
                   if not any(y.start() <= x.start() and x.end() <= y.end()
                              for y in cues.share.within(x.start() - 12, x.end()))]
    cue = None
    if cues.comparison.found:
        # "$122.1 billion, $3.4 billion less than September exports": one thing at two
        # times, the value and its difference (a change for both)
        near = cues.comparison_cue((mention.start, min(e, mention.end + 60)))
        if near is not None and any(near < x.start < e for x in times) and not (
                mention.unit == "pp" or signed):
            return "change"
        cue = cues.comparison_cue((lo, hi))
    if mention.unit == "pp" and cue is not None and cue < mention.start:
        return "comparison"  # a lead: "leads Ernst by 3 percentage points"
    if mention.unit == "pp" and text[mention.start:mention.end].lower().startswith(cues.margin) \
            or mention.unit == "pp" and text[max(s, mention.start - 24):mention.start].lower() \
            .rstrip().endswith(cues.margin):
        pass  # a margin of error: "plus or minus 3.8 percentage points"
    elif mention.unit == "pp" or signed or changed:
        return "change"  # not the "up" of "making up 83%"
    if cue is not None:
        # "$3.4 billion more than September exports", "12.4% lower than a year ago",
        # "compared with $801m in the year-ago quarter": one thing at two times
        if any(cue < x.start < e for x in times):
            return "change"
        return "comparison"
    if ratio or (subject_linked and mention.kind == "percent"):
        return "share"
    if cues.share.first_within(s, mention.start) or _marked(cues, mention):
        return "share"
    if mention.qualifier == "range":
        return "range"
    return "level"


def _estimate(cues: Cues, mention: Mention, s: int, e: int) -> bool:
    """An estimate cue of the clause: before the figure, or after it with no comma and
    no other figure between ("…, exceeding Wall Street's estimates for $3.89bn" makes
    no estimate of the figures before the comma)."""
    text = cues.text
    for x in cues.estimate.within(s, e):
        if x.start() < mention.start:
            # "forecast sales of 14.5 billion euros in 2012, up from 13.3 billion in
            # 2011", "devrait émettre 315 Mt, contre 441 Mt en 2019": the baseline a
            # forecast is set against is no forecast; not "expected to increase from
            # 3% to 20%", "forecasts running from 40,000 to 190,000" (no forecast
            # figure before the baseline: the forecast's own start)
            if any(x.end() <= b.start() and (
                       cues.figure_between(x.end(), b.start())
                       or b.group().lower() not in cues.path_starts)
                   for b in cues.base.within(x.end(), mention.start)
                   if len(text[b.end():mention.start].split()) <= 3
                   and b.group().lower().replace("’", "'") not in cues.complementisers):
                continue
            if _governs_other(cues, x, mention):
                continue
            return True
        between = text[mention.end:x.start()]
        if "," in between or ";" in between or any(c.isdigit() for c in between):
            continue
        if cues.misses().first_within(mention.end, x.start()):
            continue  # "8.3% rise and missing a forecast", "70,000 above expectations"
        if x.group().lower().replace("’", "'").split()[0] in cues.expecting and (
                mention.kind == "percent" or (mention.high is not None and mention.high < 1)):
            continue  # "83 per cent expecting a raise": a share of those who expect
        return True
    return False


def _governs_other(cues: Cues, x: Found, mention: Mention) -> bool:
    """Whether the estimate cue ``x`` governs another figure right after it, with a
    comma and more than six words before ``mention`` ("Les dépenses, estimées à 5 533,9 milliards, incluent
    les comptes … fixés à 221,5 milliards": the estimate is the first figure's)."""
    i = bisect_left(cues.figure_starts, x.end())
    if i >= len(cues.figures) or cues.figures[i][0] >= mention.start:
        return False
    a, b = cues.figures[i]
    text = cues.text
    between = text[b:mention.start]
    return len(text[x.end():a].split()) <= 1 and "," in between and len(between.split()) > 6


def _bracket_around(text: str, mention: Mention, s: int, e: int) -> Optional[Tuple[int, int]]:
    """The inside of the brackets that hold the figure with other words, if any."""
    opening = text.rfind("(", max(s, mention.start - 80), mention.start)
    if opening < 0 or ")" in text[opening:mention.start]:
        return None
    closing = text.find(")", mention.end, min(e, mention.end + 80))
    if closing < 0 or not text[opening + 1:mention.start].strip():
        return None  # "(+4,5 %)", "(23,5 %)": a figure alone in brackets answers its clause
    return opening + 1, closing


def _share_link(cues: Cues, mention: Mention) -> bool:
    """Whether a share link and a word follow the percentage: "83% of global
    electricity", "13% des recettes", "6.8 per cent of GDP"."""
    after = cues.text[mention.end:mention.end + 30].split()
    return len(after) > 1 and after[0].lower().replace("’", "'") in cues.share_links and \
        after[1][:1].isalpha()


def _marked(cues: Cues, mention: Mention) -> bool:
    """A share marker touching the figure: "dont 30 milliards", "40 % d'entre eux"."""
    text = cues.text
    for x in cues.marker.within(max(cues.start, mention.start - 30), mention.end + 30):
        if x.end() <= mention.start and not text[x.end():mention.start].strip():
            return True
        if x.start() >= mention.end and not text[mention.end:x.start()].strip():
            return True
    return False


#: a figure alone in brackets right after a word: "China (10%)", "Beijing (89.9
#: million)", "d'essence (1,881 euros)"
_HELD_BEFORE = re.compile(r"[^\W\d_][\w'’.-]*\s*\(\s*$")


def held_in_brackets(text: str, m: Mention) -> bool:
    """Whether the figure stands alone in brackets right after a word ("China (10%)")."""
    return _HELD_BEFORE.search(text, max(0, m.start - 40), m.start) is not None and \
        text[m.end:m.end + 3].lstrip()[:1] == ")"


def listed_holders(facts, text: str, cues: Optional[Cues] = None,
                   t: Optional[Tables] = None) -> None:
    """Figures listed each in brackets after its holder ("China (10%), the US (12%),
    India (10%)", "followed by Beijing (89.9 million) and Dubai (78 million)") are set
    side by side: a comparison (docs/CLAIMS_CORPUS.md: lists and rankings), unless a
    figure says more of itself (a change, an estimate); so is the figure of the same
    kind that heads a ranking before them ("Atlanta …, with 101.5 million passengers,
    followed by Beijing (89.9 million)", "en tête, avec 13 720,7 milliards, suivie du
    Sénégal (7 003,6 milliards)"), and figures paired one by one with the things named
    before them ("with 21% and 33% respectively")."""
    side = ("level", "share", "range")
    held = [f for f in facts if held_in_brackets(text, f.mention)] \
        if cues is None or cues.brackets else []
    kinds = {}
    for f in held:  # money of two currencies ("FCFA": XOF, XAF) is still one list
        kinds.setdefault((f.mention.kind, f.mention.unit), []).append(f)
    for key, group in kinds.items():
        if len(group) < 2:
            continue
        for f in group:
            if f.type in side:
                f.type = "comparison"
        if cues is None or t is None:
            continue
        first = group[0].mention.start
        ranked = [x for x in t.ranking.finditer(cues._doc, cues.start, first)]
        if not ranked:
            continue
        for f in facts:
            m = f.mention
            if m.end <= ranked[-1].start() and (m.kind, m.unit) == key and f.type in side:
                f.type = "comparison"
    if cues is None or t is None or len(facts) < 2:
        return
    for x in t.respective.finditer(cues._doc, cues.start, cues.end):
        paired = [f for f in facts if f.mention.end <= x.start()
                  and cues.clause_of(f.mention) == cues.clause_of_point(x.start())]
        if len(paired) >= 2:
            for f in paired:
                if f.type in side:
                    f.type = "comparison"


def ranked_and_spanned(facts, cues: Cues, t: Tables) -> None:
    """Figures in brackets after their holder, read with the words around them: one
    after a superlative of its clause, no figure between, ranks its holder among
    others ("La ville la plus abordable est Brest (327 euros)", "North America
    scoring the highest (83.5%)": a comparison); two written apart between the words
    of a span ("varier entre 344 euros (Saint-Étienne) et 875 euros (Paris)") are
    its two ends (a range)."""
    text = cues.text
    side = ("level", "share")
    if not cues.brackets:
        return
    held = [held_in_brackets(text, f.mention) for f in facts]
    supers = None
    for k, f in enumerate(facts):
        m = f.mention
        if not held[k] or f.type not in side:
            continue
        if supers is None:
            supers = Hits(list(t.superlatives.finditer(cues._doc, cues.start, cues.end)))
        lo = cues.clause_of(m)[0]
        if k > 0:
            lo = max(lo, facts[k - 1].mention.end)
        if supers.first_within(lo, m.start):
            f.type = "comparison"
    for k, (f, g) in enumerate(zip(facts, facts[1:])):
        if f.type not in side or g.type not in side or f.mention.kind != g.mention.kind:
            continue
        before = text[max(cues.start, f.mention.start - 12):f.mention.start].lower().split()
        between = text[f.mention.end:g.mention.start]
        closing = between.rfind(")")  # the holder or the aside of the first end
        link = between[closing + 1:].strip().lower() if "(" in between[:closing] else ""
        if before and before[-1] in t.range_openers and link in t.range_links:
            f.type = g.type = "range"


def parts_of_whole(facts, text: str, t: "Tables", sentence_start: int) -> None:
    """Figures stated as parts of a whole the sentence names (a share, CONVENTIONS):
    a percentage in brackets after an amount ("165 M€ (23,5 %)"), a count before
    another with a link of the whole ("195 des 250 salariés", "12 of the 40
    members"), and the counts after a whole that opens the sentence ("Sur les 881
    hospitalisations, … 19 personnes", "Of the 1,140 employees polled, 110 …")."""
    whole = None
    if facts:  # only the sentence's first figure can open it (a bounded look)
        m = facts[0].mention
        lead = text[max(sentence_start, m.start - 40):m.start].strip(" \t\n\u00a0-–—•«“\"")
        words = lead.lower().replace("’", "'").split()
        if words and " ".join(words) in t.whole_openers and \
                not text[sentence_start:m.start - len(lead) - 1].strip(" \t\n\u00a0-–—•«“\""):
            whole = facts[0]
    previous = None
    for f in facts:
        m, before, previous = f.mention, previous, f
        if f is whole or f.type != "level":
            continue
        if whole is not None and m.kind == whole.mention.kind and m.kind == "number":
            f.type = "share"
            continue
        if m.kind == "percent" and before is not None and before.mention.kind != "percent" \
                and text[max(0, m.start - 2):m.start].strip() == "(" and \
                not text[before.mention.end:m.start].strip(" (\u00a0"):
            f.type = "share"  # "165 M€ (23,5 %)"
    for f, g in zip(facts, facts[1:]):
        between = text[f.mention.end:g.mention.start].strip().lower().replace("’", "'")
        if f.type == "level" and f.mention.kind == g.mention.kind == "number" and \
                between in t.whole_links:
            f.type = "share"  # "195 des 250 salariés"


def _is_duration(m) -> bool:
    return m.kind == "quantity" and m.unit in ("year", "month", "week", "day", "h", "min", "s")


def levels_with_their_change(facts, cues: Cues, w) -> None:
    """A level followed in its clause by its change after a comma ("741.6 million
    passengers in 2017, up 3 percent", "704 million passengers, a 5.3 percent drop
    from 2008", "s'établit à 169,20 ME, en hausse de 7,1 %", "s'affichait à 1,6956 euro
    le litre, soit une hausse de 3,6 centimes") is a change: the value
    after, with the change (docs/CLAIMS_CORPUS.md)."""
    text = cues.text
    for f, g in zip(facts, facts[1:]):
        if f.type != "level" or g.type != "change" or f.mention.kind == "percent" and \
                g.mention.kind != "percent" or cues.clause_of(f.mention) != cues.clause_of(g.mention):
            continue
        between = text[f.mention.end:g.mention.start]
        tail = between.rsplit(",", 1)[-1]  # ", up", ", a", ", en hausse de"
        first = (tail.split() or [""])[0].lower().replace("’", "'")
        apposed = first in w.change_appositions  # ", soit une hausse de", ", i.e. a"
        if first not in w.change_single and first not in w.indefinite and \
                first not in w.prepositions and not apposed:
            continue  # ", vont bientôt s'ajouter 30 milliards": a verb of its own
        if "," in between and len(between.split()) <= 12 and \
                len(tail.split()) <= (5 if apposed else 3) and \
                not any(c in between for c in ";:()") and not _is_duration(f.mention):
            f.type = "change"
