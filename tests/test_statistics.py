"""Statistics through GraphQL on the demo (agreeing with communityStats, grids and months adding up), and closing
times and on-time rates checked against an independent computation on a small dataset of known dates."""

from __future__ import annotations

import statistics as pystats
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from graph.statistics import statistics
from tests.test_api_reads import data, gql
from tests.test_matching import gid

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


CST = timezone(timedelta(hours=8))
# (id, category, reported, hours to close or None when open, dueAt or None, grid)
EVENTS = [
    ("t-e1", "FIRE_SAFETY", datetime(2024, 3, 1, 9, tzinfo=CST), 5.0, None, "t-g1"),  # 24 h limit: on time
    ("t-e2", "FIRE_SAFETY", datetime(2024, 3, 2, 9, tzinfo=CST), 30.0, None, "t-g1"),  # late
    ("t-e3", "ENVIRONMENT_SANITATION", datetime(2024, 3, 5, 9, tzinfo=CST), 70.0, None, "t-g2"),  # 72 h: on time
    (
        "t-e4",
        "ENVIRONMENT_SANITATION",
        datetime(2024, 3, 20, 9, tzinfo=CST),
        400.0,
        None,
        "t-g2",
    ),  # closes in April, late
    ("t-e5", "DISPUTE", datetime(2024, 4, 2, 9, tzinfo=CST), 10.0, 8.0, "t-g1"),  # own dueAt at 8 h: late
    ("t-e6", "NOISE", datetime(2024, 4, 3, 9, tzinfo=CST), 11.0, None, "t-g2"),  # category node: 6 + 6 h, on time
    ("t-e7", "NOISE", datetime(2024, 4, 4, 9, tzinfo=CST), None, None, "t-g2"),  # still open
]

SETUP = """
CREATE (c:Community {id: 't'})
CREATE (:Grid {id: 't-g1'})-[:IN_COMMUNITY]->(c), (:Grid {id: 't-g2'})-[:IN_COMMUNITY]->(c)
CREATE (:EventCategory {id: 't-cat-noise', code: 'NOISE', verifyHours: 6.0, resolveHours: 6.0})
WITH c
UNWIND $events AS e
MATCH (g:Grid {id: e.grid})
CREATE (ev:Event {id: e.id, category: e.category, status: e.status, reportedAt: e.reported, closedAt: e.closed,
                  dueAt: e.due})-[:IN_GRID]->(g)
"""


@pytest.fixture
async def small(graph: Graph) -> Graph:
    rows = [
        {
            "id": i,
            "category": cat,
            "grid": grid,
            "reported": reported,
            "status": "CLOSED" if hours is not None else "IN_PROGRESS",
            "closed": reported + timedelta(hours=hours) if hours is not None else None,
            "due": reported + timedelta(hours=due) if due is not None else None,
        }
        for i, cat, reported, hours, due, grid in EVENTS
    ]
    if not await graph.read_one("MATCH (c:Community {id: 't'}) RETURN c.id AS id"):
        await graph.write(SETUP, events=rows)
    return graph


def closing_hours(month: str | None = None) -> list[float]:
    return [
        h
        for _, _, reported, h, _, _ in EVENTS
        if h is not None and (month is None or (reported + timedelta(hours=h)).strftime("%Y-%m") == month)
    ]


async def test_median_and_on_time_rate_match_an_independent_computation(small: Graph) -> None:
    found = await statistics(small, "Community", "t", None, None)
    assert found.totals.events_closed == 6
    assert found.totals.median_hours_to_close == pytest.approx(pystats.median(closing_hours()))  # (11 + 30) / 2
    assert found.totals.closed_on_time == 3  # e1, e3, e6
    assert found.totals.on_time_rate == pytest.approx(0.5)
    by_month = {m.month: m for m in found.months}
    assert set(by_month) == {"2024-03", "2024-04"}
    for month, figures in by_month.items():
        assert figures.median_hours_to_close == pytest.approx(pystats.median(closing_hours(month)))
    assert (by_month["2024-03"].closed_on_time, by_month["2024-03"].events_closed) == (2, 3)
    assert by_month["2024-04"].events_reported == 3 and by_month["2024-03"].events_reported == 4
    grid = await statistics(small, "Grid", "t-g1", None, None)
    assert grid.totals.median_hours_to_close == pytest.approx(pystats.median([5.0, 30.0, 10.0]))
    assert grid.totals.closed_on_time == 1
    april = await statistics(small, "Community", "t", date(2024, 4, 1), date(2024, 4, 30))
    assert april.totals.events_closed == 3 and april.totals.median_hours_to_close == pytest.approx(11.0)
    empty = await statistics(small, "Community", "t", date(2025, 1, 1), date(2025, 2, 28))
    assert empty.totals.median_hours_to_close is None and empty.totals.on_time_rate is None
    assert [m.month for m in empty.months] == ["2025-01", "2025-02"]
