"""Residents' council mutations: meetings, attendance, and a topic's four stages.

Every mutation acts as the token's person: anyone may propose a topic; the other steps are taken by a grid worker
of the topic's community or an administrator (the graph layer checks).
"""

from __future__ import annotations

import strawberry

from graph import council
from graph.workflow import StepResult
from schema.context import Info
from schema.council.inputs import (
    DeliberateTopicArg,
    MeetingAttendanceArg,
    MergeTopicArg,
    ProposeTopicArg,
    ReviewTopicArg,
    ScheduleMeetingArg,
    SuperviseTopicArg,
    TopicStepArg,
    TopicStepInput,
)
from schema.entities.objects import CouncilMeeting, CouncilTopic, TopicStep
from schema.permissions import acting
from schema.relay import own_id

STAFF_ARE = "A grid worker of the community, or an administrator."


@strawberry.type(description="A council topic after one step, and the history entry the step wrote.")
class TopicChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="The topic after the step (on a replay: as it is now), as the caller may read it.")
    def topic(self) -> CouncilTopic:
        return CouncilTopic.of(self.result.node)

    @strawberry.field(
        description="The history entry the step wrote (on a replay, the first request's); null when it wrote none."
    )
    def step(self) -> TopicStep | None:
        return TopicStep.of(self.result.step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


@strawberry.type(description="A council meeting after it was scheduled or its attendance recorded.")
class MeetingChange:
    result: strawberry.Private[StepResult]

    @strawberry.field(description="The meeting after the change (on a replay: as it is now).")
    def meeting(self) -> CouncilMeeting:
        return CouncilMeeting.of(self.result.node)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


def _id(value: str | None, label: str, argument: str) -> str | None:
    return None if value is None else own_id(value, (label,), argument)


def _step(
    info: Info, action: str, topic_id: str, meeting_id: str | None, note: str | None, key: str | None
) -> council.TopicStep:
    return council.TopicStep(
        topic_id=own_id(topic_id, ("CouncilTopic",), "topicId"),
        action=action,
        actor=acting(info),
        key=key,
        meeting_id=_id(meeting_id, "CouncilMeeting", "meetingId"),
        note=note,
    )


def _plain(info: Info, i: TopicStepInput, action: str) -> council.TopicStep:
    return _step(info, action, i.topic_id, i.meeting_id, i.note, i.idempotency_key)


@strawberry.type
class CouncilMutation:
    @strawberry.mutation(
        description="A residents' council meeting (居民议事会) of the community on a date. " + STAFF_ARE
    )
    async def schedule_council_meeting(self, info: Info, input: ScheduleMeetingArg) -> MeetingChange:
        result = await council.schedule_meeting(
            info.context.graph,
            acting(info),
            community_id=own_id(input.community_id, ("Community",), "communityId"),
            title=input.title,
            held_on=input.held_on,
            place=input.place,
            key=input.idempotency_key,
        )
        return MeetingChange(result=result)

    @strawberry.mutation(description="Who attended a meeting: people and organisations. " + STAFF_ARE)
    async def record_meeting_attendance(self, info: Info, input: MeetingAttendanceArg) -> MeetingChange:
        result = await council.record_attendance(
            info.context.graph,
            acting(info),
            meeting_id=own_id(input.meeting_id, ("CouncilMeeting",), "meetingId"),
            person_ids=[own_id(p, ("Person",), "personIds") for p in input.person_ids],
            organization_ids=[own_id(o, ("Organization",), "organizationIds") for o in input.organization_ids],
            key=input.idempotency_key,
        )
        return MeetingChange(result=result)

    @strawberry.mutation(
        description="Propose a topic (stage PROPOSED), linked to the events it came from. Anyone signed in whose "
        "token names a person."
    )
    async def propose_topic(self, info: Info, input: ProposeTopicArg) -> TopicChange:
        result = await council.propose_topic(
            info.context.graph,
            acting(info),
            community_id=own_id(input.community_id, ("Community",), "communityId"),
            title=input.title,
            category=input.category.value,
            description=input.description,
            event_ids=[own_id(e, ("Event",), "eventIds") for e in input.event_ids],
            key=input.idempotency_key,
        )
        return TopicChange(result=result)

    @strawberry.mutation(description="PROPOSED → ACCEPTED onto a meeting's agenda (`meetingId` required). " + STAFF_ARE)
    async def accept_topic(self, info: Info, input: TopicStepArg) -> TopicChange:
        return TopicChange(result=await council.accept(info.context.graph, _plain(info, input, "accept")))

    @strawberry.mutation(description="PROPOSED → REJECTED; `note` (required) is the reason. " + STAFF_ARE)
    async def reject_topic(self, info: Info, input: TopicStepArg) -> TopicChange:
        return TopicChange(result=await council.reject(info.context.graph, _plain(info, input, "reject")))

    @strawberry.mutation(
        description="PROPOSED or ACCEPTED → MERGED into another open topic, which takes over its events. " + STAFF_ARE
    )
    async def merge_topic(self, info: Info, input: MergeTopicArg) -> TopicChange:
        change = _step(info, "merge", input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        into = own_id(input.into_topic_id, ("CouncilTopic",), "intoTopicId")
        return TopicChange(result=await council.merge(info.context.graph, change, into))

    @strawberry.mutation(
        description="ACCEPTED or REOPENED → DELIBERATED: the council's decision, its owner and deadline. " + STAFF_ARE
    )
    async def deliberate_topic(self, info: Info, input: DeliberateTopicArg) -> TopicChange:
        change = _step(info, "deliberate", input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        owner = own_id(input.owner_id, ("Person",), "ownerId")
        result = await council.deliberate(info.context.graph, change, input.decision, owner, input.deadline)
        return TopicChange(result=result)

    @strawberry.mutation(
        description="DELIBERATED or SUPERVISED → SUPERVISED: the implementation's progress and a dated timeline "
        "entry. " + STAFF_ARE
    )
    async def supervise_topic(self, info: Info, input: SuperviseTopicArg) -> TopicChange:
        change = _step(info, "supervise", input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        return TopicChange(result=await council.supervise(info.context.graph, change, input.progress, input.at))

    @strawberry.mutation(
        description="SUPERVISED → REVIEWED (solved, at 100 %) or REOPENED (back to deliberation; `note` required). "
        + STAFF_ARE
    )
    async def review_topic(self, info: Info, input: ReviewTopicArg) -> TopicChange:
        action = "solve" if input.solved else "reopen"
        change = _step(info, action, input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        return TopicChange(result=await council.review(info.context.graph, change))
