"""Special groups: service lists, needs lists, home visits, activity attendance, and who has gone without contact.

What these records say about a person is sensitive (PIPL Art. 28): nothing here logs it, error messages name
ids only, and idempotency keys store a digest of the free text instead of the text.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.model import ACTIVITY_KINDS, NEED_SOURCES, NEED_STATUSES, SERVICE_FREQUENCIES
from graph.core.records import NodeRecord
from graph.reads import nodes
from graph.services import cypher as q
from graph.workflow.idempotency import once
from graph.workflow.steps import GRAPH, Authority, actor_found

SCOPES = ("Community", "Grid")
MAX_GAPS = 100


@dataclass(frozen=True)
class CoverageGap:
    """A special-group member nobody visited or served in the window, with the grid workers to send."""

    person: NodeRecord
    groups: tuple[str, ...]
    household: NodeRecord | None
    grid: NodeRecord | None
    workers: tuple[NodeRecord, ...]
    last_visited_on: date | None
    last_served_on: date | None


@dataclass(frozen=True)
class CoverageGaps:
    total: int
    gaps: tuple[CoverageGap, ...]


@dataclass(frozen=True)
class Recorded:
    """The node a mutation wrote (or, on a replayed idempotency key, wrote the first time)."""

    node: NodeRecord
    replayed: bool
    added: int = 0


def _record(label: str, props: dict[str, Any] | None) -> NodeRecord | None:
    return NodeRecord(label, props["id"], props) if props else None


async def coverage_gaps(
    graph: Graph, days: int, as_of: date, scope: tuple[str, str] | None = None, first: int = 50, offset: int = 0
) -> CoverageGaps:
    """Members with no home visit (to them or their household) and no attended activity in the `days` up to `as_of`.

    Never-contacted members come first, then the longest without contact; `first`/`offset` page the list.
    """
    if days < 1:
        raise InvalidInput("days must be at least 1", "days")
    if not 0 <= first <= MAX_GAPS:
        raise InvalidInput(f"first must be between 0 and {MAX_GAPS}", "first")
    if offset < 0:
        raise InvalidInput("offset must not be negative", "offset")
    if scope is not None and scope[0] not in SCOPES:
        raise InvalidInput("scope must be a Community or a Grid", "scope")
    rows = await graph.read(
        q.COVERAGE_GAPS,
        scopeLabel=scope[0] if scope else None,
        scopeId=scope[1] if scope else None,
        asOf=as_of,
        since=as_of - timedelta(days=days - 1),
        first=first,
        offset=offset,
    )
    gaps = tuple(
        CoverageGap(
            person=NodeRecord("Person", r["person"]["id"], r["person"]),
            groups=tuple(sorted(r["groups"])),
            household=_record("Household", r["household"]),
            grid=_record("Grid", r["grid"]),
            workers=tuple(NodeRecord("Person", w["id"], w) for w in r["workers"]),
            last_visited_on=r["lastVisit"],
            last_served_on=r["lastService"],
        )
        for r in rows
        if r["person"] is not None
    )
    return CoverageGaps(rows[0]["total"] if rows else 0, gaps)


def _digest(text: str | None) -> str | None:
    return hashlib.sha256(text.encode()).hexdigest() if text else None


def _new_id(community_id: str | None, kind: str) -> str:
    prefix = f"{community_id}-" if community_id else ""
    return f"{prefix}{kind}-{uuid.uuid4().hex[:12]}"


def _one_of(value: str, allowed: tuple[str, ...], argument: str) -> None:
    if value not in allowed:
        raise InvalidInput(f"{argument} must be one of {', '.join(allowed)}", argument)


async def _person_context(
    tx: Tx, person_id: str, actor_id: str, authority: Authority, what: str, worker_id: str | None = None
) -> Row:
    params = authority.params()
    ctx = (await tx.run(q.PERSON_CONTEXT, personId=person_id, actorId=actor_id, workerId=worker_id, **params))[0]
    actor_found(ctx)
    if not ctx["personFound"]:
        raise NotFound(f"no person {person_id!r}", "personId")
    if not ctx["isStaff"]:
        raise Forbidden(f"you may not {what}: only a grid worker of their community or an administrator may")
    return ctx


async def _community_context(tx: Tx, actor_id: str, authority: Authority, what: str, **ids: Any) -> Row:
    params = {"communityId": None, "groupId": None, "itemId": None, "activityId": None, "personIds": []} | ids
    ctx = (await tx.run(q.COMMUNITY_CONTEXT, actorId=actor_id, **params, **authority.params()))[0]
    actor_found(ctx)
    for name, found in (("communityId", "communityFound"), ("groupId", "groupFound"), ("activityId", "activityFound")):
        if params[name] is not None and not ctx[found]:
            raise NotFound(f"no {name[:-2]} {params[name]!r}", name)
    if params["itemId"] is not None and ctx["itemCommunity"] != ctx["communityId"]:
        raise NotFound(f"no service item {params['itemId']!r} in this community", "serviceItemId")
    if not ctx["isStaff"]:
        raise Forbidden(f"you may not {what}: only a grid worker of this community or an administrator may")
    if ctx["unknownPeople"]:
        raise NotFound(f"no person {', '.join(ctx['unknownPeople'])}", "personIds")
    return ctx


async def _recorded(graph: Graph, label: str, result: dict[str, Any], replayed: bool) -> Recorded:
    found = (await nodes.by_ids(graph, label, [result["id"]])).get(result["id"])
    if found is None:
        raise NotFound(f"the {label} of this idempotencyKey no longer exists", "idempotencyKey")
    return Recorded(found, replayed, result.get("added", 0))


async def record_need(
    graph: Graph,
    *,
    person_id: str,
    description: str,
    source: str,
    actor_id: str,
    key: str | None = None,
    authority: Authority = GRAPH,
) -> Recorded:
    """An OPEN need on a resident's needs list, as heard on a home visit, in a WeChat group or on patrol."""
    if not description.strip():
        raise InvalidInput("a need needs a description", "description")
    _one_of(source, NEED_SOURCES, "source")

    async def work(tx: Tx) -> dict[str, Any]:
        ctx = await _person_context(tx, person_id, actor_id, authority, "record a need of this person")
        need_id = _new_id(ctx["communityId"], "nd")
        await tx.run(
            q.CREATE_NEED, personId=person_id, id=need_id, description=description.strip(), source=source, status="OPEN"
        )
        return {"id": need_id}

    request = {"action": "recordNeed", "personId": person_id, "source": source, "text": _digest(description)}
    return await _recorded(graph, "Need", *await once(graph, key, request, work))


