"""Backups of the managed server: the demo dumped from one server and restored into a fresh one reads the same."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from api.managed import ManagedNeo4j, neo4j_app
from graph.core.db import Connection, Graph
from graph.core.migrations import migrate, schema_state
from graph.statistics import community_stats, statistics
from seeds.load import load_demo
from tests.neo4j_provider import SHARED_LIB, managed_server, provider_kind

needs_managed = pytest.mark.skipif(provider_kind() != "managed", reason="backups are of the managed server")
# Every step is bounded, so a hang fails the test instead of stalling the suite; generous because the CI machine has 2
# cores shared with other work (the whole test takes ~45 s on a quiet one).
START_TIMEOUT = 90.0
ADMIN_TIMEOUT = 120.0


def cli(*args: str) -> Any:
    return CliRunner().invoke(neo4j_app, list(args))


def home_with_shared_jars(home: Path) -> ManagedNeo4j:
    """A test server whose `<home>/lib` links to the shared jars, so the CLI (which uses `<home>/lib`) finds them."""
    home.mkdir(parents=True)
    (home / "lib").symlink_to(SHARED_LIB, target_is_directory=True)
    return managed_server(home)


async def figures(conn: Connection) -> dict[str, Any]:
    """What the demo shows, and what the database holds: counts by label and type, indexes, full-text hits."""
    graph = Graph.connect(conn, timeout_s=60)
    try:
        labels = await graph.read(
            "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n, sum(size(keys(n))) AS props ORDER BY label"
        )
        types = await graph.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
        indexes = await graph.read(
            "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name"
        )
        hits = await graph.read(
            "CALL db.index.fulltext.queryNodes('searchText', '建峰') YIELD node RETURN count(node) AS n"
        )
        return {
            "communityStats": await community_stats(graph, None),
            "statistics": await statistics(graph, "Community", "jf", None, None),
            "labels": labels,
            "types": types,
            "indexes": indexes,
            "searchHits": hits[0]["n"],
            "schemaReady": (await schema_state(graph)).ready,
        }
    finally:
        await graph.close()


async def migrate_and(conn: Connection, demo: bool) -> None:
    graph = Graph.connect(conn, timeout_s=120)
    try:
        await migrate(graph)
        if demo:
            await load_demo(graph, progress=False)
    finally:
        await graph.close()


async def node_count(conn: Connection) -> int:
    graph = Graph.connect(conn, timeout_s=60)
    try:
        rows = await graph.read("MATCH (n) RETURN count(n) AS n")
        return int(rows[0]["n"])
    finally:
        await graph.close()


def read(conn: Connection) -> dict[str, Any]:
    # The servers start and stop synchronously, so the test is a plain function and each graph visit its own loop.
    return asyncio.run(figures(conn))


@pytest.mark.neo4j_server
@needs_managed
def test_demo_round_trip_through_a_dump_into_a_fresh_server(tmp_path: Path) -> None:
    began = time.monotonic()
    a, b = home_with_shared_jars(tmp_path / "a"), home_with_shared_jars(tmp_path / "b")
    dumps = tmp_path / "dumps"
    servers: list[ManagedNeo4j] = [a, b]
    try:
        conn_a = a.start(timeout=START_TIMEOUT)
        asyncio.run(migrate_and(conn_a, demo=True))
        before = read(conn_a)

        # Online: refused (exit 3), nothing written, the server untouched.
        refused = cli("dump", "--home", str(a.home), "--to", str(dumps))
        assert refused.exit_code == 3, refused.output
        assert "stop it" in refused.output
        assert not dumps.exists()
        assert a.status().running

        a.stop()
        dumping = time.monotonic()
        result = cli("dump", "--home", str(a.home), "--to", str(dumps), "--timeout", str(ADMIN_TIMEOUT))
        dumped = time.monotonic() - dumping
        assert result.exit_code == 0, result.output
        dump_file = Path(result.output.strip())
        assert dump_file.parent == dumps.resolve()
        assert dump_file.is_file() and dump_file.stat().st_size > 0
        assert list(dump_file.parent.iterdir()) == [dump_file]  # no .partial left behind

        conn_b = b.start(timeout=START_TIMEOUT)
        assert conn_b.password != conn_a.password
        assert asyncio.run(node_count(conn_b)) == 0
        b.stop()
        restoring = time.monotonic()
        result = cli("restore", str(dump_file), "--home", str(b.home), "--yes", "--timeout", str(ADMIN_TIMEOUT))
        restored = time.monotonic() - restoring
        assert result.exit_code == 0, result.output
        assert "the database replaced was saved to" in result.output

        # Bad files must not cost the restored database: not a dump at all (refused before anything is replaced), and a
        # dump cut short (its header reads well; the load fails halfway, and the database it replaced is put back).
        garbage, truncated = tmp_path / "garbage.dump", tmp_path / "truncated.dump"
        garbage.write_bytes(b"no dump" * 1000)
        truncated.write_bytes(dump_file.read_bytes()[: dump_file.stat().st_size // 2])
        for bad, code, said in ((garbage, 4, "is not a readable Neo4j dump"), (truncated, 1, "was put back from")):
            result = cli("restore", str(bad), "--home", str(b.home), "--yes", "--timeout", str(ADMIN_TIMEOUT))
            assert result.exit_code == code, result.output
            assert said in result.output
        assert b.start(timeout=START_TIMEOUT) == conn_b  # B keeps its own password: `system` was not in the dump
        after = read(conn_b)
        elapsed = time.monotonic() - began
        # The README quotes these.
        print(
            f"\ndump {dumped:.1f} s ({dump_file.stat().st_size} bytes), restore {restored:.1f} s, test {elapsed:.1f} s"
        )

        # Non-empty, so equality below says something.
        stats = before["communityStats"]
        assert stats is not None and stats.party_members > 0 and stats.wishes_fulfilled > 0
        assert before["statistics"].totals.events_reported > 0
        assert len(before["labels"]) > 10 and len(before["types"]) > 10 and before["searchHits"] > 0
        for key in ("communityStats", "statistics", "labels", "types", "indexes", "searchHits"):
            assert after[key] == before[key], key
        assert after["schemaReady"] is True
        assert all(index["state"] == "ONLINE" for index in after["indexes"])
        # Migrations find nothing to do: every index and constraint is there already.
        asyncio.run(migrate_and(conn_b, demo=False))
        assert read(conn_b)["indexes"] == after["indexes"]
    finally:
        for server in servers:
            server.stop()
