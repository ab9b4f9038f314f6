"""Statistics by period (graph.statistics): closing times and on-time rates checked against an independent
computation on a small dataset of known dates (on the demo through GraphQL: tests/api/test_statistics.py)."""

from __future__ import annotations

import statistics as pystats
from datetime import date, datetime, timedelta, timezone

import pytest

from graph.core.db import Graph
from graph.statistics import statistics

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
