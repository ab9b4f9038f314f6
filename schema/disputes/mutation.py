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
    AddDisputePartyArg,
    AssignMediatorArg,
    CloseDisputeArg,
    OpenDisputeArg,
    RecordMediationSessionArg,
)
from schema.entities.objects import Dispute, DisputeStep
from schema.permissions import acting
from schema.relay import own_id

STAFF_ARE = "A grid worker of the community the dispute's event happened in, or an administrator."


@strawberry.type(description="A dispute after one step of mediation, and the history entry the step wrote.")
class DisputeChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="The dispute after the step (on a replay: as it is now), as the caller may read it.")
    def dispute(self) -> Dispute:
        return Dispute.of(self.result.node)

    @strawberry.field(
        description="The history entry the step wrote (on a replay, the first request's); null when it wrote none."
    )
    def step(self) -> DisputeStep | None:
        return DisputeStep.of(self.result.step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


def _dispute(value: str) -> str:
    return own_id(value, ("Dispute",), "disputeId")


@strawberry.type
class DisputeMutation:
    @strawberry.mutation(
        description="Open a mediation case (矛盾纠纷调解), OPEN, from an event (one case per event). " + STAFF_ARE
    )
    async def open_dispute(self, info: Info, input: OpenDisputeArg) -> DisputeChange:
        result = await disputes.open_dispute(
            info.context.graph,
            acting(info),
            event_id=own_id(input.event_id, ("Event",), "eventId"),
            title=input.title,
            description=input.description,
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(
        description="A person or unit becomes a party (applicant, respondent, third party) of an OPEN or MEDIATING "
        "case. " + STAFF_ARE
    )
    async def add_dispute_party(self, info: Info, input: AddDisputePartyArg) -> DisputeChange:
        result = await disputes.add_party(
            info.context.graph,
            acting(info),
            dispute_id=_dispute(input.dispute_id),
            party_id=own_id(input.party_id, ("Person", "Unit"), "partyId"),
            role=input.role.value,
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(
        description="OPEN or MEDIATING → MEDIATING: the organisation that mediates (e.g. 绍胤工作室). " + STAFF_ARE
    )
    async def assign_mediator(self, info: Info, input: AssignMediatorArg) -> DisputeChange:
        result = await disputes.assign_mediator(
            info.context.graph,
            acting(info),
            dispute_id=_dispute(input.dispute_id),
            mediator_id=own_id(input.mediator_id, ("Organization",), "mediatorId"),
            key=input.idempotency_key,
        )
        return DisputeChange(result=result)

    @strawberry.mutation(description="A mediation session that was held, on a MEDIATING case. " + STAFF_ARE)
    async def record_mediation_session(self, info: Info, input: RecordMediationSessionArg) -> DisputeChange:
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

    @strawberry.mutation(
        description="→ CLOSED with its outcome: from MEDIATING, or from OPEN when REFERRED. " + STAFF_ARE
    )
    async def close_dispute(self, info: Info, input: CloseDisputeArg) -> DisputeChange:
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