async def set_need_status(
    graph: Graph, *, need_id: str, status: str, actor_id: str, key: str | None = None, authority: Authority = GRAPH
) -> Recorded:
    """Mark a need MET or CLOSED (or OPEN again)."""
    _one_of(status, NEED_STATUSES, "status")

    async def work(tx: Tx) -> dict[str, Any]:
        rows = await tx.run(q.NEED_PERSON, needId=need_id)
        if not rows:
            raise NotFound(f"no need {need_id!r}", "needId")
        await _person_context(tx, rows[0]["personId"], actor_id, authority, "change the status of this need")
        await tx.run(q.SET_NEED_STATUS, needId=need_id, status=status)
        return {"id": need_id}

    request = {"action": "setNeedStatus", "needId": need_id, "status": status}
    return await _recorded(graph, "Need", *await once(graph, key, request, work))


async def record_home_visit(
    graph: Graph,
    *,
    person_id: str,
    worker_id: str | None,
    visited_on: date,
    notes: str,
    actor_id: str,
    today: date,
    key: str | None = None,
    authority: Authority = GRAPH,
) -> Recorded:
    """A grid worker's visit to a resident at home (the worker defaults to the actor)."""
    if visited_on > today:
        raise InvalidInput("visitedOn lies in the future", "visitedOn")
    worker = worker_id or actor_id

    async def work(tx: Tx) -> dict[str, Any]:
        ctx = await _person_context(tx, person_id, actor_id, authority, "record a home visit to this person", worker)
        if not ctx["workerFound"]:
            raise NotFound(f"no person {worker!r}", "workerId")
        if not ctx["workerIsStaff"]:
            raise InvalidInput(f"{worker} is not a grid worker of this person's community", "workerId")
        visit_id = _new_id(ctx["communityId"], "hv")
        await tx.run(
            q.CREATE_VISIT, personId=person_id, workerId=worker, id=visit_id, visitedOn=visited_on, notes=notes
        )
        return {"id": visit_id}

    request = {"action": "recordHomeVisit", "personId": person_id, "workerId": worker, "on": visited_on.isoformat()}
    return await _recorded(graph, "HomeVisit", *await once(graph, key, request | {"notes": _digest(notes)}, work))


