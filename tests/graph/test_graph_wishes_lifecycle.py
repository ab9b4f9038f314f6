"""The wish lifecycle on a real Neo4j over the demo: transitions, history, idempotency, sweeps and racing claims.

Every test makes its own wishes and deletes them afterwards, so the demo's figures stay as other modules expect.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from graph.core.db import Graph
from graph.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from graph.core.records import NodeRecord
from graph.wishes import (
    claim,
    create_wish,
    decline,
    expire_overdue,
    history,
    release,
    release_stale_claims,
    transition,
)
from graph.wishes import flow as sm
from graph.workflow import Authority, StepResult

# A test's wish goes with its history and idempotency keys, so the demo's figures stay as other modules expect.
DELETE_WISH = """
MATCH (w:Wish {id: $wishId})
CALL (w) { MATCH (t:WishTransition)-[:OF_WISH]->(w) DETACH DELETE t }
CALL (w) { MATCH (k:IdempotencyKey) WHERE k.request CONTAINS w.id OR k.result CONTAINS w.id DELETE k }
DETACH DELETE w
"""
PAST = date(2023, 1, 1)  # before every open demo wish's deadline (the demo's "now" is October 2023)


@dataclass(frozen=True)
class Cast:
    requester: str
    staff: str
    outsider: str  # a resident with no part in the wish
    skill: str
    unit: str
    branch: str
    branch_member: str
    helpers: tuple[str, ...]  # people holding no claim at all, so capacity never gets in the way


@pytest.fixture
async def cast(demo_graph: Graph) -> Cast:
    who = await demo_graph.read_one(
        """MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)
                 <-[:WORKS_GRID]-(s:GridWorker)
           WHERE NOT r:GridWorker AND NOT (r)-[:CLAIMED]->()
           WITH r, s ORDER BY r.id, s.id LIMIT 1
           MATCH (o:Resident) WHERE NOT o:GridWorker AND o <> r AND NOT (o)-[:CLAIMED]->() AND o.capacity IS NULL
           WITH r, s, o ORDER BY o.id LIMIT 1
           MATCH (m:Person)-[:MEMBER_OF]->(b:PartyBranch) WHERE NOT m:GridWorker
           WITH r, s, o, m, b ORDER BY b.id, m.id LIMIT 1
           MATCH (k:Skill) WITH r, s, o, m, b, k ORDER BY k.id LIMIT 1
           MATCH (u:Unit) WITH r, s, o, m, b, k, u ORDER BY u.id LIMIT 1
           RETURN r.id AS requester, s.id AS staff, o.id AS outsider, k.id AS skill, u.id AS unit,
                  b.id AS branch, m.id AS member"""
    )
    assert who is not None
    helpers = await demo_graph.read(
        """MATCH (p:Person) WHERE NOT (p)-[:CLAIMED]->() AND NOT p:GridWorker AND NOT p.id IN $taken
           RETURN p.id AS id ORDER BY p.id LIMIT 600""",
        taken=[who["requester"], who["outsider"], who["member"]],
    )
    assert len(helpers) == 600
    return Cast(
        who["requester"],
        who["staff"],
        who["outsider"],
        who["skill"],
        who["unit"],
        who["branch"],
        who["member"],
        tuple(h["id"] for h in helpers),
    )


@pytest.fixture
async def made(demo_graph: Graph) -> AsyncIterator[list[str]]:
    """Ids of the wishes a test creates; deleted with their history when it ends."""
    ids: list[str] = []
    yield ids
    for wish_id in ids:
        await demo_graph.write(DELETE_WISH, wishId=wish_id)


async def new_wish(
    graph: Graph,
    cast: Cast,
    made: list[str],
    *,
    head_count: int = 1,
    to: str = "PUBLISHED",
    deadline: date | None = None,
) -> str:
    """A wish of the cast's requester, made by the grid worker and brought to `to` along the happy path."""
    created = await create_wish(
        graph,
        requester_id=cast.requester,
        title="帮忙修理漏水的水龙头",
        description="厨房水龙头一直滴水。",
        category="REPAIR",
        urgency=2,
        head_count=head_count,
        required_skill_ids=[],
        deadline=deadline,
        created_by=cast.staff,
    )
    wish_id = created.node.id
    made.append(wish_id)
    path = {
        "SUBMITTED": [],
        "VERIFIED": ["verify"],
        "REJECTED": ["reject"],
        "PUBLISHED": ["verify", "publish"],
        "CANCELLED": ["cancel"],
        "EXPIRED": ["expire"],
        "WITHDRAWN": ["withdraw"],
    }
    for action in path.get(to, ["verify", "publish"]):
        actor = cast.requester if action == "withdraw" else cast.staff
        await transition(graph, wish_id=wish_id, action=action, actor_id=actor, note="reason")
    if to in ("CLAIMED", "CONFIRMED", "IN_PROGRESS", "FULFILLED"):
        # The last fifty helpers take turns, so no one of them reaches their capacity.
        for i in range(head_count):
            helper = cast.helpers[550 + (len(made) + i) % 50]
            await claim(graph, wish_id=wish_id, claimant_id=helper, actor_id=helper)
    later = {"CONFIRMED": ["confirm"], "IN_PROGRESS": ["start"], "FULFILLED": ["start", "fulfil"]}
    for action in later.get(to, []):
        await transition(graph, wish_id=wish_id, action=action, actor_id=cast.staff, evidence="done")
    return wish_id


