"""The resolvers behind the generated types' fields: relationships, root lists and lookups, sensitive values, the SLA
light.

Connection and relationship resolvers are synchronous, returning an awaitable only when they have to fetch: a page
read with its parent costs no coroutine, no task and no look at the selection (hundreds of nested rows per
response). graphql-core awaits whatever a resolver returns that is awaitable, so the typed results below are
sometimes awaitables of that type (hence the casts).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, cast

from graph import events
from graph.core.model import ENTITIES
from graph.core.records import ONE, NodeRecord, Order, Page, PageArgs, Rows, related_key
from graph.reads import nodes
from graph.reads.filters import Where
from schema import filters, lookahead, privacy
from schema.aggregates import Source
from schema.connections import page_args, wants_total
from schema.context import Info
from schema.entities.enums import SlaLight
from schema.relay import Node, own_id

C = TypeVar("C")
N = TypeVar("N", bound=Node)


def _target(label: str, field: str) -> str:
    rel = ENTITIES[label].rel(field)
    assert rel is not None, f"{label}.{field} is not a relationship of the model"
    return rel.target


def related_page(
    node: Node,
    info: Info,
    field: str,
    connection: Callable[..., C],
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    where: Any,
    order_by: Any,
) -> C:
    """A page of a relationship: the one the look-ahead read with the parent, or one loaded with its siblings'."""
    record = node.record
    target = _target(record.label, field)
    page, plain_where, order = page_request(
        target, first, after, last, before, where, order_by, info.context.max_page_size
    )
    source = Source(Rows(target, plain_where, via=(record.label, field)), record.id)
    found = read_with_parent(record, field, page, plain_where, order, wants_total(info))
    if found is not None:
        return connection(page=found, source=source)

    async def fetched() -> C:
        # Not read with its parent (a parent from a domain query): batched over the siblings.
        includes = lookahead.connection_includes(info, target)
        loader = info.context.related_loader(record.label, field, page, plain_where, order, wants_total(info), includes)
        return connection(page=await loader.load(record.id), source=source)

    return cast(C, fetched())


def page_request(
    target: str,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    where: Any,
    order_by: Any,
    cap: int,
) -> tuple[PageArgs, Where | None, Order]:
    """A relationship field's arguments as the graph reads them: the page, the filter and the order (BAD_USER_INPUT
    for a page out of bounds)."""
    return page_args(first, after, last, before, cap), filters.where(target, where), filters.order(order_by)


def read_with_parent(
    record: NodeRecord, field: str, page: PageArgs, where: Where | None, order: Order, total: bool
) -> Page | None:
    """The relationship page the look-ahead read with `record`, if it did. Which of the two keys it used depends on
    totalCount being selected; a page read with its total serves either way, one without it only a selection that
    does not ask for it."""
    found = record.related.get(related_key(field, page, where, order, True))
    if found is None and not total:
        found = record.related.get(related_key(field, page, where, order, False))
    return found


@cache
def _one_key(field: str) -> Any:
    return related_key(field, ONE, None, Order(), False)


def one_with_parent(record: NodeRecord, field: str) -> Page | None:
    """The to-one relationship's page (of one node or none) the look-ahead read with `record`, if it did."""
    return record.related.get(_one_key(field))


def related_node(node: Node, info: Info, field: str, kind: type[N]) -> N | None:
    """The node at the end of a to-one relationship: read with the parent, or loaded with its siblings'."""
    record = node.record
    page = one_with_parent(record, field)
    if page is not None:
        return kind.of(page.edges[0].node) if page.edges else None

    async def load() -> N | None:
        includes = lookahead.node_includes(info, _target(record.label, field))
        loader = info.context.related_loader(record.label, field, ONE, None, Order(), False, includes)
        loaded = await loader.load(record.id)
        return kind.of(loaded.edges[0].node) if loaded.edges else None

    return cast(N | None, load())


async def listed_page(
    info: Info,
    label: str,
    role: str | None,
    connection: Callable[..., C],
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    where: Any,
    order_by: Any,
) -> C:
    """A root list's page: `label` nodes (with a person role, if given) the viewer may read."""
    page = page_args(first, after, last, before, info.context.max_page_size)
    plain_where, order = filters.where(label, where), filters.order(order_by)
    found = await nodes.page(
        info.context.graph,
        label,
        page,
        plain_where,
        order,
        wants_total(info),
        role=role,
        viewer=info.context.viewer,
        includes=lookahead.connection_includes(info, label),
        props=lookahead.connection_props(info, label, order),
    )
    return connection(page=info.context.record_uses(found), source=Source(Rows(label, plain_where, role)))


async def lookup(info: Info, label: str, value: str) -> NodeRecord | None:
    """A root lookup (`wish(id:)`): the `label` node of a global id as the viewer may see it, through the loader
    node(id:) uses; None for one that is missing or hidden alike."""
    return await info.context.node_loader(label).load(own_id(value, (label,), "id"))


def total_count(page: Page) -> int:
    """A connection's totalCount: every page whose selection asks for it was read with its count."""
    if page.total is None:
        raise RuntimeError("totalCount was selected but not counted")
    return page.total


def sensitive(node: Node, info: Info, field: str) -> Any:
    """A sensitive property as the viewer may see it: masked unless they have full access (full reads audited)."""
    record = node.record
    props = privacy.with_access(record.props, info.context.viewer)
    return privacy.shown(record.label, record.id, props, field, info.context.record_full_read)


def masked_fields(node: Node, info: Info) -> list[str]:
    """The node's sensitive fields the viewer sees masked or not at all."""
    record = node.record
    return privacy.masked_fields(record.label, privacy.with_access(record.props, info.context.viewer))


def sla_light(self: Node) -> SlaLight | None:
    """Event.light: the SLA light of the event's current stage now, from the deadlines the workflow stored."""
    props = self.record.props
    found = events.light_at(props.get("stageWarnAt"), props.get("stageDueAt"), datetime.datetime.now(datetime.UTC))
    return None if found is None else SlaLight(found)
