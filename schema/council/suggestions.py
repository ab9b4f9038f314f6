"""Suggested council topics: recurring events of one place that no topic covers yet (for staff)."""

from __future__ import annotations

import datetime
import enum
from typing import Annotated

import strawberry

from graph import council
from graph.core.records import Rows
from schema.aggregates import Source
from schema.context import Info
from schema.entities.objects import Building, EventConnection, Grid
from schema.errors import user_error
from schema.matching import scope_of
from schema.pages import Connection, connection, held_page, window
from schema.permissions import STAFF, require
from schema.values import described

# How deep paging reaches into the clusters (each page re-reads the clusters before it).
SUGGESTION_DEPTH = 500
AFTER = "Read on after this cursor (a previous page's `pageInfo.endCursor`)."


@strawberry.type(description="Recurring events of one category at one building (or grid) that no topic covers yet.")
class TopicSuggestion:
    cluster: strawberry.Private[council.Cluster]

    @strawberry.field(description="The events' category code.")
    def category(self) -> str:
        return self.cluster.category

    @strawberry.field(description="The grid the events are in.")
    def grid(self) -> Grid:
        return Grid.of(self.cluster.grid)

    @strawberry.field(description="Null when the cluster is a whole grid's.")
    def building(self) -> Building | None:
        return Building.of(self.cluster.building)

    @strawberry.field(description="The cluster's events, most recent first.")
    def events(
        self,
        info: Info,
        first: Annotated[int | None, strawberry.argument(description="How many events.")] = 20,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> EventConnection:
        cursors = info.context.graph.cursors
        page = held_page(self.cluster.events, first, after, cursors, info.context.max_page_size)
        # Its aggregate is over the cluster's events (read scoped), checked again against the viewer's scope.
        rows = Rows("Event", {"id": {"in": [e.id for e in self.cluster.events]}})
        return EventConnection(page=page, source=Source(rows))

    @strawberry.field(description="How many events the cluster has (at least minEvents).")
    def size(self) -> int:
        return len(self.cluster.events)


@strawberry.enum(description="Where recurring events count as the same place.")
class ClusterLevel(enum.Enum):
    BUILDING = described("BUILDING", "Events at the same building cluster; those at no building cluster per grid.")
    GRID = described("GRID", "Events in the same grid cluster, whatever their building.")


@strawberry.type
class CouncilQuery:
    @strawberry.field(
        description="Recurring events no topic covers yet, biggest clusters first (administrators and grid workers), "
        "among the events the viewer may see."
    )
    async def suggested_topics(
        self,
        info: Info,
        scope: Annotated[
            strawberry.ID,
            strawberry.argument(description="The Community or Grid to look in (global or own id)."),
        ],
        since: Annotated[
            datetime.date | None,
            strawberry.argument(description="Only events reported on or after this day (UTC); null: all time."),
        ] = None,
        min_events: Annotated[
            int, strawberry.argument(description="The fewest events that make a cluster; at least 2.")
        ] = 3,
        group_by: Annotated[
            ClusterLevel, strawberry.argument(description="Whether events cluster by building or by grid.")
        ] = ClusterLevel.BUILDING,
        first: Annotated[int | None, strawberry.argument(description="How many clusters.")] = 20,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[TopicSuggestion]:
        require(info, *STAFF)
        label, scope_id = await scope_of(info, scope)
        cursors = info.context.graph.cursors
        at = window(cursors, f"topics:{label}:{scope_id}", first, after, info.context.max_page_size)
        if at.stop > SUGGESTION_DEPTH:
            raise user_error(f"suggestion pages reach the biggest {SUGGESTION_DEPTH} clusters", "after")
        # The clusters up to one past the page: the ones before it place the `after` cluster, the extra says more.
        found = await council.suggested_topics(
            info.context.graph,
            label,
            scope_id,
            since,
            min_events,
            group_by == ClusterLevel.BUILDING,
            at.stop + 1,
            viewer=info.context.viewer,
        )
        edges, page_info = connection(found, _cluster_id, _suggestion, at, cursors)
        return Connection[TopicSuggestion](edges=edges, page_info=page_info, total_count=None)


def _cluster_id(cluster: council.Cluster) -> str:
    return f"{cluster.category}:{cluster.grid.id}:{cluster.building.id if cluster.building else ''}"


def _suggestion(cluster: council.Cluster) -> TopicSuggestion:
    return TopicSuggestion(cluster=cluster)
