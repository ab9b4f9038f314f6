"""Relationship exploration: full-text search, neighbourhoods, shortest paths and resources near a grid."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph, Row
from graph.core.errors import InvalidInput
from graph.core.migrations import FULLTEXT_INDEX
from graph.core.model import ENTITIES, RELATIONSHIP_TYPES

MAX_DEPTH = 3
MAX_NODES = 200
MAX_PATH_LENGTH = 8
# Never shown in exploration: internal bookkeeping.
HIDDEN = frozenset({"version", "_lock"})

# Hits the viewer may not see, or whose name it sees masked, are dropped: a search must not confirm a name.
SEARCH = """
CALL db.index.fulltext.queryNodes($index, $terms) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)) AND {visible} AND {named}
RETURN {projection} AS props, labels(node) AS labels, score
ORDER BY score DESC, node.id LIMIT $first
"""

# A single Chinese character is no bigram, so the CJK index cannot find it: those queries scan names.
SEARCH_SHORT = """
CALL () {{ {branches} }}
RETURN {projection} AS props, labels(node) AS labels, 1.0 AS score
ORDER BY node.id LIMIT $first
"""
SEARCH_SHORT_BRANCH = (
    "MATCH (node:{label}) WHERE (node.name CONTAINS $text OR node.title CONTAINS $text) AND {visible} AND {named} "
    "RETURN node LIMIT $first"
)

# Every node on a walk must be visible to the viewer, and a sensitive relationship (special group, attendance)
# is crossed only with full access to its person (always its start node): `{visible_x}` and `{full_s}` are the
# viewer's conditions over the list variables x and s.
WALK_ALLOWED = (
    "all(x IN nodes(p) WHERE {visible_x}) AND "
    "all(s IN [r IN relationships(p) WHERE type(r) IN $sensitive | startNode(r)] WHERE {full_s})"
)

NEIGHBORHOOD = """
MATCH (start:{label} {{id: $id}}) WHERE {visible_start}
CALL (start) {{
  MATCH p = (start)-[rels*1..{depth}]-(n)
  WHERE n <> start
    AND ($types IS NULL OR all(r IN rels WHERE type(r) IN $types))
    AND ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
    AND {allowed}
  WITH DISTINCT n LIMIT $probe
  RETURN collect(n) AS found
}}
WITH start, found[..$limit] AS kept, size(found) > $limit AS truncated
WITH [start] + kept AS members, truncated
CALL (members) {{
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members AND ($types IS NULL OR type(r) IN $types) AND (NOT type(r) IN $sensitive OR {full_a})
  RETURN collect(DISTINCT {{id: elementId(r), type: type(r), source: a.id, target: b.id, props: properties(r)}}) AS edges
}}
RETURN [m IN members | {{id: m.id, labels: labels(m), props: {projection_m}}}] AS nodes, edges, truncated
"""

# The shortest paths among those the viewer may walk: the condition is on every step of the quantified pattern, so
# Neo4j checks it while it searches (a breadth-first search that never enters a hidden node nor crosses a sensitive
# relationship without full access). Filtering the shortest paths afterwards answered `[]` exactly when the
# shortest path was hidden, e.g. when a person is a member of the special group asked about.
PATHS = """
MATCH (a:{from_label} {{id: $fromId}}), (b:{to_label} {{id: $toId}})
WHERE {visible_a} AND {visible_b}
MATCH p = ALL SHORTEST (a) ((x)-[r]-(y) WHERE {step}){{1,{max_length}}} (b)
WITH p LIMIT $first
RETURN [n IN nodes(p) | {{id: n.id, labels: labels(n), props: {projection_n}}}] AS nodes,
       [r IN relationships(p) | {{id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id,
                                  props: properties(r)}}] AS edges
