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
    DeliberateTopicInput,
    MeetingAttendanceInput,
    MergeTopicInput,
    ProposeTopicInput,
    ReviewTopicInput,
    ScheduleMeetingInput,
    SuperviseTopicInput,
    TopicStepInput,
)
from schema.entities.objects import CouncilMeeting, CouncilTopic, TopicStep
from schema.permissions import acting
from schema.relay import own_id


@strawberry.type(description="A council topic after one step, and the history entry the step wrote.")
class TopicChange:
    result: strawberry.Private[StepResult]

    @strawberry.field
    def topic(self) -> CouncilTopic:
        return CouncilTopic.of(self.result.node)

    @strawberry.field
    def step(self) -> TopicStep | None:
        return TopicStep.of(self.result.step)

    @strawberry.field(description="True when the idempotencyKey was seen before: nothing changed this time.")
    def replayed(self) -> bool:
        return self.result.replayed


@strawberry.type(description="A council meeting after it was scheduled or its attendance recorded.")
class MeetingChange:
    result: strawberry.Private[StepResult]

    @strawberry.field
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
    @strawberry.mutation(description="A council meeting of the community on a date.")
    async def schedule_council_meeting(self, info: Info, input: ScheduleMeetingInput) -> MeetingChange:
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

    @strawberry.mutation(description="Who attended a meeting: people and organisations.")
    async def record_meeting_attendance(self, info: Info, input: MeetingAttendanceInput) -> MeetingChange:
        result = await council.record_attendance(
            info.context.graph,
            acting(info),
            meeting_id=own_id(input.meeting_id, ("CouncilMeeting",), "meetingId"),
            person_ids=[own_id(p, ("Person",), "personIds") for p in input.person_ids],
            organization_ids=[own_id(o, ("Organization",), "organizationIds") for o in input.organization_ids],
            key=input.idempotency_key,
        )
        return MeetingChange(result=result)

    @strawberry.mutation(description="Propose a topic (stage PROPOSED), linked to the events it came from.")
    async def propose_topic(self, info: Info, input: ProposeTopicInput) -> TopicChange:
        result = await council.propose_topic(
            info.context.graph,
            acting(info),
            community_id=own_id(input.community_id, ("Community",), "communityId"),
            title=input.title,
            category=input.category,
            description=input.description,
            event_ids=[own_id(e, ("Event",), "eventIds") for e in input.event_ids],
            key=input.idempotency_key,
        )
        return TopicChange(result=result)

    @strawberry.mutation(description="Accept a proposed topic onto a meeting's agenda (`meetingId` required).")
    async def accept_topic(self, info: Info, input: TopicStepInput) -> TopicChange:
        return TopicChange(result=await council.accept(info.context.graph, _plain(info, input, "accept")))

    @strawberry.mutation(description="Reject a proposed topic; `note` is the reason.")
    async def reject_topic(self, info: Info, input: TopicStepInput) -> TopicChange:
        return TopicChange(result=await council.reject(info.context.graph, _plain(info, input, "reject")))

    @strawberry.mutation(description="Merge a topic into another open one, which takes over its events.")
    async def merge_topic(self, info: Info, input: MergeTopicInput) -> TopicChange:
        change = _step(info, "merge", input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        into = own_id(input.into_topic_id, ("CouncilTopic",), "intoTopicId")
        return TopicChange(result=await council.merge(info.context.graph, change, into))

    @strawberry.mutation(description="The council's decision, its owner and deadline.")
    async def deliberate_topic(self, info: Info, input: DeliberateTopicInput) -> TopicChange:
        change = _step(info, "deliberate", input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        owner = own_id(input.owner_id, ("Person",), "ownerId")
        result = await council.deliberate(info.context.graph, change, input.decision, owner, input.deadline)
        return TopicChange(result=result)

    @strawberry.mutation(description="Supervise the implementation: progress and a dated timeline entry.")
    async def supervise_topic(self, info: Info, input: SuperviseTopicInput) -> TopicChange:
        change = _step(info, "supervise", input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        return TopicChange(result=await council.supervise(info.context.graph, change, input.progress, input.at))

    @strawberry.mutation(description="Review: solved (REVIEWED) or reopened (REOPENED, back to deliberation).")
    async def review_topic(self, info: Info, input: ReviewTopicInput) -> TopicChange:
        action = "solve" if input.solved else "reopen"
        change = _step(info, action, input.topic_id, input.meeting_id, input.note, input.idempotency_key)
        return TopicChange(result=await council.review(info.context.graph, change))
