"""Per-language example corpora: documentation and test at once.

Each :class:`Case` gives one expected reading and the phrasings that must all
produce it as the text's only mention; ``NOTHING`` lists inputs that must give
no mention at all; ``GAPS`` are known failures, kept as strict xfail with the
reason, so that fixing one is noticed.

The family tables of issue 11 (``families_fr``, ``families_en``) label every entry
with its ``family`` and also use :class:`Several` (one text, several mentions in
order) and :class:`Nothing` (texts that give no mention), so that a failure names
the family it belongs to.
"""
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Case:
    expect: Dict[str, object]
    texts: List[str]
    reason: str = ""  # for GAPS: why it fails today
    span: Dict[str, str] = field(default_factory=dict)  # text -> expected mention text
    family: str = ""  # the family of wording the case belongs to
    lang: str = ""  # a locale to pass instead of the module's language ("fr-CA")

    @classmethod
    def of(cls, expect, spans, **kw):
        """A case from ``{text: expected mention text}``: each phrasing with its span."""
        return cls(expect, list(spans), span=dict(spans), **kw)


@dataclass
class Several:
    """One text that must give exactly these mentions, in this order: a change, a
    list, a unit or currency written once.  Each dict holds the fields checked for
    its mention (``text`` included where given); the mentions need not be points."""
    text: str
    expect: List[Dict[str, object]]
    family: str = ""
    reason: str = ""
    lang: str = ""

    @property
    def texts(self):
        return [self.text]


@dataclass
class Nothing:
    """Texts that must give no mention at all."""
    texts: List[str]
    family: str = ""
    reason: str = ""
    lang: str = ""
