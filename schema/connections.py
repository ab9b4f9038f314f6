"""Relay connections: page arguments checked once, a page's PageInfo, totalCount counted only when asked."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from graph.core.records import Page, PageArgs
from schema.errors import user_error

DEFAULT_PAGE_SIZE = 20


@strawberry.type(description="Where a page lies in the whole list, and the cursors to page on from it.")
class PageInfo:
    has_next_page: bool = strawberry.field(description="More nodes follow this page (ask with `after: endCursor`).")
    has_previous_page: bool = strawberry.field(
        description="More nodes precede this page (ask with `before: startCursor`)."
    )
    start_cursor: str | None = strawberry.field(description="Cursor of the page's first edge; null for an empty page.")
    end_cursor: str | None = strawberry.field(description="Cursor of the page's last edge; null for an empty page.")

    @staticmethod
    def of(page: Page) -> PageInfo:
        return PageInfo(
            has_next_page=page.has_next,
            has_previous_page=page.has_previous,
            start_cursor=page.edges[0].cursor if page.edges else None,
            end_cursor=page.edges[-1].cursor if page.edges else None,
        )


def page_args(first: int | None, after: str | None, last: int | None, before: str | None, cap: int) -> PageArgs:
    if first is not None and last is not None:
        raise user_error("pass either `first` or `last`, not both", "first")
    for name, value in (("first", first), ("last", last)):
        if value is not None and not 0 <= value <= cap:
            raise user_error(f"`{name}` must be between 0 and {cap}", name)
    if first is None and last is None:
        if before is not None:
            return PageArgs(last=DEFAULT_PAGE_SIZE, before=before)
        return PageArgs(first=DEFAULT_PAGE_SIZE, after=after)
    return PageArgs(first=first, after=after, last=last, before=before)


def selects(selections: list[Any], name: str) -> bool:
    """True when `name` is selected here, directly or through a fragment."""
    for sel in selections:
        if isinstance(sel, SelectedField) and sel.name == name:
            return True
        if isinstance(sel, FragmentSpread | InlineFragment) and selects(sel.selections, name):
            return True
    return False


def wants_total(info: Any) -> bool:
    """True when the current field's selection asks for totalCount, so the count runs only then."""
    return any(selects(field.selections, "totalCount") for field in info.selected_fields)
