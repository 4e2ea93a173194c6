"""Per-language example corpora: documentation and test at once.

Each :class:`Case` gives one expected reading and the phrasings that must all
produce it as the text's only mention; ``NOTHING`` lists inputs that must give
no mention at all; ``GAPS`` are known failures, kept as strict xfail with the
reason, so that fixing one is noticed.
"""
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Case:
    expect: Dict[str, object]
    texts: List[str]
    reason: str = ""  # for GAPS: why it fails today
    span: Dict[str, str] = field(default_factory=dict)  # text -> expected mention text
