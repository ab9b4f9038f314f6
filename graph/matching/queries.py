"""The Cypher of matching: the candidate pool with its features, the branch loads, the paths (viewer's scope inside)."""

from __future__ import annotations

from typing import LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer

# Which (wish, helper) pairs to score, found one of three ways (the lists not asked for are empty), then
# everything scoring needs, gathered once per wish and once per helper (not per pair): one row per community.
#
# By wish: a wish draws the helpers living or working in its grid and the adjacent grids (holding one of its
# required skills, if it needs any), the co-building units located there that signed with its community when it
# needs no skill, and the $farLimit best-skilled holders of its skills in its community: bounded, so a large
# community does not score everyone (every unit of the community for every such wish was 2.4M of 3.1M pairs at 1M
# residents). The best holders are found once per community and skill, not once per wish: the top $farLimit of a
# wish's skills together are among the top $farLimit of each skill (by the level that ranks them). They are read
# from the skill's pool in the community (graph/matching/skillpools.py), not sorted from every holder.
# By helper: the open wishes a helper could take, by the same rules. By pair: named pairs, to explain one.
#
# The branch loads (the fairness factor's input: open claims per party branch across the community, kept by the
# claim writes in graph/wishes/loads.py) are read only with $withLoads; a community's pool read in chunks reads them
# once for all chunks (BRANCH_LOADS).
POOL = """
CALL () {
  UNWIND $wishIds AS wid
  MATCH (w:Wish {id: wid})-[:IN_GRID]->(wg:Grid)-[:IN_COMMUNITY]->(c:Community)
  WITH collect({w: w, wg: wg, c: c, skills: [(w)-[:REQUIRES]->(s:Skill) | s]}) AS asked
  CALL (asked) {
    UNWIND asked AS a
    UNWIND a.skills AS s
    WITH DISTINCT a.c AS c, s
    CALL (c, s) {
      MATCH (p:SkillPool {community: c.id, skill: s.id})
      UNWIND p.holders[..$farLimit] AS hid
      // From the holder to the skill: the planner otherwise expanded every holder of the skill to find them.
      MATCH (h:Person {id: hid})-[r:HAS_SKILL]->(s)
      USING INDEX h:Person(id)
      RETURN h, r.level AS level
    }
    RETURN collect({community: c, skill: s, h: h, level: level}) AS best
  }
  UNWIND asked AS a
  // Each wish carries only its own skills' best holders into the union below: the union's distinct keys its rows by
  // every variable it imports, and with all the wishes' holders (`best`) that key alone took over 1.4 GiB of
  // transaction memory for a grid's eight wishes at 1M residents.
  WITH a.w AS w, a.wg AS wg, a.c AS c, a.skills AS skills,
       [b IN best WHERE b.community = a.c AND b.skill IN a.skills | [b.h, b.level]] AS mine
  CALL (wg, c, skills, mine) {
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
    // From the unit to its one agreement: as an EXISTS the planner expanded every agreement of the community for
    // each unit (4.2M of a 1M chunk's 21.6M db hits).
    WHERE any(a IN [(h)-[:SIGNED]->(x:Agreement) | x] WHERE (a)-[:WITH]->(c))
    RETURN h
    UNION
    WITH mine UNWIND mine AS b
    WITH b[0] AS h, max(b[1]) AS level ORDER BY level DESC, h.id LIMIT $farLimit
    RETURN h
  }
  RETURN w, wg, c, h
  UNION ALL
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
  RETURN w, wg, c, h
  UNION ALL
  UNWIND $pairs AS pair
  MATCH (w:Wish {id: pair.wish})-[:IN_GRID]->(wg:Grid)-[:IN_COMMUNITY]->(c:Community)
  CALL (pair) {
    MATCH (h:Person {id: pair.helper}) RETURN h
    UNION
    MATCH (h:Unit {id: pair.helper}) RETURN h
  }
  RETURN w, wg, c, h
}
"""

# Only pairs of a wish and a helper the viewer may see are scored (graph/access/scopes.py, `{visible_w}` and
# `{visible_h}`); a helper's row carries how much of its personal data the viewer may see (`{full_h}`, `{named_h}`).
POOL_SCOPE = """
WITH c, w, wg, h WHERE {visible_w} AND {visible_h}
WITH c, collect({{w: w, wg: wg, h: h, full: {full_h}, named: {named_h}}}) AS found
"""

