"""Reads any entity of the model: by id, as a filtered keyset page, and as batched related pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph, Row
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES, PERSON_ROLES, Entity
from graph.core.records import Include, NodeRecord, Order, Page, PageArgs
from graph.reads import nesting
from graph.reads.filters import (
    Params,
    Where,
    check_order,
    compile_where,
    keyset,
    order_by,
    scoped_pattern,
)

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


def all_of(*conditions: str) -> str:
    return " AND ".join(c for c in conditions if c != "true") or "true"


def matched_labels(ent: Entity, role: str | None) -> str:
    """The labels a root list matches: the entity's, and a person role's sub-label."""
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


def _rows_from(order: Order, args: PageArgs, params: Params) -> str:
    """Where the page starts: after its cursor, or, on a first page sorted by id, anywhere in the id index.

    `n.id IS NOT NULL` lets the planner walk the id index in order and stop at the page size; without it Neo4j
    scanned the label and sorted every node (344,321 db hits for 100 residents among 114k people, 1,023 with it).
    """
    if args.after is None and args.before is None and order.key == "id":
        return "n.id IS NOT NULL"
    return keyset("n", order, args, params)


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
    includes: tuple[Include, ...] = (),
    props: frozenset[str] | None = None,
) -> Page:
    """One keyset page of the entity rows the viewer may see, filtered and sorted, in one round trip, with the
    `includes` pages of every row read in the same query; rows hold `props` (and their id), or every property."""
    ent = entity(label)
    includes = nesting.usable(ent.label, includes, viewer, graph.cursors)
    params = Params(viewer, graph.cursors, limit=args.size + 1)
    order = check_order(ent, order, params)
    labels = matched_labels(ent, role)
    condition = all_of(scopes.visible(ent.label, "n", viewer), compile_where(ent, "n", where, params))
    total = PAGE_TOTAL.format(labels=labels, where=condition) if with_total else NO_TOTAL
    query = PAGE.format(
        total=total,
        labels=labels,
        where=condition,
        keyset=_rows_from(order, args, params),
        order=order_by("n", order, args),
        projection=nesting.row(ent.label, "n", includes, params, viewer, props),
    )
    row = (await graph.read(cast(LiteralString, query), **params.values))[0]
    sensitive = frozenset(params.sensitive)
    return nesting.page(ent.label, row["rows"], row["total"], order, args, graph.cursors, includes, sensitive)


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
    includes: tuple[Include, ...] = (),
) -> dict[str, Page]:
    """The same page of one relationship for many parents at once (only what the viewer may see), with the
    `includes` pages of every row: one round trip."""
    ent = entity(label)
    rel = ent.rel(field)
    if rel is None:
        raise ValueError(f"{label} has no relationship {field}")
    target = ENTITIES[rel.target]
    includes = nesting.usable(target.label, includes, viewer, graph.cursors)
    ids = list(dict.fromkeys(parent_ids))
    params = Params(viewer, graph.cursors, limit=args.size + 1, ids=ids)
    order = check_order(target, order, params)
    pattern, seen = scoped_pattern(rel, ent.label, "src", "dst", viewer)
    condition = compile_where(target, "dst", where, params)
    total = RELATED_TOTAL.format(pattern=pattern, seen=seen, where=condition) if with_total else NO_TOTAL
    query = RELATED.format(
        label=ent.label,
        total=total,
        pattern=pattern,
        seen=seen,
        projection=nesting.row(target.label, "dst", includes, params, viewer),
        where=condition,
        keyset=keyset("dst", order, args, params),
        order=order_by("dst", order, args),
    )
    rows: list[Row] = await graph.read(cast(LiteralString, query), **params.values)
    sensitive = frozenset(params.sensitive)
    pages = {
        r["pid"]: nesting.page(target.label, r["rows"], r["total"], order, args, graph.cursors, includes, sensitive)
        for r in rows
    }
    empty = Page((), has_next=False, has_previous=False, total=0 if with_total else None, sensitive=sensitive)
    return {pid: pages.get(pid, empty) for pid in ids}
