"""The dependency direction holds: api → schema → graph, seeds → graph; no driver in schema, no web in graph."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN = {
    "graph": {"strawberry", "starlette", "uvicorn", "schema", "api", "seeds"},
    "schema": {"neo4j", "starlette", "uvicorn", "api", "seeds"},
    "seeds": {"strawberry", "starlette", "schema", "api"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_downward(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_roots(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_cypher_only_in_graph() -> None:
    """Cypher keywords at the start of a string literal appear only under graph/."""
    markers = ("MATCH (", "MERGE (", "UNWIND $", "CREATE CONSTRAINT")
    found = []
    for package in ("api", "schema", "seeds"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and any(m in node.value for m in markers)
                ):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


DOMAINS = ("wishes", "events", "disputes", "council", "services", "matching", "statistics", "explore", "registers")


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, `from graph.x import y` counted as graph.x.y when y is a module of graph.x."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            base = ROOT.joinpath(*node.module.split("."))
            found |= {f"{node.module}.{a.name}" for a in node.names if (base / f"{a.name}.py").exists()}
    return found


def test_domains_are_used_through_their_public_surface() -> None:
    """Outside a domain package, only its __init__ is imported: its modules are free to move."""
    offenders = []
    for package in ("api", "schema", "seeds", "benchmarks", "graph"):
        for path in (ROOT / package).rglob("*.py"):
            home = path.relative_to(ROOT).parts[:2]
            for module in _imported_modules(path):
                parts = module.split(".")
                if len(parts) > 2 and parts[0] == "graph" and parts[1] in DOMAINS and home != ("graph", parts[1]):
                    offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert offenders == []


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(n.lineno, n.value) for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


HISTORY_LABELS = ("WishTransition", "EventStep", "DisputeStep", "TopicStep")
CREATES_HISTORY = re.compile(r"(CREATE|MERGE)\s*\([^)]*:(" + "|".join(HISTORY_LABELS) + r")\b")


def test_only_the_step_pipeline_writes_history() -> None:
    """Every workflow's history is appended by the pipeline's one statement; no other Cypher creates an entry."""
    from graph import council, disputes, events, wishes
    from graph.workflow import pipeline

    flows = [wishes.FLOW, events.FLOW, disputes.FLOW, council.FLOW]
    assert {flow.history.label for flow in flows if flow.history is not None} == set(HISTORY_LABELS)
    literal_writers = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in ("graph", "schema", "api", "seeds")
        for path in (ROOT / package).rglob("*.py")
        for line, text in _strings(path)
        if CREATES_HISTORY.search(text)
    ]
    assert literal_writers == []
    templates = [
        f"{path.relative_to(ROOT)}:{line}"
        for package in ("graph", "schema", "api", "seeds")
        for path in (ROOT / package).rglob("*.py")
        for line, text in _strings(path)
        if "CREATE (s:{history}" in text
    ]
    assert templates == [f"graph/workflow/pipeline.py:{_line_of(pipeline.APPEND, ROOT / 'graph/workflow/pipeline.py')}"]
    for flow in flows:
        assert flow.history is not None
        assert CREATES_HISTORY.search(pipeline._append(flow.history, flow.label))


def _line_of(text: str, path: Path) -> int:
    return next(line for line, found in _strings(path) if found == text)


def test_only_the_workflow_opens_write_transactions() -> None:
    """Every multi-statement change goes through graph.workflow (key, transaction, lock, check, write, history)."""
    found = sorted(
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for package in ("graph", "schema", "api", "seeds")
        for path in (ROOT / package).rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "transaction" and isinstance(node.ctx, ast.Load)
    )
    assert found and all(place.startswith("graph/workflow/") for place in found), found


def test_the_history_check_sees_a_writer(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('Q = "MATCH (w:Wish) CREATE (t:WishTransition {id: 1})"\n')
    assert any(CREATES_HISTORY.search(text) for _, text in _strings(bad))


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import strawberry\nfrom neo4j import GraphDatabase\n")
    assert imported_roots(bad) == {"strawberry", "neo4j"}
