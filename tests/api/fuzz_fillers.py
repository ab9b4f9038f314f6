"""Valid values for what a fuzz test does not attack: real global ids of the demo where a name says which (found
through the root lists), else plain values of the right type."""

from __future__ import annotations

import json
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    get_named_type,
)
from starlette.testclient import TestClient

from tests.api.fuzz_answers import QUERY_TYPE, SCHEMA, check, post

STRING_SCALARS = frozenset({"String", "ID"})


def _unwrap_non_null(type_: GraphQLInputType) -> GraphQLInputType:
    return type_.of_type if isinstance(type_, GraphQLNonNull) else type_


def _is_list(type_: GraphQLInputType) -> bool:
    return isinstance(_unwrap_non_null(type_), GraphQLList)


class Fillers:
    """Valid values for what is not under attack: real ids of the demo where a name says which, else plain ones."""

    def __init__(self, node_ids: dict[str, str]) -> None:
        self.node_ids = node_ids
        self.by_name = {
            "id": node_ids["Grid"],
            "gridId": node_ids["Grid"],
            "scope": node_ids["Community"],
            "communityId": node_ids["Community"],
            "helperId": node_ids["Person"],
            "fromId": node_ids["Person"],
            "toId": node_ids["Household"],
        }

    def string(self, name: str) -> str:
        if name in self.by_name:
            return self.by_name[name]
        if name.endswith("Id"):
            label = name[0].upper() + name[1:-2]
            return self.node_ids.get(label, self.node_ids["Person"])
        return "fuzz"

    def value(self, name: str, type_: GraphQLInputType) -> Any:
        """A plain (JSON) value for a required input of `type_`."""
        inner = _unwrap_non_null(type_)
        if isinstance(inner, GraphQLList):
            return [self.value(name.removesuffix("s"), inner.of_type)]
        if isinstance(inner, GraphQLEnumType):
            return next(iter(inner.values))
        if isinstance(inner, GraphQLInputObjectType):
            return {
                n: self.value(n, f.type)
                for n, f in inner.fields.items()
                if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
            }
        assert isinstance(inner, GraphQLScalarType)
        plain = {"Int": 1, "Float": 1.0, "Boolean": False, "Date": "2024-05-01", "DateTime": "2024-05-01T08:00:00Z"}
        return self.string(name) if inner.name in STRING_SCALARS else plain[inner.name]

    def literal(self, name: str, type_: GraphQLInputType) -> str:
        value = self.value(name, type_)
        if isinstance(get_named_type(type_), GraphQLEnumType):
            return str(value)
        return json.dumps(value)


def node_ids(client: TestClient) -> dict[str, str]:
    """A real global id per node type, from the root list that returns it."""
    assert QUERY_TYPE is not None
    lists: dict[str, str] = {}
    for name, field in QUERY_TYPE.fields.items():
        target = get_named_type(field.type)
        node_type = SCHEMA.type_map.get(target.name.removesuffix("Connection"))
        # The entity lists: connections of a Node type whose arguments are all optional.
        is_node = isinstance(node_type, GraphQLObjectType) and any(i.name == "Node" for i in node_type.interfaces)
        required = any(isinstance(a.type, GraphQLNonNull) and a.default_value is Undefined for a in field.args.values())
        if target.name.endswith("Connection") and is_node and not required:
            lists.setdefault(target.name.removesuffix("Connection"), name)
    ids: dict[str, str] = {}
    pairs = sorted(lists.items())
    for start in range(0, len(pairs), 10):
        query = " ".join(
            f"{t}: {name}(first: 1) {{ edges {{ node {{ id }} }} }}" for t, name in pairs[start : start + 10]
        )
        body = check(post(client, f"{{ {query} }}"), "first ids")
        assert not body.get("errors"), body["errors"]
        for node_type, connection in body["data"].items():
            if connection["edges"]:
                ids[node_type] = connection["edges"][0]["node"]["id"]
    return ids
