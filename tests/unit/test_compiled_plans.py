"""The compiled read path's pure parts: leaf completion as graphql-core completes, the properties a selection reads,
and which fields of the entity types a plan shapes itself (the rest keep their resolvers)."""

from __future__ import annotations

import datetime

import pytest
from graphql import GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString
from strawberry.types.nodes import SelectedField
from strawberry.utils.str_converters import to_camel_case

from graph.access import scopes
from graph.access.viewer import ANONYMOUS
from graph.core.model import ENTITIES
from graph.core.records import Order, SortKey
from schema import lookahead
from schema.codegen.names import snake
from schema.compiled.shapes import Fallback, completed
from schema.complexity import Limits
from schema.entities.enums import WishStatus
from schema.root import schema
from schema.served import build_schema

# Fields of entity types that keep their resolvers: a domain's computed fields, and the aggregates.
RESOLVED = {"candidates", "suggestedWishes", "light", "actor", "claimant", "subject", "viewer", "aggregate"}


def test_leaves_complete_as_graphql_core_completes_them() -> None:
    assert completed(GraphQLNonNull(GraphQLString))("王**") == "王**"
    assert completed(GraphQLInt)(None) is None
    assert completed(GraphQLList(GraphQLNonNull(GraphQLString)))(("phone", "idNumber")) == ["phone", "idNumber"]
    with pytest.raises(Fallback):  # graphql-core reports the null; the compiled path leaves it to graphql-core
        completed(GraphQLNonNull(GraphQLString))(None)
    with pytest.raises(Fallback):
        completed(GraphQLList(GraphQLNonNull(GraphQLString)))(["a", None])
    with pytest.raises(Fallback):  # not a list: graphql-core's error, not ours
        completed(GraphQLList(GraphQLString))("abc")


def test_custom_scalars_and_enums_complete_through_the_served_types() -> None:
    types = build_schema(Limits(), False)._schema
    wish = types.get_type("Wish")
    assert isinstance(wish, GraphQLObjectType)
    assert completed(wish.fields["status"].type)(WishStatus("PUBLISHED")) == "PUBLISHED"
    assert completed(wish.fields["createdAt"].type)(datetime.datetime(2024, 5, 1, 8, 30, tzinfo=datetime.UTC)) == (
        "2024-05-01T08:30:00+00:00"
    )


def test_every_entity_field_is_shaped_by_a_plan_or_kept_by_its_resolver() -> None:
    """A plan shapes ids, plain and sensitive properties, maskedFields and relationships; a field of any other kind
    added to an entity must be named here, so that nobody assumes it compiled."""
    types = schema._schema
    for label, entity in ENTITIES.items():
        type_ = types.get_type(label)
        assert isinstance(type_, GraphQLObjectType)
        known = {"id", "dbId", "maskedFields", *(p.name for p in entity.props), *(r.field for r in entity.rels)}
        assert set(type_.fields) - known <= RESOLVED, label
        # The generated attribute of a property is named so that GraphQL names it as the property.
        assert all(to_camel_case(snake(p.name)) == p.name for p in entity.props), label


def test_a_projection_names_only_model_properties() -> None:
    """The allow-list: a property the model does not know never reaches the Cypher."""
    person = scopes.projection("Person", "n", ANONYMOUS, frozenset({"name", "birthYear"}))
    assert ".birthYear" in person and ".name" in person and ".id" in person and ".*" not in person
    assert ".*" in scopes.projection("Person", "n", ANONYMOUS)
    with pytest.raises(ValueError, match="no properties"):
        scopes.projection("Person", "n", ANONYMOUS, frozenset({"name} RETURN 1 //"}))


def _field(name: str, skipped: bool = False) -> SelectedField:
    directives = {"skip": {"if": True}} if skipped else {}
    return SelectedField(name=name, directives=directives, arguments={}, selections=[])


def test_a_selection_reads_the_properties_it_shows_and_its_cursors_hold() -> None:
    order = Order("birthYear", "DESC", (SortKey("gender"),))
    shown = [_field("name"), _field("id"), _field("__typename"), _field("building"), _field("gender", skipped=True)]
    # A skipped field is read anyway: what is read never depends on how a directive was evaluated.
    assert lookahead.selected_props("Person", shown, order) == frozenset({"name", "gender", "birthYear"})
    masked = lookahead.selected_props("Person", [_field("maskedFields")], Order())
    assert masked is not None and {"phone", "idNumber", "name"} <= masked
    # A field computed from other properties reads them all.
    assert lookahead.selected_props("Person", [_field("name"), _field("suggestedWishes")], Order()) is None
    assert lookahead.selected_props("Event", [_field("light")], Order()) is None
