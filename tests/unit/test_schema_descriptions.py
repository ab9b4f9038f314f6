"""Every type, field, argument, input field and enum value of the contract says what it is for."""

from __future__ import annotations

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
)
from graphql.type import specified_scalar_types

from schema.root import schema


def undescribed(built: GraphQLSchema) -> list[str]:
    """Schema coordinates of the elements without a description (introspection and built-in scalars aside)."""
    missing: list[str] = []
    for name, kind in built.type_map.items():
        if name.startswith("__") or name in specified_scalar_types:
            continue
        missing += [] if _said(kind) else [name]
        if isinstance(kind, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in kind.fields.items():
                missing += [] if field.description else [f"{name}.{field_name}"]
                missing += [f"{name}.{field_name}({arg}:)" for arg, spec in field.args.items() if not spec.description]
        elif isinstance(kind, GraphQLInputObjectType):
            missing += [f"{name}.{field}" for field, spec in kind.fields.items() if not spec.description]
        elif isinstance(kind, GraphQLEnumType):
            missing += [f"{name}.{value}" for value, spec in kind.values.items() if not spec.description]
    return missing


def _said(kind: GraphQLNamedType) -> bool:
    return bool(kind.description and kind.description.strip())


def test_every_element_of_the_schema_has_a_description() -> None:
    missing = undescribed(schema._schema)
    assert missing == [], f"{len(missing)} elements without a description:\n" + "\n".join(missing)


def test_the_sweep_sees_every_kind_of_element() -> None:
    sdl = """
        "q" type Query { "f" f("x" x: Int, y: Int): E, g: I }
        "e" enum E { "a" A B }
        "i" input I { "a" a: Int, b: Int }
        type T { t: Int }
        scalar S
    """
    built = build_schema(sdl.replace("g: I", '"g" g(i: I, s: S): T'))
    assert undescribed(built) == ["Query.f(y:)", "Query.g(i:)", "Query.g(s:)", "E.B", "I.b", "T", "T.t", "S"]
