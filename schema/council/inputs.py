"""The input objects of the residents' council mutations."""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry

from schema.entities.enums import CouncilTopicCategory
from schema.texts import IDEMPOTENCY_KEY, NOTE

TOPIC = "The topic (global or own id)."
MEETING = "The council meeting that took the step (global or own id), of the topic's community; null: none."


@strawberry.input(description="A residents' council meeting (居民议事会) to schedule.")
class ScheduleMeetingInput:
    community_id: strawberry.ID = strawberry.field(description="The community holding it (global or own id).")
    title: str = strawberry.field(description="Its title, e.g. the month's meeting.")
    held_on: datetime.date = strawberry.field(description="The day it is (or was) held.")
    place: str | None = strawberry.field(default=None, description="Where it is held; null: not said.")
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="Adds attendees; recording someone twice changes nothing.")
class MeetingAttendanceInput:
    meeting_id: strawberry.ID = strawberry.field(description="The meeting (global or own id).")
    person_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="People who attended (global or own ids): residents, deputies, staff."
    )
    organization_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="NPC deputy station, women's and elderly associations, owners' committee."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="The signed-in person proposes the topic, usually from the events it grew out of.")
class ProposeTopicInput:
    community_id: strawberry.ID = strawberry.field(
        description="The community whose council is to take it up (global or own id)."
    )
    title: str = strawberry.field(description="The matter, in a few words; must not be blank.")
    category: CouncilTopicCategory = strawberry.field(description="What kind of matter it is.")
    description: str = strawberry.field(default="", description="The details; may be empty.")
    event_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Events of the same community it grew out of (global or own ids)."
    )
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="One step of a topic; `meetingId` names the meeting that took it, if any.")
class TopicStepInput:
    topic_id: strawberry.ID = strawberry.field(description=TOPIC)
    meeting_id: strawberry.ID | None = strawberry.field(default=None, description=MEETING)
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A topic to fold into another open topic of the same community.")
class MergeTopicInput:
    topic_id: strawberry.ID = strawberry.field(description="The topic merged away (global or own id).")
    into_topic_id: strawberry.ID = strawberry.field(
        description="The open topic that takes over its events (global or own id); not the topic itself."
    )
    meeting_id: strawberry.ID | None = strawberry.field(default=None, description=MEETING)
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="The council's decision on a topic (协商议题): what, who carries it out, by when.")
class DeliberateTopicInput:
    topic_id: strawberry.ID = strawberry.field(description=TOPIC)
    decision: str = strawberry.field(description="What the council decided; must not be blank.")
    owner_id: strawberry.ID = strawberry.field(description="The person who owns carrying the decision out.")
    deadline: datetime.date = strawberry.field(description="The day it is to be done by; not in the past.")
    meeting_id: strawberry.ID | None = strawberry.field(default=None, description=MEETING)
    note: str | None = strawberry.field(default=None, description=NOTE)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="A dated entry of the implementation timeline.")
class SuperviseTopicInput:
    topic_id: strawberry.ID = strawberry.field(description=TOPIC)
    progress: int = strawberry.field(description="Percent done, 0 to 100.")
    note: str = strawberry.field(description="What was done; must not be blank.")
    at: datetime.date | None = strawberry.field(default=None, description="Defaults to today.")
    meeting_id: strawberry.ID | None = strawberry.field(default=None, description=MEETING)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


@strawberry.input(description="solved: done for good (needs 100 %); otherwise reopened, back to deliberation.")
class ReviewTopicInput:
    topic_id: strawberry.ID = strawberry.field(description=TOPIC)
    solved: bool = strawberry.field(
        description="True: solved (REVIEWED), only once progress is 100; false: reopened (REOPENED)."
    )
    note: str | None = strawberry.field(default=None, description="Required when reopening: why.")
    meeting_id: strawberry.ID | None = strawberry.field(default=None, description=MEETING)
    idempotency_key: str | None = strawberry.field(default=None, description=IDEMPOTENCY_KEY)


# The mutations' `input` arguments, described once for every mutation that takes the same input.
ScheduleMeetingArg = Annotated[ScheduleMeetingInput, strawberry.argument(description="The meeting to schedule.")]
MeetingAttendanceArg = Annotated[
    MeetingAttendanceInput, strawberry.argument(description="The meeting and who attended.")
]
ProposeTopicArg = Annotated[ProposeTopicInput, strawberry.argument(description="The topic to propose.")]
TopicStepArg = Annotated[TopicStepInput, strawberry.argument(description="The topic, the meeting and the note.")]
MergeTopicArg = Annotated[MergeTopicInput, strawberry.argument(description="The topic and the one it merges into.")]
DeliberateTopicArg = Annotated[DeliberateTopicInput, strawberry.argument(description="The topic and the decision.")]
SuperviseTopicArg = Annotated[SuperviseTopicInput, strawberry.argument(description="The topic and the progress.")]
ReviewTopicArg = Annotated[ReviewTopicInput, strawberry.argument(description="The topic and the verdict.")]
