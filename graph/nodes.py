"""Reads any entity of the model: by id, as a filtered keyset page, and as batched related pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, LiteralString, cast

from graph import cursors, scopes
from graph.access import Viewer
from graph.db import Graph, Row
from graph.errors import InvalidInput
from graph.filters import (
    Params,
    Where,
    check_order,
    compile_where,
    keyset,
    order_by,
    scoped_pattern,
)
from graph.model import ENTITIES, PERSON_ROLES, Entity
from graph.records import Edge, NodeRecord, Order, Page, PageArgs

BY_IDS = """
MATCH (n:{label}) WHERE n.id IN $ids AND {visible}
RETURN {projection} AS props
"""

PAGE = """
CALL () {{ {total} }}
CALL () {{
  MATCH (n:{labels})
  WHERE {where} AND {keyset}
  WITH n ORDER BY {order} LIMIT $limit
  RETURN collect({projection}) AS rows
}}
RETURN total, rows
"""

PAGE_TOTAL = "MATCH (n:{labels}) WHERE {where} RETURN count(n) AS total"
NO_TOTAL = "RETURN null AS total"

RELATED = """
UNWIND $ids AS pid
MATCH (src:{label} {{id: pid}})
CALL (src) {{ {total} }}
CALL (src) {{
  MATCH {pattern}
  WHERE {seen} AND {where} AND {keyset}
  WITH DISTINCT dst ORDER BY {order} LIMIT $limit
  RETURN collect({projection}) AS rows
}}
RETURN pid, total, rows
"""

RELATED_TOTAL = "MATCH {pattern} WHERE {seen} AND {where} RETURN count(DISTINCT dst) AS total"


def entity(label: str) -> Entity:
    try:
        return ENTITIES[label]
    except KeyError:
        raise InvalidInput(f"unknown type `{label}`", "id") from None


def _and(*conditions: str) -> str:
    return " AND ".join(c for c in conditions if c != "true") or "true"


def _labels(ent: Entity, role: str | None) -> str:
    if role is None:
        return ent.label
    if role not in PERSON_ROLES.values() or ent.label != "Person":
        raise ValueError(f"{role} is not a role of {ent.label}")
    return f"{ent.label}:{role}"


async def by_ids(graph: Graph, label: str, ids: Sequence[str], viewer: Viewer | None = None) -> dict[str, NodeRecord]:
    """The nodes of one label with these ids that the viewer may see, keyed by id; others are simply absent.

    Without a viewer (the graph layer's own follow-up reads) nothing is filtered and every sensitive field
    stays masked.
    """
    ent = entity(label)
    if viewer is None:
        query = BY_IDS.format(label=ent.label, visible="true", projection="n {.*}")
    else:
        query = BY_IDS.format(
            label=ent.label,
            visible=scopes.visible(ent.label, "n", viewer),
            projection=scopes.projection(ent.label, "n", viewer),
        )
    extra = scopes.params(viewer) if viewer is not None else {}
    rows = await graph.read(cast(LiteralString, query), ids=list(ids), **extra)
    return {r["props"]["id"]: NodeRecord(ent.label, r["props"]["id"], r["props"]) for r in rows}


def _page(
    label: str,
    rows: list[dict[str, Any]],
    total: int | None,
    order: Order,
    args: PageArgs,
) -> Page:
    more = len(rows) > args.size
    rows = rows[: args.size]
    if args.backward:
        rows.reverse()
    edges = tuple(
        Edge(
            NodeRecord(label, r["id"], r),
            cursors.encode(order.key, r.get(order.key), r["id"]),
        )
        for r in rows
    )
    if args.backward:
        return Page(edges, has_next=args.before is not None, has_previous=more, total=total)
    return Page(edges, has_next=more, has_previous=args.after is not None, total=total)


async def page(
    graph: Graph,
    label: str,
    args: PageArgs,
    where: Where | None = None,
    order: Order = Order(),
    with_total: bool = False,
    role: str | None = None,
    *,
    viewer: Viewer,
) -> Page:
    """One keyset page of the entity rows the viewer may see, filtered and sorted, in one round trip."""
    ent = entity(label)
    order = check_order(ent, order, viewer)
    params = Params(viewer, limit=args.size + 1)
    labels = _labels(ent, role)
    condition = _and(scopes.visible(ent.label, "n", viewer), compile_where(ent, "n", where, params))
    total = PAGE_TOTAL.format(labels=labels, where=condition) if with_total else NO_TOTAL
    query = PAGE.format(
        total=total,
        labels=labels,
        where=condition,
        keyset=keyset("n", order, args, params),
        order=order_by("n", order, args),
        projection=scopes.projection(ent.label, "n", viewer),
    )
    row = (await graph.read(cast(LiteralString, query), **params.values))[0]
    return _page(ent.label, row["rows"], row["total"], order, args)


async def related(
    graph: Graph,
    label: str,
    field: str,
    parent_ids: Iterable[str],
    args: PageArgs,
    where: Where | None = None,
    order: Order = Order(),
    with_total: bool = False,
    *,
    viewer: Viewer,
) -> dict[str, Page]:
    """The same page of one relationship for many parents at once (only what the viewer may see): one round trip."""
    ent = entity(label)
    rel = ent.rel(field)
    if rel is None:
        raise ValueError(f"{label} has no relationship {field}")
    target = ENTITIES[rel.target]
    order = check_order(target, order, viewer)
    ids = list(dict.fromkeys(parent_ids))
    params = Params(viewer, limit=args.size + 1, ids=ids)
    pattern, seen = scoped_pattern(rel, ent.label, "src", "dst", viewer)
    condition = compile_where(target, "dst", where, params)
    total = RELATED_TOTAL.format(pattern=pattern, seen=seen, where=condition) if with_total else NO_TOTAL
    query = RELATED.format(
        label=ent.label,
        total=total,
        pattern=pattern,
        seen=seen,
        projection=scopes.projection(target.label, "dst", viewer),
        where=condition,
        keyset=keyset("dst", order, args, params),
        order=order_by("dst", order, args),
    )
    rows: list[Row] = await graph.read(cast(LiteralString, query), **params.values)
    pages = {r["pid"]: _page(target.label, r["rows"], r["total"], order, args) for r in rows}
    empty = Page((), has_next=False, has_previous=False, total=0 if with_total else None)
    return {pid: pages.get(pid, empty) for pid in ids}
