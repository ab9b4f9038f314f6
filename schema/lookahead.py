"""Reads ahead in a query's selection: the relationship pages to fetch in the same Cypher as their parents."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, is_dataclass
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLFloat,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInt,
    GraphQLList,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    GraphQLString,
    get_nullable_type,
)
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from graph.core.model import ENTITIES, Rel
from graph.core.records import ONE, Include, Order
from schema import filters
from schema.connections import page_args, selects
from schema.context import Info
from schema.privacy import is_sensitive

# Deep enough for any query the depth limit lets through; bounds the walk on hostile input.
MAX_DEPTH = 12


@dataclass(frozen=True)
class _Walk:
    cap: int
    types: GraphQLSchema


def connection_includes(info: Info, label: str) -> tuple[Include, ...]:
    """The pages under the nodes of the connection being resolved (edges { node { ... } } or nodes { ... })."""
    return _under_connection(label, info.selected_fields, _walk(info), 0)


def connection_props(info: Info, label: str, order: Order) -> frozenset[str] | None:
    """The properties the nodes of the connection being resolved show (and its cursors hold); None: every one."""
    return selected_props(label, _connection_nodes(label, info.selected_fields, every=True), order)


def node_includes(info: Info, label: str) -> tuple[Include, ...]:
    """The pages under the node being resolved."""
    return _under_node(label, _children(info.selected_fields), _walk(info), 0)


def _walk(info: Info) -> _Walk:
    return _Walk(info.context.max_page_size, info._raw_info.schema)


def _connection_nodes(label: str, fields: Sequence[Any], every: bool = False) -> list[Any]:
    """The selections on a connection's nodes, through `edges { node }` or `nodes` (`every`: skipped ones too)."""
    selected = [s for f in fields for s in _fields(f.selections, f"{label}Connection", every)]
    edges = [e for e in selected if e.name == "edges"]
    nodes = [n for e in edges for n in _fields(e.selections, f"{label}Edge", every) if n.name == "node"]
    nodes += [n for n in selected if n.name == "nodes"]
    return [s for n in nodes for s in n.selections]


def _under_connection(label: str, fields: Sequence[Any], walk: _Walk, depth: int) -> tuple[Include, ...]:
    """The pages under a connection's nodes, read through `edges { node }` or `nodes`."""
    return _under_node(label, _connection_nodes(label, fields), walk, depth)


def _under_node(label: str, selections: Sequence[Any], walk: _Walk, depth: int) -> tuple[Include, ...]:
    if depth >= MAX_DEPTH:
        return ()
    entity = ENTITIES[label]
    found: dict[Include, None] = {}
    for sel in _fields(selections, label):
        rel = entity.rel(sel.name)
        if rel is not None:
            # Aliases of one relationship may share its page (the record keeps one page per key): each reads the
            # properties all of them show.
            same = [s for s in _fields(selections, label, every=True) if s.name == sel.name]
            inc = _include(label, rel, sel, same, walk, depth)
            if inc is not None:
                found[inc] = None
    return tuple(found)


def selected_props(label: str, selections: Sequence[Any], order: Order) -> frozenset[str] | None:
    """The properties a node selection shows, and those its cursors hold; None when it selects a field computed
    from other properties (an SLA light, a matching field): then every property. Skipped fields count too: the
    properties read never depend on how a directive was evaluated."""
    entity = ENTITIES[label]
    found = set(order.values)
    for sel in _fields(selections, label, every=True):
        name = sel.name
        if name in ("id", "dbId", "__typename") or entity.rel(name) is not None:
            continue
        if name == "maskedFields":
            found.update(p.name for p in entity.props if is_sensitive(label, p.name))
        elif entity.prop(name) is not None:
            found.add(name)
        else:
            return None
    return frozenset(found)


def _include(
    label: str, rel: Rel, sel: SelectedField, same: Sequence[SelectedField], walk: _Walk, depth: int
) -> Include | None:
    if not rel.many:
        children = _under_node(rel.target, sel.selections, walk, depth + 1)
        props = selected_props(rel.target, [s for x in same for s in x.selections], Order())
        return Include(rel.field, ONE, children=children, props=props)
    a = sel.arguments
    try:
        args = page_args(_int(a.get("first")), a.get("after"), _int(a.get("last")), a.get("before"), walk.cap)
        order = _order(a.get("orderBy"))
        where = filters.where_ids(rel.target, _value(a.get("where"), _where_type(walk.types, label, sel.name)))
    except Exception:  # the field itself reports bad arguments when it resolves
        return None
    return Include(
        rel.field,
        args,
        where,
        order,
        with_total=selects(sel.selections, "totalCount"),
        children=_under_connection(rel.target, [sel], walk, depth + 1),
        props=selected_props(rel.target, _connection_nodes(rel.target, same, every=True), order),
    )


def _where_type(types: GraphQLSchema, label: str, field: str) -> GraphQLInputType:
    parent = types.get_type(label)
    assert isinstance(parent, GraphQLObjectType), f"{label} is not an object type of the schema"
    found: GraphQLInputType = parent.fields[field].args["where"].type
    return found


def _value(raw: Any, type_: GraphQLInputType) -> Any:
    """An argument as the selection holds it, as `filters.plain` gives the same argument resolved.

    The selection holds literals as the query's text ("3", "PUBLISHED", "2023-06-01") and variables as coerced
    values (enum members, dates, input objects), even inside a literal object: each is read by its schema type.
    """
    if raw is None:
        return None
    if is_dataclass(raw) or isinstance(raw, enum.Enum):
        return filters.plain(raw)
    type_ = get_nullable_type(type_)  # type: ignore[assignment]
    if isinstance(type_, GraphQLList):
        return [_value(v, type_.of_type) for v in (raw if isinstance(raw, list) else [raw])]
    if isinstance(type_, GraphQLInputObjectType):
        out = {}
        for key, given in raw.items():
            value = _value(given, type_.fields[key].type)
            if value is not None:
                out[key] = value
        return out
    if isinstance(type_, GraphQLEnumType) and isinstance(raw, str) and raw in type_.values:
        return filters.plain(type_.values[raw].value)
    if not isinstance(raw, str) or type_ in (GraphQLString, GraphQLID):
        return raw
    if type_ is GraphQLInt:
        return int(raw)
    if type_ is GraphQLFloat:
        return float(raw)
    assert isinstance(type_, GraphQLScalarType)
    return type_.parse_value(raw)


def _int(value: Any) -> int | None:
    # Literals arrive as the query's text ("20"); variables arrive coerced.
    return None if value is None else int(value)


def _order(value: Any) -> Order:
    return filters.order(value)


def _children(fields: Sequence[Any]) -> list[Any]:
    return [s for f in fields for s in f.selections]


def _fields(selections: Sequence[Any], type_name: str, every: bool = False) -> Iterator[SelectedField]:
    """The fields selected on a `type_name` object, through fragments on it (or on no type, or on Node); `every`:
    those @skip or @include leave out too."""
    for sel in selections:
        if not every and _skipped(sel):
            continue
        if isinstance(sel, SelectedField):
            yield sel
        elif isinstance(sel, FragmentSpread | InlineFragment) and sel.type_condition in (None, type_name, "Node"):
            yield from _fields(sel.selections, type_name, every)


def _skipped(sel: Any) -> bool:
    directives = sel.directives or {}
    return bool(directives.get("skip", {}).get("if")) or directives.get("include", {}).get("if") is False
