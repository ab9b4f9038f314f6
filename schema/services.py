"""Special groups in GraphQL: coverage gaps, and mutations for needs, home visits, service items and activities.

The data is sensitive personal information (PIPL Art. 28), never logged. Coverage gaps are for administrators and
grid workers; every mutation acts as the token's person, a grid worker of the community or an administrator (the
graph layer checks).
"""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry

from graph import services
from graph.services import CoverageGap as GapRecord
from graph.workflow import StepResult
from schema import filters
from schema.context import Info
from schema.errors import user_error
from schema.node import from_global_id, own_id, wrap
from schema.permissions import STAFF, actor, authority, require

PersonType = Annotated["Person", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
HouseholdType = Annotated["Household", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
GridType = Annotated["Grid", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
NeedType = Annotated["Need", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
VisitType = Annotated["HomeVisit", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
ItemType = Annotated["ServiceItem", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
ActivityType = Annotated["ServiceActivity", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821

# The model's enums, generated once in schema.filters.
GroupKind = filters.ENUMS[("SpecialGroup", "kind")]
NeedSource = filters.ENUMS[("Need", "source")]
NeedStatus = filters.ENUMS[("Need", "status")]
Frequency = filters.ENUMS[("ServiceItem", "frequency")]
ActivityKind = filters.ENUMS[("ServiceActivity", "kind")]


@strawberry.type(description="A special-group member nobody visited or served in the window, and whom to send.")
class CoverageGap:
    record: strawberry.Private[GapRecord]
    as_of: strawberry.Private[datetime.date]

    @strawberry.field
    def person(self) -> PersonType:
        return wrap(self.record.person)

    @strawberry.field
    def groups(self) -> list[GroupKind]:  # type: ignore[valid-type]
        return [GroupKind(g) for g in self.record.groups]

    @strawberry.field
    def household(self) -> HouseholdType | None:
        return wrap(self.record.household)

    @strawberry.field
    def grid(self) -> GridType | None:
        return wrap(self.record.grid)

    @strawberry.field(description="The grid workers of the member's grid, full-time first.")
    def grid_workers(self) -> list[PersonType]:
        return [wrap(w) for w in self.record.workers]

    @strawberry.field(description="Last home visit to the member or their household up to asOf, if any.")
    def last_visited_on(self) -> datetime.date | None:
        return self.record.last_visited_on

    @strawberry.field(description="Last service activity the member attended up to asOf, if any.")
    def last_served_on(self) -> datetime.date | None:
        return self.record.last_served_on

    @strawberry.field(description="Days since the last visit or service; null when there was none.")
    def days_without_contact(self) -> int | None:
        dates = [d for d in (self.record.last_visited_on, self.record.last_served_on) if d is not None]
        return (self.as_of - max(dates)).days if dates else None


@strawberry.type
class CoverageGaps:
    total_count: int
    as_of: datetime.date
    days: int
    gaps: list[CoverageGap]


def _scope(scope: str | None) -> tuple[str, str] | None:
    if scope is None:
        return None
    decoded = from_global_id(scope)
    if decoded is None or decoded[0] not in services.SCOPES:
        raise user_error("`scope` must be the global id of a Community or a Grid", "scope")
    return decoded


@strawberry.type
class ServiceQuery:
    @strawberry.field(
        description="Special-group members with no home visit (to them or their household) and no attended service "
        "activity in the last `days` days up to `asOf` (default today): never reached first, then longest waiting. "
        "For administrators and grid workers."
    )
    async def coverage_gaps(
        self,
        info: Info,
        days: int,
        scope: strawberry.ID | None = None,
        as_of: datetime.date | None = None,
        first: int = 50,
        offset: int = 0,
    ) -> CoverageGaps:
        require(info, *STAFF)
        today = as_of or datetime.date.today()
        found = await services.coverage_gaps(info.context.graph, days, today, _scope(scope), first, offset)
        gaps = [CoverageGap(record=g, as_of=today) for g in found.gaps]
        return CoverageGaps(total_count=found.total, as_of=today, days=days, gaps=gaps)


@strawberry.type(description="What every service mutation answers besides the node it wrote.")
class ServiceChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


@strawberry.type(description="A need on a resident's needs list after the change.")
class NeedChange(ServiceChange):
    @strawberry.field
    def need(self) -> NeedType:
        return wrap(self.result.node)


@strawberry.type(description="A recorded home visit.")
class HomeVisitChange(ServiceChange):
    @strawberry.field
    def home_visit(self) -> VisitType:
        return wrap(self.result.node)


@strawberry.type(description="A service on a special group's service list.")
class ServiceItemChange(ServiceChange):
    @strawberry.field
    def service_item(self) -> ItemType:
        return wrap(self.result.node)


@strawberry.type(description="A recorded service activity.")
class ServiceActivityChange(ServiceChange):
    @strawberry.field
    def activity(self) -> ActivityType:
        return wrap(self.result.node)


@strawberry.type(description="An activity after recording attendance; `added` counts people not recorded before.")
class AttendanceChange(ServiceActivityChange):
    @strawberry.field
    def added(self) -> int:
        added: int = self.result.extra.get("added", 0)
        return added


@strawberry.input
class RecordNeedInput:
    person_id: strawberry.ID
    description: str
    source: NeedSource  # type: ignore[valid-type]
    idempotency_key: str | None = None


@strawberry.input
class SetNeedStatusInput:
    need_id: strawberry.ID
    status: NeedStatus  # type: ignore[valid-type]
    idempotency_key: str | None = None


@strawberry.input
class RecordHomeVisitInput:
    person_id: strawberry.ID
    worker_id: strawberry.ID | None = strawberry.field(
        default=None, description="Who visited; default the signed-in person."
    )
    visited_on: datetime.date | None = strawberry.field(default=None, description="Default today.")
    notes: str = ""
    idempotency_key: str | None = None


@strawberry.input
class AddServiceItemInput:
    group_id: strawberry.ID
    name: str
    frequency: Frequency  # type: ignore[valid-type]
    description: str = ""
    idempotency_key: str | None = None


@strawberry.input
class RecordServiceActivityInput:
    community_id: strawberry.ID
    title: str
    kind: ActivityKind  # type: ignore[valid-type]
    held_on: datetime.date
    service_item_id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.input
class RecordAttendanceInput:
    activity_id: strawberry.ID
    person_ids: list[strawberry.ID]
    idempotency_key: str | None = None


def _person(value: str, argument: str) -> str:
    return own_id(value, ("Person",), argument)


@strawberry.type
class ServiceMutation:
    @strawberry.mutation(description="Put a need on a resident's needs list (OPEN).")
    async def record_need(self, info: Info, input: RecordNeedInput) -> NeedChange:
        result = await services.record_need(
            info.context.graph,
            person_id=_person(input.person_id, "personId"),
            description=input.description,
            source=input.source.value,  # type: ignore[attr-defined]
            actor_id=actor(info),
            authority=authority(info),
            key=input.idempotency_key,
        )
        return NeedChange(result=result)

    @strawberry.mutation(description="Mark a need MET, CLOSED or OPEN again.")
    async def set_need_status(self, info: Info, input: SetNeedStatusInput) -> NeedChange:
        result = await services.set_need_status(
            info.context.graph,
            need_id=own_id(input.need_id, ("Need",), "needId"),
            status=input.status.value,  # type: ignore[attr-defined]
            actor_id=actor(info),
            authority=authority(info),
            key=input.idempotency_key,
        )
        return NeedChange(result=result)

    @strawberry.mutation(description="A grid worker's home visit to a resident.")
    async def record_home_visit(self, info: Info, input: RecordHomeVisitInput) -> HomeVisitChange:
        result = await services.record_home_visit(
            info.context.graph,
            person_id=_person(input.person_id, "personId"),
            worker_id=_person(input.worker_id, "workerId") if input.worker_id else None,
            visited_on=input.visited_on or datetime.date.today(),
            notes=input.notes,
            actor_id=actor(info),
            authority=authority(info),
            today=datetime.date.today(),
            key=input.idempotency_key,
        )
        return HomeVisitChange(result=result)

    @strawberry.mutation(description="Add a service to a special group's service list.")
    async def add_service_item(self, info: Info, input: AddServiceItemInput) -> ServiceItemChange:
        result = await services.add_service_item(
            info.context.graph,
            group_id=own_id(input.group_id, ("SpecialGroup",), "groupId"),
            name=input.name,
            frequency=input.frequency.value,  # type: ignore[attr-defined]
            description=input.description,
            actor_id=actor(info),
            authority=authority(info),
            key=input.idempotency_key,
        )
        return ServiceItemChange(result=result)

    @strawberry.mutation(description="A service activity of the community, optionally delivering a service item.")
    async def record_service_activity(self, info: Info, input: RecordServiceActivityInput) -> ServiceActivityChange:
        item = input.service_item_id
        result = await services.record_activity(
            info.context.graph,
            community_id=own_id(input.community_id, ("Community",), "communityId"),
            title=input.title,
            kind=input.kind.value,  # type: ignore[attr-defined]
            held_on=input.held_on,
            service_item_id=own_id(item, ("ServiceItem",), "serviceItemId") if item else None,
            actor_id=actor(info),
            authority=authority(info),
            key=input.idempotency_key,
        )
        return ServiceActivityChange(result=result)

    @strawberry.mutation(description="Record who attended a service activity.")
    async def record_attendance(self, info: Info, input: RecordAttendanceInput) -> AttendanceChange:
        result = await services.record_attendance(
            info.context.graph,
            activity_id=own_id(input.activity_id, ("ServiceActivity",), "activityId"),
            person_ids=[_person(p, "personIds") for p in input.person_ids],
            actor_id=actor(info),
            authority=authority(info),
            key=input.idempotency_key,
        )
        return AttendanceChange(result=result)
