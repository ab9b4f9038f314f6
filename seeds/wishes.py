"""Micro-wishes of residents in difficulty, claimed and fulfilled by members, volunteers and units."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from seeds import dataset as d
from seeds.catalog import SKILL_INDEX, WISHES, WishSpec
from seeds.clock import NOW, WINDOW_START, between, later
from seeds.partners import Partners
from seeds.population import Population
from seeds.roles import Helpers
from seeds.wish_history import add_history

# How the wishes that are not (yet) fulfilled spread over the other states.
_OTHER_STATUSES = {
    "PUBLISHED": 34,
    "CLAIMED": 16,
    "IN_PROGRESS": 14,
    "SUBMITTED": 11,
    "VERIFIED": 9,
    "EXPIRED": 6,
    "REJECTED": 5,
    "CANCELLED": 5,
}
_OPEN = ("SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "IN_PROGRESS")
# Statuses only reached once every place is taken.
_TAKEN = ("CLAIMED", "IN_PROGRESS", "FULFILLED")


def statuses(total: int, fulfilled: int) -> list[str]:
    """Exactly `fulfilled` FULFILLED, the rest apportioned by weight (largest remainders go to PUBLISHED)."""
    rest = total - fulfilled
    weight = sum(_OTHER_STATUSES.values())
    counts = {s: rest * w // weight for s, w in _OTHER_STATUSES.items()}
    counts["PUBLISHED"] += rest - sum(counts.values())
    return ["FULFILLED"] * fulfilled + [s for s, n in counts.items() for _ in range(n)]


def build_wishes(pop: Population, helpers: Helpers, partners: Partners) -> None:
    rng = pop.rng
    # A Random of its own: the rest of the demo draws from pop.rng exactly as before wishes had a history.
    history_rng = random.Random(f"{pop.prefix}-wish-history")
    open_claims: dict[int, int] = {}
    for i, status in enumerate(statuses(pop.shape.wishes, pop.shape.wishes_fulfilled)):
        spec = rng.choice(WISHES)
        requester = _requester(pop, spec)
        grid = pop.grid_of(requester)
        head_count = 1 if rng.random() < 0.75 else 2
        if status in _OPEN:
            created = between(rng, NOW - timedelta(days=60), NOW - timedelta(hours=6))
        else:
            created = between(rng, WINDOW_START, NOW - timedelta(days=45))
        if status in _OPEN:  # still open, so its deadline lies ahead
            deadline = (NOW + timedelta(days=rng.randint(7, 45))).date()
        elif status == "EXPIRED":
            deadline = (created + timedelta(days=rng.choice((14, 30)))).date()
        else:
            deadline = (created + timedelta(days=rng.choice((14, 30, 30, 60)))).date()
        fulfilled_at = later(rng, created, 6, 24 * 20) if status == "FULFILLED" else None
        row = pop.b.add(
            "Wish",
            {
                "id": f"{pop.prefix}-w{i + 1}",
                "title": spec.title,
                "description": spec.description,
                "category": spec.category,
                "urgency": rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0],
                "status": status,
                "headCount": head_count,
                "createdAt": created,
                "deadline": deadline,
            }
            | ({"fulfilledAt": fulfilled_at} if fulfilled_at else {}),
        )
        wish, requester_id = row["id"], pop.person_ids[requester]
        # The grid worker who handles the wish: verifies and publishes it, claims for a unit.
        staff = pop.person_ids[helpers.worker(grid, history_rng.randrange(1_000))]
        pop.b.rel(d.MADE, requester_id, wish)
        pop.b.rel(d.WISH_IN_GRID, wish, pop.grid_ids[grid])
        for key in spec.skills:
            pop.b.rel(d.REQUIRES, wish, helpers.skill_ids[SKILL_INDEX[key]])
        if status == "FULFILLED" and (not spec.skills or rng.random() < 0.15) and partners.signed:
            # Units light up the wishes for things (school supplies, a wheelchair) and some repairs.
            unit = partners.unit_ids[partners.signed[rng.randrange(len(partners.signed))]]
            # Fulfilment is recorded for a wish's claimants: the unit claimed it first.
            _places(pop, row, [unit], d.UNIT_CLAIMED, d.UNIT_FULFILLED)
            add_history(pop.b, history_rng, row, requester_id, staff, [unit], for_unit=True)
            continue
        claimants: list[str] = []
        if status in _TAKEN:
            wanted = head_count if status != "CLAIMED" else rng.randint(1, head_count)
            chosen = _claimers(pop, helpers, spec, grid, wanted, open_claims, status != "FULFILLED")
            claimants = [pop.person_ids[helper] for helper in chosen] or [staff]
            _places(pop, row, claimants, d.CLAIMED, d.PERSON_FULFILLED)
        add_history(pop.b, history_rng, row, requester_id, staff, claimants, for_unit=False)


def _places(pop: Population, row: dict[str, Any], claimants: list[str], claimed: d.RelKey, fulfilled: d.RelKey) -> None:
    """The claims on a wish whose every place is taken, fulfilled with it: the last claim filled the wish (the
    workflow's rule), so it had as many places as claimants were found."""
    row["headCount"] = min(row["headCount"], len(claimants))
    for claimant in claimants:
        pop.b.rel(claimed, claimant, row["id"])
        if row["status"] == "FULFILLED":
            pop.b.rel(fulfilled, claimant, row["id"])


def _requester(pop: Population, spec: WishSpec) -> int:
    group = pop.groups.get(spec.group or "", [])
    if group and pop.rng.random() < 0.8:
        return group[pop.rng.randrange(len(group))]
    elderly = pop.pick(range(pop.residents), 60, 120, set())
    return elderly if elderly is not None else pop.rng.randrange(pop.residents)


def _claimers(
    pop: Population,
    helpers: Helpers,
    spec: WishSpec,
    grid: int,
    wanted: int,
    open_claims: dict[int, int],
    is_open: bool,
) -> list[int]:
    """Helpers with a required skill (anyone for a wish needing none), same grid first, within their capacity."""
    rng = pop.rng
    pools = [helpers.by_skill[SKILL_INDEX[k]] for k in spec.skills] or [helpers.people]
    pool = [p for p in pools if p]
    chosen: list[int] = []
    if not pool:
        return chosen
    candidates = [rng.choice(rng.choice(pool)) for _ in range(40)]
    candidates.sort(key=lambda p: pop.grid_of(p) != grid)  # stable: same-grid helpers first, random otherwise
    for helper in candidates:
        if len(chosen) == wanted:
            break
        if helper in chosen or (is_open and open_claims.get(helper, 0) >= helpers.capacity[helper]):
            continue
        chosen.append(helper)
        if is_open:
            open_claims[helper] = open_claims.get(helper, 0) + 1
    return chosen
