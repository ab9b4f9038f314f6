"""Plans an operation's selections once per request: each entity, connection, edge and page info selected becomes one
function over the records read, or None where a field needs its resolver (a computed field, an aggregate)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from graphql import GraphQLObjectType, GraphQLResolveInfo, get_named_type
from graphql.execution.collect_fields import FieldDetails
from graphql.execution.values import get_argument_values
from strawberry.types.arguments import convert_arguments
from strawberry.types.nodes import convert_selections
from strawberry.utils.str_converters import to_camel_case

from graph.core.model import ENTITIES
from schema import fields, privacy
from schema.compiled.shapes import Fallback, Run, Shape, completed
from schema.connections import selects
from schema.relay import PLAIN_FIELDS, to_global_id

Group = list[FieldDetails]
# A field of a shaped object: the value read from the source (before completion), given the run.
Part = Callable[[Any, Run], Any]


@cache
def _plain_fields(label: str) -> dict[str, tuple[str, Callable[[Any], Any] | None]]:
    """GraphQL field name → (property, converter): the plain fields `wrap` sets as attributes (read once the
    generated types have filled PLAIN_FIELDS)."""
    return {to_camel_case(attribute): (prop, convert) for attribute, prop, convert in PLAIN_FIELDS[label]}


class Planner:
    """The compiled shapes of one operation's selections, each planned once (rows share their parent's selection)."""

    def __init__(self, executor: Any, info: GraphQLResolveInfo[Any]) -> None:
        self._executor = executor
        self._info = info
        strawberry_schema = info.schema._strawberry_schema  # type: ignore[attr-defined]
        self._scalars = strawberry_schema.schema_converter.scalar_registry
        self._config = strawberry_schema.config
        self._cap: int = info.context.max_page_size
        # (type name, id of the field group) → (the group, kept alive so its id is not reused; the shape or None).
        self._plans: dict[tuple[str, int], tuple[Group, Shape | None]] = {}

    def shape(self, kind: str, type_: GraphQLObjectType, group: Group) -> Shape | None:
        key = (type_.name, id(group))
        found = self._plans.get(key)
        if found is None:
            build = {"entity": self._entity, "connection": self._connection, "edge": self._edge}[kind]
            found = (group, build(type_, group))
            self._plans[key] = found
        return found[1]

    def _collected(self, type_: GraphQLObjectType, group: Group) -> list[tuple[str, Group]] | None:
        grouped, deferred, *_ = self._executor.collect_subfields(type_, group)
        return None if deferred else list(grouped.items())

    def _object(self, type_: GraphQLObjectType, group: Group, part_of: Callable[..., Part | None]) -> Shape | None:
        """The shape of an object: each selected field's part, completed by its type; None if any has none."""
        collected = self._collected(type_, group)
        if collected is None:
            return None
        parts: list[tuple[str, Part, Callable[[Any], Any]]] = []
        for key, sub in collected:
            name = sub[0].node.name.value
            if name == "__typename":
                parts.append((key, _constant(type_.name), _same))
                continue
            field_def = type_.fields[name]
            part = part_of(type_, name, sub)
            if part is None:
                return None
            parts.append((key, part, completed(field_def.type)))

        def shape(source: Any, run: Run) -> dict[str, Any]:
            return {key: complete(part(source, run)) for key, part, complete in parts}

        return shape

    def _entity(self, type_: GraphQLObjectType, group: Group) -> Shape | None:
        return self._object(type_, group, self._entity_part)

    def _entity_part(self, type_: GraphQLObjectType, name: str, sub: Group) -> Part | None:
        label = type_.name
        if name == "id":
            return lambda record, run: to_global_id(record.label, record.id)
        if name == "dbId":
            return lambda record, run: record.id
        plain = _plain_fields(label).get(name)
        if plain is not None:
            return _plain(*plain)
        if name == "maskedFields":
            return lambda record, run: privacy.masked_fields(label, privacy.with_access(record.props, run.viewer))
        if any(p.name == name for p in ENTITIES[label].props) and privacy.is_sensitive(label, name):
            return _sensitive(label, name)
        rel = ENTITIES[label].rel(name)
        if rel is None:
            return None
        target = get_named_type(type_.fields[name].type)
        assert isinstance(target, GraphQLObjectType)
        if not rel.many:
            node = self._entity(target, sub)
            return None if node is None else _one(rel.field, node)
        return self._many(type_, name, sub, target, rel.field, rel.target)

    def _many(
        self, type_: GraphQLObjectType, name: str, sub: Group, target: GraphQLObjectType, field: str, label: str
    ) -> Part | None:
        """A relationship page: its arguments read once for all rows (they are the operation's, whatever the row)."""
        field_def = type_.fields[name]
        details = sub[0]
        try:
            raw = get_argument_values(
                field_def, details.node, self._executor.variable_values, details.fragment_variable_values
            )
            strawberry_field = field_def.extensions["strawberry-definition"]
            given = convert_arguments(raw, strawberry_field.arguments, self._scalars, self._config)
            page, where, order = fields.page_request(
                label,
                given.get("first"),
                given.get("after"),
                given.get("last"),
                given.get("before"),
                given.get("where"),
                given.get("order_by"),
                self._cap,
            )
        except Exception:  # the field reports its bad arguments itself, on graphql-core's path
            return None
        total = any(selects(s.selections, "totalCount") for s in convert_selections(self._info, [d.node for d in sub]))
        connection = self._connection(target, sub)
        if connection is None:
            return None

        def many(record: Any, run: Run) -> Any:
            found = fields.read_with_parent(record, field, page, where, order, total)
            if found is None:
                raise Fallback
            return connection(found, run)

        return many

    def _connection(self, type_: GraphQLObjectType, group: Group) -> Shape | None:
        return self._object(type_, group, self._connection_part)

    def _connection_part(self, type_: GraphQLObjectType, name: str, sub: Group) -> Part | None:
        target = get_named_type(type_.fields[name].type)
        if name == "totalCount":
            return _total
        if name == "pageInfo":
            assert isinstance(target, GraphQLObjectType)
            info = self._object(target, sub, _page_info_part)
            return None if info is None else info
        if name in ("edges", "nodes"):
            assert isinstance(target, GraphQLObjectType)
            item = self._edge(target, sub) if name == "edges" else self._entity(target, sub)
            if item is None:
                return None
            if name == "edges":
                return lambda page, run: [item(e, run) for e in page.edges]
            return lambda page, run: [item(e.node, run) for e in page.edges]
        return None

    def _edge(self, type_: GraphQLObjectType, group: Group) -> Shape | None:
        return self._object(type_, group, self._edge_part)

    def _edge_part(self, type_: GraphQLObjectType, name: str, sub: Group) -> Part | None:
        if name == "cursor":
            return lambda edge, run: edge.cursor
        if name == "node":
            target = get_named_type(type_.fields[name].type)
            assert isinstance(target, GraphQLObjectType)
            node = self._entity(target, sub)
            return None if node is None else (lambda edge, run: node(edge.node, run))
        return None


