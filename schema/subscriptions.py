"""Subscriptions: wish and event status changes, each delivered only to subscribers who may read that wish or event."""

from __future__ import annotations

import datetime
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Annotated, Any

import strawberry
from graphql import GraphQLError

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.records import NodeRecord, PageArgs
from graph.reads import nodes
from graph.workflow import Kind, StatusChange
from schema.context import Info
from schema.entities.enums import EventStatus, EventStepAction, WishStatus, WishTransitionAction
from schema.entities.objects import Event, Wish
from schema.errors import SERVICE_UNAVAILABLE, UNAUTHENTICATED
from schema.relay import own_id

WHO_RECEIVES = (
    "Delivered only when the subscriber may read the {thing} at that moment, under the same rules as the "
    "`{list}` query: administrators every {thing}; grid workers those in the grids they work; {extra}"
    "everyone their own ({own}). Nothing is sent for the others, not even that a change happened."
)
WISH_RULES = WHO_RECEIVES.format(
    thing="wish",
    list="wishes",
    extra="party members, volunteers and unit contacts also every PUBLISHED wish (so a wish moving away from "
    "PUBLISHED is seen only by those who still may read it), unit contacts their unit's claims, party members "
    "their branch's claims; ",
    own="made, claimed or fulfilled by them",
)
EVENT_RULES = WHO_RECEIVES.format(
    thing="event",
    list="events",
    extra="",
    own="reported by them, or assigned to them or their unit",
)


@strawberry.type(description="A wish's status changed: the step, the status before and after, and the wish now.")
class WishStatusChange:
    change: strawberry.Private[StatusChange]
    record: strawberry.Private[NodeRecord]

    @strawberry.field(description="The wish as the subscriber may read it, after the change.")
    def wish(self) -> Wish:
        return Wish.of(self.record)

    @strawberry.field(description="The lifecycle step, e.g. CLAIM, START, FULFIL.")
    def action(self) -> WishTransitionAction:
        return WishTransitionAction(self.change.action)

    @strawberry.field(description="Null when the wish was created.")
    def from_status(self) -> WishStatus | None:
        return None if self.change.from_status is None else WishStatus(self.change.from_status)

    @strawberry.field(description="The wish's status after the change.")
    def to_status(self) -> WishStatus:
        return WishStatus(self.change.to_status)

    @strawberry.field(description="When the change was made (the history entry's time).")
    def at(self) -> datetime.datetime:
        return datetime.datetime.fromisoformat(self.change.at)


@strawberry.type(description="An event's status changed: the step, the status before and after, and the event now.")
class EventStatusChange:
    change: strawberry.Private[StatusChange]
    record: strawberry.Private[NodeRecord]

    @strawberry.field(description="The event as the subscriber may read it, after the change.")
    def event(self) -> Event:
        return Event.of(self.record)

    @strawberry.field(description="The lifecycle step, e.g. VERIFY, ASSIGN, RESOLVE.")
    def action(self) -> EventStepAction:
        return EventStepAction(self.change.action)

    @strawberry.field(description="Null when the event was reported.")
    def from_status(self) -> EventStatus | None:
        return None if self.change.from_status is None else EventStatus(self.change.from_status)

    @strawberry.field(description="The event's status after the change.")
    def to_status(self) -> EventStatus:
        return EventStatus(self.change.to_status)

    @strawberry.field(description="When the change was made (the history entry's time).")
    def at(self) -> datetime.datetime:
        return datetime.datetime.fromisoformat(self.change.at)


def _token(viewer: Viewer) -> Viewer:
    """What the token says (person, roles, unit, purpose), without what the graph said about the person then."""
    return Viewer(person_id=viewer.person_id, roles=viewer.roles, unit_id=viewer.unit_id, purpose=viewer.purpose)


async def _visible(
    info: Info, kind: Kind, subject_id: str | None, grid_id: str | None
) -> AsyncIterator[tuple[StatusChange, NodeRecord]]:
    """The changes of `kind` whose wish or event the viewer may read (and that match the filters), in order.

    Each batch of changes is read in one scoped query through the same path as the `wishes`/`events` lists,
    fresh (never from a loader's cache), for the subscriber as the graph says now (grids worked, households,
    branches re-read): what the subscriber receives is what a query would show them now.
    """
    context = info.context
    if context.viewer.anonymous:
        raise GraphQLError("sign in to subscribe", extensions={"code": UNAUTHENTICATED})
    if context.broker is None:
        raise GraphQLError("subscriptions are not available", extensions={"code": SERVICE_UNAVAILABLE})
    async with context.broker.subscribe(kind) as batches:
        async for batch in batches:
            wanted = [c for c in batch if subject_id is None or c.id == subject_id]
            if not wanted:
                continue
            # A connection lives for hours: who the viewer is in the graph is re-read for every batch, and the
            # delivered node's nested fields are read by loaders for that viewer, with no cache kept.
            context.viewer = await scopes.resolve(context.graph, _token(context.viewer))
            context.forget_loaders()
            ids = sorted({c.id for c in wanted})
            where: dict[str, Any] = {"id": {"in": ids}}
            if grid_id is not None:
                where["grid"] = {"some": {"id": {"eq": grid_id}}}
            page = await nodes.page(context.graph, kind, PageArgs(first=len(ids)), where, viewer=context.viewer)
            seen = {edge.node.id: edge.node for edge in page.edges}
            for change in wanted:
                if change.id in seen:
                    yield change, seen[change.id]


@strawberry.type(description="Live status changes over graphql-transport-ws, filtered by what the subscriber may read.")
class Subscription:
    @strawberry.subscription(description="Wish status changes (graphql-transport-ws). " + WISH_RULES)
    async def wish_status_changed(
        self,
        info: Info,
        wish_id: Annotated[
            strawberry.ID | None, strawberry.argument(description="Only changes of this wish (global or own id).")
        ] = None,
        grid_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only changes of wishs in this grid (global or own id)."),
        ] = None,
    ) -> AsyncGenerator[WishStatusChange, None]:
        wish = own_id(wish_id, ("Wish",), "wishId") if wish_id else None
        grid = own_id(grid_id, ("Grid",), "gridId") if grid_id else None
        async for change, record in _visible(info, "Wish", wish, grid):
            yield WishStatusChange(change=change, record=record)

    @strawberry.subscription(description="Event status changes (graphql-transport-ws). " + EVENT_RULES)
    async def event_status_changed(
        self,
        info: Info,
        event_id: Annotated[
            strawberry.ID | None, strawberry.argument(description="Only changes of this event (global or own id).")
        ] = None,
        grid_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only changes of events in this grid (global or own id)."),
        ] = None,
    ) -> AsyncGenerator[EventStatusChange, None]:
        event = own_id(event_id, ("Event",), "eventId") if event_id else None
        grid = own_id(grid_id, ("Grid",), "gridId") if grid_id else None
        async for change, record in _visible(info, "Event", event, grid):
            yield EventStatusChange(change=change, record=record)
