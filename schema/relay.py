"""Relay's node(id:) and nodes(ids:): any entity by its global id, batched per type."""

from __future__ import annotations

import asyncio

import strawberry

from schema.context import Info
from schema.errors import user_error
from schema.node import Node, from_global_id, wrap


async def _load(info: Info, global_id: str) -> Node | None:
    decoded = from_global_id(global_id)
    if decoded is None:
        return None
    label, node_id = decoded
    node: Node | None = wrap(await info.context.node_loader(label).load(node_id))
    return node


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by its global id; null when there is none.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return await _load(info, id)

    @strawberry.field(description="Objects by global id, in the same order; null where there is none.")
    async def nodes(self, info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
        if len(ids) > info.context.max_page_size:
            raise user_error(f"at most {info.context.max_page_size} ids", "ids")
        return list(await asyncio.gather(*(_load(info, i) for i in ids)))
