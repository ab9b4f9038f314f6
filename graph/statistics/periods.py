"""Statistics per community, grid or party branch, per month and for a period: events, wishes, topics, services."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from graph.core.db import Graph, Row
from graph.core.errors import InvalidInput, NotFound
from graph.statistics import cypher as q

SCOPES = ("Community", "Grid", "PartyBranch")
TOTAL = "total"
# Hours from report to close when neither the event nor its category says (the article's practice: fire risks
# within a day, sanitation within three, disputes within a month).
DEFAULT_LIMIT_HOURS = {"FIRE_SAFETY": 24.0, "ENVIRONMENT_SANITATION": 72.0, "SOCIAL_SECURITY": 168.0, "DISPUTE": 720.0}
FALLBACK_LIMIT_HOURS = 168.0


@dataclass(frozen=True)
class EventCount:
    category: str
    status: str
    count: int


@dataclass(frozen=True)
class Figures:
    """One month's figures ('2023-05'), or the whole period's (`month` is None)."""

    month: str | None
    events_by_category_and_state: tuple[EventCount, ...] = ()
    events_closed: int = 0
    median_hours_to_close: float | None = None
    closed_on_time: int = 0
    wishes_fulfilled: int = 0
    topics_solved: int = 0
    home_visits: int = 0
    activity_attendances: int = 0
    people_served: int = 0

    @property
    def events_reported(self) -> int:
        return sum(c.count for c in self.events_by_category_and_state)

    @property
    def on_time_rate(self) -> float | None:
        """Share of the events closed in the month that closed by their deadline; None when none closed."""
        return self.closed_on_time / self.events_closed if self.events_closed else None

    @property
    def services_delivered(self) -> int:
        return self.home_visits + self.activity_attendances


@dataclass(frozen=True)
class Statistics:
    scope_label: str
    scope_id: str
    start: date | None
    end: date | None
    months: tuple[Figures, ...]
    totals: Figures = field(default_factory=lambda: Figures(None))


def _months_between(start: date, end: date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _fold(buckets: dict[str, dict[str, Any]], rows: list[Row], fields: dict[str, str]) -> None:
    """Copy each row's columns (renamed by `fields`) into its bucket."""
    for row in rows:
        bucket = buckets.setdefault(row["bucket"], {})
        for column, name in fields.items():
            bucket[name] = row[column]


async def statistics(graph: Graph, scope_label: str, scope_id: str, start: date | None, end: date | None) -> Statistics:
    """Every family's figures for the scope, per month (reporting month for event counts, closing month for closing
    times, fulfilment, review and service dates for the rest) and for the period [start, end], both inclusive."""
    if scope_label not in SCOPES:
        raise InvalidInput("scope must be a Community, a Grid or a PartyBranch", "scope")
    if start is not None and end is not None and start > end:
        raise InvalidInput("`from` lies after `to`", "from")
    params: dict[str, Any] = {"scopeLabel": scope_label, "scopeId": scope_id, "from": start, "to": end}
    found = await graph.read_one(q.SCOPE_EXISTS, **params)
    if not found or not found["found"]:
        raise NotFound(f"no {scope_label} {scope_id!r}", "scope")
    states, closed, wishes, topics, services = await asyncio.gather(
        graph.read(q.EVENTS_BY_STATE, **params),
        graph.read(q.EVENTS_CLOSED, **params, limits=DEFAULT_LIMIT_HOURS, defaultHours=FALLBACK_LIMIT_HOURS),
        graph.read(q.WISHES_FULFILLED, **params),
        graph.read(q.TOPICS_SOLVED, **params),
        graph.read(q.SERVICES, **params),
    )
    buckets: dict[str, dict[str, Any]] = {}
    by_state: dict[str, list[EventCount]] = {}
    for row in sorted(states, key=lambda r: (r["category"] or "", r["status"] or "")):
        by_state.setdefault(row["bucket"], []).append(EventCount(row["category"], row["status"], row["count"]))
    for bucket, counts in by_state.items():
        buckets.setdefault(bucket, {})["events_by_category_and_state"] = tuple(counts)
    _fold(
        buckets, closed, {"closed": "events_closed", "medianHours": "median_hours_to_close", "onTime": "closed_on_time"}
    )
    _fold(buckets, wishes, {"count": "wishes_fulfilled"})
    _fold(buckets, topics, {"count": "topics_solved"})
    _fold(
        buckets,
        services,
        {"homeVisits": "home_visits", "attendances": "activity_attendances", "peopleServed": "people_served"},
    )
    totals = Figures(None, **buckets.pop(TOTAL, {}))
    names = set(buckets)
    if start is not None and end is not None:
        names |= set(_months_between(start, end))
    months = tuple(replace(Figures(m), **buckets.get(m, {})) for m in sorted(names))
    return Statistics(scope_label, scope_id, start, end, months, totals)
