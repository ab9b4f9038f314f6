"""Pages read inside their parents' Cypher equal the pages the batched loader reads on its own, for every shape."""

from __future__ import annotations

from typing import Any

import pytest

from graph.access import scopes
from graph.access.viewer import SYSTEM, Viewer
from graph.core.db import Graph
from graph.core.records import Include, Order, Page, PageArgs
from graph.reads import nodes

ADMIN = SYSTEM  # sees everything, as a community administrator does
WORKER_ROLES = frozenset({"grid_worker"})

# (relationship of Grid, page args, where, order, with total): forward, backward, sorted, filtered, counted.
Shape = tuple[str, PageArgs, dict[str, Any] | None, Order, bool]
SHAPES: list[Shape] = [
    ("buildings", PageArgs(first=3), None, Order(), False),
    ("buildings", PageArgs(first=2), None, Order("floors", "DESC"), True),
    ("buildings", PageArgs(last=2), None, Order(), True),
    ("wishes", PageArgs(first=5), {"status": {"in": ["PUBLISHED", "CLAIMED"]}}, Order(), True),
    ("events", PageArgs(first=4), {"category": {"eq": "FIRE_SAFETY"}}, Order("reportedAt", "DESC"), True),
    ("gridWorkers", PageArgs(first=0), None, Order(), True),
]


async def grid_page(graph: Graph, viewer: Viewer, *includes: Include) -> Page:
    return await nodes.page(graph, "Grid", PageArgs(first=6), viewer=viewer, includes=includes)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: f"{s[0]}-{s[1]}-{s[3].key}")
async def test_an_included_page_equals_the_loaded_page(demo_graph: Graph, shape: Shape) -> None:
    rel, args, where, order, total = shape
    include = Include(rel, args, where, order, total)
    grids = await grid_page(demo_graph, ADMIN, include)
    assert grids.edges
    loaded = await nodes.related(
        demo_graph, "Grid", rel, [e.node.id for e in grids.edges], args, where, order, total, viewer=ADMIN
    )
    for edge in grids.edges:
        assert edge.node.related[include.key] == loaded[edge.node.id]
    assert any(loaded[e.node.id].edges for e in grids.edges) or args.size == 0


async def test_a_cursor_continues_an_included_page(demo_graph: Graph) -> None:
    first = Include("buildings", PageArgs(first=2))
    grids = await grid_page(demo_graph, ADMIN, first)
    grid = next(e.node for e in grids.edges if e.node.related[first.key].has_next)
    after = grid.related[first.key].edges[-1].cursor
    rest = Include("buildings", PageArgs(first=2, after=after))
    again = await grid_page(demo_graph, ADMIN, rest)
    loaded = await nodes.related(
        demo_graph, "Grid", "buildings", [grid.id], PageArgs(first=2, after=after), viewer=ADMIN
    )
    page = next(e.node for e in again.edges if e.node.id == grid.id).related[rest.key]
    assert page == loaded[grid.id]
    assert {e.node.id for e in page.edges}.isdisjoint({e.node.id for e in grid.related[first.key].edges})


async def test_three_levels_in_one_round_trip(demo_graph: Graph) -> None:
    workers = Include("gridWorkers", PageArgs(first=3), with_total=True)
    grid = Include("grid", PageArgs(first=1), children=(workers,))
    building = Include("building", PageArgs(first=1), children=(grid,))
    before = demo_graph.round_trips
    people = await nodes.page(
        demo_graph, "Person", PageArgs(first=20), role="Resident", viewer=ADMIN, includes=(building,)
    )
    assert demo_graph.round_trips - before == 1
    for edge in people.edges:
        (b,) = edge.node.related[building.key].edges
        (g,) = b.node.related[grid.key].edges
        page = g.node.related[workers.key]
        loaded = await nodes.related(
            demo_graph, "Grid", "gridWorkers", [g.node.id], PageArgs(first=3), None, Order(), True, viewer=ADMIN
        )
        assert page == loaded[g.node.id]


async def test_a_viewer_sees_in_an_included_page_what_the_loader_shows_them(demo_graph: Graph) -> None:
    row = await demo_graph.read_one(
        "MATCH (p:GridWorker)-[:WORKS_GRID]->(g:Grid) RETURN p.id AS person, collect(g.id) AS grids LIMIT 1"
    )
    assert row is not None
    worker = await scopes.resolve(demo_graph, Viewer(person_id=row["person"], roles=WORKER_ROLES))
    include = Include("wishes", PageArgs(first=10), with_total=True)
    grids = await nodes.page(demo_graph, "Grid", PageArgs(first=20), viewer=worker, includes=(include,))
    ids = [e.node.id for e in grids.edges]
    loaded = await nodes.related(demo_graph, "Grid", "wishes", ids, PageArgs(first=10), with_total=True, viewer=worker)
    totals = {e.node.id: e.node.related[include.key].total for e in grids.edges}
    assert totals == {i: loaded[i].total for i in ids}
    assert any(totals[g] for g in row["grids"] if g in totals)


async def test_an_include_that_does_not_compile_is_left_to_its_field(demo_graph: Graph) -> None:
    bad = Include("buildings", PageArgs(first=2), order=Order("no_such_key"))
    grids = await grid_page(demo_graph, ADMIN, bad)
    assert grids.edges and all(bad.key not in e.node.related for e in grids.edges)
