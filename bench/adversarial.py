"""How the engine's time grows on adversarial texts: 10 KB, 100 KB, 1 MB.

    .venv/bin/python bench/adversarial.py                  # every text, 10 KB to 1 MB
    .venv/bin/python bench/adversarial.py --only digits,yen --sizes 10000,100000

A benchmark, not a test: it prints a table and exits non-zero when a text's
time per character at the largest size is more than --max-ratio (1.5) times
its time per character at the smallest, i.e. when cost grows faster than the
text. Each text is built to stress one part of the engine: long runs of what
its patterns repeat (digits, separators, spaces, number words, currency
signs), a figure of a million digits, exponents, mixed scripts, and dense
realistic prose. The texts marked "claims" are read by the claims layer too
(``find_claims``, whose first stage splits sentences): runs of quotation marks
that never close (the native segmenter is quadratic on them), abbreviations
and dotted initials (each a split to undo). Timings are the best of several
runs (one at 1 MB), in one process, after the patterns are compiled, in CPU
time (``time.process_time``: reading is single-threaded and never waits, and
CPU time does not count what other programs on a shared machine take).
"""
import argparse
import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402

NEWS = ROOT.parent / "shared" / "bench" / "corpus" / "news-like-fr.txt"


def repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def prose(n: int) -> str:
    text = NEWS.read_text(encoding="utf-8") if NEWS.exists() else (
        "Le groupe a levé plus de 3,5 millions d'euros, soit 12 % de plus qu'en 2023. ")
    return repeat(text)(n)


#: name -> (language, text of n characters)
TEXTS = {
    "digits": ("fr", repeat("1")),                    # one figure of n digits
    "grouped": ("fr", repeat("123 ")),                # "123 123 123": grouping or figures?
    "dots": ("fr", repeat("1.")),                     # separators, both ways
    "commas": ("en", repeat("1,")),
    "spaces": ("fr", lambda n: "1" + " " * (n - 2) + "1"),
    "nbsp": ("fr", lambda n: "1" + "\u00a0\u202f" * (n // 2 - 1) + "1"),
    "dense": ("fr", repeat("1 ")),                    # a figure every two characters
    "token": ("en", lambda n: "x" * (n - 2) + " 1"),  # one word as long as the text
    "at-signs": ("en", repeat("a@")),
    "urls": ("en", repeat("http://x.io/1 ")),
    "phones": ("fr", repeat("+1 2 3 4 5 6 7 8 ")),
    "exponents": ("en", repeat("1e999 ")),
    "powers": ("en", repeat("10^400 ")),
    "words-fr": ("fr", repeat("deux millions trois cent mille ")),
    "words-en": ("en", repeat("twenty-five ")),
    "vague": ("fr", repeat("des dizaines de milliers de ")),
    "qualifiers": ("fr", repeat("plus de ")),
    "ranges": ("fr", repeat("entre 1 et 2 ")),
    "yen": ("fr", repeat("¥1 ")),                     # a currency guessed from context
    "francs": ("fr", repeat("3 francs ")),
    "symbols": ("en", repeat("$ % € ")),
    "hyphens": ("en", repeat("1-")),
    "mixed-scripts": ("fr", repeat("3 млн ١٢٣ 四百 ½ ⅞ İ 🙂 12 % ")),
    "controls": ("fr", repeat("1\x00\x0b\u2028")),
    "prose": ("fr", prose),
}

#: name -> (language, text of n characters), read by extract and find_claims
CLAIMS_TEXTS = {
    "guillemets": ("fr", lambda n: "12 % " + "«" * (n - 5)),
    "quotes-en": ("en", lambda n: "12% " + "“" * (n - 4)),
    "quotes-low": ("fr", lambda n: "12 % " + "„" * (n - 5)),
    "quotes-open": ("fr", lambda n: ("12 % " + repeat("« a ‘ b “ c ")(n))[:n]),
    "abbrev-a": ("fr", lambda n: ("12 %. " + repeat("a. ")(n))[:n]),
    "abbrev-dr": ("en", lambda n: ("12%. " + repeat("Dr. ")(n))[:n]),
    "initials": ("fr", lambda n: ("12 %. " + repeat("J.-P. K. U.S. ")(n))[:n]),
    "quoted-prose": ("fr", lambda n: repeat("« M. Dupont a dit : la hausse est de 12 %. Elle dure. » ")(n)),
}
DATE = datetime.date(2026, 1, 1)


def read_claims(text: str, lang: str):
    return claims.find_claims(text, claims.extract(text, lang=lang), lang, DATE)


def best_time(text: str, lang: str, runs: int, read=None):
    """(the best of ``runs`` timings in seconds, the number of mentions or claims)."""
    read = read or (lambda t, code: claims.extract(t, lang=code))
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        found = read(text, lang)
        best = min(best, time.process_time() - t0)
    return best, len(found)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--only", default="", help="comma-separated names (default: all)")
    parser.add_argument("--max-ratio", type=float, default=1.5)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    every = {**TEXTS, **CLAIMS_TEXTS}
    names = [n for n in args.only.split(",") if n] or list(every)
    for code in claims.SUPPORTED_LANGUAGES:
        claims.extract("1", lang=code)  # compile the patterns outside the timings

    head = "".join(f"{f'µs/char @{s // 1000}K':>15}" for s in sizes)
    print(f"{'text':<14}{'lang':<5}{head}{'found @max':>15}{'ratio':>8}")
    worst, failed = 0.0, []
    for name in names:
        lang, make = every[name]
        read = read_claims if name in CLAIMS_TEXTS else None
        per_char = []
        for size in sizes:
            runs = max(1, min(20, 200_000 // size))
            seconds, count = best_time(make(size), lang, runs, read)
            per_char.append(seconds / size * 1e6)
        ratio = per_char[-1] / per_char[0]
        worst = max(worst, ratio)
        if ratio > args.max_ratio:
            failed.append(name)
        cells = "".join(f"{p:>15.3f}" for p in per_char)
        print(f"{name:<14}{lang:<5}{cells}{count:>15}{ratio:>8.2f}", flush=True)
    print(f"worst ratio of time per character, {sizes[-1]:,} vs {sizes[0]:,} characters: "
          f"{worst:.2f} (limit {args.max_ratio})")
    if failed:
        print("super-linear:", ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
