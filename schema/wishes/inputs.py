"""The input objects of the wish mutations."""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry

from schema.entities.enums import WishCategory
from schema.texts import IDEMPOTENCY_KEY, NOTE


@strawberry.input(description="A new micro-wish (微心愿); it starts SUBMITTED in the requester's home grid.")
class CreateWishInput:
    requester_id: strawberry.ID = strawberry.field(
        description="The resident in need: the signed-in person, or one of their grid's residents for a grid worker."
    )
    title: str = strawberry.field(description="What is wished for, in a few words; must not be blank.")
    category: WishCategory = strawberry.field(description="What the wish asks for.")
    description: str = strawberry.field(default="", description="The details helpers need; may be empty.")
    urgency: int = strawberry.field(default=2, description="1 (can wait) to 4 (urgent).")
    head_count: int = strawberry.field(default=1, description="How many helpers the wish needs.")
    required_skill_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Skills a helper must have (Skill ids); an unknown one is BAD_USER_INPUT."
    )
    deadline: datetime.date | None = strawberry.field(
        default=None, description="The day after which the open wish expires; not in the past. Null: no deadline."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="One step of a wish's lifecycle; `note` is the reason where one is needed.")
class WishStepInput:
    wish_id: strawberry.ID = strawberry.field(description="The wish (global or own id).")
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="The wish is done (IN_PROGRESS → FULFILLED), with what shows it.")
class FulfilWishInput:
    wish_id: strawberry.ID = strawberry.field(description="The wish (global or own id).")
    evidence: str | None = strawberry.field(
        default=None, description="What was done, in words. This or evidenceUrl is required (BAD_USER_INPUT)."
    )
    evidence_url: str | None = strawberry.field(
        default=None, description="The URL of a photo or document showing it; null: none given."
    )
    acknowledged: bool = strawberry.field(default=False, description="The beneficiary confirmed the help.")
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A person, a party branch team or a unit taking (or giving back) a place on a wish.")
class ClaimInput:
    wish_id: strawberry.ID = strawberry.field(description="The wish (global or own id).")
    claimant_id: strawberry.ID = strawberry.field(
        description="Who claims, releases or declines: a Person (yourself), a PartyBranch you are a member of, or "
        "the Unit you are the contact of; staff may name any helper they see. Global or own id."
    )
    note: str | None = strawberry.field(default=None, description=NOTE + " Ignored by claimWish.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A match plan (from `matchPlan`) to write as claims.")
class ApplyMatchPlanInput:
    scope: strawberry.ID = strawberry.field(
        description="The scope the plan was made for: the global id of a Community or Grid, as given to matchPlan."
    )
    fingerprint: str = strawberry.field(description="From matchPlan: the plan is applied only if still the same.")


# The mutations' `input` arguments, described once for every mutation that takes the same input.
CreateWishArg = Annotated[CreateWishInput, strawberry.argument(description="The wish to make.")]
WishStepArg = Annotated[WishStepInput, strawberry.argument(description="The wish, and the note the step keeps.")]
FulfilWishArg = Annotated[FulfilWishInput, strawberry.argument(description="The wish and the evidence it is done.")]
ClaimArg = Annotated[ClaimInput, strawberry.argument(description="The wish and the claimant (helper) concerned.")]
ApplyMatchPlanArg = Annotated[ApplyMatchPlanInput, strawberry.argument(description="The plan to apply.")]
