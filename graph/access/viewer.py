"""Who is asking: the viewer of a request and the roles it may hold (the rules themselves live in graph/scopes.py)."""

from __future__ import annotations

from dataclasses import dataclass

ADMIN = "admin"
GRID_WORKER = "grid_worker"
PARTY_MEMBER = "party_member"
VOLUNTEER = "volunteer"
RESIDENT = "resident"
UNIT_CONTACT = "unit_contact"
ROLES = (ADMIN, GRID_WORKER, PARTY_MEMBER, VOLUNTEER, RESIDENT, UNIT_CONTACT)


@dataclass(frozen=True)
class Viewer:
    """The authenticated person (or nobody) behind a request, with the roles its token grants.

    `unit_id` is the unit a unit contact speaks for; `purpose` is the stated reason for reading personal data.
    """

    person_id: str | None = None
    roles: frozenset[str] = frozenset()
    unit_id: str | None = None
    purpose: str | None = None
    # What the graph says about the person, read once per request (graph.scopes.resolve): the grids they work,
    # the households living there, their own households, their party branches. Empty until resolved, so an unresolved viewer sees less, never more.
    grids: frozenset[str] = frozenset()
    grid_households: frozenset[str] = frozenset()
    households: frozenset[str] = frozenset()
    branches: frozenset[str] = frozenset()

    @property
    def anonymous(self) -> bool:
        return self.person_id is None and not self.roles

    @property
    def admin(self) -> bool:
        return ADMIN in self.roles

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))

    @property
    def unit(self) -> str | None:
        """The unit this viewer speaks for: only a unit contact's token names one that counts."""
        return self.unit_id if UNIT_CONTACT in self.roles else None


ANONYMOUS = Viewer()
# Jobs the system runs itself (sweeps, seeds, benchmarks): sees everything, acts as nobody.
SYSTEM = Viewer(roles=frozenset({ADMIN}))
