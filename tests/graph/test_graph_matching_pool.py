"""The candidate pool of a set of wishes (graph.matching), on the demo: read in chunks, it equals the pool read at
once."""

from __future__ import annotations

import pytest

from graph.access.viewer import SYSTEM
from graph.core.db import Graph


async def test_a_pool_read_in_chunks_equals_the_pool_read_at_once(
    demo_graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph import matching
    from graph.matching import pool

    rows = await demo_graph.read("MATCH (w:Wish {status: 'PUBLISHED'}) RETURN w.id AS id ORDER BY id")
    wish_ids = [r["id"] for r in rows]
    assert len(wish_ids) > 3, "the demo should have several open wishes to split"
    at_once = await matching.wish_pool(demo_graph, wish_ids, viewer=SYSTEM)
    monkeypatch.setattr(pool, "POOL_CHUNK", 2)
    before = demo_graph.round_trips
    chunked = await matching.wish_pool(demo_graph, wish_ids, viewer=SYSTEM)
    # ceil(n / 2) chunks (pairs and wishes), then one read of their helpers and one of the branch loads
    assert demo_graph.round_trips - before == -(-len(wish_ids) // 2) + 2

    def ranked(pool: matching.Pool) -> dict[str, list[tuple[str, float, float | None]]]:
        return {
            w: [(c.helper.id, c.scored.score, c.scored.features.branch_load) for c in found]
            for w, found in pool.candidates.items()
        }

    assert chunked.wishes == at_once.wishes
    assert ranked(chunked) == ranked(at_once)
    assert any(c.scored.features.branch_load for found in at_once.candidates.values() for c in found)
