"""The scalar filters every generated `where` input is made of, and inputs turned into plain values for graph/."""

from __future__ import annotations

import datetime
import enum
from dataclasses import fields, is_dataclass
from typing import Any

import strawberry

from graph.core.model import ENTITIES
from graph.core.records import Order
from schema.relay import own_id


@strawberry.enum
class SortDirection(enum.Enum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.input(description="Matches a text value.")
class StringFilter:
    eq: str | None = None
    in_: list[str] | None = strawberry.field(default=None, name="in")
    contains: str | None = None
    starts_with: str | None = None
    lt: str | None = None
    lte: str | None = None
    gt: str | None = None
    gte: str | None = None
    is_null: bool | None = None


@strawberry.input(
    description="Matches an id: the global id (`Node.id`) or the database id (`Node.dbId`); `startsWith` the database id."
)
class IDFilter:
    eq: str | None = None
    in_: list[str] | None = strawberry.field(default=None, name="in")
    starts_with: str | None = None


@strawberry.input(description="Matches a whole number.")
class IntFilter:
    eq: int | None = None
    in_: list[int] | None = strawberry.field(default=None, name="in")
    lt: int | None = None
    lte: int | None = None
    gt: int | None = None
    gte: int | None = None
    is_null: bool | None = None


@strawberry.input(description="Matches a number.")
class FloatFilter:
    eq: float | None = None
    lt: float | None = None
    lte: float | None = None
    gt: float | None = None
    gte: float | None = None
    is_null: bool | None = None


@strawberry.input(description="Matches a yes/no value.")
class BooleanFilter:
    eq: bool | None = None
    is_null: bool | None = None


@strawberry.input(description="Matches a calendar date.")
class DateFilter:
    eq: datetime.date | None = None
    lt: datetime.date | None = None
    lte: datetime.date | None = None
    gt: datetime.date | None = None
    gte: datetime.date | None = None
    is_null: bool | None = None


@strawberry.input(description="Matches a point in time.")
class DateTimeFilter:
    eq: datetime.datetime | None = None
    lt: datetime.datetime | None = None
    lte: datetime.datetime | None = None
    gt: datetime.datetime | None = None
    gte: datetime.datetime | None = None
    is_null: bool | None = None


@strawberry.input(description="Matches a list of text values.")
class ListFilter:
    contains: str | None = None
    is_null: bool | None = None


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


def order(value: Any) -> Order:
    if value is None:
        return Order()
    return Order(key=value.field.value, direction=value.direction.value)
