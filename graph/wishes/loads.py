"""Each party branch's open claims on a community's wishes (matching's fairness input), kept by every claim write."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import LiteralString

from graph.core.db import Graph
from graph.wishes.flow import OCCUPYING

# The load of a branch in a community: the claims its members (people, as MEMBER_OF) hold on the community's wishes
# in an OCCUPYING state. A branch's members may claim in more than one community and fairness compares branches
# within one, so the count is kept per (branch, community): a small node keyed by both, with no relationship, so no
# walk over the graph (the explorer, paths) ever meets it. Counting them when a pool is read scanned every claim of
# the database (180k-280k db hits per candidates request); the count is kept instead by the three writes that change
# it (a claim, a release, a wish's step), each adding a delta it is given, after taking the node's lock.
#
# `$claimantRef` names the claimant whose own claim the write made or removed (null for a wish's step); it moves by
# `$claimantDelta`, every other claimant of the wish by `$othersDelta` (see `deltas`). The branches are updated in
# id order, so two writes never take two loads' locks in opposite orders.
KEEP = """
CALL (w) {
  MATCH (w)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(k:Community)
  WITH DISTINCT w, k
  CALL (w) {
    MATCH (w)<-[:CLAIMED]-(x:Person) WHERE $othersDelta <> 0 AND elementId(x) <> coalesce($claimantRef, '')
    RETURN x, $othersDelta AS delta
    UNION ALL
    MATCH (x:Person) WHERE $claimantDelta <> 0 AND elementId(x) = $claimantRef
    RETURN x, $claimantDelta AS delta
  }
  MATCH (x)-[:MEMBER_OF]->(b:PartyBranch)
  WITH k, b.id AS branch, sum(delta) AS delta
  WITH k, branch, delta WHERE delta <> 0
  WITH k, branch, delta ORDER BY branch
  MERGE (l:BranchLoad {community: k.id, branch: branch})
  SET l._lock = true
  REMOVE l._lock
  SET l.claims = coalesce(l.claims, 0) + delta
}
"""

# The recount, from the community's side: the same wishes and claims the pool query once counted (a wish in an
# OCCUPYING state in one of the community's grids, claimed by a person who is a member of the branch).
RECOUNT = """
UNWIND $communityIds AS cid
MATCH (c:Community {id: cid})
CALL (c) {
  MATCH (c)<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(x:Wish) WHERE x.status IN $active
  WITH DISTINCT x
  MATCH (x)<-[:CLAIMED]-(:Person)-[:MEMBER_OF]->(b:PartyBranch)
  RETURN b.id AS branch, count(*) AS claims
}
RETURN c.id AS community, branch, claims
"""
KEPT = """
UNWIND $communityIds AS cid
MATCH (l:BranchLoad {community: cid}) WHERE l.claims IS NOT NULL
RETURN l.community AS community, l.branch AS branch, l.claims AS claims
"""
COMMUNITIES = "MATCH (c:Community) RETURN c.id AS id ORDER BY id"
# A community's loads replaced by its recount (the loader's rebuild, the check's repair); loads of branches that no
# longer exist go too.
REPLACE = """
CALL () { MATCH (l:BranchLoad) WHERE l.community IN $communityIds OR NOT EXISTS { (:PartyBranch {id: l.branch}) }
          DELETE l }
UNWIND $rows AS row
CREATE (:BranchLoad {community: row.community, branch: row.branch, claims: row.claims})
"""

Key = tuple[str, str]


def deltas(before: str | None, after: str | None, claim: int = 0) -> dict[str, int]:
    """What a write does to the loads (KEEP's parameters): a wish moving from `before` to `after` moves each claim
    it keeps by whether it now occupies minus whether it did; a claim the write makes (`claim` 1) counts when the wish
    ends up occupying, and one it removes (`claim` -1) stops counting if it did."""
    was, now = int(before in OCCUPYING), int(after in OCCUPYING)
    own = now if claim > 0 else -was if claim < 0 else now - was
    return {"claimantDelta": own, "othersDelta": now - was}


@dataclass(frozen=True)
class Mismatch:
    community: str
    branch: str
    kept: int
    counted: int


def mismatches(kept: Mapping[Key, int], counted: Mapping[Key, int]) -> list[Mismatch]:
    """Every (community, branch) whose kept load differs from the recount; a missing count is zero."""
    keys = sorted({k for k, n in kept.items() if n} | {k for k, n in counted.items() if n})
    return [
        Mismatch(c, b, kept.get((c, b), 0), counted.get((c, b), 0))
        for c, b in keys
        if kept.get((c, b), 0) != counted.get((c, b), 0)
    ]


async def _by_key(graph: Graph, query: LiteralString, community_ids: list[str]) -> dict[Key, int]:
    rows = await graph.read(query, communityIds=community_ids, active=sorted(OCCUPYING))
    return {(r["community"], r["branch"]): r["claims"] for r in rows}


async def check(graph: Graph, community_ids: list[str] | None = None, repair: bool = False) -> list[Mismatch]:
    """The communities' kept loads against a recount (all communities by default); `repair` replaces the kept loads of
    those that differ by the recount."""
    ids = community_ids if community_ids is not None else [r["id"] for r in await graph.read(COMMUNITIES)]
    found = mismatches(await _by_key(graph, KEPT, ids), await _by_key(graph, RECOUNT, ids))
    if repair and found:
        await rebuild(graph, sorted({m.community for m in found}))
    return found


async def rebuild(graph: Graph, community_ids: list[str]) -> int:
    """Replace the communities' loads by their recount (the loader, after loading a community); returns how many."""
    counted = await _by_key(graph, RECOUNT, community_ids)
    rows = [{"community": c, "branch": b, "claims": n} for (c, b), n in sorted(counted.items())]
    await graph.write(REPLACE, communityIds=community_ids, rows=rows)
    return len(rows)
