"""What a workflow gives the step pipeline (its Flow and History; per request a Change) and gets back (StepResult)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, LiteralString

from graph.access.viewer import Viewer
from graph.core.db import Row, Tx
from graph.core.errors import InvalidInput
from graph.core.model import ENTITIES
from graph.core.records import NodeRecord
from graph.workflow.changes import Kind
from graph.workflow.machine import StateMachine

# The actor's token names a person the graph does not hold.
NOT_LINKED = "your account is not linked to a person of this community"
# The scheduled sweeps act as this id, which no caller may claim to be.
SYSTEM_ACTOR = "system"
SYSTEM = "system"  # the relation a sweep holds to every case, for tables that let it act


@dataclass(frozen=True)
class Actor:
    """Who takes a step: the person the graph holds, and what their token grants besides (graph/ never sees a token).

    `admin`: a community administrator, who counts as staff of the community for every step. `grid_worker`: the
    token holds the grid-worker role; which grids the person works is still the graph's to say, and False withholds
    a grid worker's rights. `unit_id`: the unit a unit contact speaks for (claims for it, handles its events).
    The defaults are what the graph alone says of the person (seeds, sweeps, graph-level callers).
    """

    person_id: str
    admin: bool = False
    grid_worker: bool = True
    unit_id: str | None = None
    # The request's viewer, resolved: a step acts only on targets it may see (graph/access/scopes.py). None for
    # graph-level callers (seeds, sweeps, the graph's own tests), who act as the graph alone says.
    viewer: Viewer | None = field(default=None, compare=False)

    def params(self) -> dict[str, bool | str | None]:
        """`$actorId`, `$admin`, `$gridWorker` and `$actorUnit`: the parameters of every query that judges the actor."""
        return {
            "actorId": self.person_id,
            "admin": self.admin,
            "gridWorker": self.grid_worker,
            "actorUnit": self.unit_id,
        }


# The scheduled sweeps: the system, which may take the steps tables give it (expire, release a stale claim).
SWEEP = Actor(SYSTEM_ACTOR)


@dataclass(frozen=True)
class History:
    """How a workflow's history entries are stored: their label, the relationship to the case, the id suffix.

    Entries are numbered by the case's version (which the case's lock has just raised): `<case id><suffix><version>`.
    `states` names the entry's two state properties (a council topic has stages).
    """

    label: str
    of: str
    suffix: str
    states: tuple[str, str] = ("fromStatus", "toStatus")


@dataclass(frozen=True)
class Flow:
    """What a workflow is, as the pipeline needs it: its case's label, table and history (all data).

    `argument` names the case in errors; `state` is the column of the lock's row (and the property) holding the
    state; `announce` names the subscribers' kind its status changes are published to.
    """

    label: str
    argument: str
    machine: StateMachine | None = None
    history: History | None = None
    state: str = "status"
    announce: Kind | None = None

    def __post_init__(self) -> None:
        # The labels and the relationship type are written into Cypher: only the model's own names are allowed.
        names = [self.label] + ([self.history.label, self.history.of, *self.history.states] if self.history else [])
        if self.label not in ENTITIES or any(not _NAME.fullmatch(name) for name in names):
            raise ValueError(f"a flow of an unknown label or with an unsafe name: {names}")


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# Locks the case (for a creating step: what the new case joins) and reads everything the step is judged on.
Read = Callable[[Tx], Awaitable[Row]]
# Pure: the workflow's rules beyond its table, on the row read under the lock and the table's target; returns the
# write's further parameters (`id` for a new case; `toStatus` where the rules refine the table's target).
Rules = Callable[[Row, str | None], Mapping[str, Any]]


@dataclass(frozen=True)
class Target:
    """A node a step acts on or names. One the actor may not see is answered as missing: `missing` and `argument`
    are the refusal an id that names nothing gets, so a hidden node cannot be told from an absent one."""

    labels: tuple[str, ...]
    id: str
    argument: str
    missing: str

    def __post_init__(self) -> None:
        # The labels are written into Cypher: the model's own only.
        if not self.labels or any(label not in ENTITIES for label in self.labels):
            raise ValueError(f"a target of an unknown label: {self.labels}")


@dataclass(frozen=True)
class Change:
    """One request to change a case: who asks for which action under which key, and the domain's three parts."""

    action: str
    actor: Actor
    read: Read
    write: LiteralString
    params: Mapping[str, Any] = field(default_factory=dict)
    rules: Rules | None = None
    key: str | None = None
    # What the key stands for: the same key with another request is the caller's mistake.
    request: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None
    subject_id: str | None = None  # whom the step names (a claimant, a handler), for the history entry
    at: datetime | None = None  # the step's time; None is the database's clock
    system: bool = False  # the sweeps act as the system, which no caller can claim to be
    whom: str = ""  # how a refusal names the step's subject (" for this claimant")
    targets: tuple[Target, ...] = ()  # checked against what the actor may see before anything is read or written


@dataclass(frozen=True)
class StepResult:
    """The case after the step and the history entry it wrote; `replayed` when its key had been used before.

    A replay returns the first request's history entry and the case as it is now. `extra` is what the write
    returned besides the id (kept with the key); `related` are records a workflow adds (an event's duplicates).
    """

    node: NodeRecord
    step: NodeRecord | None
    replayed: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)
    related: tuple[NodeRecord, ...] = ()


def text(value: str | None, argument: str, what: str) -> str:
    """A required free text, trimmed; blank is the caller's error."""
    if value is None or not value.strip():
        raise InvalidInput(f"{what} is required", argument)
    return value.strip()
