"""The GraphQL object type of every entity, generated from the graph model, with paginated relationships."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import strawberry

from graph.core.model import ENTITIES, Entity, Prop, Rel
from graph.core.records import ONE, NodeRecord, Order, Page, PageArgs, related_key
from graph.reads.filters import Where
from schema import events, filters, lookahead, matching, privacy
from schema.connections import PageInfo, page_args, wants_total
from schema.context import Info
from schema.node import PLAIN_FIELDS, TYPES, Node, wrap

# Fields a domain adds to the generated types (label → name → field); one line per domain.
EXTRA_FIELDS: tuple[dict[str, dict[str, Any]], ...] = (matching.EXTRA_FIELDS, events.EXTRA_FIELDS)

_module = sys.modules[__name__]

CONNECTIONS: dict[str, Any] = {}
SCALARS: dict[str, Any] = {
    "id": str,
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "date": datetime.date,
    "datetime": datetime.datetime,
    "list": list[str],
}
REQUIRED = {"name", "title"}


def _register(cls: type) -> type:
    cls.__module__ = __name__
    setattr(_module, cls.__name__, cls)
    return cls


def _connection(entity: Entity) -> None:
    label = entity.label

    def edge_node(self: Any) -> Any:
        return wrap(self.record)

    def edge_cursor(self: Any) -> str:
        return str(self.cursor)

    edge_node.__annotations__ = {"return": label}
    edge_ns = {
        "__annotations__": {
            "record": strawberry.Private[NodeRecord],
            "cursor": strawberry.Private[str],
        },
        "node": strawberry.field(resolver=edge_node),
        "cursor_": strawberry.field(resolver=edge_cursor, name="cursor"),
    }
    edge = strawberry.type(_register(type(f"{label}Edge", (), edge_ns)))

    def edges(self: Any) -> Any:
        return [edge(record=e.node, cursor=e.cursor) for e in self.page.edges]

    def page_info(self: Any) -> PageInfo:
        p: Page = self.page
        return PageInfo(
            has_next_page=p.has_next,
            has_previous_page=p.has_previous,
            start_cursor=p.edges[0].cursor if p.edges else None,
            end_cursor=p.edges[-1].cursor if p.edges else None,
        )

    def total_count(self: Any) -> int | None:
        return self.page.total  # type: ignore[no-any-return]

    edges.__annotations__ = {"return": f"list[{label}Edge]"}
    conn_ns = {
        "__annotations__": {"page": strawberry.Private[Page]},
        "edges": strawberry.field(resolver=edges),
        "page_info": strawberry.field(resolver=page_info),
        "total_count": strawberry.field(
            resolver=total_count,
            description="How many match the filter; counted only when selected.",
        ),
    }
    conn = strawberry.type(
        _register(type(f"{label}Connection", (), conn_ns)),
        description=f"A page of {label}.",
    )
    CONNECTIONS[label] = conn


def _prop_type(entity: Entity, prop: Prop) -> Any:
    enum_type = filters.ENUMS.get((entity.label, prop.name))
    base = enum_type if enum_type is not None else SCALARS[prop.kind]
    return base if prop.name in REQUIRED else base | None


def _sensitive_field(entity: Entity, prop: Prop) -> Any:
    def sensitive(self: Any, info: Info) -> Any:
        record: NodeRecord = self.record
        props = privacy.with_access(record.props, info.context.viewer)
        return privacy.shown(record.label, record.id, props, prop.name, info.context.record_full_read)

    sensitive.__annotations__ = {"info": Info, "return": _prop_type(entity, prop)}
    return strawberry.field(
        resolver=sensitive,
        description="Sensitive personal data: masked unless you have full access; full reads are audited.",
    )


def _masked_field() -> Any:
    def resolve(self: Any, info: Info) -> list[str]:
        record: NodeRecord = self.record
        return privacy.masked_fields(record.label, privacy.with_access(record.props, info.context.viewer))

    return strawberry.field(
        resolver=resolve, description="Sensitive fields you see masked or withheld (no full access)."
    )


@dataclass(frozen=True)
class ListArgs:
    """A connection field's arguments, checked and made plain for graph/."""

    page: PageArgs
    where: Where | None
    order: Order
    with_total: bool


Fetch = Callable[[Any, Info, ListArgs], Awaitable[Page]]
# The page already read with the parent for these arguments, if any (with or without its total).
Prefetched = Callable[[Any, PageArgs, Where | None, Order], Page | None]


