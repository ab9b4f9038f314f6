"""Council topics (居民议事会): proposed from events, accepted onto an agenda, deliberated, supervised, reviewed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import InvalidInput, NotFound
from graph.core.model import TOPIC_CATEGORIES
from graph.council.flow import FLOW, MACHINE, NEEDS_NOTE, OUTCOME
from graph.workflow import Actor, Change, StepResult, Target, run, text

PROPOSE_CONTEXT = """
MATCH (c:Community {id: $communityId})
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN a IS NOT NULL AS actorFound,
       [x IN $eventIds WHERE NOT EXISTS { MATCH (:Event {id: x})-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c) }]
         AS foreignEvents
"""

PROPOSE = """
MATCH (c:Community {id: $communityId}), (a:Person {id: $actorId})
CREATE (a)-[:PROPOSED]->(t:CouncilTopic {id: $id, title: $title, description: $description, category: $category,
                                         stage: $toStatus, proposedAt: datetime(), version: 1})
       -[:IN_COMMUNITY]->(c)
WITH t
CALL (t) { UNWIND $eventIds AS x MATCH (e:Event {id: x}) CREATE (t)-[:FROM_EVENT]->(e) }
RETURN t.id AS id
"""

# The blind write takes the topic's exclusive lock before anything is read; the version numbers its history. The
# actor is staff as an administrator, or as a grid worker (by token and by graph) of the topic's community; the
# meeting and the owner a step names are looked up too, for the rules to judge.
LOCK_TOPIC = """
MATCH (t:CouncilTopic {id: $topicId})
SET t._lock = true
REMOVE t._lock
SET t.version = coalesce(t.version, COUNT { (t)<-[:OF_TOPIC]-(:TopicStep) }) + 1
WITH t
OPTIONAL MATCH (t)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (m:CouncilMeeting {id: $meetingId})
RETURN t.id AS id, t.stage AS stage, coalesce(t.progress, 0) AS progress, c.id AS communityId,
       a IS NOT NULL AS actorFound,
       ($admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
                   AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c) })) AS isStaff,
       m IS NOT NULL AS meetingFound, EXISTS { (m)-[:IN_COMMUNITY]->(c) } AS meetingHere,
       EXISTS { MATCH (:Person {id: $ownerId}) } AS ownerFound
"""

# Locked after the merged topic; a cycle of two merges deadlocks, which the driver retries and the state refuses.
LOCK_TARGET = """
MATCH (x:CouncilTopic {id: $intoId})
SET x._lock = true
REMOVE x._lock
RETURN x.stage AS stage, EXISTS { (x)-[:IN_COMMUNITY]->(:Community {id: $communityId}) } AS sameCommunity
"""

# One write for every step: the new stage and what the step sets, the meeting that took it (which then discussed
# the topic), and the relationships a merge, a decision or a timeline entry adds.
APPLY = """
MATCH (t:CouncilTopic {id: $id})
SET t += $fields, t.stage = $toStatus
WITH t
CALL (t) { MATCH (m:CouncilMeeting {id: $meetingId}) MERGE (m)-[:DISCUSSED]->(t) }
CALL (t) {
  MATCH (x:CouncilTopic {id: $intoId})
  CREATE (t)-[:MERGED_INTO {at: datetime(), by: $actorId}]->(x)
  WITH t, x
  MATCH (t)-[:FROM_EVENT]->(e:Event)
  MERGE (x)-[:FROM_EVENT]->(e)
}
CALL (t) {
  MATCH (o:Person {id: $ownerId})
  CALL (t) { MATCH (t)-[r:OWNED_BY]->() DELETE r }
  CREATE (t)-[:OWNED_BY]->(o)
}
CALL (t) {
  WITH t WHERE $progressAt IS NOT NULL
  CREATE (t)-[:HAS_UPDATE]->(:TopicUpdate {id: t.id + '-u' + toString(t.version), at: $progressAt,
                                            progress: t.progress, note: $note})
}
RETURN t.id AS id
"""


def _today() -> date:
    return datetime.now(UTC).date()


async def propose_topic(
    graph: Graph,
    actor: Actor,
    community_id: str,
    title: str,
    category: str,
    description: str = "",
    event_ids: list[str] | None = None,
    key: str | None = None,
) -> StepResult:
    """A resident (the actor) proposes a topic, usually from events of the community (FROM_EVENT)."""
    title = text(title, "title", "a topic's title")
    if category not in TOPIC_CATEGORIES:
        raise InvalidInput(f"unknown topic category {category!r}: one of {', '.join(TOPIC_CATEGORIES)}", "category")
    events = sorted(set(event_ids or []))

    async def read(tx: Tx) -> Row:
        rows = await tx.run(PROPOSE_CONTEXT, communityId=community_id, actorId=actor.person_id, eventIds=events)
        if not rows:
            raise NotFound(f"no community {community_id!r}", "communityId")
        return rows[0]

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        if ctx["foreignEvents"]:
            raise NotFound(f"no event {', '.join(ctx['foreignEvents'])} in this community", "eventIds")
        return {"id": f"{community_id}-ct-{uuid.uuid4().hex[:12]}"}

    fields = {"communityId": community_id, "title": title, "description": description, "category": category}
    request = {"action": "proposeTopic", "communityId": community_id, "title": title, "eventIds": events}
    targets = tuple(Target(("Event",), e, "eventIds", f"no event {e} in this community") for e in events)
    change = Change(
        "propose", actor, read, PROPOSE, fields | {"eventIds": events}, rules, key, request, targets=targets
    )
    return await run(graph, FLOW, change)


@dataclass(frozen=True)
class TopicStep:
    """One step on a topic: the action, who takes it, at which meeting, the note, and its own parameters."""

    topic_id: str
    action: str
    actor: Actor
    key: str | None = None
    meeting_id: str | None = None
    note: str | None = None


# A step's own rules on the topic read under its lock; its further write parameters.
Check = Callable[[Row], Mapping[str, Any]]
# What a step writes besides the stage: the fields it sets and the nodes it links.
NOTHING: Mapping[str, Any] = {"fields": {}, "intoId": None, "ownerId": None, "progressAt": None}


async def step(
    graph: Graph, change: TopicStep, check: Check | None = None, into_id: str | None = None, **writes: Any
) -> StepResult:
    """Lock the topic (and the topic it merges into), check the stage and the step's rules, write, append history."""
    if change.action in NEEDS_NOTE:
        text(change.note, "note", f"a reason to {change.action}")

    async def read(tx: Tx) -> Row:
        names = {"meetingId": change.meeting_id, "ownerId": writes.get("ownerId")}
        params = {"topicId": change.topic_id} | names | change.actor.params()
        rows = await tx.run(LOCK_TOPIC, **params)
        if not rows:
            raise NotFound(f"no council topic {change.topic_id!r}", "topicId")
        topic = rows[0]
        target = await tx.run(LOCK_TARGET, intoId=into_id, communityId=topic["communityId"]) if into_id else []
        return topic | {"target": target[0] if target else None}

    def rules(topic: Row, to: str | None) -> Mapping[str, Any]:
        if change.meeting_id is not None:
            if not topic["meetingFound"]:
                raise NotFound(f"no council meeting {change.meeting_id!r}", "meetingId")
            if not topic["meetingHere"]:
                raise InvalidInput("the meeting is another community's", "meetingId")
        return check(topic) if check is not None else {}

    request = {"action": change.action, "topicId": change.topic_id, "meetingId": change.meeting_id}
    request |= {k: v for k, v in writes.items() if k != "fields"} | ({"intoId": into_id} if into_id else {})
    params = {**NOTHING, **writes, "intoId": into_id, "meetingId": change.meeting_id}
    return await run(
        graph,
        FLOW,
        Change(change.action, change.actor, read, APPLY, params, rules, change.key, request, change.note),
    )


