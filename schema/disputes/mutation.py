"""Dispute mediation mutations: open a case from an event, parties, mediator, sessions, and the outcome.

Every mutation acts as the token's person, who must be a grid worker of the community the dispute's event happened
in, or an administrator (the graph layer checks).
"""

from __future__ import annotations

import strawberry

from graph import disputes
from graph.workflow import StepResult
from schema.context import Info
from schema.disputes.inputs import (
    AddDisputePartyInput,
    AssignMediatorInput,
    CloseDisputeInput,
    OpenDisputeInput,
    RecordMediationSessionInput,
)
from schema.entities.objects import Dispute, DisputeStep
from schema.permissions import acting
from schema.relay import own_id


@strawberry.type(description="A dispute after one step of mediation, and the history entry the step wrote.")
class DisputeChange:
    result: strawberry.Private[StepResult]

    @strawberry.field
    def dispute(self) -> Dispute:
        return Dispute.of(self.result.node)

    @strawberry.field
    def step(self) -> DisputeStep | None:
        return DisputeStep.of(self.result.step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


def _dispute(value: str) -> str:
    return own_id(value, ("Dispute",), "disputeId")


@strawberry.type
class DisputeMutation:
    @strawberry.mutation(description="Open a mediation case from an event (one case per event).")
    async def open_dispute(self, info: Info, input: OpenDisputeInput) -> DisputeChange:
        result = await disputes.open_dispute(
            info.context.graph,
            acting(info),
            event_id=own_id(input.event_id, ("Event",), "eventId"),
            title=input.title,
            description=input.description,
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(description="A person or unit becomes a party (applicant, respondent, third party).")
    async def add_dispute_party(self, info: Info, input: AddDisputePartyInput) -> DisputeChange:
        result = await disputes.add_party(
            info.context.graph,
            acting(info),
            dispute_id=_dispute(input.dispute_id),
            party_id=own_id(input.party_id, ("Person", "Unit"), "partyId"),
            role=input.role.value,
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(description="The organisation that mediates; the case is then MEDIATING.")
    async def assign_mediator(self, info: Info, input: AssignMediatorInput) -> DisputeChange:
        result = await disputes.assign_mediator(
            info.context.graph,
            acting(info),
            dispute_id=_dispute(input.dispute_id),
            mediator_id=own_id(input.mediator_id, ("Organization",), "mediatorId"),
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(description="A mediation session that was held.")
    async def record_mediation_session(self, info: Info, input: RecordMediationSessionInput) -> DisputeChange:
        result = await disputes.record_session(
            info.context.graph,
            acting(info),
            dispute_id=_dispute(input.dispute_id),
            held_on=input.held_on,
            notes=input.notes,
            attendees=input.attendees,
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(description="Close the case with its outcome; REFERRED is allowed before mediation too.")
    async def close_dispute(self, info: Info, input: CloseDisputeInput) -> DisputeChange:
        result = await disputes.close_dispute(
            info.context.graph,
            acting(info),
            dispute_id=_dispute(input.dispute_id),
            outcome=input.outcome.value,
            agreement=input.agreement,
            referred_to=input.referred_to,
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)
