"""Wish lifecycle mutations: create, the state machine's steps, claims, sweeps, and applying a match plan.

Every mutation acts as the token's person; the graph layer checks that this person may take the step (requester,
grid worker of the community or administrator, claimer). The sweeps are for administrators.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import strawberry

from graph import matching, wishes
from graph.access.viewer import ADMIN
from graph.workflow import Authority, StepResult
from schema.context import Info
from schema.errors import user_error
from schema.matching import scope_of
from schema.node import own_id, wrap
from schema.permissions import STAFF, actor, authority, require

WishType = Annotated["Wish", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
TransitionType = Annotated["WishTransition", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
CLAIMANTS = ("Person", "PartyBranch", "Unit")


@strawberry.type(description="A wish after one step of its lifecycle, and the history entry the step wrote.")
class WishChange:
    result: strawberry.Private[StepResult]

    @strawberry.field
    def wish(self) -> WishType:
        return wrap(self.result.node)

    @strawberry.field
    def transition(self) -> TransitionType:
        return wrap(self.result.step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


@strawberry.input
class CreateWishInput:
    requester_id: strawberry.ID = strawberry.field(
        description="The resident in need: the signed-in person, or one of their grid's residents for a grid worker."
    )
    title: str
    category: str
    description: str = ""
    urgency: int = strawberry.field(default=2, description="1 (can wait) to 4 (urgent).")
    head_count: int = strawberry.field(default=1, description="How many helpers the wish needs.")
    required_skill_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    deadline: datetime.date | None = None
    idempotency_key: str | None = None


@strawberry.input(description="One step of a wish's lifecycle; `note` is the reason where one is needed.")
class WishStepInput:
    wish_id: strawberry.ID
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class FulfilWishInput:
    wish_id: strawberry.ID
    evidence: str | None = None
    evidence_url: str | None = None
    acknowledged: bool = strawberry.field(default=False, description="The beneficiary confirmed the help.")
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input(description="A person, a party branch team or a unit taking (or giving back) a place on a wish.")
class ClaimInput:
    wish_id: strawberry.ID
    claimant_id: strawberry.ID
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class ApplyMatchPlanInput:
    scope: strawberry.ID
    fingerprint: str = strawberry.field(description="From matchPlan: the plan is applied only if still the same.")


def _wish(value: str) -> str:
    return own_id(value, ("Wish",), "wishId")


def _step(action: str, description: str) -> Any:
    async def resolve(self: Any, info: Info, input: WishStepInput) -> WishChange:
        result = await wishes.transition(
            info.context.graph,
            wish_id=_wish(input.wish_id),
            action=action,
            actor_id=actor(info),
            note=input.note,
            idempotency_key=input.idempotency_key,
            authority=authority(info),
        )
        return WishChange(result=result)

    return strawberry.mutation(resolver=resolve, description=description)


Claim = Callable[..., Awaitable[StepResult]]


def _claim_step(run: Claim, description: str, with_note: bool) -> Any:
    async def resolve(self: Any, info: Info, input: ClaimInput) -> WishChange:
        extra = {"note": input.note} if with_note else {}
        result = await run(
            info.context.graph,
            wish_id=_wish(input.wish_id),
            claimant_id=own_id(input.claimant_id, CLAIMANTS, "claimantId"),
            actor_id=actor(info),
            idempotency_key=input.idempotency_key,
            authority=authority(info),
            **extra,
        )
        return WishChange(result=result)

    return strawberry.mutation(resolver=resolve, description=description)


async def _decline(
    graph: Any,
    *,
    wish_id: str,
    claimant_id: str,
    actor_id: str,
    idempotency_key: str | None,
    note: str | None,
    authority: Authority,
) -> StepResult:
    return await wishes.decline(
        graph,
        wish_id=wish_id,
        helper_id=claimant_id,
        actor_id=actor_id,
        note=note,
        idempotency_key=idempotency_key,
        authority=authority,
    )


async def create_wish(self: Any, info: Info, input: CreateWishInput) -> WishChange:
    if input.deadline is not None and input.deadline < datetime.date.today():
        raise user_error("`deadline` lies in the past", "deadline")
    result = await wishes.create_wish(
        info.context.graph,
        requester_id=own_id(input.requester_id, ("Person",), "requesterId"),
        title=input.title,
        description=input.description,
        category=input.category,
        urgency=input.urgency,
        head_count=input.head_count,
        required_skill_ids=[own_id(s, ("Skill",), "requiredSkillIds") for s in input.required_skill_ids],
        deadline=input.deadline,
        created_by=actor(info),
        idempotency_key=input.idempotency_key,
        authority=authority(info),
    )
    return WishChange(result=result)


async def fulfil_wish(self: Any, info: Info, input: FulfilWishInput) -> WishChange:
    result = await wishes.transition(
        info.context.graph,
        wish_id=_wish(input.wish_id),
        action="fulfil",
        actor_id=actor(info),
        authority=authority(info),
        note=input.note,
        idempotency_key=input.idempotency_key,
        evidence=input.evidence,
        evidence_url=input.evidence_url,
        acknowledged=input.acknowledged,
    )
    return WishChange(result=result)


async def apply_match_plan(self: Any, info: Info, input: ApplyMatchPlanInput) -> list[WishChange]:
    require(info, *STAFF)
    label, scope_id = scope_of(input.scope)
    done = await matching.apply_plan(
        info.context.graph, label, scope_id, input.fingerprint, actor(info), authority(info)
    )
    return [WishChange(result=r) for r in done]


async def expire_overdue_wishes(self: Any, info: Info) -> list[WishChange]:
    require(info, ADMIN)
    done = await wishes.expire_overdue(info.context.graph, datetime.datetime.now(datetime.UTC))
    return [WishChange(result=r) for r in done]


async def release_stale_claims(self: Any, info: Info, older_than_hours: int | None = None) -> list[WishChange]:
    require(info, ADMIN)
    hours = older_than_hours if older_than_hours is not None else info.context.stale_claim_hours
    if hours < 1:
        raise user_error("`olderThanHours` must be at least 1", "olderThanHours")
    done = await wishes.release_stale_claims(info.context.graph, datetime.timedelta(hours=hours))
    return [WishChange(result=r) for r in done]


STEPS = {
    "verify": "Community staff confirm a submitted wish is genuine.",
    "reject": "Community staff turn a wish down; `note` gives the reason.",
    "publish": "Community staff open a verified wish to helpers.",
    "confirm": "The requester or staff confirm the helpers who claimed it.",
    "start": "A claimer (or staff) starts the work.",
    "cancel": "Community staff cancel a wish that is not finished.",
    "withdraw": "The requester withdraws their wish.",
    "expire": "Staff expire a wish whose deadline has passed.",
}

WishMutation = strawberry.type(
    type(
        "WishMutation",
        (),
        {
            "create_wish": strawberry.mutation(resolver=create_wish, description="A resident's new micro-wish."),
            **{f"{action}_wish": _step(action, text) for action, text in STEPS.items()},
            "fulfil_wish": strawberry.mutation(
                resolver=fulfil_wish, description="Done: evidence (text or URL) and the beneficiary's acknowledgement."
            ),
            "claim_wish": _claim_step(
                wishes.claim, "Take one of the wish's places; CONFLICT when none is left.", False
            ),
            "release_wish_claim": _claim_step(wishes.release, "Give a claimed place back before work starts.", True),
            "decline_wish": _claim_step(_decline, "A helper declines a wish: it is not suggested to them again.", True),
            "apply_match_plan": strawberry.mutation(
                resolver=apply_match_plan,
                description="Write a plan's claims in one transaction; CONFLICT if anything changed since the plan. "
                "Administrators, or grid workers of the scope.",
            ),
            "expire_overdue_wishes": strawberry.mutation(
                resolver=expire_overdue_wishes,
                description="Expire every wish past its deadline (a scheduled sweep; administrators only).",
            ),
            "release_stale_claims": strawberry.mutation(
                resolver=release_stale_claims,
                description="Release claims older than the limit on wishes not yet started (a scheduled sweep; "
                "administrators only).",
            ),
        },
    )
)