"""
# One step of a walk: into a node the viewer may see, across a sensitive relationship only with full access to both
# ends (only its person's can be false: every other label counts as full).
STEP_ALLOWED = "{visible_y} AND (NOT type(r) IN $sensitive OR ({full_x} AND {full_y}))"

RESOURCES_NEAR = """
MATCH (g:Grid {id: $gridId})-[:IN_COMMUNITY]->(c:Community)
MATCH (c)<-[:IN_COMMUNITY]-(rg:Grid)<-[:LOCATED_IN]-(res:Resource)<-[:OFFERS]-(u:Unit)
WHERE $kind IS NULL OR res.kind = $kind
OPTIONAL MATCH route = shortestPath((g)-[:ADJACENT_TO*0..12]-(rg))
WITH res, u, rg, route, CASE WHEN route IS NULL THEN null ELSE length(route) END AS hops
ORDER BY hops IS NULL, hops, res.name, res.id
RETURN res {.*} AS resource, u {.*} AS unit, rg {.*} AS grid, hops,
       CASE WHEN route IS NULL THEN [] ELSE [n IN nodes(route) | n {.*}] END AS route
"""


@dataclass(frozen=True)
class ExploreNode:
    label: str
    id: str
    labels: tuple[str, ...]
    props: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class ExploreEdge:
    id: str
    type: str
    source: str
    target: str
    props: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class Subgraph:
    nodes: tuple[ExploreNode, ...]
    edges: tuple[ExploreEdge, ...]
    truncated: bool = False


@dataclass(frozen=True)
class Hit:
    node: ExploreNode
    score: float


@dataclass(frozen=True)
class NearResource:
    resource: ExploreNode
    unit: ExploreNode
    grid: ExploreNode
    hops: int | None
    route: tuple[str, ...]  # grid ids from the asked grid to the resource's


def _label(labels: Sequence[str]) -> str:
    return next((label for label in labels if label in ENTITIES), labels[0] if labels else "")


def _node(row: Row) -> ExploreNode:
    labels = tuple(row["labels"])
    props = {k: v for k, v in row["props"].items() if k not in HIDDEN}  # `_full`/`_named` stay for the schema
    return ExploreNode(_label(labels), props["id"], labels, props)


def _edge(row: Row) -> ExploreEdge:
    return ExploreEdge(row["id"], row["type"], row["source"], row["target"], dict(row["props"]))


def _check_labels(labels: Sequence[str] | None, argument: str) -> list[str] | None:
    if labels is None:
        return None
    unknown = sorted(set(labels) - set(ENTITIES))
    if unknown:
        raise InvalidInput(f"`{argument}` has unknown labels: {', '.join(unknown)}", argument)
    return list(labels)


def _walk_allowed(viewer: Viewer) -> str:
    if viewer.admin:
        return "true"
    return WALK_ALLOWED.format(visible_x=scopes.any_visible("x", viewer), full_s=scopes.any_full("s", viewer))


def _step_allowed(viewer: Viewer) -> str:
    if viewer.admin:
        return "true"
    return STEP_ALLOWED.format(
        visible_y=scopes.any_visible("y", viewer),
        full_x=scopes.any_full("x", viewer),
        full_y=scopes.any_full("y", viewer),
    )


def _lucene(text: str) -> str:
    """The user's words as Lucene terms, every operator character escaped and the operator words (AND, OR, NOT)
    lower-cased: the analyser lower-cases terms anyway, so they are searched as the words they are."""
    escaped = re.sub(r'([+\-!(){}\[\]^"~*?:\\/&|])', r"\\\1", text.strip())
    return re.sub(r"\b(AND|OR|NOT)\b", lambda m: m.group(1).lower(), escaped)


async def search(graph: Graph, text: str, labels: Sequence[str] | None, first: int, *, viewer: Viewer) -> list[Hit]:
    if not text.strip():
        raise InvalidInput("`text` is empty", "text")
    allowed = _check_labels(labels, "labels")
    searchable = [label for label, e in ENTITIES.items() if e.fulltext]
    seen = {
        "visible": scopes.any_visible("node", viewer),
        "named": scopes.any_named("node", viewer),
        "projection": scopes.any_projection("node", viewer),
    }
    if len(text.strip()) == 1:
        branches = " UNION ".join(
            SEARCH_SHORT_BRANCH.format(label=label, visible=seen["visible"], named=seen["named"])
            for label in allowed or searchable
        )
        query = SEARCH_SHORT.format(branches=branches, projection=seen["projection"])
        rows = await graph.read(cast(LiteralString, query), text=text.strip(), first=first, **scopes.params(viewer))
    else:
        rows = await graph.read(
            cast(LiteralString, SEARCH.format(**seen)),
            index=FULLTEXT_INDEX,
            terms=_lucene(text),
            labels=allowed,
            first=first,
            **scopes.params(viewer),
        )
    return [Hit(_node(r), float(r["score"])) for r in rows]


async def neighborhood(
    graph: Graph,
    label: str,
    node_id: str,
    depth: int,
    relationship_types: Sequence[str] | None,
    labels: Sequence[str] | None,
    limit: int,
    *,
    viewer: Viewer,
) -> Subgraph | None:
    if not 1 <= depth <= MAX_DEPTH:
        raise InvalidInput(f"`depth` must be between 1 and {MAX_DEPTH}", "depth")
    if not 1 <= limit <= MAX_NODES:
        raise InvalidInput(f"`limit` must be between 1 and {MAX_NODES}", "limit")
    if relationship_types is not None and set(relationship_types) - RELATIONSHIP_TYPES:
        unknown = ", ".join(sorted(set(relationship_types) - RELATIONSHIP_TYPES))
        raise InvalidInput(f"`relationshipTypes` has unknown types: {unknown}", "relationshipTypes")
    query = NEIGHBORHOOD.format(
        label=label,
        depth=depth,
        visible_start=scopes.visible(label, "start", viewer),
        allowed=_walk_allowed(viewer),
        full_a=scopes.any_full("a", viewer),
        projection_m=scopes.any_projection("m", viewer),
    )
    rows = await graph.read(
        cast(LiteralString, query),
        sensitive=sorted(scopes.SENSITIVE_RELS),
        **scopes.params(viewer),
        id=node_id,
        types=list(relationship_types) if relationship_types is not None else None,
        labels=_check_labels(labels, "labels"),
        limit=limit,
        probe=limit + 1,
    )
    if not rows:
        return None
    row = rows[0]
    return Subgraph(tuple(_node(n) for n in row["nodes"]), tuple(_edge(e) for e in row["edges"]), row["truncated"])


async def paths(
    graph: Graph,
    from_label: str,
    from_id: str,
    to_label: str,
    to_id: str,
    max_length: int,
    first: int,
    *,
    viewer: Viewer,
) -> list[Subgraph]:
    if not 1 <= max_length <= MAX_PATH_LENGTH:
        raise InvalidInput(f"`maxLength` must be between 1 and {MAX_PATH_LENGTH}", "maxLength")
    query = PATHS.format(
        from_label=from_label,
        to_label=to_label,
        max_length=max_length,
        visible_a=scopes.visible(from_label, "a", viewer),
        visible_b=scopes.visible(to_label, "b", viewer),
        step=_step_allowed(viewer),
        projection_n=scopes.any_projection("n", viewer),
    )
    rows = await graph.read(
        cast(LiteralString, query),
        fromId=from_id,
        toId=to_id,
        first=first,
        sensitive=sorted(scopes.SENSITIVE_RELS),
        **scopes.params(viewer),
    )
    return [Subgraph(tuple(_node(n) for n in r["nodes"]), tuple(_edge(e) for e in r["edges"])) for r in rows]


async def resources_near(graph: Graph, grid_id: str, kind: str | None) -> list[NearResource]:
    rows = await graph.read(RESOURCES_NEAR, gridId=grid_id, kind=kind)
    return [
        NearResource(
            ExploreNode("Resource", r["resource"]["id"], ("Resource",), r["resource"]),
            ExploreNode("Unit", r["unit"]["id"], ("Unit",), r["unit"]),
            ExploreNode("Grid", r["grid"]["id"], ("Grid",), r["grid"]),
            r["hops"],
            tuple(g["id"] for g in r["route"]),
        )
        for r in rows
    ]
