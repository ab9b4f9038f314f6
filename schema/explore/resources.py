"""Resources near a grid: venues and resources of co-building units, nearest first, with the graph that places them."""

from __future__ import annotations

import strawberry

from graph import explore
from graph.core.records import NodeRecord as EntityRecord
from graph.explore import ExploreEdge as EdgeRecord
from graph.explore import ExploreNode as NodeRecord
from schema.entities.objects import Grid, Resource, Unit
from schema.explore.subgraphs import ExploreEdge, ExploreNode, edge


@strawberry.type(description="A co-building unit's venue or resource, where it is and how far.")
class NearResource:
    record: strawberry.Private[explore.NearResource]

    @strawberry.field(description="The venue or resource.")
    def resource(self) -> Resource:
        return Resource.of(EntityRecord("Resource", self.record.resource.id, self.record.resource.props))

    @strawberry.field(description="The co-building unit that offers it.")
    def unit(self) -> Unit:
        return Unit.of(EntityRecord("Unit", self.record.unit.id, self.record.unit.props))

    @strawberry.field(description="The grid it is located in.")
    def grid(self) -> Grid:
        return Grid.of(EntityRecord("Grid", self.record.grid.id, self.record.grid.props))

    @strawberry.field(description="Grid steps from the asked grid (0: the same grid); null when not connected.")
    def hops(self) -> int | None:
        return self.record.hops


@strawberry.type(description="Resources ordered by grid distance, and the graph that shows where they are.")
class ResourcesNear:
    items: list[NearResource] = strawberry.field(
        description="The community's resources, nearest grid first (unconnected grids last), then by name."
    )
    nodes: list[ExploreNode] = strawberry.field(description="The resources, units and grids on the routes, each once.")
    edges: list[ExploreEdge] = strawberry.field(
        description="OFFERS (unit → resource), LOCATED_IN (resource → grid) and the ADJACENT_TO steps of each route."
    )


def near_graph(found: list[explore.NearResource]) -> tuple[list[ExploreNode], list[ExploreEdge]]:
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
    return [ExploreNode(record=n) for n in nodes.values()], [edge(e, labels) for e in edges.values()]
