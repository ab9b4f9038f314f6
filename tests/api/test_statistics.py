"""Statistics through GraphQL on the demo (agreeing with communityStats, grids and months adding up); closing times
and on-time rates against an independent computation: tests/graph/test_graph_statistics_periods.py."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, gid, gql

FIGURES = """eventsReported eventsClosed closedOnTime onTimeRate medianHoursToClose wishesFulfilled topicsSolved
  homeVisits activityAttendances servicesDelivered peopleServed eventsByCategoryAndState { category status count }"""
STATS = (
    "query($scope: ID!, $from: Date, $to: Date) { statistics(scope: $scope, from: $from, to: $to) { scope from to "
    f"months {{ month {FIGURES} }} totals {{ month {FIGURES} }} }} }}"
)
# Counts that split exactly over months and over grids (distinct people and medians do not).
ADDITIVE = (
    "eventsReported",
    "eventsClosed",
    "closedOnTime",
    "wishesFulfilled",
    "homeVisits",
    "activityAttendances",
    "servicesDelivered",
)


def stats(client: TestClient, scope: str, **period: str) -> dict[str, Any]:
    result: dict[str, Any] = data(client, STATS, scope=scope, **period)["statistics"]
    return result


async def test_community_totals_agree_with_community_stats(client: TestClient, demo_graph: Graph) -> None:
    found = stats(client, gid("Community", "jf"))
    totals = found["totals"]
    figures = data(client, "{ communityStats { wishesFulfilled councilProblemsSolved } }")["communityStats"]
    assert totals["wishesFulfilled"] == figures["wishesFulfilled"] == 33
    assert totals["topicsSolved"] == figures["councilProblemsSolved"] == 47
    row = await demo_graph.read_one(
        """MATCH (:Community {id: 'jf'})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(e:Event)
           RETURN count(e) AS events, count(CASE WHEN e.status = 'CLOSED' THEN 1 END) AS closed,
                  COUNT { MATCH (:Community {id: 'jf'})<-[:IN_COMMUNITY]-(a:ServiceActivity {kind: 'BIRTHDAY_PARTY'})
                          <-[:ATTENDED]-(:Person) } AS birthdays,
                  COUNT { (:HomeVisit) } AS visits"""
    )
    assert row is not None
    assert totals["eventsReported"] == row["events"] > 0
    assert totals["eventsClosed"] == row["closed"]
    assert totals["homeVisits"] == row["visits"] > 0
    # The 398 elderly birthday attendances are among the services delivered.
    assert totals["activityAttendances"] >= row["birthdays"] >= 398
    assert totals["servicesDelivered"] == totals["homeVisits"] + totals["activityAttendances"]
    assert 0 < totals["onTimeRate"] <= 1 and totals["medianHoursToClose"] > 0
    by_state = {(c["category"], c["status"]): c["count"] for c in totals["eventsByCategoryAndState"]}
    assert sum(by_state.values()) == totals["eventsReported"]


def test_months_and_grids_add_up_to_the_community(client: TestClient) -> None:
    community = stats(client, gid("Community", "jf"))
    months = community["months"]
    assert [m["month"] for m in months] == sorted(m["month"] for m in months) and len(months) >= 12
    for name in (*ADDITIVE, "topicsSolved"):
        assert sum(m[name] for m in months) == community["totals"][name], name
    grids = data(client, "{ grids(first: 100) { edges { node { id } } } }")["grids"]["edges"]
    per_grid = [stats(client, g["node"]["id"])["totals"] for g in grids]
    for name in ADDITIVE:
        assert sum(g[name] for g in per_grid) == community["totals"][name], name


def test_a_period_keeps_only_its_months(client: TestClient) -> None:
    period = stats(client, gid("Community", "jf"), **{"from": "2023-03-01", "to": "2023-05-31"})
    assert [m["month"] for m in period["months"]] == ["2023-03", "2023-04", "2023-05"]
    assert period["from"] == "2023-03-01" and period["to"] == "2023-05-31"
    for name in ADDITIVE:
        assert sum(m[name] for m in period["months"]) == period["totals"][name]
    whole = stats(client, gid("Community", "jf"))["months"]
    march = next(m for m in whole if m["month"] == "2023-03")
    assert period["months"][0]["eventsReported"] == march["eventsReported"]


def test_a_party_branch_counts_what_its_members_did(client: TestClient) -> None:
    branch = data(client, "{ partyBranches(first: 1) { edges { node { id } } } }")["partyBranches"]["edges"][0]
    totals = stats(client, branch["node"]["id"])["totals"]
    assert 0 <= totals["wishesFulfilled"] <= 33 and totals["eventsReported"] >= 0
    assert totals["activityAttendances"] == 0


def test_bad_scope_and_period(client: TestClient) -> None:
    wish = gid("Wish", "jf-w1")
    assert gql(client, STATS, scope=wish)["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "scope"}
    nowhere = gql(client, STATS, scope=gid("Grid", "nowhere"))["errors"][0]
    assert nowhere["extensions"] == {"code": "NOT_FOUND", "argument": "scope"}
    backwards = gql(client, STATS, scope=gid("Community", "jf"), **{"from": "2023-05-01", "to": "2023-04-01"})
    assert backwards["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
