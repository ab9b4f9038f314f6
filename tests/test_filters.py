"""Pure tests of the where/order/cursor compilation, page arguments, ids and masking (no Neo4j)."""

from __future__ import annotations

from datetime import date

import pytest
from graphql import GraphQLError

from graph.access.viewer import SYSTEM
from graph.core import cursors
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES
from graph.core.records import Order, PageArgs
from graph.reads.filters import Params, compile_where, keyset, order_by
from schema.connections import page_args
from schema.privacy import mask_inner
from schema.relay import from_global_id, to_global_id

GRID = ENTITIES["Grid"]


def test_values_become_parameters_never_text() -> None:
    params = Params(SYSTEM)
    hostile = "x' OR 1=1 //"
    cypher = compile_where(GRID, "n", {"name": {"eq": hostile, "startsWith": "建"}}, params)
    assert hostile not in cypher
    assert cypher == "n.name = $p1 AND n.name STARTS WITH $p2"
    assert {k: v for k, v in params.values.items() if k.startswith("p")} == {"p1": hostile, "p2": "建"}


def test_logic_and_relationship_quantifiers() -> None:
    params = Params(SYSTEM)
    where = {
        "OR": [{"kind": {"eq": "SCHOOL"}}, {"NOT": {"code": {"isNull": True}}}],
        "buildings": {"some": {"floors": {"gte": 6}}, "none": {"name": {"contains": "危"}}},
        "gridWorkers": {"all": {"gridRole": {"in": ["TEACHER"]}}},
    }
    cypher = compile_where(GRID, "n", where, params)
    assert "((n.kind = $p1) OR (NOT (n.code IS NULL)))" in cypher
    assert "EXISTS { MATCH (n:Grid)<-[:IN_GRID]-(v2:Building) WHERE v2.floors >= $p3 }" in cypher
    assert "NOT EXISTS { MATCH (n:Grid)<-[:IN_GRID]-(v4:Building) WHERE v4.name CONTAINS $p5 }" in cypher
    assert "NOT EXISTS { MATCH (n:Grid)<-[:WORKS_GRID]-(v6:Person) WHERE NOT (v6.gridRole IN $p7) }" in cypher


def test_list_contains_means_membership() -> None:
    params = Params(SYSTEM)
    cypher = compile_where(ENTITIES["Agreement"], "n", {"collaborations": {"contains": "TALENT"}}, params)
    assert cypher == "$p1 IN n.collaborations"


@pytest.mark.parametrize(
    "where",
    [{"nope": {"eq": 1}}, {"name": {"regex": ".*"}}, {"buildings": {"any": {}}}],
)
def test_unknown_fields_and_operators_are_the_callers_error(where: dict[str, object]) -> None:
    with pytest.raises(InvalidInput) as err:
        compile_where(GRID, "n", where, Params(SYSTEM))
    assert err.value.argument == "where"


def test_empty_or_matches_nothing() -> None:
    assert compile_where(GRID, "n", {"OR": []}, Params(SYSTEM)) == "(false)"


def test_cursor_round_trip_and_tampering() -> None:
    c = cursors.encode("heldOn", date(2023, 5, 1), "m-1")
    assert cursors.decode(c, "heldOn", "after") == (date(2023, 5, 1), "m-1")
    with pytest.raises(InvalidInput) as wrong_key:
        cursors.decode(c, "id", "after")
    assert wrong_key.value.argument == "after"
    with pytest.raises(InvalidInput):
        cursors.decode("not a cursor!", "id", "before")


def test_keyset_handles_nulls_in_both_directions() -> None:
    params = Params(SYSTEM)
    after_null = cursors.encode("closedAt", None, "e9")
    asc = keyset("n", Order("closedAt", "ASC"), PageArgs(first=5, after=after_null), params)
    assert asc == "(n.closedAt IS NULL AND n.id > $p1)"
    desc = keyset("n", Order("closedAt", "DESC"), PageArgs(first=5, after=after_null), Params(SYSTEM))
    assert desc == "(n.closedAt IS NOT NULL OR n.id < $p1)"


def test_backward_pages_read_in_reverse() -> None:
    assert order_by("n", Order("name", "ASC"), PageArgs(last=3)) == "n.name DESC, n.id DESC"
    assert order_by("n", Order("id", "DESC"), PageArgs(first=3)) == "n.id DESC"


def test_page_arguments_are_bounded() -> None:
    assert page_args(None, None, None, None, 100) == PageArgs(first=20)
    assert page_args(None, None, None, "c", 100) == PageArgs(last=20, before="c")
    for first, last in ((101, None), (-1, None), (None, 101), (5, 5)):
        with pytest.raises(GraphQLError) as err:
            page_args(first, None, last, None, 100)
        assert err.value.extensions["code"] == "BAD_USER_INPUT"


def test_global_ids() -> None:
    gid = to_global_id("Grid", "jf-g01")
    assert from_global_id(gid) == ("Grid", "jf-g01")
    assert from_global_id("garbage") is None
    assert from_global_id(to_global_id("Secret", "x")) is None


def test_phone_masking() -> None:
    assert mask_inner("13812341234") == "138****1234"
    assert mask_inner("123") == "***"
