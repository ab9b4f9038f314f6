"""What a community's registers hold now: one read per sheet, rows keyed by the sheet's row key, as exports show them.

Each query has one `{visible}` slot for the viewer's scope on the row's main node (graph/access/scopes.py; "true"
for an import, which an administrator runs) and returns `_id` (the main node's id) beside the sheet's columns.
Person rows also carry `_full`/`_named`: how much of their personal data the viewer may see.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.registers.sheets import BY_KEY

# Everything of a community has an id under its prefix ('<community id>-'), seeds and imports alike. A community
# node without a name is one an import's lock has just made: not yet a row of the register.
_PERSON = "{full} AS _full, {named} AS _named"
QUERIES: dict[str, str] = {
    "community": """
MATCH (n:Community {{id: $cid}}) WHERE n.name IS NOT NULL AND {visible}
RETURN n.id AS _id, n.id AS id, n.name AS name, n.city AS city, n.district AS district, n.subdistrict AS subdistrict
""",
    "grids": """
MATCH (n:Grid) WHERE n.id STARTS WITH $prefix AND {visible}
RETURN n.id AS _id, n.code AS code, n.name AS name, n.kind AS kind ORDER BY n.code
""",
    "buildings": """
MATCH (n:Building) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:IN_GRID]->(g:Grid)
RETURN n.id AS _id, n.name AS name, n.address AS address, n.floors AS floors, g.code AS grid ORDER BY n.name
""",
    "households": """
MATCH (n:Household)-[:IN_BUILDING]->(b:Building) WHERE n.id STARTS WITH $prefix AND {visible}
RETURN n.id AS _id, b.name AS building, n.room AS room, n.name AS name, {household} ORDER BY b.name, n.room
""",
    "skills": """
MATCH (n:Skill) WHERE n.id STARTS WITH $prefix AND {visible}
RETURN n.id AS _id, n.name AS name, n.category AS category ORDER BY n.name
""",
    "residents": """
MATCH (n:Person) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:IN_HOUSEHOLD]->(h:Household)-[:IN_BUILDING]->(b:Building)
RETURN n.id AS _id, n.name AS name, n.gender AS gender, n.idNumber AS idNumber, n.birthDate AS birthDate,
       n.phone AS phone, b.name AS building, h.room AS room, [(n)-[:HAS_SKILL]->(s:Skill) | s.name] AS skills, {person}
ORDER BY n.idNumber
""",
    "branches": """
MATCH (n:PartyBranch) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:UNDER]->(pc:PartyCommittee)
RETURN n.id AS _id, n.name AS name, pc.name AS committee, pc.id AS _committee ORDER BY n.name
""",
    "members": """
MATCH (n:PartyMember) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:MEMBER_OF]->(br:PartyBranch)
RETURN n.id AS _id, n.idNumber AS idNumber, n.name AS name, br.name AS branch, n.partyStatus AS partyStatus,
       n.joinedPartyOn AS joinedPartyOn, n.reportedOn AS reportedOn, n.capacity AS capacity, {person}
ORDER BY n.idNumber
""",
    "workers": """
MATCH (n:GridWorker) WHERE n.id STARTS WITH $prefix AND {visible}
RETURN n.id AS _id, n.idNumber AS idNumber, n.name AS name, [(n)-[:WORKS_GRID]->(g:Grid) | g.code] AS grids,
       n.gridRole AS gridRole, {person}
ORDER BY n.idNumber
""",
    "groups": """
MATCH (n:Person)-[:IN_SPECIAL_GROUP]->(sg:SpecialGroup) WHERE n.id STARTS WITH $prefix AND {visible} AND {full}
RETURN n.id AS _id, n.idNumber AS idNumber, n.name AS name, sg.kind AS kind, {person} ORDER BY n.idNumber, sg.kind
""",
    "units": """
MATCH (n:Unit) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:LOCATED_IN]->(g:Grid)
OPTIONAL MATCH (n)-[:SIGNED]->(a:Agreement)
RETURN n.id AS _id, n.name AS name, n.kind AS kind, n.address AS address, g.code AS grid, a.title AS agreement,
       a.signedOn AS signedOn, a.jointCreations AS jointCreations, a.collaborations AS collaborations, a.id AS _agreement
