"""The wish's lock and the claimant's: what every wish step is judged on, read under exclusive locks."""

from __future__ import annotations

from graph.core.db import Row, Tx
from graph.core.errors import Forbidden, NotFound
from graph.wishes.states import OCCUPYING
from graph.workflow.pipeline import NOT_LINKED, Authority

CLAIMANT_LABELS = ("Person", "PartyBranch", "Unit")

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
RETURN w.id AS id, w.status AS status, coalesce(w.headCount, 1) AS headCount, w.deadline AS deadline,
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

# Taken after the wish's lock (always in that order, so two changes never wait on each other in a cycle): it makes
# the capacity check safe against the same helper claiming two wishes at once. The writes find the claimant again
# by its element id, which stays the same within the transaction.
LOCK_CLAIMANT = """
MATCH (w:Wish {id: $wishId})
CALL () {
  MATCH (c:Person {id: $claimantId}) RETURN c
  UNION
  MATCH (c:PartyBranch {id: $claimantId}) RETURN c
  UNION
  MATCH (c:Unit {id: $claimantId}) RETURN c
}
SET c._lock = true
REMOVE c._lock
SET c.version = coalesce(c.version, 0) + 1
WITH w, c
RETURN elementId(c) AS claimantRef, [l IN labels(c) WHERE l IN $claimantLabels][0] AS claimantLabel,
       c.capacity AS capacity,
       EXISTS { (c)-[:MADE]->(w) } AS claimantIsRequester,
       EXISTS { (c)-[:DECLINED]->(w) } AS declined,
       EXISTS { (c)-[:CLAIMED]->(w) } AS claimed,
       head([(c)-[r:CLAIMED]->(w) | r.at]) AS claimedAt,
       COUNT { (c)-[:CLAIMED]->(x:Wish) WHERE x.status IN $occupying } AS openClaims,
       c.id = $actorId OR EXISTS { (:Person {id: $actorId})-[:MEMBER_OF]->(c) } OR (c:Unit AND c.id = $actorUnit)
         AS actsFor
"""


async def lock_wish(tx: Tx, wish_id: str, actor_id: str, authority: Authority, system: bool = False) -> Row:
    """Lock the wish and read it as it now is, with the actor's relations to it; unknown ids raise NotFound."""
    rows = await tx.run(LOCK_WISH, wishId=wish_id, actorId=actor_id, **authority.params())
    if not rows:
        raise NotFound(f"no wish {wish_id!r}", "wishId")
    if not rows[0]["actorFound"] and not system:
        raise Forbidden(NOT_LINKED)
    return rows[0]


async def lock_claimant(
    tx: Tx, wish_id: str, claimant_id: str, actor_id: str, authority: Authority, argument: str
) -> Row:
    """Lock the claimant (always after the wish) and read its claims; `argument` names it in errors."""
    rows = await tx.run(
        LOCK_CLAIMANT,
        wishId=wish_id,
        claimantId=claimant_id,
        actorId=actor_id,
        claimantLabels=list(CLAIMANT_LABELS),
        occupying=sorted(OCCUPYING),
        **authority.params(),
    )
    if len(rows) != 1 or rows[0]["claimantLabel"] is None:
        raise NotFound(f"no single person, party branch or unit {claimant_id!r}", argument)
    return rows[0]