async def accept(graph: Graph, change: TopicStep) -> StepResult:
    """Onto a meeting's agenda: that meeting discusses the topic."""
    if change.meeting_id is None:
        raise InvalidInput("accepting puts the topic on a meeting's agenda: name the meeting", "meetingId")
    return await step(graph, change)


async def reject(graph: Graph, change: TopicStep) -> StepResult:
    """Not a matter for the council; `note` is the reason, kept on the topic."""
    return await step(graph, change, fields={"rejectionReason": change.note})


async def merge(graph: Graph, change: TopicStep, into_id: str) -> StepResult:
    """Into another open topic of the community, which takes over the merged topic's events."""
    if into_id == change.topic_id:
        raise InvalidInput("a topic cannot be merged into itself", "intoTopicId")

    def check(topic: Row) -> Mapping[str, Any]:
        target = topic["target"]
        if target is None:
            raise NotFound(f"no council topic {into_id!r}", "intoTopicId")
        if MACHINE.is_terminal(target["stage"]):
            raise InvalidInput(f"cannot merge into a topic that is {target['stage']}", "intoTopicId")
        if not target["sameCommunity"]:
            raise InvalidInput("the topic is another community's", "intoTopicId")
        return {}

    return await step(graph, change, check, into_id)


async def deliberate(graph: Graph, change: TopicStep, decision: str, owner_id: str, deadline: date) -> StepResult:
    """The council's decision, the person who owns carrying it out, and by when."""
    decision = text(decision, "decision", "the decision")
    if deadline < _today():
        raise InvalidInput("the deadline lies in the past", "deadline")

    def check(topic: Row) -> Mapping[str, Any]:
        if not topic["ownerFound"]:
            raise NotFound(f"no person {owner_id!r}", "ownerId")
        return {"fields": {"decision": decision, "deadline": deadline, "progress": topic["progress"]}}

    return await step(graph, change, check, decision=decision, ownerId=owner_id, deadline=deadline)


async def supervise(graph: Graph, change: TopicStep, progress: int, at: date | None = None) -> StepResult:
    """A dated entry of the implementation timeline with the progress reached (0-100 %)."""
    if not 0 <= progress <= 100:
        raise InvalidInput("progress is a percentage, 0 to 100", "progress")
    when = at or _today()
    if when > _today():
        raise InvalidInput("a timeline entry records what happened: `at` lies in the future", "at")
    text(change.note, "note", "what was done")
    return await step(graph, change, fields={"progress": progress}, progressAt=when, progress=progress)


async def review(graph: Graph, change: TopicStep) -> StepResult:
    """solve: done for good (the implementation reached 100 %); reopen: back to deliberation, with the reason."""

    def check(topic: Row) -> Mapping[str, Any]:
        if change.action == "solve" and topic["progress"] < 100:
            raise InvalidInput(f"the implementation is at {topic['progress']}%, not done", "topicId")
        return {}

    outcome = OUTCOME[change.action]
    fields = {"outcome": outcome, "reviewedAt": datetime.now(UTC)}
    return await step(graph, change, check, fields=fields, outcome=outcome)
