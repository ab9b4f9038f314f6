"""The scalar filters every generated `where` input is made of, and inputs turned into plain values for graph/."""

from __future__ import annotations

import datetime
import enum
from dataclasses import fields, is_dataclass
from typing import Any

import strawberry

from graph.core.records import Order, SortKey


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


@strawberry.input(description="Matches an id (the entity's own id, not the global one).")
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
