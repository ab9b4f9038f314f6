"""The input objects of the wish mutations."""

from __future__ import annotations

import datetime

import strawberry

from schema.entities.enums import WishCategory


@strawberry.input
class CreateWishInput:
    requester_id: strawberry.ID = strawberry.field(
        description="The resident in need: the signed-in person, or one of their grid's residents for a grid worker."
    )
    title: str
    category: WishCategory = strawberry.field(description="What the wish asks for.")
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
