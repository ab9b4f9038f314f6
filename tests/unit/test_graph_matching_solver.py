"""The plan solver against brute force on many small random instances, and against greedy (no Neo4j)."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from graph.matching.scoring import Scored
from graph.matching.solver import MAX_EXACT_PAIRS, Need, Outcome, greedy, optimal
from tests.unit.test_graph_matching_scoring import BASE

T0 = datetime(2023, 1, 1, tzinfo=UTC)


def cand(wish: str, helper: str, value: float) -> Scored:
    return Scored(dataclasses.replace(BASE, wish_id=wish, helper_id=helper), value)


@st.composite
def instances(draw: st.DrawFn) -> tuple[list[Need], dict[str, int]]:
    wishes = [f"w{i}" for i in range(draw(st.integers(1, 4)))]
    helpers = [f"h{i}" for i in range(draw(st.integers(1, 4)))]
    pairs = [p for p in itertools.product(wishes, helpers) if draw(st.booleans())][:10]
    scores = {p: draw(st.integers(1, 10_000)) / 10_000 for p in pairs}
    needs = []
    for i, w in enumerate(wishes):
        found = sorted((cand(w, h, scores[(w, h)]) for ww, h in pairs if ww == w), key=lambda s: -s.score)
        needs.append(Need(w, draw(st.integers(1, 2)), T0 + timedelta(hours=i), tuple(found)))
    capacity = {h: draw(st.integers(0, 2)) for h in helpers}
    return needs, capacity


def brute_force(needs: list[Need], capacity: dict[str, int]) -> tuple[int, float]:
    """Every subset of candidate pairs that fits; best by (wishes fully served, total score)."""
    pairs = [(n, c) for n in needs for c in n.candidates]
    best = (0, 0.0)
    for mask in range(1 << len(pairs)):
        chosen = [pairs[i] for i in range(len(pairs)) if mask >> i & 1]
        per_wish: dict[str, int] = {}
        per_helper: dict[str, int] = {}
        for n, c in chosen:
            per_wish[n.wish_id] = per_wish.get(n.wish_id, 0) + 1
            per_helper[c.features.helper_id] = per_helper.get(c.features.helper_id, 0) + 1
        if any(per_wish[n.wish_id] > n.slots for n, _ in chosen):
            continue
        if any(per_helper[h] > capacity.get(h, 0) for h in per_helper):
            continue
        served = sum(1 for n in needs if per_wish.get(n.wish_id, 0) == n.slots)
        value = (served, round(sum(c.score for _, c in chosen), 4))
        best = max(best, value)
    return best


def feasible(o: Outcome, needs: list[Need], capacity: dict[str, int]) -> bool:
    slots = {n.wish_id: n.slots for n in needs}
    allowed = {(n.wish_id, c.features.helper_id) for n in needs for c in n.candidates}
    per_wish: dict[str, int] = {}
    per_helper: dict[str, int] = {}
    for a in o.assignments:
        per_wish[a.wish_id] = per_wish.get(a.wish_id, 0) + 1
        per_helper[a.helper_id] = per_helper.get(a.helper_id, 0) + 1
    return (
        all((a.wish_id, a.helper_id) in allowed for a in o.assignments)
        and all(per_wish[w] <= slots[w] for w in per_wish)
        and all(per_helper[h] <= capacity[h] for h in per_helper)
    )


@settings(max_examples=300, deadline=None)
@given(instances())
def test_optimal_equals_brute_force(instance: tuple[list[Need], dict[str, int]]) -> None:
    needs, capacity = instance
    plan = optimal(needs, capacity)
    assert feasible(plan, needs, capacity)
    assert (plan.served, plan.total_score) == brute_force(needs, capacity)
    assert plan.proven_optimal
    first_come = greedy(needs, capacity)
    assert feasible(first_come, needs, capacity)
    assert first_come.served <= plan.served
    assert optimal(list(reversed(needs)), capacity) == plan  # deterministic whatever the input order


def test_the_plan_beats_first_come_where_it_matters() -> None:
    # The older wish grabs the only helper the newer one could use; the plan gives it the other helper.
    needs = [
        Need("old", 1, T0, (cand("old", "alice", 0.9), cand("old", "bob", 0.5))),
        Need("new", 1, T0 + timedelta(days=1), (cand("new", "alice", 0.8),)),
    ]
    capacity = {"alice": 1, "bob": 1}
    first_come, plan = greedy(needs, capacity), optimal(needs, capacity)
    assert (first_come.served, [u.reason for u in first_come.unmatched]) == (1, ["HELPERS_AT_CAPACITY"])
    assert (plan.served, plan.total_score, plan.unmatched) == (2, 1.3, ())
    assert {(a.wish_id, a.helper_id) for a in plan.assignments} == {("old", "bob"), ("new", "alice")}


def test_a_wish_needing_two_helpers_is_served_whole_or_not_counted() -> None:
    # Flow alone would fill both places of "big" with alice and bob and leave "small" empty; served counts wishes.
    needs = [
        Need("big", 2, T0, (cand("big", "alice", 0.9), cand("big", "bob", 0.9))),
        Need("small", 1, T0, (cand("small", "alice", 0.2),)),
        Need("tiny", 1, T0, (cand("tiny", "bob", 0.2),)),
    ]
    plan = optimal(needs, {"alice": 1, "bob": 1})
    assert (plan.served, plan.total_score, plan.proven_optimal) == (2, 0.4, True)


def test_large_plans_are_never_worse_than_greedy() -> None:
    helpers = [f"h{i}" for i in range(40)]
    needs = [
        Need(
            f"w{i:03}",
            1 + i % 2,
            T0 + timedelta(minutes=i),
            tuple(cand(f"w{i:03}", h, 0.5 + (i * 7 + j) % 50 / 100) for j, h in enumerate(helpers[i % 7 :: 3])),
        )
        for i in range(400)
    ]
    capacity = dict.fromkeys(helpers, 3)
    plan, first_come = optimal(needs, capacity), greedy(needs, capacity)
    assert sum(len(n.candidates) for n in needs) > MAX_EXACT_PAIRS
    assert feasible(plan, needs, capacity)
    assert (plan.served, plan.total_score) >= (first_come.served, first_come.total_score)


def test_unmatched_reasons() -> None:
    needs = [Need("lonely", 1, T0, ()), Need("pair", 2, T0, (cand("pair", "alice", 0.5),))]
    plan = optimal(needs, {"alice": 1})
    assert [(u.wish_id, u.reason, u.filled, u.slots) for u in plan.unmatched] == [
        ("lonely", "NO_ELIGIBLE_HELPER", 0, 1),
        ("pair", "PARTIALLY_STAFFED", 1, 2),
    ]
