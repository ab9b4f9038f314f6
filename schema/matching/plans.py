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
from schema.values import described

if TYPE_CHECKING:
    from schema.entities.objects import Wish

strawberry.enum(
    ExclusionRule, name="Exclusion", description="Hard constraints that keep a helper off a wish, in order."
)
# The rules live in graph/ (no strawberry there), so their values are described here, by name.
EXCLUSION_TEXTS = {
    "WISH_NOT_OPEN": "The wish is not PUBLISHED, so nobody may claim it.",
    "IS_REQUESTER": "The helper is the wish's requester.",
    "NOT_A_HELPER": "Not a party member, volunteer, grid worker or co-building unit.",
    "OUTSIDE_COMMUNITY": "The helper does not live, work or sit in the wish's community.",
    "ALREADY_DECLINED": "The helper declined this wish before.",
    "ALREADY_CLAIMED": "The helper already holds a claim on this wish.",
    "LACKS_SKILL": "The helper lacks a skill the wish requires.",
    "NO_CAPACITY": "The helper's open claims have reached their limit.",
}
for _value in ExclusionRule.__strawberry_definition__.values:  # type: ignore[attr-defined]
    _value.description = EXCLUSION_TEXTS[_value.name]


@strawberry.type(description="Why a helper is or is not a candidate for a wish.")
class ExclusionExplanation:
    excluded: bool = strawberry.field(description="True when a hard constraint keeps the helper off the wish.")
    constraint: ExclusionRule | None = strawberry.field(
        description="The first constraint that fails, in the order they are checked; null when none does."
    )
    message: str | None = strawberry.field(
        description="The constraint in words (English), e.g. 'lacks a required skill'; null when none fails."
    )
    score: float | None = strawberry.field(
        description="The candidate's score, 0 to 1, as in Wish.candidates; null when excluded."
    )
    factors: list[Factor] = strawberry.field(description="The terms of `score`; empty when excluded.")


@strawberry.type(description="One helper given one place on one wish by the plan.")
class Assignment:
    record: strawberry.Private[CandidateRecord]

    @strawberry.field(description="The wish the helper is sent to.")
    def wish(self) -> WishType:
        wish: Wish = wrap(self.record.wish)
        return wish

    @strawberry.field(description="The helper: a Person or a co-building Unit.")
    def helper(self) -> Node:
        return Node.of(self.record.helper)

    @strawberry.field(description="The pair's candidate score, 0 to 1 (as in Wish.candidates).")
    def score(self) -> float:
        return self.record.scored.score

    @strawberry.field(description="The terms of `score`; their contributions add up to it.")
    def factors(self) -> list[Factor]:
        return [Factor.of(f) for f in self.record.scored.factors]


@strawberry.enum(description="Why a plan leaves a wish short of helpers.")
class UnmatchedReason(enum.Enum):
    NO_ELIGIBLE_HELPER = described("NO_ELIGIBLE_HELPER", "No helper passes the wish's hard constraints.")
    HELPERS_AT_CAPACITY = described(
        "HELPERS_AT_CAPACITY", "There are candidates, but the plan could give none of them to this wish."
    )
    PARTIALLY_STAFFED = described("PARTIALLY_STAFFED", "Some places are filled, fewer than the wish needs.")


@strawberry.type(description="An open wish the plan does not fully staff, and why.")
class UnmatchedWish:
    wish_id: strawberry.ID = strawberry.field(description="The wish's global id.")
    reason: UnmatchedReason = strawberry.field(description="Why it is short.")
    helpers_assigned: int = strawberry.field(description="Places the plan fills on it (fewer than helpersNeeded).")
    helpers_needed: int = strawberry.field(description="Places still open on it: headCount less the claims it holds.")

    @strawberry.field(description="The wish `wishId` names, as you may see it (null if hidden).")
    async def wish(self, info: Info) -> WishType | None:
        found: Wish | None = await references.by_id(info, "Wish", self.wish_id)
        return found


@strawberry.type(description="What a plan achieves: wishes fully staffed, helper places filled, total score.")
class PlanSummary:
    served: int = strawberry.field(description="Wishes given all the helpers they need.")
    places_filled: int = strawberry.field(description="Helper places filled, over all wishes.")
    total_score: float = strawberry.field(description="The sum of the assignments' scores (each 0 to 1).")

    @staticmethod
    def of(o: Outcome) -> PlanSummary:
        return PlanSummary(served=o.served, places_filled=o.slots_filled, total_score=o.total_score)


@strawberry.type(description="An optimal assignment of the scope's open wishes; `greedy` is first-come matching.")
class MatchPlan:
    scope: strawberry.ID = strawberry.field(
        description="The Community or Grid planned for (its global id, however `scope` named it)."
    )
    fingerprint: str = strawberry.field(description="Pass to applyMatchPlan; it refuses if the data changed since.")
    open_wishes: int = strawberry.field(description="The scope's open (PUBLISHED) wishes the viewer may see.")
    served: int = strawberry.field(description="Wishes given all the helpers they need; the plan maximises this first.")
    places_filled: int = strawberry.field(description="Helper places filled, over all wishes.")
    total_score: float = strawberry.field(
        description="The sum of the assignments' scores (each 0 to 1); maximised second, among plans serving as many."
    )
    proven_optimal: bool = strawberry.field(
        description="False only for very large scopes, where the solver's search stopped before a proof."
    )
    assignments: list[Assignment] = strawberry.field(description="Who goes where, one per filled place.")
    unmatched: list[UnmatchedWish] = strawberry.field(description="The open wishes left short of helpers.")
    greedy: PlanSummary = strawberry.field(
        description="What first-come matching would achieve (oldest wish first, each taking its best free candidates)."
    )


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
