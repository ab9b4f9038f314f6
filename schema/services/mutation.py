"""Service mutations: needs, home visits, service items and activities, each answering the node it wrote.

The data is sensitive personal information (PIPL Art. 28), never logged. Every mutation acts as the token's person,
a grid worker of the community or an administrator (the graph layer checks).
"""

from __future__ import annotations

import datetime

import strawberry

from graph import services
from graph.workflow import StepResult
from schema.context import Info
from schema.entities.objects import HomeVisit, Need, ServiceActivity, ServiceItem
from schema.permissions import acting
from schema.relay import own_id
from schema.services.inputs import (
    AddServiceItemArg,
    RecordAttendanceArg,
    RecordHomeVisitArg,
    RecordNeedArg,
    RecordServiceActivityArg,
    SetNeedStatusArg,
)

PERSON_STAFF = "A grid worker of the resident's community, or an administrator."
COMMUNITY_STAFF = "A grid worker of the community, or an administrator."


@strawberry.type(description="What every service mutation answers besides the node it wrote.")
class ServiceChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


@strawberry.type(description="A need on a resident's needs list after the change.")
class NeedChange(ServiceChange):
    @strawberry.field(description="The need after the change.")
    def need(self) -> Need:
        return Need.of(self.result.node)


@strawberry.type(description="A recorded home visit.")
class HomeVisitChange(ServiceChange):
    @strawberry.field(description="The home visit recorded.")
    def home_visit(self) -> HomeVisit:
        return HomeVisit.of(self.result.node)


@strawberry.type(description="A service on a special group's service list.")
class ServiceItemChange(ServiceChange):
    @strawberry.field(description="The service item added.")
    def service_item(self) -> ServiceItem:
        return ServiceItem.of(self.result.node)


@strawberry.type(description="A recorded service activity.")
class ServiceActivityChange(ServiceChange):
    @strawberry.field(description="The service activity recorded (with its attendance).")
    def activity(self) -> ServiceActivity:
        return ServiceActivity.of(self.result.node)


@strawberry.type(description="An activity after recording attendance; `added` counts people not recorded before.")
class AttendanceChange(ServiceActivityChange):
    @strawberry.field(description="How many of the people named were not recorded as attending before.")
    def added(self) -> int:
        added: int = self.result.extra.get("added", 0)
        return added


def _person(value: str, argument: str) -> str:
    return own_id(value, ("Person",), argument)


@strawberry.type
class ServiceMutation:
    @strawberry.mutation(description="Put a need on a resident's needs list (OPEN). " + PERSON_STAFF)
    async def record_need(self, info: Info, input: RecordNeedArg) -> NeedChange:
        result = await services.record_need(
            info.context.graph,
            acting(info),
            person_id=_person(input.person_id, "personId"),
            description=input.description,
            source=input.source.value,
            key=input.idempotency_key,
        )
        return NeedChange(result=result)

    @strawberry.mutation(description="Mark a need MET, CLOSED or OPEN again. " + PERSON_STAFF)
    async def set_need_status(self, info: Info, input: SetNeedStatusArg) -> NeedChange:
        result = await services.set_need_status(
            info.context.graph,
            acting(info),
            need_id=own_id(input.need_id, ("Need",), "needId"),
            status=input.status.value,
            key=input.idempotency_key,
        )
        return NeedChange(result=result)

    @strawberry.mutation(
        description="A grid worker's home visit to a resident; the visitor must work the resident's grid. "
        + PERSON_STAFF
    )
    async def record_home_visit(self, info: Info, input: RecordHomeVisitArg) -> HomeVisitChange:
        result = await services.record_home_visit(
            info.context.graph,
            acting(info),
            person_id=_person(input.person_id, "personId"),
            worker_id=_person(input.worker_id, "workerId") if input.worker_id else None,
            visited_on=input.visited_on or datetime.date.today(),
            notes=input.notes,
            today=datetime.date.today(),
            key=input.idempotency_key,
        )
        return HomeVisitChange(result=result)

    @strawberry.mutation(description="Add a service to a special group's service list. " + COMMUNITY_STAFF)
    async def add_service_item(self, info: Info, input: AddServiceItemArg) -> ServiceItemChange:
        result = await services.add_service_item(
            info.context.graph,
            acting(info),
            group_id=own_id(input.group_id, ("SpecialGroup",), "groupId"),
            name=input.name,
            frequency=input.frequency.value,
            description=input.description,
            key=input.idempotency_key,
        )
        return ServiceItemChange(result=result)

    @strawberry.mutation(
        description="A service activity of the community, optionally delivering a service item. " + COMMUNITY_STAFF
    )
    async def record_service_activity(self, info: Info, input: RecordServiceActivityArg) -> ServiceActivityChange:
        item = input.service_item_id
        result = await services.record_activity(
            info.context.graph,
            acting(info),
            community_id=own_id(input.community_id, ("Community",), "communityId"),
            title=input.title,
            kind=input.kind.value,
            held_on=input.held_on,
            service_item_id=own_id(item, ("ServiceItem",), "serviceItemId") if item else None,
            key=input.idempotency_key,
        )
        return ServiceActivityChange(result=result)

    @strawberry.mutation(description="Record who attended a service activity. " + COMMUNITY_STAFF)
    async def record_attendance(self, info: Info, input: RecordAttendanceArg) -> AttendanceChange:
        result = await services.record_attendance(
            info.context.graph,
            acting(info),
            activity_id=own_id(input.activity_id, ("ServiceActivity",), "activityId"),
            person_ids=[_person(p, "personIds") for p in input.person_ids],
            key=input.idempotency_key,
        )
        return AttendanceChange(result=result)
