"""Where hostile strings go: for every String/ID argument of the schema (root fields, fields of each node type reached
through node(id:), mutation inputs leaf by leaf, `where` filters plain, negated and through a relationship), an
operation taking `$v` and the leaves inside `$v` that carry the string."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    get_named_type,
)

from tests.api.fuzz_answers import MUTATION_TYPE, QUERY_TYPE, SCHEMA
from tests.api.fuzz_fillers import STRING_SCALARS, Fillers, _is_list

LOGIC = frozenset({"AND", "OR", "NOT"})
Leaf = tuple[str, ...]


@dataclass(frozen=True)
class Site:
    """Where a hostile string goes: an operation taking `$v`, and the leaves inside `$v` that carry the string."""

    name: str
    query: str
    leaves: tuple[Leaf, ...] = ((),)  # paths into $v; () is $v itself
    lists: frozenset[Leaf] = frozenset()  # leaves that take a list of strings
    base: Any = None  # the rest of $v (an input object's required fields)

    def variables(self, value: str) -> dict[str, Any]:
        if self.leaves == ((),):
            return {"v": [value] if () in self.lists else value}
        root: dict[str, Any] = json.loads(json.dumps(self.base or {}))
        for leaf in self.leaves:
            holder = root
            for step in leaf[:-1]:
                holder = holder.setdefault(step, {})
            holder[leaf[-1]] = [value] if leaf in self.lists else value
        return {"v": root}


def selection_of(type_: GraphQLNamedType) -> str:
    """A small selection that makes the field's resolver run: a connection's edges and count, else a scalar."""
    if not isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
        return ""
    fields = type_.fields
    if "edges" in fields and "totalCount" in fields:
        return "{ totalCount edges { cursor } }"
    for name, field in fields.items():
        leaf = get_named_type(field.type)
        if isinstance(leaf, GraphQLScalarType | GraphQLEnumType) and not any(
            isinstance(a.type, GraphQLNonNull) for a in field.args.values()
        ):
            return f"{{ __typename {name} }}"
    return "{ __typename }"


def _type_text(type_: GraphQLInputType) -> str:
    if isinstance(type_, GraphQLNonNull):
        return f"{_type_text(type_.of_type)}!"
    if isinstance(type_, GraphQLList):
        return f"[{_type_text(type_.of_type)}]"
    return type_.name


def _where_leaves(type_: GraphQLInputObjectType) -> tuple[list[Leaf], set[Leaf]]:
    """The String/ID leaves of a `where` one filter deep, e.g. ("name", "contains"), and those that take lists."""
    leaves: list[Leaf] = []
    lists: set[Leaf] = set()
    for prop, field in type_.fields.items():
        inner = get_named_type(field.type)
        if prop in LOGIC or not isinstance(inner, GraphQLInputObjectType) or "some" in inner.fields:
            continue
        for op, op_field in inner.fields.items():
            if get_named_type(op_field.type).name in STRING_SCALARS:
                leaves.append((prop, op))
                if _is_list(op_field.type):
                    lists.add((prop, op))
    return leaves, lists


def _relation_leaves(type_: GraphQLInputObjectType) -> tuple[list[Leaf], set[Leaf]]:
    """A leaf through the first relationship filter, quantified each way, e.g. ("buildings", "all", "name", "eq").

    One relationship and one leaf: more at once make a costly `where` (seconds on the demo), not a more hostile one."""
    for prop, field in type_.fields.items():
        inner = get_named_type(field.type)
        if isinstance(inner, GraphQLInputObjectType) and "some" in inner.fields:
            target = get_named_type(inner.fields["some"].type)
            assert isinstance(target, GraphQLInputObjectType)
            related, related_lists = _where_leaves(target)
            if related:
                leaves = [(prop, quantifier, *related[0]) for quantifier in ("some", "none", "all")]
                return leaves, {leaf for leaf in leaves if leaf[2:] in related_lists}
    return [], set()


def _input_leaves(type_: GraphQLInputObjectType, depth: int = 0) -> tuple[list[Leaf], set[Leaf]]:
    """String/ID leaves of a mutation input, one nested input object deep."""
    leaves: list[Leaf] = []
    lists: set[Leaf] = set()
    for name, field in type_.fields.items():
        inner = get_named_type(field.type)
        if inner.name in STRING_SCALARS:
            leaves.append((name,))
            if _is_list(field.type):
                lists.add((name,))
        elif isinstance(inner, GraphQLInputObjectType) and depth == 0 and not _is_list(field.type):
            nested, nested_lists = _input_leaves(inner, depth + 1)
            leaves += [(name, *leaf) for leaf in nested]
            lists |= {(name, *leaf) for leaf in nested_lists}
    return leaves, lists


def other_arguments(field: GraphQLField, arg_name: str, fillers: Fillers) -> list[str]:
    """The field's other required arguments, filled, as `name: literal`."""
    return [
        f"{other_name}: {fillers.literal(other_name, other.type)}"
        for other_name, other in field.args.items()
        if other_name != arg_name and isinstance(other.type, GraphQLNonNull) and other.default_value is Undefined
    ]


