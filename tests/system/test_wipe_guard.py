"""The tests never wipe a database they did not create: with NEO4J_URI naming a database that holds data, a run stops
before touching it unless NEO4J_TEST_MAY_WIPE=1; an empty one is used and left empty.

Each test runs pytest in a subprocess on one graph-tier test (which empties and migrates the database it gets) with
NEO4J_URI pointing at a managed Neo4j this module starts for itself, so no other database is ever at stake.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, LiteralString, cast

import pytest
from neo4j import GraphDatabase

from graph.core.db import Connection
from tests.neo4j_provider import MAY_WIPE, REPO, managed_server

pytestmark = pytest.mark.neo4j_server

# A test that asks for `graph`: the database emptied at the start of its module, then migrated.
TARGET = "tests/graph/test_graph_core_migrations.py::test_migrate_is_idempotent"


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Connection]:
    """A managed Neo4j of this module's own: the only database these tests let a run at."""
    server = managed_server(tmp_path_factory.mktemp("wipe-guard") / "neo4j")
    conn = server.start()
    try:
        yield conn
    finally:
        server.stop()


def query(conn: Connection, cypher: LiteralString) -> list[dict[str, Any]]:
    with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
        records, _, _ = driver.execute_query(cypher, database_=conn.database)
    return [record.data() for record in records]


def bare(conn: Connection) -> None:
    """No nodes, constraints or indexes (but the built-in lookup ones): as a database before any run."""
    query(conn, "MATCH (n) DETACH DELETE n")
    for row in query(conn, "SHOW CONSTRAINTS YIELD name RETURN name"):
        query(conn, cast(LiteralString, f"DROP CONSTRAINT `{row['name']}`"))
    for row in query(conn, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"):
        query(conn, cast(LiteralString, f"DROP INDEX `{row['name']}`"))


def holding_data(conn: Connection) -> None:
    bare(conn)
    query(conn, "CREATE (:Precious {id: 'keep-me'})-[:NEXT_TO]->(:Precious {id: 'and-me'})")


def state(conn: Connection) -> dict[str, Any]:
    """What a run may have touched: the nodes, and the constraints `migrate` would have created."""
    nodes = query(conn, "MATCH (n) RETURN coalesce(n.id, '') AS id ORDER BY id")
    constraints = query(conn, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")[0]["n"]
    return {"nodes": [row["id"] for row in nodes], "constraints": constraints}


def run_suite(conn: Connection, **extra: str) -> tuple[int, str]:
    """pytest on TARGET with NEO4J_URI naming `conn` (and nothing else of this run's environment about Neo4j)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PYTEST_"))}
    env.update(
        NEO4J_URI=conn.uri, NEO4J_USER=conn.user, NEO4J_PASSWORD=conn.password, NEO4J_DATABASE=conn.database, **extra
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", TARGET],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.returncode, done.stdout + done.stderr


def test_a_database_holding_data_stops_the_run_before_it_is_touched(own: Connection) -> None:
    holding_data(own)
    before = state(own)
    assert before == {"nodes": ["and-me", "keep-me"], "constraints": 0}

    code, output = run_suite(own)

    assert code == pytest.ExitCode.USAGE_ERROR, output
    assert "holds 2 nodes" in output and "refuse to start" in output
    assert f"{MAY_WIPE}=1" in output  # says how to opt in
    assert "passed" not in output and "failed" not in output  # no test ran
    assert state(own) == before  # nothing deleted, nothing migrated


def test_with_the_opt_in_the_run_proceeds_and_leaves_the_database_empty(own: Connection) -> None:
    holding_data(own)

    code, output = run_suite(own, **{MAY_WIPE: "1"})

    assert code == 0, output
    assert "1 passed" in output
    after = state(own)
    assert after["nodes"] == []  # the data went, as allowed, and what the run wrote went too
    assert after["constraints"] > 0  # the run did use it: it migrated


def test_an_empty_database_needs_no_opt_in_and_is_left_empty(own: Connection) -> None:
    bare(own)

    code, output = run_suite(own)

    assert code == 0, output
    assert "1 passed" in output
    assert state(own)["nodes"] == []  # so the next run finds it empty again
