"""Connections over computed lists (search hits, candidates, suggestions, coverage gaps), shaped as the entity ones.

Their cursors are sealed like the entity cursors (graph/core/cursors.py): each holds the item's position and id, so
the next page starts after that item where it now stands, or after its old position when it has left the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import strawberry

from graph.core.cursors import Cursors
from graph.core.records import Edge as GraphEdge
from graph.core.records import NodeRecord, Order, Page
from schema.connections import DEFAULT_PAGE_SIZE, PageInfo
from schema.errors import user_error

T = TypeVar("T")
R = TypeVar("R")

NODES = "The page's nodes, as in `edges` but without their cursors."
TOTAL = "How many there are in all; null where the list is not counted."


@strawberry.type(description="One item of a page and the cursor to pass as `after` to read on from it.")
class Edge(Generic[T]):
    node: T = strawberry.field(description="The item.")
    cursor: str = strawberry.field(description="Opaque and sealed: pass it as `after` to read on after this item.")


@strawberry.type(description="A page of a computed list, in its own order: pass `pageInfo.endCursor` as `after`.")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="The page's items with their cursors.")
    page_info: PageInfo = strawberry.field(description="Whether there is more, and the cursors to read on from.")
    total_count: int | None = strawberry.field(description=TOTAL)

    @strawberry.field(description=NODES)
    def nodes(self) -> list[T]:
        return [e.node for e in self.edges]


@dataclass(frozen=True)
class Window:
    """Where a page starts in its list, and how many items it holds."""

    list_name: str
    start: int = 0
    size: int = DEFAULT_PAGE_SIZE
    # The item the `after` cursor was made on: the page starts after it wherever it now stands.
    after_id: str | None = None

    @property
    def stop(self) -> int:
        return self.start + self.size


def window(cursors: Cursors, list_name: str, first: int | None, after: str | None, cap: int) -> Window:
    """The window `first`/`after` ask for in list `list_name` (a cursor of another list does not open)."""
    if first is not None and not 0 <= first <= cap:
        raise user_error(f"`first` must be between 0 and {cap}", "first")
    size = DEFAULT_PAGE_SIZE if first is None else first
    if after is None:
        return Window(list_name, 0, size)
    index, item_id = cursors.decode(after, f"list:{list_name}", "after")
    if not isinstance(index, int) or index < 0:
        raise user_error("`after` is not a valid cursor", "after")
    return Window(list_name, index + 1, size, item_id)


def connection(
    items: Sequence[R],
    id_of: Callable[[R], str],
    wrap: Callable[[R], T],
    at: Window,
    cursors: Cursors,
    total: int | None = None,
    offset: int = 0,
) -> tuple[list[Edge[T]], PageInfo]:
    """The edges and page info of the page `at` asks for, from `items` (the list from position `offset` on: all of
    it, or the part read), each item shown as `wrap` makes it."""
    start = at.start - offset
    if at.after_id is not None:
        moved = next((i for i, item in enumerate(items) if id_of(item) == at.after_id), None)
        start = start if moved is None else moved + 1
    start = max(start, 0)
    page = items[start : start + at.size]
    edges = [
        Edge(node=wrap(item), cursor=cursors.encode(f"list:{at.list_name}", offset + start + i, id_of(item)))
        for i, item in enumerate(page)
    ]
    more = len(items) > start + at.size or (total is not None and offset + start + at.size < total)
    info = PageInfo(
        has_next_page=more,
        has_previous_page=offset + start > 0,
        start_cursor=edges[0].cursor if edges else None,
        end_cursor=edges[-1].cursor if edges else None,
    )
    return edges, info


def held_page(records: Sequence[NodeRecord], first: int | None, after: str | None, cursors: Cursors, cap: int) -> Page:
    """A page of entity records already read (a cluster's events), in their order, for the entity's own connection
    type: its cursors are the id cursors of that type, and the page starts after the record one names."""
    at = window(cursors, "held", first, None, cap)
    start = 0
    if after is not None:
        _, node_id = cursors.decode(after, Order().signature, "after")
        found = next((i for i, r in enumerate(records) if r.id == node_id), None)
        if found is None:
            raise user_error("`after` names an item no longer in this list: read the first page again", "after")
        start = found + 1
    edges = tuple(GraphEdge(r, Order(), cursors) for r in records[start : start + at.size])
    return Page(edges, has_next=len(records) > start + at.size, has_previous=start > 0, total=len(records))
