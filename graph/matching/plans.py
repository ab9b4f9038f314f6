"""Match plans: every open wish of a community or grid assigned at once, optimally, with greedy beside it."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import LiteralString, cast, overload

import numpy as np

from graph import wishes
from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph, Row
from graph.core.errors import Conflict, Forbidden, InvalidInput
from graph.core.records import NodeRecord
from graph.matching import cut
from graph.matching.bulk import score_pairs
from graph.matching.features import WishState, branch_loads, entity_label, features, wish_state
from graph.matching.pool import Candidate, read_all
from graph.matching.scoring import Scored, score
from graph.matching.solver import Need, Outcome, greedy
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
    # Per wish, the candidates built, best first: those the solver and greedy read, every assignment's among them.
    candidates: dict[str, list[Candidate]]
    wishes: dict[str, WishState]
    fingerprint: str
    # Where the plan's time went (benchmarks/plan.py reports it): phase → (wall seconds, process CPU seconds), for
    # "reads", "scoring", "solver" and "greedy"; and how many (wish, helper) pairs were scored.
    phases: dict[str, tuple[float, float]] = field(default_factory=dict, compare=False)
    pairs: int = 0


@contextmanager
def _timed(phases: dict[str, tuple[float, float]], name: str) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        phases[name] = (time.perf_counter() - wall, time.process_time() - cpu)


def _fingerprint(wishes: dict[str, WishState], helpers: dict[str, tuple[int, int, int]], outcome: Outcome) -> str:
    """Changes whenever anything the plan was computed from changes: wishes, claims, helpers (of every eligible pair:
    version, open claims, capacity), versions."""
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
    phases: dict[str, tuple[float, float]] = {}
    with _timed(phases, "reads"):
        pool = await read_all(graph, list(wishes), viewer=viewer)
    # Seconds of scoring and solving for a large community: off the event loop, so other requests keep being served.
    return await asyncio.to_thread(_planned, scope_label, scope_id, wishes, pool, phases)


class _Ranked(Sequence[Scored]):
    """A wish's eligible candidates best first, each built by the reference functions when first read: the solver
    reads the few it keeps, greedy the few it tries, so most of a large pool's pairs never become objects."""

    def __init__(self, pairs: Sequence[int], build: Callable[[int], Candidate]) -> None:
        self.pairs, self.build = pairs, build
        self.made: dict[int, Candidate] = {}

    def __len__(self) -> int:
        return len(self.pairs)

    def candidate(self, i: int) -> Candidate:
        if i not in self.made:
            self.made[i] = self.build(self.pairs[i])
        return self.made[i]

    @overload
    def __getitem__(self, i: int) -> Scored: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Scored]: ...
    def __getitem__(self, i: int | slice) -> Scored | Sequence[Scored]:
        if isinstance(i, slice):
            return [self.candidate(j).scored for j in range(len(self.pairs))[i]]
        return self.candidate(range(len(self.pairs))[i]).scored


def _ranked(row: Row) -> tuple[dict[str, _Ranked], dict[str, tuple[int, int, int]], int]:
    """A community's wishes' ranked candidates, the state of every helper of an eligible pair, and how many pairs
    were scored."""
    loads = branch_loads(row["branchClaims"])
    found = score_pairs(row["wishes"], row["helpers"], row["pairs"], loads)
    helper_rows = {h["id"]: h for h in row["helpers"]}

    def build(p: int) -> Candidate:
        wish_row, helper = row["wishes"][found.wish[p]], helper_rows[found.helper_ids[found.helper[p]]]
        scored = score(features(wish_row, helper, loads))
        wish = NodeRecord("Wish", wish_row["id"], wish_row["props"])
        return Candidate(
            scored, wish, NodeRecord(entity_label(helper["labels"]), helper["id"], helper["props"]), helper["version"]
        )

    eligible = np.flatnonzero(found.exclusion == 0)
    # Best first within each wish, ties by helper id (helper indexes follow ids): as scoring.rank orders them.
    order = eligible[np.lexsort((found.helper[eligible], -found.score[eligible], found.wish[eligible]))]
    groups = np.split(order, np.flatnonzero(np.diff(found.wish[order])) + 1) if len(order) else []
    ranked = {row["wishes"][found.wish[g[0]]]["id"]: _Ranked(g.tolist(), build) for g in groups}
    helpers = {
        found.helper_ids[h]: (
            helper_rows[found.helper_ids[h]]["version"],
            int(found.open_claims[h]),
            int(found.capacity[h]),
        )
        for h in np.unique(found.helper[eligible]).tolist()
    }
    return ranked, helpers, len(found.score)


def _planned(
    scope_label: str,
    scope_id: str,
    wishes: dict[str, WishState],
    pool: list[Row],
    phases: dict[str, tuple[float, float]],
) -> Plan:
    ranked: dict[str, _Ranked] = {}
    helpers: dict[str, tuple[int, int, int]] = {}
    pairs = 0
    with _timed(phases, "scoring"):
        for row in pool:  # one per community
            more, states, scored = _ranked(row)
            ranked |= more
            helpers |= states
            pairs += scored
    capacity = {h: max(limit - open_claims, 0) for h, (_, open_claims, limit) in helpers.items()}
    needs = [Need(w, s.open_slots, s.created_at, ranked.get(w, ())) for w, s in wishes.items()]
    with _timed(phases, "solver"):
        best = cut.solve(needs, capacity)
    with _timed(phases, "greedy"):
        first_come = greedy(needs, capacity)
    # The candidates built, best first: the plan's assignments are among them.
    candidates = {w: [r.made[i] for i in sorted(r.made)] if (r := ranked.get(w)) else [] for w in wishes}
    fingerprint = _fingerprint(wishes, helpers, best)
    return Plan(scope_label, scope_id, best, first_come, candidates, wishes, fingerprint, phases, pairs)


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
