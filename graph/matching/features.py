"""What scoring sees of a (wish, helper) pair, built from the pool query's rows (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from graph.core.db import Row
from graph.core.model import ENTITIES
from graph.matching.scoring import Features
from graph.wishes import DEFAULT_CAPACITY


@dataclass(frozen=True)
class WishState:
    id: str
    status: str
    head_count: int
    claims: int
    created_at: datetime | None
    version: int

    @property
    def open_slots(self) -> int:
        return max(self.head_count - self.claims, 0)


def entity_label(labels: Iterable[str]) -> str:
    return next(label for label in labels if label in ENTITIES)


def distance(wish: Row, helper: Row) -> str | None:
    """How near the helper is to the wish: its building, its grid, an adjacent grid, the community, or farther."""
    if not helper["inCommunity"]:
        return None
    if wish["building"] is not None and wish["building"] in helper["buildings"]:
        return "BUILDING"
    if wish["grid"] in helper["grids"]:
        return "GRID"
    if set(wish["adjacent"]) & set(helper["grids"]):
        return "ADJACENT_GRID"
    return "COMMUNITY"


def branch_loads(branch_claims: list[Row]) -> dict[str, float]:
    """Each party branch's open claims as a share of the busiest branch's."""
    claims = {b["branch"]: b["claims"] for b in branch_claims}
    busiest = max(claims.values(), default=0)
    return {branch: n / busiest for branch, n in claims.items()} if busiest else {}


def features(wish: Row, helper: Row, loads: dict[str, float]) -> Features:
    label = entity_label(helper["labels"])
    skills = dict(helper["skills"])
    return Features(
        wish_id=wish["id"],
        helper_id=helper["id"],
        wish_status=wish["status"],
        urgency=wish["urgency"],
        is_helper=helper["isHelper"],
        distance=distance(wish, helper),
        is_requester=helper["id"] == wish["requester"],
        declined=wish["id"] in helper["declined"],
        claimed=wish["id"] in helper["claimed"],
        skill_levels=tuple(skills.get(s) for s in wish["required"]),
        open_claims=helper["openClaims"],
        capacity=helper["capacity"] if helper["capacity"] is not None else DEFAULT_CAPACITY[label],
        fulfilled=helper["fulfilled"],
        acknowledged=helper["acknowledged"],
        helped_household=wish["household"] is not None and wish["household"] in helper["helpedHouseholds"],
        branch_load=None if helper["branch"] is None else loads.get(helper["branch"], 0.0),
    )


def wish_state(row: Row) -> WishState:
    return WishState(row["id"], row["status"], row["headCount"], row["claims"], row["createdAt"], row["version"])
