"""The cost function of the GraphQL endpoint's limits, without Neo4j (the limits through the real app:
tests/api/test_hardening.py)."""

from __future__ import annotations

import asyncio
from typing import Any

from graphql import parse

from schema.complexity import HOP_COST, LIST_ALLOWANCE, QUANTIFIER_COST, Limits, query_cost
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
    assert cost('{ paths(fromId: "a", toId: "b", maxLength: 0, first: 3) { truncated } }') == 1 + 3
    assert cost('{ neighborhood(id: "a", depth: 0, limit: 4) { truncated } }') == 1 + 4


def test_computed_lists_are_connections_and_pay_their_page() -> None:
    assert cost('{ search(text: "x") { nodes { label } } }') == 1 + 10 * 2  # its own default, first: 10
    assert cost('{ search(text: "x", first: 3) { totalCount edges { cursor } } }') == 1 + 1 + 3 * 2


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


# --- What the cost follows beyond pages (issue 15 §7) -------------------------------------------------------------

STATISTICS = (
    'query($f: Date, $t: Date) { statistics(scope: "x", from: $f, to: $t) { months { month eventsReported } } }'
)


def test_a_statistics_answer_pays_each_month_it_returns() -> None:
    one = cost(STATISTICS, {"f": "2023-01-01", "t": "2023-01-31"})
    year = cost(STATISTICS, {"f": "2023-01-01", "t": "2023-12-31"})
    assert year - one == 11 * (one - 1)  # statistics 1, and per month: months 1 + month 1 + eventsReported 1
    ten_years = cost(STATISTICS, {"f": "2014-01-01", "t": "2023-12-31"})
    assert ten_years == 1 + 120 * 3


def test_a_statistics_range_past_the_limit_costs_the_longest_range() -> None:
    # The resolver refuses it (BAD_USER_INPUT); the cost must not refuse first, nor count 120,000 months.
    longest = cost(STATISTICS, {"f": "0001-01-01", "t": "9999-12-31"})
    assert longest == cost(STATISTICS, {"f": None, "t": None}) == 1 + 121 * 3


def test_a_list_in_a_filter_pays_per_value_beyond_its_allowance() -> None:
    query = "query($w: PersonWhere) { people(first: 1, where: $w) { totalCount } }"
    ten, eleven = ({"id": {"in": [f"p{i}" for i in range(n)]}} for n in (LIST_ALLOWANCE, LIST_ALLOWANCE + 1))
    assert cost(query, {"w": eleven}) == cost(query, {"w": ten}) + 1
    many = {"id": {"in": [f"p{i}" for i in range(4000)]}}
    assert cost(query, {"w": many}) == cost(query, {"w": ten}) + 4000 - LIST_ALLOWANCE


def test_the_probes_filter_costs_more_than_the_default_limit() -> None:
    # 4,000 ids and 45 `some` took 16 s (the plan of 45 scoped subqueries alone 25-45 s for a non-administrator).
    query = "query($w: PersonWhere) { people(first: 10, where: $w) { totalCount } }"
    somes = [{"wishes": {"some": {"id": {"startsWith": "jf"}}}}] * 45
    assert cost(query, {"w": {"id": {"in": ["x"] * 4000}, "AND": somes}}) > Limits().max_cost
    assert cost(query, {"w": {"AND": somes}}) > Limits().max_cost
    assert cost(query, {"w": {"AND": somes[:10]}}) < Limits().max_cost


def test_a_walk_pays_per_hop() -> None:
    paths = '{ paths(fromId: "a", toId: "b", maxLength: %d, first: 1) { nodes { id } } }'
    assert cost(paths % 8) - cost(paths % 2) == 6 * HOP_COST
    hood = '{ neighborhood(id: "a", depth: %d, limit: 1) { nodes { id } } }'
    assert cost(hood % 3) - cost(hood % 1) == 2 * HOP_COST


def test_every_response_reports_its_cost() -> None:
    """The cost limiter reports what it weighed in `extensions.cost`, with the limit, whether it ran or refused."""
    ran = asyncio.run(build_schema(Limits(max_cost=100), False).execute("{ __typename }"))
    assert ran.extensions == {"cost": {"requested": 1, "limit": 100}}
    refused = asyncio.run(build_schema(Limits(max_cost=10), False).execute("{ people(first: 5) { nodes { id } } }"))
    assert refused.errors and refused.errors[0].extensions == {"code": "QUERY_TOO_COMPLEX"}
    assert refused.extensions == {"cost": {"requested": 1 + 5 * 2, "limit": 10}}
