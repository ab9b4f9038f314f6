"""Role × read matrix on the demo: rows a viewer may not see never show, in lists, filters, counts, nesting or paths
(what a viewer gets of the rows they do see: tests/api/test_access_reads_masking_and_audit.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.access.scopes import ADULT_AGE
from schema.relay import to_global_id
from tests.api.access_cast import Cast, the_cast
from tests.api.gql import data_as as read
from tests.api.gql import gql_as as ask
from tests.auth import ADMIN

ADULT_BORN_BY = datetime.now(UTC).year - ADULT_AGE


@pytest.fixture
def cast(client: TestClient) -> Cast:
    """Found once per session by an administrator's queries (the demo is deterministic)."""
    return the_cast(client)


def test_the_cast_plays_distinct_people(cast: Cast) -> None:
    assert len({cast.worker, cast.resident, cast.stranger, cast.member}) == 4
    assert cast.resident_phone.isdigit() and cast.stranger_phone.isdigit()


COUNT_PEOPLE = "query($id: String) { people(where: {id: {eq: $id}}) { totalCount } }"
PHONE_FILTER = "query($phone: String) { people(where: {phone: {eq: $phone}}) { totalCount } }"
NODE = "query($id: ID!) { node(id: $id) { id ... on Person { name phone } } }"


@pytest.mark.parametrize(
    ("who", "sees_resident", "sees_stranger"),
    [
        ("admin", True, True),
        ("worker", True, False),
        ("resident", True, False),
        ("member", False, False),
        ("unit", False, False),
    ],
)
def test_a_hidden_person_cannot_be_read_counted_or_found_by_filter(
    client: TestClient, cast: Cast, who: str, sees_resident: bool, sees_stranger: bool
) -> None:
    h = cast.headers(who)
    for person, phone, visible in (
        (cast.resident, cast.resident_phone, sees_resident),
        (cast.stranger, cast.stranger_phone, sees_stranger),
    ):
        assert read(client, h, COUNT_PEOPLE, id=person)["people"]["totalCount"] == int(visible)
        found = read(client, h, NODE, id=to_global_id("Person", person))["node"]
        assert (found is not None) == visible
        # A filter on a sensitive field matches only rows whose field the viewer sees whole.
        full = who in ("admin", "worker", "resident") and visible
        assert read(client, h, PHONE_FILTER, phone=phone)["people"]["totalCount"] == int(full)
        if found is not None:
            assert (found["phone"] == phone) == full
            if not full:
                assert "****" in found["phone"]


