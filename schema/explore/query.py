"""The exploration queries: search, a node's neighbourhood, paths between two nodes, resources near a grid."""

from __future__ import annotations

from typing import Annotated

import strawberry

from graph import explore
from graph.access.scopes import sensitive_field
from graph.core.model import ENTITIES
from graph.core.records import SensitiveUse
from schema.context import Info
from schema.entities.enums import ResourceKind
from schema.errors import user_error
from schema.explore.resources import NearResource, ResourcesNear, near_graph
from schema.explore.subgraphs import ExploreNode, SearchHit, Subgraph
from schema.pages import Connection, connection, window
from schema.relay import ALL_LABELS, existing

MAX_HITS = 50
# How deep paging reaches into the ranked hits (each page re-reads the hits before it).
SEARCH_DEPTH = 500
AFTER = "Read on after this cursor (a previous page's `pageInfo.endCursor`)."
# Search text, stripped: a single character is no bigram of the CJK index, so it fell back to scanning names with the
# viewer's scope over every label (a query Neo4j took 20-50 s to plan for each new combination of roles); past the
# longest, Lucene refuses the query (too many clauses: 25,000 characters answered INTERNAL_SERVER_ERROR).
SEARCH_TEXT_LENGTH = (2, 100)
MAX_PATHS = 10


def searched_sensitive(labels: list[str] | None) -> set[SensitiveUse]:
    """The sensitive fields a search matches its text against (a person's name): a filter on them, audited."""
    return {
        SensitiveUse(label, name, "FILTER")
        for label, entity in ENTITIES.items()
        if labels is None or label in labels
        for name in entity.fulltext
        if sensitive_field(label, name)
    }


def _hit_id(hit: explore.Hit) -> str:
    return f"{hit.node.label}:{hit.node.id}"


def _hit(hit: explore.Hit) -> SearchHit:
    return SearchHit(node=ExploreNode(record=hit.node), score=hit.score, label=hit.node.label)


async def _node_ref(info: Info, value: str, argument: str) -> tuple[str, str]:
    """The node an argument names (exploration starts from, and walks to, a node of any type): NOT_FOUND when it
    names nothing the viewer may see (hidden and missing alike), never an empty drawing."""
    return await existing(info, value, ALL_LABELS, argument)


@strawberry.type
class ExploreQuery:
    @strawberry.field(
        description="Full-text search over names, titles and descriptions (Chinese by any 2+ characters); `text` "
        "is 2 to 100 characters."
    )
    async def search(
        self,
        info: Info,
        text: Annotated[
            str,
            strawberry.argument(description="The words to find, 2 to 100 characters; Lucene operators are escaped."),
        ],
        labels: Annotated[
            list[str] | None,
            strawberry.argument(
                description="Only nodes of these entity types (Person, Wish, …; an unknown one is BAD_USER_INPUT); "
                "null: all."
            ),
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=f"How many hits, 0 to {MAX_HITS}.")] = 10,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
    ) -> Connection[SearchHit]:
        shortest, longest = SEARCH_TEXT_LENGTH
        if not shortest <= len(text.strip()) <= longest:
            raise user_error(f"`text` must be {shortest} to {longest} characters (without surrounding spaces)", "text")
        cursors = info.context.graph.cursors
        # The cursor is made for this text: another search's cursor does not open here.
        at = window(cursors, f"search:{text.strip()}", first, after, MAX_HITS)
        if at.stop > SEARCH_DEPTH:
            raise user_error(f"search pages reach the best {SEARCH_DEPTH} hits: narrow `text` or `labels`", "after")
        # One hit past the page says whether there is a next one; the hits before it place the `after` item.
        hits = await explore.search(info.context.graph, text, labels, at.stop + 1, viewer=info.context.viewer)
        info.context.sensitive_uses.update(searched_sensitive(labels))
        edges, page_info = connection(hits, _hit_id, _hit, at, cursors)
        return Connection[SearchHit](edges=edges, page_info=page_info, total_count=None)

    @strawberry.field(description="A node and what lies within `depth` (≤ 3) relationships; at most `limit` nodes.")
    async def neighborhood(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(description="The node to start from: a global id (from any node's `id`)."),
        ],
        depth: Annotated[int, strawberry.argument(description="How many relationships away to reach, 1 to 3.")] = 1,
        relationship_types: Annotated[
            list[str] | None,
            strawberry.argument(
                description="Follow only these relationship types (LIVES_IN, …; an unknown one is BAD_USER_INPUT); "
                "null: all."
            ),
        ] = None,
        labels: Annotated[
            list[str] | None,
            strawberry.argument(description="Reach only nodes of these entity types (Person, Wish, …); null: all."),
        ] = None,
        limit: Annotated[
            int, strawberry.argument(description="At most this many nodes, 1 to 200; `truncated` says when cut.")
        ] = 50,
    ) -> Subgraph | None:
        label, node_id = await _node_ref(info, id, "id")
        found = await explore.neighborhood(
            info.context.graph, label, node_id, depth, relationship_types, labels, limit, viewer=info.context.viewer
        )
        return Subgraph.of(found) if found else None

    @strawberry.field(description="Shortest paths between two nodes: how is this member connected to this family?")
    async def paths(
        self,
        info: Info,
        from_id: Annotated[strawberry.ID, strawberry.argument(description="Where the paths start: a global id.")],
        to_id: Annotated[strawberry.ID, strawberry.argument(description="Where the paths end: a global id.")],
        max_length: Annotated[
            int, strawberry.argument(description="The longest path looked for, in relationships, 1 to 8.")
        ] = 6,
        first: Annotated[
            int, strawberry.argument(description=f"At most this many shortest paths, 1 to {MAX_PATHS}.")
        ] = 3,
    ) -> list[Subgraph]:
        if not 1 <= first <= MAX_PATHS:
            raise user_error(f"`first` must be between 1 and {MAX_PATHS}", "first")
        a, b = await _node_ref(info, from_id, "fromId"), await _node_ref(info, to_id, "toId")
        found = await explore.paths(
            info.context.graph, a[0], a[1], b[0], b[1], max_length, first, viewer=info.context.viewer
        )
        return [Subgraph.of(p) for p in found]

    @strawberry.field(description="Venues and resources of co-building units, nearest grid first.")
    async def resources_near(
        self,
        info: Info,
        grid_id: Annotated[
            strawberry.ID, strawberry.argument(description="The grid to measure from (global or own id).")
        ],
        kind: Annotated[
            ResourceKind | None, strawberry.argument(description="Only resources of this kind; null: all kinds.")
        ] = None,
    ) -> ResourcesNear:
        _, grid = await existing(info, grid_id, ("Grid",), "gridId")
        found = await explore.resources_near(info.context.graph, grid, kind.value if kind else None)
        nodes, edges = near_graph(found)
        return ResourcesNear(items=[NearResource(record=r) for r in found], nodes=nodes, edges=edges)
