"""Compiles `where`, `orderBy` and cursors into Cypher fragments: names from the model's allow-list, values as $parameters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from graph.access import scopes
from graph.access.viewer import ANONYMOUS, Viewer
from graph.core.cursors import Cursors
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES, Entity, Rel, Virtual
from graph.core.records import Order, PageArgs, SensitiveUse

# GraphQL operator → Cypher operator. Only these ever reach a query.
SCALAR_OPS = {
    "eq": "=",
    "lt": "<",
    "lte": "<=",
    "gt": ">",
    "gte": ">=",
    "contains": "CONTAINS",
    "startsWith": "STARTS WITH",
}
REL_QUANTIFIERS = ("some", "none", "all")

Where = Mapping[str, Any]


class Params:
    """Collects query parameters, hands out fresh names for them and for variables, and knows whose query it is.

    `cursors` opens the query's page cursors; `sensitive` gathers the sensitive fields it filters or sorts on,
    which the caller audits.
    """

    def __init__(self, viewer: Viewer = ANONYMOUS, cursors: Cursors | None = None, **initial: Any) -> None:
        self.viewer = viewer
        self.cursors = cursors
        self.values: dict[str, Any] = scopes.params(viewer) | initial
        self.sensitive: set[SensitiveUse] = set()
        self._count = 0

    def add(self, value: Any) -> str:
        self._count += 1
        name = f"p{self._count}"
        self.values[name] = value
        return f"${name}"

    def var(self) -> str:
        self._count += 1
        return f"v{self._count}"


def match_pattern(rel: Rel, src_label: str, src: str, dst: str) -> str:
    """The relationship's literal pattern with its variables (and the allow-listed labels) filled in."""
    return rel.pattern.replace("(src)", f"({src}:{src_label})").replace("(dst)", f"({dst}:{rel.target})")


def scoped_pattern(rel: Rel, src_label: str, src: str, dst: str, viewer: Viewer) -> tuple[str, str]:
    """The relationship's pattern and the condition that every node on it is visible to the viewer.

    Anonymous nodes inside a multi-hop pattern get names so that they are checked too (a hidden household
    must not lead to a person's building); sensitive relationships need full access to the person they touch.
    """
    pattern = match_pattern(rel, src_label, src, dst)
    if viewer.admin:
        return pattern, "true"
    conditions: list[str] = []

    def named(match: re.Match[str]) -> str:
        var = f"{dst}_i{len(conditions)}"
        conditions.append(scopes.visible(match.group(1), var, viewer))
        return f"({var}:{match.group(1)})"

    pattern = re.sub(r"\(:(\w+)\)", named, pattern)
    conditions.append(scopes.visible(rel.target, dst, viewer))
    if scopes.sensitive_rel(rel):
        if src_label == "Person":
            conditions.append(scopes.full("Person", src, viewer))
        if rel.target == "Person":
            conditions.append(scopes.full("Person", dst, viewer))
    return pattern, " AND ".join(c for c in conditions if c != "true") or "true"


def compile_where(
    entity: Entity,
    var: str,
    where: Where | None,
    params: Params,
    argument: str = "where",
) -> str:
    """A boolean Cypher expression over `var`; 'true' when there is nothing to filter."""
    if not where:
        return "true"
    parts: list[str] = []
    for key, value in where.items():
        if value is None:
            continue
        if key == "AND":
            parts += [f"({compile_where(entity, var, w, params, argument)})" for w in value]
        elif key == "OR":
            ors = [f"({compile_where(entity, var, w, params, argument)})" for w in value]
            parts.append("(" + (" OR ".join(ors) or "false") + ")")
        elif key == "NOT":
            parts.append(f"NOT ({compile_where(entity, var, value, params, argument)})")
        elif (prop := entity.prop(key)) is not None:
            found = _scalar(var, prop.name, prop.kind, value, params, argument)
            guard = scopes.field_guard(entity.label, prop.name, var, params.viewer)
            if guard is not None and found:
                params.sensitive.add(SensitiveUse(entity.label, prop.name, "FILTER"))
            parts += [f"({guard} AND {f})" for f in found] if guard and guard != "true" else found
        elif (rel := entity.rel(key)) is not None:
            parts += _related(entity, rel, var, value, params, argument)
        elif (virtual := entity.virtual_filter(key)) is not None:
            parts.append(_virtual(virtual, var, value, params, argument))
        else:
            raise InvalidInput(f"`{argument}` has no field `{key}` on {entity.label}", argument)
    return " AND ".join(parts) or "true"


def _scalar(
    var: str,
    name: str,
    kind: str,
    ops: Mapping[str, Any],
    params: Params,
    argument: str,
) -> list[str]:
    out: list[str] = []
    ref = f"{var}.{name}"
    for op, value in ops.items():
        if value is None:
            continue
        if op == "isNull":
            out.append(f"{ref} IS NULL" if value else f"{ref} IS NOT NULL")
        elif op == "in":
            out.append(f"{ref} IN {params.add(list(value))}")
        elif kind == "list" and op == "contains":
            out.append(f"{params.add(value)} IN {ref}")
        elif op in SCALAR_OPS:
            out.append(f"{ref} {SCALAR_OPS[op]} {params.add(value)}")
        else:
            raise InvalidInput(f"`{argument}` has an unknown operator `{op}` on `{name}`", argument)
    return out


