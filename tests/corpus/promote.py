"""Move the family-table gaps that the engine now reads right out of ``GAPS``.

    .venv/bin/python -m tests.corpus.promote          # rewrite families_*.py, print the moves
    .venv/bin/python -m tests.corpus.promote --check  # only list what would move

A fixed rule turns its ``GAPS`` entries into strict-xfail XPASS failures.  This
runs every gap through the same check as ``tests/test_corpus.py`` and moves each
entry whose phrasings all pass, source text unchanged but for its ``reason``, into
a ``CASES`` / ``SEVERAL`` / ``NOTHING`` list right after the ``GAPS`` block it
came from (so it stays in its family's section).  An entry with several phrasings
of which only some pass is listed and left for a person to split.  Then
``docs/FAMILIES.md`` is refreshed (``python -m tests.corpus``).
"""
from __future__ import annotations

import argparse
import ast
import importlib
from pathlib import Path
from typing import List, Tuple

from . import Case, Several

HERE = Path(__file__).resolve().parent
MODULES = ("families_fr", "families_en", "families_es")
TABLE_OF = {"Case": "CASES", "Several": "SEVERAL", "Nothing": "NOTHING"}


def _passes(lang: str, item, text: str) -> bool:
    from tests.test_corpus import _check_family
    try:
        _check_family(lang, item, text)
    except AssertionError:
        return False
    return True


def _gap_blocks(tree: ast.Module) -> List[ast.AugAssign]:
    return [node for node in tree.body if isinstance(node, ast.AugAssign)
            and isinstance(node.target, ast.Name) and node.target.id == "GAPS"]


def _offset(lines: List[str], lineno: int, col: int) -> int:
    """A str index from an ast position (whose column counts UTF-8 bytes)."""
    line = lines[lineno - 1].encode("utf-8")[:col].decode("utf-8")
    return sum(len(line) for line in lines[:lineno - 1]) + len(line)


def _without_reason(source: str, element: ast.expr) -> str:
    """The element's source with its ``reason=...`` keyword (and comma) cut out."""
    call = element
    reason = next(k for k in call.keywords if k.arg == "reason")
    lines = source.splitlines(keepends=True)
    start = _offset(lines, call.lineno, call.col_offset)
    cut_from = _offset(lines, reason.value.lineno, reason.value.col_offset) - len("reason=")
    cut_to = _offset(lines, reason.value.end_lineno, reason.value.end_col_offset)
    text = source[start:cut_from].rstrip()
    text = text[:-1] if text.endswith(",") else text  # the comma before reason=
    return text + source[cut_to:_offset(lines, call.end_lineno, call.end_col_offset)]


def promote(name: str, write: bool) -> Tuple[int, List[str]]:
    module = importlib.import_module(f"tests.corpus.{name}")
    lang = name.rsplit("_", 1)[1]
    path = HERE / f"{name}.py"
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    gaps = iter(module.GAPS)
    edits = []  # (start, end, replacement) over the source, applied from the end
    moved, partial = 0, []
    for block in _gap_blocks(tree):
        keep, move = [], []
        for element in block.value.elts:
            item = next(gaps)
            results = [_passes(lang, item, text) for text in item.texts]
            if all(results):
                move.append((element, item))
            else:
                keep.append(element)
                if any(results):
                    partial.append(f"{name}: {item.family}: {item.texts}")
        if not move:
            continue
        moved += len(move)
        indent = " " * block.value.elts[0].col_offset

        def listing(target, elements):
            body = "".join(f"{indent}{_without_reason(source, e)},\n" for e in elements)
            return f"{target} += [\n{body}]\n"

        kept = "".join(
            f"{indent}{source[_offset(lines, e.lineno, e.col_offset):_offset(lines, e.end_lineno, e.end_col_offset)]},\n"
            for e in keep)
        new = (f"GAPS += [\n{kept}]\n" if keep else "")
        for table in ("CASES", "SEVERAL", "NOTHING"):
            chosen = [e for e, item in move if TABLE_OF[type(item).__name__] == table]
            if chosen:
                new += listing(table, chosen)
        start = _offset(lines, block.lineno, block.col_offset)
        end = _offset(lines, block.end_lineno, block.end_col_offset)
        end += 1 if source[end:end + 1] == "\n" else 0
        edits.append((start, end, new))
    if write and edits:
        for start, end, new in sorted(edits, reverse=True):
            source = source[:start] + new + source[end:]
        compile(source, str(path), "exec")
        path.write_text(source, encoding="utf-8")
    return moved, partial


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="list, do not rewrite")
    args = ap.parse_args()
    assert Case and Several  # the tables' types, imported for the modules
    total = 0
    for name in MODULES:
        moved, partial = promote(name, write=not args.check)
        total += moved
        print(f"{name}: {moved} gap(s) {'would move' if args.check else 'moved'}")
        for line in partial:
            print(f"  partly passing, split by hand: {line}")
    if not args.check:  # new phrasings change the counts too, not only moved gaps
        refresh_doc()
        print(f"refreshed {DOC}")
    return 0


DOC = HERE.parent.parent / "docs" / "FAMILIES.md"


def refresh_doc() -> None:
    """Rewrite the rows of docs/FAMILIES.md's table from the tables as they now are."""
    from . import family_table
    modules = {name.rsplit("_", 1)[1]: importlib.reload(importlib.import_module(f"tests.corpus.{name}"))
               for name in MODULES}
    lines = DOC.read_text(encoding="utf-8").splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("| family |"))
    end = head + 2
    while end < len(lines) and lines[end].startswith("| "):
        end += 1
    lines[head + 2:end] = family_table(modules)
    DOC.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
