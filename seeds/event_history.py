"""Each seeded event's way through the lifecycle: departments, handlers, step history and the current SLA stage."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from graph.core.model import BUILT_IN_CATEGORIES, CATEGORY_LIMITS
from graph.events import FLOW, MACHINE, stage_limit, stage_times
from seeds import dataset as d
from seeds.clock import NOW
from seeds.history import Entry, store, walk
from seeds.population import Population
from seeds.roles import Helpers

DEPARTMENTS = ("城管执法中队", "消防救援站", "民政服务站", "司法所")
# Which department takes the events of a category when a grid worker cannot (index into DEPARTMENTS).
_DEPARTMENT_OF = {"ENVIRONMENT_SANITATION": 0, "FIRE_SAFETY": 1, "SOCIAL_SECURITY": 2, "DISPUTE": 3}
_LIMITS = {code: dict(zip(CATEGORY_LIMITS, limits, strict=True)) for code, _, limits in BUILT_IN_CATEGORIES}
# An event is dispatched the long way unless a grid worker handled it on the spot (the table's shortest way to CLOSED).
_DISPATCHED = frozenset({"self_handle"})
_NOTES = {"invalidate": "核实后不属实", "resolve": "已处理完毕,现场拍照留存", "self_handle": "网格员现场处置完毕"}
_DEPARTMENT_IN = d.RelKey("IN_COMMUNITY", "Department", "Community")
_TO_PERSON = d.RelKey("ASSIGNED_TO", "Event", "Person")
_TO_DEPARTMENT = d.RelKey("ASSIGNED_TO", "Event", "Department")


@dataclass(frozen=True)
class Made:
    """An event row as first written, its grid (index) and its reporter's id."""

    row: dict[str, Any]
    grid: int
    reporter: str


def _path(status: str, self_handled: bool) -> tuple[str, ...]:
    """The actions from the report to `status`, along the event machine's table."""
    return MACHINE.path("CLOSED") if self_handled else MACHINE.path(status, avoid=_DISPATCHED)


def _stage_start(rng: random.Random, status: str, category: str, reported: datetime) -> datetime:
    """When the current stage began: mostly green at the demo's now, some yellow, a few red."""
    limit = stage_limit(status)
    hours = _LIMITS[category][limit] if limit else 24.0
    share = rng.choice((rng.uniform(0.05, 0.75),) * 3 + (rng.uniform(0.8, 1.0), rng.uniform(1.1, 3.0)))
    return max(reported + timedelta(minutes=len(_path(status, False))), NOW - timedelta(hours=hours * share))


def build_history(pop: Population, helpers: Helpers, made: list[Made]) -> None:
    # A Random of its own: the rest of the demo draws from pop.rng exactly as before this history existed.
    rng = random.Random(f"{pop.prefix}-event-history")
    departments = [
        pop.b.node("Department", f"{pop.prefix}-dept{i + 1}", name=name) for i, name in enumerate(DEPARTMENTS)
    ]
    for dept in departments:
        pop.b.rel(_DEPARTMENT_IN, dept, pop.identity.id)
    for m in made:
        row, status = m.row, m.row["status"]
        workers = helpers.workers_by_grid[m.grid] or helpers.members
        staff = pop.person_ids[workers[rng.randrange(len(workers))]]
        self_handled = status == "CLOSED" and row["source"] == "PATROL" and not row["urgent"] and rng.random() < 0.3
        actions = _path(status, self_handled)[1:]  # after the report
        handler, handler_is_person = staff, True
        if "assign" in actions and rng.random() < 0.3:
            handler, handler_is_person = departments[_DEPARTMENT_OF[row["category"]]], False
        reported: datetime = row["reportedAt"]
        end = row.get("closedAt") or _stage_start(rng, status, row["category"], reported)
        if not actions:
            # Still waiting for verification: the report itself starts the clock, so it moves to the stage start.
            row["reportedAt"] = reported = end
        span = (end - reported) / max(1, len(actions))
        times = [(reported + span * (i + 1)).replace(microsecond=0) for i in range(len(actions))]
        steps: list[Entry] = []
        for (action, before, after), at in zip(walk(MACHINE, ("report", *actions)), [reported, *times], strict=True):
            by = m.reporter if action == "report" else staff
            if action in ("start", "resolve") and handler_is_person:
                by = handler
            subject = handler if action == "assign" else None
            steps.append(Entry(action, before, after, by, at, _NOTES.get(action), subject))
        stamps = {"verify": "verifiedAt", "assign": "assignedAt", "start": "startedAt", "resolve": "resolvedAt"}
        for action, at in ((step.action, step.at) for step in steps):
            if action in stamps:
                row[stamps[action]] = at
            if action == "review":
                row["reviewedAt"] = at
            if action == "self_handle":
                row.update(selfHandled=True, resolvedAt=at, verifiedAt=at, assignedAt=at, startedAt=at)
        if "resolvedAt" in row:
            row["resolution"] = _NOTES["self_handle" if self_handled else "resolve"]
        if status == "CLOSED" and rng.random() < 0.6:
            row["rating"] = rng.choice((3, 4, 4, 5, 5, 5))
        limit = stage_limit(status)
        if limit is not None:
            warn, due = stage_times(steps[-1].at, _LIMITS[row["category"]][limit])
            row.update(stageStartedAt=steps[-1].at, stageWarnAt=warn, stageDueAt=due)
        row.update(escalationLevel=0, reopenCount=0, version=len(steps))
        if "assign" in actions or self_handled:
            key = _TO_PERSON if handler_is_person or self_handled else _TO_DEPARTMENT
            pop.b.rel(key, row["id"], staff if self_handled else handler)
        store(pop.b, FLOW, row["id"], steps)
