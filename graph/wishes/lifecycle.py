"""The micro-wish lifecycle: create, the state machine's transitions, claims, and the scheduled sweeps."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from graph.core.db import Graph, Tx
from graph.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.wishes import cypher as q
from graph.wishes import states as sm
from graph.wishes.tx import (
    CLAIMANT_LABELS,
    DEFAULT_CAPACITY,
    SYSTEM_ACTOR,
    Change,
    TransitionResult,
    check,
    lock,
    lock_claimant,
    mutate,
    write,
)
from graph.workflow.steps import GRAPH, NOT_LINKED, Authority

__all__ = [
    "CLAIMANT_LABELS",
    "DEFAULT_CAPACITY",
    "SYSTEM_ACTOR",
    "PlannedClaim",
    "TransitionResult",
    "claim",
    "claim_many",
    "create_wish",
    "decline",
    "delete_wish",
    "expire_overdue",
    "history",
    "release",
    "release_stale_claims",
    "transition",
]


async def create_wish(
    graph: Graph,
    *,
    requester_id: str,
    title: str,
    description: str,
    category: str,
    urgency: int,
    head_count: int,
    required_skill_ids: list[str],
    deadline: date | None,
    created_by: str,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> TransitionResult:
    """A SUBMITTED wish in the requester's home grid, made by the requester or a grid worker of that grid."""
    if not title.strip():
        raise InvalidInput("a wish needs a title", "title")
    if not 1 <= urgency <= 4:
        raise InvalidInput("urgency runs from 1 to 4", "urgency")
    if head_count < 1:
        raise InvalidInput("headCount must be at least 1", "headCount")
    skills = sorted(set(required_skill_ids))
    change = Change("create", None, created_by, idempotency_key, subject_id=requester_id, authority=authority)

    async def body(tx: Tx) -> TransitionResult:
        rows = await tx.run(
            q.CREATE_CONTEXT, requesterId=requester_id, createdBy=created_by, skillIds=skills, **authority.params()
        )
        if not rows:
            raise NotFound(f"no person {requester_id!r}", "requesterId")
        ctx = rows[0]
        if not ctx["creatorFound"]:
            raise Forbidden(NOT_LINKED)
        if ctx["gridId"] is None:
            raise InvalidInput("the requester lives in no grid", "requesterId")
        if not ctx["mayCreate"]:
            raise Forbidden(
                "you may not make a wish for this person: only they, a grid worker of their grid or an administrator may"
            )
        if ctx["unknownSkills"]:
            raise InvalidInput(f"unknown skills: {', '.join(ctx['unknownSkills'])}", "requiredSkillIds")
        prefix = f"{ctx['communityId']}-" if ctx["communityId"] else ""
        return await write(
            tx,
            q.CREATE_WISH,
            change,
            {"status": None},
            "SUBMITTED",
            wishId=f"{prefix}w-{uuid.uuid4().hex[:12]}",
            requesterId=requester_id,
            gridId=ctx["gridId"],
            title=title.strip(),
            description=description,
            category=category,
            urgency=urgency,
            headCount=head_count,
            deadline=deadline,
            skillIds=skills,
        )

    return await mutate(graph, change, body)


async def transition(
    graph: Graph,
    *,
    wish_id: str,
    action: str,
    actor_id: str,
    note: str | None = None,
    idempotency_key: str | None = None,
    evidence: str | None = None,
    evidence_url: str | None = None,
    acknowledged: bool | None = None,
    authority: Authority = GRAPH,
) -> TransitionResult:
    """verify, reject (a reason in `note`), publish, confirm, start, fulfil (evidence), cancel, withdraw or expire."""
    change = Change(action, wish_id, actor_id, idempotency_key, note=note, authority=authority)
    return await _transition(graph, change, evidence, evidence_url, bool(acknowledged), datetime.now(UTC).date())


