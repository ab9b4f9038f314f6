"""Relay's Node interface and global ids, node(id:) and nodes(ids:), and `wrap`, which turns records into objects."""

from __future__ import annotations

import asyncio
import base64
import binascii
from collections.abc import Callable
from typing import Annotated, Any, Self, overload

import strawberry

from graph.access.viewer import SYSTEM
from graph.core.model import ENTITIES
from graph.core.records import NodeRecord
from graph.reads import ids
from schema.context import Info
from schema.errors import NOT_FOUND, user_error

# Filled by the generated schema.entities.types: each label's type, and its fields that are plain copies of a
# property as (attribute, property, enum class or None).
TYPES: dict[str, type[Node]] = {}
PLAIN_FIELDS: dict[str, tuple[tuple[str, str, Callable[[Any], Any] | None], ...]] = {}


# Every type of the model: what node(id:) and exploration may name.
ALL_LABELS = tuple(ENTITIES)


def to_global_id(label: str, node_id: str) -> str:
    return base64.b64encode(f"{label}:{node_id}".encode()).decode()


def from_global_id(global_id: str) -> tuple[str, str] | None:
    """(label, id) of a global id, or None when it is not one of ours."""
    try:
        label, _, node_id = base64.b64decode(global_id, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    if label not in ENTITIES or not node_id:
        return None
    return label, node_id


def _decoded(value: str, labels: tuple[str, ...], argument: str) -> tuple[str, str] | None:
    """(label, id) of a global id of one of `labels`; None for anything else, read as a database id.
    BAD_USER_INPUT for a global id of another type."""
    decoded = from_global_id(value)
    if decoded is not None and decoded[0] not in labels:
        raise user_error(f"`{argument}` must identify a {' or '.join(labels)}", argument)
    return decoded


def own_id(value: str, labels: tuple[str, ...], argument: str) -> str:
    """The graph id behind an argument: a global id of one of `labels`, or the entity's own id as given."""
    decoded = _decoded(value, labels, argument)
    return value if decoded is None else decoded[1]


async def named(info: Info, value: str, labels: tuple[str, ...], argument: str) -> NodeRecord | None:
    """The node an id argument names, if the viewer may see it (README's id rule): a global id of one of `labels`,
    or a database id of one of them. BAD_USER_INPUT for a global id of another type, or for a database id that
    two of `labels` use (only the global id can tell them apart)."""
    decoded = _decoded(value, labels, argument)
    if decoded is not None:
        return await info.context.node_loader(decoded[0]).load(decoded[1])
    if len(labels) == 1:
        return await info.context.node_loader(labels[0]).load(value)
    return _one(await info.context.id_loader(labels).load(value), value, argument)


def _one(found: tuple[NodeRecord, ...], value: str, argument: str) -> NodeRecord | None:
    if len(found) > 1:
        types = " and a ".join(r.label for r in found)
        raise user_error(f"`{argument}`: {value!r} is the database id of a {types}: pass the global id", argument)
    return found[0] if found else None


async def public(info: Info, value: str, labels: tuple[str, ...], argument: str) -> tuple[str, str]:
    """(label, id) an argument names among types whose figures anyone may read (statistics' scopes), as `named`
    reads it but whoever asks: the read that follows answers NOT_FOUND for a global id of nothing."""
    decoded = _decoded(value, labels, argument)
    if decoded is not None:
        return decoded
    found = await ids.by_any_label(info.context.graph, [value], labels, SYSTEM)
    record = _one(found[value], value, argument)
    if record is None:
        raise user_error(f"`{argument}` names no {' or '.join(labels)}", argument, NOT_FOUND)
    return record.label, record.id


async def existing(info: Info, value: str, labels: tuple[str, ...], argument: str) -> tuple[str, str]:
    """(label, id) of the node an argument names, as `named` reads it; NOT_FOUND when it names nothing the viewer
    may see (a hidden node answers as a missing one)."""
    record = await named(info, value, labels, argument)
    if record is None:
        raise user_error(f"`{argument}` names no {' or '.join(labels)} you may see", argument, NOT_FOUND)
    return record.label, record.id


@strawberry.interface(description="An object with a global id, fetchable with node(id:).")
class Node:
    record: strawberry.Private[NodeRecord]

    @strawberry.field(description="Global id: stable, opaque; pass it to node(id:).")
    def id(self) -> strawberry.ID:
        return strawberry.ID(to_global_id(self.record.label, self.record.id))

    @strawberry.field(description="The entity's own id in the graph, as used in `where: {id: ...}`.")
    def db_id(self) -> str:
        return self.record.id

    @overload
    @classmethod
    def of(cls, record: NodeRecord) -> Self: ...

    @overload
    @classmethod
    def of(cls, record: None) -> None: ...

    @classmethod
    def of(cls, record: NodeRecord | None) -> Self | None:
        """The object of a record of this type (of any entity, for Node itself), or None."""
        found: Self | None = wrap(record)
        return found


def wrap(record: NodeRecord | None) -> Any:
    """The GraphQL object for a graph record, its plain fields set as attributes.

    Attributes, not resolvers: GraphQL reads them with its default resolver, several times cheaper per field
    than calling a resolver function (a nested page resolves hundreds of them).
    """
    if record is None:
        return None
    obj = object.__new__(TYPES[record.label])
    values = obj.__dict__
    values["record"] = record
    props = record.props
    for attribute, name, convert in PLAIN_FIELDS[record.label]:
        value = props.get(name)
        values[attribute] = convert(value) if convert is not None and value is not None else value
    return obj


async def _load(info: Info, value: str, argument: str) -> Node | None:
    return Node.of(await named(info, value, ALL_LABELS, argument))


@strawberry.type
class NodeQuery:
    @strawberry.field(
        description="Any object by its global id (or its database id, where no two types share it); null when there "
        "is none (or it is hidden); BAD_USER_INPUT for a database id that two types use."
    )
    async def node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="A global id (`Node.id`), or a database id (`Node.dbId`).")
        ],
    ) -> Node | None:
        return await _load(info, id, "id")

    @strawberry.field(description="Objects by global id, in the same order; null where there is none.")
    async def nodes(
        self,
        info: Info,
        ids: Annotated[
            list[strawberry.ID], strawberry.argument(description="Global (or database) ids, at most MAX_PAGE_SIZE.")
        ],
    ) -> list[Node | None]:
        if len(ids) > info.context.max_page_size:
            raise user_error(f"at most {info.context.max_page_size} ids", "ids")
        return list(await asyncio.gather(*(_load(info, i, "ids") for i in ids)))
