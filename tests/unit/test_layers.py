"""The dependency direction holds: api → schema → graph, seeds → graph; no driver in schema, no web in graph."""

from __future__ import annotations

import ast
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


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import strawberry\nfrom neo4j import GraphDatabase\n")
    assert imported_roots(bad) == {"strawberry", "neo4j"}
