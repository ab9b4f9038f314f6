"""The committed SDL types the model honestly: non-null exactly where every node has a value every viewer gets, one
enum per set of states, actions as upper-case enums, connections' parts non-null."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from graphql import GraphQLEnumType, GraphQLNonNull, GraphQLObjectType, build_schema, get_named_type

from graph.core.model import (
    DISPUTE_ACTIONS,
    ENTITIES,
    SKILL_CATEGORIES,
    TOPIC_ACTIONS,
    WISH_ACTIONS,
    WISH_CATEGORIES,
    Prop,
)
from graph.council import flow as council_flow
from graph.disputes import flow as dispute_flow
from graph.wishes import flow as wish_flow
from schema.codegen.inputs import model_enums
from schema.codegen.names import enum_name
from schema.privacy import may_withhold
from seeds.catalog import SKILLS, WISHES

SDL = build_schema((Path(__file__).resolve().parents[2] / "schema" / "schema.graphql").read_text(encoding="utf-8"))
PLAIN = [(e.label, p) for e in ENTITIES.values() for p in e.props if p.kind != "id"]


def _object(name: str) -> GraphQLObjectType:
    found = SDL.type_map[name]
    assert isinstance(found, GraphQLObjectType), name
    return found


@pytest.mark.parametrize(("label", "prop"), PLAIN, ids=[f"{label}.{p.name}" for label, p in PLAIN])
def test_a_property_is_non_null_exactly_when_every_node_has_it_for_every_viewer(label: str, prop: Prop) -> None:
    field = _object(label).fields[prop.name]
    expected = prop.required and not may_withhold(label, prop.name)
    assert isinstance(field.type, GraphQLNonNull) == expected, f"{label}.{prop.name}: {field.type}"


def test_required_properties_and_masking_meet_where_expected() -> None:
    # A withheld value (no mask) stays nullable although every node has it; a masked one is still a value.
    withheld = {(label, p.name) for label, p in PLAIN if p.required and may_withhold(label, p.name)}
    assert withheld == {("Person", "birthDate")}
    for label, field in (("Person", "name"), ("Person", "idNumber"), ("Household", "room")):
        assert isinstance(_object(label).fields[field].type, GraphQLNonNull), f"{label}.{field}"
    # The brief's examples, so the flags cannot quietly fall off the model.
    for label, field in (("Wish", "status"), ("Wish", "createdAt"), ("Wish", "urgency"), ("Event", "reportedAt")):
        assert isinstance(_object(label).fields[field].type, GraphQLNonNull), f"{label}.{field}"


def test_every_connection_has_non_null_parts() -> None:
    connections = [name for name in SDL.type_map if name.endswith("Connection") and name[:-10] in ENTITIES]
    assert len(connections) == len(ENTITIES)
    for name in connections:
        fields = _object(name).fields
        for part in ("totalCount", "pageInfo", "edges"):
            assert isinstance(fields[part].type, GraphQLNonNull), f"{name}.{part}"


def test_a_history_names_its_states_with_the_entitys_status_enum() -> None:
    pairs = {
        "WishTransition": ("fromStatus", "toStatus", "WishStatus"),
        "EventStep": ("fromStatus", "toStatus", "EventStatus"),
        "DisputeStep": ("fromStatus", "toStatus", "DisputeStatus"),
        "TopicStep": ("fromStage", "toStage", "CouncilTopicStage"),
    }
    for label, (before, after, status) in pairs.items():
        fields = _object(label).fields
        assert {get_named_type(fields[before].type).name, get_named_type(fields[after].type).name} == {status}
    copies = [n for n in SDL.type_map if re.search(r"(From|To)(Status|Stage)(Filter)?$", n)]
    assert copies == []


def test_actions_are_enums_named_in_upper_case_storing_what_the_graph_stores() -> None:
    for label in ("WishTransition", "EventStep", "DisputeStep", "TopicStep"):
        action = get_named_type(_object(label).fields["action"].type)
        assert isinstance(action, GraphQLEnumType), label
    for name, values in model_enums().items():
        declared = SDL.type_map[name]
        assert isinstance(declared, GraphQLEnumType)
        assert list(declared.values) == [v.upper() for v in values], name
    # The Python enum keeps the stored (lower-case) value behind the upper-case GraphQL name.
    from schema.entities.enums import EventStepAction, WishTransitionAction

    assert (EventStepAction.MARK_DUPLICATE.value, WishTransitionAction.FULFIL.value) == ("mark_duplicate", "fulfil")


def test_the_models_action_lists_are_the_workflows_tables() -> None:
    assert wish_flow.MACHINE.actions == WISH_ACTIONS
    assert dispute_flow.MACHINE.actions == DISPUTE_ACTIONS
    assert council_flow.MACHINE.actions == TOPIC_ACTIONS


def test_categories_are_enums_covering_the_seeds() -> None:
    assert {w.category for w in WISHES} <= set(WISH_CATEGORIES)
    assert {s.category for s in SKILLS} == set(SKILL_CATEGORIES)
    for label in ("Wish", "Skill"):
        prop = ENTITIES[label].prop("category")
        assert prop is not None and prop.values
        category = get_named_type(_object(label).fields["category"].type)
        assert isinstance(category, GraphQLEnumType) and category.name == enum_name(ENTITIES[label], prop)


def test_dispute_parties_is_spelled_right_and_the_old_name_deprecated() -> None:
    query = _object("Query").fields
    assert query["disputeParties"].deprecation_reason is None
    assert query["disputePartys"].deprecation_reason
