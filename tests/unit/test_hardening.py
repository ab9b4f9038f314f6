"""The cost function of the GraphQL endpoint's limits, without Neo4j (the limits through the real app:
tests/api/test_hardening.py)."""

from __future__ import annotations

from typing import Any

from graphql import parse

from schema.complexity import QUANTIFIER_COST, Limits, query_cost
from schema.root import schema
from schema.served import build_schema


def cost(query: str, variables: dict[str, Any] | None = None, page: int = 20) -> int:
    return query_cost(schema._schema, parse(query), variables, None, page)


def test_each_field_costs_one() -> None:
    assert cost("{ __typename }") == 1
    assert cost("query($id: ID!) { node(id: $id) { id ... on Person { name } } }", {"id": "x"}) == 3


def test_a_connection_pays_its_edges_first_times() -> None:
    # people 1 + 100 × (edges 1 + node 1 + id 1 + name 1)
    assert cost("{ people(first: 100) { edges { node { id name } } } }") == 401
    assert cost("{ people(last: 7) { edges { node { id } } } }") == 1 + 7 * 3


def test_a_connection_without_first_pays_the_default_page() -> None:
    assert cost("{ people { edges { node { id } } } }") == 1 + 20 * 3
    assert cost("{ people { edges { node { id } } } }", page=50) == 1 + 50 * 3


def test_total_count_and_page_info_are_paid_once() -> None:
    assert cost("{ people(first: 100) { totalCount pageInfo { hasNextPage } } }") == 1 + 1 + 2


def test_nested_connections_multiply() -> None:
    query = "{ people(first: 10) { edges { node { wishes(first: 5) { edges { node { id } } } } } } }"
    # people 1 + 10 × (edges 1 + node 1 + wishes (1 + 5 × 3))
    assert cost(query) == 1 + 10 * (2 + 16)


def test_variables_fragments_and_inline_fragments_count() -> None:
    query = """query($n: Int) { people(first: $n) { ...Page } }
      fragment Page on PersonConnection { edges { node { ... on Person { name } } } }"""
    assert cost(query, {"n": 30}) == 1 + 30 * 3
    assert cost(query, {}) == 1 + 20 * 3  # absent: the default page


def test_nodes_by_ids_multiply_by_the_ids() -> None:
    query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"
    assert cost(query, {"ids": ["a"] * 40}) == 1 + 40
    assert cost('{ nodes(ids: ["a", "b", "c"]) { id } }') == 1 + 3


def test_lists_with_first_or_limit_multiply() -> None:
    assert cost('{ search(text: "x") { __typename } }') == 1 + 10  # first: 10 by default
    assert cost('{ search(text: "x", first: 3) { __typename } }') == 1 + 3


def test_the_served_schema_prints_the_contract_sdl() -> None:
    assert build_schema(Limits(), True).as_str() == schema.as_str()
    assert build_schema(Limits(max_cost=1), False).as_str() == schema.as_str()


def test_a_where_pays_per_condition_and_per_relationship_quantifier() -> None:
    plain = "{ people(first: 1) { totalCount } }"
    assert cost('{ people(first: 1, where: {name: {eq: "x"}}) { totalCount } }') == cost(plain) + 2
    some = '{ people(first: 1, where: {wishes: {some: {title: {contains: "x"}}}}) { totalCount } }'
    assert cost(some) == cost(plain) + 1 + QUANTIFIER_COST + 2
    variables = {"w": {"wishes": {"none": {"status": {"eq": "PUBLISHED"}}}, "skills": {"all": {"name": {"eq": "x"}}}}}
    with_variables = cost("query($w: PersonWhere) { people(first: 1, where: $w) { totalCount } }", variables)
    assert with_variables == cost(plain) + 2 * (1 + QUANTIFIER_COST + 2)
