"""The input objects of the dispute mutations."""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry

from schema.entities.enums import DisputeOutcome, DisputePartyRole
from schema.texts import IDEMPOTENCY_KEY

DISPUTE = "The dispute (global or own id)."


@strawberry.input(description="A mediation case (矛盾纠纷调解) to open from the event it arose from.")
class OpenDisputeInput:
    event_id: strawberry.ID = strawberry.field(
        description="The event (global or own id); one case per event, a second is CONFLICT."
    )
    title: str | None = strawberry.field(default=None, description="Defaults to the event's title.")
    description: str | None = strawberry.field(default=None, description="What the dispute is about; null: none.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A person or a unit joining the case on one side.")
class AddDisputePartyInput:
    dispute_id: strawberry.ID = strawberry.field(description=DISPUTE)
    party_id: strawberry.ID = strawberry.field(description="A Person or a Unit.")
    role: DisputePartyRole = strawberry.field(description="Their side; one party once per case (CONFLICT).")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="The organisation that mediates the case; assigning again replaces it.")
class AssignMediatorInput:
    dispute_id: strawberry.ID = strawberry.field(description=DISPUTE)
    mediator_id: strawberry.ID = strawberry.field(description="An Organization, e.g. the mediation studio.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A mediation session that was held: when, who was there, what was said.")
class RecordMediationSessionInput:
    dispute_id: strawberry.ID = strawberry.field(description=DISPUTE)
    held_on: datetime.date = strawberry.field(
        description="The day it was held: not in the future, not before the case was opened."
    )
    notes: str = strawberry.field(description="What was said and agreed at the session.")
    attendees: list[str] = strawberry.field(default_factory=list, description="Names of those present.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="AGREEMENT_REACHED needs `agreement`; REFERRED needs `referredTo`.")
class CloseDisputeInput:
    dispute_id: strawberry.ID = strawberry.field(description=DISPUTE)
    outcome: DisputeOutcome = strawberry.field(
        description="AGREEMENT_REACHED needs a session and two parties; NOT_REACHED a session and one party; "
        "REFERRED one party, and may come before mediation."
    )
    agreement: str | None = strawberry.field(
        default=None, description="The agreement's text, required for AGREEMENT_REACHED, ignored otherwise."
    )
    referred_to: str | None = strawberry.field(
        default=None,
        description="Who the case goes to (a court, the police …), required for REFERRED, ignored otherwise.",
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


# The mutations' `input` arguments.
OpenDisputeArg = Annotated[OpenDisputeInput, strawberry.argument(description="The event and the case.")]
AddDisputePartyArg = Annotated[AddDisputePartyInput, strawberry.argument(description="The case and the party.")]
AssignMediatorArg = Annotated[AssignMediatorInput, strawberry.argument(description="The case and the mediator.")]
RecordMediationSessionArg = Annotated[
    RecordMediationSessionInput, strawberry.argument(description="The case and the session.")
]
CloseDisputeArg = Annotated[CloseDisputeInput, strawberry.argument(description="The case and its outcome.")]
