"""Candidate generation for wishes: the Cypher that gathers each (wish, helper) pair's features, and its paths."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from graph.core.db import Graph, Row
from graph.core.model import ENTITIES
from graph.core.records import NodeRecord
from graph.matching.scoring import Features, Scored, exclusion, rank
from graph.reads import nodes
from graph.wishes.states import OCCUPYING
from graph.wishes.tx import DEFAULT_CAPACITY

# Claims on wishes in these states still occupy the helper (the same rule the claim mutation enforces).
ACTIVE = sorted(OCCUPYING)

# A wish draws the helpers living or working in its grid and the adjacent grids (holding one of its required
# skills, if it needs any), the co-building units located there that signed with its community when it needs no
# skill, and the FAR_LIMIT best-skilled holders of its skills from anywhere: bounded, so a large community does not
# score everyone (every unit of the community for every such wish was 2.4M of 3.1M pairs at 1M residents).
# The best holders are found once per skill, not once per wish: the top FAR_LIMIT of a wish's skills together are
# among the top FAR_LIMIT of each skill (by the level that ranks them), and a skill's holders grow with the database.
FAR_LIMIT = 30
# Pools with more (wish, helper) pairs than this are scored on a worker thread (about 10 ms of scoring).
THREAD_PAIRS = 1_000
# Pools of more wishes are read in chunks of this many: one result per chunk keeps Neo4j's memory bounded.
POOL_CHUNK = 500
CHUNKS_IN_FLIGHT = 2
WISH_POOL = """
UNWIND $wishIds AS wid
MATCH (w:Wish {id: wid})-[:IN_GRID]->(wg:Grid)-[:IN_COMMUNITY]->(c:Community)
WITH collect({w: w, wg: wg, c: c, skills: [(w)-[:REQUIRES]->(s:Skill) | s]}) AS asked
CALL (asked) {
  UNWIND asked AS a
  UNWIND a.skills AS s
  WITH DISTINCT s
  CALL (s) {
    MATCH (s)<-[r:HAS_SKILL]-(h:Person)
    RETURN h, r.level AS level ORDER BY level DESC, h.id LIMIT $farLimit
  }
  RETURN collect({skill: s, h: h, level: level}) AS best
}
UNWIND asked AS a
WITH a.w AS w, a.wg AS wg, a.c AS c, a.skills AS skills, best
CALL (wg, c, skills, best) {
  MATCH (wg)-[:ADJACENT_TO*0..1]-(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(h:Person)
  WHERE (h:PartyMember OR h:Volunteer OR h:GridWorker) AND (skills = [] OR any(s IN skills WHERE (h)-[:HAS_SKILL]->(s)))
  RETURN h
  UNION
  MATCH (wg)-[:ADJACENT_TO*0..1]-(:Grid)<-[:WORKS_GRID]-(h:Person)
  WHERE skills = [] OR any(s IN skills WHERE (h)-[:HAS_SKILL]->(s))
  RETURN h
  UNION
  WITH wg, c, skills WHERE skills = []
  MATCH (wg)-[:ADJACENT_TO*0..1]-(:Grid)<-[:LOCATED_IN]-(h:Unit)
  WHERE EXISTS { (h)-[:SIGNED]->(:Agreement)-[:WITH]->(c) }
  RETURN h
  UNION
  WITH skills, best UNWIND best AS b
  WITH b WHERE b.skill IN skills
  WITH b.h AS h, max(b.level) AS level ORDER BY level DESC, h.id LIMIT $farLimit
  RETURN h
}
WITH w, wg, c, h
"""

# The reverse: the open wishes a helper could take, by the same rules.
HELPER_POOL = """
UNWIND $helperIds AS hid
CALL (hid) {
  MATCH (h:Person {id: hid}) RETURN h
  UNION
  MATCH (h:Unit {id: hid}) RETURN h
}
CALL (h) {
  MATCH (h)-[:HAS_SKILL]->(:Skill)<-[:REQUIRES]-(w:Wish {status: 'PUBLISHED'})
  RETURN DISTINCT w
  UNION
  MATCH (h)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)-[:ADJACENT_TO*0..1]-(:Grid)
        <-[:IN_GRID]-(w:Wish {status: 'PUBLISHED'})
  WHERE NOT EXISTS { (w)-[:REQUIRES]->(:Skill) }
  RETURN w
  UNION
  MATCH (h)-[:WORKS_GRID]->(:Grid)-[:ADJACENT_TO*0..1]-(:Grid)<-[:IN_GRID]-(w:Wish {status: 'PUBLISHED'})
  WHERE NOT EXISTS { (w)-[:REQUIRES]->(:Skill) }
  RETURN w
  UNION
  MATCH (h:Unit)-[:LOCATED_IN]->(:Grid)-[:ADJACENT_TO*0..1]-(g:Grid)<-[:IN_GRID]-(w:Wish {status: 'PUBLISHED'})
  WHERE NOT EXISTS { (w)-[:REQUIRES]->(:Skill) }
    AND EXISTS { (g)-[:IN_COMMUNITY]->(:Community)<-[:WITH]-(:Agreement)<-[:SIGNED]-(h) }
  RETURN w
}
MATCH (w)-[:IN_GRID]->(wg:Grid)-[:IN_COMMUNITY]->(c:Community)
"""

# Named pairs, for explaining one helper's exclusion.
PAIRS = """
UNWIND $pairs AS pair
MATCH (w:Wish {id: pair.wish})-[:IN_GRID]->(wg:Grid)-[:IN_COMMUNITY]->(c:Community)
CALL (pair) {
  MATCH (h:Person {id: pair.helper}) RETURN h
  UNION
  MATCH (h:Unit {id: pair.helper}) RETURN h
}
"""

# The fairness factor's input: open claims per party branch across the community (the branch loads). The
# community test is a pattern comprehension, evaluated from each wish: as an EXISTS the planner once expanded all
# the community's grids for every claim (11.5M db hits at 10k residents instead of 0.2M).
BRANCH_CLAIMS = """
CALL (c) {
  MATCH (x:Wish) WHERE x.status IN $active AND c IN [(x)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(xc) | xc]
  MATCH (x)<-[:CLAIMED]-(:Person)-[:MEMBER_OF]->(b:PartyBranch)
  WITH b.id AS branch, count(*) AS claims
  RETURN collect({branch: branch, claims: claims}) AS branchClaims
}
"""
COMMUNITY_BRANCH_CLAIMS = (
    "UNWIND $communityIds AS cid MATCH (c:Community {id: cid})"
    + BRANCH_CLAIMS
    + ("RETURN c.id AS community, branchClaims")
)
FOUND = "WITH c, collect({w: w, wg: wg, h: h}) AS found"
# A chunk of a large pool leaves the branch loads to COMMUNITY_BRANCH_CLAIMS, read once for all chunks.
NO_BRANCH_CLAIMS = "\nWITH c, found, [] AS branchClaims\n"

# Everything scoring needs, gathered once per wish and once per helper (not per pair): one row per community.
FEATURE_MAPS = """
CALL (found) {
  UNWIND found AS f
  WITH DISTINCT f.w AS w, f.wg AS wg
  WITH w, wg, head([(w)<-[:MADE]-(r:Person) | r]) AS req
  WITH w, wg, req, head([(req)-[:IN_HOUSEHOLD]->(hh:Household) | hh]) AS hh
  RETURN collect({
    id: w.id, props: w {.*}, status: w.status, urgency: coalesce(w.urgency, 1), headCount: coalesce(w.headCount, 1),
    createdAt: w.createdAt, version: coalesce(w.version, 0), claims: COUNT { (w)<-[:CLAIMED]-() },
    required: [(w)-[:REQUIRES]->(s:Skill) | s.id], requester: req.id, household: hh.id,
    building: head([(hh)-[:IN_BUILDING]->(b:Building) | b.id]), grid: wg.id,
    adjacent: [(wg)-[:ADJACENT_TO]-(a:Grid) | a.id]
  }) AS wishes
}
CALL (found, c) {
  UNWIND found AS f
  WITH DISTINCT f.h AS h
  WITH h, [(h)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(b:Building) | b] AS homes,
       [(h)-[:WORKS_GRID|LOCATED_IN]->(g:Grid) | g] AS posts
  WITH h, homes, [g IN [b IN homes | head([(b)-[:IN_GRID]->(x:Grid) | x])] + posts WHERE g IS NOT NULL] AS grids
  RETURN collect({
    id: h.id, props: h {.*}, labels: labels(h), version: coalesce(h.version, 0),
    isHelper: h:PartyMember OR h:Volunteer OR h:GridWorker
      OR (h:Unit AND EXISTS { (h)-[:SIGNED]->(:Agreement)-[:WITH]->(c) }),
    buildings: [b IN homes | b.id], grids: [g IN grids | g.id],
    inCommunity: any(g IN grids WHERE (g)-[:IN_COMMUNITY]->(c)),
    skills: [(h)-[r:HAS_SKILL]->(s:Skill) | [s.id, r.level]],
    declined: [(h)-[:DECLINED]->(x:Wish) | x.id],
    claimed: [(h)-[:CLAIMED]->(x:Wish) | x.id],
    openClaims: COUNT { (h)-[:CLAIMED]->(x:Wish) WHERE x.status IN $active },
    capacity: h.capacity,
    fulfilled: COUNT { (h)-[:FULFILLED]->(:Wish) },
    acknowledged: COUNT { (h)-[r:FULFILLED]->(:Wish) WHERE r.acknowledged },
    helpedHouseholds: [(h)-[:FULFILLED]->(:Wish)<-[:MADE]-(:Person)-[:IN_HOUSEHOLD]->(x:Household) | x.id],
    branch: head([(h)-[:MEMBER_OF]->(b:PartyBranch) | b.id])
  }) AS helpers
}
RETURN c.id AS community, branchClaims, wishes, helpers, [f IN found | [f.w.id, f.h.id]] AS pairs
"""
FEATURES = FOUND + BRANCH_CLAIMS + FEATURE_MAPS

PATHS = """
UNWIND $pairs AS pair
MATCH (w:Wish {id: pair.wish})
CALL (pair) {
  MATCH (h:Person {id: pair.helper}) RETURN h
  UNION
  MATCH (h:Unit {id: pair.helper}) RETURN h
}
OPTIONAL MATCH place = shortestPath((w)-[:IN_GRID|ADJACENT_TO|WORKS_GRID|LOCATED_IN|IN_BUILDING|IN_HOUSEHOLD|MADE*..8]-(h))
WITH pair, w, h, place
OPTIONAL MATCH skill = (w)-[:REQUIRES]->(:Skill)<-[:HAS_SKILL]-(h)
WITH pair, place, collect(skill) AS skills
WITH pair, [p IN skills + [place] WHERE p IS NOT NULL] AS found
RETURN pair.wish AS wishId, pair.helper AS helperId,
       [p IN found | {
          nodes: [n IN nodes(p) | {id: n.id, labels: labels(n), name: coalesce(n.name, n.title, n.id)}],
          edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id}]
       }] AS paths
