"""Pure tests of the where/order/keyset compilation (no Neo4j)."""

from __future__ import annotations

import pytest

from graph.access.viewer import SYSTEM, Viewer
from graph.core.cursors import Cursors
from graph.core.errors import Forbidden, InvalidInput
from graph.core.model import ENTITIES
from graph.core.records import Order, PageArgs, SensitiveUse, SortKey
from graph.reads.filters import Params, check_order, compile_where, keyset, order_by

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
    cursors = Cursors()
    params = Params(SYSTEM, cursors)
    after_null = cursors.encode("closedAt", None, "e9")
    asc = keyset("n", Order("closedAt", "ASC"), PageArgs(first=5, after=after_null), params)
    assert asc == "(n.closedAt IS NULL AND n.id > $p1)"
    desc = keyset("n", Order("closedAt", "DESC"), PageArgs(first=5, after=after_null), Params(SYSTEM, cursors))
    assert desc == "((n.closedAt IS NOT NULL) OR (n.closedAt IS NULL AND n.id < $p1))"


def test_keyset_compares_every_key_then_the_id() -> None:
    """Two keys: past the first key's value, or equal on it and past the second's, or equal on both and past the id
    (in the last key's direction); the cursor holds both values."""
    cursors = Cursors()
    order = Order("status", "ASC", (SortKey("createdAt", "DESC"),))
    after = cursors.encode("status,createdAt", ["OPEN", "2024-01-01"], "w9")
    found = keyset("n", order, PageArgs(first=5, after=after), Params(SYSTEM, cursors))
    assert found == (
        "(((n.status > $p2 OR n.status IS NULL)) OR (n.status = $p2 AND n.createdAt < $p3)"
        " OR (n.status = $p2 AND n.createdAt = $p3 AND n.id < $p1))"
    )
    assert order_by("n", order, PageArgs(first=5)) == "n.status ASC, n.createdAt DESC, n.id DESC"
    assert order_by("n", order, PageArgs(last=5)) == "n.status DESC, n.createdAt ASC, n.id ASC"
    with pytest.raises(InvalidInput, match="another ordering"):
        keyset("n", Order("status"), PageArgs(first=5, after=after), Params(SYSTEM, cursors))


def test_an_id_key_ends_the_order() -> None:
    order = Order("id", "DESC", (SortKey("name", "ASC"),))
    assert order_by("n", order, PageArgs(first=3)) == "n.id DESC"
    assert order.signature == "id"


def test_backward_pages_read_in_reverse() -> None:
    assert order_by("n", Order("name", "ASC"), PageArgs(last=3)) == "n.name DESC, n.id DESC"
    assert order_by("n", Order("id", "DESC"), PageArgs(first=3)) == "n.id DESC"


def test_filters_and_sorts_on_sensitive_fields_are_noted_for_the_audit() -> None:
    """Wherever a `where` reaches Cypher (a relationship's some/none/all too) and whatever the viewer, a sensitive
    field it compares is noted; plain fields are not."""
    person, household = ENTITIES["Person"], ENTITIES["Household"]
    params = Params(SYSTEM)
    compile_where(
        GRID, "n", {"name": {"eq": "一网格"}, "gridWorkers": {"some": {"phone": {"startsWith": "138"}}}}, params
    )
    assert params.sensitive == {SensitiveUse("Person", "phone", "FILTER")}
    member = Params(Viewer("jf-p1", frozenset({"party_member"})))
    where = {"NOT": {"birthDate": {"isNull": True}}, "household": {"all": {"room": {"eq": "1-1"}}}, "gender": {}}
    compile_where(person, "n", where, member)
    assert member.sensitive == {
        SensitiveUse("Person", "birthDate", "FILTER"),
        SensitiveUse("Household", "room", "FILTER"),
    }
    check_order(household, Order("room"), params)
    check_order(household, Order("id"), params)
    assert SensitiveUse("Household", "room", "SORT") in params.sensitive
    assert not any(u.how == "SORT" and u.field == "id" for u in params.sensitive)
    quiet = Params(SYSTEM)
    compile_where(person, "n", {"gender": {"eq": "MALE"}, "phone": {}}, quiet)
    check_order(person, Order("birthYear"), quiet)
    assert quiet.sensitive == set()


def test_a_sensitive_filter_matches_only_rows_the_viewer_reads_whole() -> None:
    member = Viewer("jf-p1", frozenset({"party_member"}))
    cypher = compile_where(ENTITIES["Person"], "n", {"phone": {"startsWith": "138"}}, Params(member))
    assert cypher == "((n.id = $viewerId) AND n.phone STARTS WITH $p1)"


def test_a_cursor_made_before_cursors_held_lists_still_opens() -> None:
    cursors = Cursors()
    by_id = keyset("n", Order(), PageArgs(first=2, after=cursors.encode("id", "w1", "w1")), Params(SYSTEM, cursors))
    assert by_id == "(n.id > $p1)"
    old = cursors.encode("urgency", 3, "w1")
    assert keyset("n", Order("urgency"), PageArgs(first=2, after=old), Params(SYSTEM, cursors)) == (
        "(((n.urgency > $p2 OR n.urgency IS NULL)) OR (n.urgency = $p2 AND n.id > $p1))"
    )


def test_every_key_of_an_order_is_checked_and_audited() -> None:
    """A sensitive key anywhere in the list is reserved to administrators, and noted for the audit when allowed."""
    household = ENTITIES["Household"]
    order = Order("name", "ASC", (SortKey("room", "DESC"),))
    params = Params(SYSTEM)
    check_order(household, order, params)
    assert SensitiveUse("Household", "room", "SORT") in params.sensitive
    with pytest.raises(Forbidden):
        check_order(household, order, Params(Viewer("p1", frozenset({"grid_worker"}))))
    with pytest.raises(InvalidInput, match="cannot sort Household by `nope`"):
        check_order(household, Order("name", "ASC", (SortKey("nope"),)), Params(SYSTEM))
    with pytest.raises(InvalidInput, match="twice"):
        check_order(household, Order("name", "ASC", (SortKey("name", "DESC"),)), Params(SYSTEM))
