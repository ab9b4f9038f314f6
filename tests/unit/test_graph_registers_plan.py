"""What an import would write, from a file's checked rows and the graph's snapshot (pure)."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from graph.registers import Snapshot, Step, plan
from graph.registers.writes import statement

GRID = {"_id": "c-g1", "code": "G1", "name": "第一网格", "kind": "RESIDENTIAL"}
BUILDING = {"_id": "c-b1", "name": "一栋", "address": "一路1号", "floors": 6, "grid": "G1"}


def ids() -> Any:
    counter = itertools.count(1)
    return lambda kind: f"c-{kind}-new{next(counter)}"


def snap(**sheets: list[dict[str, Any]]) -> Snapshot:
    from graph.registers.snapshot import key_of

    return Snapshot("c", {sheet: {key_of(sheet, row): row for row in rows} for sheet, rows in sheets.items()})


def steps_of(kind: str, found: Any) -> list[Step]:
    return [s for s in found.steps if s.kind == kind]


def strip(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def test_a_file_equal_to_the_graph_writes_nothing() -> None:
    found = plan(
        {"grids": (strip(GRID),), "buildings": (strip(BUILDING),)}, snap(grids=[GRID], buildings=[BUILDING]), ids()
    )
    assert found.steps == ()
    assert found.counts["grids"].unchanged == 1 and found.counts["buildings"].unchanged == 1
    assert found.writes == 0


def test_a_new_row_is_created_and_linked_to_what_the_graph_holds() -> None:
    new = {"name": "二栋", "address": "一路2号", "floors": 4, "grid": "G1"}
    found = plan({"buildings": (new,)}, snap(grids=[GRID], buildings=[]), ids())
    (create,) = steps_of("create", found)
    assert create.label == "Building" and create.rows == [
        {"id": "c-b-new1", "props": {"name": "二栋", "address": "一路2号", "floors": 4}}
    ]
    (relink,) = steps_of("relink", found)
    assert (relink.label, relink.type, relink.dst) == ("Building", "IN_GRID", "Grid")
    assert relink.rows == [{"src": "c-b-new1", "dst": ["c-g1"]}]
    assert found.counts["buildings"].new == 1


def test_a_changed_row_updates_its_node_and_a_row_left_out_is_reported_not_deleted() -> None:
    other = {**BUILDING, "_id": "c-b2", "name": "三栋"}
    moved = {**strip(BUILDING), "floors": 7}
    found = plan({"buildings": (moved,)}, snap(grids=[GRID], buildings=[BUILDING, other]), ids())
    (update,) = steps_of("update", found)
    assert update.rows == [{"id": "c-b1", "props": {"name": "一栋", "address": "一路1号", "floors": 7}}]
    assert found.counts["buildings"].changed == 1
    assert found.counts["buildings"].missing == (("三栋",),)
    assert not any(s.kind == "create" for s in found.steps)


def test_a_resident_and_their_membership_in_one_file_name_the_same_new_node() -> None:
    resident = {"name": "王建华", "gender": "MALE", "idNumber": "500102195803150031", "birthDate": date(1958, 3, 15)}
    member = {"idNumber": "500102195803150031", "name": "王建华", "branch": "一支部", "partyStatus": "RETIRED"}
    branch = {"_id": "c-br1", "name": "一支部", "committee": "党委", "_committee": "c-pc"}
    found = plan(
        {"residents": (resident,), "members": (member,)}, snap(branches=[branch], residents=[], members=[]), ids()
    )
    (create,) = steps_of("create", found)
    person = create.rows[0]["id"]
    assert create.rows[0]["props"]["birthYear"] == 1958
    labels = {s.label: s.rows for s in steps_of("label", found)}
    assert labels == {"PartyMember": [person]}  # no household given: not a Resident
    member_of = next(s for s in found.steps if s.type == "MEMBER_OF")
    assert member_of.rows == [{"src": person, "dst": ["c-br1"]}]


def test_an_existing_wish_keeps_its_workflow() -> None:
    wish = {
        "_id": "c-w1",
        "title": "修水管",
        "requester": "500102195803150031",
        "description": "漏水",
        "category": "REPAIR",
        "urgency": 2,
        "headCount": 1,
        "grid": "G1",
        "skills": [],
        "status": "PUBLISHED",
        "claimant": [],
        "createdAt": date(2023, 4, 1),
    }
    claimed = {**strip(wish), "status": "FULFILLED"}
    found = plan({"wishes": (claimed,)}, snap(grids=[GRID], wishes=[wish]), ids())
    assert [(p.code, p.column) for p in found.problems] == [("WORKFLOW_FIELD", "status")]


def test_a_new_fulfilled_wish_names_its_claimants_as_fulfillers() -> None:
    person = {"_id": "c-p1", "idNumber": "500102195803150031", "name": "王建华"}
    unit = {"_id": "c-u1", "name": "建峰集团"}
    wish = {
        "title": "修水管",
        "requester": "500102195803150031",
        "description": "漏水",
        "category": "REPAIR",
        "urgency": 2,
        "headCount": 2,
        "grid": "G1",
        "status": "FULFILLED",
        "claimant": ["500102195803150031", "建峰集团"],
        "createdAt": date(2023, 4, 1),
        "fulfilledAt": date(2023, 4, 9),
    }
    found = plan({"wishes": (wish,)}, snap(grids=[GRID], residents=[person], units=[unit], wishes=[]), ids())
    links = {(s.label, s.type): s.rows for s in steps_of("link", found)}
    assert links[("Person", "FULFILLED")] == [{"src": "c-p1", "dst": "c-w-new1"}]
    assert links[("Unit", "CLAIMED")] == [{"src": "c-u1", "dst": "c-w-new1"}]
    (create,) = steps_of("create", found)
    assert create.rows[0]["props"]["status"] == "FULFILLED" and create.rows[0]["props"]["version"] == 0


@pytest.mark.parametrize(
    "step",
    [
        Step("create", "Nobody"),
        Step("label", "Admin"),
        Step("link", "Person", "OWNS", "Grid"),
        Step("relink", "Grid", "IN_GRID", "Person"),
    ],
)
def test_statements_take_names_only_from_the_model(step: Step) -> None:
    with pytest.raises(ValueError):
        statement(step)


def test_a_step_of_the_model_has_its_statement() -> None:
    text = statement(Step("relink", "Person", "HAS_SKILL", "Skill"))
    assert "MERGE (s)-[:HAS_SKILL]->(d)" in text and "(s:Person {id: row.src})" in text
