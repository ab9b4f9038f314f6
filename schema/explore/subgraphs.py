"""Subgraphs to draw: nodes (personal data as the viewer may see it) and relationships, as graph libraries take them."""

from __future__ import annotations

import datetime
from typing import Any

import strawberry
from strawberry.scalars import JSON

from graph.core.model import ENTITIES
from graph.explore import ExploreEdge as EdgeRecord
from graph.explore import ExploreNode as NodeRecord
from graph.explore import Subgraph as SubgraphRecord
from schema.context import Info
from schema.privacy import json_props, shown
from schema.relay import Node, to_global_id


def _edge_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime.date | datetime.datetime) else v for k, v in props.items()}


@strawberry.type(description="A node to draw: global id, its entity label, a display name and what may be shown.")
class ExploreNode:
    record: strawberry.Private[NodeRecord]

    @strawberry.field(description="The node's global id (for node(id:), neighborhood(id:) and the edges).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id(self.record.label, self.record.id))

    @strawberry.field(description="The node's own id in the database (its `id` property).")
    def db_id(self) -> str:
        return self.record.id

    @strawberry.field(description="The node's entity type (Person, Wish, Grid, …): the one to style it by.")
    def label(self) -> str:
        return self.record.label

    @strawberry.field(description="All the node's labels in the graph, `label` among them.")
    def labels(self) -> list[str]:
        return list(self.record.labels)

    @strawberry.field(
        description="A display name: the name as the viewer may see it (masked, 王**, where not whole), else the "
        "title, else the database id."
    )
    def name(self, info: Info) -> str:
        r = self.record
        name = shown(r.label, r.id, r.props, "name", info.context.record_full_read)
        return str(name or r.props.get("title") or r.id)

    @strawberry.field(
        description="The node's properties as a JSON object (dates as ISO strings), personal data as the viewer may "
        "see it: masked or left out where not whole; bookkeeping left out."
    )
    def properties(self, info: Info) -> JSON:
        return JSON(json_props(self.record.label, self.record.id, self.record.props, info.context.record_full_read))

    @strawberry.field(
        description="The node as its own type (Person, Wish, …), typed fields beside `properties`; read as "
        "node(id:) reads it (batched per label), so null where the viewer may not read it."
    )
    async def node(self, info: Info) -> Node | None:
        label = self.record.label
        if label not in ENTITIES:
            return None
        return Node.of(await info.context.node_loader(label).load(self.record.id))


@strawberry.type(description="A relationship to draw, from source to target (node global ids).")
class ExploreEdge:
    id: str = strawberry.field(
        description="The relationship's id, unique within the answer (for graph libraries); not a global id."
    )
    type: str = strawberry.field(description="The relationship type, as in the graph (LIVES_IN, ADJACENT_TO, …).")
    source: strawberry.ID = strawberry.field(description="The global id of the node it starts from.")
    target: strawberry.ID = strawberry.field(description="The global id of the node it ends at.")
    properties: JSON = strawberry.field(description="The relationship's properties as a JSON object (dates ISO).")


def edge(e: EdgeRecord, labels: dict[str, str]) -> ExploreEdge:
    return ExploreEdge(
        id=e.id,
        type=e.type,
        source=strawberry.ID(to_global_id(labels[e.source], e.source)),
        target=strawberry.ID(to_global_id(labels[e.target], e.target)),
        properties=JSON(_edge_props(e.props)),
    )


@strawberry.type(description="Nodes and edges in the shape graph libraries draw; `truncated` when the limit cut it.")
class Subgraph:
    nodes: list[ExploreNode] = strawberry.field(description="The nodes, each once; the asked node among them.")
    edges: list[ExploreEdge] = strawberry.field(description="The relationships between the listed nodes.")
    truncated: bool = strawberry.field(description="True when `limit` cut nodes off; false for a path.")

    @staticmethod
    def of(sg: SubgraphRecord) -> Subgraph:
        labels = {n.id: n.label for n in sg.nodes}
        return Subgraph(
            nodes=[ExploreNode(record=n) for n in sg.nodes],
            edges=[edge(e, labels) for e in sg.edges],
            truncated=sg.truncated,
        )


@strawberry.type(description="A node the search found, and how well it matched.")
class SearchHit:
    node: ExploreNode = strawberry.field(description="The node found, as the viewer may see it.")
    score: float = strawberry.field(
        description="The full-text relevance (Lucene's score): higher is better, not bounded to 0–1; hits come best "
        "first."
    )
    label: str = strawberry.field(description="The entity label that matched.")
