"""The scalar filters every generated `where` input is made of, and inputs turned into plain values for graph/."""

from __future__ import annotations

import datetime
import enum
from dataclasses import fields, is_dataclass
from typing import Any

import strawberry

from graph.core.model import ENTITIES
from graph.core.records import Order, SortKey
from schema.relay import own_id
from schema.values import described


@strawberry.enum(description="Which way a sort runs.")
class SortDirection(enum.Enum):
    ASC = described("ASC", description="Smallest (or earliest, or A) first.")
    DESC = described("DESC", description="Largest (or latest, or Z) first.")


@strawberry.input(description="Matches a text value.")
class StringFilter:
    eq: str | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[str] | None = strawberry.field(default=None, name="in", description="One of these values.")
    contains: str | None = strawberry.field(default=None, description="Contains this text (case-sensitive).")
    starts_with: str | None = strawberry.field(default=None, description="Starts with this text (case-sensitive).")
    lt: str | None = strawberry.field(default=None, description="Less than this value.")
    lte: str | None = strawberry.field(default=None, description="Less than or equal to this value.")
    gt: str | None = strawberry.field(default=None, description="Greater than this value.")
    gte: str | None = strawberry.field(default=None, description="Greater than or equal to this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(
    description="Matches an id: the global id (`Node.id`) or the database id (`Node.dbId`); `startsWith` the database id."
)
class IDFilter:
    eq: str | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[str] | None = strawberry.field(default=None, name="in", description="One of these values.")
    starts_with: str | None = strawberry.field(default=None, description="Starts with this text (case-sensitive).")


@strawberry.input(description="Matches a whole number.")
class IntFilter:
    eq: int | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[int] | None = strawberry.field(default=None, name="in", description="One of these values.")
    lt: int | None = strawberry.field(default=None, description="Less than this value.")
    lte: int | None = strawberry.field(default=None, description="Less than or equal to this value.")
    gt: int | None = strawberry.field(default=None, description="Greater than this value.")
    gte: int | None = strawberry.field(default=None, description="Greater than or equal to this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a number.")
class FloatFilter:
    eq: float | None = strawberry.field(default=None, description="Equal to this value.")
    lt: float | None = strawberry.field(default=None, description="Less than this value.")
    lte: float | None = strawberry.field(default=None, description="Less than or equal to this value.")
    gt: float | None = strawberry.field(default=None, description="Greater than this value.")
    gte: float | None = strawberry.field(default=None, description="Greater than or equal to this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a yes/no value.")
class BooleanFilter:
    eq: bool | None = strawberry.field(default=None, description="Equal to this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a calendar date.")
class DateFilter:
    eq: datetime.date | None = strawberry.field(default=None, description="Equal to this value.")
    lt: datetime.date | None = strawberry.field(default=None, description="Less than this value.")
    lte: datetime.date | None = strawberry.field(default=None, description="Less than or equal to this value.")
    gt: datetime.date | None = strawberry.field(default=None, description="Greater than this value.")
    gte: datetime.date | None = strawberry.field(default=None, description="Greater than or equal to this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a point in time.")
class DateTimeFilter:
    eq: datetime.datetime | None = strawberry.field(default=None, description="Equal to this value.")
    lt: datetime.datetime | None = strawberry.field(default=None, description="Less than this value.")
    lte: datetime.datetime | None = strawberry.field(default=None, description="Less than or equal to this value.")
    gt: datetime.datetime | None = strawberry.field(default=None, description="Greater than this value.")
    gte: datetime.datetime | None = strawberry.field(default=None, description="Greater than or equal to this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a list of text values.")
class ListFilter:
    contains: str | None = strawberry.field(default=None, description="The list holds this value.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


def _graphql_name(python_name: str) -> str:
    if python_name in ("AND", "OR", "NOT"):
        return python_name
    if python_name == "in_":
        return "in"
    head, *rest = python_name.split("_")
    return head + "".join(part.title() for part in rest)


def plain(value: Any) -> Any:
    """An input object as plain dicts keyed by GraphQL names, without unset fields, for graph/."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in fields(value):
            v = getattr(value, f.name)
            if v is not None:
                out[_graphql_name(f.name)] = plain(v)
        return out
    return value


def where(label: str, value: Any) -> dict[str, Any] | None:
    """A `where` on `label` nodes as plain values for graph/, its id filters naming database ids."""
    found: dict[str, Any] | None = where_ids(label, plain(value))
    return found


def where_ids(label: str, value: Any) -> Any:
    """A plain `where` with the global ids in its `id: {eq, in}` filters read as the database ids they stand for.

    A global id of another type is refused (BAD_USER_INPUT on `where`) rather than matching nothing.
    """
    if not isinstance(value, dict):
        return value
    entity = ENTITIES[label]
    out: dict[str, Any] = {}
    for key, given in value.items():
        if key in ("AND", "OR"):
            out[key] = [where_ids(label, w) for w in given]
        elif key == "NOT":
            out[key] = where_ids(label, given)
        elif key == "id" and isinstance(given, dict):
            out[key] = {op: _ids(label, op, v) for op, v in given.items()}
        elif (rel := entity.rel(key)) is not None and isinstance(given, dict):
            out[key] = {q: where_ids(rel.target, inner) for q, inner in given.items()}
        else:
            out[key] = given
    return out


def _ids(label: str, op: str, value: Any) -> Any:
    if op == "eq" and isinstance(value, str):
        return own_id(value, (label,), "where")
    if op == "in" and isinstance(value, list):
        return [own_id(v, (label,), "where") if isinstance(v, str) else v for v in value]
    return value


def _part(item: Any, name: str, default: str) -> str:
    # Variables arrive as input objects with enum members; literals read ahead arrive as dicts of their text.
    found = item.get(name, default) if isinstance(item, dict) else getattr(item, name, default)
    return str(getattr(found, "value", found))


def order(value: Any) -> Order:
    """The Order of an `orderBy` argument: its keys in priority order (one alone is a list of one); none is by id."""
    items = [] if value is None else value if isinstance(value, list) else [value]
    keys = [SortKey(_part(i, "field", "id"), _part(i, "direction", "ASC")) for i in items]  # type: ignore[arg-type]
    if not keys:
        return Order()
    return Order(keys[0].key, keys[0].direction, tuple(keys[1:]))
