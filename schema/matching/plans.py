"""Match plans: the best assignment of a scope's open wishes, and why a helper is kept off a wish."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import strawberry

from graph import matching
from graph.matching import Candidate as CandidateRecord
from graph.matching import Exclusion as ExclusionRule
from graph.matching import Outcome
from schema import references
from schema.context import Info
from schema.matching.candidates import Factor, WishType
from schema.relay import Node, existing, to_global_id, wrap

if TYPE_CHECKING:
    from schema.entities.objects import Wish

strawberry.enum(
    ExclusionRule, name="Exclusion", description="Hard constraints that keep a helper off a wish, in order."
)


@strawberry.type(description="Why a helper is or is not a candidate for a wish.")
class ExclusionExplanation:
    excluded: bool
    constraint: ExclusionRule | None
    message: str | None
    score: float | None
    factors: list[Factor]


@strawberry.type
class Assignment:
    record: strawberry.Private[CandidateRecord]

    @strawberry.field
    def wish(self) -> WishType:
        wish: Wish = wrap(self.record.wish)
        return wish

    @strawberry.field
    def helper(self) -> Node:
        return Node.of(self.record.helper)

    @strawberry.field
    def score(self) -> float:
        return self.record.scored.score

    @strawberry.field
    def factors(self) -> list[Factor]:
        return [Factor.of(f) for f in self.record.scored.factors]


@strawberry.enum
class UnmatchedReason(enum.Enum):
    NO_ELIGIBLE_HELPER = "NO_ELIGIBLE_HELPER"
    HELPERS_AT_CAPACITY = "HELPERS_AT_CAPACITY"
    PARTIALLY_STAFFED = "PARTIALLY_STAFFED"


@strawberry.type
class UnmatchedWish:
    wish_id: strawberry.ID
    reason: UnmatchedReason
    helpers_assigned: int
    helpers_needed: int

    @strawberry.field(description="The wish `wishId` names, as you may see it (null if hidden).")
    async def wish(self, info: Info) -> WishType | None:
        found: Wish | None = await references.by_id(info, "Wish", self.wish_id)
        return found


@strawberry.type(description="What a plan achieves: wishes fully staffed, helper places filled, total score.")
class PlanSummary:
    served: int
    places_filled: int
    total_score: float

    @staticmethod
    def of(o: Outcome) -> PlanSummary:
        return PlanSummary(served=o.served, places_filled=o.slots_filled, total_score=o.total_score)


@strawberry.type(description="An optimal assignment of the scope's open wishes; `greedy` is first-come matching.")
class MatchPlan:
    scope: strawberry.ID
    fingerprint: str = strawberry.field(description="Pass to applyMatchPlan; it refuses if the data changed since.")
    open_wishes: int
    served: int
    places_filled: int
    total_score: float
    proven_optimal: bool = strawberry.field(
        description="False only for very large scopes, where the solver's search stopped before a proof."
    )
    assignments: list[Assignment]
    unmatched: list[UnmatchedWish]
    greedy: PlanSummary


def plan_type(scope: str, plan: matching.Plan) -> MatchPlan:
    by_pair = {(c.scored.features.wish_id, c.helper.id): c for found in plan.candidates.values() for c in found}
    return MatchPlan(
        scope=strawberry.ID(scope),
        fingerprint=plan.fingerprint,
        open_wishes=len(plan.wishes),
        served=plan.optimal.served,
        places_filled=plan.optimal.slots_filled,
        total_score=plan.optimal.total_score,
        proven_optimal=plan.optimal.proven_optimal,
        assignments=[Assignment(record=by_pair[(a.wish_id, a.helper_id)]) for a in plan.optimal.assignments],
        unmatched=[
            UnmatchedWish(
                wish_id=strawberry.ID(to_global_id("Wish", u.wish_id)),
                reason=UnmatchedReason(u.reason),
                helpers_assigned=u.filled,
                helpers_needed=u.slots,
            )
            for u in plan.optimal.unmatched
        ],
        greedy=PlanSummary.of(plan.greedy),
    )


async def scope_of(info: Info, scope: str) -> tuple[str, str]:
    """The Community or Grid a plan is for: NOT_FOUND when the id names none the viewer may see (not an empty plan)."""
    return await existing(info, scope, tuple(matching.PLAN_SCOPES), "scope")