async def _transition(
    graph: Graph, change: Change, evidence: str | None, evidence_url: str | None, acknowledged: bool, today: date
) -> TransitionResult:
    if change.action not in sm.TRANSITIONS:
        raise InvalidInput(f"unknown action {change.action!r}; one of {', '.join(sm.TRANSITIONS)}", "action")
    if change.action in sm.NEEDS_NOTE and not (change.note and change.note.strip()):
        raise InvalidInput(f"{change.action} needs a reason", "note")
    if change.action == "fulfil" and not (evidence or evidence_url):
        raise InvalidInput("fulfil needs evidence: a text or a URL", "evidence")

    async def body(tx: Tx) -> TransitionResult:
        wish = await lock(tx, change)
        check(change, wish)
        if change.action == "expire" and not (wish["deadline"] is not None and wish["deadline"] < today):
            raise InvalidInput(f"the wish's deadline ({wish['deadline']}) has not passed", "wishId")
        extra = {"evidence": evidence, "evidenceUrl": evidence_url, "acknowledged": acknowledged}
        return await write(tx, q.APPLY, change, wish, sm.target(change.action), **extra)

    return await mutate(graph, change, body)


async def claim(
    graph: Graph,
    *,
    wish_id: str,
    claimant_id: str,
    actor_id: str,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> TransitionResult:
    """A person, a party branch team or a unit takes one of the wish's places; the last place fills the wish."""
    change = Change("claim", wish_id, actor_id, idempotency_key, subject_id=claimant_id, authority=authority)

    async def body(tx: Tx) -> TransitionResult:
        wish = await lock(tx, change)
        # A lost race ends here, holding the wish's lock for one query only.
        if wish["status"] in sm.PLACES_TAKEN:
            raise Conflict("the wish needs no more helpers")
        claimant = await lock_claimant(tx, change, "claimantId")
        check(change, wish, claimant)
        if claimant["claimed"]:
            raise Conflict(f"{claimant_id} already claimed this wish")
        if wish["claims"] >= wish["headCount"]:
            raise Conflict("the wish needs no more helpers")
        if claimant["isRequester"]:
            raise InvalidInput("a requester cannot claim their own wish", "claimantId")
        capacity = claimant["capacity"]
        if capacity is None:
            capacity = DEFAULT_CAPACITY.get(claimant["label"])
        if capacity is not None and claimant["openClaims"] >= capacity:
            raise InvalidInput(f"{claimant_id} already holds {claimant['openClaims']} open claims", "claimantId")
        to = sm.target("claim", wish["claims"] + 1, wish["headCount"])
        return await write(tx, q.CLAIM, change, wish, to, claimantId=claimant_id)

    return await mutate(graph, change, body)


@dataclass(frozen=True)
class PlannedClaim:
    """A claim a plan decided, with what the plan saw: any difference under the lock refuses the whole plan."""

    wish_id: str
    claimant_id: str
    wish_claims: int
    claimant_open_claims: int


async def claim_many(
    graph: Graph, planned: list[PlannedClaim], actor_id: str, authority: Authority = GRAPH
) -> list[TransitionResult]:
    """Write a plan's claims in one transaction, all or none; locks are taken in id order to avoid deadlocks."""
    by_wish: dict[str, list[PlannedClaim]] = {}
    for p in sorted(planned, key=lambda p: (p.wish_id, p.claimant_id)):
        by_wish.setdefault(p.wish_id, []).append(p)

    async def work(tx: Tx) -> list[TransitionResult]:
        done: list[TransitionResult] = []
        taken: dict[str, int] = {}
        for wish_id, claims in by_wish.items():
            change = Change("claim", wish_id, actor_id, authority=authority)
            wish = dict(await lock(tx, change))
            if wish["status"] != "PUBLISHED" or wish["claims"] != claims[0].wish_claims:
                raise Conflict(f"wish {wish_id} changed since the plan was computed; compute the plan again")
            for p in claims:
                change = Change("claim", wish_id, actor_id, subject_id=p.claimant_id, authority=authority)
                claimant = await lock_claimant(tx, change, "scope")
                check(change, wish, claimant)
                if claimant["openClaims"] != p.claimant_open_claims + taken.get(p.claimant_id, 0):
                    raise Conflict(f"{p.claimant_id} changed since the plan was computed; compute the plan again")
                to = sm.target("claim", wish["claims"] + 1, wish["headCount"])
                done.append(await write(tx, q.CLAIM, change, wish, to, claimantId=p.claimant_id))
                taken[p.claimant_id] = taken.get(p.claimant_id, 0) + 1
                wish["claims"] += 1
                wish["status"] = to
        return done

    return await graph.transaction(work)


async def release(
    graph: Graph,
    *,
    wish_id: str,
    claimant_id: str,
    actor_id: str,
    note: str | None = None,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> TransitionResult:
    """A current claimer gives its place back before work starts; the wish is PUBLISHED again."""
    change = Change(
        "release", wish_id, actor_id, idempotency_key, subject_id=claimant_id, note=note, authority=authority
    )
    return await _release(graph, change, None)


async def _release(graph: Graph, change: Change, stale_before: datetime | None) -> TransitionResult:
    async def body(tx: Tx) -> TransitionResult:
        wish = await lock(tx, change)
        claimant = await lock_claimant(tx, change, "claimantId")
        check(change, wish, claimant)
        if not claimant["claimed"]:
            raise InvalidInput(f"{change.subject_id} holds no claim on this wish", "claimantId")
        if stale_before is not None and not (
            claimant["claimedAt"] is not None and claimant["claimedAt"] < stale_before
        ):
            raise Conflict("the claim was renewed and is no longer stale")
        return await write(tx, q.RELEASE, change, wish, sm.target("release"), claimantId=change.subject_id)

    return await mutate(graph, change, body)


async def decline(
    graph: Graph,
    *,
    wish_id: str,
    helper_id: str,
    actor_id: str,
    note: str | None = None,
    idempotency_key: str | None = None,
    authority: Authority = GRAPH,
) -> TransitionResult:
    """A helper says no to a published wish: nothing changes but that matching stops proposing them."""
    change = Change("decline", wish_id, actor_id, idempotency_key, subject_id=helper_id, note=note, authority=authority)

    async def body(tx: Tx) -> TransitionResult:
        wish = await lock(tx, change)
        helper = await lock_claimant(tx, change, "helperId")
        check(change, wish, helper)
        if helper["claimed"]:
            raise InvalidInput(f"{helper_id} holds a claim on this wish: release it instead", "helperId")
        if helper["isRequester"]:
            raise InvalidInput("a requester cannot decline their own wish", "helperId")
        if helper["declined"]:
            raise Conflict(f"{helper_id} already declined this wish")
        return await write(tx, q.DECLINE, change, wish, sm.target("decline"), claimantId=helper_id)

    return await mutate(graph, change, body)


async def expire_overdue(graph: Graph, now: datetime) -> list[TransitionResult]:
    """Expire every wish whose deadline lies before `now`'s date and that work has not started on."""
    today = now.date()
    rows = await graph.read(q.OVERDUE, expirable=sorted(sm.allowed_from("expire")), today=today)
    done = []
    for row in rows:
        change = Change("expire", row["id"], SYSTEM_ACTOR, system=True, note="deadline passed")
        try:
            done.append(await _transition(graph, change, None, None, False, today))
        except (InvalidInput, Conflict, NotFound):
            continue  # changed since it was found; the transaction re-checked and refused
    return done


async def release_stale_claims(
    graph: Graph, older_than: timedelta, now: datetime | None = None
) -> list[TransitionResult]:
    """Release every claim made more than `older_than` before `now` on a wish not yet started."""
    cutoff = (now or datetime.now(UTC)) - older_than
    rows = await graph.read(q.STALE_CLAIMS, releasable=sorted(sm.NOT_STARTED), cutoff=cutoff)
    done = []
    for row in rows:
        note = f"claim older than {older_than}"
        change = Change("release", row["wishId"], SYSTEM_ACTOR, subject_id=row["claimantId"], note=note, system=True)
        try:
            done.append(await _release(graph, change, cutoff))
        except (InvalidInput, Conflict, NotFound):
            continue
    return done


async def history(graph: Graph, wish_id: str) -> list[NodeRecord]:
    """Every transition of the wish, oldest first."""
    rows = await graph.read(q.HISTORY, wishId=wish_id)
    return [NodeRecord("WishTransition", r["transition"]["id"], r["transition"]) for r in rows]


async def delete_wish(graph: Graph, wish_id: str) -> bool:
    """Remove a wish with its history and idempotency keys (tests, administrators); False if there was none."""
    rows = await graph.write(q.DELETE_WISH, wishId=wish_id)
    return bool(rows and rows[0]["deleted"])
