"""Wish lifecycle mutations: create, the state machine's steps, claims, sweeps, and applying a match plan.

Every mutation acts as the token's person; the graph layer checks that this person may take the step (requester,
grid worker of the community or administrator, claimer). The sweeps are for administrators.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import Annotated

import strawberry

from graph import matching, wishes
from graph.access.viewer import ADMIN
from graph.workflow import StepResult
from schema.context import Info
from schema.entities.objects import Wish, WishTransition
from schema.errors import user_error
from schema.matching import scope_of
from schema.permissions import STAFF, acting, require
from schema.relay import own_id
from schema.wishes.inputs import (
    ApplyMatchPlanArg,
    ClaimArg,
    ClaimInput,
    CreateWishArg,
    FulfilWishArg,
    WishStepArg,
    WishStepInput,
)

CLAIMANTS = ("Person", "PartyBranch", "Unit")
STAFF_ARE = "Staff: a grid worker of the wish's community, or an administrator."


@strawberry.type(description="A wish after one step of its lifecycle, and the history entry the step wrote.")
class WishChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="The wish after the step (on a replay: as it is now), as the caller may read it.")
    def wish(self) -> Wish:
        return Wish.of(self.result.node)

    @strawberry.field(description="The history entry the step wrote (on a replay, the first request's).")
    def transition(self) -> WishTransition:
        step = self.result.step
        assert step is not None, "a wish step always writes its history entry"
        return WishTransition.of(step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


def _wish(value: str) -> str:
    return own_id(value, ("Wish",), "wishId")


async def _step(info: Info, action: str, input: WishStepInput) -> WishChange:
    result = await wishes.transition(
        info.context.graph,
        acting(info),
        wish_id=_wish(input.wish_id),
        action=action,
        note=input.note,
        key=input.idempotency_key,
    )
    return WishChange(result=result)


Claim = Callable[..., Awaitable[StepResult]]


async def _claim_step(info: Info, run: Claim, input: ClaimInput, claimant: str, with_note: bool) -> WishChange:
    """A claim-like step; `claimant` is the name `run` gives the claimant's id (a decline's is its helper)."""
    result = await run(
        info.context.graph,
        acting(info),
        wish_id=_wish(input.wish_id),
        **{claimant: own_id(input.claimant_id, CLAIMANTS, "claimantId")},
        key=input.idempotency_key,
        **({"note": input.note} if with_note else {}),
    )
    return WishChange(result=result)


@strawberry.type
class WishMutation:
    @strawberry.mutation(
        description="A resident's new micro-wish (微心愿), SUBMITTED. The requester themselves, a grid worker of "
        "their grid, or an administrator."
    )
    async def create_wish(self, info: Info, input: CreateWishArg) -> WishChange:
        if input.deadline is not None and input.deadline < datetime.date.today():
            raise user_error("`deadline` lies in the past", "deadline")
        result = await wishes.create_wish(
            info.context.graph,
            acting(info),
            requester_id=own_id(input.requester_id, ("Person",), "requesterId"),
            title=input.title,
            description=input.description,
            category=input.category.value,
            urgency=input.urgency,
            head_count=input.head_count,
            required_skill_ids=[own_id(s, ("Skill",), "requiredSkillIds") for s in input.required_skill_ids],
            deadline=input.deadline,
            key=input.idempotency_key,
        )
        return WishChange(result=result)

    @strawberry.mutation(description="SUBMITTED → VERIFIED: staff confirm the wish is genuine. " + STAFF_ARE)
    async def verify_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "verify", input)

    @strawberry.mutation(
        description="SUBMITTED or VERIFIED → REJECTED; `note` (required) gives the reason. " + STAFF_ARE
    )
    async def reject_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "reject", input)

    @strawberry.mutation(description="VERIFIED → PUBLISHED: open to helpers' claims. " + STAFF_ARE)
    async def publish_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "publish", input)

    @strawberry.mutation(
        description="CLAIMED → CONFIRMED: the requester (or staff) accepts the helpers who claimed it. " + STAFF_ARE
    )
    async def confirm_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "confirm", input)

    @strawberry.mutation(
        description="CLAIMED or CONFIRMED → IN_PROGRESS: a claimer (a member of a claiming branch, a claiming "
        "unit's contact) or staff start the work. " + STAFF_ARE
    )
    async def start_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "start", input)

    @strawberry.mutation(description="Any open state → CANCELLED. " + STAFF_ARE)
    async def cancel_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "cancel", input)

    @strawberry.mutation(
        description="Before work starts → WITHDRAWN: the requester takes their wish back. The requester only."
    )
    async def withdraw_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "withdraw", input)

    @strawberry.mutation(
        description="→ EXPIRED, before work starts and only once its deadline has passed. " + STAFF_ARE
    )
    async def expire_wish(self, info: Info, input: WishStepArg) -> WishChange:
        return await _step(info, "expire", input)

    @strawberry.mutation(
        description="IN_PROGRESS → FULFILLED: evidence (text or URL) and the beneficiary's acknowledgement. A "
        "claimer or staff. " + STAFF_ARE
    )
    async def fulfil_wish(self, info: Info, input: FulfilWishArg) -> WishChange:
        result = await wishes.transition(
            info.context.graph,
            acting(info),
            wish_id=_wish(input.wish_id),
            action="fulfil",
            note=input.note,
            key=input.idempotency_key,
            evidence=input.evidence,
            evidence_url=input.evidence_url,
            acknowledged=input.acknowledged,
        )
        return WishChange(result=result)

    @strawberry.mutation(
        description="A PUBLISHED wish: take one of its places (the last fills it: CLAIMED); CONFLICT when none "
        "is left or the helper already claims it. For yourself, your branch or your unit, or staff for any helper."
    )
    async def claim_wish(self, info: Info, input: ClaimArg) -> WishChange:
        return await _claim_step(info, wishes.claim, input, "claimant_id", with_note=False)

    @strawberry.mutation(
        description="Give a claimed place back before work starts; the wish is PUBLISHED again. The claimant or staff."
    )
    async def release_wish_claim(self, info: Info, input: ClaimArg) -> WishChange:
        return await _claim_step(info, wishes.release, input, "claimant_id", with_note=True)

    @strawberry.mutation(
        description="A helper declines a PUBLISHED wish: nothing changes but that matching stops suggesting it to "
        "them. For yourself, your branch or your unit, or staff for any helper."
    )
    async def decline_wish(self, info: Info, input: ClaimArg) -> WishChange:
        return await _claim_step(info, wishes.decline, input, "helper_id", with_note=True)

    @strawberry.mutation(
        description="Write a plan's claims in one transaction; CONFLICT if anything changed since the plan. "
        "Administrators, or grid workers of the scope."
    )
    async def apply_match_plan(self, info: Info, input: ApplyMatchPlanArg) -> list[WishChange]:
        require(info, *STAFF)
        label, scope_id = await scope_of(info, input.scope)
        done = await matching.apply_plan(
            info.context.graph, acting(info), label, scope_id, input.fingerprint, viewer=info.context.viewer
        )
        return [WishChange(result=r) for r in done]

    @strawberry.mutation(description="Expire every wish past its deadline (a scheduled sweep; administrators only).")
    async def expire_overdue_wishes(self, info: Info) -> list[WishChange]:
        require(info, ADMIN)
        done = await wishes.expire_overdue(info.context.graph, datetime.datetime.now(datetime.UTC))
        return [WishChange(result=r) for r in done]

    @strawberry.mutation(
        description="Release claims older than the limit on wishes not yet started (a scheduled sweep; "
        "administrators only)."
    )
    async def release_stale_claims(
        self,
        info: Info,
        older_than_hours: Annotated[
            int | None,
            strawberry.argument(
                description="Release claims made more than this many hours ago (at least 1); "
                "null: the server's STALE_CLAIM_HOURS."
            ),
        ] = None,
    ) -> list[WishChange]:
        require(info, ADMIN)
        hours = older_than_hours if older_than_hours is not None else info.context.stale_claim_hours
        if hours < 1:
            raise user_error("`olderThanHours` must be at least 1", "olderThanHours")
        done = await wishes.release_stale_claims(info.context.graph, datetime.timedelta(hours=hours))
        return [WishChange(result=r) for r in done]
