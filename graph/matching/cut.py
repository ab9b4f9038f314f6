"""A large plan solved over each wish's best few candidates, widened wherever the cut could cost the plan value.

The 1M community's pool is 729,250 pairs; a wish rarely needs more than its best few. But a fixed cut can lose:
when more wishes compete for the same k helpers than those have room for, a wish that needed its (k+1)-th is left
unserved (tests/unit/test_graph_matching_cut.py shows k = 1 losing). So the plan of the cut pool is checked: a wish
whose kept helpers all end full (or given to it) may be better served by a cut-off one, gets twice as many
candidates, and the plan is solved again. When every wish needs one helper (the min-cost flow) the check is exact:
a kept helper not given to the wish, with room left, has price 0 in the flow's optimal prices, so the wish's price
is at least that helper's score, at least every cut-off candidate's: none of them could enter the plan. When some
wish needs several, "served" is all-or-nothing, that argument does not hold, and the check is a heuristic: such
pools are cut only above MAX_EXACT_PAIRS, where the solver's answer is not proven optimal anyway.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from graph.matching.solver import MAX_EXACT_PAIRS, Need, Outcome, optimal

# A wish keeps at least its 10 best candidates, and 3 per open place: its best are what the plan gives it unless
# nearer wishes take them, and a person takes at most 3 claims at once (DEFAULT_CAPACITY). Smaller only means more
# rounds of widening, larger a bigger solve; the value is the same either way (see above).
K_MIN = 10
K_PER_SLOT = 3


def kept(slots: int) -> int:
    """How many of its best candidates a wish with `slots` open places keeps at first."""
    return max(K_MIN, K_PER_SLOT * slots)


def _doubtful(needs: Sequence[Need], limit: Mapping[str, int], plan: Outcome, capacity: Mapping[str, int]) -> list[str]:
    """The cut wishes none of whose kept helpers is left with room without being given to them."""
    used = Counter(a.helper_id for a in plan.assignments)
    given = {(a.wish_id, a.helper_id) for a in plan.assignments}
    doubtful = []
    for need in needs:
        keep = limit[need.wish_id]
        if len(need.candidates) <= keep:
            continue
        if not any(
            capacity.get(h, 0) > used[h] and (need.wish_id, h) not in given
            for h in (c.features.helper_id for c in need.candidates[:keep])
        ):
            doubtful.append(need.wish_id)
    return doubtful


def solve(
    needs: Sequence[Need],
    capacity: Mapping[str, int],
    *,
    keep: Callable[[int], int] = kept,
    above: int = MAX_EXACT_PAIRS,
    widen: bool = True,
) -> Outcome:
    """`optimal` over the needs, each wish's candidates (ranked best first) cut to `keep(slots)` when the pool has
    more than `above` pairs, and widened while the check above doubts the cut (`widen`: only tests turn it off)."""
    if sum(len(n.candidates) for n in needs) <= above:
        return optimal(needs, capacity)
    limit = {n.wish_id: keep(n.slots) for n in needs}
    while True:
        plan = optimal([replace(n, candidates=tuple(n.candidates[: limit[n.wish_id]])) for n in needs], capacity)
        doubtful = _doubtful(needs, limit, plan, capacity) if widen else []
        if not doubtful:
            break
        for wish_id in doubtful:
            limit[wish_id] *= 2
    # A proof over the cut pool is one over the whole only for the flow (above).
    single = all(n.slots <= 1 for n in needs)
    return plan if single or not plan.proven_optimal else replace(plan, proven_optimal=False)
