"""Pure value parsers: digits as a language groups them, spelled-out numbers, ``½``.

No text positions beyond the tokens they are given, no grammar beyond its word
tables: each is tested directly by tables (``tests/test_numbers.py``).
"""
from __future__ import annotations

import unicodedata
from decimal import Context, Decimal, localcontext
from typing import List, Optional, Sequence, Tuple

#: Precision wide enough for any figure a text states; amounts stay Decimal.
CTX = Context(prec=60, Emax=999999, Emin=-999999)
#: A quotient (a fraction, a ratio) has no exact decimal form: 28 significant digits,
#: Decimal's own default, are far more than any text states.
QUOTIENT = Context(prec=28, Emax=999999, Emin=-999999)
ONE = Decimal(1)
ZERO = Decimal(0)
MAX_DIGITS = 400  # a "figure" longer than this is a run of digits, not a claim

_VULGAR = {"⅓": (1, 3), "⅔": (2, 3), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8),
           "⅝": (5, 8), "⅞": (7, 8), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5),
           "¼": (1, 4), "½": (1, 2), "¾": (3, 4), "⅐": (1, 7), "⅑": (1, 9), "⅒": (1, 10)}
_SPACES = (" ", "\u00a0", "\u202f", "\t", "\u2009")

#: past this size Decimal's ``%`` raises (DivisionImpossible: the quotient has more
#: digits than the context's precision)
_MOD_LIMIT = Decimal(10) ** 26


def mod(v: Decimal, k: int) -> Decimal:
    """``v % k``; 0 for a value too large for ``%``, which only round scale words reach
    ("mille milliards de milliards de milliards")."""
    return v % k if abs(v) < _MOD_LIMIT else Decimal(0)



def norm(v: Optional[Decimal]) -> Optional[Decimal]:
    """``v`` rounded to the engine's precision (None stays None)."""
    if v is None:
        return None
    with localcontext(CTX):
        return +v


def vulgar_fraction(ch: str) -> Decimal:
    """The value of a vulgar fraction character ("½" is 0.5)."""
    if ch in _VULGAR:
        a, b = _VULGAR[ch]
        with localcontext(QUOTIENT):
            return Decimal(a) / Decimal(b)
    return Decimal(str(unicodedata.numeric(ch)))


def parse_digits(num: str, decimal_mark: str) -> Optional[Decimal]:
    """Digits as written in the language's conventions (or the common foreign ones)."""
    s = num
    for sp in _SPACES:
        s = s.replace(sp, "")
    if "'" in s or "’" in s:  # Swiss grouping: "12’400"
        s = s.replace("'", "").replace("’", "")
    if s[0] in ".,":
        return Decimal("0." + s[1:])
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        return _two_marks(s)
    mark = "." if dots else "," if commas else None
    if mark is None:
        return Decimal(s)
    parts = s.split(mark)
    if len(parts) > 2:
        return Decimal("".join(parts)) if grouping_ok(parts) else None
    head, tail = parts
    if mark != decimal_mark and len(tail) == 3 and head != "0" and not head.startswith("0"):
        return Decimal(head + tail)
    return Decimal(head + "." + tail)


def _two_marks(s: str) -> Optional[Decimal]:
    """"1.234,5" or "1,234.5": the last mark is the decimal one."""
    dec = "." if s.rfind(".") > s.rfind(",") else ","
    grp = "," if dec == "." else "."
    int_part, frac = s.rsplit(dec, 1)
    if grp in frac or dec in int_part:  # "5.0,0,5": two decimal marks, no figure
        return None
    if not grouping_ok(int_part.split(grp)):
        return None
    return Decimal(int_part.replace(grp, "") + "." + frac)


def grouping_ok(parts: List[str]) -> bool:
    """Groups of three after the first (or the Indian 12,34,567)."""
    if not parts[0] or len(parts[0]) > 3 and len(parts) > 1:
        return False
    if parts[0].startswith("0") and parts[0] != "0":
        return False
    rest = parts[1:]
    if all(len(p) == 3 for p in rest):
        return True
    return len(rest) >= 2 and all(len(p) == 2 for p in rest[:-1]) and len(rest[-1]) == 3


def join_compounds(parts: List[str], cardinals) -> List[str]:
    """["quatre", "vingt", "dix"] -> ["quatre-vingt", "dix"]: compounds the data knows."""
    out: List[str] = []
    for p in parts:
        if out and f"{out[-1]}-{p}" in cardinals:
            out[-1] = f"{out[-1]}-{p}"
        else:
            out.append(p)
    return out


def word_scale(words: Sequence[str], g) -> int:
    """The largest scale among folded number words (1 when none)."""
    best = 1
    for w in words:
        v = g.scale_values.get(w)
        if v and v > best:
            best = v
    return best


Token = Tuple[int, int, str]  # start, end, folded word


