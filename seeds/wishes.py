"""Micro-wishes of residents in difficulty, claimed and fulfilled by members, volunteers and units."""

from __future__ import annotations

from datetime import timedelta

from seeds import dataset as d
from seeds.catalog import SKILL_INDEX, WISHES, WishSpec
from seeds.clock import NOW, WINDOW_START, between, later
from seeds.partners import Partners
from seeds.population import Population
from seeds.roles import Helpers

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


def statuses(total: int, fulfilled: int) -> list[str]:
    """Exactly `fulfilled` FULFILLED, the rest apportioned by weight (largest remainders go to PUBLISHED)."""
    rest = total - fulfilled
    weight = sum(_OTHER_STATUSES.values())
    counts = {s: rest * w // weight for s, w in _OTHER_STATUSES.items()}
    counts["PUBLISHED"] += rest - sum(counts.values())
    return ["FULFILLED"] * fulfilled + [s for s, n in counts.items() for _ in range(n)]


def build_wishes(pop: Population, helpers: Helpers, partners: Partners) -> None:
    rng = pop.rng
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
        wish = pop.b.node(
            "Wish",
            f"{pop.prefix}-w{i + 1}",
            title=spec.title,
            description=spec.description,
            category=spec.category,
            urgency=rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0],
            status=status,
            headCount=head_count,
            createdAt=created,
            deadline=deadline,
            fulfilledAt=fulfilled_at,
        )
        pop.b.rel(d.MADE, pop.person_ids[requester], wish)
        pop.b.rel(d.WISH_IN_GRID, wish, pop.grid_ids[grid])
        for key in spec.skills:
            pop.b.rel(d.REQUIRES, wish, helpers.skill_ids[SKILL_INDEX[key]])
        if status == "FULFILLED" and (not spec.skills or rng.random() < 0.15) and partners.signed:
            # Units light up the wishes for things (school supplies, a wheelchair) and some repairs.
            unit = partners.signed[rng.randrange(len(partners.signed))]
            pop.b.rel(d.UNIT_FULFILLED, partners.unit_ids[unit], wish)
            continue
        if status not in ("CLAIMED", "IN_PROGRESS", "FULFILLED"):
            continue
        wanted = head_count if status != "CLAIMED" else rng.randint(1, head_count)
        for helper in _claimers(pop, helpers, spec, grid, wanted, open_claims, status != "FULFILLED"):
            pop.b.rel(d.CLAIMED, pop.person_ids[helper], wish)
            if status == "FULFILLED":
                pop.b.rel(d.PERSON_FULFILLED, pop.person_ids[helper], wish)


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
