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
from typing import Dict, List, Tuple


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


def family_counts(module) -> Dict[str, Tuple[int, int]]:
    """``{family: (phrasings, passing)}`` of a family module, in its order.  The
    passing ones are those outside ``GAPS`` (strict xfail keeps the split true)."""
    counts = {name: [0, 0] for name in module.FAMILIES}
    for attr in ("CASES", "SEVERAL", "NOTHING", "GAPS"):
        for item in getattr(module, attr):
            counts[item.family][0] += len(item.texts)
            if attr != "GAPS":
                counts[item.family][1] += len(item.texts)
    return {name: (total, passing) for name, (total, passing) in counts.items()}


def family_table(modules: Dict[str, object]) -> List[str]:
    """The rows of the table in ``docs/FAMILIES.md``: one per family, a column pair
    (phrasings, passing) per language, ``—`` where the family is not in a language."""
    counts = {lang: family_counts(m) for lang, m in modules.items()}
    order: List[str] = []
    for lang in modules:
        for i, name in enumerate(counts[lang]):
            if name not in order:  # after the family that precedes it in its language
                before = list(counts[lang])[i - 1] if i else None
                order.insert(order.index(before) + 1 if before in order else len(order), name)
    rows = []
    for name in order:
        cells = []
        for lang in modules:
            total, passing = counts[lang].get(name, ("—", "—"))
            cells += [str(total), str(passing)]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    sums = []
    for lang in modules:
        sums += [f"**{sum(t for t, _ in counts[lang].values())}**",
                 f"**{sum(p for _, p in counts[lang].values())}**"]
    families = ", ".join(f"{len(counts[lang])} {lang}" for lang in modules)
    rows.append(f"| **all families** ({families}) | " + " | ".join(sums) + " |")
    return rows
