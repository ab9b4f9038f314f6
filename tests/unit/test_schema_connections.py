"""Lists that can grow are connections of one shape: a sweep of the committed SDL."""

from __future__ import annotations

from pathlib import Path

from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
)

SDL = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"

# Fields that return a list of objects and stay lists, with why (Type.field: reason).
FIXED_LISTS = {
    "Query.nodes": "one object per id passed: the caller bounds it",
    "Query.paths": "at most 10 shortest paths (`first` ≤ 10): one answer, not a list to page",
    "Mutation.applyMatchPlan": "the changes one mutation made",
    "Mutation.expireOverdueWishes": "the changes one mutation made",
    "Mutation.releaseStaleClaims": "the changes one mutation made",
    "Subgraph.nodes": "a drawing cut at `limit` nodes, `truncated` says so",
    "Subgraph.edges": "the relationships between a drawing's nodes",
    "GraphPath.nodes": "one path's nodes, a few hops",
    "GraphPath.edges": "one path's relationships, a few hops",
    "Candidate.paths": "where one wish and one helper meet: a handful of paths",
    "Candidate.factors": "the fixed terms of the score",
    "ExclusionExplanation.factors": "the fixed terms of the score",
    "Assignment.factors": "the fixed terms of the score",
    "MatchPlan.assignments": "one plan, applied whole with its fingerprint: a page of it could not be applied",
    "MatchPlan.unmatched": "one plan, applied whole with its fingerprint",
    "Viewer.grids": "the few grids one person works",
    "Viewer.households": "the households one person belongs to (one or two)",
    "CoverageGap.gridWorkers": "the few grid workers of one grid",
    "CoverageGapConnection.gaps": "deprecated alias of `nodes`: the connection pages it",
    "EventChange.possibleDuplicates": "capped at a few suggestions when an event is reported",
    "ResourcesNear.items": "a map of the community's co-building resources near one grid (one community's units)",
    "ResourcesNear.nodes": "the drawing of those resources",
    "ResourcesNear.edges": "the drawing of those resources",
    "Statistics.months": "one per month of a range the resolver caps at ten years",
    "StatisticsFigures.eventsByCategoryAndState": "categories × states: fixed sets",
}


def _schema() -> GraphQLSchema:
    return build_schema(SDL.read_text(encoding="utf-8"))


def _object_list(type_: object) -> bool:
    """True for a list (of any nullability) of objects or interfaces."""
    inner = type_.of_type if isinstance(type_, GraphQLNonNull) else type_
    if not isinstance(inner, GraphQLList):
        return False
    item = inner.of_type.of_type if isinstance(inner.of_type, GraphQLNonNull) else inner.of_type
    return isinstance(item, GraphQLObjectType | GraphQLInterfaceType)


def test_every_connection_has_edges_nodes_and_page_info() -> None:
    schema = _schema()
    connections = [t for name, t in schema.type_map.items() if name.endswith("Connection")]
    assert len(connections) > 30
    for conn in connections:
        assert isinstance(conn, GraphQLObjectType)
        assert {"edges", "nodes", "pageInfo"} <= set(conn.fields), f"{conn.name} lacks edges, nodes or pageInfo"
        edge = conn.fields["edges"].type.of_type.of_type.of_type
        assert {"node", "cursor"} <= set(edge.fields), f"{edge.name} lacks node or cursor"
        assert conn.fields["nodes"].type.of_type.of_type.of_type == edge.fields["node"].type.of_type


def test_every_connection_field_pages_forward() -> None:
    schema = _schema()
    for type_ in schema.type_map.values():
        if not isinstance(type_, GraphQLObjectType | GraphQLInterfaceType) or type_.name.startswith("__"):
            continue
        for name, field in type_.fields.items():
            named = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
            if getattr(named, "name", "").endswith("Connection"):
                assert {"first", "after"} <= set(field.args), f"{type_.name}.{name} lacks first/after"


def test_no_field_returns_an_unbounded_list_of_objects() -> None:
    """A list of objects that can grow is a connection; the lists that stay lists say why in FIXED_LISTS."""
    schema = _schema()
    found = {
        f"{type_.name}.{name}"
        for type_ in schema.type_map.values()
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType) and not type_.name.startswith("__")
        for name, field in type_.fields.items()
        if _object_list(field.type)
        and not (type_.name.endswith("Connection") and name in ("edges", "nodes"))
        # An aggregate's groups: at most `first` (≤ MAX_PAGE_SIZE), those with most rows; a page of them would
        # shift with every count.
        and not (type_.name.endswith("Aggregate") and name == "groupBy" and "first" in field.args)
    }
    assert found - FIXED_LISTS.keys() == set(), "a list that can grow: make it a connection, or allow-list it"
    assert FIXED_LISTS.keys() - found == set(), "allow-listed but no longer a list: drop it from FIXED_LISTS"
