"""Matching in GraphQL: a wish's candidates, a helper's suggested wishes, exclusions and match plans.

Candidates, exclusions and plans are for administrators and grid workers (a grid worker plans only the grids they
work); a helper's suggestions are also for the helper themself (a unit's for its contact).
"""

from __future__ import annotations

import enum
from typing import Annotated, Any

import strawberry

from graph import matching
from graph.access.viewer import UNIT_CONTACT, Viewer
from graph.matching import Candidate as CandidateRecord
from graph.matching import Exclusion as ExclusionRule
from graph.matching import Factor as FactorRecord
from graph.matching import GraphPath as PathRecord
from graph.matching import Outcome, score
from schema.context import Info
from schema.errors import NOT_FOUND, user_error
from schema.node import Node, from_global_id, own_id, to_global_id, wrap
from schema.permissions import STAFF, actor, authority, require

# The Wish type is generated in schema.nodes, which imports this module: resolved lazily at schema build.
WishType = Annotated["Wish", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
MAX_CANDIDATES = 100

strawberry.enum(
    ExclusionRule, name="Exclusion", description="Hard constraints that keep a helper off a wish, in order."
)


@strawberry.enum
class HelperKind(enum.Enum):
    PERSON = "Person"
    UNIT = "Unit"


@strawberry.type(description="One term of a score: contribution = weight × value; the contributions add up to it.")
class Factor:
    name: str
    value: float
    weight: float
    contribution: float

    @staticmethod
    def of(f: FactorRecord) -> Factor:
        return Factor(name=f.name, value=f.value, weight=f.weight, contribution=f.contribution)


@strawberry.type(description="A node of a drawable path.")
class GraphNode:
    id: strawberry.ID
    db_id: str
    label: str
    name: str


@strawberry.type(description="A relationship of a drawable path, from source to target (global ids).")
class GraphEdge:
    type: str
    source: strawberry.ID
    target: strawberry.ID


@strawberry.type(description="A path of the graph as lists of nodes and edges, the shape graph libraries draw.")
class GraphPath:
    nodes: list[GraphNode]
    edges: list[GraphEdge]

    @staticmethod
    def of(p: PathRecord) -> GraphPath:
        labels = {n.id: n.label for n in p.nodes}
        return GraphPath(
            nodes=[
                GraphNode(id=strawberry.ID(to_global_id(n.label, n.id)), db_id=n.id, label=n.label, name=n.name)
                for n in p.nodes
            ],
            edges=[
                GraphEdge(
                    type=e.type,
                    source=strawberry.ID(to_global_id(labels[e.source], e.source)),
                    target=strawberry.ID(to_global_id(labels[e.target], e.target)),
                )
                for e in p.edges
            ],
        )


@strawberry.type(description="A helper who may fulfil a wish, with why.")
class Candidate:
    record: strawberry.Private[CandidateRecord]

    @strawberry.field(description="The party member, volunteer, grid worker (a Person) or co-building Unit.")
    def helper(self) -> Node:
        node: Node = wrap(self.record.helper)
        return node

    @strawberry.field
    def helper_kind(self) -> HelperKind:
        return HelperKind(self.record.helper.label)

    @strawberry.field
    def wish(self) -> WishType:
        return wrap(self.record.wish)

    @strawberry.field(description="Sum of the factors' contributions, between 0 and 1.")
    def score(self) -> float:
        return self.record.scored.score

    @strawberry.field
    def factors(self) -> list[Factor]:
        return [Factor.of(f) for f in self.record.scored.factors]

    @strawberry.field(description="Where wish and helper meet in the graph, and the skills they share.")
    async def paths(self, info: Info) -> list[GraphPath]:
        key = (self.record.scored.features.wish_id, self.record.helper.id)
        return [GraphPath.of(p) for p in await info.context.paths_loader().load(key)]


@strawberry.input(description="Narrows a candidate list.")
class CandidateWhere:
    helper_kind: HelperKind | None = None
    min_score: float | None = None


def _check_first(first: int) -> None:
    if not 0 <= first <= MAX_CANDIDATES:
        raise user_error(f"`first` must be between 0 and {MAX_CANDIDATES}", "first")


async def wish_candidates(
    self: Any, info: Info, first: int = 10, where: CandidateWhere | None = None
) -> list[Candidate]:
    require(info, *STAFF)
    _check_first(first)
    found = await info.context.candidates_loader().load(self.record.id)
    if where and where.helper_kind:
        found = [c for c in found if c.helper.label == where.helper_kind.value]
    if where and where.min_score is not None:
        found = [c for c in found if c.scored.score >= where.min_score]
    return [Candidate(record=c) for c in found[:first]]


def _own_suggestions(viewer: Viewer, label: str, helper_id: str) -> bool:
    """A person reads their own suggestions; a unit's contact reads the unit's."""
    if label == "Unit":
        return viewer.has(UNIT_CONTACT) and viewer.unit_id == helper_id
    return viewer.person_id is not None and viewer.person_id == helper_id


async def suggested_wishes(self: Any, info: Info, first: int = 10) -> list[Candidate]:
    if not _own_suggestions(info.context.viewer, self.record.label, self.record.id):
        require(info, *STAFF)
    _check_first(first)
    found = await info.context.suggestions_loader().load(self.record.id)
    return [Candidate(record=c) for c in found[:first]]


# Added to the generated Wish, Person and Unit types.
EXTRA_FIELDS: dict[str, dict[str, Any]] = {
    "Wish": {
        "candidates": strawberry.field(
            resolver=wish_candidates, description="Helpers who can fulfil this wish, best first, with why."
        )
    },
    "Person": {
        "suggestedWishes": strawberry.field(
            resolver=suggested_wishes, description="Open wishes this person could fulfil."
        )
    },
    "Unit": {
        "suggestedWishes": strawberry.field(
            resolver=suggested_wishes, description="Open wishes this unit could fulfil."
        )
    },
}


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
        return wrap(self.record.wish)

    @strawberry.field
    def helper(self) -> Node:
        node: Node = wrap(self.record.helper)
        return node

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


def scope_of(scope: str) -> tuple[str, str]:
    decoded = from_global_id(scope)
    if decoded is None or decoded[0] not in matching.PLAN_SCOPES:
        raise user_error("`scope` must be the global id of a Community or a Grid", "scope")
    return decoded


@strawberry.type
class MatchingQuery:
    @strawberry.field(
        description="The best assignment of all open wishes of a community or grid to helpers (administrators, and "
        "grid workers of the scope)."
    )
    async def match_plan(self, info: Info, scope: strawberry.ID) -> MatchPlan:
        viewer = require(info, *STAFF)
        label, scope_id = scope_of(scope)
        if not viewer.admin:
            await matching.authorize_plan(info.context.graph, label, scope_id, actor(info), authority(info))
        return plan_type(scope, await matching.compute_plan(info.context.graph, label, scope_id))

    @strawberry.field(description="Which hard constraint, checked in order, keeps this helper off this wish.")
    async def explain_exclusion(
        self, info: Info, wish_id: strawberry.ID, helper_id: strawberry.ID
    ) -> ExclusionExplanation:
        require(info, *STAFF)
        wish = own_id(wish_id, ("Wish",), "wishId")
        helper = own_id(helper_id, ("Person", "Unit"), "helperId")
        found = await matching.explain(info.context.graph, wish, helper)
        if found.features is None:
            missing = "helperId" if found.wish_found else "wishId"
            raise user_error(f"no such {'helper' if found.wish_found else 'wish'}", missing, code=NOT_FOUND)
        rule = ExclusionRule[found.excluded_by] if found.excluded_by else None
        scored = None if rule else score(found.features)
        return ExclusionExplanation(
            excluded=rule is not None,
            constraint=rule,
            message=rule.value if rule else None,
            score=scored.score if scored else None,
            factors=[Factor.of(f) for f in scored.factors] if scored else [],
        )
