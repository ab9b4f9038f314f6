"""Special groups through GraphQL: coverage gaps on the demo, and needs, visits, items and attendance recorded."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from graph.services import MAX_GAPS
from tests.api.gql import data, data_as, gid, gql, gql_as
from tests.auth import bearer

AS_OF = "2023-10-26"  # the demo's today
GAPS = """query($days: Int!, $scope: ID, $asOf: Date, $first: Int = 100, $offset: Int = 0) {
  coverageGaps(days: $days, scope: $scope, asOf: $asOf, first: $first, offset: $offset) {
    totalCount asOf days
    gaps { person { dbId } groups household { dbId } grid { dbId } gridWorkers { dbId gridRole }
           lastVisitedOn lastServedOn daysWithoutContact } } }"""

# Everything the check needs, read plainly; the expected gaps are then computed in Python, not in Cypher.
MEMBERS = """
MATCH (p:Person)-[:IN_SPECIAL_GROUP]->(:SpecialGroup)
WITH DISTINCT p
OPTIONAL MATCH (p)-[:IN_HOUSEHOLD]->(h:Household)
RETURN p.id AS id,
       [(h)<-[:IN_HOUSEHOLD]-(:Person)<-[:TO]-(v:HomeVisit) | v.visitedOn] + [(p)<-[:TO]-(v:HomeVisit) | v.visitedOn]
         AS visits,
       [(p)-[:ATTENDED]->(a:ServiceActivity) | a.heldOn] AS served
