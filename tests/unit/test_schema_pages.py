"""Pages of computed lists: sealed cursors holding position and id, the next page after the item wherever it went."""

from __future__ import annotations

import pytest

from graph.core.cursors import Cursors
from graph.core.errors import InvalidInput
from schema.pages import Edge, connection, window

# Ids long enough that a sealed cursor (random-looking base64) cannot hold one by chance.
ITEMS = [f"item-number-{n}" for n in range(10)]


def page(items: list[str], first: int, after: str | None, cursors: Cursors) -> tuple[list[Edge[str]], bool, bool]:
    at = window(cursors, "things", first, after, 50)
    edges, info = connection(items, str, str, at, cursors, total=len(items))
    return edges, info.has_next_page, info.has_previous_page


def test_pages_walk_the_list_once_in_order() -> None:
    cursors, seen, after = Cursors(), [], None
    while True:
        edges, more, _ = page(ITEMS, 3, after, cursors)
        seen += [e.node for e in edges]
        if not more:
            break
        after = edges[-1].cursor
    assert seen == ITEMS


def test_the_next_page_starts_after_the_item_where_it_now_stands() -> None:
    cursors = Cursors()
    edges, _, before = page(ITEMS, 3, None, cursors)
    assert before is False
    shifted = ["new", *ITEMS]  # one item came first since: the page still starts after item-number-2
    assert [e.node for e in page(shifted, 3, edges[-1].cursor, cursors)[0]] == [
        "item-number-3",
        "item-number-4",
        "item-number-5",
    ]
    gone = [i for i in ITEMS if i != "item-number-2"]  # the cursor's item left: after its old position
    assert [e.node for e in page(gone, 3, edges[-1].cursor, cursors)[0]] == [
        "item-number-4",
        "item-number-5",
        "item-number-6",
    ]


def test_a_cursor_is_sealed_and_bound_to_its_list() -> None:
    cursors = Cursors()
    cursor = page(ITEMS, 3, None, cursors)[0][-1].cursor
    assert "item-number-2" not in cursor
    with pytest.raises(InvalidInput, match="another ordering"):
        window(cursors, "other things", 3, cursor, 50)
    with pytest.raises(InvalidInput, match="not a valid cursor"):
        window(cursors, "things", 3, cursor[:-3], 50)
