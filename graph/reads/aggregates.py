"""Aggregates over exactly the rows a list would show (same `where`, same scope): one Cypher for the count, extremes,
averages and sums, one per grouping; for a relationship, one for all sibling parents."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph, Row
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES
from graph.core.records import Group, Groups, NodeRecord, Rows, Summary
from graph.reads import aggregation
from graph.reads.filters import Params, compile_where, scoped_pattern
from graph.reads.nodes import all_of, entity, matched_labels

# A root list's rows (`pid` null), or a relationship's rows of each parent.
ROOT_ROWS = """
MATCH (n:{labels}) WHERE {where}
WITH null AS pid, n
"""
RELATED_ROWS = """
UNWIND $ids AS pid
MATCH (src:{parent} {{id: pid}})
MATCH {pattern} WHERE {where}
WITH DISTINCT pid, n
"""

SUMMARY = "{rows}RETURN pid, count(n) AS count{measures}"

# A relationship key: one row per related node the viewer sees, a null one for none.
REL_KEY = """
CALL (n) {{
  OPTIONAL MATCH {pattern} WHERE {seen}
  RETURN DISTINCT {var}
}}"""
GROUPS = """{rows}{calls}
WITH pid, {columns}, count(*) AS count
ORDER BY count DESC, {order}
WITH pid, collect({{count: count, {projected}}}) AS groups
RETURN pid, groups[..$limit] AS groups
"""


def _rows(rows: Rows, params: Params) -> str:
    """The MATCH that binds `pid` and `n`, each row once per parent, filtered and scoped as its list is."""
    ent = entity(rows.label)
    where = compile_where(ent, "n", rows.where, params)
    if rows.via is None:
        visible = scopes.visible(ent.label, "n", params.viewer)
        return ROOT_ROWS.format(labels=matched_labels(ent, rows.role), where=all_of(visible, where))
    parent, field = rows.via
    rel = entity(parent).rel(field)
    if rel is None or rel.target != ent.label:
        raise ValueError(f"{parent}.{field} does not lead to {ent.label}")
    pattern, seen = scoped_pattern(rel, parent, "src", "n", params.viewer)
    return RELATED_ROWS.format(parent=parent, pattern=pattern, where=all_of(seen, where))


def _parents(rows: Rows, parent_ids: Sequence[str | None]) -> list[str | None]:
    return [None] if rows.via is None else list(dict.fromkeys(parent_ids))


async def summarize(
    graph: Graph, rows: Rows, parent_ids: Sequence[str | None] = (None,), *, viewer: Viewer
) -> dict[str | None, Summary]:
    """The count, and min/max/avg/sum of every measured property, of the rows (per parent)."""
    ent = ENTITIES[rows.label]
    parents = _parents(rows, parent_ids)
    params = Params(viewer, graph.cursors, ids=parents)
    measures = [f"{op}(n.{p.name}) AS {op}_{p.name}" for p in aggregation.measured(ent) for op in ("min", "max")]
    measures += [f"avg(n.{p.name}) AS avg_{p.name}" for p in aggregation.summed(ent)]
    # Cypher sums no values to 0; the API says null, as for the other figures of rows without the property.
    measures += [
        f"CASE count(n.{p.name}) WHEN 0 THEN null ELSE sum(n.{p.name}) END AS sum_{p.name}"
        for p in aggregation.summed(ent)
    ]
    query = SUMMARY.format(rows=_rows(rows, params), measures="".join(f", {m}" for m in measures))
    found: list[Row] = await graph.read(cast(LiteralString, query), **params.values)
    sensitive = frozenset(params.sensitive)
    by_parent = {
        r["pid"]: Summary(r["count"], {k: v for k, v in r.items() if k not in ("pid", "count")}, sensitive)
        for r in found
    }
    return {pid: by_parent.get(pid, Summary(0, {}, sensitive)) for pid in parents}


def check_keys(label: str, keys: Sequence[str]) -> tuple[str, ...]:
    """The keys, once each, if `label` rows may be grouped by them and there are not too many."""
    wanted = tuple(dict.fromkeys(keys))
    if len(wanted) > aggregation.MAX_GROUP_KEYS:
        raise InvalidInput(f"`by` takes at most {aggregation.MAX_GROUP_KEYS} keys", "by")
    unknown = [k for k in wanted if k not in aggregation.group_keys(label)]
    if unknown:
        raise InvalidInput(f"`by`: {label} rows cannot be grouped by {', '.join(unknown)}", "by")
    return wanted


async def group(
    graph: Graph,
    rows: Rows,
    keys: Sequence[str],
    parent_ids: Sequence[str | None] = (None,),
    limit: int = 100,
    *,
    viewer: Viewer,
) -> dict[str | None, Groups]:
    """How many of the rows (per parent) fall in each group of `keys` (property values, related nodes): the `limit`
    groups with most rows, most first."""
    ent = ENTITIES[rows.label]
    wanted = check_keys(ent.label, keys)
    parents = _parents(rows, parent_ids)
    params = Params(viewer, graph.cursors, ids=parents, limit=limit)
    calls, columns, projected, order = [], [], [], []
    for i, key in enumerate(wanted):
        var = f"k{i}"
        rel = ent.rel(key)
        if rel is None:
            columns.append(f"n.{key} AS {var}")
            projected.append(f"{var}: {var}")
            order.append(var)
            continue
        pattern, seen = scoped_pattern(rel, ent.label, "n", var, viewer)
        calls.append(REL_KEY.format(pattern=pattern, seen=seen, var=var))
        columns.append(var)
        projected.append(f"{var}: {scopes.projection(rel.target, var, viewer)}")
        order.append(f"{var}.id")
    query = GROUPS.format(
        rows=_rows(rows, params),
        calls="".join(calls),
        columns=", ".join(columns) or "null AS k",
        projected=", ".join(projected) or "k: k",
        order=", ".join(order) or "k",
    )
    found: list[Row] = await graph.read(cast(LiteralString, query), **params.values)
    sensitive = frozenset(params.sensitive)
    by_parent: dict[str | None, list[Group]] = {pid: [] for pid in parents}
    for r in found:
        for g in r["groups"]:
            values = {key: _key_value(ent.label, key, g[f"k{i}"]) for i, key in enumerate(wanted)}
            by_parent.setdefault(r["pid"], []).append(Group(g["count"], values))
    return {pid: Groups(tuple(by_parent[pid]), sensitive) for pid in parents}


def _key_value(label: str, key: str, value: Any) -> Any:
    rel = ENTITIES[label].rel(key)
    if rel is None or value is None:
        return value
    return NodeRecord(rel.target, value["id"], value)
