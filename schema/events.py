"""Event mutations (collect → handle → review, 一事一报), categories, departments and the SLA light on Event.

Every mutation acts as the token's person; the graph layer checks that this person may take the step (reporter,
grid worker of the grid or community, administrator, handler). Categories and departments are for administrators.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Annotated, Any

import strawberry

from graph import events
from graph.access.viewer import ADMIN
from graph.events import Step
from graph.workflow import StepResult
from schema.context import Info
from schema.filters import ENUMS, VIRTUAL_ENUMS, plain
from schema.node import own_id, wrap
from schema.permissions import actor, authority, require

EventType = Annotated["Event", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
StepType = Annotated["EventStep", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
CategoryType = Annotated["EventCategory", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
DepartmentType = Annotated["Department", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
EventSource = ENUMS[("Event", "source")]
SlaLight = VIRTUAL_ENUMS["SlaLight"]
HANDLERS = ("Person", "Unit", "Department")


@strawberry.type(description="An event after one step of its lifecycle, and the history entry the step wrote.")
class EventChange:
    result: strawberry.Private[StepResult]

    @strawberry.field
    def event(self) -> EventType:
        return wrap(self.result.node)

    @strawberry.field
    def step(self) -> StepType:
        return wrap(self.result.step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed

    @strawberry.field(
        description="On report: open events of the same category in the same building (first) or grid, "
        "those the reporter may see."
    )
    async def possible_duplicates(self, info: Info) -> list[EventType]:
        # Read again through the viewer's scope: a resident must not learn of the neighbours' reports.
        ids = [r.id for r in self.result.related]
        seen = await info.context.node_loader("Event").load_many(ids)
        return [wrap(r) for r in seen if r is not None]


@strawberry.input(description="An event the signed-in person reports.")
class ReportEventInput:
    category: str = strawberry.field(description="An EventCategory code, e.g. FIRE_SAFETY.")
    title: str
    description: str = ""
    source: EventSource = EventSource("RESIDENT")  # type: ignore[valid-type]
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


def _event(value: str, argument: str = "eventId") -> str:
    return own_id(value, ("Event",), argument)


async def _run(info: Info, step: Step) -> EventChange:
    step = replace(step, authority=authority(info))
    result = await events.step(info.context.graph, step, reopen_days=info.context.event_reopen_days)
    return EventChange(result=result)


def _step(action: str, description: str) -> Any:
    async def resolve(self: Any, info: Info, input: EventStepInput) -> EventChange:
        step = Step(action, _event(input.event_id), actor(info), input.note, input.idempotency_key)
        return await _run(info, step)

    return strawberry.mutation(resolver=resolve, description=description)


def _resolving(action: str, description: str) -> Any:
    async def resolve(self: Any, info: Info, input: ResolveEventInput) -> EventChange:
        step = Step(
            action,
            _event(input.event_id),
            actor(info),
            input.note,
            input.idempotency_key,
            evidence=input.evidence,
            evidence_urls=tuple(input.evidence_urls),
        )
        return await _run(info, step)

    return strawberry.mutation(resolver=resolve, description=description)


async def report_event(self: Any, info: Info, input: ReportEventInput) -> EventChange:
    result = await events.report(
        info.context.graph,
        reporter_id=actor(info),
        category=input.category,
        title=input.title,
        description=input.description,
        source=plain(input.source),
        grid_id=own_id(input.grid_id, ("Grid",), "gridId") if input.grid_id else None,
        building_id=own_id(input.building_id, ("Building",), "buildingId") if input.building_id else None,
        photos=input.photos,
        urgent=input.urgent,
        idempotency_key=input.idempotency_key,
    )
    return EventChange(result=result)


async def assign_event(self: Any, info: Info, input: AssignEventInput) -> EventChange:
    handler = own_id(input.handler_id, HANDLERS, "handlerId")
    step = Step("assign", _event(input.event_id), actor(info), input.note, input.idempotency_key, handler)
    return await _run(info, step)


async def mark_event_duplicate(self: Any, info: Info, input: MarkEventDuplicateInput) -> EventChange:
    other = _event(input.duplicate_of_id, "duplicateOfId")
    step = Step("mark_duplicate", _event(input.event_id), actor(info), input.note, input.idempotency_key, None, other)
    return await _run(info, step)


async def rate_event(self: Any, info: Info, input: RateEventInput) -> EventChange:
    step = Step(
        "rate",
        _event(input.event_id),
        actor(info),
        input.comment,
        input.idempotency_key,
        rating=input.rating,
    )
    return await _run(info, step)


async def add_event_category(self: Any, info: Info, input: AddEventCategoryInput) -> CategoryType:
    require(info, ADMIN)
    limits = {
        "verifyHours": input.verify_hours,
        "assignHours": input.assign_hours,
        "startHours": input.start_hours,
        "resolveHours": input.resolve_hours,
        "holdHours": input.hold_hours,
        "reviewHours": input.review_hours,
    }
    return wrap(await events.add_category(info.context.graph, code=input.code, name=input.name, limits=limits))


async def add_department(self: Any, info: Info, input: AddDepartmentInput) -> DepartmentType:
    require(info, ADMIN)
    community = own_id(input.community_id, ("Community",), "communityId")
    return wrap(
        await events.add_department(info.context.graph, community_id=community, name=input.name, phone=input.phone)
    )


STEPS = {
    "verify_event": ("verify", "A grid worker confirms a reported event is genuine."),
    "invalidate_event": ("invalidate", "Mark a reported event invalid; `note` gives the reason."),
    "request_event_reassignment": ("request_reassignment", "The handler asks for another handler; `note` says why."),
    "start_event": ("start", "The handler starts work on an assigned event."),
    "hold_event": ("hold", "Put an event in progress on hold; `note` gives the reason."),
    "resume_event": ("resume", "Resume an event on hold."),
    "escalate_event": ("escalate", "Escalate to a higher level, which assigns it anew; `note` says why."),
    "review_event": ("review", "A grid worker of the event's grid checks the resolution on site."),
    "rework_event": ("rework", "Send a resolved event back to its handler; `note` says what is missing."),
    "close_event": ("close", "Close a reviewed event."),
    "reopen_event": ("reopen", "The reporter reopens a closed event within the reopen window; `note` says why."),
}


EventMutation = strawberry.type(
    type(
        "EventMutation",
        (),
        {
            "report_event": strawberry.mutation(
                resolver=report_event, description="Report an event (一事一报); suggests possible duplicates."
            ),
            **{name: _step(action, text) for name, (action, text) in STEPS.items()},
            "mark_event_duplicate": strawberry.mutation(
                resolver=mark_event_duplicate, description="Mark a reported event as a duplicate of another."
            ),
            "assign_event": strawberry.mutation(
                resolver=assign_event, description="Assign to a handler: a grid worker, a unit or a department."
            ),
            "resolve_event": _resolving("resolve", "The handler reports the event resolved, with evidence."),
            "self_handle_event": _resolving(
                "self_handle", "A grid worker of the grid handled a small event on the spot: closed, with evidence."
            ),
            "rate_event": strawberry.mutation(resolver=rate_event, description="The reporter rates the result (1-5)."),
            "add_event_category": strawberry.mutation(
                resolver=add_event_category, description="An administrator adds an event category."
            ),
            "add_department": strawberry.mutation(
                resolver=add_department,
                description="An administrator adds a department or service events can be assigned to.",
            ),
        },
    )
)


def _light(self: Any) -> SlaLight | None:  # type: ignore[valid-type]
    props = self.record.props
    found = events.light_at(props.get("stageWarnAt"), props.get("stageDueAt"), datetime.datetime.now(datetime.UTC))
    return None if found is None else SlaLight(found)


# Fields added to the generated Event type (schema.nodes.EXTRA_FIELDS).
EXTRA_FIELDS: dict[str, dict[str, Any]] = {
    "Event": {
        "light": strawberry.field(
            resolver=_light,
            description="The SLA light of the current stage now: GREEN under 80 % of its limit, YELLOW to 100 %, "
            "RED over; null when nothing is due (closed, invalid, duplicate).",
        )
    }
}
