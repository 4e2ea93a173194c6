"""The engine holds no word of any language (issue "The engine in stages").

Every quoted string in ``claims/engine/`` (docstrings aside: they show examples) may
only hold codes the engine's own vocabulary declares: kinds, qualifier codes, the
names of the grammar's pattern groups, its trigger sets, currency bases.  A French,
English or Spanish word there would be a language habit in the engine.  The search
in shell form, for the record:

    grep -rnE "[\\"'][a-zA-Zàâçéèêëîïôûùüÿœ]{2,}[\\"']" claims/engine/
"""
import ast
import io
import re
import tokenize
from pathlib import Path

from claims.engine import intervals, pairs
from claims.grammar import grammar
from claims.lang import SUPPORTED_LANGUAGES
from claims.model import KINDS, QUALIFIERS

ENGINE = Path(__file__).resolve().parents[1] / "claims" / "engine"


def _skipped_lines(tree):
    """Docstrings (examples for the reader) and raised errors (messages to the caller)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise):
            out.update(range(node.lineno, node.end_lineno + 1))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                out.update(range(body[0].lineno, body[0].end_lineno + 1))
    return out


def quoted_words():
    """(file, line, word) for every run of letters in a string literal of the engine."""
    for path in sorted(ENGINE.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        skipped = _skipped_lines(ast.parse(source))
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type != tokenize.STRING or tok.start[0] in skipped:
                continue
            text = tok.string
            if text.lstrip("rbRB")[:1] in "fF":  # an f-string: its expressions are code
                text = re.sub(r"\{[^{}]*\}", "", text[text.index(text.lstrip("rbRBfF")[0]):])
            value = ast.literal_eval(text)
            for word in re.findall(r"[^\W\d][\w]+", str(value)):
                yield path.name, tok.start[0], word


def declared_codes():
    codes = set(KINDS) | set(QUALIFIERS) | set(intervals.QUALIFIERS) | {pairs.CHANGE}
    codes |= {q.side for q in intervals.QUALIFIERS.values()}
    codes |= {"symbol", "code", "name", "context", "locale", "default"}  # currency bases
    codes |= {"pp", "bp"}  # unit codes of CONVENTIONS.md
    codes |= {"www"}  # a link's mark
    for lang in SUPPORTED_LANGUAGES:
        g = grammar(lang)
        codes |= set(g.core_needs)
        for value in vars(g).values():
            if isinstance(value, re.Pattern):
                codes |= set(value.groupindex)
    return codes


def test_every_quoted_word_of_the_engine_is_a_declared_code():
    codes = declared_codes()
    found = sorted({(f, line, w) for f, line, w in quoted_words() if w not in codes})
    assert found == []


def test_the_search_reads_string_literals():
    words = {w for _f, _l, w in quoted_words()}
    assert {"money", "more_than", "num"} <= words  # a kind, a qualifier code, a group name