"""


@dataclass(frozen=True)
class WishState:
    id: str
    status: str
    head_count: int
    claims: int
    created_at: datetime | None
    version: int

    @property
    def open_slots(self) -> int:
        return max(self.head_count - self.claims, 0)


@dataclass(frozen=True)
class Candidate:
    scored: Scored
    wish: NodeRecord
    helper: NodeRecord
    helper_version: int


@dataclass(frozen=True)
class PathNode:
    label: str
    id: str
    name: str


@dataclass(frozen=True)
class PathEdge:
    type: str
    source: str
    target: str


@dataclass(frozen=True)
class GraphPath:
    nodes: tuple[PathNode, ...]
    edges: tuple[PathEdge, ...]


def _entity_label(labels: Iterable[str]) -> str:
    return next(label for label in labels if label in ENTITIES)


def _distance(wish: Row, helper: Row) -> str | None:
    if not helper["inCommunity"]:
        return None
    if wish["building"] is not None and wish["building"] in helper["buildings"]:
        return "BUILDING"
    if wish["grid"] in helper["grids"]:
        return "GRID"
    if set(wish["adjacent"]) & set(helper["grids"]):
        return "ADJACENT_GRID"
    return "COMMUNITY"


def _branch_loads(branch_claims: list[Row]) -> dict[str, float]:
    claims = {b["branch"]: b["claims"] for b in branch_claims}
    busiest = max(claims.values(), default=0)
    return {branch: n / busiest for branch, n in claims.items()} if busiest else {}


def features(wish: Row, helper: Row, loads: dict[str, float]) -> Features:
    label = _entity_label(helper["labels"])
    skills = dict(helper["skills"])
    return Features(
        wish_id=wish["id"],
        helper_id=helper["id"],
        wish_status=wish["status"],
        urgency=wish["urgency"],
        is_helper=helper["isHelper"],
        distance=_distance(wish, helper),
        is_requester=helper["id"] == wish["requester"],
        declined=wish["id"] in helper["declined"],
        claimed=wish["id"] in helper["claimed"],
        skill_levels=tuple(skills.get(s) for s in wish["required"]),
        open_claims=helper["openClaims"],
        capacity=helper["capacity"] if helper["capacity"] is not None else DEFAULT_CAPACITY[label],
        fulfilled=helper["fulfilled"],
        acknowledged=helper["acknowledged"],
        helped_household=wish["household"] is not None and wish["household"] in helper["helpedHouseholds"],
        branch_load=None if helper["branch"] is None else loads.get(helper["branch"], 0.0),
    )


def wish_state(row: Row) -> WishState:
    return WishState(row["id"], row["status"], row["headCount"], row["claims"], row["createdAt"], row["version"])


@dataclass(frozen=True)
class Pool:
    """Wishes and their eligible candidates, ranked; the raw material of candidates, suggestions and plans."""

    wishes: dict[str, WishState]
    candidates: dict[str, list[Candidate]]


def _pool(rows: Sequence[Row], wish_ids: Iterable[str] = ()) -> Pool:
    wishes: dict[str, WishState] = {}
    by_wish: dict[str, list[Features]] = {w: [] for w in wish_ids}
    records: dict[str, NodeRecord] = {}
    versions: dict[str, int] = {}
    for row in rows:  # one per community
        loads = _branch_loads(row["branchClaims"])
        wish_rows = {w["id"]: w for w in row["wishes"]}
        helper_rows = {h["id"]: h for h in row["helpers"]}
        for w in row["wishes"]:
            wishes[w["id"]] = wish_state(w)
            records[w["id"]] = NodeRecord("Wish", w["id"], w["props"])
        for h in row["helpers"]:
            records[h["id"]] = NodeRecord(_entity_label(h["labels"]), h["id"], h["props"])
            versions[h["id"]] = h["version"]
        for wish_id, helper_id in row["pairs"]:
            by_wish.setdefault(wish_id, []).append(features(wish_rows[wish_id], helper_rows[helper_id], loads))
    candidates = {
        wish: [
            Candidate(s, records[wish], records[s.features.helper_id], versions[s.features.helper_id])
            for s in rank(found)
        ]
        for wish, found in by_wish.items()
    }
    return Pool(wishes, candidates)


async def wish_pool(graph: Graph, wish_ids: Sequence[str]) -> Pool:
    """Ranked eligible helpers of each wish: one round trip for up to POOL_CHUNK wishes, else the branch loads and
    then the wishes in chunks (CHUNKS_IN_FLIGHT at a time)."""
    if len(wish_ids) <= POOL_CHUNK:
        rows = await graph.read(WISH_POOL + FEATURES, wishIds=list(wish_ids), active=ACTIVE, farLimit=FAR_LIMIT)
    else:
        rows = await _chunked_rows(graph, wish_ids)
    if sum(len(r["pairs"]) for r in rows) < THREAD_PAIRS:
        return _pool(rows, wish_ids)
    # A community's pool is seconds of scoring: off the event loop, so other requests keep being served.
    return await asyncio.to_thread(_pool, rows, wish_ids)


async def _chunked_rows(graph: Graph, wish_ids: Sequence[str]) -> list[Row]:
    # One result holding a whole large community's pairs ran Neo4j's heap out of memory (6,577 wishes at 1M residents).
    gate = asyncio.Semaphore(CHUNKS_IN_FLIGHT)

    async def chunk(ids: Sequence[str]) -> list[Row]:
        async with gate:
            query = WISH_POOL + FOUND + NO_BRANCH_CLAIMS + FEATURE_MAPS
            return await graph.read(query, wishIds=list(ids), active=ACTIVE, farLimit=FAR_LIMIT)

    chunks = [wish_ids[i : i + POOL_CHUNK] for i in range(0, len(wish_ids), POOL_CHUNK)]
    found = await asyncio.gather(*(chunk(ids) for ids in chunks))
    rows = [row for part in found for row in part]
    claims = await graph.read(
        COMMUNITY_BRANCH_CLAIMS, communityIds=sorted({r["community"] for r in rows}), active=ACTIVE
    )
    by_community = {r["community"]: r["branchClaims"] for r in claims}
    return [{**row, "branchClaims": by_community.get(row["community"], [])} for row in rows]


async def helper_pool(graph: Graph, helper_ids: Sequence[str]) -> dict[str, list[Candidate]]:
    """For each helper, the open wishes they could take, best first (one round trip for all helpers)."""
    rows = await graph.read(HELPER_POOL + FEATURES, helperIds=list(helper_ids), active=ACTIVE)
    pool = _pool(rows)
    out: dict[str, list[Candidate]] = {h: [] for h in helper_ids}
    for found in pool.candidates.values():
        for c in found:
            out[c.helper.id].append(c)
    for found in out.values():
        found.sort(key=lambda c: (-c.scored.score, c.scored.features.wish_id))
    return out


@dataclass(frozen=True)
class Explanation:
    wish_found: bool
    helper_found: bool
    features: Features | None
    excluded_by: str | None  # an Exclusion name, or None when the helper is eligible


async def explain(graph: Graph, wish_id: str, helper_id: str) -> Explanation:
    rows = await graph.read(PAIRS + FEATURES, pairs=[{"wish": wish_id, "helper": helper_id}], active=ACTIVE)
    if not rows:
        found = await nodes.by_ids(graph, "Wish", [wish_id])
        return Explanation(wish_found=bool(found), helper_found=False, features=None, excluded_by=None)
    row = rows[0]
    f = features(row["wishes"][0], row["helpers"][0], _branch_loads(row["branchClaims"]))
    reason = exclusion(f)
    return Explanation(True, True, f, reason.name if reason else None)


async def paths(graph: Graph, pairs: Sequence[tuple[str, str]]) -> dict[tuple[str, str], tuple[GraphPath, ...]]:
    """The paths that justify each (wish, helper) match: where they meet, and the skills they share."""
    rows = await graph.read(PATHS, pairs=[{"wish": w, "helper": h} for w, h in pairs])
    out: dict[tuple[str, str], tuple[GraphPath, ...]] = {}
    for row in rows:
        out[(row["wishId"], row["helperId"])] = tuple(
            GraphPath(
                tuple(PathNode(_entity_label(n["labels"]), n["id"], n["name"]) for n in p["nodes"]),
                tuple(PathEdge(e["type"], e["source"], e["target"]) for e in p["edges"]),
            )
            for p in row["paths"]
        )
    return {pair: out.get(pair, ()) for pair in pairs}
