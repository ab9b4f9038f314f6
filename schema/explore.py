"""Exploration for front ends: search, neighbourhoods, paths and nearby resources, as nodes and edges to draw."""

from __future__ import annotations

import datetime
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON

from graph import explore
from graph.core.records import NodeRecord as EntityRecord
from graph.explore import ExploreEdge as EdgeRecord
from graph.explore import ExploreNode as NodeRecord
from graph.explore import Subgraph as SubgraphRecord
from schema.context import Info
from schema.errors import user_error
from schema.filters import ENUMS
from schema.node import from_global_id, own_id, to_global_id, wrap
from schema.privacy import json_props, shown

MAX_HITS = 50
MAX_PATHS = 10
ResourceType = Annotated["Resource", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
UnitType = Annotated["Unit", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
GridType = Annotated["Grid", strawberry.lazy("schema.nodes")]  # type: ignore[name-defined]  # noqa: F821
ResourceKind = ENUMS[("Resource", "kind")]


def _edge_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime.date | datetime.datetime) else v for k, v in props.items()}


@strawberry.type(description="A node to draw: global id, its entity label, a display name and what may be shown.")
class ExploreNode:
    record: strawberry.Private[NodeRecord]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id(self.record.label, self.record.id))

    @strawberry.field
    def db_id(self) -> str:
        return self.record.id

    @strawberry.field
    def label(self) -> str:
        return self.record.label

    @strawberry.field
    def labels(self) -> list[str]:
        return list(self.record.labels)

    @strawberry.field
    def name(self, info: Info) -> str:
        r = self.record
        name = shown(r.label, r.id, r.props, "name", info.context.record_full_read)
        return str(name or r.props.get("title") or r.id)

    @strawberry.field
    def properties(self, info: Info) -> JSON:
        return JSON(json_props(self.record.label, self.record.id, self.record.props, info.context.record_full_read))


@strawberry.type(description="A relationship to draw, from source to target (node global ids).")
class ExploreEdge:
    id: str
    type: str
    source: strawberry.ID
    target: strawberry.ID
    properties: JSON


def _edge(e: EdgeRecord, labels: dict[str, str]) -> ExploreEdge:
    return ExploreEdge(
        id=e.id,
        type=e.type,
        source=strawberry.ID(to_global_id(labels[e.source], e.source)),
        target=strawberry.ID(to_global_id(labels[e.target], e.target)),
        properties=JSON(_edge_props(e.props)),
    )


@strawberry.type(description="Nodes and edges in the shape graph libraries draw; `truncated` when the limit cut it.")
class Subgraph:
    nodes: list[ExploreNode]
    edges: list[ExploreEdge]
    truncated: bool

    @staticmethod
    def of(sg: SubgraphRecord) -> Subgraph:
        labels = {n.id: n.label for n in sg.nodes}
        return Subgraph(
            nodes=[ExploreNode(record=n) for n in sg.nodes],
            edges=[_edge(e, labels) for e in sg.edges],
            truncated=sg.truncated,
        )


@strawberry.type
class SearchHit:
    node: ExploreNode
    score: float
    label: str = strawberry.field(description="The entity label that matched.")


@strawberry.type
class NearResource:
    record: strawberry.Private[explore.NearResource]

    @strawberry.field
    def resource(self) -> ResourceType:
        return wrap(EntityRecord("Resource", self.record.resource.id, self.record.resource.props))

    @strawberry.field
    def unit(self) -> UnitType:
        return wrap(EntityRecord("Unit", self.record.unit.id, self.record.unit.props))

    @strawberry.field
    def grid(self) -> GridType:
        return wrap(EntityRecord("Grid", self.record.grid.id, self.record.grid.props))

    @strawberry.field(description="Grid steps from the asked grid (0: the same grid); null when not connected.")
    def hops(self) -> int | None:
        return self.record.hops


@strawberry.type(description="Resources ordered by grid distance, and the graph that shows where they are.")
class ResourcesNear:
    items: list[NearResource]
    nodes: list[ExploreNode]
    edges: list[ExploreEdge]


