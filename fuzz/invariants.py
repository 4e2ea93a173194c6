"""What every result of ``claims.extract`` must satisfy, whatever the text.

One function, used by the property tests and by the fuzzing harness alike; an
``AssertionError`` it raises names the broken property.
"""
from __future__ import annotations

import json
from decimal import Decimal
from typing import List, Optional

import claims


def checked_extract(text: str, lang: Optional[str]) -> List[claims.Mention]:
    """``claims.extract(text, lang)``, asserting every invariant of its result.

    An unsupported ``lang`` may raise :class:`claims.UnsupportedLanguage`, and so may
    a text detected to be in no supported language (:class:`claims.UndetectedLanguage`,
    a subclass): documented answers, not failures; nothing else may be raised.
    """
    mentions = claims.extract(text, lang=lang)
    assert isinstance(mentions, list), "extract returns a list"
    end = 0
    for m in mentions:
        assert isinstance(m, claims.Mention)
        assert 0 <= m.start < m.end <= len(text), f"offsets {m.start}:{m.end} outside the text"
        assert m.start >= end, f"mention at {m.start} overlaps or precedes the one ending at {end}"
        end = m.end
        assert m.text == text[m.start:m.end], "text == input[start:end]"
        assert m.kind in claims.KINDS, f"kind {m.kind!r}"
        assert m.qualifier in claims.QUALIFIERS, f"qualifier {m.qualifier!r}"
        for side in (m.low, m.high):
            assert side is None or (isinstance(side, Decimal) and side.is_finite()), \
                f"bound {side!r} is not a finite Decimal"
        if m.low is not None and m.high is not None:
            assert m.low <= m.high, f"low {m.low} > high {m.high}"
        assert m.low is not None or m.high is not None, "an interval open on both sides"
        for flag in (m.low_inclusive, m.high_inclusive, m.approximate):
            assert isinstance(flag, bool)
        if m.kind == "money":
            assert m.currency is None or (len(m.currency) == 3 and m.currency.isupper()), \
                f"currency {m.currency!r}"
        else:
            assert m.currency is None, "currency set on a mention that is not money"
        # what the HTTP layer sends: plain decimal strings, JSON-serialisable
        d = m.to_dict()
        json.dumps(d)
        for side in ("low", "high"):
            assert d[side] is None or Decimal(d[side]) == getattr(m, side)
    again = claims.extract(text, lang=lang)
    assert again == mentions, "the same input gives the same output"
    return mentions
