"""Claims on a wish: a person, a party branch or a unit takes a place, gives it back, or declines; a plan's claims."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, InvalidInput, NotFound
from graph.wishes import loads
from graph.wishes.flow import (
    FLOW,
    NOT_STARTED,
    PLACES_TAKEN,
    claim_target,
    claimant_target,
    lock_claimant,
    lock_wish,
    wish_target,
)
from graph.workflow import SWEEP, Actor, Change, Read, Rules, StepResult, run, run_all

# Open claims a helper may hold when the node sets no `capacity`; a party branch team has no limit.
DEFAULT_CAPACITY = {"Person": 3, "Unit": 5}
FOR_CLAIMANT = " for this claimant"

# Both keep the claimant's branch loads (graph/wishes/loads.py).
CLAIM = (
    """
MATCH (w:Wish {id: $id}), (c) WHERE elementId(c) = $claimantRef
CALL (c, w) { MATCH (c)-[d:DECLINED]->(w) DELETE d }
CREATE (c)-[:CLAIMED {at: datetime(), by: $actorId}]->(w)
SET w.status = $toStatus
WITH w
"""
    + loads.KEEP
    + "RETURN w.id AS id"
)

RELEASE = (
    """
MATCH (w:Wish {id: $id})<-[r:CLAIMED]-(c) WHERE elementId(c) = $claimantRef
DELETE r
SET w.status = $toStatus
WITH w
"""
    + loads.KEEP
    + "RETURN DISTINCT w.id AS id"
)

# Claims without a timestamp (loaded data) have no known age, so they are never stale.
STALE_CLAIMS = """
MATCH (w:Wish)<-[r:CLAIMED]-(c)
WHERE w.status IN $releasable AND r.at < $cutoff
RETURN w.id AS wishId, c.id AS claimantId
ORDER BY wishId, claimantId
"""

DECLINE = """
MATCH (w:Wish {id: $id}), (c) WHERE elementId(c) = $claimantRef
CREATE (c)-[:DECLINED {at: datetime(), by: $actorId, note: $note}]->(w)
RETURN w.id AS id
"""


def _locks(wish_id: str, claimant_id: str, actor: Actor, argument: str, **how: bool) -> Read:
    """Lock the wish, then the claimant; `lost_race` refuses a full wish before the claimant's lock is taken."""

    async def read(tx: Tx) -> Row:
        wish = await lock_wish(tx, wish_id, actor, how.get("system", False))
        if how.get("lost_race") and wish["status"] in PLACES_TAKEN:
            # A lost race ends here, holding the wish's lock for one query only.
            raise Conflict("the wish needs no more helpers")
        return wish | await lock_claimant(tx, wish_id, claimant_id, actor, argument)

    return read


def _one_claim_per_person(found: Row, claimant_id: str) -> None:
    """A person holds at most one claim on a wish, counting their party branch's: never one of each."""
    through = found["claimedThrough"]
    if through is None:
        return
    if found["claimantLabel"] == "PartyBranch":
        raise Conflict(f"{through}, a member of {claimant_id}, already claimed this wish")
    raise Conflict(f"{claimant_id} already holds a claim on this wish through {through}")


def _claimed(found: Row) -> dict[str, Any]:
    """The claim write's parameters: the claimant, the wish's new status, and what that does to the branch loads."""
    to = claim_target(found["claims"] + 1, found["headCount"])
    return {"claimantRef": found["claimantRef"], "toStatus": to} | loads.deltas(found["status"], to, claim=1)


def _capacity(found: Row) -> int | None:
    capacity: int | None = found["capacity"]
    return capacity if capacity is not None else DEFAULT_CAPACITY.get(found["claimantLabel"])


async def claim(graph: Graph, actor: Actor, wish_id: str, claimant_id: str, key: str | None = None) -> StepResult:
    """A person, a party branch team or a unit takes one of the wish's places; the last place fills the wish."""

    def rules(found: Row, to: str | None) -> Mapping[str, Any]:
        if found["claimed"]:
            raise Conflict(f"{claimant_id} already claimed this wish")
        _one_claim_per_person(found, claimant_id)
        if found["claims"] >= found["headCount"]:
            raise Conflict("the wish needs no more helpers")
        if found["claimantIsRequester"]:
            raise InvalidInput("a requester cannot claim their own wish", "claimantId")
        capacity = _capacity(found)
        if capacity is not None and found["openClaims"] >= capacity:
            raise InvalidInput(f"{claimant_id} already holds {found['openClaims']} open claims", "claimantId")
        return _claimed(found)

    read = _locks(wish_id, claimant_id, actor, "claimantId", lost_race=True)
    request = {"action": "claim", "wishId": wish_id, "subjectId": claimant_id}
    targets = (wish_target(wish_id), claimant_target(claimant_id, "claimantId"))
    change = Change(
        "claim", actor, read, CLAIM, {}, rules, key, request, subject_id=claimant_id, whom=FOR_CLAIMANT, targets=targets
    )
    return await run(graph, FLOW, change)


@dataclass(frozen=True)
class PlannedClaim:
    """A claim a plan decided, with what the plan saw: any difference under the lock refuses the whole plan."""

    wish_id: str
    claimant_id: str
    wish_claims: int
    claimant_open_claims: int