def word_segments(tokens: Sequence[Token], g) -> List[Tuple[int, int, Decimal]]:
    """Split number-word tokens into figures: 'deux millions trois cent mille' is one,
    'cinq six' two.  Returns (start, end, value) for each."""
    c = _Composer(g)
    i, n = 0, len(tokens)
    while i < n:
        s, e, w = tokens[i]
        if (w in g.negative_words and c.start is None) or w in g.joiners:
            i += 1
            continue
        if w in g.decimal_words and c.start is not None:
            i = c.decimals(tokens, i)
            continue
        parts = _parts(w, g)
        if i + 1 < n and f"{w} {tokens[i + 1][2]}" in g.spaced_compounds:
            parts = [g.spaced_compounds[f"{w} {tokens[i + 1][2]}"]]  # "quatre vingts"
            e = tokens[i + 1][1]
            i += 1
        for p in parts:
            v = g.cardinals.get(p) if p and p not in g.joiners else None
            if v is None and p and p not in g.joiners:
                v = g.scales.get(p)
            if v is not None:
                c.add(v, s)
                c.end = e
        i += 1
    c.flush()
    return c.segments


def _parts(w: str, g) -> List[str]:
    """A hyphenated word's number words ("vingt-deux"), compounds the data knows kept."""
    if "-" not in w or w in g.cardinals:
        return [w]
    parts = w.replace("’", "'").split("-")
    return join_compounds(parts, g.cardinals) if len(parts) > 1 else parts


class _Composer:
    """The running value of the spelled-out figure being read, and those read so far."""

    def __init__(self, g):
        self.g = g
        self.segments: List[Tuple[int, int, Decimal]] = []
        self._reset()

    def _reset(self) -> None:
        self.total = self.current = 0
        self.top_scale = 0  # the largest scale word of the figure so far
        self.start: Optional[int] = None
        self.end: Optional[int] = None
        self.last_small: Optional[int] = None
        self.decimal_digits: Optional[str] = None

    def flush(self) -> None:
        """The figure read so far is complete."""
        if self.start is not None:
            whole = self.total + self.current
            value = Decimal(f"{whole}.{self.decimal_digits}") if self.decimal_digits else Decimal(whole)
            self.segments.append((self.start, self.end, value))
        self._reset()

    def add(self, v: int, s: int) -> None:
        """One word of value ``v`` starting at ``s``: a scale, a hundred, or a small one."""
        if v >= 1000:
            self.start = s if self.start is None else self.start
            if self.top_scale < v and self.g.scales_of_scales:
                # above every scale before it, a scale multiplies all that precedes it:
                # "tres mil millones", "cinco mil trescientos millones"
                self.total = (self.total + self.current or 1) * v
            elif self.current == 0 and self.total and v >= self.top_scale:
                self.total *= v  # "quatre mille milliards": stacked scales multiply
            else:
                self.total += (self.current or 1) * v
            self.top_scale = max(self.top_scale, v)
            self.current = 0
            self.last_small = None
        elif 100 < v < 1000 and v % 100 == 0 and self.current < 100 and self.last_small is None:
            self.start = s if self.start is None else self.start
            self.current += v  # "dos mil doscientos": hundreds written as one word
        elif v == 100:
            self.start = s if self.start is None else self.start
            if mod(self.current, 100) and self.current >= 100:
                self.flush()  # "cent trois cent": two figures
                self.start = s
            self.current = (self.current or 1) * 100 if self.current < 100 else self.current + 100
            self.last_small = None
        else:
            if not self._continues(v):
                self.flush()  # "cinq six": two figures
            self.start = s if self.start is None else self.start
            self.current += v
            self.last_small = v

    def _continues(self, v: int) -> bool:
        """Whether a small number ``v`` adds to the figure ("vingt deux") or starts one."""
        last = self.last_small
        if self.start is None or last is None:
            return True
        tens = last >= 10 and mod(last, 10) == 0
        return (tens and v < 10) or (last in self.g.tens_before_teens and 10 <= v < 20)

    def decimals(self, tokens: Sequence[Token], i: int) -> int:
        """'trois virgule cinq': the words after the decimal word at ``i``; returns the
        index to read on from."""
        g = self.g
        digits, j, n = [], i + 1, len(tokens)
        while j < n:
            if tokens[j][2] in g.joiners:
                j += 1
                continue
            # "point seven", "point seventy-one": each part a cardinal under 100
            parts = _parts(tokens[j][2], g)
            values = [g.cardinals.get(p) for p in parts]
            if not all(v is not None and v < 100 for v in values):
                break
            digits.extend(values if len(values) == 1 else [sum(values)])
            j += 1
        if not digits:
            self.flush()
            return i + 1
        self.decimal_digits = ("".join(str(d) for d in digits) if all(d < 10 for d in digits)
                               else str(sum(digits)))
        self.end = tokens[j - 1][1]
        scale = g.scales.get(tokens[j][2]) if j < n and self.total == 0 else None
        if scale and scale >= 1000:
            # "cinq virgule trois millions": the decimal figure times the scale
            value = Decimal(f"{self.current}.{self.decimal_digits}") * scale
            self.segments.append((self.start, tokens[j][1], value))
            self._reset()
            return j + 1
        self.flush()
        return j
