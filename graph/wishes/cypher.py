"""The Cypher of the wish lifecycle: idempotency keys, locks, state reads and one write per kind of change."""

from __future__ import annotations

from typing import LiteralString

# A new key is CREATEd, never MERGEd: a concurrent request with the same key then blocks on the unique
# constraint until the first commits, and fails instead of acting twice.
KEY_CLAIM = """
OPTIONAL MATCH (old:IdempotencyKey {key: $key})
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (:IdempotencyKey {key: $key, action: $action, wishId: $wishId, subjectId: $subjectId, at: datetime()}))
RETURN old {.*} AS old
"""

KEY_STORE = """
MATCH (k:IdempotencyKey {key: $key})
SET k.wishId = $wishId, k.transitionId = $transitionId, k.fromStatus = $fromStatus, k.toStatus = $toStatus
"""

KEY_READ = "MATCH (k:IdempotencyKey {key: $key}) RETURN k {.*} AS old"

REPLAY = """
MATCH (w:Wish {id: $wishId})
OPTIONAL MATCH (t:WishTransition {id: $transitionId})
RETURN w {.*} AS wish, t {.*} AS transition
"""

# The first write on the wish: its exclusive lock serialises every change, so what the rest of the query and
# the transaction read is current. A blind write takes it: with the increment first (it reads before it locks),
# the transactions queued behind the lock deadlocked with the holder's relationship writes (measured, 5.26).
LOCK_WISH = """
MATCH (w:Wish {id: $wishId})
SET w._lock = true
REMOVE w._lock
SET w.version = coalesce(w.version, 0) + 1
WITH w
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN w.status AS status, coalesce(w.headCount, 1) AS headCount, w.deadline AS deadline,
       COUNT { (w)<-[:CLAIMED]-() } AS claims,
       a IS NOT NULL AS actorFound,
       a IS NOT NULL AND EXISTS { (a)-[:MADE]->(w) } AS isRequester,
       // Staff: an administrator, or a grid worker (by token and by graph) of the wish's community.
       $admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
         AND EXISTS {
           // Two MATCHes, since one pattern may not use the same IN_COMMUNITY twice (a worker of the wish's grid).
           MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
           MATCH (w)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c)
         }) AS isStaff,
       (a IS NOT NULL AND EXISTS { MATCH (w)<-[:CLAIMED]-(x) WHERE x = a OR EXISTS { (a)-[:MEMBER_OF]->(x) } })
         OR EXISTS { (w)<-[:CLAIMED]-(:Unit {id: $actorUnit}) } AS isHelper
"""

CLAIMANT: LiteralString = """
CALL () {
  MATCH (c:Person {id: $claimantId}) RETURN c
  UNION
  MATCH (c:PartyBranch {id: $claimantId}) RETURN c
  UNION
  MATCH (c:Unit {id: $claimantId}) RETURN c
}
"""

# Taken after the wish's lock (always in that order, so two changes never wait on each other in a cycle):
# it makes the capacity check safe against the same helper claiming two wishes at once.
LOCK_CLAIMANT = (
    """
MATCH (w:Wish {id: $wishId})
"""
    + CLAIMANT
    + """
SET c._lock = true
REMOVE c._lock
SET c.version = coalesce(c.version, 0) + 1
WITH w, c
RETURN [l IN labels(c) WHERE l IN $claimantLabels][0] AS label, c.capacity AS capacity,
       EXISTS { (c)-[:MADE]->(w) } AS isRequester,
       EXISTS { (c)-[:DECLINED]->(w) } AS declined,
       EXISTS { (c)-[:CLAIMED]->(w) } AS claimed,
       head([(c)-[r:CLAIMED]->(w) | r.at]) AS claimedAt,
       COUNT { (c)-[:CLAIMED]->(x:Wish) WHERE x.status IN $occupying } AS openClaims,
       c.id = $actorId OR EXISTS { (:Person {id: $actorId})-[:MEMBER_OF]->(c) } OR (c:Unit AND c.id = $actorUnit)
         AS actsFor
"""
)