def _near_graph(found: list[explore.NearResource]) -> tuple[list[ExploreNode], list[ExploreEdge]]:
    nodes: dict[str, NodeRecord] = {}
    edges: dict[str, EdgeRecord] = {}
    for item in found:
        for n in (item.resource, item.unit, item.grid):
            nodes[n.id] = n
        for grid_id in item.route:
            nodes.setdefault(grid_id, NodeRecord("Grid", grid_id, ("Grid",), {"id": grid_id}))
        for a, b in zip(item.route, item.route[1:], strict=False):
            edges[f"ADJACENT_TO:{a}:{b}"] = EdgeRecord(f"ADJACENT_TO:{a}:{b}", "ADJACENT_TO", a, b, {})
        located = f"LOCATED_IN:{item.resource.id}:{item.grid.id}"
        edges[located] = EdgeRecord(located, "LOCATED_IN", item.resource.id, item.grid.id, {})
        offers = f"OFFERS:{item.unit.id}:{item.resource.id}"
        edges[offers] = EdgeRecord(offers, "OFFERS", item.unit.id, item.resource.id, {})
    labels = {n.id: n.label for n in nodes.values()}
    return [ExploreNode(record=n) for n in nodes.values()], [_edge(e, labels) for e in edges.values()]


def _node_ref(value: str, argument: str) -> tuple[str, str]:
    decoded = from_global_id(value)
    if decoded is None:
        raise user_error(f"`{argument}` must be a global id (from `id` of any node)", argument)
    return decoded


@strawberry.type
class ExploreQuery:
    @strawberry.field(
        description="Full-text search over names, titles and descriptions (Chinese by any 2+ characters)."
    )
    async def search(self, info: Info, text: str, labels: list[str] | None = None, first: int = 10) -> list[SearchHit]:
        if not 1 <= first <= MAX_HITS:
            raise user_error(f"`first` must be between 1 and {MAX_HITS}", "first")
        hits = await explore.search(info.context.graph, text, labels, first, viewer=info.context.viewer)
        return [SearchHit(node=ExploreNode(record=h.node), score=h.score, label=h.node.label) for h in hits]

    @strawberry.field(description="A node and what lies within `depth` (≤ 3) relationships; at most `limit` nodes.")
    async def neighborhood(
        self,
        info: Info,
        id: strawberry.ID,
        depth: int = 1,
        relationship_types: list[str] | None = None,
        labels: list[str] | None = None,
        limit: int = 50,
    ) -> Subgraph | None:
        label, node_id = _node_ref(id, "id")
        found = await explore.neighborhood(
            info.context.graph, label, node_id, depth, relationship_types, labels, limit, viewer=info.context.viewer
        )
        return Subgraph.of(found) if found else None

    @strawberry.field(description="Shortest paths between two nodes: how is this member connected to this family?")
    async def paths(
        self, info: Info, from_id: strawberry.ID, to_id: strawberry.ID, max_length: int = 6, first: int = 3
    ) -> list[Subgraph]:
        if not 1 <= first <= MAX_PATHS:
            raise user_error(f"`first` must be between 1 and {MAX_PATHS}", "first")
        a, b = _node_ref(from_id, "fromId"), _node_ref(to_id, "toId")
        found = await explore.paths(
            info.context.graph, a[0], a[1], b[0], b[1], max_length, first, viewer=info.context.viewer
        )
        return [Subgraph.of(p) for p in found]

    @strawberry.field(description="Venues and resources of co-building units, nearest grid first.")
    async def resources_near(
        self,
        info: Info,
        grid_id: strawberry.ID,
        kind: ResourceKind | None = None,  # type: ignore[valid-type]
    ) -> ResourcesNear:
        grid = own_id(grid_id, ("Grid",), "gridId")
        found = await explore.resources_near(info.context.graph, grid, kind.value if kind else None)  # type: ignore[attr-defined]
        nodes, edges = _near_graph(found)
        return ResourcesNear(items=[NearResource(record=r) for r in found], nodes=nodes, edges=edges)
