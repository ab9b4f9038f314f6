"""Constraints and indexes exist after migrate, repeating it changes nothing, and Chinese text is searchable."""

from __future__ import annotations

from graph.core.db import Graph
from graph.core.migrations import FULLTEXT_INDEX, migrate, schema_state
from graph.core.model import ENTITIES


async def test_every_entity_has_a_unique_id(graph: Graph) -> None:
    await migrate(graph)
    rows = await graph.read(
        "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' "
        "RETURN labelsOrTypes[0] AS label, properties AS props"
    )
    assert {r["label"] for r in rows if r["props"] == ["id"]} >= set(ENTITIES)
    assert (await schema_state(graph)).ready


async def test_migrate_is_idempotent(graph: Graph) -> None:
    count = "SHOW INDEXES YIELD name RETURN count(*) AS n"
    before = (await graph.read(count))[0]["n"]
    await migrate(graph)
    assert await migrate(graph) == 0  # nothing missing: no schema statement runs
    assert (await graph.read(count))[0]["n"] == before


async def test_migrate_recreates_only_what_is_missing(graph: Graph) -> None:
    await migrate(graph)
    await graph.write("DROP CONSTRAINT wish_id IF EXISTS")
    await graph.write("DROP INDEX event_status IF EXISTS")
    assert (await schema_state(graph)).missing == ("event_status", "wish_id")
    assert await migrate(graph) == 2
    assert (await schema_state(graph)).ready


async def test_fulltext_index_tokenises_chinese(graph: Graph) -> None:
    await migrate(graph)
    rows = await graph.read(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options.indexConfig AS config",
        name=FULLTEXT_INDEX,
    )
    assert rows[0]["config"]["fulltext.analyzer"] == "cjk"
    await graph.write("CREATE (:Community {id: 'ft-test', name: '建峰社区'})")
    await graph.write("CALL db.awaitIndexes(60)")
    hits = await graph.read(
        "CALL db.index.fulltext.queryNodes($name, $text) YIELD node RETURN node.id AS id",
        name=FULLTEXT_INDEX,
        text="建峰",
    )
    assert [h["id"] for h in hits] == ["ft-test"]
    await graph.write("MATCH (c:Community {id: 'ft-test'}) DELETE c")
