"""Coverage gaps: special-group members nobody visited or served lately, with the grid workers to send."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.errors import InvalidInput
from graph.core.records import NodeRecord

SCOPES = ("Community", "Grid")
MAX_GAPS = 100

# Special-group members with no visit to them or their household and no attended activity in [since, asOf].
# A visit to anyone of the household counts: the grid worker sees the whole family at the door.
# Membership of a special group is crossed only with full access to the person (`{full_p}`, graph/access/scopes.py):
# a viewer's gaps, and their total, are computed over the members they may see whole, and no one else.
COVERAGE_GAPS = """
MATCH (p:Person)-[:IN_SPECIAL_GROUP]->(sg:SpecialGroup)
WHERE {full_p}
WITH p, collect(DISTINCT sg.kind) AS groups, collect(DISTINCT sg) AS sgs
OPTIONAL MATCH (p)-[:IN_HOUSEHOLD]->(h:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)
WITH p, groups, sgs, head(collect(h)) AS h, head(collect(g)) AS g
WHERE $scopeLabel IS NULL
   OR ($scopeLabel = 'Grid' AND g.id = $scopeId)
   OR ($scopeLabel = 'Community' AND any(s IN sgs WHERE EXISTS {{ (s)-[:IN_COMMUNITY]->(:Community {{id: $scopeId}}) }}))
WITH p, groups, h, g,
     COLLECT {{ MATCH (p)<-[:TO]-(v:HomeVisit) WHERE v.visitedOn <= $asOf RETURN v.visitedOn }} +
     COLLECT {{ MATCH (h)<-[:IN_HOUSEHOLD]-(:Person)<-[:TO]-(v:HomeVisit) WHERE v.visitedOn <= $asOf RETURN v.visitedOn }}
       AS visits,
     COLLECT {{ MATCH (p)-[:ATTENDED]->(a:ServiceActivity) WHERE a.heldOn <= $asOf RETURN a.heldOn }} AS served
WITH p, groups, h, g,
     reduce(m = null, d IN visits | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastVisit,
     reduce(m = null, d IN served | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastService
WITH p, groups, h, g, lastVisit, lastService,
     reduce(m = null, d IN [x IN [lastVisit, lastService] WHERE x IS NOT NULL] |
            CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastContact
WHERE lastContact IS NULL OR lastContact < $since
// Never reached first, then the longest without contact: the order a grid worker should knock on doors.
ORDER BY lastContact IS NOT NULL, lastContact, p.id
WITH collect({{p: p, groups: groups, h: h, g: g, lastVisit: lastVisit, lastService: lastService}}) AS gaps
UNWIND ([null] + gaps[$offset..$offset + $first]) AS row
WITH size(gaps) AS total, row.p AS p, row.groups AS groups, row.h AS h, row.g AS g, row.lastVisit AS lastVisit,
     row.lastService AS lastService
RETURN total, {person} AS person, groups, {household} AS household, g {{.*}} AS grid, lastVisit, lastService,
       COLLECT {{ MATCH (w:GridWorker)-[:WORKS_GRID]->(g)
                 RETURN {worker} ORDER BY CASE w.gridRole WHEN 'FULL_TIME' THEN 0 ELSE 1 END, w.id }} AS workers
"""


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


def _record(label: str, props: dict[str, Any] | None) -> NodeRecord | None:
    return NodeRecord(label, props["id"], props) if props else None


async def coverage_gaps(
    graph: Graph,
    days: int,
    as_of: date,
    scope: tuple[str, str] | None = None,
    first: int = 50,
    offset: int = 0,
    *,
    viewer: Viewer,
) -> CoverageGaps:
    """Members with no home visit (to them or their household) and no attended activity in the `days` up to `as_of`,
    among the members `viewer` has full access to (a grid worker: the people of the grids they work).

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
    query = COVERAGE_GAPS.format(
        full_p=scopes.full("Person", "p", viewer),
        person=scopes.projection("Person", "p", viewer),
        household=scopes.projection("Household", "h", viewer),
        worker=scopes.projection("Person", "w", viewer),
    )
    rows = await graph.read(
        cast(LiteralString, query),
        **scopes.params(viewer),
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
