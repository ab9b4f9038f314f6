"""Suggested council topics: recurring events of one place that no topic covers yet (for staff)."""

from __future__ import annotations

import datetime
import enum

import strawberry

from graph import council
from schema.context import Info
from schema.entities.objects import Building, Event, Grid
from schema.matching import scope_of
from schema.permissions import STAFF, require


@strawberry.type(description="Recurring events of one category at one building (or grid) that no topic covers yet.")
class TopicSuggestion:
    cluster: strawberry.Private[council.Cluster]

    @strawberry.field(description="The events' category code.")
    def category(self) -> str:
        return self.cluster.category

    @strawberry.field
    def grid(self) -> Grid:
        return Grid.of(self.cluster.grid)

    @strawberry.field(description="Null when the cluster is a whole grid's.")
    def building(self) -> Building | None:
        return Building.of(self.cluster.building)

    @strawberry.field(description="Most recent first.")
    def events(self) -> list[Event]:
        return [Event.of(e) for e in self.cluster.events]

    @strawberry.field
    def size(self) -> int:
        return len(self.cluster.events)


@strawberry.enum(description="Where recurring events count as the same place.")
class ClusterLevel(enum.Enum):
    BUILDING = "BUILDING"
    GRID = "GRID"


@strawberry.type
class CouncilQuery:
    @strawberry.field(
        description="Recurring events no topic covers yet, biggest clusters first (administrators and grid workers), "
        "among the events the viewer may see."
    )
    async def suggested_topics(
        self,
        info: Info,
        scope: strawberry.ID,
        since: datetime.date | None = None,
        min_events: int = 3,
        group_by: ClusterLevel = ClusterLevel.BUILDING,
        first: int = 20,
    ) -> list[TopicSuggestion]:
        require(info, *STAFF)
        label, scope_id = await scope_of(info, scope)
        limit = max(1, min(first, info.context.max_page_size))
        found = await council.suggested_topics(
            info.context.graph,
            label,
            scope_id,
            since,
            min_events,
            group_by == ClusterLevel.BUILDING,
            limit,
            viewer=info.context.viewer,
        )
        return [TopicSuggestion(cluster=c) for c in found]
