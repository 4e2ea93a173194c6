"""From mentions to the statements a fact-checker checks.

    >>> import claims
    >>> text = "Selon l'Insee, le chômage a atteint 7,1 % en 2022."
    >>> [c.subject.text for c in claims.find_claims(text, claims.extract(text, "fr"), "fr")]
    ['le chômage']

One :class:`Claim` per sentence that holds at least one mention, and in it one
:class:`Fact` per mention, each read on its own (CONVENTIONS.md, "Claims"),
one module per field:

* :mod:`.tokens`: the text cut into words once per call (a :class:`Doc`, dropped
  with the call), word lists looked up in a sentence's own words;
* :mod:`.subject`: what the figure counts or measures (:mod:`.nouns` reads noun phrases);
* :mod:`.attribution`: who says it;
* :mod:`.time`: the period it belongs to, resolved against the request's date;
* :mod:`.claim_type`: estimate, change, comparison, share, range or level;
* :mod:`.checkworthiness`: a score with its reasons, for the claim.

Every cue word comes from ``StatementWords`` in the language modules; the
patterns built from them are compiled once per language.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from typing import List, Optional, Sequence, Tuple

from ..lang import resolve_language
from ..model import Mention
from ..sentences import Sentence, Span, keep_whole, split_resolved
from . import attribution as _attribution
from . import claim_type as _type
from . import time as _time
from .checkworthiness import BASE_SCORE, REASON_WEIGHTS, checkworthiness, is_duration
from .model import (CLAIM_TYPES, TYPE_PRECEDENCE, Attribution, Claim, Fact, TimeRef,
                    highest_type, mention_ids)
from . import nouns as _nouns
from .subject import sentence_subject
from .subject import subject as _subject
from .tokens import Spans
from .words import words as _words

__all__ = ["find_claims", "Claim", "Fact", "Attribution", "TimeRef", "CLAIM_TYPES",
           "TYPE_PRECEDENCE", "BASE_SCORE", "REASON_WEIGHTS", "mention_ids", "highest_type",
           "prepare"]


def prepare(code: str) -> None:
    """Build the tables of one language now (a server does it before forking)."""
    _words(code)
    _attribution.tables(code)
    _time.tables(code)
    _type.tables(code)


def find_claims(text: str, mentions: Sequence[Mention], lang: Optional[str] = None,
                date: Optional[_dt.date] = None,
                sentences: Optional[List[Sentence]] = None) -> List[Claim]:
    """The claims of ``text`` given its ``mentions`` (from :func:`claims.extract`).

    ``date`` is the day relative times are read against ("l'an dernier");
    today when it is None.  Claim ids are "c1", "c2"… in text order; mention ids
    are those of :func:`mention_ids`.
    """
    if not mentions:
        return []
    code = resolve_language(text, lang)
    w = _words(code)
    at, tt, ty = _attribution.tables(code), _time.tables(code), _type.tables(code)
    today = date or _dt.date.today()
    ids = mention_ids(mentions)
    if sentences is None:
        sentences = split_resolved(text, code)
    sentences = keep_whole(text, sentences, mentions)  # no figure cut in two
    groups = _by_sentence(sentences, mentions, ids)
    # this call's tokens, dropped when it returns: the sentences with figures, and
    # what follows them far enough for a quotation's speaker
    doc = w.doc(text, [(s.start, s.end + _TAIL) for s, _ in groups])
    quoted = _attribution.quotes(doc, at)
    quote_starts = [q[0] for q in quoted]
    claims: List[Claim] = []
    for sentence, held in groups:
        ms = [m for _, m in held]
        figures = Spans((m.start, m.end) for m in ms)
        found = _time.times(doc, sentence, figures, today, tt)
        framing = _time.frames(doc, sentence, ms, today, tt)
        if framing:
            found = sorted(found + framing, key=lambda x: x.start)
        starts = [x.start for x in found]
        blocked = figures.plus(*((x.start, x.end) for x in found if x.kind != "frame"))
        cues = _type.Cues(doc, sentence, figures, ty)
        owners = _time.Owners(doc, sentence, found, ms, tt, cues.base.found)
        speech = _attribution.Cues(doc, sentence, at)
        facts = []
        said = {}
        framed = any(not is_duration(m) for m in ms)
        previous = None
        by_kind = {}
        counting = set()
        for mid, m in held:
            # a figure set against another is read against the last one of its kind
            # ("de 42 % pour la voie de 1,5 °C et de 28 %")
            subj, linked, pronoun, change_noun = _subject(
                doc, sentence, m, w, blocked, by_kind.get(m.kind) or previous)
            if subj is not None and previous is not None and _is_baseline(subj, w):
                subj = previous  # "ahead of the consensus estimate of $36.8m": revenue
            if subj is None and not pronoun:
                # "Gross margin improved to 65.1%, up from 63.4%": a figure with no noun
                # of its own is about what the figure before it is about; the first
                # one, about the sentence's subject
                subj = previous or change_noun or sentence_subject(doc, sentence, m, w,
                                                                   blocked)
            subj = _bare(doc, subj, w)
            if linked and is_duration(m):
                counting.add(mid)  # "deux années de baisse": no frame, a count
            if linked or not is_duration(m):
                # a framing duration takes its figure's subject later ("for three years"),
                # unless it counts a noun of its own ("deux années de baisse")
                previous = by_kind[m.kind] = subj
            quote = _quote_of(quoted, quote_starts, m)
            key = (quote, subj and (subj.start, subj.end))
            if key not in said:
                said[key] = _attribution.attribution(
                    doc, sentence, m, quote, at, blocked, speech, subj)
            clause = cues.clause_of(m)
            if is_duration(m) and framed:
                # a duration that frames another figure is a figure of its own: a level
                # (or a range), whatever the change it frames ("a 17.6% drop for the
                # past 12 months"); alone ("doublé en deux ans") it carries the claim
                ctype = "range" if m.qualifier == "range" else "level"
            else:
                ctype = _type.claim_type(cues, m, clause, linked, found, said[key])
            cue = cues.comparison_cue(cues.local(m, clause)) if ctype == "comparison" else None
            # a framing duration is a figure of its own with no period (docs/READING.md)
            when = None if is_duration(m) and framed else _time.nearest(
                found, starts, m, clause, before=cue, owners=owners,
                change=ctype in ("change", "comparison"))
            facts.append(Fact(mid, m, subj, said[key], when, ctype))
        _frame_durations(facts, counting)
        _bracketed_changes(facts, doc.text)
        _listed_types(facts, doc, w)
        if cues.brackets:
            _listed_periods(facts, doc, w)
        _type.listed_holders(facts, doc.text, cues, ty)
        _type.ranked_and_spanned(facts, cues, ty)
        _type.parts_of_whole(facts, doc.text, ty, sentence.start)
        _type.levels_with_their_change(facts, cues, w)
        first = facts[0]
        score, reasons = checkworthiness(doc, sentence, ms, figures, first.subject,
                                         first.attribution, first.time,
                                         highest_type([f.type for f in facts]), code)
        claims.append(Claim(f"c{len(claims) + 1}", sentence, facts, score, reasons))
    return claims


#: characters tokenised after a sentence with figures (a quotation's speaker)
_TAIL = 240


def _by_sentence(sentences, mentions, ids) -> List[Tuple[Sentence, List[Tuple[str, Mention]]]]:
    """The sentences that hold mentions, each with its (id, mention) pairs."""
    out = []
    k = 0
    for sentence in sentences:
        held: List[Tuple[str, Mention]] = []
        while k < len(mentions) and mentions[k].start < sentence.end:
            if mentions[k].start >= sentence.start:
                held.append((ids[k], mentions[k]))
            k += 1
        if held:
            out.append((sentence, held))
    return out


def _bare(doc, span, w):
    """A subject without its leading determiners (CONVENTIONS: "le chômage" is about
    "chômage"; "l'Insee" keeps its article only as a source)."""
    if span is None:
        return None
    toks = doc.tokens(span.start, span.end)
    i = 0
    while i < len(toks) - 1 and (toks[i].low in w.determiners or toks[i].low in w.indefinite
                                 or toks[i].text in "«“\"‘„"):
        i += 1  # nor an opening quotation mark: "le «pouvoir d'achat»"
    if i == 0:
        return span
    start = toks[i].start
    return Span(start, span.end, doc.text[start:span.end])


def _is_baseline(span, w) -> bool:
    """Whether a subject is an expectation a figure is set against ("the consensus
    estimate", "analysts' expectations")."""
    words = span.text.lower().replace("’", "'").split()
    return any(x in w.baselines for x in words[-2:])


def _quote_of(quoted, starts, m: Mention):
    """The quotation that holds ``m``, if any (quotations are disjoint and sorted)."""
    i = bisect_right(starts, m.start) - 1
    if i >= 0 and quoted[i][0] <= m.start and m.end <= quoted[i][1]:
        return quoted[i]
    return None


def _bracketed_changes(facts: List[Fact], text: str) -> None:
    """A level followed by its change in brackets ("11 millions de voyageurs
    (+4,5 %)", "3 183 € brut (+ 1,5 % en 2019)") is a change: before and after."""
    for f, g in zip(facts, facts[1:]):
        between = text[f.mention.end:g.mention.start]
        signed = text[g.mention.start:g.mention.start + 1] in "+-−–" or \
            between.rstrip().endswith(("+", "−", "(-", "( -", "(–"))
        if g.type == "change" and f.type == "level" and signed and "(" in between and \
                len(between) < 40 and not is_duration(f.mention):
            f.type = "change"


def _listed_types(facts: List[Fact], doc, w) -> None:
    """A figure listed after another with no verb of its own between them ("the US
    (38.7 percent), Spain (4.4 percent)", "3 millions en 2014, 4 millions en 2017")
    is the same kind of statement: it takes the previous figure's type when its own
    reading found no cue (a level)."""
    for f, g in zip(facts, facts[1:]):
        if g.type != "level" or f.type == "level" or is_duration(g.mention) \
                or is_duration(f.mention) or f.mention.kind != g.mention.kind:
            continue
        if not _listed_after(doc, f, g, w):
            continue
        g.type = f.type


def _listed_periods(facts: List[Fact], doc, w) -> None:
    """Figures listed each in brackets after its holder, with no verb between them,
    break down one total at one time: a figure of the list with no period of its own
    takes the period of the one before it ("EUR 43.2 billion in October as sales
    increased for aerospace products (7.4 percent), food products (3.1 percent)")."""
    text = doc.text
    for f, g in zip(facts, facts[1:]):
        if g.time is not None or f.time is None or f.mention.kind != g.mention.kind:
            continue
        if not (_type.held_in_brackets(text, f.mention)
                and _type.held_in_brackets(text, g.mention)):
            continue
        if not _listed_after(doc, f, g, w):
            continue
        g.time = f.time


def _listed_after(doc, f: Fact, g: Fact, w) -> bool:
    """``g`` stands in a list after ``f``: a dozen tokens at most between them, and no
    verb of its own."""
    between = doc.tokens(f.mention.end, g.mention.start)
    return len(between) <= 12 and not any(x.is_word and _nouns.is_verb(between, i, w)
                                          for i, x in enumerate(between))


def _frame_durations(facts: List[Fact], counting=()) -> None:
    """A duration that frames another figure ("over the past four years") takes that
    figure's subject: the nearest figure of the sentence that is not a duration; not
    one that counts a noun of its own ("après deux années de baisse": ``counting``)."""
    figures = [f for f in facts if not is_duration(f.mention)]
    if not figures:
        return
    for f in facts:
        if is_duration(f.mention) and f.mention_id not in counting:
            nearest = min(figures, key=lambda g: abs(g.mention.start - f.mention.start))
            f.subject = nearest.subject
