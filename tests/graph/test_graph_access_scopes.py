"""Property test: whatever `where` a non-administrator sends, it only ever narrows what that viewer may see."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.access import scopes
from graph.access.viewer import SYSTEM, Viewer
from graph.core.db import Connection, Graph
from graph.core.records import PageArgs
from graph.reads import nodes

T = TypeVar("T")
LEAF = st.one_of(
    st.builds(lambda d: {"phone": {"startsWith": d}}, st.text("0123456789", min_size=1, max_size=3)),
    st.builds(lambda c: {"name": {"contains": c}}, st.sampled_from("王李张刘陈杨伟芳")),
    st.builds(lambda y: {"birthYear": {"gte": y}}, st.integers(1930, 2020)),
    st.builds(
        lambda k: {"specialGroups": {"some": {"kind": {"eq": k}}}}, st.sampled_from(["DISABLED", "ELDERLY_ALONE"])
    ),
    st.builds(lambda s: {"wishes": {"some": {"status": {"eq": s}}}}, st.sampled_from(["PUBLISHED", "FULFILLED"])),
    st.builds(lambda f: {"household": {"some": {"room": {"startsWith": f}}}}, st.sampled_from(["1", "2", "3"])),
    st.just({"idNumber": {"isNull": False}}),
)
WHERE = st.recursive(
    LEAF,
    lambda inner: st.one_of(
        st.builds(lambda w: {"NOT": w}, inner),
        st.builds(lambda ws: {"OR": ws}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda ws: {"AND": ws}, st.lists(inner, min_size=1, max_size=3)),
    ),
    max_leaves=4,
)


async def _all_ids(graph: Graph, viewer: Viewer, where: dict[str, Any] | None) -> tuple[set[str], int]:
    ids: set[str] = set()
    after = None
    total = 0
    while True:
        page = await nodes.page(
            graph, "Person", PageArgs(first=100, after=after), where, with_total=True, viewer=viewer
        )
        total = page.total or 0
        ids |= {e.node.id for e in page.edges}
        if not page.has_next:
            return ids, total
        after = page.edges[-1].cursor


def test_filters_never_widen_what_a_viewer_sees(neo4j_connection: Connection, demo_graph: Graph) -> None:
    async def setup(graph: Graph) -> tuple[list[Viewer], dict[frozenset[str], set[str]], int]:
        row = await graph.read_one(
            "MATCH (w:GridWorker)-[:WORKS_GRID]->(:Grid {kind: 'RESIDENTIAL'}) RETURN w.id AS id ORDER BY w.id LIMIT 1"
        )
        assert row is not None
        viewers = [
            await scopes.resolve(graph, Viewer(row["id"], frozenset({"grid_worker"}))),
            await scopes.resolve(graph, Viewer(row["id"], frozenset({"party_member", "resident"}))),
        ]
        visible = {v.roles: (await _all_ids(graph, v, None))[0] for v in viewers}
        return viewers, visible, (await _all_ids(graph, SYSTEM, None))[1]

    viewers, visible, everyone = _run(neo4j_connection, setup)
    assert all(0 < len(ids) < everyone for ids in visible.values())
    checked: list[int] = []

    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(where=WHERE, which=st.sampled_from([0, 1]))
    def prop(where: dict[str, Any], which: int) -> None:
        viewer = viewers[which]
        found, total = _run(neo4j_connection, lambda graph: _all_ids(graph, viewer, where))
        assert found <= visible[viewer.roles]
        assert total == len(found)
        checked.append(len(found))

    prop()
    assert len(checked) >= 40 and any(checked)


def _run(conn: Connection, work: Callable[[Graph], Awaitable[T]]) -> T:
    """Hypothesis calls the property synchronously: each example gets its own loop, driver and connection."""

    async def main() -> T:
        graph = Graph.connect(conn, timeout_s=60)
        try:
            return await work(graph)
        finally:
            await graph.close()

    return asyncio.run(main())