async def status_of(graph: Graph, wish_id: str) -> str:
    row = await graph.read_one("MATCH (w:Wish {id: $id}) RETURN w.status AS s", id=wish_id)
    assert row is not None
    return str(row["s"])


async def claimers(graph: Graph, wish_id: str) -> list[str]:
    rows = await graph.read("MATCH (w:Wish {id: $id})<-[:CLAIMED]-(c) RETURN c.id AS id ORDER BY id", id=wish_id)
    return [r["id"] for r in rows]


def entry(result: StepResult) -> NodeRecord:
    """The history entry a step wrote (every step taken here writes one)."""
    assert result.step is not None
    return result.step


async def test_happy_path_keeps_every_transition(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, helper = demo_graph, cast.helpers[0]
    created = await create_wish(
        g,
        requester_id=cast.requester,
        title="教我用智能手机",
        description="想和孙子视频。",
        category="EDUCATION",
        urgency=3,
        head_count=1,
        required_skill_ids=[cast.skill, cast.skill],
        deadline=date.today() + timedelta(days=30),
        created_by=cast.requester,
    )
    wish = created.node
    made.append(wish.id)
    assert wish.id.startswith("jf-w-") and wish.get("status") == "SUBMITTED" and wish.get("version") == 0
    assert not created.replayed
    statuses = [
        (await transition(g, wish_id=wish.id, action="verify", actor_id=cast.staff)).node.get("status"),
        (await transition(g, wish_id=wish.id, action="publish", actor_id=cast.staff)).node.get("status"),
        (await claim(g, wish_id=wish.id, claimant_id=helper, actor_id=helper)).node.get("status"),
        (await transition(g, wish_id=wish.id, action="confirm", actor_id=cast.requester)).node.get("status"),
        (await transition(g, wish_id=wish.id, action="start", actor_id=helper)).node.get("status"),
    ]
    assert statuses == ["VERIFIED", "PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS"]
    done = await transition(
        g,
        wish_id=wish.id,
        action="fulfil",
        actor_id=helper,
        evidence="换好了",
        evidence_url="https://x.example/1.jpg",
        acknowledged=True,
    )
    assert done.node.get("status") == "FULFILLED"
    assert done.node.get("fulfilledAt") is not None and done.node.get("version") == 6

    steps_seen = await history(g, wish.id)
    assert [(t.get("action"), t.get("fromStatus"), t.get("toStatus")) for t in steps_seen] == [
        ("create", None, "SUBMITTED"),
        ("verify", "SUBMITTED", "VERIFIED"),
        ("publish", "VERIFIED", "PUBLISHED"),
        ("claim", "PUBLISHED", "CLAIMED"),
        ("confirm", "CLAIMED", "CONFIRMED"),
        ("start", "CONFIRMED", "IN_PROGRESS"),
        ("fulfil", "IN_PROGRESS", "FULFILLED"),
    ]
    actors = [cast.requester, cast.staff, cast.staff, helper, cast.requester, helper, helper]
    assert [t.get("actorId") for t in steps_seen] == actors
    assert [t.get("version") for t in steps_seen] == list(range(7))
    moments = [t.get("at") for t in steps_seen]
    assert all(m.tzinfo is not None for m in moments) and moments == sorted(moments)
    rel = await g.read_one(
        """MATCH (h:Person {id: $h})-[f:FULFILLED]->(w:Wish {id: $w})
           RETURN f.evidence AS evidence, f.evidenceUrl AS url, f.acknowledged AS ack,
                  COUNT { (w)-[:REQUIRES]->() } AS skills, COUNT { (w)-[:IN_GRID]->() } AS grids""",
        h=helper,
        w=wish.id,
    )
    assert rel == {"evidence": "换好了", "url": "https://x.example/1.jpg", "ack": True, "skills": 1, "grids": 1}


REACHABLE: tuple[str, ...] = ("SUBMITTED", "VERIFIED", "REJECTED", "PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS")
REACHABLE += ("FULFILLED", "CANCELLED", "WITHDRAWN", "EXPIRED")


async def test_every_invalid_transition_names_the_current_state(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, helper = demo_graph, cast.helpers[1]
    assert set(REACHABLE) == set(sm.STATES)
    refused = 0
    for state in REACHABLE:
        wish_id = await new_wish(g, cast, made, to=state, deadline=PAST if state == "EXPIRED" else None)
        assert await status_of(g, wish_id) == state
        for action in sm.ACTIONS:
            if sm.MACHINE.can(action, state):
                continue
            with pytest.raises((InvalidInput, Conflict)) as caught:
                if action in sm.TRANSITIONS:
                    await transition(g, wish_id=wish_id, action=action, actor_id=cast.staff, note="n", evidence="e")
                elif action == "decline":
                    await decline(g, wish_id=wish_id, helper_id=helper, actor_id=helper)
                else:
                    fn = claim if action == "claim" else release
                    await fn(g, wish_id=wish_id, claimant_id=helper, actor_id=helper)
            if action == "claim" and state in sm.PLACES_TAKEN:
                assert isinstance(caught.value, Conflict) and str(caught.value) == "the wish needs no more helpers"
            else:
                assert isinstance(caught.value, InvalidInput)
                assert str(caught.value) == f"cannot {action} a wish that is {state}"
                assert caught.value.argument == "wishId"
            refused += 1
        assert await status_of(g, wish_id) == state
    assert refused == sum(len(set(sm.STATES) - sm.MACHINE.allowed_from(a)) for a in sm.ACTIONS)


async def test_idempotency_key_replays_the_first_result(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, helper = demo_graph, cast.helpers[2]
    kwargs: dict[str, Any] = {
        "requester_id": cast.requester,
        "title": "想要几本课外书",
        "description": "",
        "category": "SUPPLIES",
        "urgency": 1,
        "head_count": 1,
        "required_skill_ids": [],
        "deadline": None,
        "created_by": cast.staff,
        "idempotency_key": "test-create-1",
    }
    first = await create_wish(g, **kwargs)
    made.append(first.node.id)
    again = await create_wish(g, **kwargs)
    assert again.replayed and again.node.id == first.node.id and again.step == first.step
    wish_id = first.node.id
    for action in ("verify", "publish"):
        one = await transition(g, wish_id=wish_id, action=action, actor_id=cast.staff, idempotency_key=f"k-{action}")
        two = await transition(g, wish_id=wish_id, action=action, actor_id=cast.staff, idempotency_key=f"k-{action}")
        assert not one.replayed and two.replayed and two.step == one.step

    # The same key from ten concurrent requests: one acts, the others wait on the key and replay its result.
    results = await asyncio.gather(
        *(claim(g, wish_id=wish_id, claimant_id=helper, actor_id=helper, idempotency_key="k-claim") for _ in range(10))
    )
    assert sum(not r.replayed for r in results) == 1
    assert len({entry(r).id for r in results}) == 1
    assert await claimers(g, wish_id) == [helper]
    actions = [t.get("action") for t in await history(g, wish_id)]
    assert actions == ["create", "verify", "publish", "claim"]
    version = (await g.read_one("MATCH (w:Wish {id: $id}) RETURN w.version AS v", id=wish_id) or {})["v"]
    assert version == 3  # replays wrote nothing

    with pytest.raises(InvalidInput) as caught:
        await release(g, wish_id=wish_id, claimant_id=helper, actor_id=helper, idempotency_key="k-claim")
    assert caught.value.argument == "idempotencyKey" and "another request" in str(caught.value)
    with pytest.raises(InvalidInput):
        await create_wish(g, **(kwargs | {"requester_id": cast.outsider, "created_by": cast.outsider}))


async def test_reject_needs_a_reason(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    wish_id = await new_wish(demo_graph, cast, made, to="VERIFIED")
    for note in (None, "  "):
        with pytest.raises(InvalidInput) as caught:
            await transition(demo_graph, wish_id=wish_id, action="reject", actor_id=cast.staff, note=note)
        assert caught.value.argument == "note"
    done = await transition(demo_graph, wish_id=wish_id, action="reject", actor_id=cast.staff, note="不属于微心愿范围")
    assert done.node.get("status") == "REJECTED" and entry(done).get("note") == "不属于微心愿范围"


async def test_who_may_act(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g = demo_graph
    wish_id = await new_wish(g, cast, made, to="SUBMITTED")
    for action, actor in (("verify", cast.outsider), ("verify", cast.requester), ("cancel", cast.requester)):
        with pytest.raises(Forbidden, match=f"you may not {action} this wish: only a grid worker"):
            await transition(g, wish_id=wish_id, action=action, actor_id=actor)
    # A grid worker whose token lacks the grid-worker role is no staff; an administrator is, without working a grid.
    with pytest.raises(Forbidden):
        await transition(
            g, wish_id=wish_id, action="verify", actor_id=cast.staff, authority=Authority(grid_worker=False)
        )
    with pytest.raises(Forbidden, match="only its requester may"):
        await transition(g, wish_id=wish_id, action="withdraw", actor_id=cast.staff)
    with pytest.raises(Forbidden, match="reserved"):
        await transition(g, wish_id=wish_id, action="expire", actor_id="system")
    with pytest.raises(Forbidden, match="not linked to a person"):
        await transition(g, wish_id=wish_id, action="verify", actor_id="nobody", authority=Authority(admin=True))
    with pytest.raises(NotFound) as missing:
        await transition(g, wish_id="jf-w-none", action="verify", actor_id=cast.staff)
    assert missing.value.argument == "wishId"
    with pytest.raises(InvalidInput) as caught:
        await transition(g, wish_id=wish_id, action="claim", actor_id=cast.staff)
    assert caught.value.argument == "action"
    with pytest.raises(Forbidden, match="you may not make a wish for this person"):
        await create_wish(
            g,
            requester_id=cast.requester,
            title="x",
            description="",
            category="CARE",
            urgency=1,
            head_count=1,
            required_skill_ids=[],
            deadline=None,
            created_by=cast.outsider,
        )
    admin = Authority(admin=True)
    verified = await transition(g, wish_id=wish_id, action="verify", actor_id=cast.requester, authority=admin)
    assert verified.node.get("status") == "VERIFIED"
    done = await transition(g, wish_id=wish_id, action="withdraw", actor_id=cast.requester)
    assert done.node.get("status") == "WITHDRAWN"


async def test_release_only_by_a_current_claimer(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, holder, other = demo_graph, cast.helpers[3], cast.helpers[4]
    wish_id = await new_wish(g, cast, made)
    await claim(g, wish_id=wish_id, claimant_id=holder, actor_id=holder)
    with pytest.raises(InvalidInput) as caught:
        await release(g, wish_id=wish_id, claimant_id=other, actor_id=other)
    assert caught.value.argument == "claimantId"
    with pytest.raises(Forbidden, match="you may not release this wish for this claimant"):
        await release(g, wish_id=wish_id, claimant_id=holder, actor_id=other)
    assert await claimers(g, wish_id) == [holder]
    done = await release(g, wish_id=wish_id, claimant_id=holder, actor_id=holder, note="临时有事")
    assert done.node.get("status") == "PUBLISHED" and await claimers(g, wish_id) == []
    assert (entry(done).get("fromStatus"), entry(done).get("toStatus")) == ("CLAIMED", "PUBLISHED")


async def test_claim_refusals_capacity_and_team_claims(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, busy = demo_graph, cast.outsider  # holds no claim and no capacity property: the default of 3 applies
    wishes = [await new_wish(g, cast, made) for _ in range(4)]
    for wish_id in wishes[:3]:
        await claim(g, wish_id=wish_id, claimant_id=busy, actor_id=busy)
    with pytest.raises(InvalidInput) as caught:
        await claim(g, wish_id=wishes[3], claimant_id=busy, actor_id=busy)
    assert caught.value.argument == "claimantId" and "3 open claims" in str(caught.value)
    with pytest.raises(InvalidInput, match="own wish"):
        await claim(g, wish_id=wishes[3], claimant_id=cast.requester, actor_id=cast.requester)
    with pytest.raises(Conflict, match="no more helpers"):
        await claim(g, wish_id=wishes[0], claimant_id=cast.helpers[5], actor_id=cast.helpers[5])
    with pytest.raises(NotFound) as missing:
        await claim(g, wish_id=wishes[3], claimant_id="nobody", actor_id=busy)
    assert missing.value.argument == "claimantId"
    with pytest.raises(Forbidden):  # a resident cannot claim for a unit
        await claim(g, wish_id=wishes[3], claimant_id=cast.unit, actor_id=cast.helpers[5])
    with pytest.raises(Forbidden):  # nor can the contact of another unit
        contact = Authority(unit_id="jf-no-such-unit")
        await claim(g, wish_id=wishes[3], claimant_id=cast.unit, actor_id=cast.helpers[5], authority=contact)
    # The unit's contact (by token) claims for the unit and gives the place back.
    contact = Authority(unit_id=cast.unit)
    by_contact = await claim(g, wish_id=wishes[3], claimant_id=cast.unit, actor_id=cast.helpers[5], authority=contact)
    assert entry(by_contact).get("actorId") == cast.helpers[5]
    await release(g, wish_id=wishes[3], claimant_id=cast.unit, actor_id=cast.helpers[5], authority=contact)

    two = await new_wish(g, cast, made, head_count=3)
    first = await claim(g, wish_id=two, claimant_id=cast.unit, actor_id=cast.staff)
    assert first.node.get("status") == "PUBLISHED"
    with pytest.raises(Conflict, match="already claimed"):
        await claim(g, wish_id=two, claimant_id=cast.unit, actor_id=cast.staff)
    await claim(g, wish_id=two, claimant_id=cast.branch, actor_id=cast.branch_member)
    last = await claim(g, wish_id=two, claimant_id=cast.helpers[5], actor_id=cast.helpers[5])
    assert last.node.get("status") == "CLAIMED"
    assert await claimers(g, two) == sorted([cast.unit, cast.branch, cast.helpers[5]])
    # The branch's member acts for the team's claim: starting the work counts as the helper's right.
    started = await transition(g, wish_id=two, action="start", actor_id=cast.branch_member)
    assert started.node.get("status") == "IN_PROGRESS"


async def test_decline_records_and_claim_clears_it(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, helper = demo_graph, cast.helpers[6]
    wish_id = await new_wish(g, cast, made, head_count=2)
    done = await decline(g, wish_id=wish_id, helper_id=helper, actor_id=helper, note="不在本地")
    assert done.node.get("status") == "PUBLISHED" and entry(done).get("action") == "decline"
    with pytest.raises(Conflict, match="already declined"):
        await decline(g, wish_id=wish_id, helper_id=helper, actor_id=helper)
    declined = "MATCH (:Person {id: $h})-[d:DECLINED]->(:Wish {id: $w}) RETURN count(d) AS n"
    assert (await g.read(declined, h=helper, w=wish_id))[0]["n"] == 1
    await claim(g, wish_id=wish_id, claimant_id=helper, actor_id=helper)
    assert (await g.read(declined, h=helper, w=wish_id))[0]["n"] == 0
    with pytest.raises(InvalidInput, match="release it instead"):
        await decline(g, wish_id=wish_id, helper_id=helper, actor_id=helper)


async def test_stale_claims_are_released_after_the_configured_age(
    demo_graph: Graph, cast: Cast, made: list[str]
) -> None:
    g, helper = demo_graph, cast.helpers[7]
    wish_id = await new_wish(g, cast, made)
    claimed = await claim(g, wish_id=wish_id, claimant_id=helper, actor_id=helper)
    at = entry(claimed).get("at")
    assert await release_stale_claims(g, timedelta(hours=3), now=at + timedelta(hours=2)) == []
    released = await release_stale_claims(g, timedelta(hours=1), now=at + timedelta(hours=2))
    assert [r.node.id for r in released] == [wish_id]  # loaded demo claims carry no time, so are never stale
    step = entry(released[0])
    assert (step.get("action"), step.get("actorId"), step.get("toStatus")) == ("release", "system", "PUBLISHED")
    assert await claimers(g, wish_id) == [] and await status_of(g, wish_id) == "PUBLISHED"


async def test_expire_past_the_deadline(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g = demo_graph
    overdue = [await new_wish(g, cast, made, deadline=PAST, to=s) for s in ("SUBMITTED", "CLAIMED")]
    started = await new_wish(g, cast, made, deadline=PAST, to="IN_PROGRESS")
    current = await new_wish(g, cast, made, deadline=date.today() + timedelta(days=7))
    with pytest.raises(InvalidInput, match="has not passed"):
        await transition(g, wish_id=current, action="expire", actor_id=cast.staff)
    assert await expire_overdue(g, datetime(2022, 12, 31, 12, tzinfo=UTC)) == []
    expired = await expire_overdue(g, datetime(2023, 1, 2, 12, tzinfo=UTC))
    assert sorted(r.node.id for r in expired) == sorted(overdue)
    assert {entry(r).get("actorId") for r in expired} == {"system"}
    assert [await status_of(g, w) for w in (*overdue, started, current)] == [
        "EXPIRED",
        "EXPIRED",
        "IN_PROGRESS",
        "PUBLISHED",
    ]
    by_staff = await new_wish(g, cast, made, deadline=PAST)
    done = await transition(g, wish_id=by_staff, action="expire", actor_id=cast.staff)
    assert done.node.get("status") == "EXPIRED"


async def race(graph: Graph, wish_id: str, helpers: tuple[str, ...]) -> tuple[int, int, list[BaseException]]:
    """Every helper claims the wish at once; returns successes, conflicts and anything else raised."""
    results = await asyncio.gather(
        *(claim(graph, wish_id=wish_id, claimant_id=h, actor_id=h, idempotency_key=f"{wish_id}/{h}") for h in helpers),
        return_exceptions=True,
    )
    won = sum(isinstance(r, StepResult) for r in results)
    lost = sum(isinstance(r, Conflict) for r in results)
    other = [r for r in results if isinstance(r, BaseException) and not isinstance(r, Conflict)]
    return won, lost, other


async def test_fifty_concurrent_claims_one_winner(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g = demo_graph
    started = time.perf_counter()
    for round_ in range(10):
        wish_id = await new_wish(g, cast, made)
        helpers = cast.helpers[50 * round_ : 50 * (round_ + 1)]
        won, lost, other = await race(g, wish_id, helpers)
        assert (won, lost, other) == (1, 49, [])
        assert len(await claimers(g, wish_id)) == 1 and await status_of(g, wish_id) == "CLAIMED"
        assert [t.get("action") for t in await history(g, wish_id)].count("claim") == 1

    pair = await new_wish(g, cast, made, head_count=2)
    won, lost, other = await race(g, pair, cast.helpers[500:550])
    assert (won, lost, other) == (2, 48, [])
    assert len(await claimers(g, pair)) == 2 and await status_of(g, pair) == "CLAIMED"
    assert [t.get("action") for t in await history(g, pair)].count("claim") == 2
    assert time.perf_counter() - started < 60


async def test_no_trace_is_left_in_the_demo(demo_graph: Graph) -> None:
    row = await demo_graph.read_one(
        """RETURN COUNT { (:Wish) } AS wishes, COUNT { (:Wish {status: 'FULFILLED'}) } AS fulfilled,
                  COUNT { MATCH (t:WishTransition) WHERE NOT (t)-[:OF_WISH]->(:Wish) } AS orphanSteps,
                  COUNT { MATCH (k:IdempotencyKey) WHERE NOT EXISTS { (:Wish {id: k.wishId}) } } AS orphanKeys"""
    )
    assert row == {"wishes": 120, "fulfilled": 33, "orphanSteps": 0, "orphanKeys": 0}
