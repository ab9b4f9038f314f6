"""The wish lifecycle on a real Neo4j over the demo: transitions, history, who may act, expiry past the deadline.

Every test makes its own wishes and deletes them afterwards, so the demo's figures stay as other modules expect (the
last test here checks that for every wish test: tests/graph/test_graph_wishes_claims.py runs before this module).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from graph.core.db import Graph
from graph.core.errors import Conflict, Forbidden, InvalidInput, InvalidState, NotFound
from graph.wishes import claim, create_wish, decline, expire_overdue, history, release, transition
from graph.wishes import flow as sm
from graph.workflow import Actor
from tests.graph.wish_cast import PAST, Cast, entry, new_wish, status_of


async def test_happy_path_keeps_every_transition(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, helper = demo_graph, cast.helpers[0]
    created = await create_wish(
        g,
        Actor(cast.requester),
        requester_id=cast.requester,
        title="教我用智能手机",
        description="想和孙子视频。",
        category="EDUCATION",
        urgency=3,
        required_skill_ids=[cast.skill, cast.skill],
        deadline=date.today() + timedelta(days=30),
    )
    wish = created.node
    made.append(wish.id)
    assert wish.id.startswith("jf-w-") and wish.get("status") == "SUBMITTED" and wish.get("version") == 0
    assert not created.replayed
    statuses = [
        (await transition(g, Actor(cast.staff), wish_id=wish.id, action="verify")).node.get("status"),
        (await transition(g, Actor(cast.staff), wish_id=wish.id, action="publish")).node.get("status"),
        (await claim(g, Actor(helper), wish_id=wish.id, claimant_id=helper)).node.get("status"),
        (await transition(g, Actor(cast.requester), wish_id=wish.id, action="confirm")).node.get("status"),
        (await transition(g, Actor(helper), wish_id=wish.id, action="start")).node.get("status"),
    ]
    assert statuses == ["VERIFIED", "PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS"]
    done = await transition(
        g,
        Actor(helper),
        wish_id=wish.id,
        action="fulfil",
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
                    # Each step by a role that may take it (the requester withdraws), so the state is what refuses.
                    actor = Actor(cast.requester if action == "withdraw" else cast.staff)
                    await transition(g, actor, wish_id=wish_id, action=action, note="n", evidence="e")
                elif action == "decline":
                    await decline(g, Actor(helper), wish_id=wish_id, helper_id=helper)
                else:
                    fn = claim if action == "claim" else release
                    await fn(g, Actor(helper), wish_id=wish_id, claimant_id=helper)
            if action == "claim" and state in sm.PLACES_TAKEN:
                assert isinstance(caught.value, Conflict) and str(caught.value) == "the wish needs no more helpers"
            else:
                assert isinstance(caught.value, InvalidState)
                assert str(caught.value) == f"cannot {action} a wish that is {state}"
                assert (caught.value.argument, caught.value.state, caught.value.action) == ("wishId", state, action)
                assert action not in caught.value.allowed
                assert set(caught.value.allowed) <= {a for a in sm.ACTIONS if sm.MACHINE.can(a, state)}
            refused += 1
        assert await status_of(g, wish_id) == state
    assert refused == sum(len(set(sm.STATES) - sm.MACHINE.allowed_from(a)) for a in sm.ACTIONS)


async def test_reject_needs_a_reason(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    wish_id = await new_wish(demo_graph, cast, made, to="VERIFIED")
    for note in (None, "  "):
        with pytest.raises(InvalidInput) as caught:
            await transition(demo_graph, Actor(cast.staff), wish_id=wish_id, action="reject", note=note)
        assert caught.value.argument == "note"
    done = await transition(demo_graph, Actor(cast.staff), wish_id=wish_id, action="reject", note="不属于微心愿范围")
    assert done.node.get("status") == "REJECTED" and entry(done).get("note") == "不属于微心愿范围"


async def test_who_may_act(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g = demo_graph
    wish_id = await new_wish(g, cast, made, to="SUBMITTED")
    for action, actor in (("verify", cast.outsider), ("verify", cast.requester), ("cancel", cast.requester)):
        with pytest.raises(Forbidden, match=f"you may not {action} this wish: only a grid worker"):
            await transition(g, Actor(actor), wish_id=wish_id, action=action)
    # A grid worker whose token lacks the grid-worker role is no staff; an administrator is, without working a grid.
    with pytest.raises(Forbidden):
        await transition(g, Actor(cast.staff, grid_worker=False), wish_id=wish_id, action="verify")
    with pytest.raises(Forbidden, match="only its requester may"):
        await transition(g, Actor(cast.staff), wish_id=wish_id, action="withdraw")
    with pytest.raises(Forbidden, match="reserved"):
        await transition(g, Actor("system"), wish_id=wish_id, action="expire")
    with pytest.raises(Forbidden, match="not linked to a person"):
        await transition(g, Actor("nobody", admin=True), wish_id=wish_id, action="verify")
    with pytest.raises(NotFound) as missing:
        await transition(g, Actor(cast.staff), wish_id="jf-w-none", action="verify")
    assert missing.value.argument == "wishId"
    with pytest.raises(InvalidInput) as caught:
        await transition(g, Actor(cast.staff), wish_id=wish_id, action="claim")
    assert caught.value.argument == "action"
    with pytest.raises(Forbidden, match="you may not make a wish for this person"):
        await create_wish(
            g,
            Actor(cast.outsider),
            requester_id=cast.requester,
            title="x",
            category="CARE",
            urgency=1,
        )
    verified = await transition(g, Actor(cast.requester, admin=True), wish_id=wish_id, action="verify")
    assert verified.node.get("status") == "VERIFIED"
    done = await transition(g, Actor(cast.requester), wish_id=wish_id, action="withdraw")
    assert done.node.get("status") == "WITHDRAWN"


async def test_expire_past_the_deadline(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g = demo_graph
    overdue = [await new_wish(g, cast, made, deadline=PAST, to=s) for s in ("SUBMITTED", "CLAIMED")]
    started = await new_wish(g, cast, made, deadline=PAST, to="IN_PROGRESS")
    current = await new_wish(g, cast, made, deadline=date.today() + timedelta(days=7))
    with pytest.raises(InvalidInput, match="has not passed"):
        await transition(g, Actor(cast.staff), wish_id=current, action="expire")
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
    done = await transition(g, Actor(cast.staff), wish_id=by_staff, action="expire")
    assert done.node.get("status") == "EXPIRED"


async def test_no_trace_is_left_in_the_demo(demo_graph: Graph) -> None:
    row = await demo_graph.read_one(
        """RETURN COUNT { (:Wish) } AS wishes, COUNT { (:Wish {status: 'FULFILLED'}) } AS fulfilled,
                  COUNT { MATCH (t:WishTransition) WHERE NOT (t)-[:OF_WISH]->(:Wish) } AS orphanSteps,
                  COUNT { MATCH (k:IdempotencyKey) WHERE NOT EXISTS { (:Wish {id: k.wishId}) } } AS orphanKeys"""
    )
    assert row == {"wishes": 120, "fulfilled": 33, "orphanSteps": 0, "orphanKeys": 0}
