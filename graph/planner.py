"""The best assignment of open wishes to helpers (OR-Tools min-cost max-flow), and greedy for comparison.

Optimal means, in this order: the most helper places filled (each wish offers as many places as helpers it
still needs, each helper as many as their remaining capacity), then the highest total score. When every
wish needs one helper, the first criterion is exactly "the most wishes served".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from ortools.graph.python import min_cost_flow

from graph.scoring import Scored

SCALE = 10_000  # scores carry 4 decimals; the solver wants integer costs


@dataclass(frozen=True)
class Need:
    wish_id: str
    slots: int
    created_at: datetime | None
    candidates: tuple[Scored, ...]


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


def _outcome(needs: Sequence[Need], assignments: list[Assignment]) -> Outcome:
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
    )


def optimal(needs: Sequence[Need], capacity: Mapping[str, int]) -> Outcome:
    """Min-cost max-flow: source → wish (its open places) → helper (1 per pair) → sink (remaining capacity)."""
    needs = sorted(needs, key=lambda n: n.wish_id)
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
        return _outcome(needs, [])
    flow.set_node_supply(0, total)
    flow.set_node_supply(1, -total)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow ended with status {status}")
    chosen = [
        Assignment(need.wish_id, c.features.helper_id, c) for arc, (need, c) in pairs.items() if flow.flow(arc) > 0
    ]
    return _outcome(needs, chosen)


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