def _related(
    entity: Entity,
    rel: Rel,
    var: str,
    quantifiers: Mapping[str, Any],
    params: Params,
    argument: str,
) -> list[str]:
    target = ENTITIES[rel.target]
    out: list[str] = []
    for quantifier, inner in quantifiers.items():
        if inner is None:
            continue
        if quantifier not in REL_QUANTIFIERS:
            raise InvalidInput(
                f"`{argument}` has an unknown quantifier `{quantifier}` on `{rel.field}`",
                argument,
            )
        dst = params.var()
        pattern, seen = scoped_pattern(rel, entity.label, var, dst, params.viewer)
        condition = compile_where(target, dst, inner, params, argument)
        seen_and = "" if seen == "true" else f"{seen} AND "
        if quantifier == "some":
            out.append(f"EXISTS {{ MATCH {pattern} WHERE {seen_and}{condition} }}")
        elif quantifier == "none":
            out.append(f"NOT EXISTS {{ MATCH {pattern} WHERE {seen_and}{condition} }}")
        else:
            out.append(f"NOT EXISTS {{ MATCH {pattern} WHERE {seen_and}NOT ({condition}) }}")
    return out


def _virtual(virtual: Virtual, var: str, value: Any, params: Params, argument: str) -> str:
    """A computed filter: the model's allow-listed conditions, against one `$now` per query."""
    params.values.setdefault("now", datetime.now(UTC))
    wanted: list[str] = []
    if not virtual.values:
        wanted.append("true" if value else "false")
    else:
        for op, given in value.items():
            if given is None:
                continue
            if op not in ("eq", "in"):
                raise InvalidInput(f"`{argument}` has an unknown operator `{op}` on `{virtual.name}`", argument)
            wanted += [given] if op == "eq" else list(given)
    conditions = []
    for v in dict.fromkeys(wanted):
        condition = virtual.condition(v)
        if condition is None:
            known = ", ".join(virtual.values) or "true, false"
            raise InvalidInput(f"`{argument}` has a value `{virtual.name}` does not know (one of: {known})", argument)
        conditions.append(f"({condition.replace('{v}', var)})")
    return "(" + (" OR ".join(conditions) or "false") + ")"


def check_order(entity: Entity, order: Order, params: Params) -> Order:
    """The order, if the viewer may sort by each of its keys (a sort by a sensitive field is noted in `params` for
    the audit)."""
    for sort in order.keys:
        scopes.check_sort(entity.label, sort.key, params.viewer)
        if sort.key not in entity.sort_keys:
            raise InvalidInput(f"`orderBy` cannot sort {entity.label} by `{sort.key}`", "orderBy")
        if sort.direction not in ("ASC", "DESC"):
            raise InvalidInput("`orderBy` direction must be ASC or DESC", "orderBy")
    if len({k.key for k in order.keys}) < len(order.keys):
        raise InvalidInput("`orderBy` names a key twice", "orderBy")
    for sort in order.keys:
        if scopes.sensitive_field(entity.label, sort.key):
            params.sensitive.add(SensitiveUse(entity.label, sort.key, "SORT"))
    return order


def effective_direction(direction: str, page: PageArgs) -> str:
    """Backward pages are read in the reverse order, then flipped back by the caller."""
    if not page.backward:
        return direction
    return "DESC" if direction == "ASC" else "ASC"


def order_by(var: str, order: Order, page: PageArgs) -> str:
    """Each key in its effective direction, then the id (unless a key was the id)."""
    parts = [f"{var}.{k.key} {effective_direction(k.direction, page)}" for k in order.keys]
    if order.keys[-1].key != "id":
        parts.append(f"{var}.id {effective_direction(order.tie_break, page)}")
    return ", ".join(parts)


def _beyond(column: str, value: str | None, ascending: bool) -> str | None:
    """Rows strictly past `value` on one key; None when none are. Nulls sort last ascending, first descending."""
    if value is None:
        return None if ascending else f"{column} IS NOT NULL"
    return f"({column} > {value} OR {column} IS NULL)" if ascending else f"{column} < {value}"


def keyset(var: str, order: Order, page: PageArgs, params: Params) -> str:
    """Rows strictly after the cursor in the effective direction, compared key by key (the first key that differs
    decides, the id last)."""
    cursor = page.before if page.backward else page.after
    if cursor is None:
        return "true"
    argument = "before" if page.backward else "after"
    if params.cursors is None:
        raise ValueError("a page with a cursor needs the graph's cursor codec (Params(cursors=graph.cursors))")
    values, node_id = params.cursors.decode(cursor, order.signature, argument)
    keys = [k for k in order.keys if k.key != "id"]
    if len(keys) < 2 and not isinstance(values, list):
        # A cursor made before cursors held a list of values: its one key's value (the id's own for an id order).
        values = [values][: len(keys)]
    if not isinstance(values, list) or len(values) != len(keys):
        raise InvalidInput(f"`{argument}` is not a valid cursor", argument)
    pid = params.add(node_id)
    clauses: list[str] = []
    equal: list[str] = []
    for sort, value in zip(keys, values, strict=True):
        column = f"{var}.{sort.key}"
        pv = None if value is None else params.add(value)
        beyond = _beyond(column, pv, effective_direction(sort.direction, page) == "ASC")
        if beyond is not None:
            clauses.append(" AND ".join([*equal, beyond]))
        equal.append(f"{column} IS NULL" if pv is None else f"{column} = {pv}")
    id_cmp = ">" if effective_direction(order.tie_break, page) == "ASC" else "<"
    clauses.append(" AND ".join([*equal, f"{var}.id {id_cmp} {pid}"]))
    if len(clauses) == 1:
        return f"({clauses[0]})"
    return "(" + " OR ".join(f"({c})" for c in clauses) + ")"
