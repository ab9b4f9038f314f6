"""The input objects of the dispute mutations."""

from __future__ import annotations

import datetime

import strawberry

from schema.entities.enums import DisputeOutcome, DisputePartyRole


@strawberry.input
class OpenDisputeInput:
    event_id: strawberry.ID
    title: str | None = strawberry.field(default=None, description="Defaults to the event's title.")
    description: str | None = None
    idempotency_key: str | None = None


@strawberry.input(description="A person or a unit joining the case on one side.")
class AddDisputePartyInput:
    dispute_id: strawberry.ID
    party_id: strawberry.ID = strawberry.field(description="A Person or a Unit.")
    role: DisputePartyRole
    idempotency_key: str | None = None


@strawberry.input
class AssignMediatorInput:
    dispute_id: strawberry.ID
    mediator_id: strawberry.ID = strawberry.field(description="An Organization, e.g. the mediation studio.")
    idempotency_key: str | None = None


@strawberry.input
class RecordMediationSessionInput:
    dispute_id: strawberry.ID
    held_on: datetime.date
    notes: str
    attendees: list[str] = strawberry.field(default_factory=list, description="Names of those present.")
    idempotency_key: str | None = None


@strawberry.input(description="AGREEMENT_REACHED needs `agreement`; REFERRED needs `referredTo`.")
class CloseDisputeInput:
    dispute_id: strawberry.ID
    outcome: DisputeOutcome
    agreement: str | None = None
    referred_to: str | None = None
    idempotency_key: str | None = None
