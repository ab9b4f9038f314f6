"""Event mutations (collect → handle → review, 一事一报), categories and departments.

Every mutation acts as the token's person; the graph layer checks that this person may take the step (reporter,
grid worker of the grid or community, administrator, handler). Categories and departments are for administrators.
"""

from __future__ import annotations

import strawberry

from graph import events
from graph.access.viewer import ADMIN
from graph.events import Step
from graph.workflow import StepResult
from schema.context import Info
from schema.entities.objects import Department, Event, EventCategory, EventStep
from schema.events.inputs import (
    AddDepartmentArg,
    AddEventCategoryArg,
    AssignEventArg,
    EventStepArg,
    EventStepInput,
    MarkEventDuplicateArg,
    RateEventArg,
    ReportEventArg,
    ResolveEventArg,
    ResolveEventInput,
)
from schema.permissions import acting, require
from schema.relay import own_id

HANDLERS = ("Person", "Unit", "Department")
STAFF_ARE = "Staff: a grid worker of the event's community, or an administrator."
HANDLER_OR_STAFF = "Its handler (the person, or the contact of the unit, it is assigned to) or staff. " + STAFF_ARE


@strawberry.type(description="An event after one step of its lifecycle, and the history entry the step wrote.")
class EventChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="The event after the step (on a replay: as it is now), as the caller may read it.")
    def event(self) -> Event:
        return Event.of(self.result.node)

    @strawberry.field(description="The history entry the step wrote (on a replay, the first request's).")
    def step(self) -> EventStep:
        step = self.result.step
        assert step is not None, "an event step always writes its history entry"
        return EventStep.of(step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed

    @strawberry.field(
        description="On report: open events of the same category in the same building (first) or grid, "
        "those the reporter may see."
    )
    async def possible_duplicates(self, info: Info) -> list[Event]:
        # Read again through the viewer's scope: a resident must not learn of the neighbours' reports.
        ids = [r.id for r in self.result.related]
        seen = await info.context.node_loader("Event").load_many(ids)
        return [Event.of(r) for r in seen if r is not None]


def _event(value: str, argument: str = "eventId") -> str:
    return own_id(value, ("Event",), argument)


async def _run(info: Info, step: Step) -> EventChange:
    result = await events.step(info.context.graph, step, reopen_days=info.context.event_reopen_days)
    return EventChange(result=result)


async def _step(info: Info, action: str, input: EventStepInput) -> EventChange:
    return await _run(info, Step(action, _event(input.event_id), acting(info), input.note, input.idempotency_key))


async def _resolving(info: Info, action: str, input: ResolveEventInput) -> EventChange:
    step = Step(
        action,
        _event(input.event_id),
        acting(info),
        input.note,
        input.idempotency_key,
        evidence=input.evidence,
        evidence_urls=tuple(input.evidence_urls),
    )
    return await _run(info, step)


@strawberry.type
class EventMutation:
    @strawberry.mutation(
        description="Report an event (一事一报), REPORTED; answers possible duplicates too. Anyone signed in whose "
        "token names a person."
    )
    async def report_event(self, info: Info, input: ReportEventArg) -> EventChange:
        result = await events.report(
            info.context.graph,
            acting(info),
            category=input.category,
            title=input.title,
            description=input.description,
            source=input.source.value,
            grid_id=own_id(input.grid_id, ("Grid",), "gridId") if input.grid_id else None,
            building_id=own_id(input.building_id, ("Building",), "buildingId") if input.building_id else None,
            photos=input.photos,
            urgent=input.urgent,
            key=input.idempotency_key,
        )
        return EventChange(result=result)

    @strawberry.mutation(description="REPORTED → VERIFIED: staff confirm the event is genuine. " + STAFF_ARE)
    async def verify_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "verify", input)

    @strawberry.mutation(description="REPORTED or VERIFIED → INVALID; `note` (required) gives the reason. " + STAFF_ARE)
    async def invalidate_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "invalidate", input)

    @strawberry.mutation(
        description="ASSIGNED or IN_PROGRESS → REASSIGNMENT_REQUESTED: the handler asks for another handler; `note` "
        "(required) says why. " + HANDLER_OR_STAFF
    )
    async def request_event_reassignment(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "request_reassignment", input)

    @strawberry.mutation(description="ASSIGNED → IN_PROGRESS: work starts. " + HANDLER_OR_STAFF)
    async def start_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "start", input)

    @strawberry.mutation(description="IN_PROGRESS → ON_HOLD; `note` (required) gives the reason. " + HANDLER_OR_STAFF)
    async def hold_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "hold", input)

    @strawberry.mutation(description="ON_HOLD → IN_PROGRESS. " + HANDLER_OR_STAFF)
    async def resume_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "resume", input)

    @strawberry.mutation(
        description="ASSIGNED, IN_PROGRESS, ON_HOLD or REASSIGNMENT_REQUESTED → ESCALATED: to a higher level, "
        "which assigns it anew; `note` (required) says why. " + HANDLER_OR_STAFF
    )
    async def escalate_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "escalate", input)

    @strawberry.mutation(
        description="RESOLVED → REVIEWED: a grid worker of the event's own grid checks the resolution on site; "
        "not its handler."
    )
    async def review_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "review", input)

    @strawberry.mutation(
        description="RESOLVED or REVIEWED → IN_PROGRESS: back to its handler; `note` (required) says what is "
        "missing. A grid worker of its grid, or staff. " + STAFF_ARE
    )
    async def rework_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "rework", input)

    @strawberry.mutation(description="REVIEWED → CLOSED. " + STAFF_ARE)
    async def close_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "close", input)

    @strawberry.mutation(
        description="CLOSED → REOPENED: the reporter, within EVENT_REOPEN_DAYS of closing; `note` (required) says why."
    )
    async def reopen_event(self, info: Info, input: EventStepArg) -> EventChange:
        return await _step(info, "reopen", input)

    @strawberry.mutation(description="REPORTED or VERIFIED → DUPLICATE of another event. " + STAFF_ARE)
    async def mark_event_duplicate(self, info: Info, input: MarkEventDuplicateArg) -> EventChange:
        other = _event(input.duplicate_of_id, "duplicateOfId")
        step = Step(
            "mark_duplicate", _event(input.event_id), acting(info), input.note, input.idempotency_key, None, other
        )
        return await _run(info, step)

    @strawberry.mutation(
        description="→ ASSIGNED to a handler: a grid worker, a unit or a department; from VERIFIED, "
        "REASSIGNMENT_REQUESTED, ESCALATED, REOPENED, or ASSIGNED to hand it on. " + STAFF_ARE
    )
    async def assign_event(self, info: Info, input: AssignEventArg) -> EventChange:
        handler = own_id(input.handler_id, HANDLERS, "handlerId")
        step = Step("assign", _event(input.event_id), acting(info), input.note, input.idempotency_key, handler)
        return await _run(info, step)

    @strawberry.mutation(description="IN_PROGRESS → RESOLVED, with evidence (text or URLs). " + HANDLER_OR_STAFF)
    async def resolve_event(self, info: Info, input: ResolveEventArg) -> EventChange:
        return await _resolving(info, "resolve", input)

    @strawberry.mutation(
        description="REPORTED or VERIFIED → CLOSED: a grid worker of the event's own grid handled a small event "
        "on the spot, with evidence (text or URLs)."
    )
    async def self_handle_event(self, info: Info, input: ResolveEventArg) -> EventChange:
        return await _resolving(info, "self_handle", input)

    @strawberry.mutation(
        description="The reporter rates the result (1-5), once, when RESOLVED, REVIEWED or CLOSED; the status stays."
    )
    async def rate_event(self, info: Info, input: RateEventArg) -> EventChange:
        step = Step(
            "rate", _event(input.event_id), acting(info), input.comment, input.idempotency_key, rating=input.rating
        )
        return await _run(info, step)

    @strawberry.mutation(description="An event category with its time limits per stage. Administrators only.")
    async def add_event_category(self, info: Info, input: AddEventCategoryArg) -> EventCategory:
        require(info, ADMIN)
        limits = {
            "verifyHours": input.verify_hours,
            "assignHours": input.assign_hours,
            "startHours": input.start_hours,
            "resolveHours": input.resolve_hours,
            "holdHours": input.hold_hours,
            "reviewHours": input.review_hours,
        }
        category = await events.add_category(info.context.graph, code=input.code, name=input.name, limits=limits)
        return EventCategory.of(category)

    @strawberry.mutation(description="A department or service events can be assigned to. Administrators only.")
    async def add_department(self, info: Info, input: AddDepartmentArg) -> Department:
        require(info, ADMIN)
        community = own_id(input.community_id, ("Community",), "communityId")
        department = await events.add_department(
            info.context.graph, community_id=community, name=input.name, phone=input.phone
        )
        return Department.of(department)