def test_a_grid_worker_lists_only_people_of_their_grids_and_staff(client: TestClient, cast: Cast) -> None:
    q = (
        "query($after: String) { people(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor }"
        " edges { node { dbId gridRole building { grid { dbId } } workGrids(first: 1) { totalCount } } } } }"
    )
    everyone = read(client, ADMIN, q)["people"]["totalCount"]
    seen: list[dict[str, Any]] = []
    after = None
    while True:
        page = read(client, cast.headers("worker"), q, after=after)["people"]
        seen += [e["node"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert 0 < len(seen) == page["totalCount"] < everyone
    for person in seen:
        own_grid = person["building"] is not None and person["building"]["grid"]["dbId"] == cast.grid
        assert own_grid or person["gridRole"] is not None or person["dbId"] == cast.worker


def test_nested_traversals_and_counts_hide_people_of_other_grids(client: TestClient, cast: Cast) -> None:
    q = (
        "query($id: ID!) { node(id: $id) { ... on Grid { name buildings(first: 3) { totalCount edges { node {"
        " residents(first: 5) { totalCount } households(first: 5) { totalCount } } } } wishes { totalCount }"
        " events { totalCount } } } }"
    )
    grid = to_global_id("Grid", cast.other_grid)
    admin = read(client, ADMIN, q, id=grid)["node"]
    worker = read(client, cast.headers("worker"), q, id=grid)["node"]
    assert worker["name"] == admin["name"]  # grids and buildings are public
    assert worker["buildings"]["totalCount"] == admin["buildings"]["totalCount"] > 0
    assert sum(b["node"]["residents"]["totalCount"] for b in admin["buildings"]["edges"]) > 0
    # Residents of another grid are invisible, except staff who live there.
    staff_only = (
        "query($id: ID!) { node(id: $id) { ... on Grid { buildings(first: 3) { edges { node {"
        " residents(first: 100) { edges { node { gridRole } } } } } } } } }"
    )
    nested = read(client, cast.headers("worker"), staff_only, id=grid)["node"]["buildings"]["edges"]
    assert all(p["node"]["gridRole"] for b in nested for p in b["node"]["residents"]["edges"])
    assert all(b["node"]["households"]["totalCount"] == 0 for b in worker["buildings"]["edges"])
    assert worker["events"]["totalCount"] == 0 < admin["events"]["totalCount"]
    # `some` through a hidden household cannot reach a person either.
    through = "query($id: String) { buildings(where: {residents: {some: {id: {eq: $id}}}}) { totalCount } }"
    assert read(client, ADMIN, through, id=cast.stranger)["buildings"]["totalCount"] == 1
    assert read(client, cast.headers("worker"), through, id=cast.stranger)["buildings"]["totalCount"] == 0


def test_no_minor_is_shown_to_helpers(client: TestClient, cast: Cast) -> None:
    q = "{ people(first: 100) { edges { node { birthYear } } } }"
    for who in ("member", "unit"):
        years = [e["node"]["birthYear"] for e in read(client, cast.headers(who), q)["people"]["edges"]]
        assert years and all(y is None or y <= ADULT_BORN_BY for y in years)
    kids = f"{{ people(where: {{birthYear: {{gt: {ADULT_BORN_BY}}}}}) {{ totalCount }} }}"
    assert read(client, ADMIN, kids)["people"]["totalCount"] > 0
    assert read(client, cast.headers("member"), kids)["people"]["totalCount"] == 0


def test_special_group_membership_needs_full_access(client: TestClient, cast: Cast) -> None:
    q = "{ specialGroups(first: 10) { totalCount edges { node { members(first: 5) { totalCount } } } } }"
    admin = read(client, ADMIN, q)["specialGroups"]
    member = read(client, cast.headers("member"), q)["specialGroups"]
    assert member["totalCount"] == admin["totalCount"] > 0  # the groups themselves are public
    assert sum(e["node"]["members"]["totalCount"] for e in admin["edges"]) > 0
    assert sum(e["node"]["members"]["totalCount"] for e in member["edges"]) == 0
    worker = read(client, cast.headers("worker"), q)["specialGroups"]
    assert (
        0
        < sum(e["node"]["members"]["totalCount"] for e in worker["edges"])
        < sum(e["node"]["members"]["totalCount"] for e in admin["edges"])
    )


def test_search_neighbourhood_and_paths_respect_visibility(client: TestClient, cast: Cast) -> None:
    name = read(client, ADMIN, NODE, id=to_global_id("Person", cast.stranger))["node"]["name"]
    search = 'query($t: String!) { search(text: $t, labels: ["Person"], first: 50) { nodes { node { dbId } } } }'
    assert cast.stranger in {h["node"]["dbId"] for h in read(client, ADMIN, search, t=name)["search"]["nodes"]}
    assert cast.stranger not in {
        h["node"]["dbId"] for h in read(client, cast.headers("worker"), search, t=name)["search"]["nodes"]
    }
    hood = "query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { dbId label properties } edges { type } } }"
    building_of_stranger = read(
        client,
        ADMIN,
        "query($id: ID!) { node(id: $id) { ... on Person { building { id } } } }",
        id=to_global_id("Person", cast.stranger),
    )["node"]["building"]["id"]
    admin_hood = read(client, ADMIN, hood, id=building_of_stranger)["neighborhood"]
    member_hood = read(client, cast.headers("member"), hood, id=building_of_stranger)["neighborhood"]
    assert cast.stranger in {n["dbId"] for n in admin_hood["nodes"]}
    assert cast.stranger not in {n["dbId"] for n in member_hood["nodes"]}
    assert not {n["label"] for n in member_hood["nodes"]} & {"Household", "Need", "HomeVisit"}
    assert "IN_SPECIAL_GROUP" not in {e["type"] for e in member_hood["edges"]}
    paths = "query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxLength: 4) { nodes { dbId } } }"
    ids = {"a": to_global_id("Grid", cast.other_grid), "b": to_global_id("Person", cast.stranger)}
    assert read(client, ADMIN, paths, **ids)["paths"]
    # The stranger is hidden from another grid's worker: NOT_FOUND, as for a person that does not exist.
    hidden = ask(client, cast.headers("worker"), paths, **ids)["errors"][0]["extensions"]
    assert hidden == {"code": "NOT_FOUND", "argument": "toId"}
