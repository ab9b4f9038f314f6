"""The input objects of the event mutations."""

from __future__ import annotations

from typing import Annotated

import strawberry

from schema.entities.enums import EventSource
from schema.texts import IDEMPOTENCY_KEY, NOTE

EVENT = "The event (global or own id)."


@strawberry.input(description="An event the signed-in person reports.")
class ReportEventInput:
    category: str = strawberry.field(description="An EventCategory code, e.g. FIRE_SAFETY.")
    title: str = strawberry.field(description="What happened, in a few words; must not be blank.")
    description: str = strawberry.field(default="", description="The details; may be empty.")
    source: EventSource = strawberry.field(default=EventSource.RESIDENT, description="How the event came in.")
    grid_id: strawberry.ID | None = strawberry.field(default=None, description="Taken from the building if omitted.")
    building_id: strawberry.ID | None = strawberry.field(
        default=None, description="The building it concerns (global or own id); null: none. Name it or the grid."
    )
    photos: list[str] = strawberry.field(default_factory=list, description="Photo URLs (http or https).")
    urgent: bool = strawberry.field(default=False, description="The reporter marks it urgent.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="One step of an event's lifecycle; `note` is the reason where one is needed.")
class EventStepInput:
    event_id: strawberry.ID = strawberry.field(description=EVENT)
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="Who is to handle the event (派单).")
class AssignEventInput:
    event_id: strawberry.ID = strawberry.field(description=EVENT)
    handler_id: strawberry.ID = strawberry.field(description="A grid worker, a unit or a department.")
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="An event that repeats an earlier report, and the one it repeats.")
class MarkEventDuplicateInput:
    event_id: strawberry.ID = strawberry.field(description="The duplicate (global or own id), REPORTED or VERIFIED.")
    duplicate_of_id: strawberry.ID = strawberry.field(description="The event it repeats (global or own id).")
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A resolution: what was done (evidence) and photo or document URLs.")
class ResolveEventInput:
    event_id: strawberry.ID = strawberry.field(description=EVENT)
    evidence: str | None = strawberry.field(
        default=None, description="What was done, in words. This or evidenceUrls is required."
    )
    evidence_urls: list[str] = strawberry.field(
        default_factory=list, description="URLs (http or https) of photos or documents showing it."
    )
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="The reporter's rating of how the event was handled; an event is rated once.")
class RateEventInput:
    event_id: strawberry.ID = strawberry.field(description=EVENT)
    rating: int = strawberry.field(description="1 (very unsatisfied) to 5 (very satisfied).")
    comment: str | None = strawberry.field(default=None, description="Why, in words; kept as the step's note.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A new event category with its time limit in hours for every stage.")
class AddEventCategoryInput:
    code: str = strawberry.field(
        description="2-40 capital letters, digits or underscores, starting with a letter, e.g. NOISE; a taken code "
        "is CONFLICT."
    )
    name: str = strawberry.field(description="Its name as shown, e.g. 噪音扰民; must not be blank.")
    verify_hours: float = strawberry.field(description="Hours from report to verification (more than 0).")
    assign_hours: float = strawberry.field(description="Hours from verification to assignment (more than 0).")
    start_hours: float = strawberry.field(description="Hours from assignment to the start of work (more than 0).")
    resolve_hours: float = strawberry.field(description="Hours from the start of work to resolution (more than 0).")
    hold_hours: float = strawberry.field(description="Hours an event may stay on hold (more than 0).")
    review_hours: float = strawberry.field(description="Hours from resolution to review (more than 0).")


@strawberry.input(description="A government department or service events can be assigned to (城管, 消防, 民政 …).")
class AddDepartmentInput:
    community_id: strawberry.ID = strawberry.field(description="The community it serves (global or own id).")
    name: str = strawberry.field(description="Its name; must not be blank.")
    phone: str | None = strawberry.field(default=None, description="Its contact number; null: none recorded.")


# The mutations' `input` arguments, described once for every mutation that takes the same input.
ReportEventArg = Annotated[ReportEventInput, strawberry.argument(description="The event to report.")]
EventStepArg = Annotated[EventStepInput, strawberry.argument(description="The event, and the note the step keeps.")]
AssignEventArg = Annotated[AssignEventInput, strawberry.argument(description="The event and its handler.")]
MarkEventDuplicateArg = Annotated[
    MarkEventDuplicateInput, strawberry.argument(description="The duplicate and the event it repeats.")
]
ResolveEventArg = Annotated[ResolveEventInput, strawberry.argument(description="The event and what was done.")]
RateEventArg = Annotated[RateEventInput, strawberry.argument(description="The event and the rating.")]
AddEventCategoryArg = Annotated[AddEventCategoryInput, strawberry.argument(description="The new category.")]
AddDepartmentArg = Annotated[AddDepartmentInput, strawberry.argument(description="The new department.")]
