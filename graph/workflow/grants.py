"""Which token roles can ever hold an actor's relation to a case, and so which steps a role may ever take (pure).

Read from the tables themselves (graph/<domain>/flow.py): a step's actors are relations its case's lock computes.
Most relations are the graph's to say of any person (the requester, the reporter, a claimant); the staff relations
are granted only with a token role, as every lock's Cypher reads `$admin` and `$gridWorker`, and an event's handler
is a grid worker or a unit.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.access.viewer import ADMIN, GRID_WORKER, ROLES, UNIT_CONTACT
from graph.workflow.machine import StateMachine
from graph.workflow.parts import SYSTEM

# `$admin OR ($gridWorker AND …)`: staff of the case's community. `$gridWorker AND …`: a grid worker of its grid
# (an administrator's rights stop short of a grid worker's own acts). An event's handler: a grid worker it is
# assigned to, or the unit a contact speaks for (`$actorUnit`); departments act through staff. The scheduled
# sweeps' relation: no caller.
GRANTED_BY: dict[str, frozenset[str]] = {
    "isStaff": frozenset({ADMIN, GRID_WORKER}),
    "isGridWorker": frozenset({GRID_WORKER}),
    "isHandler": frozenset({GRID_WORKER, UNIT_CONTACT}),
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

    An action whose table names no actor (creating a case), or names a relation any person may hold, is open to
    every person of the graph, whatever roles their token holds (none included).
    """
    actors = machine.actors(action)
    if not actors or any(actor not in GRANTED_BY for actor in actors):
        return True
    return bool(holders(actors) & frozenset(roles))