def connection_field(
    label: str, fetch: Fetch, description: str | None = None, prefetched: Prefetched | None = None
) -> Any:
    """A paginated, filterable, sortable field returning `label` nodes; `fetch` gets one page.

    The resolver is synchronous, returning an awaitable only when it has to fetch: a page read with its parent
    costs no coroutine, no task and no look at the selection (hundreds of nested rows per response).
    """
    conn = CONNECTIONS[label]

    def resolve(
        self: Any,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: Any = None,
        order_by: Any = None,
    ) -> Any:
        page = page_args(first, after, last, before, info.context.max_page_size)
        plain_where, order = filters.plain(where), filters.order(order_by)
        found = prefetched(self, page, plain_where, order) if prefetched is not None else None
        if found is not None:
            return conn(page=found)
        args = ListArgs(page, plain_where, order, wants_total(info))

        async def fetched() -> Any:
            return conn(page=await fetch(self, info, args))

        return fetched()

    resolve.__annotations__ = {
        "info": Info,
        "first": int | None,
        "after": str | None,
        "last": int | None,
        "before": str | None,
        "where": filters.WHERE[label] | None,
        "order_by": filters.ORDERS[label] | None,
        "return": f"{label}Connection",
    }
    return strawberry.field(resolver=resolve, description=description)


def _many_field(entity: Entity, rel: Rel) -> Any:
    def prefetched(parent: Any, page: PageArgs, where: Where | None, order: Order) -> Page | None:
        related = parent.record.related
        # Which of the two keys the look-ahead used depends on totalCount being selected; either page serves.
        found: Page | None = related.get(related_key(rel.field, page, where, order, True)) or related.get(
            related_key(rel.field, page, where, order, False)
        )
        return found

    async def fetch(parent: Any, info: Info, args: ListArgs) -> Page:
        # Not read with its parent (a parent from a domain query): batched over the siblings.
        loader = info.context.related_loader(
            entity.label,
            rel.field,
            args.page,
            args.where,
            args.order,
            args.with_total,
            lookahead.connection_includes(info, rel.target),
        )
        page: Page = await loader.load(parent.record.id)
        return page

    return connection_field(rel.target, fetch, prefetched=prefetched)


def _one_field(entity: Entity, rel: Rel) -> Any:
    key = related_key(rel.field, ONE, None, Order(), False)

    def resolve(self: Any, info: Info) -> Any:
        record: NodeRecord = self.record
        page = record.related.get(key)
        if page is not None:
            return wrap(page.edges[0].node) if page.edges else None

        async def load() -> Any:
            loader = info.context.related_loader(
                entity.label, rel.field, ONE, None, Order(), False, lookahead.node_includes(info, rel.target)
            )
            loaded = await loader.load(record.id)
            return wrap(loaded.edges[0].node) if loaded.edges else None

        return load()

    resolve.__annotations__ = {"info": Info, "return": f"{rel.target} | None"}
    return strawberry.field(resolver=resolve)


def _node_type(entity: Entity) -> None:
    ns: dict[str, Any] = {"__annotations__": {}}
    plain: list[tuple[str, Any]] = []
    for prop in entity.props:
        if prop.kind == "id":
            continue
        if privacy.is_sensitive(entity.label, prop.name):
            ns[prop.name] = _sensitive_field(entity, prop)
        else:  # an attribute that `wrap` copies from the record
            ns["__annotations__"][prop.name] = _prop_type(entity, prop)
            ns[prop.name] = None
            plain.append((prop.name, filters.ENUMS.get((entity.label, prop.name))))
    for rel in entity.rels:
        ns[rel.field] = _many_field(entity, rel) if rel.many else _one_field(entity, rel)
    if any(privacy.is_sensitive(entity.label, p.name) for p in entity.props):
        ns["masked_fields"] = _masked_field()
    for extra in EXTRA_FIELDS:
        ns |= extra.get(entity.label, {})
    TYPES[entity.label] = strawberry.type(_register(type(entity.label, (Node,), ns)))
    PLAIN_FIELDS[entity.label] = tuple(plain)


for _entity in ENTITIES.values():
    _connection(_entity)
for _entity in ENTITIES.values():
    _node_type(_entity)

NODE_TYPES: dict[str, Any] = dict(TYPES)
