"""What the model lets an aggregate measure and group by (graph/reads/aggregation.py), the keys a groupBy accepts,
the generated types that follow from it, and what aggregates cost."""

from __future__ import annotations

import pytest
from graphql import GraphQLEnumType, GraphQLObjectType, parse

from graph.access import scopes
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES
from graph.reads import aggregation
from graph.reads.aggregates import check_keys
from schema.connections import DEFAULT_PAGE_SIZE
from schema.cost import AGGREGATE_COST, query_cost
from schema.root import schema


def test_no_sensitive_property_is_ever_measured_or_a_key() -> None:
    for label, entity in ENTITIES.items():
        names = {p.name for p in aggregation.measured(entity)} | {p.name for p in aggregation.key_props(entity)}
        assert not [n for n in names if scopes.sensitive_field(label, n)], label
    person = {p.name for p in aggregation.measured(ENTITIES["Person"])}
    assert "birthDate" not in person and {"birthYear", "joinedPartyOn", "capacity"} <= person


def test_sums_are_of_numbers_only_and_versions_are_no_figures() -> None:
    for entity in ENTITIES.values():
        assert all(p.kind in ("int", "float") for p in aggregation.summed(entity))
        assert set(aggregation.summed(entity)) <= set(aggregation.measured(entity))
        assert "version" not in {p.name for p in aggregation.measured(entity)}
    assert [p.name for p in aggregation.summed(ENTITIES["Wish"])] == ["urgency", "headCount"]


def test_group_keys_are_enums_codes_and_relationships_to_named_nodes() -> None:
    event = aggregation.group_keys("Event")
    assert {"category", "status", "source", "grid", "building"} <= set(event)
    wish = aggregation.group_keys("Wish")
    assert {"status", "grid", "claimingBranches"} <= set(wish)
    # People are no key: their names are personal data.
    assert "requester" not in wish and "reporter" not in event and "handlerPerson" not in event
    assert aggregation.group_keys("EventCategory") == ()


def test_a_groupby_takes_known_keys_once_each_and_at_most_three() -> None:
    assert check_keys("Event", ["grid", "status", "grid"]) == ("grid", "status")
    with pytest.raises(InvalidInput) as many:
        check_keys("Event", ["grid", "status", "category", "source"])
    assert many.value.argument == "by"
    with pytest.raises(InvalidInput) as unknown:
        check_keys("Wish", ["requester"])
    assert unknown.value.argument == "by"


def test_the_generated_types_follow_the_model() -> None:
    types = schema._schema.type_map
    values = types["PersonAggregateValues"]
    assert isinstance(values, GraphQLObjectType)
    assert "birthDate" not in values.fields and "birthYear" in values.fields
    key = types["EventGroupKey"]
    assert isinstance(key, GraphQLEnumType)
    assert {"GRID", "CATEGORY", "STATUS"} <= set(key.values)
    connection = types["WishConnection"]
    assert isinstance(connection, GraphQLObjectType) and str(connection.fields["aggregate"].type) == "WishAggregate!"
    # An entity with nothing to group by has no groupBy (an enum needs a value).
    aggregate = types["EventCategoryAggregate"]
    assert isinstance(aggregate, GraphQLObjectType) and "groupBy" not in aggregate.fields


def cost(query: str) -> int:
    return query_cost(schema._schema, parse(query), {})


def test_an_aggregate_costs_a_page_and_each_group_key_one_more() -> None:
    bare = cost("{ events(first: 0) { totalCount } }")
    counted = cost("{ events(first: 0) { totalCount aggregate { count } } }")
    assert counted - bare == 1 + AGGREGATE_COST + 1
    grouped = cost("{ events(first: 0) { totalCount aggregate { groupBy(by: [GRID, STATUS]) { count } } } }")
    # groupBy: its own 1, a page per key, and its groups' fields `first` (20 by default) times.
    assert grouped - bare == 1 + AGGREGATE_COST + 1 + 2 * AGGREGATE_COST + DEFAULT_PAGE_SIZE
    # Under a page, paid per parent row, like the rows' own pages.
    nested = cost("{ grids(first: 10) { nodes { events(first: 0) { aggregate { count } } } } }")
    assert nested > 10 * AGGREGATE_COST
