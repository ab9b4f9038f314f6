"""Pure tests of the where/order/keyset compilation (no Neo4j)."""

from __future__ import annotations

import pytest

from graph.access.viewer import SYSTEM
from graph.core import cursors
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES
from graph.core.records import Order, PageArgs
from graph.reads.filters import Params, compile_where, keyset, order_by

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
