"""The event state machine (collect → handle → review) and its SLA traffic light, as pure functions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from graph.core.model import CATEGORY_LIMITS, EVENT_STATUSES

STATES = EVENT_STATUSES  # the model's list: one source for the API's enum and the machine
TERMINAL = frozenset({"CLOSED", "INVALID", "DUPLICATE"})
OPEN = frozenset(STATES) - TERMINAL
# Waiting for staff to pick a handler: after verification, a reassignment request, an escalation, a reopening.
AWAITING_HANDLER = frozenset({"VERIFIED", "REASSIGNMENT_REQUESTED", "ESCALATED", "REOPENED"})
# A handler holds the event: they may ask to hand it on or escalate it.
HANDLED = frozenset({"ASSIGNED", "IN_PROGRESS", "ON_HOLD"})

_FROM: Mapping[str, frozenset[str]] = {
    "verify": frozenset({"REPORTED"}),
    "invalidate": frozenset({"REPORTED", "VERIFIED"}),
    "mark_duplicate": frozenset({"REPORTED", "VERIFIED"}),
    # Staff may also move an assigned event to another handler directly.
    "assign": AWAITING_HANDLER | {"ASSIGNED"},
    "request_reassignment": frozenset({"ASSIGNED", "IN_PROGRESS"}),
    "start": frozenset({"ASSIGNED"}),
    "hold": frozenset({"IN_PROGRESS"}),
    "resume": frozenset({"ON_HOLD"}),
    "escalate": HANDLED | {"REASSIGNMENT_REQUESTED"},
    "resolve": frozenset({"IN_PROGRESS"}),
    "review": frozenset({"RESOLVED"}),
    "rework": frozenset({"RESOLVED", "REVIEWED"}),
    "close": frozenset({"REVIEWED"}),
    # A rating changes no state: the reporter judges the result once it exists.
    "rate": frozenset({"RESOLVED", "REVIEWED", "CLOSED"}),
    "reopen": frozenset({"CLOSED"}),
    # A grid worker fixes a small problem on the spot: no dispatch, straight to closed.
    "self_handle": frozenset({"REPORTED", "VERIFIED"}),
}

_TO: Mapping[str, str | None] = {
    "verify": "VERIFIED",
    "invalidate": "INVALID",
    "mark_duplicate": "DUPLICATE",
    "assign": "ASSIGNED",
    "request_reassignment": "REASSIGNMENT_REQUESTED",
    "start": "IN_PROGRESS",
    "hold": "ON_HOLD",
    "resume": "IN_PROGRESS",
    "escalate": "ESCALATED",
    "resolve": "RESOLVED",
    "review": "REVIEWED",
    "rework": "IN_PROGRESS",
    "close": "CLOSED",
    "rate": None,  # stays where it is
    "reopen": "REOPENED",
    "self_handle": "CLOSED",
}

ACTIONS = tuple(_FROM)
NEEDS_NOTE = frozenset({"invalidate", "request_reassignment", "hold", "escalate", "rework", "reopen"})
NEEDS_EVIDENCE = frozenset({"resolve", "self_handle"})

# The actor's relation to the event, worked out by the graph layer under the event's lock.
REPORTER = "reporter"  # reported the event
STAFF = "staff"  # a grid worker of the event's community
GRID = "grid"  # a grid worker of the event's own grid
HANDLER = "handler"  # the person the event is assigned to

_ACTORS: Mapping[str, frozenset[str]] = {
    "verify": frozenset({STAFF}),
    "invalidate": frozenset({STAFF}),
    "mark_duplicate": frozenset({STAFF}),
    "assign": frozenset({STAFF}),
    "request_reassignment": frozenset({HANDLER, STAFF}),
    "start": frozenset({HANDLER, STAFF}),
    "hold": frozenset({HANDLER, STAFF}),
    "resume": frozenset({HANDLER, STAFF}),
    "escalate": frozenset({HANDLER, STAFF}),
    "resolve": frozenset({HANDLER, STAFF}),
    "review": frozenset({GRID}),
    "rework": frozenset({GRID, STAFF}),
    "close": frozenset({STAFF}),
    "rate": frozenset({REPORTER}),
    "reopen": frozenset({REPORTER}),
    "self_handle": frozenset({GRID}),
}

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
LIGHTS = (GREEN, YELLOW, RED)
WARN_SHARE = 0.8  # yellow from 80 % of the limit on


def _known(action: str) -> str:
    if action not in _FROM:
        raise ValueError(f"unknown event action {action!r}")
    return action


def allowed_from(action: str) -> frozenset[str]:
    """The states `action` may leave."""
    return _FROM[_known(action)]


def target(action: str, state: str) -> str:
    """The state `action` leads to from `state` (a rating leaves the state as it is)."""
    return _TO[_known(action)] or state


def can(action: str, state: str) -> bool:
    return state in allowed_from(action)


def refusal(action: str, state: str) -> str:
    """What an invalid transition tells the caller: the action and the event's current state."""
    return f"cannot {action.replace('_', ' ')} an event that is {state}"


def actors(action: str) -> frozenset[str]:
    return _ACTORS[_known(action)]


def may(action: str, roles: frozenset[str]) -> bool:
    return bool(actors(action) & roles)


def is_terminal(state: str) -> bool:
    return state in TERMINAL


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
