"""The cut before the solver (graph.matching.cut) against the uncut exact solver on random instances of at most
3,000 pairs: the same wishes served and the same total score; and a cut that is not widened loses (no Neo4j)."""

from __future__ import annotations

import functools
import random
from datetime import timedelta

import pytest

from graph.matching.cut import K_MIN, solve
from graph.matching.solver import MAX_EXACT_PAIRS, Need, Outcome, optimal
from tests.unit.test_graph_matching_solver import T0, cand, feasible


@functools.cache
def instance(seed: int, max_slots: int) -> tuple[list[Need], dict[str, int]]:
    """Wishes ranking helpers much alike (a helper's quality plus a little noise per wish), helpers with room for
    one to three: the competition for the same best helpers under which a cut can cost value."""
    rng = random.Random(seed)
    # Instances where some wish needs two helpers are solved by CP-SAT: small, so that it proves its answer quickly.
    small = max_slots > 1
    helpers = [f"h{i:03}" for i in range(rng.randint(4, 8 if small else 60))]
    quality = {h: rng.random() for h in helpers}
    per_wish = rng.randint(2, min(len(helpers), 5 if small else 40))
    needs = []
    for i in range(min(rng.randint(3, 9 if small else 150), MAX_EXACT_PAIRS // per_wish)):
        wish = f"w{i:03}"
        found = [
            cand(wish, h, round(0.5 * quality[h] + 0.5 * rng.random() ** 3, 4)) for h in rng.sample(helpers, per_wish)
        ]
        found.sort(key=lambda s: (-s.score, s.features.helper_id))
        needs.append(Need(wish, rng.randint(1, max_slots), T0 + timedelta(minutes=i), tuple(found)))
    return needs, {h: rng.randint(1, 3) for h in helpers}


@functools.cache
def exact(seed: int, max_slots: int) -> Outcome:
    return optimal(*instance(seed, max_slots))


SEEDS = [(seed, 1) for seed in range(40)] + [(seed, 2) for seed in range(40, 70)]
KEEPS = {"one": lambda slots: 1, "production": lambda slots: max(K_MIN, 3 * slots)}


@pytest.mark.parametrize("keep", KEEPS)
@pytest.mark.parametrize("max_slots", [1, 2])
def test_the_cut_plan_has_the_uncut_plans_value(max_slots: int, keep: str) -> None:
    compared = 0
    for seed in (seed for seed, slots in SEEDS if slots == max_slots):
        needs, capacity = instance(seed, max_slots)
        assert sum(len(n.candidates) for n in needs) <= MAX_EXACT_PAIRS
        whole = exact(seed, max_slots)
        if not whole.proven_optimal:  # CP-SAT stopped before a proof: no exact value to compare with
            continue
        plan = solve(needs, capacity, keep=KEEPS[keep], above=0)
        assert feasible(plan, needs, capacity)
        assert (plan.served, plan.slots_filled, plan.total_score) == (
            whole.served,
            whole.slots_filled,
            whole.total_score,
        )
        compared += 1
    assert compared >= 25


def test_a_cut_not_widened_can_lose_value() -> None:
    # So the test above could fail: each instance cut to its best candidate and solved once, without the check.
    losses = {
        max_slots: [
            seed
            for seed, slots in SEEDS
            if slots == max_slots
            for needs, capacity in [instance(seed, max_slots)]
            if solve(needs, capacity, keep=lambda slots: 1, above=0, widen=False).key < exact(seed, max_slots).key
        ]
        for max_slots in (1, 2)
    }
    assert losses[1] and losses[2]


def test_small_pools_are_not_cut() -> None:
    needs, capacity = instance(3, 1)
    assert solve(needs, capacity, keep=lambda slots: 1, widen=False) == optimal(needs, capacity)
