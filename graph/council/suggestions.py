"""Suggested council topics: recurring events no topic covers yet, one category at one building (or grid)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.errors import InvalidInput, NotFound
from graph.core.records import NodeRecord

SCOPES = ("Community", "Grid")

SCOPE_FOUND = """
CALL () {
  MATCH (n:Community {id: $scopeId}) WHERE $scopeLabel = 'Community' RETURN n
  UNION
  MATCH (n:Grid {id: $scopeId}) WHERE $scopeLabel = 'Grid' RETURN n
}
RETURN n.id AS id
"""

# Events of one category at one place (a building, or a grid when $byBuilding is false) that no topic covers,
# among the events the viewer may see (`{visible_e}`): a cluster never names, nor counts, a hidden event.
SUGGEST = """
CALL () {{
  MATCH (:Community {{id: $scopeId}})<-[:IN_COMMUNITY]-(g:Grid) WHERE $scopeLabel = 'Community' RETURN g
  UNION
  MATCH (g:Grid {{id: $scopeId}}) WHERE $scopeLabel = 'Grid' RETURN g
}}
MATCH (g)<-[:IN_GRID]-(e:Event)
WHERE ($since IS NULL OR e.reportedAt >= $since) AND e.status <> 'INVALID'
  AND NOT EXISTS {{ (e)<-[:FROM_EVENT]-(:CouncilTopic) }} AND {visible_e}
OPTIONAL MATCH (e)-[:AT_BUILDING]->(b:Building)
WITH e, g, CASE WHEN $byBuilding THEN b END AS place
ORDER BY e.reportedAt DESC, e.id
WITH e.category AS category, g, place, collect(e {{.*}}) AS events
WHERE size(events) >= $minEvents
RETURN category, g {{.*}} AS grid, place {{.*}} AS building, events, size(events) AS size
ORDER BY size DESC, category, grid.id, building.id
LIMIT $limit
"""


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
    *,
    viewer: Viewer,
) -> list[Cluster]:
    """Clusters of the events `viewer` may see, of one category at one building (or grid) since `since`, biggest
    first."""
    if scope_label not in SCOPES:
        raise InvalidInput("scope must be a Community or a Grid", "scope")
    if min_events < 2:
        raise InvalidInput("a cluster needs at least 2 events", "minEvents")
    scope = {"scopeLabel": scope_label, "scopeId": scope_id}
    if not await graph.read(SCOPE_FOUND, **scope):
        raise NotFound(f"no {scope_label.lower()} {scope_id!r}", "scope")
    start = datetime(since.year, since.month, since.day, tzinfo=UTC) if since else None
    query = cast(LiteralString, SUGGEST.format(visible_e=scopes.visible("Event", "e", viewer)))
    rows = await graph.read(
        query, **scope, **scopes.params(viewer), since=start, minEvents=min_events, byBuilding=by_building, limit=limit
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
