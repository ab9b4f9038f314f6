"""Seeded histories as the step pipeline writes them: a case's actions replayed through its machine, timed, stored."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from graph.core.model import ENTITIES
from graph.workflow import NEW, Flow, StateMachine
from seeds.dataset import Builder, RelKey


@dataclass(frozen=True)
class Entry:
    """One history entry: the action, the state it left (None for the creating step) and the one it led to."""

    action: str
    before: str | None
    after: str
    actor: str | None
    at: datetime
    note: str | None = None
    subject: str | None = None  # whom the step named: a claimant, a handler


# An action with the state it left (None for the creating step) and the state it led to.
Step = tuple[str, str | None, str]


def walk(machine: StateMachine, actions: Sequence[str], refined: Mapping[int, str] | None = None) -> list[Step]:
    """Each action with the state it left and the one it led to, replayed from a new case; `refined` gives the
    target of the steps whose workflow rules refine the table's (a claim that leaves places open). ValueError on a
    step the table does not allow where it is taken."""
    state, steps = NEW, []
    for i, action in enumerate(actions):
        if not machine.can(action, state):
            raise ValueError(machine.refusal(action, state or "new"))
        after = (refined or {}).get(i) or machine.target(action, state)
        steps.append((action, state or None, after))
        state = after
    return steps


def moments(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    """`count` moments in order after `start`, the last one `end` (as given: a fulfilment time the case also holds),
    the others to the second; each at least a second after the one before."""
    if count < 1:
        return []
    span = max(0.0, (end - start).total_seconds())
    base = start.replace(microsecond=0)
    found = sorted(base + timedelta(seconds=int(rng.uniform(0.05, 1.0) * span)) for _ in range(count - 1))
    found.append(end)
    for i in range(len(found)):
        earliest = (found[i - 1] if i else start) + timedelta(seconds=1)
        found[i] = max(found[i], earliest)
    return found


def store(b: Builder, flow: Flow, case_id: str, entries: Sequence[Entry], first: int = 1) -> None:
    """Write the entries as the pipeline does: `<case id><suffix><version>`, numbered from `first` (the version the
    case had after the step's own write)."""
    history = flow.history
    if history is None:
        raise ValueError(f"{flow.label} keeps no history")
    before, after = history.states
    key = RelKey(history.of, history.label, flow.label)
    # The pipeline writes a subject on every entry; the seeds write only what the model holds.
    subjects = ENTITIES[history.label].prop("subjectId") is not None
    for version, entry in enumerate(entries, start=first):
        props = {before: entry.before, after: entry.after, "actorId": entry.actor}
        props |= {"subjectId": entry.subject} if subjects else {}
        step_id = f"{case_id}{history.suffix}{version}"
        b.node(history.label, step_id, action=entry.action, **props, note=entry.note, at=entry.at, version=version)
        b.rel(key, step_id, case_id)
