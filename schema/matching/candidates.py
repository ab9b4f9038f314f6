"""A wish's candidates and a helper's suggested wishes: who may fulfil what, with the score's factors and paths."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import strawberry

from graph.access.masks import mask_name
from graph.access.viewer import UNIT_CONTACT, Viewer
from graph.matching import Candidate as CandidateRecord
from graph.matching import Factor as FactorRecord
from graph.matching import GraphPath as PathRecord
from schema.context import Info
from schema.pages import Connection, connection, window
from schema.permissions import STAFF, require
from schema.relay import Node, to_global_id, wrap
from schema.values import described

if TYPE_CHECKING:
    from schema.entities.objects import Wish

# The generated Wish type has this module's fields (candidates), so it is resolved lazily, at schema build.
WishType = Annotated["Wish", strawberry.lazy("schema.entities.objects")]
MAX_CANDIDATES = 100
FIRST = f"How many to read, 0 to {MAX_CANDIDATES}."
AFTER = "Read on after this cursor (a previous page's `pageInfo.endCursor`)."


@strawberry.enum(description="What kind of helper a candidate is.")
class HelperKind(enum.Enum):
    PERSON = described("Person", "A person: party member, volunteer or grid worker.")
    UNIT = described("Unit", "A co-building unit (共建单位), acting through its contact.")


@strawberry.type(description="One term of a score: contribution = weight × value; the contributions add up to it.")
class Factor:
    name: str = strawberry.field(
        description="The factor: skill, distance, capacity, trackRecord, continuity, urgency or fairness."
    )
    value: float = strawberry.field(description="How well the pair does on this factor, between 0 and 1.")
    weight: float = strawberry.field(description="The factor's fixed weight; the weights add up to 1.")
    contribution: float = strawberry.field(description="weight × value, rounded to 4 decimals.")

    @staticmethod
    def of(f: FactorRecord) -> Factor:
        return Factor(name=f.name, value=f.value, weight=f.weight, contribution=f.contribution)


@strawberry.type(description="A node of a drawable path.")
class GraphNode:
    id: strawberry.ID = strawberry.field(description="The node's global id (for node(id:) and the edges).")
    db_id: str = strawberry.field(description="The node's own id in the database (its `id` property).")
    label: str = strawberry.field(description="The node's entity type: Person, Wish, Skill, Grid, …")
    name: str = strawberry.field(
        description="A display name: the name (or title), masked (王**) where the viewer may not see it whole."
    )


@strawberry.type(description="A relationship of a drawable path, from source to target (global ids).")
class GraphEdge:
    type: str = strawberry.field(description="The relationship type, as in the graph (HAS_SKILL, LIVES_IN, …).")
    source: strawberry.ID = strawberry.field(description="The global id of the node it starts from.")
    target: strawberry.ID = strawberry.field(description="The global id of the node it ends at.")


@strawberry.type(description="A path of the graph as lists of nodes and edges, the shape graph libraries draw.")
class GraphPath:
    nodes: list[GraphNode] = strawberry.field(description="The path's nodes, each once.")
    edges: list[GraphEdge] = strawberry.field(description="The path's relationships, between the listed nodes.")

    @staticmethod
    def of(p: PathRecord) -> GraphPath:
        labels = {n.id: n.label for n in p.nodes}
        return GraphPath(
            nodes=[
                GraphNode(
                    id=strawberry.ID(to_global_id(n.label, n.id)),
                    db_id=n.id,
                    label=n.label,
                    name=n.name if n.named else mask_name(n.name),
                )
                for n in p.nodes
            ],
            edges=[
                GraphEdge(
                    type=e.type,
                    source=strawberry.ID(to_global_id(labels[e.source], e.source)),
                    target=strawberry.ID(to_global_id(labels[e.target], e.target)),
                )
                for e in p.edges
            ],
        )


@strawberry.type(description="A helper who may fulfil a wish, with why.")
class Candidate:
    record: strawberry.Private[CandidateRecord]

    @strawberry.field(description="The party member, volunteer, grid worker (a Person) or co-building Unit.")
    def helper(self) -> Node:
        return Node.of(self.record.helper)

    @strawberry.field(description="Whether the helper is a Person or a Unit.")
    def helper_kind(self) -> HelperKind:
        return HelperKind(self.record.helper.label)

    @strawberry.field(description="The wish the helper may fulfil.")
    def wish(self) -> WishType:
        wish: Wish = wrap(self.record.wish)
        return wish

    @strawberry.field(description="Sum of the factors' contributions, between 0 and 1.")
    def score(self) -> float:
        return self.record.scored.score

    @strawberry.field(description="The terms of `score`, one per factor; their contributions add up to it.")
    def factors(self) -> list[Factor]:
        return [Factor.of(f) for f in self.record.scored.factors]

    @strawberry.field(description="Where wish and helper meet in the graph, and the skills they share.")
    async def paths(self, info: Info) -> list[GraphPath]:
        key = (self.record.scored.features.wish_id, self.record.helper.id)
        return [GraphPath.of(p) for p in await info.context.paths_loader().load(key)]


@strawberry.input(description="Narrows a candidate list.")
class CandidateWhere:
    helper_kind: HelperKind | None = strawberry.field(
        default=None, description="Only persons or only units; null: both."
    )
    min_score: float | None = strawberry.field(
        default=None, description="Only candidates scoring at least this (0 to 1); null: any score."
    )


def _helper_id(candidate: CandidateRecord) -> str:
    return candidate.helper.id


def _wish_id(candidate: CandidateRecord) -> str:
    return candidate.wish.id


def _page(
    info: Info,
    found: list[CandidateRecord],
    list_name: str,
    first: int | None,
    after: str | None,
    id_of: Callable[[CandidateRecord], str],
) -> Connection[Candidate]:
    """A page of the list; an item is known by its helper (a wish's candidates) or its wish (suggestions)."""
    cursors = info.context.graph.cursors
    at = window(cursors, list_name, first, after, MAX_CANDIDATES)
    edges, page_info = connection(found, id_of, _candidate, at, cursors, total=len(found))
    return Connection[Candidate](edges=edges, page_info=page_info, total_count=len(found))


def _candidate(record: CandidateRecord) -> Candidate:
    return Candidate(record=record)


# Wish.candidates and Person/Unit.suggestedWishes: the generated types take these resolvers (schema/codegen/objects.py).
async def wish_candidates(
    self: Node,
    info: Info,
    first: Annotated[int | None, strawberry.argument(description=FIRST)] = 10,
    after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    where: Annotated[
        CandidateWhere | None, strawberry.argument(description="Narrows the candidates; null: all of them.")
    ] = None,
) -> Connection[Candidate]:
    require(info, *STAFF)
    found = await info.context.candidates_loader().load(self.record.id)
    if where and where.helper_kind:
        found = [c for c in found if c.helper.label == where.helper_kind.value]
    if where and where.min_score is not None:
        found = [c for c in found if c.scored.score >= where.min_score]
    return _page(info, list(found), f"candidates:{self.record.id}", first, after, _helper_id)


def _own_suggestions(viewer: Viewer, label: str, helper_id: str) -> bool:
    """A person reads their own suggestions; a unit's contact reads the unit's."""
    if label == "Unit":
        return viewer.has(UNIT_CONTACT) and viewer.unit_id == helper_id
    return viewer.person_id is not None and viewer.person_id == helper_id


async def suggested_wishes(
    self: Node,
    info: Info,
    first: Annotated[int | None, strawberry.argument(description=FIRST)] = 10,
    after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
) -> Connection[Candidate]:
    if not _own_suggestions(info.context.viewer, self.record.label, self.record.id):
        require(info, *STAFF)
    found = await info.context.suggestions_loader().load(self.record.id)
    return _page(info, list(found), f"suggestions:{self.record.id}", first, after, _wish_id)