POOL_FEATURES = """
CALL (c, found) {
  // Only the loads a score uses. A few wishes' pool (a page's candidates): the busiest branch's (walking the index
  // in order) and those of the helpers' branches, whatever the community's size. A larger pool (a plan): every
  // branch's, fewer reads than its helpers.
  WITH c, found WHERE $withLoads
  CALL (c, found) {
    // (An UNWIND, so the planner cannot seek before it tests the size.)
    UNWIND CASE WHEN size(found) > 1000 THEN [c.id] ELSE [] END AS community
    MATCH (l:BranchLoad {community: community}) WHERE l.claims > 0
    RETURN l
    UNION ALL
    // Ordered by both keys of the index, so the planner walks it backwards and stops at one (with the claims
    // alone it read every branch of the community and sorted them).
    WITH c, found WHERE size(found) <= 1000
    MATCH (l:BranchLoad) USING INDEX l:BranchLoad(community, claims) WHERE l.community = c.id AND l.claims > 0
    RETURN l ORDER BY l.community DESC, l.claims DESC LIMIT 1
    UNION ALL
    WITH c, found WHERE size(found) <= 1000
    UNWIND found AS f
    WITH DISTINCT c, f.h AS h
    MATCH (h)-[:MEMBER_OF]->(b:PartyBranch)
    WITH DISTINCT c, b.id AS branch
    MATCH (l:BranchLoad {community: c.id, branch: branch})
    RETURN l
  }
  // UNION ALL, then DISTINCT: a union's own distinct keys each row by the imported `found` too, which for a plan's
  // every branch load (a grid's eight wishes at 1M residents) overran the transaction memory.
  WITH DISTINCT l WHERE l.claims > 0
  RETURN collect({branch: l.branch, claims: l.claims}) AS branchClaims
}
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
// Without $withHelpers (a chunk of a large pool) only the pairs name the helpers: HELPERS reads them once for all
// chunks.
CALL (found, c) {
  UNWIND CASE WHEN $withHelpers THEN found ELSE [] END AS f
  WITH DISTINCT f.h AS h, f.full AS hFull, f.named AS hNamed
"""
# POOL_FEATURES, HELPER_FEATURES, then this.
POOL_RETURN = """
}
RETURN c.id AS community, branchClaims, wishes, helpers, [f IN found | [f.w.id, f.h.id]] AS pairs
"""

# A helper's features (`h` in community `c`, with `hFull` and `hNamed`), collected: everything scoring needs of it.
HELPER_FEATURES = """
  WITH h, hFull, hNamed, [(h)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(b:Building) | b] AS homes,
       [(h)-[:WORKS_GRID|LOCATED_IN]->(g:Grid) | g] AS posts
  WITH h, hFull, hNamed, homes, [g IN [b IN homes | head([(b)-[:IN_GRID]->(x:Grid) | x])] + posts WHERE g IS NOT NULL] AS grids
  RETURN collect({
    id: h.id, props: h {.*, _full: hFull, _named: hNamed}, labels: labels(h), version: coalesce(h.version, 0),
    isHelper: h:PartyMember OR h:Volunteer OR h:GridWorker
      OR (h:Unit AND any(a IN [(h)-[:SIGNED]->(x:Agreement) | x] WHERE (a)-[:WITH]->(c))),
    buildings: [b IN homes | b.id], grids: [g IN grids | g.id],
    inCommunity: any(g IN grids WHERE (g)-[:IN_COMMUNITY]->(c)),
    skills: [(h)-[r:HAS_SKILL]->(s:Skill) | [s.id, r.level]],
    declined: [(h)-[:DECLINED]->(x:Wish) | x.id],
    // Claims through the helper's branch count as theirs: one person, one claim on a wish.
    claimed: [(h)-[:CLAIMED]->(x:Wish) | x.id] + [(h)-[:MEMBER_OF]->(:PartyBranch)-[:CLAIMED]->(x:Wish) | x.id],
    openClaims: COUNT { (h)-[:CLAIMED]->(x:Wish) WHERE x.status IN $active },
    capacity: h.capacity,
    fulfilled: COUNT { (h)-[:FULFILLED]->(:Wish) },
    acknowledged: COUNT { (h)-[r:FULFILLED]->(:Wish) WHERE r.acknowledged },
    helpedHouseholds: [(h)-[:FULFILLED]->(:Wish)<-[:MADE]-(:Person)-[:IN_HOUSEHOLD]->(x:Household) | x.id],
    branch: head([(h)-[:MEMBER_OF]->(b:PartyBranch) | b.id])
  }) AS helpers
"""

