"""What the claims layer returns: claims, the fact read for each figure, and spans."""
from __future__ import annotations

import datetime as _dt
from typing import List, Optional, Sequence

from ..model import Mention
from ..sentences import Sentence, Span

#: The claim types, highest precedence first (CONVENTIONS.md, "Claims"): a claim's
#: type is the highest of its facts' types.
TYPE_PRECEDENCE = ("estimate", "change", "comparison", "share", "range", "level")
CLAIM_TYPES = ("level", "change", "comparison", "share", "range", "estimate")


def highest_type(types: Sequence[str]) -> str:
    return min(types, key=TYPE_PRECEDENCE.index)


class Attribution(Span):
    """Who says it: ``kind`` is ``quote``, ``according_to`` or ``reported_speech``.

    The span covers the attributing phrase ("souligne le South China Morning
    Post", "selon l'Insee"); ``source`` is who is named in it; ``quote`` the
    quotation holding the figure, if any; ``author_type`` is schema.org's
    ``Person`` when the source is led by a role or title ("M.", "ministre",
    "analyst") or is a bare name of two capitalised words, else ``Organization``.
    """

    __slots__ = ("kind", "source", "quote", "author_type")

    def __init__(self, start, end, text, kind, source: Span, quote: Optional[Span],
                 author_type: str):
        super().__init__(start, end, text)
        self.kind, self.source, self.quote, self.author_type = kind, source, quote, author_type

    def to_dict(self) -> dict:
        d = super().to_dict()
        d.update(kind=self.kind, source=self.source.to_dict(),
                 quote=self.quote.to_dict() if self.quote else None,
                 author_type=self.author_type)
        return d


class TimeRef(Span):
    """The period a figure refers to: ``start_date``..``end_date``, both inclusive."""

    __slots__ = ("start_date", "end_date", "relative", "kind", "day")

    def __init__(self, start, end, text, start_date: _dt.date, end_date: _dt.date,
                 relative: bool, kind: str = "period"):
        super().__init__(start, end, text)
        self.start_date, self.end_date, self.relative = start_date, end_date, relative
        #: "period" (the figure's period), "base" (what a change is measured against:
        #: "sur un an", "a year ago"), "year" (a bare year: a comparison's baseline after
        #: its cue) or "frame" (a duration framing the sentence: "sur 9 mois")
        self.kind = kind
        self.day = False  # a weekday: the figure's period only when it opens the sentence

    def to_dict(self) -> dict:
        d = super().to_dict()
        d.update({"from": self.start_date.isoformat(), "to": self.end_date.isoformat(),
                  "relative": self.relative})
        return d


def _dict(span: Optional[Span]) -> Optional[dict]:
    return span.to_dict() if span is not None else None


class Fact:
    """One figure read on its own: what it counts, who says it, when, and its type."""

    __slots__ = ("mention_id", "mention", "subject", "attribution", "time", "type")

    def __init__(self, mention_id: str, mention: Mention, subject: Optional[Span],
                 attribution: Optional[Attribution], time: Optional[TimeRef], type: str):
        self.mention_id, self.mention = mention_id, mention
        self.subject, self.attribution, self.time, self.type = subject, attribution, time, type

    def to_dict(self) -> dict:
        return {"mention_id": self.mention_id, "subject": _dict(self.subject),
                "attribution": _dict(self.attribution), "time": _dict(self.time),
                "type": self.type}

    def __repr__(self) -> str:
        return (f"Fact({self.mention_id!r}, subject={self.subject and self.subject.text!r}, "
                f"time={self.time and self.time.text!r}, type={self.type!r})")


class Claim:
    """One sentence holding mentions, read as a statement.

    ``facts`` holds one :class:`Fact` per mention, in text order; the claim's own
    ``subject``, ``attribution`` and ``time`` are its first fact's, and its ``type``
    the highest of its facts' (:data:`TYPE_PRECEDENCE`)."""

    __slots__ = ("id", "sentence", "mention_ids", "facts", "score", "reasons")

    def __init__(self, id: str, sentence: Sentence, facts: List[Fact], score: float,
                 reasons: List[dict]):
        self.id, self.sentence, self.facts = id, sentence, facts
        self.mention_ids = [f.mention_id for f in facts]
        self.score, self.reasons = score, reasons

    @property
    def subject(self) -> Optional[Span]:
        return self.facts[0].subject

    @property
    def attribution(self) -> Optional[Attribution]:
        return self.facts[0].attribution

    @property
    def time(self) -> Optional[TimeRef]:
        return self.facts[0].time

    @property
    def type(self) -> str:
        return highest_type([f.type for f in self.facts])

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "sentence": self.sentence.to_dict(),
            "mention_ids": list(self.mention_ids),
            "subject": _dict(self.subject),
            "attribution": _dict(self.attribution),
            "time": _dict(self.time),
            "type": self.type,
            "facts": [f.to_dict() for f in self.facts],
            "checkworthiness": {"score": self.score, "reasons": list(self.reasons)},
        }

    def __repr__(self) -> str:
        return f"Claim({self.id!r}, {self.sentence.text!r}, type={self.type!r})"


def mention_ids(mentions: Sequence[Mention]) -> List[str]:
    """The stable id of each mention within a reply: "m1", "m2"… in text order."""
    return [f"m{i}" for i in range(1, len(mentions) + 1)]
