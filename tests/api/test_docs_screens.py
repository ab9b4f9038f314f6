"""Every screen in docs/queries/ runs for every role it names (its `# roles:` line), within the default cost limit,
and the response reports the cost it was weighed at; the cost itself: tests/unit/test_docs_queries.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from graphql import parse
from starlette.testclient import TestClient

from graph.core.db import Connection, Graph
from schema.complexity import Limits
from schema.cost import query_cost
from schema.root import schema
from tests.api.conftest import app_for
from tests.api.gql import data_as, gql_as
from tests.auth import ADMIN, bearer
from tests.unit.test_docs_queries import QUERIES, roles_of

# The documents' default variables name grid jf-g02: its people play the roles.
GRID = "R3JpZDpqZi1nMDI="
PEOPLE = """query($grid: ID!) { node(id: $grid) { ... on Grid {
  gridWorkers(first: 1) { nodes { dbId } }
  buildings(first: 1) { nodes { households(first: 1) { nodes { members(first: 1) { nodes { dbId } } } } } } } } }"""


@pytest.fixture(scope="module")
def patient(neo4j_connection: Connection) -> Iterator[TestClient]:
    """The app over the demo with a generous query timeout: these tests are about what a screen may ask (its cost,
    its roles), not how fast a loaded test machine answers it (the timeout has its own tests)."""
    with TestClient(app_for(neo4j_connection, query_timeout_s=600)) as client:
        yield client


def headers_by_role(client: TestClient) -> dict[str, dict[str, str]]:
    grid = data_as(client, ADMIN, PEOPLE, grid=GRID)["node"]
    worker = grid["gridWorkers"]["nodes"][0]["dbId"]
    resident = grid["buildings"]["nodes"][0]["households"]["nodes"][0]["members"]["nodes"][0]["dbId"]
    return {"admin": ADMIN, "grid_worker": bearer(worker, "grid_worker"), "resident": bearer(resident, "resident")}


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_each_screen_runs_for_its_roles_and_reports_its_cost(
    patient: TestClient, demo_graph: Graph, path: Path
) -> None:
    text = path.read_text(encoding="utf-8")
    cost = query_cost(schema._schema, parse(text), {})
    headers = headers_by_role(patient)
    for role in sorted(roles_of(path)):
        body = gql_as(patient, headers[role], text)
        assert "errors" not in body, (role, body["errors"])
        assert body["extensions"]["cost"] == {"requested": cost, "limit": Limits().max_cost}, role