def _page_info_part(type_: GraphQLObjectType, name: str, sub: Group) -> Part | None:
    return _PAGE_INFO.get(name)


_PAGE_INFO: dict[str, Part] = {
    "hasNextPage": lambda page, run: page.has_next,
    "hasPreviousPage": lambda page, run: page.has_previous,
    "startCursor": lambda page, run: page.edges[0].cursor if page.edges else None,
    "endCursor": lambda page, run: page.edges[-1].cursor if page.edges else None,
}


def _same(value: Any) -> Any:
    return value


def _constant(value: Any) -> Part:
    return lambda source, run: value


def _total(page: Any, run: Run) -> Any:
    if page.total is None:  # graphql-core's path reports the uncounted page as the error it is
        raise Fallback
    return page.total


def _plain(prop: str, convert: Callable[[Any], Any] | None) -> Part:
    if convert is None:
        return lambda record, run: record.props.get(prop)

    def converted(record: Any, run: Run) -> Any:
        value = record.props.get(prop)
        return None if value is None else convert(value)

    return converted


def _sensitive(label: str, prop: str) -> Part:
    def shown(record: Any, run: Run) -> Any:
        props = privacy.with_access(record.props, run.viewer)
        return privacy.shown(label, record.id, props, prop, run.record)

    return shown


def _one(field: str, node: Shape) -> Part:
    def one(record: Any, run: Run) -> Any:
        page = fields.one_with_parent(record, field)
        if page is None:
            raise Fallback
        return node(page.edges[0].node, run) if page.edges else None

    return one
