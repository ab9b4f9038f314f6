"""Which token roles can ever hold an actor's relation to a case, and so which steps a role may ever take (pure).

Read from the tables themselves (graph/<domain>/flow.py): a step's actors are relations its case's lock computes.
Most relations are the graph's to say of any person (the requester, the reporter, the handler, a claimant); the
staff relations are granted only with a token role, as every lock's Cypher reads `$admin` and `$gridWorker`.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.access.viewer import ADMIN, GRID_WORKER, ROLES
from graph.workflow.machine import StateMachine
from graph.workflow.parts import SYSTEM

# `$admin OR ($gridWorker AND …)`: staff of the case's community. `$gridWorker AND …`: a grid worker of its grid
# (an administrator's rights stop short of a grid worker's own acts). The scheduled sweeps' relation: no caller.
GRANTED_BY: dict[str, frozenset[str]] = {
    "isStaff": frozenset({ADMIN, GRID_WORKER}),
    "isGridWorker": frozenset({GRID_WORKER}),
    SYSTEM: frozenset(),
}
EVERY_ROLE = frozenset(ROLES)


def holders(relations: Iterable[str]) -> frozenset[str]:
    """The token roles with which a person can hold at least one of `relations` (any relation: every role)."""
    found: set[str] = set()
    for relation in relations:
        found |= GRANTED_BY.get(relation, EVERY_ROLE)
    return frozenset(found)


def may_ever(machine: StateMachine, action: str, roles: Iterable[str]) -> bool:
    """Whether a person whose token holds `roles` could take `action` on some case of `machine`, in some state.

    An action whose table names no actor leaves the actor to the workflow's own rules (creating a case): any person.
    """
    actors = machine.actors(action)
    allowed = holders(actors) if actors else EVERY_ROLE
    return bool(allowed & frozenset(roles))
