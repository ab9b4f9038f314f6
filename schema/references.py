"""The node behind a field that holds another node's id (`actorId` → `actor`): loaded with its siblings' through
the request's loaders (one query for every row of the response: per label, or one over several labels), as the viewer
may see it.

A hidden node and a missing one (the scheduled sweeps act as `system`, an administrator's account may be no person
of the graph) are both null, as node(id:) answers them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from graph.core.model import ENTITIES
from schema.context import Info
from schema.relay import Node, wrap

if TYPE_CHECKING:
    from schema.entities.objects import Person

LazyPerson = Annotated["Person", strawberry.lazy("schema.entities.objects")]

# Whom a step names, by the labels it may carry: a claimant (wishes), a handler or the original of a duplicate
# (events).
CLAIMANTS = ("Person", "PartyBranch", "Unit")
EVENT_SUBJECTS = ("Person", "Unit", "Department", "Event")


async def _node(info: Info, labels: tuple[str, ...], node_id: str | None) -> Any:
    """The first of `labels` holding a visible node of this id, wrapped; None when none does."""
    if not node_id:
        return None
    if len(labels) == 1:
        return wrap(await info.context.node_loader(labels[0]).load(node_id))
    found = await info.context.id_loader(labels).load(node_id)  # in the order of `labels`
    return wrap(found[0] if found else None)


async def actor(root: Node, info: Info) -> LazyPerson | None:
    """History entries: the person who took the step."""
    found: Person | None = await _node(info, ("Person",), root.record.get("actorId"))
    return found


async def claimant(root: Node, info: Info) -> Node | None:
    """A wish's history entry: the person, party branch or unit the step named (claimed, released, declined)."""
    found: Node | None = await _node(info, CLAIMANTS, root.record.get("subjectId"))
    return found


async def event_subject(root: Node, info: Info) -> Node | None:
    """An event's history entry: the handler assigned (person, unit, department) or the event it duplicates."""
    found: Node | None = await _node(info, EVENT_SUBJECTS, root.record.get("subjectId"))
    return found


async def audit_viewer(root: Node, info: Info) -> LazyPerson | None:
    """An audit entry: the person who read."""
    found: Person | None = await _node(info, ("Person",), root.record.get("viewerId"))
    return found


async def audit_subject(root: Node, info: Info) -> Node | None:
    """An audit entry: the node whose data was read, of the label the entry names."""
    label = root.record.get("subjectLabel")
    found: Node | None = await _node(info, (label,), root.record.get("subjectId")) if label in ENTITIES else None
    return found


async def by_id(info: Info, label: str, node_id: str | None) -> Any:
    """A node of one label by its graph id, for the hand-written types that carry one (plans, statistics)."""
    return await _node(info, (label,), node_id)
