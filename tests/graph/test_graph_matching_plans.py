"""Plans on the demo (graph.matching.plans): scored in bulk, with the pool read at once or in chunks, a plan is the
one the pair-by-pair reference gives (wish_pool's ranked candidates, the solver, greedy), fingerprint included."""

from __future__ import annotations

import hashlib
import json

import pytest

from graph import matching
from graph.access import scopes
from graph.access.viewer import SYSTEM, Viewer
from graph.core.db import Graph
from graph.matching import Outcome, Pool, WishState, plans, pool
from graph.matching.solver import Need, greedy, optimal


async def reference(graph: Graph, wishes: dict[str, WishState], viewer: Viewer) -> tuple[Outcome, Outcome, str, Pool]:
    """The plan as it was computed before bulk scoring (the pool read at once, every pair an object, nothing cut)."""
    found = await matching.wish_pool(graph, list(wishes), viewer=viewer)
    needs = [
        Need(w, s.open_slots, s.created_at, tuple(c.scored for c in found.candidates.get(w, [])))
        for w, s in wishes.items()
    ]
    capacity = {c.helper.id: c.scored.remaining for cs in found.candidates.values() for c in cs}
    best = optimal(needs, capacity)
    helpers = {
        c.helper.id: (c.helper_version, c.scored.features.open_claims, c.scored.features.capacity)
        for cs in found.candidates.values()
        for c in cs
    }
    state = {
        "wishes": sorted((w.id, w.status, w.claims, w.head_count, w.version) for w in wishes.values()),
        "helpers": sorted((h, *v) for h, v in helpers.items()),
        "assignments": [(a.wish_id, a.helper_id) for a in best.assignments],
    }
    fingerprint = hashlib.sha256(json.dumps(state, default=str).encode()).hexdigest()[:32]
    return best, greedy(needs, capacity), fingerprint, found


@pytest.mark.parametrize("chunk", [None, 2])
async def test_the_bulk_plan_is_the_pair_by_pair_plan(
    demo_graph: Graph, monkeypatch: pytest.MonkeyPatch, chunk: int | None
) -> None:
    row = await demo_graph.read_one(
        "MATCH (p:GridWorker)-[:WORKS_GRID]->(:Grid) RETURN p.id AS id ORDER BY p.id LIMIT 1"
    )
    community = await demo_graph.read_one("MATCH (c:Community) WHERE NOT c.id STARTS WITH 'syn' RETURN c.id AS id")
    assert row is not None and community is not None
    worker = await scopes.resolve(demo_graph, Viewer(row["id"], frozenset({"grid_worker"})))
    for viewer in (SYSTEM, worker):
        with monkeypatch.context() as patched:
            if chunk:
                patched.setattr(pool, "POOL_CHUNK", chunk)
            plan = await plans.compute(demo_graph, "Community", community["id"], viewer=viewer)
        best, first_come, fingerprint, at_once = await reference(demo_graph, plan.wishes, viewer)
        assert plan.optimal == best
        assert plan.greedy == first_come
        assert plan.fingerprint == fingerprint
        assert plan.optimal.assignments, "the demo's plan should assign someone"
        # The candidates the plan built are the reference's, helpers as the viewer may see them (props masked alike).
        expected = {(c.scored.features.wish_id, c.helper.id): c for cs in at_once.candidates.values() for c in cs}
        built = [c for cs in plan.candidates.values() for c in cs]
        assert built and all(expected[(c.scored.features.wish_id, c.helper.id)] == c for c in built)
        assert {(a.wish_id, a.helper_id) for a in plan.optimal.assignments} <= {
            (c.scored.features.wish_id, c.helper.id) for c in built
        }
        # The plan says where its time went, and how many pairs it scored: at least every eligible one it built.
        assert set(plan.phases) == {"reads", "scoring", "solver", "greedy"}
        assert all(wall >= 0 and cpu >= 0 for wall, cpu in plan.phases.values())
        assert plan.pairs >= len(expected) > 0
