"""The input objects of the service mutations."""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry

from schema.entities.enums import NeedSource, NeedStatus, ServiceActivityKind, ServiceItemFrequency
from schema.texts import IDEMPOTENCY_KEY


@strawberry.input(description="A need to put on a resident's needs list (需求清单).")
class RecordNeedInput:
    person_id: strawberry.ID = strawberry.field(description="The resident in need (global or own id).")
    description: str = strawberry.field(description="What they need; must not be blank. Never logged.")
    source: NeedSource = strawberry.field(description="Where the need was heard.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A need's new status.")
class SetNeedStatusInput:
    need_id: strawberry.ID = strawberry.field(description="The need (global or own id).")
    status: NeedStatus = strawberry.field(description="MET, CLOSED, or OPEN again.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A grid worker's visit to a resident at home (入户走访).")
class RecordHomeVisitInput:
    person_id: strawberry.ID = strawberry.field(description="The resident visited (global or own id).")
    worker_id: strawberry.ID | None = strawberry.field(
        default=None, description="Who visited; default the signed-in person."
    )
    visited_on: datetime.date | None = strawberry.field(default=None, description="Default today; not in the future.")
    notes: str = strawberry.field(default="", description="What was seen and said; may be empty. Never logged.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A service to add to a special group's service list (服务清单).")
class AddServiceItemInput:
    group_id: strawberry.ID = strawberry.field(description="The special group (global or own id).")
    name: str = strawberry.field(description="The service, e.g. a monthly health check; must not be blank.")
    frequency: ServiceItemFrequency = strawberry.field(description="How often it is offered.")
    description: str = strawberry.field(default="", description="The details; may be empty.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A service activity the community held.")
class RecordServiceActivityInput:
    community_id: strawberry.ID = strawberry.field(description="The community holding it (global or own id).")
    title: str = strawberry.field(description="Its title; must not be blank.")
    kind: ServiceActivityKind = strawberry.field(description="What kind of activity it is.")
    held_on: datetime.date = strawberry.field(description="The day it was held.")
    service_item_id: strawberry.ID | None = strawberry.field(
        default=None, description="The service item of the same community it delivers (global or own id); null: none."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="People who attended a service activity; recording someone twice changes nothing.")
class RecordAttendanceInput:
    activity_id: strawberry.ID = strawberry.field(description="The activity (global or own id).")
    person_ids: list[strawberry.ID] = strawberry.field(description="Who attended (global or own ids); at least one.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


# The mutations' `input` arguments.
RecordNeedArg = Annotated[RecordNeedInput, strawberry.argument(description="The resident and the need.")]
SetNeedStatusArg = Annotated[SetNeedStatusInput, strawberry.argument(description="The need and its status.")]
RecordHomeVisitArg = Annotated[RecordHomeVisitInput, strawberry.argument(description="The visit.")]
AddServiceItemArg = Annotated[AddServiceItemInput, strawberry.argument(description="The group and the service.")]
RecordServiceActivityArg = Annotated[RecordServiceActivityInput, strawberry.argument(description="The activity.")]
RecordAttendanceArg = Annotated[
    RecordAttendanceInput, strawberry.argument(description="The activity and who attended.")
]
