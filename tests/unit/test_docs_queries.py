"""The screens in docs/queries/ are the contract's examples: each is valid and fits the default cost limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import parse, validate

from schema.complexity import Limits
from schema.cost import query_cost
from schema.root import schema

QUERIES = sorted((Path(__file__).resolve().parents[2] / "docs" / "queries").glob("*.graphql"))
ROLES = {"admin", "grid_worker", "resident"}


def roles_of(path: Path) -> set[str]:
    """The roles a document is meant for, from its `# roles: ...` line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# roles:"):
            return set(line.removeprefix("# roles:").split())
    return set()


def cost_of(path: Path) -> int:
    # Each document's variables have realistic defaults (demo ids); absent variables take them.
    return query_cost(schema._schema, parse(path.read_text(encoding="utf-8")), {})


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_each_document_is_valid_names_its_roles_and_fits_the_limit(path: Path) -> None:
    document = parse(path.read_text(encoding="utf-8"))
    assert validate(schema._schema, document) == []
    assert roles_of(path) and roles_of(path) <= ROLES, f"{path.name}: add a `# roles: ...` line"
    assert cost_of(path) <= Limits().max_cost


def test_the_limit_is_sized_from_the_screens() -> None:
    """The biggest screen (a grid worker's dashboard: 30 wishes with their candidates, 5,619) fits; the limit stays
    within twice the biggest, so it protects rather than waves everything through."""
    biggest = max(cost_of(p) for p in QUERIES)
    assert cost_of(next(p for p in QUERIES if p.stem == "grid-worker-dashboard")) == biggest > 5000
    assert biggest <= Limits().max_cost <= 2 * biggest