def field_sites(
    owner: str,
    field_name: str,
    field: GraphQLField,
    fillers: Fillers,
    wrap: tuple[str, str],
    operation: str = "query",
    thorough: bool = True,
) -> Iterator[Site]:
    """Sites for every String/ID argument of one field; `wrap` puts the field in an operation ("head", "tail")."""
    head, tail = wrap
    selection = selection_of(get_named_type(field.type))
    for arg_name, arg in field.args.items():
        named = get_named_type(arg.type)
        if named.name not in STRING_SCALARS and not isinstance(named, GraphQLInputObjectType):
            continue
        call = ", ".join([f"{arg_name}: $v", *other_arguments(field, arg_name, fillers)])
        query = f"{operation} Fuzz($v: {_type_text(arg.type)}) {{ {head}{field_name}({call}) {selection}{tail} }}"
        name = f"{owner}.{field_name}({arg_name})"
        if named.name in STRING_SCALARS:
            yield Site(name, query, lists=frozenset({()}) if _is_list(arg.type) else frozenset())
        elif isinstance(named, GraphQLInputObjectType) and operation == "mutation":
            # One leaf at a time: a mutation stops at its first bad field.
            leaves, lists = _input_leaves(named)
            base = fillers.value(arg_name, arg.type)
            for leaf in leaves:
                yield Site(f"{name}.{'.'.join(leaf)}", query, (leaf,), frozenset(lists & {leaf}), base)
        elif isinstance(named, GraphQLInputObjectType):
            # A `where`: every string filter of the entity at once (they combine with AND); when `thorough`, also
            # the same negated, and through a relationship filter.
            leaves, lists = _where_leaves(named)
            if leaves:
                yield Site(f"{name}:all", query, tuple(leaves), frozenset(lists))
            if leaves and thorough:
                negated = tuple(("NOT", *leaf) for leaf in leaves)
                yield Site(f"{name}:NOT", query, negated, frozenset(("NOT", *leaf) for leaf in lists))
            related, related_lists = _relation_leaves(named)
            if related and thorough:
                yield Site(f"{name}:related", query, tuple(related), frozenset(related_lists))


def root_sites(fillers: Fillers) -> list[Site]:
    assert QUERY_TYPE is not None
    return [s for name, f in QUERY_TYPE.fields.items() for s in field_sites("Query", name, f, fillers, ("", ""))]


def nested_sites(fillers: Fillers) -> list[Site]:
    """Fields with String/ID arguments on every node type, reached through node(id:) of a real node of that type."""
    sites: list[Site] = []
    for type_name, node_id in sorted(fillers.node_ids.items()):
        type_ = SCHEMA.type_map[type_name]
        assert isinstance(type_, GraphQLObjectType)
        head = f'node(id: "{node_id}") {{ ... on {type_name} {{ '
        for name, field in type_.fields.items():
            # The same `where` compilation as the root lists: only its plain form here.
            sites.extend(field_sites(type_name, name, field, fillers, (head, " } }"), thorough=False))
    return sites


def mutation_sites(fillers: Fillers) -> list[Site]:
    assert MUTATION_TYPE is not None
    return [
        s
        for name, f in MUTATION_TYPE.fields.items()
        for s in field_sites("Mutation", name, f, fillers, ("", ""), "mutation")
    ]
