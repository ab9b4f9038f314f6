"""The best assignment of open wishes to helpers (OR-Tools), and greedy first-come matching for comparison.

Optimal means, in this order: the most wishes served (given every helper they still need), then the highest
total score of all assignments. Each helper takes at most their remaining capacity.

- When every wish needs one helper this is a min-cost max-flow, solved exactly at any size.
- When some wish needs several, "served" is all-or-nothing, which no flow captures (the problem is NP-hard):
  CP-SAT solves it exactly for scopes of up to MAX_EXACT_PAIRS candidate pairs (a grid, a small community).
- Beyond that the plan is the best of the flow (repaired: wishes it leaves half-staffed are dropped and the
  rest re-solved), greedy, and CP-SAT's search from that start, and says it is not proven optimal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ortools.graph.python import min_cost_flow
from ortools.sat.python import cp_model

from graph.matching.scoring import Scored

SCALE = 10_000  # scores carry 4 decimals; the solvers want integers
MAX_EXACT_PAIRS = 3_000
SEARCH_EFFORT = 2.0  # CP-SAT deterministic time: reproducible, unlike a wall-clock limit


@dataclass(frozen=True)
class Need:
    wish_id: str
    slots: int
    created_at: datetime | None
    candidates: Sequence[Scored]  # best first


@dataclass(frozen=True)
class Assignment:
    wish_id: str
    helper_id: str
    scored: Scored


@dataclass(frozen=True)
class Unmatched:
    wish_id: str
    reason: str
    filled: int
    slots: int


@dataclass(frozen=True)
class Outcome:
    assignments: tuple[Assignment, ...]
    served: int
    slots_filled: int
    total_score: float
    unmatched: tuple[Unmatched, ...]
    proven_optimal: bool = False

    @property
    def key(self) -> tuple[int, int]:
        return self.served, round(self.total_score * SCALE)


def _outcome(needs: Sequence[Need], assignments: list[Assignment], proven: bool = False) -> Outcome:
    filled: dict[str, int] = {}
    for a in assignments:
        filled[a.wish_id] = filled.get(a.wish_id, 0) + 1
    unmatched = []
    for need in needs:
        got = filled.get(need.wish_id, 0)
        if got >= need.slots:
            continue
        if not need.candidates:
            reason = "NO_ELIGIBLE_HELPER"
        elif got == 0:
            reason = "HELPERS_AT_CAPACITY"
        else:
            reason = "PARTIALLY_STAFFED"
        unmatched.append(Unmatched(need.wish_id, reason, got, need.slots))
    assignments.sort(key=lambda a: (a.wish_id, a.helper_id))
    return Outcome(
        assignments=tuple(assignments),
        served=sum(1 for n in needs if filled.get(n.wish_id, 0) >= n.slots),
        slots_filled=len(assignments),
        total_score=round(sum(a.scored.score for a in assignments), 4),
        unmatched=tuple(unmatched),
        proven_optimal=proven,
    )


def _flow(needs: Sequence[Need], capacity: Mapping[str, int]) -> list[Assignment]:
    """Min-cost max-flow: source → wish (its open places) → helper (1 per pair) → sink (remaining capacity)."""
    helpers = sorted({c.features.helper_id for n in needs for c in n.candidates})
    helper_node = {h: 2 + len(needs) + i for i, h in enumerate(helpers)}
    flow = min_cost_flow.SimpleMinCostFlow()
    pairs: dict[int, tuple[Need, Scored]] = {}
    total = 0
    for i, need in enumerate(needs):
        flow.add_arc_with_capacity_and_unit_cost(0, 2 + i, need.slots, 0)
        total += need.slots
        for c in sorted(need.candidates, key=lambda c: c.features.helper_id):
            arc = flow.add_arc_with_capacity_and_unit_cost(
                2 + i, helper_node[c.features.helper_id], 1, -round(c.score * SCALE)
            )
            pairs[arc] = (need, c)
    for h in helpers:
        flow.add_arc_with_capacity_and_unit_cost(helper_node[h], 1, max(capacity.get(h, 0), 0), 0)
    if not pairs:
        return []
    flow.set_node_supply(0, total)
    flow.set_node_supply(1, -total)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow ended with status {status}")
    return [Assignment(need.wish_id, c.features.helper_id, c) for arc, (need, c) in pairs.items() if flow.flow(arc) > 0]


def _repaired_flow(needs: Sequence[Need], capacity: Mapping[str, int]) -> list[Assignment]:
    """The flow, re-solved without the wishes it leaves half-staffed, so their helpers can complete others."""
    active = list(needs)
    for _ in range(4):
        chosen = _flow(active, capacity)
        got: dict[str, int] = {}
        for a in chosen:
            got[a.wish_id] = got.get(a.wish_id, 0) + 1
        partial = {n.wish_id for n in active if 0 < got.get(n.wish_id, 0) < n.slots}
        if not partial:
            return chosen
        active = [n for n in active if n.wish_id not in partial]
    return [a for a in chosen if a.wish_id not in partial]


def _cp_sat(
    needs: Sequence[Need], capacity: Mapping[str, int], hint: list[Assignment]
) -> tuple[list[Assignment], bool]:
    model = cp_model.CpModel()
    x: dict[tuple[str, str], tuple[cp_model.IntVar, Scored]] = {}
    by_helper: dict[str, list[cp_model.IntVar]] = {}
    served = []
    for need in needs:
        pair_vars = []
        for c in need.candidates:
            var = model.new_bool_var(f"x[{need.wish_id},{c.features.helper_id}]")
            x[(need.wish_id, c.features.helper_id)] = (var, c)
            by_helper.setdefault(c.features.helper_id, []).append(var)
            pair_vars.append(var)
        y = model.new_bool_var(f"served[{need.wish_id}]")
        served.append(y)
        model.add(sum(pair_vars) <= need.slots)
        model.add(sum(pair_vars) >= need.slots * y)
    for helper, helper_vars in by_helper.items():
        model.add(sum(helper_vars) <= max(capacity.get(helper, 0), 0))
    weights = [round(c.score * SCALE) for _, c in x.values()]
    big = sum(weights) + 1  # one more wish served outweighs any difference in score
    model.maximize(big * sum(served) + cp_model.LinearExpr.weighted_sum([v for v, _ in x.values()], weights))
    hinted = {(a.wish_id, a.helper_id) for a in hint}
    for key, (var, _) in x.items():
        model.add_hint(var, key in hinted)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 7
    solver.parameters.max_deterministic_time = SEARCH_EFFORT
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return hint, False
    chosen = [Assignment(w, h, c) for (w, h), (var, c) in x.items() if solver.value(var)]
    return chosen, status == cp_model.OPTIMAL


def optimal(needs: Sequence[Need], capacity: Mapping[str, int]) -> Outcome:
    """The best plan as defined above; deterministic for the same input, in any order."""
    needs = sorted(needs, key=lambda n: n.wish_id)
    if all(n.slots <= 1 for n in needs):
        return _outcome(needs, _flow(needs, capacity), proven=True)
    start = max(_outcome(needs, _repaired_flow(needs, capacity)), greedy(needs, capacity), key=lambda o: o.key)
    pairs = sum(len(n.candidates) for n in needs)
    if pairs > MAX_EXACT_PAIRS:
        return start
    chosen, proven = _cp_sat(needs, capacity, list(start.assignments))
    best = _outcome(needs, chosen, proven)
    return best if best.key >= start.key else start


def greedy(needs: Sequence[Need], capacity: Mapping[str, int]) -> Outcome:
    """First come, first served: oldest wish first, each takes its best-scored helpers still free."""
    left = dict(capacity)
    chosen: list[Assignment] = []
    for need in sorted(needs, key=lambda n: (n.created_at.timestamp() if n.created_at else 0.0, n.wish_id)):
        taken = 0
        for c in need.candidates:  # already ranked best first
            if taken == need.slots:
                break
            if left.get(c.features.helper_id, 0) > 0:
                left[c.features.helper_id] -= 1
                chosen.append(Assignment(need.wish_id, c.features.helper_id, c))
                taken += 1
    return _outcome(needs, chosen)
