"""Each seeded wish's way to its status along the wish machine's table: who took each step, and when."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any

from graph.wishes import FLOW, MACHINE, claim_target
from graph.workflow import SYSTEM_ACTOR
from seeds.clock import CST, NOW, later
from seeds.dataset import Builder
from seeds.history import Entry, moments, store, walk

# The table's shortest way, except that a wish expires once published and still unclaimed at its deadline.
_VIA = {"EXPIRED": ("PUBLISHED",)}
_NOTES = {
    "reject": "不符合微心愿条件,已联系居民说明",
    "cancel": "居民需求已通过其他渠道解决",
    "expire": "deadline passed",  # what the expiry sweep writes
}
# The requester's own steps; a claimant takes its claim, its helpers start and fulfil; staff take the rest.
_REQUESTER = frozenset({"create", "confirm", "withdraw"})
_HELPER = frozenset({"start", "fulfil"})


def add_history(
    b: Builder,
    rng: random.Random,
    row: dict[str, Any],
    requester: str,
    staff: str,
    claimants: list[str],
    for_unit: bool,
) -> None:
    """Write the wish's history. `claimants` hold its places in the order they claimed them;
    staff (a grid worker of its grid) claim, start and fulfil for a unit, whose contact the graph does not hold."""
    status, head_count = row["status"], row["headCount"]
    actions: list[str] = []
    refined: dict[int, str] = {}
    subjects: dict[int, str] = {}
    for action in MACHINE.path(status, via=_VIA.get(status, ())):
        if action != "claim":
            actions.append(action)
            continue
        for k, claimant in enumerate(claimants):
            refined[len(actions)] = claim_target(k + 1, head_count)
            subjects[len(actions)] = claimant
            actions.append("claim")
    steps = walk(MACHINE, actions, refined)
    created: datetime = row["createdAt"]
    times = [created, *moments(rng, created, _end(rng, row), len(steps) - 1)]
    entries = []
    for i, ((action, before, after), at) in enumerate(zip(steps, times, strict=True)):
        actor = staff
        if action in _REQUESTER:
            actor = requester
        elif action == "expire":
            actor = SYSTEM_ACTOR
        elif not for_unit and action == "claim":
            actor = subjects[i]
        elif not for_unit and action in _HELPER:
            actor = claimants[0]
        entries.append(Entry(action, before, after, actor, at, _NOTES.get(action), subjects.get(i)))
    # Numbered from 0 as the pipeline numbers a wish's (its create step writes version 0); the wish holds the last
    # step's version, as a changed wish does, so its lock numbers the next step (seeds/event_history.py likewise).
    row["version"] = len(entries) - 1
    store(b, FLOW, row["id"], entries, first=0)


def _end(rng: random.Random, row: dict[str, Any]) -> datetime:
    """When the wish's last step was taken: its fulfilment, the night after its deadline for the expiry sweep, a
    few days after it was made for a refusal, some time before now for a wish still open."""
    created: datetime = row["createdAt"]
    if row["status"] == "FULFILLED":
        fulfilled: datetime = row["fulfilledAt"]
        return fulfilled
    if row["status"] == "EXPIRED":
        return min(datetime.combine(row["deadline"] + timedelta(days=1), time(0, 30), CST), NOW)
    if row["status"] in MACHINE.open:
        return created + (NOW - created) * rng.uniform(0.3, 0.95)
    return later(rng, created, 2, 24 * 10)
