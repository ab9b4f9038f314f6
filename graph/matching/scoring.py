"""Who may fulfil a wish and how well: hard constraints and the weighted score, as pure functions.

The weights live here and only here. Every factor's value lies in [0, 1]; its contribution is
weight × value; the score is the sum of the contributions, so the factors always add up to it.

| factor | weight | value |
| --- | --- | --- |
| skill | 0.30 | mean level / 5 over the wish's required skills (0.5 when it requires none) |
| distance | 0.20 | same building 1.0 > same grid 0.7 > adjacent grid 0.4 > same community 0.1 |
| capacity | 0.15 | open claims left ÷ the helper's limit |
| trackRecord | 0.10 | (wishes fulfilled + 2 × acknowledged) ÷ 10, at most 1 |
| continuity | 0.10 | 1 when the helper has fulfilled a wish of this household before |
| urgency | 0.10 | (urgency − 1) ÷ 3 for urgency 1–4: urgent wishes rank first in a plan |
| fairness | 0.05 | 1 − the helper's branch's share of open claims relative to the busiest branch (0.5 outside a branch) |
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

WEIGHTS: dict[str, float] = {
    "skill": 0.30,
    "distance": 0.20,
    "capacity": 0.15,
    "trackRecord": 0.10,
    "continuity": 0.10,
    "urgency": 0.10,
    "fairness": 0.05,
}
DISTANCE_VALUES: dict[str, float] = {"BUILDING": 1.0, "GRID": 0.7, "ADJACENT_GRID": 0.4, "COMMUNITY": 0.1}
OPEN_WISH = "PUBLISHED"


class Exclusion(Enum):
    """Hard constraints, in the order they are checked: the first that fails is the one reported."""

    WISH_NOT_OPEN = "the wish is not open for claims"
    IS_REQUESTER = "is the requester of the wish"
    NOT_A_HELPER = "not a party member, volunteer, grid worker or co-building unit"
    OUTSIDE_COMMUNITY = "does not live, work or sit in the wish's community"
    ALREADY_DECLINED = "declined this wish before"
    ALREADY_CLAIMED = "has already claimed this wish"
    LACKS_SKILL = "lacks a required skill"
    NO_CAPACITY = "has no remaining capacity"


@dataclass(frozen=True)
class Features:
    """What the graph says about one (wish, helper) pair; gathered by Cypher, judged here."""

    wish_id: str
    helper_id: str
    wish_status: str
    urgency: int
    is_helper: bool
    distance: str | None  # BUILDING, GRID, ADJACENT_GRID, COMMUNITY, or None outside the community
    is_requester: bool
    declined: bool
    claimed: bool
    skill_levels: tuple[int | None, ...]  # one per required skill, None where the helper lacks it
    open_claims: int
    capacity: int
    fulfilled: int
    acknowledged: int
    helped_household: bool
    branch_load: float | None  # the branch's open claims ÷ the busiest branch's, None outside a branch


@dataclass(frozen=True)
class Factor:
    name: str
    value: float
    weight: float
    contribution: float


@dataclass(frozen=True)
class Scored:
    features: Features
    score: float

    @cached_property
    def factors(self) -> tuple[Factor, ...]:
        # Built only when an answer shows them: a plan scores every eligible pair but explains few.
        return tuple(
            Factor(name, round(value, 4), WEIGHTS[name], round(WEIGHTS[name] * value, 4))
            for name, value in factor_values(self.features).items()
        )

    @property
    def remaining(self) -> int:
        return max(self.features.capacity - self.features.open_claims, 0)


def exclusion(f: Features) -> Exclusion | None:
    """The first hard constraint this pair fails, or None when the helper may take the wish."""
    # Checked one by one and lazily: a plan asks this of every pair.
    if f.wish_status != OPEN_WISH:
        return Exclusion.WISH_NOT_OPEN
    if f.is_requester:
        return Exclusion.IS_REQUESTER
    if not f.is_helper:
        return Exclusion.NOT_A_HELPER
    if f.distance is None:
        return Exclusion.OUTSIDE_COMMUNITY
    if f.declined:
        return Exclusion.ALREADY_DECLINED
    if f.claimed:
        return Exclusion.ALREADY_CLAIMED
    if None in f.skill_levels:
        return Exclusion.LACKS_SKILL
    if f.open_claims >= f.capacity:
        return Exclusion.NO_CAPACITY
    return None


def factor_values(f: Features) -> dict[str, float]:
    levels = [level or 0 for level in f.skill_levels]
    return {
        "skill": sum(levels) / (5 * len(levels)) if levels else 0.5,
        "distance": DISTANCE_VALUES.get(f.distance or "", 0.0),
        "capacity": max(f.capacity - f.open_claims, 0) / f.capacity if f.capacity > 0 else 0.0,
        "trackRecord": min(1.0, (f.fulfilled + 2 * f.acknowledged) / 10),
        "continuity": 1.0 if f.helped_household else 0.0,
        "urgency": min(max((f.urgency - 1) / 3, 0.0), 1.0),
        "fairness": 0.5 if f.branch_load is None else 1.0 - min(max(f.branch_load, 0.0), 1.0),
    }


def score(f: Features) -> Scored:
    """The weighted score: the sum of the factors' rounded contributions, so the shown factors add up to it."""
    return Scored(f, round(sum(round(WEIGHTS[name] * value, 4) for name, value in factor_values(f).items()), 4))


def rank(candidates: Sequence[Features]) -> list[Scored]:
    """Eligible helpers, best first; ties broken by helper id so the order is stable."""
    scored = [score(f) for f in candidates if exclusion(f) is None]
    return sorted(scored, key=lambda s: (-s.score, s.features.helper_id))
