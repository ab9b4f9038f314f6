"""The SLA clock of an event's stage and its traffic light, as pure functions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from graph.core.model import CATEGORY_LIMITS

# SLA stages: the clock of each state, named after the category's limit that runs it; terminal states have none.
STAGES: Mapping[str, str] = {
    "REPORTED": "verifyHours",
    "VERIFIED": "assignHours",
    "REASSIGNMENT_REQUESTED": "assignHours",
    "ESCALATED": "assignHours",
    "REOPENED": "assignHours",
    "ASSIGNED": "startHours",
    "IN_PROGRESS": "resolveHours",
    "ON_HOLD": "holdHours",
    "RESOLVED": "reviewHours",
    "REVIEWED": "reviewHours",
}
LIMITS = CATEGORY_LIMITS

GREEN, YELLOW, RED = "GREEN", "YELLOW", "RED"
WARN_SHARE = 0.8  # yellow from 80 % of the limit on


def stage_limit(state: str) -> str | None:
    """The category limit (an EventCategory property) that times `state`; None when nothing is due."""
    return STAGES.get(state)


def stage_times(started_at: datetime, limit_hours: float | None) -> tuple[datetime | None, datetime | None]:
    """(warnAt, dueAt): when the stage turns yellow (80 % of the limit) and when it is overdue (100 %)."""
    if limit_hours is None:
        return None, None
    limit = timedelta(hours=limit_hours)
    return started_at + limit * WARN_SHARE, started_at + limit


def light_at(warn_at: datetime | None, due_at: datetime | None, now: datetime) -> str | None:
    """The light from stored stage times: green before warnAt, yellow up to dueAt inclusive, red after."""
    if warn_at is None or due_at is None:
        return None
    if now < warn_at:
        return GREEN
    return YELLOW if now <= due_at else RED


def light(started_at: datetime, limit: timedelta, now: datetime) -> str:
    """Green under 80 % of the limit, yellow from 80 % to 100 % inclusive, red over it."""
    return light_at(started_at + limit * WARN_SHARE, started_at + limit, now) or GREEN


def reopen_open_until(closed_at: datetime, days: int) -> datetime:
    """The last moment the reporter may reopen a closed event."""
    return closed_at + timedelta(days=days)


def stage_clock(status: str, category: Mapping[str, object] | None, now: datetime) -> dict[str, object]:
    """The SLA clock of the stage `status` opens: warn and due times from the category's limit, none if terminal."""
    limit = stage_limit(status)
    hours = category.get(limit) if category is not None and limit is not None else None
    warn, due = stage_times(now, hours if isinstance(hours, int | float) else None)
    return {"status": status, "stageStartedAt": now if hours else None, "stageWarnAt": warn, "stageDueAt": due}
