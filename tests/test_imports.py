"""Imports go one way, and no module of the library imports itself back.

    HTTP (app, service) -> claims (the facade) -> engine, claims' statements
        -> grammar -> language data, currency -> model, text helpers

The graph is read from the source (``ast``), every ``import`` counted, those inside
functions too: a cycle through a lazy import is still a cycle of knowledge.
"""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "claims"

#: each layer, by module-name prefix (first that matches), and the layers it may import
LAYERS = [
    ("claims.model", 0), ("claims.casefold", 0), ("claims.text", 0), ("claims.compiling", 0),
    ("claims.lang", 1),
    ("claims.rates", 2), ("claims.currency", 2),
    ("claims.grammar", 3),
    ("claims.engine", 4), ("claims.sentences", 4), ("claims.statements", 4),
    ("claims.claim_review", 5),
    ("claims", 6),  # the facade, claims/__init__.py
]
#: edges that the layers allow but that cross what the layer is for: the claims layer
#: reads the language data, never the engine's grammar; the engine never the claims layer
FORBIDDEN = [("claims.statements", "claims.grammar"), ("claims.sentences", "claims.grammar"),
             ("claims.engine", "claims.statements"), ("claims.engine", "claims.sentences"),
             ("claims.engine", "claims.claim_review")]
#: forbidden edges known today, tolerated while they are there (none may be added);
#: statements takes ``alternation`` from ``claims.text`` now, not from the grammar
KNOWN = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, modules: set) -> set:
    """The library modules ``path`` imports, at any depth of its code."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for a in node.names:  # "from . import figures" names a module
                out.add(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base)
    return {m for m in out if m in modules and m != name}


def graph():
    paths = sorted(LIB.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    return {module_name(p): imports(p, modules) for p in paths}


def layer(module: str) -> int:
    return next(level for prefix, level in LAYERS
                if module == prefix or module.startswith(prefix + "."))


def cycles(g):
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(g[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_the_graph_is_read():
    g = graph()
    assert "claims.grammar" in g["claims.engine.page"]
    assert "claims.engine.intervals" in g["claims.engine.pairs"]  # "from . import intervals"
    assert "claims.lang" in g["claims.grammar"]


def test_no_import_cycle():
    assert cycles(graph()) == []


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def test_imports_go_one_way():
    upward = sorted((m, d) for m, deps in graph().items() for d in deps if layer(d) > layer(m))
    assert upward == []


def test_no_forbidden_import():
    found = sorted((m, d) for m, deps in graph().items() for d in deps
                   for a, b in FORBIDDEN if _matches(m, a) and _matches(d, b))
    assert [e for e in found if (e[0].split(".__")[0], e[1]) not in KNOWN
            and not any(_matches(e[0], a) and _matches(e[1], b) for a, b in KNOWN)] == []


def test_layers_are_checked():
    assert layer("claims.engine.figures") > layer("claims.grammar") > layer("claims.lang.fr")
    assert layer("claims.lang.schema") > layer("claims.model")


def test_the_library_never_imports_the_http_side():
    for path in LIB.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {(n.module or "").split(".")[0] for n in ast.walk(tree)
                  if isinstance(n, ast.ImportFrom) and not n.level}
        assert not names & {"flask", "app", "schemas", "openapi", "logs", "service", "gunicorn"}, path
