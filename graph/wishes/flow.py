"""The micro-wish workflow: its table (pure), its flow through the step pipeline, and the locks it is judged under."""

from __future__ import annotations

from graph.core.db import Row, Tx
from graph.core.errors import Forbidden, NotFound
from graph.core.model import WISH_STATUSES
from graph.workflow import NEW, NOT_LINKED, Actor, Flow, History, Move, StateMachine, Target

STATES = WISH_STATUSES  # the model's list: one source for the API's enum and the machine
TERMINAL = frozenset({"FULFILLED", "REJECTED", "CANCELLED", "WITHDRAWN", "EXPIRED"})
OPEN = frozenset(STATES) - TERMINAL
# Every place is taken: a claim here is a lost race, not a mistake.
PLACES_TAKEN = frozenset({"CLAIMED", "CONFIRMED", "IN_PROGRESS"})
# A claim on a wish in one of these states still occupies the helper's capacity.
OCCUPYING = frozenset({"PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS"})
# Before work starts a claim can be given back, by its holder or by the stale-claim sweep.
NOT_STARTED = frozenset({"PUBLISHED", "CLAIMED", "CONFIRMED"})
_BEFORE_WORK = frozenset({"SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "CONFIRMED"})

# The actor's relations to the wish: columns the wish's lock (and the claimant's) reads, in a transaction.
REQUESTER = "isRequester"  # made the wish
STAFF = "isStaff"  # a grid worker in the wish's community, or an administrator
HELPER = "isHelper"  # holds a claim on the wish, or belongs to a branch that does
SELF = "actsFor"  # is the claimant named in the request, belongs to that branch, or speaks for that unit
SYSTEM = "system"  # the scheduled sweeps (expiry, stale claims)

MACHINE = StateMachine(
    noun="wish",
    states=STATES,
    terminal=TERMINAL,
    moves={
        # The requester, a grid worker of their grid or an administrator: the create rules judge who.
        "create": Move(frozenset({NEW}), "SUBMITTED"),
        "verify": Move(frozenset({"SUBMITTED"}), "VERIFIED", frozenset({STAFF})),
        "reject": Move(frozenset({"SUBMITTED", "VERIFIED"}), "REJECTED", frozenset({STAFF})),
        "publish": Move(frozenset({"VERIFIED"}), "PUBLISHED", frozenset({STAFF})),
        # The last place fills the wish (CLAIMED); before that it stays PUBLISHED (`claim_target`).
        "claim": Move(frozenset({"PUBLISHED"}), "CLAIMED", frozenset({SELF, STAFF})),
        "release": Move(NOT_STARTED, "PUBLISHED", frozenset({SELF, STAFF, SYSTEM})),
        "confirm": Move(frozenset({"CLAIMED"}), "CONFIRMED", frozenset({REQUESTER, STAFF})),
        "start": Move(frozenset({"CLAIMED", "CONFIRMED"}), "IN_PROGRESS", frozenset({HELPER, STAFF})),
        "fulfil": Move(frozenset({"IN_PROGRESS"}), "FULFILLED", frozenset({HELPER, STAFF})),
        "cancel": Move(OPEN, "CANCELLED", frozenset({STAFF})),
        "withdraw": Move(_BEFORE_WORK, "WITHDRAWN", frozenset({REQUESTER})),
        "expire": Move(_BEFORE_WORK, "EXPIRED", frozenset({STAFF, SYSTEM})),
        # A helper declining changes nothing but who is still asked.
        "decline": Move(frozenset({"PUBLISHED"}), "PUBLISHED", frozenset({SELF, STAFF})),
    },
    who={
        HELPER: "one of its helpers",
        REQUESTER: "its requester",
        SELF: "the claimant (a member of the claiming branch, the contact of the claiming unit)",
        STAFF: "a grid worker of its community or an administrator",
    },
    # A helper may give back or decline for the claim they hold (the lock reads `actsFor` only for a named claimant).
    implies={HELPER: frozenset({SELF})},
)

# The steps of a wish that exists; create makes one.
ACTIONS = tuple(action for action in MACHINE.actions if action != "create")
# Actions on the wish alone; claim, release and decline act for a claimant, and create makes the wish.
TRANSITIONS = ("verify", "reject", "publish", "confirm", "start", "fulfil", "cancel", "withdraw", "expire")
NEEDS_NOTE = frozenset({"reject"})


def claim_target(claims_after: int, head_count: int) -> str:
    """A claim fills the wish only when the claims reach its head count."""
    return "CLAIMED" if claims_after >= head_count else "PUBLISHED"


HISTORY = History("WishTransition", "OF_WISH", "-t")

FLOW = Flow(label="Wish", argument="wishId", machine=MACHINE, history=HISTORY, announce="Wish")


CLAIMANT_LABELS = ("Person", "PartyBranch", "Unit")


def wish_target(wish_id: str) -> Target:
    return Target(("Wish",), wish_id, "wishId", f"no wish {wish_id!r}")


def claimant_target(claimant_id: str, argument: str) -> Target:
    return Target(CLAIMANT_LABELS, claimant_id, argument, f"no single person, party branch or unit {claimant_id!r}")


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
       // One person, one claim: a person whose branch claimed the wish, or a branch a member of which did.
       CASE WHEN c:Person THEN head([(c)-[:MEMBER_OF]->(b:PartyBranch)-[:CLAIMED]->(w) | b.id])
            WHEN c:PartyBranch THEN head([(w)<-[:CLAIMED]-(m:Person)-[:MEMBER_OF]->(c) | m.id]) END AS claimedThrough,
       head([(c)-[r:CLAIMED]->(w) | r.at]) AS claimedAt,
       COUNT { (c)-[:CLAIMED]->(x:Wish) WHERE x.status IN $occupying } AS openClaims,
       c.id = $actorId OR EXISTS { (:Person {id: $actorId})-[:MEMBER_OF]->(c) } OR (c:Unit AND c.id = $actorUnit)
         AS actsFor
"""


async def lock_wish(tx: Tx, wish_id: str, actor: Actor, system: bool = False) -> Row:
    """Lock the wish and read it as it now is, with the actor's relations to it; unknown ids raise NotFound."""
    rows = await tx.run(LOCK_WISH, wishId=wish_id, **actor.params())
    if not rows:
        raise NotFound(f"no wish {wish_id!r}", "wishId")
    if not rows[0]["actorFound"] and not system:
        raise Forbidden(NOT_LINKED)
    return rows[0]


async def lock_claimant(tx: Tx, wish_id: str, claimant_id: str, actor: Actor, argument: str) -> Row:
    """Lock the claimant (always after the wish) and read its claims; `argument` names it in errors."""
    labels, occupying = list(CLAIMANT_LABELS), sorted(OCCUPYING)
    params = {"wishId": wish_id, "claimantId": claimant_id, "claimantLabels": labels, "occupying": occupying}
    rows = await tx.run(LOCK_CLAIMANT, **params, **actor.params())
    if len(rows) != 1 or rows[0]["claimantLabel"] is None:
        raise NotFound(f"no single person, party branch or unit {claimant_id!r}", argument)
    return rows[0]
