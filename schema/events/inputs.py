"""The input objects of the event mutations."""

from __future__ import annotations

import strawberry

from schema.entities.enums import EventSource


@strawberry.input(description="An event the signed-in person reports.")
class ReportEventInput:
    category: str = strawberry.field(description="An EventCategory code, e.g. FIRE_SAFETY.")
    title: str
    description: str = ""
    source: EventSource = EventSource.RESIDENT
    grid_id: strawberry.ID | None = strawberry.field(default=None, description="Taken from the building if omitted.")
    building_id: strawberry.ID | None = None
    photos: list[str] = strawberry.field(default_factory=list, description="Photo URLs (http or https).")
    urgent: bool = False
    idempotency_key: str | None = None


@strawberry.input(description="One step of an event's lifecycle; `note` is the reason where one is needed.")
class EventStepInput:
    event_id: strawberry.ID
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class AssignEventInput:
    event_id: strawberry.ID
    handler_id: strawberry.ID = strawberry.field(description="A grid worker, a unit or a department.")
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class MarkEventDuplicateInput:
    event_id: strawberry.ID
    duplicate_of_id: strawberry.ID
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input(description="A resolution: what was done (evidence) and photo or document URLs.")
class ResolveEventInput:
    event_id: strawberry.ID
    evidence: str | None = None
    evidence_urls: list[str] = strawberry.field(default_factory=list)
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class RateEventInput:
    event_id: strawberry.ID
    rating: int = strawberry.field(description="1 (very unsatisfied) to 5 (very satisfied).")
    comment: str | None = None
    idempotency_key: str | None = None


@strawberry.input(description="A new event category with its time limit in hours for every stage.")
class AddEventCategoryInput:
    code: str
    name: str
    verify_hours: float
    assign_hours: float
    start_hours: float
    resolve_hours: float
    hold_hours: float
    review_hours: float


@strawberry.input
class AddDepartmentInput:
    community_id: strawberry.ID
    name: str
    phone: str | None = None