# Appended to every write: the history entry, numbered by the wish's version, and what the caller gets back.
TRANSITION: LiteralString = """
CREATE (t:WishTransition {id: w.id + '-t' + toString(w.version), version: w.version, action: $action,
                          fromStatus: $fromStatus, toStatus: $toStatus, actorId: $actorId, note: $note,
                          at: datetime()})-[:OF_WISH]->(w)
RETURN w {.*} AS wish, t {.*} AS transition
"""

APPLY = (
    """
MATCH (w:Wish {id: $wishId})
SET w.status = $toStatus,
    w.fulfilledAt = CASE WHEN $toStatus = 'FULFILLED' THEN datetime() ELSE w.fulfilledAt END
WITH w
CALL (w) {
  MATCH (w)<-[:CLAIMED]-(x)
  WHERE $toStatus = 'FULFILLED'
  CREATE (x)-[:FULFILLED {at: datetime(), evidence: $evidence, evidenceUrl: $evidenceUrl,
                          acknowledged: $acknowledged}]->(w)
}
"""
    + TRANSITION
)

CLAIM = (
    """
MATCH (w:Wish {id: $wishId})
"""
    + CLAIMANT
    + """
CALL (c, w) { MATCH (c)-[d:DECLINED]->(w) DELETE d }
CREATE (c)-[:CLAIMED {at: datetime(), by: $actorId}]->(w)
SET w.status = $toStatus
WITH w
"""
    + TRANSITION
)

RELEASE = (
    """
MATCH (w:Wish {id: $wishId})
"""
    + CLAIMANT
    + """
MATCH (c)-[r:CLAIMED]->(w)
DELETE r
SET w.status = $toStatus
WITH DISTINCT w
"""
    + TRANSITION
)

DECLINE = (
    """
MATCH (w:Wish {id: $wishId})
"""
    + CLAIMANT
    + """
CREATE (c)-[:DECLINED {at: datetime(), by: $actorId, note: $note}]->(w)
WITH w
"""
    + TRANSITION
)

CREATE_CONTEXT = """
MATCH (r:Person {id: $requesterId})
OPTIONAL MATCH (r)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)
OPTIONAL MATCH (g)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (a:Person {id: $createdBy})
RETURN g.id AS gridId, c.id AS communityId, a IS NOT NULL AS creatorFound,
       a IS NOT NULL AND (a = r OR $admin OR ($gridWorker AND a:GridWorker AND EXISTS { (a)-[:WORKS_GRID]->(g) }))
         AS mayCreate,
       [s IN $skillIds WHERE NOT EXISTS { MATCH (k:Skill {id: s}) }] AS unknownSkills
ORDER BY gridId
LIMIT 1
"""

CREATE_WISH = (
    """
MATCH (r:Person {id: $requesterId}), (g:Grid {id: $gridId})
CREATE (r)-[:MADE]->(w:Wish {id: $wishId, title: $title, description: $description, category: $category,
                             urgency: $urgency, status: $toStatus, headCount: $headCount, createdAt: datetime(),
                             deadline: $deadline, version: 0})-[:IN_GRID]->(g)
WITH w
CALL (w) { UNWIND $skillIds AS sid MATCH (s:Skill {id: sid}) CREATE (w)-[:REQUIRES]->(s) }
"""
    + TRANSITION
)

HISTORY = """
MATCH (t:WishTransition)-[:OF_WISH]->(:Wish {id: $wishId})
RETURN t {.*} AS transition
ORDER BY t.version
"""

OVERDUE = """
MATCH (w:Wish)
WHERE w.status IN $expirable AND w.deadline < $today
RETURN w.id AS id
ORDER BY id
"""

# Claims without a timestamp (loaded data) have no known age, so they are never stale.
STALE_CLAIMS = """
MATCH (w:Wish)<-[r:CLAIMED]-(c)
WHERE w.status IN $releasable AND r.at < $cutoff
RETURN w.id AS wishId, c.id AS claimantId
ORDER BY wishId, claimantId
"""

DELETE_WISH = """
MATCH (w:Wish {id: $wishId})
CALL (w) { MATCH (t:WishTransition)-[:OF_WISH]->(w) DETACH DELETE t }
CALL (w) { MATCH (k:IdempotencyKey) WHERE k.wishId = w.id DELETE k }
DETACH DELETE w
RETURN count(*) AS deleted
"""
