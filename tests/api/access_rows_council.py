"""Rows of the mutation access matrix for the council: meetings, and topics taken to a stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from graph import council
from graph.core.db import Graph
from graph.workflow import Actor
from tests.api.access_world import TODAY, Prepare, Prepared, Row, World
from tests.api.gql import gid

TOPIC_PATH = ("PROPOSED", "ACCEPTED", "DELIBERATED", "SUPERVISED")


async def meeting_of(g: Graph, w: World) -> str:
    done = await council.schedule_meeting(g, Actor(w.worker), community_id="jf", title="议事会", held_on=TODAY)
    return done.node.id


async def topic_in(g: Graph, w: World, stage: str) -> str:
    made = await council.propose_topic(g, Actor(w.resident), community_id="jf", title="绿化带", category="GREENING")
    topic_id = made.node.id
    reached = TOPIC_PATH[: TOPIC_PATH.index(stage) + 1]

    def change(action: str, note: str | None = None) -> council.TopicStep:
        return council.TopicStep(topic_id, action, Actor(w.worker), note=note)

    if "ACCEPTED" in reached:
        await council.accept(g, replace(change("accept"), meeting_id=await meeting_of(g, w)))
    if "DELIBERATED" in reached:
        await council.deliberate(g, change("deliberate"), "补种", w.worker, TODAY + timedelta(days=30))
    if "SUPERVISED" in reached:
        await council.supervise(g, change("supervise", "已补种"), 100)
    return topic_id


def topic_step(stage: str, fields: Callable[[World], dict[str, Any]] = lambda w: {}) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        topic_id = await topic_in(g, w, stage)
        return {"input": {"topicId": gid("CouncilTopic", topic_id), **fields(w)}}, topic_id

    return prepare


async def accept_topic(g: Graph, w: World) -> Prepared:
    topic_id = await topic_in(g, w, "PROPOSED")
    meeting_id = await meeting_of(g, w)
    return {
        "input": {"topicId": gid("CouncilTopic", topic_id), "meetingId": gid("CouncilMeeting", meeting_id)}
    }, topic_id


async def merge_topic(g: Graph, w: World) -> Prepared:
    into, topic_id = await topic_in(g, w, "PROPOSED"), await topic_in(g, w, "PROPOSED")
    fields = {"topicId": gid("CouncilTopic", topic_id), "intoTopicId": gid("CouncilTopic", into)}
    return {"input": fields}, topic_id


async def schedule_meeting(g: Graph, w: World) -> Prepared:
    fields = {"communityId": gid("Community", "jf"), "title": "十月议事会", "heldOn": TODAY.isoformat()}
    return {"input": fields}, None


async def meeting_attendance(g: Graph, w: World) -> Prepared:
    meeting_id = await meeting_of(g, w)
    fields = {"meetingId": gid("CouncilMeeting", meeting_id), "personIds": [gid("Person", w.resident)]}
    return {"input": fields}, meeting_id


async def propose_topic(g: Graph, w: World) -> Prepared:
    return {
        "input": {"communityId": gid("Community", "jf"), "title": "停车难", "category": "PROPERTY_MANAGEMENT"}
    }, None


COUNCIL_ROWS: dict[str, Row] = {
    # The council: anyone linked proposes; staff take every other step.
    "scheduleCouncilMeeting": Row(schedule_meeting, "R", "W"),
    "recordMeetingAttendance": Row(meeting_attendance, "R", "W"),
    "proposeTopic": Row(propose_topic, "NOBODY", "R"),
    "acceptTopic": Row(accept_topic, "R", "W"),
    "rejectTopic": Row(topic_step("PROPOSED", lambda w: {"note": "不属于议事范围"}), "R", "W"),
    "mergeTopic": Row(merge_topic, "R", "W"),
    "deliberateTopic": Row(
        topic_step(
            "ACCEPTED",
            lambda w: {
                "decision": "补种",
                "ownerId": gid("Person", w.worker),
                "deadline": (TODAY + timedelta(days=30)).isoformat(),
            },
        ),
        "R",
        "W",
    ),
    "superviseTopic": Row(topic_step("DELIBERATED", lambda w: {"progress": 50, "note": "补种一半"}), "R", "W"),
    "reviewTopic": Row(topic_step("SUPERVISED", lambda w: {"solved": True}), "R", "W"),
}
