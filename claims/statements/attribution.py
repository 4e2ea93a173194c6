"""Attribution: who states a figure (CONVENTIONS.md, "Claims").

First that applies, within the sentence: the quotation holding the figure with
its speaker (after the closing mark or before the opening one); "selon X",
"according to X" (a document names its author: "une étude de Bpifrance");
a verb of saying with its source before it ("The IMF said") or after it when
inverted (", said Ms. Brown", "a affirmé jeudi le ministre").  A source never
holds a figure of the claim and is never the figure's own subject.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Tuple

from ..compiling import building
from ..model import Mention
from ..sentences import Sentence, Span
from .model import Attribution
from .nouns import is_content, is_verb, np_ending, span_of
from .tokens import Doc, PhraseLists, Phrases, Spans, norm, phrase_re
from .words import Words, words

_FLAGS = re.IGNORECASE | re.UNICODE
_AFTER_QUOTE = re.compile(r"[\s,\u00a0]*")
#: how far (characters) a source is looked for from its verb or "selon"
_REACH = 200


class Tables:
    """The attribution patterns of one language."""

    def __init__(self, code: str):
        w = self.w = words(code)
        W = w.W
        # the quotation's speaker is looked for past the sentence: a regex there
        self.speech_re = re.compile(phrase_re(W.speech_verbs), _FLAGS)
        self.according = Phrases(W.according_to, w.word_re)
        self.speech = Phrases(W.speech_verbs, w.word_re)
        self.cues = PhraseLists({"according": self.according, "speech": self.speech})
        self.complement_re = re.compile(r"\s*(?:" + phrase_re(W.complementisers, before="")
                                        + r"|:|«|“|\")", _FLAGS)
        self.complementisers = bool(W.complementisers)
        self.quote_pairs = dict(W.quote_pairs)
        self.quote_open_re = re.compile("[" + re.escape("".join(self.quote_pairs)) + "]")
        self.by = frozenset(norm(x) for x in W.author_links)
        # words that may stand between a verb of saying and its inverted source:
        # "a affirmé jeudi le ministre", "said on Monday Ms. Brown"
        self.speech_fillers = frozenset(norm(x) for x in W.speech_fillers)
        self.object_verbs = frozenset(norm(x) for x in W.event_speech_verbs)
        self.noun_links = frozenset(norm(x) for x in W.speech_noun_links)
        self.inversion = Phrases(W.inversion_words, w.word_re)
        pronouns = "|".join(re.escape(x) for x in sorted(W.inverted_pronouns, key=len,
                                                         reverse=True)) or "(?!x)x"
        self.inverted_pronoun = re.compile(rf"-(?:t-)?({pronouns})(?![\w])", _FLAGS)
        # "varie selon les secteurs": "depending on", no source
        self.not_according = frozenset(norm(x) for x in W.according_to_blockers)


@lru_cache(maxsize=None)
@building()  # their patterns' programs kept, as the grammar's (claims.compiling)
def tables(code: str) -> Tables:
    return Tables(code)


def quotes(doc: Doc, t: Tables) -> List[Tuple[int, int]]:
    """Quotations as (start of opening mark, end of closing mark), outermost first."""
    text = doc.text
    out = []
    pairs, opening = t.quote_pairs, t.quote_open_re
    unclosed = set()  # marks with no closing mark after them: none further on closes
    m = opening.search(text)
    while m:
        i = m.start()
        if m.group() in unclosed:
            m = opening.search(text, i + 1)
            continue
        j = text.find(pairs[m.group()], i + 1)
        if j < 0:
            unclosed.add(m.group())
            m = opening.search(text, i + 1)
            continue
        out.append((i, j + 1))
        m = opening.search(text, j + 1)
    return out


def source_right(doc: Doc, start: int, end: int, t: Tables, blocked=()) -> Optional[Span]:
    """The source named right after ``start``: "le South China Morning Post", "the IMF",
    "M. Durand"; "une étude de l'OFCE" names the OFCE."""
    w = t.w
    toks = doc.tokens(start, end, blocked)
    i = 0
    # "a affirmé jeudi le ministre": a day or an adverb between verb and source
    while i < len(toks) and toks[i].low in t.speech_fillers:
        i += 1
    skip = i
    while i < len(toks) and (toks[i].low in w.indefinite or toks[i].low in w.determiners):
        i += 1
    # "les derniers chiffres de l'Insee", "a survey by the NFIB": the author
    m = i
    while m < len(toks) and (toks[m].low in w.document_nouns or (
            toks[m].text[:1].isdigit() and not toks[m].blocked)):
        m += 1  # "the 2002 survey", "les derniers chiffres"
    if m > i and m < len(toks) and (toks[m].low in w.links or toks[m].low in t.by):
        i = m + 1
        k = i
        while k < len(toks) and (toks[k].low in w.determiners or toks[k].low in w.links):
            k += 1
        if k >= len(toks) or toks[k].blocked or not toks[k].is_word:
            # "a new survey of 1,000 adults": no author named, the document is the source
            s0, e0 = toks[skip].start, toks[m - 1].end
            return Span(s0, e0, doc.text[s0:e0])
    elif m > i and toks[m - 1].low in w.document_nouns and (
            m >= len(toks) or toks[m].is_punct):
        s0, e0 = toks[skip].start, toks[m - 1].end  # "according to the 2002 survey"
        return Span(s0, e0, doc.text[s0:e0])
    first = i
    while first > skip and toks[first - 1].low in w.determiners and \
            first - 1 >= (m + 1 if m > i else skip):
        first -= 1
    j = i
    while j < len(toks) and toks[j].low in w.determiners:
        j += 1
    last = None
    while j < len(toks) and j - first < 10:
        tok = toks[j]
        if tok.blocked:
            break
        if tok.is_word and (tok.text[0].isupper() or is_content(toks, j, w)):
            last = j
            j += 1
            continue
        if tok.text in (".", "&", "-") and last is not None and j + 1 < len(toks) and \
                toks[j + 1].text[:1].isupper() and (tok.text != "." or len(toks[last].text) <= 3):
            j += 1  # "M. Durand", "Dr. Patel", "S&P Global"
            continue
        if tok.low in w.links and last is not None and j + 1 < len(toks):
            m2 = j + 1
            while m2 < len(toks) and (toks[m2].low in w.determiners or toks[m2].low in w.links):
                m2 += 1
            if m2 < len(toks) and toks[m2].is_word and (toks[m2].text[0].isupper()
                                                        or is_content(toks, m2, w)):
                j = m2
                continue
        break
    if last is None:
        return None
    s, e = toks[first].start, toks[last].end
    e = _bracket_after(doc.text, e, end)  # "the Office for National Statistics (ONS)"
    return Span(s, e, doc.text[s:e])


#: a short bracket after a name: "(ONS)", "(CRE)", "(R-Pa.)"
_BRACKET = re.compile(r"[ \u00a0]*\([^()\d]{1,30}\)")


def _bracket_after(text: str, at: int, limit: int) -> int:
    """Where a source ending at ``at`` ends once the short bracket after it is kept."""
    m = _BRACKET.match(text, at, limit)
    return m.end() if m else at


def _source_before(doc: Doc, start: int, end: int, w, blocked, after: Optional[int] = None):
    """The noun phrase that ends right before ``end`` (a verb of saying), as a Span:
    past a short bracket ("The Office for National Statistics (ONS) said") and a
    relative pronoun ("Sir Mervyn King and his colleagues, who claimed", "la SNCF qui
    affirme")."""
    text = doc.text
    stop = len(text[start:end].rstrip(" \u00a0,")) + start  # "X, Cathie Lesjak, has told"
    inner = stop
    if text[start:stop].endswith(")"):
        opening = text.rfind("(", max(start, stop - 32), stop)
        if opening > start and _BRACKET.fullmatch(text, opening, stop):
            inner = opening
    toks = doc.tokens(start, inner)
    if toks and toks[-1].low in w.relatives and after is not None and after < end:
        return None  # "hit £1.38 …, a blow to X, who claimed …": says only what follows
    if toks and toks[-1].low in w.relatives:  # "…, who claimed", "… qui affirme"
        inner = toks[-1].start
        while inner > start and text[inner - 1] in " ,\u00a0":
            inner -= 1
        stop = inner
    found = np_ending(doc, start, inner, w, blocked)
    if not found:
        return None
    toks, (first, _) = found
    if first > 0 and toks[first - 1].blocked:
        return None  # "the 150,000 Dow Jones consensus forecast": a figure's noun phrase
    source = span_of(text, *found)
    e = _bracket_after(text, source.end, stop) if inner != stop else source.end
    return Span(source.start, e, text[source.start:e])


def author_type(source: Span, w: Words) -> str:
    parts = source.text.replace("’", "'").split()
    lows = [norm(x) for x in parts]
    if any(x in w.person_nouns or x.rstrip(".") in w.person_nouns for x in lows[:3]):
        return "Person"
    caps = [x for x in parts if x[:1].isupper()]
    if len(parts) in (2, 3) and len(caps) == len(parts) and not any(
            x in w.determiners for x in lows) and not any(x.isupper() for x in parts):
        return "Person"  # "Liang Hongjing", "Janet Yellen"
    return "Organization"


class Cues:
    """The attribution words of one sentence, found once for all its figures."""

    __slots__ = ("according", "speech")

    def __init__(self, doc: Doc, sentence: Sentence, t: Tables):
        found = t.cues.finditer(doc, sentence.start, sentence.end)
        self.according, self.speech = found["according"], found["speech"]


def attribution(doc: Doc, sentence: Sentence, mention: Mention, quote, t: Tables,
                blocked: Spans, cues: Cues,
                subject: Optional[Span] = None) -> Optional[Attribution]:
    """The quotation holding the figure (``quote``, or None) with its speaker, else "selon X", else a
    verb of saying with its subject.  A source never holds a figure of the claim and
    is never its subject ("Two out of three Americans say": they are counted)."""
    w = t.w
    text = doc.text
    if subject is not None:
        blocked = blocked.plus((subject.start, subject.end))
    if quote is not None:
        found = _speaker_of_quote(doc, quote, sentence, t, blocked)
        if found:
            return found
    s, e = sentence.start, sentence.end
    for m in cues.according:
        before = doc.tokens(max(s, m.start() - 30), m.start())
        if before and before[-1].low in t.not_according:
            continue
        source = source_right(doc, m.end(), min(e, m.end() + _REACH), t, blocked)
        if source:
            return _make(text, m.start(), source.end, "according_to", source, None, w)
    for m in cues.speech:
        # inverted: ", souligne le journal", "», a déclaré M. Durand", ", said Ms. Brown"
        lead = text[max(s, m.start() - 5):m.start()].rstrip()
        inverted = lead.endswith((",", "»", "”", "\"", "—", "–")) or (
            # "…de plus de 12 % estime l'Insee": right after the figure
            mention.end <= m.start() and not text[mention.end:m.start()].strip()) or any(
            x.end() == m.start() or not text[x.end():m.start()].strip()
            for x in t.inversion.finditer(doc, max(s, m.start() - 20), m.start()))
        pronoun = t.inverted_pronoun.search(m.group())
        if pronoun:  # "a-t-il expliqué", "informe-t-elle": the pronoun is the source
            a, b = m.start() + pronoun.start(1), m.start() + pronoun.end(1)
            return _make(text, m.start(), m.end(), "reported_speech",
                         Span(a, b, text[a:b]), None, w)
        if inverted and not t.complementisers or inverted and not t.complement_re.match(
                text, _after_object(doc, m.end(), e, w), e):  # "…, has told analysts that"
            source = source_right(doc, m.end(), min(e, m.end() + _REACH), t, blocked)
            if source:
                return _make(text, m.start(), source.end, "reported_speech", source, None, w)
        # normal order: "Le FMI estime", "The IMF said", ", the economist said"
        if not _normal_order(doc, m, e, t):
            continue
        source = _source_before(doc, max(s, m.start() - _REACH), m.start(), w, blocked,
                                after=mention.start)
        if source:
            return _make(text, source.start, m.end(), "reported_speech", source, None, w)
    return None


def _after_object(doc: Doc, at: int, end: int, w) -> int:
    """Where the words after a verb of saying end, up to three of them ("told analysts
    that": after "analysts")."""
    toks = doc.tokens(at, min(end, at + 60))[:3]
    last = at
    for x in toks:
        if not x.is_word or x.low in w.function:
            break
        last = x.end
    return last


def _normal_order(doc: Doc, m, end, t: Tables) -> bool:
    """Whether "X <verb>" reports speech: not when a verb follows ("Jobless claims
    declined") nor, for a verb that is also one of change ("a relevé son taux"),
    unless "que", "that", ":" or a quotation mark follows."""
    w = t.w
    if t.complement_re.match(doc.text, m.end(), end):
        return True
    last = norm(m.group()).split()[-1]
    if last in w.change_single:
        return False
    nxt = doc.tokens(m.end(), min(end, m.end() + 80))
    if nxt and nxt[0].low in t.noun_links:
        return False  # "the consensus estimate of $36.8m", "a forecast for 3% growth"
    if norm(m.group()) in t.object_verbs:
        # "reported net income of $769m", "added 187,000 jobs": an event, unless a
        # clause follows ("reported revenue rose 5%")
        rest = [x for x in nxt if not (x.is_word and x.low in t.speech_fillers)]
        if not rest or rest[0].is_punct:
            return True  # "…, the minister announced.", "…, the BLS reported Friday."
        return any(x.is_word and is_verb(nxt, i, w) and x.low not in w.auxiliaries
                   and x.low not in t.object_verbs for i, x in enumerate(nxt[:8])
                   if i > 0 and not any(y.is_punct for y in nxt[:i]))
    if not (nxt and nxt[0].is_word and is_verb(nxt, 0, w) and nxt[0].low not in w.links):
        return True
    # "Customs data show exports fell": a word listed as a verb, then a verb, is the
    # subject noun of the reported clause
    return len(nxt) > 1 and nxt[1].is_word and is_verb(nxt, 1, w) and \
        nxt[1].low not in w.auxiliaries


def _make(text, start, end, kind, source, quote, w) -> Attribution:
    return Attribution(start, end, text[start:end], kind, source, quote, author_type(source, w))


def _speaker_of_quote(doc: Doc, quote, sentence, t: Tables, blocked) -> Optional[Attribution]:
    w, text = t.w, doc.text
    q = Span(quote[0], quote[1], text[quote[0]:quote[1]])
    # after the closing mark: "”, souligne le South China Morning Post", "», a-t-il dit"
    tail_end = text.find("\n", quote[1], quote[1] + 200)
    tail_end = min(len(text) if tail_end < 0 else tail_end, quote[1] + 200)
    after = _AFTER_QUOTE.match(text, quote[1]).end()
    v = t.speech_re.match(text, after)
    if v:
        source = source_right(doc, v.end(), tail_end, t, blocked)
        if source:
            return _make(text, v.start(), source.end, "quote", source, q, w)
    # ", the economist said" / ", M. Durand a déclaré"
    v = t.speech_re.search(text, after, min(tail_end, after + 80))
    if v:
        found = np_ending(doc, after, v.start(), w, blocked)
        if found:
            toks, (first, last) = found
            if all(x.low in w.determiners for x in toks[:first]):
                source = span_of(text, toks, (0, last))
                return _make(text, source.start, v.end(), "quote", source, q, w)
    # before the opening mark: "M. Durand a déclaré : « … »"
    head_start = max(sentence.start, quote[0] - 120)
    stripped_end = head_start + len(text[head_start:quote[0]].rstrip(" \u00a0:"))
    for v in t.speech_re.finditer(text, head_start, stripped_end):
        if v.end() != stripped_end:
            continue
        found = np_ending(doc, head_start, v.start(), w, blocked)
        if found:
            source = span_of(text, *found)
            return _make(text, source.start, v.end(), "quote", source, q, w)
    return None
