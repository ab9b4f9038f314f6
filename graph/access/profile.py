"""What the graph says of the signed-in person, for the `viewer` field: their role labels, grids, home, branch."""

from __future__ import annotations

from dataclasses import dataclass

from graph.access.viewer import GRID_WORKER, PARTY_MEMBER, RESIDENT, VOLUNTEER, Viewer
from graph.core.db import Graph

# The graph's role labels of a person, named as the token's roles are.
LABEL_ROLES = {"Resident": RESIDENT, "PartyMember": PARTY_MEMBER, "GridWorker": GRID_WORKER, "Volunteer": VOLUNTEER}

PROFILE = """
MATCH (me:Person {id: $viewerId})
RETURN [l IN labels(me) WHERE l IN $roleLabels] AS labels,
       [(me)-[:WORKS_GRID]->(g:Grid) | g.id] AS grids,
       [(me)-[:IN_HOUSEHOLD]->(h:Household) | h.id] AS households,
       [(me)-[:MEMBER_OF]->(b:PartyBranch) | b.id] AS branches
"""


@dataclass(frozen=True)
class Profile:
    """The person's role labels (as role names), the grids they work, their households and branches (ids, sorted).

    `found` is False when the token names no person of the graph (an administrator's service account): then
    everything else is empty.
    """

    found: bool = False
    roles: tuple[str, ...] = ()
    grids: tuple[str, ...] = ()
    households: tuple[str, ...] = ()
    branches: tuple[str, ...] = ()


async def profile(graph: Graph, viewer: Viewer) -> Profile:
    """One read of the person the viewer's token names (the person's own rows, which they may always see)."""
    if viewer.person_id is None:
        return Profile()
    row = await graph.read_one(PROFILE, viewerId=viewer.person_id, roleLabels=sorted(LABEL_ROLES))
    if row is None:
        return Profile()
    return Profile(
        found=True,
        roles=tuple(sorted(LABEL_ROLES[label] for label in row["labels"])),
        grids=tuple(sorted(row["grids"])),
        households=tuple(sorted(row["households"])),
        branches=tuple(sorted(row["branches"])),
    )