async def add_service_item(
    graph: Graph,
    *,
    group_id: str,
    name: str,
    frequency: str,
    description: str,
    actor_id: str,
    key: str | None = None,
    authority: Authority = GRAPH,
) -> Recorded:
    """A service on a special group's service list."""
    if not name.strip():
        raise InvalidInput("a service item needs a name", "name")
    _one_of(frequency, SERVICE_FREQUENCIES, "frequency")

    async def work(tx: Tx) -> dict[str, Any]:
        ctx = await _community_context(tx, actor_id, authority, "add a service item", groupId=group_id)
        item_id = _new_id(ctx["communityId"], "si")
        params = {"name": name.strip(), "frequency": frequency, "description": description}
        await tx.run(q.CREATE_ITEM, groupId=group_id, id=item_id, **params)
        return {"id": item_id}

    request = {"action": "addServiceItem", "groupId": group_id, "name": name.strip(), "frequency": frequency}
    return await _recorded(graph, "ServiceItem", *await once(graph, key, request, work))


async def record_activity(
    graph: Graph,
    *,
    community_id: str,
    title: str,
    kind: str,
    held_on: date,
    service_item_id: str | None,
    actor_id: str,
    key: str | None = None,
    authority: Authority = GRAPH,
) -> Recorded:
    """A service activity of the community (a birthday party, a class, a campaign), optionally delivering an item."""
    if not title.strip():
        raise InvalidInput("an activity needs a title", "title")
    _one_of(kind, ACTIVITY_KINDS, "kind")

    async def work(tx: Tx) -> dict[str, Any]:
        what = "record a service activity"
        await _community_context(tx, actor_id, authority, what, communityId=community_id, itemId=service_item_id)
        activity_id = _new_id(community_id, "sa")
        params = {"title": title.strip(), "kind": kind, "heldOn": held_on, "itemId": service_item_id}
        await tx.run(q.CREATE_ACTIVITY, communityId=community_id, id=activity_id, **params)
        return {"id": activity_id}

    request: dict[str, Any] = {
        "action": "recordActivity",
        "communityId": community_id,
        "title": title.strip(),
        "kind": kind,
    }
    request |= {"heldOn": held_on.isoformat(), "itemId": service_item_id}
    return await _recorded(graph, "ServiceActivity", *await once(graph, key, request, work))


async def record_attendance(
    graph: Graph,
    *,
    activity_id: str,
    person_ids: list[str],
    actor_id: str,
    key: str | None = None,
    authority: Authority = GRAPH,
) -> Recorded:
    """Who attended an activity; people already recorded stay recorded once. `added` counts the new ones."""
    people = sorted(set(person_ids))
    if not people:
        raise InvalidInput("name at least one person", "personIds")

    async def work(tx: Tx) -> dict[str, Any]:
        what = "record attendance of this activity"
        await _community_context(tx, actor_id, authority, what, activityId=activity_id, personIds=people)
        row = (await tx.run(q.ADD_ATTENDANCE, activityId=activity_id, personIds=people))[0]
        return {"id": activity_id, "added": row["recorded"] - row["already"]}

    request = {"action": "recordAttendance", "activityId": activity_id, "personIds": people}
    return await _recorded(graph, "ServiceActivity", *await once(graph, key, request, work))
