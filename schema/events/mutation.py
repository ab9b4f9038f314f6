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
    AddDepartmentInput,
    AddEventCategoryInput,
    AssignEventInput,
    EventStepInput,
    MarkEventDuplicateInput,
    RateEventInput,
    ReportEventInput,
    ResolveEventInput,
)
from schema.permissions import acting, require
from schema.relay import own_id

HANDLERS = ("Person", "Unit", "Department")


@strawberry.type(description="An event after one step of its lifecycle, and the history entry the step wrote.")
class EventChange:
    result: strawberry.Private[StepResult]

    @strawberry.field
    def event(self) -> Event:
        return Event.of(self.result.node)

    @strawberry.field
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
    @strawberry.mutation(description="Report an event (一事一报); suggests possible duplicates.")
    async def report_event(self, info: Info, input: ReportEventInput) -> EventChange:
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

    @strawberry.mutation(description="A grid worker confirms a reported event is genuine.")
    async def verify_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "verify", input)

    @strawberry.mutation(description="Mark a reported event invalid; `note` gives the reason.")
    async def invalidate_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "invalidate", input)

    @strawberry.mutation(description="The handler asks for another handler; `note` says why.")
    async def request_event_reassignment(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "request_reassignment", input)

    @strawberry.mutation(description="The handler starts work on an assigned event.")
    async def start_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "start", input)

    @strawberry.mutation(description="Put an event in progress on hold; `note` gives the reason.")
    async def hold_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "hold", input)

    @strawberry.mutation(description="Resume an event on hold.")
    async def resume_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "resume", input)

    @strawberry.mutation(description="Escalate to a higher level, which assigns it anew; `note` says why.")
    async def escalate_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "escalate", input)

    @strawberry.mutation(description="A grid worker of the event's grid checks the resolution on site.")
    async def review_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "review", input)

    @strawberry.mutation(description="Send a resolved event back to its handler; `note` says what is missing.")
    async def rework_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "rework", input)

    @strawberry.mutation(description="Close a reviewed event.")
    async def close_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "close", input)

    @strawberry.mutation(description="The reporter reopens a closed event within the reopen window; `note` says why.")
    async def reopen_event(self, info: Info, input: EventStepInput) -> EventChange:
        return await _step(info, "reopen", input)

    @strawberry.mutation(description="Mark a reported event as a duplicate of another.")
    async def mark_event_duplicate(self, info: Info, input: MarkEventDuplicateInput) -> EventChange:
        other = _event(input.duplicate_of_id, "duplicateOfId")
        step = Step(
            "mark_duplicate", _event(input.event_id), acting(info), input.note, input.idempotency_key, None, other
        )
        return await _run(info, step)

    @strawberry.mutation(description="Assign to a handler: a grid worker, a unit or a department.")
    async def assign_event(self, info: Info, input: AssignEventInput) -> EventChange:
        handler = own_id(input.handler_id, HANDLERS, "handlerId")
        step = Step("assign", _event(input.event_id), acting(info), input.note, input.idempotency_key, handler)
        return await _run(info, step)

    @strawberry.mutation(description="The handler reports the event resolved, with evidence.")
    async def resolve_event(self, info: Info, input: ResolveEventInput) -> EventChange:
        return await _resolving(info, "resolve", input)

    @strawberry.mutation(
        description="A grid worker of the grid handled a small event on the spot: closed, with evidence."
    )
    async def self_handle_event(self, info: Info, input: ResolveEventInput) -> EventChange:
        return await _resolving(info, "self_handle", input)

    @strawberry.mutation(description="The reporter rates the result (1-5).")
    async def rate_event(self, info: Info, input: RateEventInput) -> EventChange:
        step = Step(
            "rate", _event(input.event_id), acting(info), input.comment, input.idempotency_key, rating=input.rating
        )
        return await _run(info, step)

    @strawberry.mutation(description="An administrator adds an event category.")
    async def add_event_category(self, info: Info, input: AddEventCategoryInput) -> EventCategory:
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

    @strawberry.mutation(description="An administrator adds a department or service events can be assigned to.")
    async def add_department(self, info: Info, input: AddDepartmentInput) -> Department:
        require(info, ADMIN)
        community = own_id(input.community_id, ("Community",), "communityId")
        department = await events.add_department(
            info.context.graph, community_id=community, name=input.name, phone=input.phone
        )
        return Department.of(department)
