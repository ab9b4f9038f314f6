"""The residents' council (居民议事会): monthly meetings, and topics through propose, deliberate, supervise, review."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, LiteralString

from graph.core.db import Graph, Row, Tx
from graph.core.errors import InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.council import cypher as q
from graph.council import states as sm
from graph.workflow.steps import GRAPH, Authority, StepResult, actor_checked, actor_found, run_step, text

LABELS = ("CouncilTopic", "TopicStep")
SCOPES = tuple(q.SUGGEST)

Check = Callable[[Tx, Row], Awaitable[None]]


def _today() -> date:
    return datetime.now(UTC).date()


async def propose_topic(
    graph: Graph,
    *,
    community_id: str,
    title: str,
    category: str,
    actor_id: str,
    description: str = "",
    event_ids: list[str] | None = None,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> StepResult:
    """A resident (the actor) proposes a topic, usually from events of the community (FROM_EVENT)."""
    title = text(title, "title", "a topic's title")
    category = text(category, "category", "a topic's category")
    events = sorted(set(event_ids or []))

    async def work(tx: Tx) -> Row:
        rows = await tx.run(
            q.COMMUNITY_CONTEXT, communityId=community_id, actorId=actor_id, eventIds=events, **authority.params()
        )
        if not rows:
            raise NotFound(f"no community {community_id!r}", "communityId")
        ctx = rows[0]
        actor_found(ctx)
        if ctx["foreignEvents"]:
            raise NotFound(f"no event {', '.join(ctx['foreignEvents'])} in this community", "eventIds")
        found = await tx.run(
            q.PROPOSE,
            communityId=community_id,
            topicId=f"{community_id}-ct-{uuid.uuid4().hex[:12]}",
            title=title,
            description=description,
            category=category,
            eventIds=events,
            meetingId=None,
            action="propose",
            fromStage=None,
            toStage="PROPOSED",
            actorId=actor_id,
            note=None,
        )
        return found[0]

    request = {"action": "proposeTopic", "communityId": community_id, "title": title, "eventIds": events}
    return await run_step(graph, idempotency_key, request, work, q.FETCH_TOPIC, LABELS)


@dataclass(frozen=True)
class TopicStep:
    """One step on a topic: the action, who takes it, at which meeting, the note, and its own parameters."""

    topic_id: str
    action: str
    actor_id: str
    key: str | None = None
    meeting_id: str | None = None
    note: str | None = None
    authority: Authority = GRAPH


async def step(
    graph: Graph, change: TopicStep, query: LiteralString, check: Check | None = None, **params: Any
) -> StepResult:
    """Lock the topic, check the stage (and `check`) on what the lock reads, write the step and its history."""
    if change.action in sm.NEEDS_NOTE:
        text(change.note, "note", f"a reason to {change.action}")

    async def work(tx: Tx) -> Row:
        rows = await tx.run(q.LOCK_TOPIC, topicId=change.topic_id, actorId=change.actor_id, **change.authority.params())
        if not rows:
            raise NotFound(f"no council topic {change.topic_id!r}", "topicId")
        topic = rows[0]
        actor_checked(topic, f"{change.action} this council topic")
        if not sm.can(change.action, topic["stage"]):
            raise InvalidInput(sm.refusal(change.action, topic["stage"]), "topicId")
        if change.meeting_id is not None:
            found = await tx.run(q.MEETING_OF, meetingId=change.meeting_id, communityId=topic["communityId"])
            if not found:
                raise NotFound(f"no council meeting {change.meeting_id!r}", "meetingId")
            if not found[0]["sameCommunity"]:
                raise InvalidInput("the meeting is another community's", "meetingId")
        if check is not None:
            await check(tx, topic)
        done = await tx.run(
            query,
            topicId=change.topic_id,
            meetingId=change.meeting_id,
            action=change.action,
            fromStage=topic["stage"],
            toStage=sm.target(change.action),
            actorId=change.actor_id,
            note=change.note,
            **params,
        )
        return done[0]

    request = {"action": change.action, "topicId": change.topic_id, "meetingId": change.meeting_id} | params
    return await run_step(graph, change.key, request, work, q.FETCH_TOPIC, LABELS)


async def accept(graph: Graph, change: TopicStep) -> StepResult:
    """Onto a meeting's agenda: that meeting discusses the topic."""
    if change.meeting_id is None:
        raise InvalidInput("accepting puts the topic on a meeting's agenda: name the meeting", "meetingId")
    return await step(graph, change, q.ACCEPT)


