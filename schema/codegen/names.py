"""How the generator names things: Python attributes, GraphQL type names, annotations and string literals."""

from __future__ import annotations

import json
import re

from strawberry.utils.str_converters import to_camel_case

from graph.core.model import Entity, Prop
from schema import privacy

# Python annotation of each property kind (an `id` property is the Node's own, never a plain field).
SCALARS = {
    "id": "str",
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "date": "datetime.date",
    "datetime": "datetime.datetime",
    "list": "list[str]",
}
# Filter input of each property kind (hand-written in schema/filters.py).
SCALAR_FILTERS = {
    "id": "IDFilter",
    "str": "StringFilter",
    "int": "IntFilter",
    "float": "FloatFilter",
    "bool": "BooleanFilter",
    "date": "DateFilter",
    "datetime": "DateTimeFilter",
    "list": "ListFilter",
}


def snake(name: str) -> str:
    """The Python name of a GraphQL field name; strawberry camel-cases it back."""
    python = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    if to_camel_case(python) != name:
        raise ValueError(f"{name!r} does not survive strawberry's camel-casing as {python!r}: give it a name=")
    return python


def literal(text: str) -> str:
    """A double-quoted Python string literal of `text` (JSON's escapes are Python's for these strings)."""
    return json.dumps(text, ensure_ascii=False)


def enum_name(entity: Entity, prop: Prop) -> str:
    return prop.enum or f"{entity.label}{prop.name[0].upper()}{prop.name[1:]}"


def non_null(entity: Entity, prop: Prop) -> bool:
    """Every node has the property and every viewer gets a value: required, and never withheld by the masking."""
    return prop.required and not privacy.may_withhold(entity.label, prop.name)


def prop_type(entity: Entity, prop: Prop) -> str:
    base = enum_name(entity, prop) if prop.values else SCALARS[prop.kind]
    return base if non_null(entity, prop) else f"{base} | None"