"""


def expected_gaps(rows: list[dict[str, Any]], days: int, as_of: date) -> set[str]:
    since = as_of - timedelta(days=days - 1)
    return {
        r["id"]
        for r in rows
        if not any(since <= d <= as_of for d in r["visits"]) and not any(since <= d <= as_of for d in r["served"])
    }


def all_gaps(client: TestClient, days: int, scope: str | None = None, as_of: str = AS_OF) -> dict[str, Any]:
    found: dict[str, Any] = data(client, GAPS, days=days, scope=scope, asOf=as_of)["coverageGaps"]
    gaps = found["gaps"]
    while len(gaps) < found["totalCount"]:
        gaps += data(client, GAPS, days=days, scope=scope, asOf=as_of, offset=len(gaps))["coverageGaps"]["gaps"]
    return found


async def test_coverage_gaps_on_the_demo_are_real_and_correct(client: TestClient, demo_graph: Graph) -> None:
    community = gid("Community", "jf")
    rows = await demo_graph.read(MEMBERS)
    for days in (30, 90):
        found = all_gaps(client, days, community)
        ids = [g["person"]["dbId"] for g in found["gaps"]]
        assert len(ids) == len(set(ids)) == found["totalCount"]
        assert set(ids) == expected_gaps(rows, days, date(2023, 10, 26))
        assert 0 < found["totalCount"] < len(rows) / 3, "some, not most, members are uncovered"
        for gap in found["gaps"]:
            assert gap["groups"] and gap["grid"] and gap["household"]
            assert gap["gridWorkers"], "every gap names the grid workers to send"
            assert gap["daysWithoutContact"] is None or gap["daysWithoutContact"] >= days
        waits = [g["daysWithoutContact"] for g in found["gaps"]]
        never = waits.count(None)
        assert all(w is None for w in waits[:never]) and waits[never:] == sorted(waits[never:], reverse=True)
    assert all_gaps(client, 30)["totalCount"] == all_gaps(client, 30, community)["totalCount"]
    grids = data(client, "{ grids(first: 100) { edges { node { id } } } }")["grids"]["edges"]
    by_grid = sum(all_gaps(client, 30, g["node"]["id"])["totalCount"] for g in grids)
    assert by_grid == all_gaps(client, 30, community)["totalCount"]


def test_coverage_gaps_reject_bad_arguments(client: TestClient) -> None:
    for args, argument in (
        ({"days": 0}, "days"),
        # Just over the limit: far over it, the query's cost is refused before the argument is read.
        ({"days": 5, "first": MAX_GAPS + 1}, "first"),
    ):
        error = gql(client, GAPS, **args)["errors"][0]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": argument}
    # A database id of nothing, as a global id of nothing (README's id rule).
    error = gql(client, GAPS, days=5, scope="x")["errors"][0]
    assert error["extensions"] == {"code": "NOT_FOUND", "argument": "scope"}


async def staff_of(graph: Graph, person_id: str) -> str:
    row = await graph.read_one(
        """MATCH (:Person {id: $id})-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)
           MATCH (w:GridWorker)-[:WORKS_GRID]->(g) RETURN w.id AS id ORDER BY w.id LIMIT 1""",
        id=person_id,
    )
    assert row is not None
    return str(row["id"])


VISIT = """mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) {
  replayed homeVisit { id dbId visitedOn notes worker { dbId } person { dbId } household { dbId } } } }"""
NEED = """mutation($input: RecordNeedInput!) { recordNeed(input: $input) {
  replayed need { id dbId description source status recordedAt person { dbId } } } }"""


async def test_a_visit_recorded_through_the_api_closes_the_gap(scratch_client: TestClient, scratch_demo: Graph) -> None:
    before = all_gaps(scratch_client, 30)
    gap = before["gaps"][0]
    person = gap["person"]["dbId"]
    worker = await staff_of(scratch_demo, person)
    visit = {
        "personId": gid("Person", person),
        "visitedOn": "2023-10-20",
        "notes": "了解近况",
        "idempotencyKey": "visit-1",
    }
    as_worker = bearer(worker, "grid_worker")
    done = data_as(scratch_client, as_worker, VISIT, input=visit)["recordHomeVisit"]
    assert done["replayed"] is False
    recorded = done["homeVisit"]
    assert (recorded["worker"]["dbId"], recorded["person"]["dbId"]) == (worker, person)
    assert recorded["household"]["dbId"] == gap["household"]["dbId"] and recorded["visitedOn"] == "2023-10-20"
    again = data_as(scratch_client, as_worker, VISIT, input=visit)["recordHomeVisit"]
    assert again["replayed"] is True and again["homeVisit"]["id"] == recorded["id"]

    after = all_gaps(scratch_client, 30)
    remaining = {g["person"]["dbId"] for g in after["gaps"]}
    assert person not in remaining
    household_members = {g["person"]["dbId"] for g in before["gaps"] if g["household"] == gap["household"]}
    assert after["totalCount"] == before["totalCount"] - len(household_members)
    # Before the visit's day it did not count.
    assert person in {g["person"]["dbId"] for g in all_gaps(scratch_client, 30, as_of="2023-10-19")["gaps"]}

    q = """query($id: ID!) { node(id: $id) { ... on Person { homeVisits { totalCount }
             household { homeVisits { edges { node { id } } } } } } }"""
    nav = data(scratch_client, q, id=gid("Person", person))["node"]
    assert recorded["id"] in {e["node"]["id"] for e in nav["household"]["homeVisits"]["edges"]}
    made = data(
        scratch_client,
        "query($id: ID!) { node(id: $id) { ... on Person { visitsMade { totalCount } } } }",
        id=gid("Person", worker),
    )
    assert made["node"]["visitsMade"]["totalCount"] >= 1

    future = gql_as(
        scratch_client,
        as_worker,
        VISIT,
        input={**visit, "idempotencyKey": None, "visitedOn": str(date.today() + timedelta(days=2))},
    )
    assert future["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "visitedOn"}
    himself = bearer(person, "resident")
    stranger = gql_as(scratch_client, himself, VISIT, input={**visit, "idempotencyKey": None, "workerId": None})
    assert stranger["errors"][0]["extensions"] == {"code": "FORBIDDEN"}
    assert "only a grid worker of their community or an administrator" in stranger["errors"][0]["message"]
    nobody = gql_as(
        scratch_client,
        as_worker,
        VISIT,
        input={**visit, "idempotencyKey": None, "personId": gid("Person", "jf-nobody")},
    )
    assert nobody["errors"][0]["extensions"] == {"code": "NOT_FOUND", "argument": "personId"}
    # The visit's worker must work the person's grid: a grid worker of another grid is refused, nothing recorded.
    row = await scratch_demo.read_one(
        """MATCH (o:GridWorker)-[:WORKS_GRID]->(:Grid)
           WHERE NOT EXISTS { (o)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)
                              <-[:IN_HOUSEHOLD]-(:Person {id: $person}) }
           RETURN o.id AS id ORDER BY id LIMIT 1""",
        person=person,
    )
    assert row is not None
    visits = "MATCH (:Person {id: $person})<-[:TO]-(v:HomeVisit) RETURN count(v) AS n"
    count = (await scratch_demo.read_one(visits, person=person) or {})["n"]
    elsewhere = {**visit, "idempotencyKey": None, "workerId": gid("Person", row["id"])}
    named = gql_as(scratch_client, as_worker, VISIT, input=elsewhere)
    assert named["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "workerId"}
    assert "not a grid worker of this person's grid" in named["errors"][0]["message"]
    assert (await scratch_demo.read_one(visits, person=person) or {})["n"] == count


async def test_needs_are_recorded_and_navigable(scratch_client: TestClient, scratch_demo: Graph) -> None:
    row = await scratch_demo.read_one(
        "MATCH (p:Person)-[:IN_SPECIAL_GROUP]->() WITH p ORDER BY p.id LIMIT 1 RETURN p.id AS id, COUNT { (p)-[:HAS_NEED]->() } AS needs"
    )
    assert row is not None
    person, worker = row["id"], await staff_of(scratch_demo, row["id"])
    need = {
        "personId": gid("Person", person),
        "description": "希望有人陪同去医院复查",
        "source": "WECHAT_GROUP",
    }
    as_worker = bearer(worker, "grid_worker")
    made = data_as(scratch_client, as_worker, NEED, input=need)["recordNeed"]["need"]
    assert (made["status"], made["source"], made["person"]["dbId"]) == ("OPEN", "WECHAT_GROUP", person)
    q = """query($id: ID!) { node(id: $id) { ... on Person { needs(where: {status: {eq: OPEN}}) {
             edges { node { id description } } } all: needs { totalCount } } } }"""
    nav = data(scratch_client, q, id=gid("Person", person))["node"]
    assert made["id"] in {e["node"]["id"] for e in nav["needs"]["edges"]}
    assert nav["all"]["totalCount"] == row["needs"] + 1
    status = """mutation($input: SetNeedStatusInput!) { setNeedStatus(input: $input) { need { status } } }"""
    met = data_as(scratch_client, as_worker, status, input={"needId": made["id"], "status": "MET"})
    assert met["setNeedStatus"]["need"]["status"] == "MET"
    empty = gql_as(scratch_client, as_worker, NEED, input={**need, "description": "  "})["errors"][0]
    assert empty["extensions"] == {"code": "BAD_USER_INPUT", "argument": "description"}


async def test_service_lists_activities_and_attendance(scratch_client: TestClient, scratch_demo: Graph) -> None:
    lists = data(scratch_client, "{ specialGroups { edges { node { id kind serviceItems { totalCount } } } } }")
    groups = {e["node"]["kind"]: e["node"] for e in lists["specialGroups"]["edges"]}
    assert all(g["serviceItems"]["totalCount"] >= 3 for g in groups.values())
    parties = data(
        scratch_client,
        "{ serviceActivities(where: {kind: {eq: BIRTHDAY_PARTY}}) { edges { node { serviceItem { name } } } } }",
    )
    assert {e["node"]["serviceItem"]["name"] for e in parties["serviceActivities"]["edges"]} == {"集体生日会"}

    gaps = all_gaps(scratch_client, 30)["gaps"]
    person = gaps[-1]["person"]["dbId"]
    worker = bearer(await staff_of(scratch_demo, person), "grid_worker")
    item = data_as(
        scratch_client,
        worker,
        """mutation($input: AddServiceItemInput!) { addServiceItem(input: $input) { serviceItem { id name frequency group { kind } } } }""",
        input={"groupId": groups["DISABLED"]["id"], "name": "助浴服务", "frequency": "MONTHLY"},
    )["addServiceItem"]["serviceItem"]
    assert (item["frequency"], item["group"]["kind"]) == ("MONTHLY", "DISABLED")
    activity = data_as(
        scratch_client,
        worker,
        """mutation($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) {
             activity { id kind heldOn serviceItem { id } community { dbId } } } }""",
        input={
            "communityId": gid("Community", "jf"),
            "title": "助浴服务(10月)",
            "kind": "HOME_VISIT_CAMPAIGN",
            "heldOn": "2023-10-25",
            "serviceItemId": item["id"],
        },
    )["recordServiceActivity"]["activity"]
    assert activity["serviceItem"]["id"] == item["id"] and activity["community"]["dbId"] == "jf"
    attend = """mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
                  added replayed activity { attendees { totalCount } } } }"""
    first = data_as(
        scratch_client, worker, attend, input={"activityId": activity["id"], "personIds": [gid("Person", person)]}
    )
    assert (first["recordAttendance"]["added"], first["recordAttendance"]["activity"]["attendees"]["totalCount"]) == (
        1,
        1,
    )
    again = data_as(
        scratch_client, worker, attend, input={"activityId": activity["id"], "personIds": [gid("Person", person)]}
    )
    assert again["recordAttendance"]["added"] == 0
    assert person not in {g["person"]["dbId"] for g in all_gaps(scratch_client, 30)["gaps"]}
    unknown = gql_as(scratch_client, worker, attend, input={"activityId": activity["id"], "personIds": ["jf-nobody"]})
    assert unknown["errors"][0]["extensions"] == {"code": "NOT_FOUND", "argument": "personIds"}