def _as_planned(p: PlannedClaim, wish_claims: int, open_claims: int) -> Rules:
    def rules(found: Row, to: str | None) -> Mapping[str, Any]:
        if found["status"] != "PUBLISHED" or found["claims"] != wish_claims:
            raise Conflict(f"wish {p.wish_id} changed since the plan was computed; compute the plan again")
        if found["openClaims"] != open_claims:
            raise Conflict(f"{p.claimant_id} changed since the plan was computed; compute the plan again")
        _one_claim_per_person(found, p.claimant_id)
        return _claimed(found)

    return rules


async def claim_many(graph: Graph, actor: Actor, planned: list[PlannedClaim]) -> list[StepResult]:
    """Write a plan's claims in one transaction, all or none; locks are taken in id order to avoid deadlocks.

    Each claim expects what the plan saw plus the plan's own earlier claims on the same wish and by the same helper.
    """
    earlier_on_wish: Counter[str] = Counter()
    earlier_by_helper: Counter[str] = Counter()
    changes = []
    for p in sorted(planned, key=lambda p: (p.wish_id, p.claimant_id)):
        wish_claims = p.wish_claims + earlier_on_wish[p.wish_id]
        open_claims = p.claimant_open_claims + earlier_by_helper[p.claimant_id]
        earlier_on_wish[p.wish_id] += 1
        earlier_by_helper[p.claimant_id] += 1
        read = _locks(p.wish_id, p.claimant_id, actor, "scope")
        rules = _as_planned(p, wish_claims, open_claims)
        targets = (wish_target(p.wish_id), claimant_target(p.claimant_id, "scope"))
        changes.append(
            Change("claim", actor, read, CLAIM, {}, rules, subject_id=p.claimant_id, whom=FOR_CLAIMANT, targets=targets)
        )
    return await run_all(graph, FLOW, changes)


async def release(
    graph: Graph, actor: Actor, wish_id: str, claimant_id: str, note: str | None = None, key: str | None = None
) -> StepResult:
    """A current claimer gives its place back before work starts; the wish is PUBLISHED again."""
    return await _release(graph, actor, wish_id, claimant_id, note, key, None)


async def _release(
    graph: Graph,
    actor: Actor,
    wish_id: str,
    claimant_id: str,
    note: str | None,
    key: str | None,
    stale_before: datetime | None,
) -> StepResult:
    """`stale_before` is the stale-claim sweep's: it acts as the system, on claims made before then only."""
    system = stale_before is not None

    def rules(found: Row, to: str | None) -> Mapping[str, Any]:
        if not found["claimed"]:
            raise InvalidInput(f"{claimant_id} holds no claim on this wish", "claimantId")
        if stale_before is not None and not (found["claimedAt"] is not None and found["claimedAt"] < stale_before):
            raise Conflict("the claim was renewed and is no longer stale")
        return {"claimantRef": found["claimantRef"]} | loads.deltas(found["status"], to, claim=-1)

    read = _locks(wish_id, claimant_id, actor, "claimantId", system=system)
    request = {"action": "release", "wishId": wish_id, "subjectId": claimant_id}
    change = Change("release", actor, read, RELEASE, {}, rules, key, request, note, claimant_id, system=system)
    targets = (wish_target(wish_id), claimant_target(claimant_id, "claimantId"))
    return await run(graph, FLOW, replace(change, whom=FOR_CLAIMANT, targets=targets))


async def release_stale_claims(graph: Graph, older_than: timedelta, now: datetime | None = None) -> list[StepResult]:
    """Release every claim made more than `older_than` before `now` on a wish not yet started."""
    cutoff = (now or datetime.now(UTC)) - older_than
    rows = await graph.read(STALE_CLAIMS, releasable=sorted(NOT_STARTED), cutoff=cutoff)
    done = []
    for row in rows:
        note = f"claim older than {older_than}"
        try:
            done.append(await _release(graph, SWEEP, row["wishId"], row["claimantId"], note, None, cutoff))
        except (InvalidInput, Conflict, NotFound):
            continue  # changed since it was found; the transaction re-checked and refused
    return done


async def decline(
    graph: Graph, actor: Actor, wish_id: str, helper_id: str, note: str | None = None, key: str | None = None
) -> StepResult:
    """A helper says no to a published wish: nothing changes but that matching stops proposing them."""

    def rules(found: Row, to: str | None) -> Mapping[str, Any]:
        if found["claimed"]:
            raise InvalidInput(f"{helper_id} holds a claim on this wish: release it instead", "helperId")
        if found["claimantIsRequester"]:
            raise InvalidInput("a requester cannot decline their own wish", "helperId")
        if found["declined"]:
            raise Conflict(f"{helper_id} already declined this wish")
        return {"claimantRef": found["claimantRef"]}

    read = _locks(wish_id, helper_id, actor, "helperId")
    request = {"action": "decline", "wishId": wish_id, "subjectId": helper_id}
    targets = (wish_target(wish_id), claimant_target(helper_id, "helperId"))
    change = Change(
        "decline", actor, read, DECLINE, {}, rules, key, request, note, helper_id, whom=FOR_CLAIMANT, targets=targets
    )
    return await run(graph, FLOW, change)
