"""The uniform `where` and `orderBy` inputs, generated for every entity from the graph model."""

from __future__ import annotations

import datetime
import enum
import sys
from dataclasses import fields, is_dataclass
from typing import Any

import strawberry

from graph.core.model import ENTITIES, Entity, Prop
from graph.core.records import Order


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


SCALAR_FILTERS: dict[str, type] = {
    "id": IDFilter,
    "str": StringFilter,
    "int": IntFilter,
    "float": FloatFilter,
    "bool": BooleanFilter,
    "date": DateFilter,
    "datetime": DateTimeFilter,
    "list": ListFilter,
}

_module = sys.modules[__name__]
ENUMS: dict[tuple[str, str], type[enum.Enum]] = {}


def enum_name(entity: Entity, prop: Prop) -> str:
    return f"{entity.label}{prop.name[0].upper()}{prop.name[1:]}"


def _register(cls: type) -> Any:
    # Generated types live in this module's namespace, so strawberry resolves their string annotations here.
    cls.__module__ = __name__
    setattr(_module, cls.__name__, cls)
    return cls


def _enum_filter(name: str, values: type[enum.Enum]) -> Any:
    annotations: dict[str, Any] = {"eq": values | None, "in_": list[values] | None, "is_null": bool | None}  # type: ignore[valid-type]
    ns: dict[str, Any] = {"__annotations__": annotations, "eq": None, "is_null": None}
    ns["in_"] = strawberry.field(default=None, name="in")
    return strawberry.input(_register(type(f"{name}Filter", (), ns)))


def _where(entity: Entity) -> Any:
    annotations: dict[str, Any] = {}
    for prop in entity.props:
        if prop.values:
            enum_type = ENUMS[(entity.label, prop.name)]
            annotations[prop.name] = f"{enum_type.__name__}Filter | None"
        else:
            annotations[prop.name] = f"{SCALAR_FILTERS[prop.kind].__name__} | None"
    for rel in entity.rels:
        annotations[rel.field] = f"{rel.target}RelationFilter | None"
    for virtual in entity.virtual:
        annotations[virtual.name] = f"{virtual.enum_name}Filter | None" if virtual.values else "bool | None"
    name = f"{entity.label}Where"
    annotations |= {
        "AND": f"list[{name}] | None",
        "OR": f"list[{name}] | None",
        "NOT": f"{name} | None",
    }
    ns: dict[str, Any] = {"__annotations__": annotations} | dict.fromkeys(annotations)
    return strawberry.input(
        _register(type(name, (), ns)),
        description=f"Filters {entity.label}; fields combine with AND.",
    )


def _relation_filter(entity: Entity) -> Any:
    where = f"{entity.label}Where | None"
    ns = {
        "__annotations__": {"some": where, "none": where, "all": where},
        "some": None,
        "none": None,
        "all": None,
    }
    return strawberry.input(
        _register(type(f"{entity.label}RelationFilter", (), ns)),
        description="some: at least one related node matches; none: no related node matches; all: every one matches.",
    )


def _order(entity: Entity) -> Any:
    keys = enum.Enum(f"{entity.label}SortKey", {k: k for k in entity.sort_keys})  # type: ignore[misc]
    strawberry.enum(_register(keys))
    ns = {
        "__annotations__": {"field": keys, "direction": SortDirection},
        "field": keys["id"],
        "direction": SortDirection.ASC,
    }
    return strawberry.input(_register(type(f"{entity.label}Order", (), ns)))


for _entity in ENTITIES.values():
    for _prop in _entity.props:
        if _prop.values:
            _enum = enum.Enum(enum_name(_entity, _prop), {v: v for v in _prop.values})  # type: ignore[misc]
            ENUMS[(_entity.label, _prop.name)] = strawberry.enum(_register(_enum))
            _enum_filter(_enum.__name__, _enum)

# Computed filters' enums (the SLA light), one per name, offering only eq and in.
VIRTUAL_ENUMS: dict[str, type[enum.Enum]] = {}
for _entity in ENTITIES.values():
    for _virtual in _entity.virtual:
        if _virtual.values and _virtual.enum_name not in VIRTUAL_ENUMS:
            _venum_cls = enum.Enum(_virtual.enum_name, {v: v for v in _virtual.values})  # type: ignore[misc]
            _venum = strawberry.enum(_register(_venum_cls))
            VIRTUAL_ENUMS[_virtual.enum_name] = _venum
            _vns: dict[str, Any] = {"__annotations__": {"eq": _venum | None, "in_": list[_venum] | None}, "eq": None}  # type: ignore[valid-type]
            _vns["in_"] = strawberry.field(default=None, name="in")
            strawberry.input(_register(type(f"{_virtual.enum_name}Filter", (), _vns)))

WHERE: dict[str, Any] = {label: _where(e) for label, e in ENTITIES.items()}
RELATION_FILTERS: dict[str, Any] = {label: _relation_filter(e) for label, e in ENTITIES.items()}
ORDERS: dict[str, Any] = {label: _order(e) for label, e in ENTITIES.items()}


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


def order(value: Any) -> Order:
    if value is None:
        return Order()
    return Order(key=value.field.value, direction=value.direction.value)
