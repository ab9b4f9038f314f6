"""Aggregates' Cypher on the demo: the rows counted are the rows a page lists (same where, same scope), per parent too,
and the figures are those of plain Cypher."""

from __future__ import annotations

from graph.access import scopes
from graph.access.viewer import SYSTEM, Viewer
from graph.core.db import Graph
from graph.core.records import PageArgs, Rows, SensitiveUse
from graph.reads import aggregates, nodes


async def worker(graph: Graph) -> Viewer:
    row = await graph.read_one("MATCH (p:GridWorker)-[:WORKS_GRID]->(:Grid) RETURN p.id AS id ORDER BY p.id LIMIT 1")
    assert row is not None
    # The policy fills in the worker's grids, as the API does per request.
    return await scopes.resolve(graph, Viewer(row["id"], frozenset({"grid_worker"})))


async def test_the_count_is_the_list_s_total_for_each_viewer(demo_graph: Graph) -> None:
    where = {"status": {"in": ["CLOSED", "REPORTED"]}}
    for viewer in (SYSTEM, await worker(demo_graph)):
        found = (await aggregates.summarize(demo_graph, Rows("Event", where), viewer=viewer))[None]
        page = await nodes.page(demo_graph, "Event", PageArgs(first=0), where, with_total=True, viewer=viewer)
        assert found.count == page.total
    assert found.count > 0


async def test_extremes_and_sums_are_those_of_plain_cypher(demo_graph: Graph) -> None:
    found = (await aggregates.summarize(demo_graph, Rows("Wish"), viewer=SYSTEM))[None]
    plain = await demo_graph.read_one(
        "MATCH (w:Wish) RETURN min(w.createdAt) AS first, max(w.urgency) AS most, sum(w.headCount) AS heads,"
        " avg(w.urgency) AS mean"
    )
    assert plain is not None
    assert found.values["min_createdAt"] == plain["first"] and found.values["max_urgency"] == plain["most"]
    assert found.values["sum_headCount"] == plain["heads"] and found.values["avg_urgency"] == plain["mean"]


async def test_no_rows_count_zero_and_sum_to_null(demo_graph: Graph) -> None:
    found = (await aggregates.summarize(demo_graph, Rows("Wish", {"id": {"eq": "none"}}), viewer=SYSTEM))[None]
    assert found.count == 0 and found.values.get("sum_urgency") is None
    groups = await aggregates.group(demo_graph, Rows("Wish", {"id": {"eq": "none"}}), ["status"], viewer=SYSTEM)
    assert groups[None].groups == ()


async def test_a_relationship_s_aggregates_are_read_for_every_parent_at_once(demo_graph: Graph) -> None:
    viewer = await worker(demo_graph)
    grids = [r["id"] for r in await demo_graph.read("MATCH (g:Grid) RETURN g.id AS id ORDER BY id LIMIT 6")]
    rows = Rows("Event", via=("Grid", "events"))
    found = await aggregates.summarize(demo_graph, rows, grids, viewer=viewer)
    pages = await nodes.related(demo_graph, "Grid", "events", grids, PageArgs(first=0), with_total=True, viewer=viewer)
    assert {g: s.count for g, s in found.items()} == {g: p.total for g, p in pages.items()}
    assert any(s.count for s in found.values()) and not all(s.count for s in found.values())
    grouped = await aggregates.group(demo_graph, rows, ["status"], grids, viewer=viewer)
    assert {g: sum(x.count for x in grouped[g].groups) for g in grids} == {g: s.count for g, s in found.items()}


async def test_groups_by_a_relationship_name_the_related_node(demo_graph: Graph) -> None:
    found = (await aggregates.group(demo_graph, Rows("Event"), ["grid", "category"], limit=10_000, viewer=SYSTEM))[None]
    plain = await demo_graph.read(
        "MATCH (e:Event)-[:IN_GRID]->(g:Grid) RETURN g.id AS grid, e.category AS category, count(*) AS n"
    )
    assert {(g.keys["grid"].id, g.keys["category"]): g.count for g in found.groups} == {
        (r["grid"], r["category"]): r["n"] for r in plain
    }
    assert found.groups[0].keys["grid"].label == "Grid" and found.groups[0].keys["grid"].props["name"]
    assert [g.count for g in found.groups] == sorted((g.count for g in found.groups), reverse=True)
    top = (await aggregates.group(demo_graph, Rows("Event"), ["grid", "category"], limit=3, viewer=SYSTEM))[None]
    assert top.groups == found.groups[:3]


async def test_a_filter_on_a_sensitive_field_is_noted_for_the_audit(demo_graph: Graph) -> None:
    rows = Rows("Person", {"phone": {"startsWith": "138"}})
    found = (await aggregates.summarize(demo_graph, rows, viewer=await worker(demo_graph)))[None]
    assert SensitiveUse("Person", "phone", "FILTER") in found.sensitive
