"""A special group's service list, the community's service activities, and who attended them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Forbidden, InvalidInput, NotFound
from graph.core.model import ACTIVITY_KINDS, SERVICE_FREQUENCIES
from graph.services.casework import new_id, one_of
from graph.workflow import Actor, Change, Flow, Read, StepResult, Target, run

ITEMS = Flow("ServiceItem", "serviceItemId")
ACTIVITIES = Flow("ServiceActivity", "activityId")

# Where a service item, an activity or a community belongs, and whether the actor is staff there.
COMMUNITY_CONTEXT = """
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (c:Community {id: $communityId})
OPTIONAL MATCH (sg:SpecialGroup {id: $groupId})-[:IN_COMMUNITY]->(gc:Community)
OPTIONAL MATCH (i:ServiceItem {id: $itemId})-[:FOR_GROUP]->(:SpecialGroup)-[:IN_COMMUNITY]->(ic:Community)
OPTIONAL MATCH (sa:ServiceActivity {id: $activityId})-[:IN_COMMUNITY]->(ac:Community)
WITH a, c, sg, i, sa, coalesce(c.id, gc.id, ac.id) AS cid, ic.id AS itemCommunity
RETURN a IS NOT NULL AS actorFound, c IS NOT NULL AS communityFound, sg IS NOT NULL AS groupFound,
       i IS NOT NULL AS itemFound, sa IS NOT NULL AS activityFound, cid AS communityId, itemCommunity,
       $admin OR coalesce($gridWorker AND a:GridWorker
                          AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(:Community {id: cid}) }, false)
         AS isStaff,
       [pid IN $personIds WHERE NOT EXISTS { MATCH (:Person {id: pid}) }] AS unknownPeople
"""

CREATE_ITEM = """
MATCH (sg:SpecialGroup {id: $groupId})
CREATE (i:ServiceItem {id: $id, name: $name, frequency: $frequency, description: $description})-[:FOR_GROUP]->(sg)
RETURN i.id AS id
"""

CREATE_ACTIVITY = """
MATCH (c:Community {id: $communityId})
CREATE (a:ServiceActivity {id: $id, title: $title, kind: $kind, heldOn: $heldOn})-[:IN_COMMUNITY]->(c)
WITH a
CALL (a) { MATCH (i:ServiceItem {id: $itemId}) CREATE (a)-[:DELIVERS]->(i) }
RETURN a.id AS id
"""

# MERGE: recording someone twice leaves one attendance.
ADD_ATTENDANCE = """
MATCH (a:ServiceActivity {id: $activityId})
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})
OPTIONAL MATCH (p)-[old:ATTENDED]->(a)
MERGE (p)-[:ATTENDED]->(a)
RETURN a.id AS id, count(p) - count(old) AS added
"""


NAMED: dict[str, Any] = {"communityId": None, "groupId": None, "itemId": None, "activityId": None, "personIds": []}


def _community(actor: Actor, **ids: Any) -> Read:
    """Reads where the item, activity or community named belongs, and whether the actor is staff there."""

    async def read(tx: Tx) -> Row:
        return (await tx.run(COMMUNITY_CONTEXT, **(NAMED | ids), **actor.params()))[0]

    return read


def _staff_here(ctx: Row, what: str, **named: Any) -> None:
    ids = NAMED | named
    for name, found in (("communityId", "communityFound"), ("groupId", "groupFound"), ("activityId", "activityFound")):
        if ids[name] is not None and not ctx[found]:
            raise NotFound(f"no {name[:-2]} {ids[name]!r}", name)
    if ids["itemId"] is not None and ctx["itemCommunity"] != ctx["communityId"]:
        raise NotFound(f"no service item {ids['itemId']!r} in this community", "serviceItemId")
    if not ctx["isStaff"]:
        raise Forbidden(f"you may not {what}: only a grid worker of this community or an administrator may")
    if ctx["unknownPeople"]:
        raise NotFound(f"no person {', '.join(ctx['unknownPeople'])}", "personIds")


async def add_service_item(
    graph: Graph,
    actor: Actor,
    group_id: str,
    name: str,
    frequency: str,
    description: str,
    key: str | None = None,
) -> StepResult:
    """A service on a special group's service list."""
    if not name.strip():
        raise InvalidInput("a service item needs a name", "name")
    one_of(frequency, SERVICE_FREQUENCIES, "frequency")

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_here(ctx, "add a service item", groupId=group_id)
        return {"id": new_id(ctx["communityId"], "si")}

    params = {"groupId": group_id, "name": name.strip(), "frequency": frequency, "description": description}
    request = {"action": "addServiceItem", "groupId": group_id, "name": name.strip(), "frequency": frequency}
    read = _community(actor, groupId=group_id)
    return await run(graph, ITEMS, Change("addServiceItem", actor, read, CREATE_ITEM, params, rules, key, request))


async def record_activity(
    graph: Graph,
    actor: Actor,
    community_id: str,
    title: str,
    kind: str,
    held_on: date,
    service_item_id: str | None,
    key: str | None = None,
) -> StepResult:
    """A service activity of the community (a birthday party, a class, a campaign), optionally delivering an item."""
    if not title.strip():
        raise InvalidInput("an activity needs a title", "title")
    one_of(kind, ACTIVITY_KINDS, "kind")

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_here(ctx, "record a service activity", communityId=community_id, itemId=service_item_id)
        return {"id": new_id(community_id, "sa")}

    params = {"communityId": community_id, "title": title.strip(), "kind": kind, "heldOn": held_on}
    params |= {"itemId": service_item_id}
    request: dict[str, str | None] = {"action": "recordActivity", "communityId": community_id, "kind": kind}
    request |= {"title": title.strip(), "heldOn": held_on.isoformat(), "itemId": service_item_id}
    read = _community(actor, communityId=community_id, itemId=service_item_id)
    change = Change("recordActivity", actor, read, CREATE_ACTIVITY, params, rules, key, request)
    return await run(graph, ACTIVITIES, change)


async def record_attendance(
    graph: Graph,
    actor: Actor,
    activity_id: str,
    person_ids: list[str],
    key: str | None = None,
) -> StepResult:
    """Who attended an activity; people already recorded stay recorded once. `extra["added"]` counts the new ones."""
    people = sorted(set(person_ids))
    if not people:
        raise InvalidInput("name at least one person", "personIds")

    def rules(ctx: Row, to: str | None) -> Mapping[str, Any]:
        _staff_here(ctx, "record attendance of this activity", activityId=activity_id, personIds=people)
        return {}

    read = _community(actor, activityId=activity_id, personIds=people)
    request = {"action": "recordAttendance", "activityId": activity_id, "personIds": people}
    params = {"activityId": activity_id, "personIds": people}
    targets = tuple(Target(("Person",), p, "personIds", f"no person {p}") for p in people)
    change = Change("recordAttendance", actor, read, ADD_ATTENDANCE, params, rules, key, request, targets=targets)
    return await run(graph, ACTIVITIES, change)
