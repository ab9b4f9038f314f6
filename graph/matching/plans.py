"""Match plans: every open wish of a community or grid assigned at once, optimally, with greedy beside it."""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass
from typing import LiteralString, cast

from graph import wishes
from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.errors import Conflict, Forbidden, InvalidInput
from graph.matching.features import WishState, wish_state
from graph.matching.pool import Candidate, wish_pool
from graph.matching.solver import Need, Outcome, greedy, optimal
from graph.wishes import PlannedClaim
from graph.workflow import NOT_LINKED, Actor, StepResult

# The scope's open wishes that the viewer may see (`{visible_w}`): a plan is computed over nothing else.
OPEN_IN_SCOPE = """
MATCH (w:Wish {{status: 'PUBLISHED'}})-[:IN_GRID]->(g:Grid)-[:IN_COMMUNITY]->(c:Community)
WHERE CASE $scopeLabel WHEN 'Grid' THEN g.id = $scopeId ELSE c.id = $scopeId END AND {visible_w}
RETURN w.id AS id, w.status AS status, coalesce(w.headCount, 1) AS headCount, w.createdAt AS createdAt,
       coalesce(w.version, 0) AS version, COUNT {{ (w)<-[:CLAIMED]-() }} AS claims
ORDER BY id
"""

SCOPES = ("Community", "Grid")

# Who may plan a scope: an administrator, or a grid worker (by token and by graph) of that grid, or of a grid of
# that community.
SCOPE_ACTOR = """
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN a IS NOT NULL AS actorFound,
       $admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker AND EXISTS {
         MATCH (a)-[:WORKS_GRID]->(g:Grid)
         WHERE CASE $scopeLabel
                 WHEN 'Grid' THEN g.id = $scopeId
                 ELSE EXISTS { (g)-[:IN_COMMUNITY]->(:Community {id: $scopeId}) }
               END
       }) AS mayPlan
"""


@dataclass(frozen=True)
class Plan:
    scope_label: str
    scope_id: str
    optimal: Outcome
    greedy: Outcome
    candidates: dict[str, list[Candidate]]
    wishes: dict[str, WishState]
    fingerprint: str


def _fingerprint(wishes: dict[str, WishState], candidates: dict[str, list[Candidate]], outcome: Outcome) -> str:
    """Changes whenever anything the plan was computed from changes: wishes, claims, helpers, versions."""
    helpers = {
        c.helper.id: (c.helper_version, c.scored.features.open_claims, c.scored.features.capacity)
        for found in candidates.values()
        for c in found
    }
    state = {
        "wishes": sorted((w.id, w.status, w.claims, w.head_count, w.version) for w in wishes.values()),
        "helpers": sorted((h, *v) for h, v in helpers.items()),
        "assignments": [(a.wish_id, a.helper_id) for a in outcome.assignments],
    }
    return hashlib.sha256(json.dumps(state, default=str).encode()).hexdigest()[:32]


async def compute(graph: Graph, scope_label: str, scope_id: str, *, viewer: Viewer) -> Plan:
    """The plan of the scope's open wishes that `viewer` may see, with the helpers `viewer` may see."""
    if scope_label not in SCOPES:
        raise InvalidInput(f"a plan's scope is a community or a grid, not {scope_label}", "scope")
    query = cast(LiteralString, OPEN_IN_SCOPE.format(visible_w=scopes.visible("Wish", "w", viewer)))
    rows = await graph.read(query, scopeLabel=scope_label, scopeId=scope_id, **scopes.params(viewer))
    wishes = {r["id"]: wish_state(r) for r in rows}
    pool = await wish_pool(graph, list(wishes), viewer=viewer)
    capacity: dict[str, int] = {}
    needs = []
    for wish_id, state in wishes.items():
        found = pool.candidates.get(wish_id, [])
        for c in found:
            capacity[c.helper.id] = c.scored.remaining
        needs.append(Need(wish_id, state.open_slots, state.created_at, tuple(c.scored for c in found)))
    # Seconds of solver work for a large community: off the event loop, so other requests keep being served.
    best, first_come = await asyncio.to_thread(lambda: (optimal(needs, capacity), greedy(needs, capacity)))
    fingerprint = _fingerprint(wishes, pool.candidates, best)
    return Plan(scope_label, scope_id, best, first_come, pool.candidates, wishes, fingerprint)


async def authorize(graph: Graph, actor: Actor, scope_label: str, scope_id: str) -> None:
    """The actor may plan this scope: an administrator, or a grid worker of the grid (of a grid of the community)."""
    if scope_label not in SCOPES:
        raise InvalidInput(f"a plan's scope is a community or a grid, not {scope_label}", "scope")
    row = await graph.read_one(SCOPE_ACTOR, scopeLabel=scope_label, scopeId=scope_id, **actor.params())
    if row is None or not row["actorFound"]:
        raise Forbidden(NOT_LINKED)
    if not row["mayPlan"]:
        raise Forbidden(
            f"you may not plan this {scope_label.lower()}'s wishes: only a grid worker of it or an administrator may"
        )


async def apply(
    graph: Graph, actor: Actor, scope_label: str, scope_id: str, fingerprint: str, *, viewer: Viewer
) -> list[StepResult]:
    """Claim the plan's assignments in one transaction, only if the plan is still the one the caller saw (computed as
    `viewer`, the actor's view)."""
    await authorize(graph, actor, scope_label, scope_id)
    plan = await compute(graph, scope_label, scope_id, viewer=viewer)
    if plan.fingerprint != fingerprint:
        raise Conflict("the data changed since the plan was computed; compute the plan again")
    planned = [
        PlannedClaim(a.wish_id, a.helper_id, plan.wishes[a.wish_id].claims, a.scored.features.open_claims)
        for a in plan.optimal.assignments
    ]
    return await wishes.claim_many(graph, actor, planned)
