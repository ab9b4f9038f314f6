"""Relationship pages read inside their parents' Cypher, so a nested selection costs one round trip."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.cursors import Cursors
from graph.core.errors import GraphError
from graph.core.model import ENTITIES
from graph.core.records import Edge, Include, NodeRecord, Order, Page, PageArgs, SensitiveUse
from graph.reads.filters import Params, check_order, compile_where, keyset, order_by, scoped_pattern

# A row with pages under it: the node's map, and one {rows, total} entry per include (r0, r1, ...).
ROW = "{{props: {projection}, related: {{{related}}}}}"
INCLUDED = "r{index}: {{rows: {rows}, total: {total}}}"

ROWS = """COLLECT {{
  MATCH {pattern}
  WHERE {seen} AND {where} AND {keyset}
  WITH DISTINCT {dst} ORDER BY {order} LIMIT {limit}
  RETURN {row}
}}"""
TOTAL = "COUNT {{ MATCH {pattern} WHERE {seen} AND {where} WITH DISTINCT {dst} RETURN {dst} }}"
NO_TOTAL = "null"


def usable(label: str, includes: tuple[Include, ...], viewer: Viewer, cursors: Cursors) -> tuple[Include, ...]:
    """The includes that compile for this viewer. The others are dropped: their fields then read their pages
    themselves and report the error (a bad cursor, a forbidden sort) where it belongs."""
    kept = []
    for inc in includes:
        try:
            row(label, "x", (inc,), Params(viewer, cursors), viewer)
        except (GraphError, ValueError):
            continue
        kept.append(inc)
    return tuple(kept)


def row(
    label: str,
    var: str,
    includes: tuple[Include, ...],
    params: Params,
    viewer: Viewer,
    props: frozenset[str] | None = None,
) -> str:
    """The Cypher map of one `label` row in `var`: its projection (of `props`, or all), plus each include's page when
    there are any."""
    projection = scopes.projection(label, var, viewer, props)
    if not includes:
        return projection
    entity = ENTITIES[label]
    parts = []
    for index, inc in enumerate(includes):
        rel = entity.rel(inc.rel)
        if rel is None:
            raise ValueError(f"{label} has no relationship {inc.rel}")
        target = ENTITIES[rel.target]
        order = check_order(target, inc.order, params)
        dst = f"{var}_{index}"
        pattern, seen = scoped_pattern(rel, label, var, dst, viewer)
        where = compile_where(target, dst, inc.where, params)
        rows = ROWS.format(
            pattern=pattern,
            seen=seen,
            where=where,
            keyset=keyset(dst, order, inc.args, params),
            dst=dst,
            order=order_by(dst, order, inc.args),
            limit=params.add(inc.args.size + 1),
            row=row(target.label, dst, inc.children, params, viewer, inc.props),
        )
        total = TOTAL.format(pattern=pattern, seen=seen, where=where, dst=dst) if inc.with_total else NO_TOTAL
        parts.append(INCLUDED.format(index=index, rows=rows, total=total))
    return ROW.format(projection=projection, related=", ".join(parts))


def _records(
    label: str, rows: list[dict[str, Any]], includes: tuple[Include, ...], cursors: Cursors
) -> list[NodeRecord]:
    """The node records of rows built by `row`: what each include needs is looked up once for all the rows."""
    if not includes:
        return [NodeRecord(label, value["id"], value) for value in rows]
    entity = ENTITIES[label]
    plan = []
    for index, inc in enumerate(includes):
        rel = entity.rel(inc.rel)
        assert rel is not None  # `row` checked it
        plan.append((f"r{index}", inc.key, rel.target, inc))
    out = []
    for value in rows:
        related: dict[Hashable, Page] = {}
        found = value["related"]
        for name, key, target, inc in plan:
            got = found[name]
            related[key] = page(target, got["rows"], got["total"], inc.order, inc.args, cursors, inc.children)
        props = value["props"]
        out.append(NodeRecord(label, props["id"], props, related))
    return out


def page(
    label: str,
    rows: list[dict[str, Any]],
    total: int | None,
    order: Order,
    args: PageArgs,
    cursors: Cursors,
    includes: tuple[Include, ...] = (),
    sensitive: frozenset[SensitiveUse] = frozenset(),
) -> Page:
    """A page from rows read one past its size (that extra row says whether there are more); `sensitive` is what
    the query filtered or sorted on (given for the outermost page, whose query it was)."""
    more = len(rows) > args.size
    records = _records(label, rows[: args.size], includes, cursors)
    if args.backward:
        records.reverse()
    edges = tuple(Edge(r, order, cursors) for r in records)
    if args.backward:
        return Page(edges, has_next=args.before is not None, has_previous=more, total=total, sensitive=sensitive)
    return Page(edges, has_next=more, has_previous=args.after is not None, total=total, sensitive=sensitive)
