"""The import graph of kunker's packages: no cycle, and no module imports one of a higher layer.

Layers, lowest first (a module may import its own layer and those below):
    nlp, datasette_config    libraries: text in, results out; Datasette plugins
    base                     kunker.settings, errors, reference data, storage (kunker.db, its aggregates), notifications
    crawler                  the Scrapy project
    stages                   import, tagging, scheduling, ingest, serving, corrections, the demo
    cli                      the ``kunker`` command that registers them
Imports inside functions count: hiding an import in a function does not remove the dependency. A submodule's
import of its own package is not an edge: Python imports the package first anyway.

One writer: only ``kunker.db`` holds SQL that changes stored rows (INSERT, UPDATE, DELETE, REPLACE); the other
modules allowed are ``kunker.views``, which rebuilds a serving artefact (the name index) from stored rows, and
``kunker.aggregates``, which keeps the agg_* tables derived from the stored visits.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("nlp", "datasette_config", "kunker", "crawler")
BASE = {"kunker", "kunker.settings", "kunker.errors", "kunker.reference", "kunker.db", "kunker.aggregates",
        "kunker.notify"}
CLI = {"kunker.cli", "kunker.__main__"}
LAYERS = ("libraries", "base", "crawler", "stages", "cli")
# the store; the name index that kunker serve and publish rebuild; the agg_* tables derived from the stored visits
WRITERS = {"kunker.db", "kunker.views", "kunker.aggregates"}
WRITE_SQL = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE\s+[\[\w.\]{}]+\s+SET"
                       r"|DELETE\s+FROM)\b", re.IGNORECASE)


def layer(module: str) -> str:
    if module.split(".")[0] in ("nlp", "datasette_config"):
        return "libraries"
    if module in BASE:
        return "base"
    if module.startswith("crawler"):
        return "crawler"
    return "cli" if module in CLI else "stages"


def modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules ``module`` imports, anywhere in its file."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.update(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                         for alias in node.names)
    # a submodule's import of its own package is implicit (importing nlp.tagger always imports nlp first)
    return {name for name in names if name in known and not module.startswith(f"{name}.") and name != module}


def graph() -> networkx.DiGraph:
    known = modules()
    g = networkx.DiGraph()
    g.add_nodes_from(known)
    for module, path in known.items():
        g.add_edges_from((module, target) for target in imported(module, path, known))
    return g


def test_the_graph_is_read():
    g = graph()
    assert {"kunker.db", "kunker.cli", "crawler.pipelines", "nlp.tagger"} <= set(g)
    assert g.has_edge("kunker.cli", "kunker.schedule") and g.has_edge("crawler.pipelines", "kunker.db")


def test_no_import_cycle():
    cycles = [sorted(c) for c in networkx.strongly_connected_components(graph()) if len(c) > 1]
    assert cycles == []


def test_no_upward_import():
    upward = [f"{a} ({layer(a)}) imports {b} ({layer(b)})" for a, b in graph().edges
              if LAYERS.index(layer(b)) > LAYERS.index(layer(a))]
    assert upward == []


def test_storage_builds_no_presentation():
    g = graph()
    assert "kunker.views" not in networkx.descendants(g, "kunker.db")


def literal_text(node: ast.AST) -> str | None:
    """The text of a string literal; an f-string's with ``{}`` for each value put in."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def write_statements(path: Path) -> list[str]:
    """The SQL statements in a module that change rows, as ``file:line: UPDATE visits SET`` (one per literal)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        match = WRITE_SQL.search(literal_text(node) or "")
        if match:
            found.add(f"{path.relative_to(ROOT)}:{node.lineno}: {' '.join(match.group(0).split())}")
    return sorted(found)


def test_write_sql_is_recognised():
    assert WRITE_SQL.search("INSERT OR IGNORE INTO visits (id) VALUES (?)")
    assert WRITE_SQL.search("UPDATE [visits] SET corrected = NULL") and WRITE_SQL.search("delete from mentions")
    assert not WRITE_SQL.search("PRAGMA journal_mode=DELETE") and not WRITE_SQL.search("SELECT 1 FROM visits")
    table = ast.parse('f"UPDATE [{table}] SET [{field}] = ? WHERE id = ?"').body[0].value
    assert WRITE_SQL.search(literal_text(table))  # an f-string, its values put in
    assert any(s.endswith(": UPDATE [{}] SET") for s in write_statements(ROOT / "kunker" / "db.py"))  # the writer's own


def test_only_the_store_writes_rows():
    outside = [statement for module, path in modules().items() if module not in WRITERS
               for statement in write_statements(path)]
    assert outside == []
