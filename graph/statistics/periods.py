"""Statistics per community, grid or party branch, per month and for a period: events, wishes, topics, services."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from graph.core.db import Graph, Row
from graph.core.errors import InvalidInput, NotFound

SCOPE_EXISTS = """
OPTIONAL MATCH (c:Community {id: $scopeId}) WHERE $scopeLabel = 'Community'
OPTIONAL MATCH (g:Grid {id: $scopeId}) WHERE $scopeLabel = 'Grid'
OPTIONAL MATCH (b:PartyBranch {id: $scopeId}) WHERE $scopeLabel = 'PartyBranch'
RETURN c IS NOT NULL OR g IS NOT NULL OR b IS NOT NULL AS found
"""

# A party branch's events are those its members reported or were assigned to handle.
_SCOPED_EVENTS = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(e:Event) WHERE $scopeLabel = 'Community'
  RETURN e
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(e:Event) WHERE $scopeLabel = 'Grid' RETURN e
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)-[:REPORTED]->(e:Event) WHERE $scopeLabel = 'PartyBranch'
  RETURN e
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)<-[:ASSIGNED_TO]-(e:Event)
  WHERE $scopeLabel = 'PartyBranch'
  RETURN e
}
"""

# Events by the month they were reported, per category and state.
EVENTS_BY_STATE = (
    _SCOPED_EVENTS
    + """
WITH e, date(e.reportedAt) AS day
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, e.category AS category, e.status AS status, count(*) AS count
"""
)

# Closed events by the month they closed: hours from report to close, and whether the close met the deadline.
# The deadline is the event's own `dueAt` when the events workflow stores one; else the report time plus the
# sum of its category's stage limits (EventCategory); else plus a default limit per category.
EVENTS_CLOSED = (
    _SCOPED_EVENTS
    + """
WITH e, date(e.closedAt) AS day
WHERE e.status = 'CLOSED' AND e.reportedAt IS NOT NULL AND day IS NOT NULL
  AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
OPTIONAL CALL (e) {
  MATCH (cat:EventCategory {code: e.category})
  RETURN coalesce(cat.verifyHours, 0) + coalesce(cat.assignHours, 0) + coalesce(cat.startHours, 0)
       + coalesce(cat.resolveHours, 0) + coalesce(cat.reviewHours, 0) AS categoryHours
  LIMIT 1
}
WITH e, day, CASE WHEN categoryHours > 0 THEN categoryHours
                  ELSE coalesce($limits[e.category], $defaultHours) END AS limitHours
WITH e, day, duration.inSeconds(e.reportedAt, e.closedAt).seconds / 3600.0 AS hours,
     coalesce(e.dueAt, e.reportedAt + duration({minutes: toInteger(round(limitHours * 60))})) AS due
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(*) AS closed, percentileCont(hours, 0.5) AS medianHours,
       sum(CASE WHEN e.closedAt <= due THEN 1 ELSE 0 END) AS onTime
"""
)

# Fulfilled wishes by the month they were fulfilled; a branch's are those the branch or its members fulfilled.
WISHES_FULFILLED = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(w:Wish) WHERE $scopeLabel = 'Community'
  RETURN w
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(w:Wish) WHERE $scopeLabel = 'Grid' RETURN w
  UNION
  MATCH (:PartyBranch {id: $scopeId})-[:FULFILLED]->(w:Wish) WHERE $scopeLabel = 'PartyBranch' RETURN w
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)-[:FULFILLED]->(w:Wish) WHERE $scopeLabel = 'PartyBranch'
  RETURN w
}
WITH w, date(coalesce(w.fulfilledAt, w.createdAt)) AS day
WHERE w.status = 'FULFILLED' AND day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(*) AS count
"""

# Council topics solved (reviewed, outcome SOLVED) by the month of their review: its time when recorded, else
# the last meeting that discussed them. A grid's are those grown from its events; a branch's, those discussed
# at meetings its members attended.
TOPICS_SOLVED = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:CouncilMeeting)-[:DISCUSSED]->(t:CouncilTopic)
  WHERE $scopeLabel = 'Community'
  RETURN t
  UNION
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(t:CouncilTopic) WHERE $scopeLabel = 'Community' RETURN t
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(:Event)<-[:FROM_EVENT]-(t:CouncilTopic) WHERE $scopeLabel = 'Grid' RETURN t
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)-[:ATTENDED]->(:CouncilMeeting)-[:DISCUSSED]->(t:CouncilTopic)
  WHERE $scopeLabel = 'PartyBranch'
  RETURN t
}
WITH t WHERE t.stage = 'REVIEWED' AND t.outcome = 'SOLVED'
WITH t, coalesce(date(t.reviewedAt), COLLECT { MATCH (m:CouncilMeeting)-[:DISCUSSED]->(t) RETURN m.heldOn
                                               ORDER BY m.heldOn DESC LIMIT 1 }[0]) AS day
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(*) AS count
"""

# Services delivered: home visits, and attendances of residents at service activities (the home-visit
# campaign's attendees are the visitors, not the served). People served: distinct people visited or attending.
# A grid's services are those to its residents; a branch's, the visits its members made (activities belong
# to the community, not to a branch).
SERVICES = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)
        <-[:IN_HOUSEHOLD]-(p:Person)<-[:TO]-(v:HomeVisit)
  WHERE $scopeLabel = 'Community'
  RETURN 'visit' AS kind, v.id AS sid, v.visitedOn AS day, p AS person
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(p:Person)
        <-[:TO]-(v:HomeVisit)
  WHERE $scopeLabel = 'Grid'
  RETURN 'visit' AS kind, v.id AS sid, v.visitedOn AS day, p AS person
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)<-[:BY]-(v:HomeVisit)-[:TO]->(p:Person)
  WHERE $scopeLabel = 'PartyBranch'
  RETURN 'visit' AS kind, v.id AS sid, v.visitedOn AS day, p AS person
  UNION
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(a:ServiceActivity)<-[:ATTENDED]-(p:Person)
  WHERE $scopeLabel = 'Community' AND a.kind <> 'HOME_VISIT_CAMPAIGN'
  RETURN 'attendance' AS kind, a.id AS sid, a.heldOn AS day, p AS person
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(p:Person)
        -[:ATTENDED]->(a:ServiceActivity)
  WHERE $scopeLabel = 'Grid' AND a.kind <> 'HOME_VISIT_CAMPAIGN'
  RETURN 'attendance' AS kind, a.id AS sid, a.heldOn AS day, p AS person
}
WITH kind, day, person
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(CASE WHEN kind = 'visit' THEN 1 END) AS homeVisits,
       count(CASE WHEN kind = 'attendance' THEN 1 END) AS attendances, count(DISTINCT person) AS peopleServed
"""

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
    found = await graph.read_one(SCOPE_EXISTS, **params)
    if not found or not found["found"]:
        raise NotFound(f"no {scope_label} {scope_id!r}", "scope")
    states, closed, wishes, topics, services = await asyncio.gather(
        graph.read(EVENTS_BY_STATE, **params),
        graph.read(EVENTS_CLOSED, **params, limits=DEFAULT_LIMIT_HOURS, defaultHours=FALLBACK_LIMIT_HOURS),
        graph.read(WISHES_FULFILLED, **params),
        graph.read(TOPICS_SOLVED, **params),
        graph.read(SERVICES, **params),
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
