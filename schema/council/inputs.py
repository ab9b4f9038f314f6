"""The input objects of the residents' council mutations."""

from __future__ import annotations

import datetime

import strawberry


@strawberry.input
class ScheduleMeetingInput:
    community_id: strawberry.ID
    title: str
    held_on: datetime.date
    place: str | None = None
    idempotency_key: str | None = None


@strawberry.input(description="Adds attendees; recording someone twice changes nothing.")
class MeetingAttendanceInput:
    meeting_id: strawberry.ID
    person_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    organization_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="NPC deputy station, women's and elderly associations, owners' committee."
    )
    idempotency_key: str | None = None


@strawberry.input(description="The signed-in person proposes the topic, usually from the events it grew out of.")
class ProposeTopicInput:
    community_id: strawberry.ID
    title: str
    category: str
    description: str = ""
    event_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    idempotency_key: str | None = None


@strawberry.input(description="One step of a topic; `meetingId` names the meeting that took it, if any.")
class TopicStepInput:
    topic_id: strawberry.ID
    meeting_id: strawberry.ID | None = None
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class MergeTopicInput:
    topic_id: strawberry.ID
    into_topic_id: strawberry.ID
    meeting_id: strawberry.ID | None = None
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input
class DeliberateTopicInput:
    topic_id: strawberry.ID
    decision: str
    owner_id: strawberry.ID = strawberry.field(description="The person who owns carrying the decision out.")
    deadline: datetime.date
    meeting_id: strawberry.ID | None = None
    note: str | None = None
    idempotency_key: str | None = None


@strawberry.input(description="A dated entry of the implementation timeline.")
class SuperviseTopicInput:
    topic_id: strawberry.ID
    progress: int = strawberry.field(description="Percent done, 0 to 100.")
    note: str
    at: datetime.date | None = strawberry.field(default=None, description="Defaults to today.")
    meeting_id: strawberry.ID | None = None
    idempotency_key: str | None = None


@strawberry.input(description="solved: done for good (needs 100 %); otherwise reopened, back to deliberation.")
class ReviewTopicInput:
    topic_id: strawberry.ID
    solved: bool
    note: str | None = strawberry.field(default=None, description="Required when reopening: why.")
    meeting_id: strawberry.ID | None = None
    idempotency_key: str | None = None