async def reject(graph: Graph, change: TopicStep) -> StepResult:
    """Not a matter for the council; `note` is the reason, kept on the topic."""
    return await step(graph, change, q.REJECT)


async def merge(graph: Graph, change: TopicStep, into_id: str) -> StepResult:
    """Into another open topic of the community, which takes over the merged topic's events."""
    if into_id == change.topic_id:
        raise InvalidInput("a topic cannot be merged into itself", "intoTopicId")

    async def check(tx: Tx, topic: Row) -> None:
        rows = await tx.run(q.LOCK_TARGET, intoId=into_id, communityId=topic["communityId"])
        if not rows:
            raise NotFound(f"no council topic {into_id!r}", "intoTopicId")
        if sm.is_terminal(rows[0]["stage"]):
            raise InvalidInput(f"cannot merge into a topic that is {rows[0]['stage']}", "intoTopicId")
        if not rows[0]["sameCommunity"]:
            raise InvalidInput("the topic is another community's", "intoTopicId")

    return await step(graph, change, q.MERGE_INTO, check, intoId=into_id)


async def deliberate(graph: Graph, change: TopicStep, decision: str, owner_id: str, deadline: date) -> StepResult:
    """The council's decision, the person who owns carrying it out, and by when."""
    decision = text(decision, "decision", "the decision")
    if deadline < _today():
        raise InvalidInput("the deadline lies in the past", "deadline")

    async def check(tx: Tx, topic: Row) -> None:
        if not await tx.run(q.PERSON_FOUND, ownerId=owner_id):
            raise NotFound(f"no person {owner_id!r}", "ownerId")

    return await step(graph, change, q.DELIBERATE, check, decision=decision, ownerId=owner_id, deadline=deadline)


async def supervise(graph: Graph, change: TopicStep, progress: int, at: date | None = None) -> StepResult:
    """A dated entry of the implementation timeline with the progress reached (0-100 %)."""
    if not 0 <= progress <= 100:
        raise InvalidInput("progress is a percentage, 0 to 100", "progress")
    when = at or _today()
    if when > _today():
        raise InvalidInput("a timeline entry records what happened: `at` lies in the future", "at")
    text(change.note, "note", "what was done")
    return await step(graph, change, q.SUPERVISE, at=when, progress=progress)


async def review(graph: Graph, change: TopicStep) -> StepResult:
    """solve: done for good (the implementation reached 100 %); reopen: back to deliberation, with the reason."""

    async def check(tx: Tx, topic: Row) -> None:
        if change.action == "solve" and topic["progress"] < 100:
            raise InvalidInput(f"the implementation is at {topic['progress']}%, not done", "topicId")

    return await step(graph, change, q.REVIEW, check, outcome=sm.OUTCOME[change.action])


@dataclass(frozen=True)
class Cluster:
    """Recurring events no topic covers yet: one category at one building (or grid)."""

    category: str
    grid: NodeRecord
    building: NodeRecord | None
    events: list[NodeRecord]


async def suggested_topics(
    graph: Graph,
    scope_label: str,
    scope_id: str,
    since: date | None = None,
    min_events: int = 3,
    by_building: bool = True,
    limit: int = 50,
) -> list[Cluster]:
    """Clusters of events of one category at one building (or grid) since `since`, biggest first."""
    if scope_label not in SCOPES:
        raise InvalidInput("scope must be a Community or a Grid", "scope")
    if min_events < 2:
        raise InvalidInput("a cluster needs at least 2 events", "minEvents")
    if not await graph.read(q.SCOPE_FOUND[scope_label], scopeId=scope_id):
        raise NotFound(f"no {scope_label.lower()} {scope_id!r}", "scope")
    start = datetime(since.year, since.month, since.day, tzinfo=UTC) if since else None
    rows = await graph.read(
        q.SUGGEST[scope_label],
        scopeId=scope_id,
        since=start,
        minEvents=min_events,
        byBuilding=by_building,
        limit=limit,
    )
    return [
        Cluster(
            r["category"],
            NodeRecord("Grid", r["grid"]["id"], r["grid"]),
            NodeRecord("Building", r["building"]["id"], r["building"]) if r["building"] else None,
            [NodeRecord("Event", e["id"], e) for e in r["events"]],
        )
        for r in rows
    ]