# The helpers of a large pool's chunks, read once per community for all chunks: each chunk repeating the features of
# the helpers it shares with others was 33.6 s of decoding in the 1M plan. Their pairs were already scoped to the
# viewer; `{full_h}` and `{named_h}` are as in POOL_SCOPE.
HELPERS = """
UNWIND $communities AS one
MATCH (c:Community {{id: one.community}})
CALL (c, one) {{
  UNWIND one.helperIds AS hid
  CALL (hid) {{
    MATCH (h:Person {{id: hid}}) RETURN h
    UNION
    MATCH (h:Unit {{id: hid}}) RETURN h
  }}
  WITH h, {full_h} AS hFull, {named_h} AS hNamed
"""
HELPERS_RETURN = """
}
RETURN c.id AS community, helpers
"""

# The branch loads of several communities at once: read once for all the chunks of a large pool.
BRANCH_LOADS = """
UNWIND $communityIds AS cid
MATCH (c:Community {id: cid})
CALL (c) {
  MATCH (l:BranchLoad {community: c.id}) WHERE l.claims > 0
  RETURN collect({branch: l.branch, claims: l.claims}) AS branchClaims
}
RETURN c.id AS community, branchClaims
"""

# What justifies each (wish, helper) match: where they meet, and the skills they share. The meeting place is the
# shortest walk through nodes the viewer may see (`{visible_y}`, checked while Neo4j searches): a path never names a
# household, person or wish hidden from the viewer; a person's name is shown as the viewer may see it (`{named_n}`).
PATHS = """
UNWIND $pairs AS pair
MATCH (w:Wish {{id: pair.wish}})
CALL (pair) {{
  MATCH (h:Person {{id: pair.helper}}) RETURN h
  UNION
  MATCH (h:Unit {{id: pair.helper}}) RETURN h
}}
WITH pair, w, h WHERE {visible_w} AND {visible_h}
OPTIONAL MATCH place = ANY SHORTEST
  (w) (()-[:IN_GRID|ADJACENT_TO|WORKS_GRID|LOCATED_IN|IN_BUILDING|IN_HOUSEHOLD|MADE]-(y) WHERE {visible_y}){{1,8}} (h)
WITH pair, w, h, place
OPTIONAL MATCH skill = (w)-[:REQUIRES]->(:Skill)<-[:HAS_SKILL]-(h)
WITH pair, place, collect(skill) AS skills
WITH pair, [p IN skills + [place] WHERE p IS NOT NULL] AS found
RETURN pair.wish AS wishId, pair.helper AS helperId,
       [p IN found | {{
          nodes: [n IN nodes(p) | {{id: n.id, labels: labels(n), name: coalesce(n.name, n.title, n.id), named: {named_n}}}],
          edges: [r IN relationships(p) | {{type: type(r), source: startNode(r).id, target: endNode(r).id}}]
       }}] AS paths
"""


def _helper_visible(var: str, viewer: Viewer) -> str:
    """A helper is a co-building unit or a person."""
    unit, person = scopes.visible("Unit", var, viewer), scopes.visible("Person", var, viewer)
    return f"(CASE WHEN {var}:Unit THEN {unit} ELSE {person} END)"


def pool(viewer: Viewer) -> LiteralString:
    """The pool query as `viewer` may read it."""
    scope = POOL_SCOPE.format(
        visible_w=scopes.visible("Wish", "w", viewer),
        visible_h=_helper_visible("h", viewer),
        full_h=scopes.any_full("h", viewer),
        named_h=scopes.any_named("h", viewer),
    )
    return cast(LiteralString, POOL + scope + POOL_FEATURES + HELPER_FEATURES + POOL_RETURN)


def helpers(viewer: Viewer) -> LiteralString:
    """The helpers query as `viewer` may read it."""
    head = HELPERS.format(full_h=scopes.any_full("h", viewer), named_h=scopes.any_named("h", viewer))
    return cast(LiteralString, head + HELPER_FEATURES + HELPERS_RETURN)


def paths(viewer: Viewer) -> LiteralString:
    """The paths query as `viewer` may read it."""
    query = PATHS.format(
        visible_w=scopes.visible("Wish", "w", viewer),
        visible_h=_helper_visible("h", viewer),
        visible_y=scopes.any_visible("y", viewer),
        named_n=scopes.any_named("n", viewer),
    )
    return cast(LiteralString, query)
