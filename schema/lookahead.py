"""Reads ahead in a query's selection: the relationship pages to fetch in the same Cypher as their parents."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import is_dataclass
from typing import Any

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from graph.core.model import ENTITIES, Rel
from graph.core.records import ONE, Include, Order
from schema import filters
from schema.connections import page_args, selects
from schema.context import Info

# Deep enough for any query the depth limit lets through; bounds the walk on hostile input.
MAX_DEPTH = 12


def connection_includes(info: Info, label: str) -> tuple[Include, ...]:
    """The pages under the nodes of the connection being resolved (edges { node { ... } } or nodes { ... })."""
    return _under_connection(label, info.selected_fields, info.context.max_page_size, 0)


def node_includes(info: Info, label: str) -> tuple[Include, ...]:
    """The pages under the node being resolved."""
    return _under_node(label, _children(info.selected_fields), info.context.max_page_size, 0)


def _under_connection(label: str, fields: Sequence[Any], cap: int, depth: int) -> tuple[Include, ...]:
    """The pages under a connection's nodes, read through `edges { node }` or `nodes`."""
    selected = [s for f in fields for s in _fields(f.selections, f"{label}Connection")]
    edges = [e for e in selected if e.name == "edges"]
    nodes = [n for e in edges for n in _fields(e.selections, f"{label}Edge") if n.name == "node"]
    nodes += [n for n in selected if n.name == "nodes"]
    return _under_node(label, [s for n in nodes for s in n.selections], cap, depth)


def _under_node(label: str, selections: Sequence[Any], cap: int, depth: int) -> tuple[Include, ...]:
    if depth >= MAX_DEPTH:
        return ()
    entity = ENTITIES[label]
    found: dict[Include, None] = {}
    for sel in _fields(selections, label):
        rel = entity.rel(sel.name)
        if rel is not None:
            inc = _include(rel, sel, cap, depth)
            if inc is not None:
                found[inc] = None
    return tuple(found)


def _include(rel: Rel, sel: SelectedField, cap: int, depth: int) -> Include | None:
    if not rel.many:
        children = _under_node(rel.target, sel.selections, cap, depth + 1)
        return Include(rel.field, ONE, children=children)
    a = sel.arguments
    try:
        args = page_args(_int(a.get("first")), a.get("after"), _int(a.get("last")), a.get("before"), cap)
        order = _order(a.get("orderBy"))
    except Exception:  # the field itself reports bad arguments when it resolves
        return None
    where = a.get("where")
    return Include(
        rel.field,
        args,
        filters.plain(where) if is_dataclass(where) else where,
        order,
        with_total=selects(sel.selections, "totalCount"),
        children=_under_connection(rel.target, [sel], cap, depth + 1),
    )


def _int(value: Any) -> int | None:
    # Literals arrive as the query's text ("20"); variables arrive coerced.
    return None if value is None else int(value)


def _order(value: Any) -> Order:
    return filters.order(value)


def _children(fields: Sequence[Any]) -> list[Any]:
    return [s for f in fields for s in f.selections]


def _fields(selections: Sequence[Any], type_name: str) -> Iterator[SelectedField]:
    """The fields selected on a `type_name` object, through fragments on it (or on no type, or on Node)."""
    for sel in selections:
        if _skipped(sel):
            continue
        if isinstance(sel, SelectedField):
            yield sel
        elif isinstance(sel, FragmentSpread | InlineFragment) and sel.type_condition in (None, type_name, "Node"):
            yield from _fields(sel.selections, type_name)


def _skipped(sel: Any) -> bool:
    directives = sel.directives or {}
    return bool(directives.get("skip", {}).get("if")) or directives.get("include", {}).get("if") is False
