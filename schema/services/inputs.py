"""The input objects of the service mutations."""

from __future__ import annotations

import datetime

import strawberry

from schema.entities.enums import NeedSource, NeedStatus, ServiceActivityKind, ServiceItemFrequency


@strawberry.input
class RecordNeedInput:
    person_id: strawberry.ID
    description: str
    source: NeedSource
    idempotency_key: str | None = None


@strawberry.input
class SetNeedStatusInput:
    need_id: strawberry.ID
    status: NeedStatus
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
    frequency: ServiceItemFrequency
    description: str = ""
    idempotency_key: str | None = None


@strawberry.input
class RecordServiceActivityInput:
    community_id: strawberry.ID
    title: str
    kind: ServiceActivityKind
    held_on: datetime.date
    service_item_id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.input
class RecordAttendanceInput:
    activity_id: strawberry.ID
    person_ids: list[strawberry.ID]
    idempotency_key: str | None = None