ORDER BY n.name
""",
    "resources": """
MATCH (u:Unit)-[:OFFERS]->(n:Resource) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:LOCATED_IN]->(g:Grid)
RETURN n.id AS _id, n.name AS name, u.name AS unit, n.kind AS kind, n.description AS description,
       n.capacity AS capacity, g.code AS grid ORDER BY u.name, n.name
""",
    "needs": """
MATCH (p:Person)-[:HAS_NEED]->(n:Need) WHERE n.id STARTS WITH $prefix AND {visible}
RETURN n.id AS _id, p.id AS _person, p.idNumber AS idNumber, p.name AS name, n.description AS description, n.source AS source,
       n.status AS status, date(n.recordedAt) AS recordedAt, {needer} ORDER BY p.idNumber, n.description
""",
    "wishes": """
MATCH (r:Person)-[:MADE]->(n:Wish) WHERE n.id STARTS WITH $prefix AND {visible}
OPTIONAL MATCH (n)-[:IN_GRID]->(g:Grid)
RETURN n.id AS _id, r.id AS _person, n.title AS title, r.idNumber AS requester, n.description AS description, n.category AS category,
       n.urgency AS urgency, n.headCount AS headCount, g.code AS grid,
       [(n)-[:REQUIRES]->(s:Skill) | s.name] AS skills, n.status AS status,
       collect {{ MATCH (x)-[:CLAIMED|FULFILLED]->(n) RETURN DISTINCT CASE WHEN x:Person THEN x.idNumber ELSE x.name END
                 AS who ORDER BY who }} AS claimant,
       date(n.createdAt) AS createdAt, n.deadline AS deadline, date(n.fulfilledAt) AS fulfilledAt, {requester}
ORDER BY r.idNumber, n.title
""",
}


def _flags(var: str, viewer: Viewer, label: str = "Person") -> str:
    return _PERSON.format(full=scopes.full(label, var, viewer), named=scopes.named(label, var, viewer))


def query(sheet: str, viewer: Viewer) -> LiteralString:
    """The sheet's read with the viewer's scope written in (conditions from the policy's allow-list only)."""
    label = BY_KEY[sheet].label
    text = QUERIES[sheet].format(
        visible=scopes.visible(label, "n", viewer),
        full=scopes.full("Person", "n", viewer),
        person=_flags("n", viewer),
        household=_flags("n", viewer, "Household"),
        needer=_flags("p", viewer),
        requester=_flags("r", viewer),
    )
    return cast(LiteralString, text)


@dataclass(frozen=True)
class Snapshot:
    """Each sheet's rows as the graph holds them: row key → the row (column key → stored value, with `_id`)."""

    community_id: str
    sheets: Mapping[str, Mapping[tuple[str, ...], Mapping[str, Any]]]


def key_of(sheet: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(row.get(column) or "") for column in BY_KEY[sheet].row_key)


# A query runner: Graph.read outside a transaction, Tx.run inside the import's.
Run = Callable[..., Awaitable[list[dict[str, Any]]]]


async def _read(run: Run, community_id: str, sheet: str, viewer: Viewer) -> list[dict[str, Any]]:
    return await run(query(sheet, viewer), cid=community_id, prefix=f"{community_id}-", **scopes.params(viewer))


async def rows(graph: Graph, community_id: str, sheet: str, viewer: Viewer) -> list[dict[str, Any]]:
    """One sheet's rows as `viewer` may see them (personal values whole; the caller masks by `_full`/`_named`)."""
    return await _read(graph.read, community_id, sheet, viewer)


async def snapshot(run: Run, community_id: str, sheets: list[str], viewer: Viewer) -> Snapshot:
    """What `sheets` hold now as `viewer` sees them (an import: an administrator, inside its transaction)."""
    found: dict[str, dict[tuple[str, ...], Mapping[str, Any]]] = {}
    for sheet in sheets:
        found[sheet] = {key_of(sheet, row): row for row in await _read(run, community_id, sheet, viewer)}
    return Snapshot(community_id, found)
