"""Claims on a wish on a real Neo4j over the demo: refusals, capacity, team claims, releases, declines, stale claims,
replays by idempotency key and racing claims.

Every test makes its own wishes and deletes them afterwards, so the demo's figures stay as other modules expect.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any

import pytest

from graph.core.db import Graph
from graph.core.errors import Conflict, Forbidden, InvalidInput, KeyReused, NotFound
from graph.wishes import claim, create_wish, decline, history, release, release_stale_claims, transition
from graph.workflow import Actor, StepResult
from tests.graph.wish_cast import Cast, claimers, entry, new_wish, status_of


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
        "key": "test-create-1",
    }
    first = await create_wish(g, Actor(cast.staff), **kwargs)
    made.append(first.node.id)
    again = await create_wish(g, Actor(cast.staff), **kwargs)
    assert again.replayed and again.node.id == first.node.id and again.step == first.step
    wish_id = first.node.id
    for action in ("verify", "publish"):
        one = await transition(g, Actor(cast.staff), wish_id=wish_id, action=action, key=f"k-{action}")
        two = await transition(g, Actor(cast.staff), wish_id=wish_id, action=action, key=f"k-{action}")
        assert not one.replayed and two.replayed and two.step == one.step

    # The same key from ten concurrent requests: one acts, the others wait on the key and replay its result.
    results = await asyncio.gather(
        *(claim(g, Actor(helper), wish_id=wish_id, claimant_id=helper, key="k-claim") for _ in range(10))
    )
    assert sum(not r.replayed for r in results) == 1
    assert len({entry(r).id for r in results}) == 1
    assert await claimers(g, wish_id) == [helper]
    actions = [t.get("action") for t in await history(g, wish_id)]
    assert actions == ["create", "verify", "publish", "claim"]
    version = (await g.read_one("MATCH (w:Wish {id: $id}) RETURN w.version AS v", id=wish_id) or {})["v"]
    assert version == 3  # replays wrote nothing

    with pytest.raises(KeyReused) as caught:
        await release(g, Actor(helper), wish_id=wish_id, claimant_id=helper, key="k-claim")
    assert caught.value.argument == "idempotencyKey" and "another request" in str(caught.value)
    with pytest.raises(KeyReused):
        await create_wish(g, Actor(cast.staff), **(kwargs | {"requester_id": cast.outsider}))
    # Keys are each sender's own: the outsider's request under the staff's key is theirs, and acts.
    own = await create_wish(g, Actor(cast.outsider), **(kwargs | {"requester_id": cast.outsider}))
    made.append(own.node.id)
    assert not own.replayed and own.node.id != first.node.id


async def test_release_only_by_a_current_claimer(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, holder, other = demo_graph, cast.helpers[3], cast.helpers[4]
    wish_id = await new_wish(g, cast, made)
    await claim(g, Actor(holder), wish_id=wish_id, claimant_id=holder)
    with pytest.raises(InvalidInput) as caught:
        await release(g, Actor(other), wish_id=wish_id, claimant_id=other)
    assert caught.value.argument == "claimantId"
    with pytest.raises(Forbidden, match="you may not release this wish for this claimant"):
        await release(g, Actor(other), wish_id=wish_id, claimant_id=holder)
    assert await claimers(g, wish_id) == [holder]
    done = await release(g, Actor(holder), wish_id=wish_id, claimant_id=holder, note="临时有事")
    assert done.node.get("status") == "PUBLISHED" and await claimers(g, wish_id) == []
    assert (entry(done).get("fromStatus"), entry(done).get("toStatus")) == ("CLAIMED", "PUBLISHED")


async def test_claim_refusals_capacity_and_team_claims(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, busy = demo_graph, cast.outsider  # holds no claim and no capacity property: the default of 3 applies
    wishes = [await new_wish(g, cast, made) for _ in range(4)]
    for wish_id in wishes[:3]:
        await claim(g, Actor(busy), wish_id=wish_id, claimant_id=busy)
    with pytest.raises(InvalidInput) as caught:
        await claim(g, Actor(busy), wish_id=wishes[3], claimant_id=busy)
    assert caught.value.argument == "claimantId" and "3 open claims" in str(caught.value)
    with pytest.raises(InvalidInput, match="own wish"):
        await claim(g, Actor(cast.requester), wish_id=wishes[3], claimant_id=cast.requester)
    with pytest.raises(Conflict, match="no more helpers"):
        await claim(g, Actor(cast.helpers[5]), wish_id=wishes[0], claimant_id=cast.helpers[5])
    with pytest.raises(NotFound) as missing:
        await claim(g, Actor(busy), wish_id=wishes[3], claimant_id="nobody")
    assert missing.value.argument == "claimantId"
    with pytest.raises(Forbidden):  # a resident cannot claim for a unit
        await claim(g, Actor(cast.helpers[5]), wish_id=wishes[3], claimant_id=cast.unit)
    with pytest.raises(Forbidden):  # nor can the contact of another unit
        elsewhere = Actor(cast.helpers[5], unit_id="jf-no-such-unit")
        await claim(g, elsewhere, wish_id=wishes[3], claimant_id=cast.unit)
    # The unit's contact (by token) claims for the unit and gives the place back.
    contact = Actor(cast.helpers[5], unit_id=cast.unit)
    by_contact = await claim(g, contact, wish_id=wishes[3], claimant_id=cast.unit)
    assert entry(by_contact).get("actorId") == cast.helpers[5]
    await release(g, contact, wish_id=wishes[3], claimant_id=cast.unit)

    two = await new_wish(g, cast, made, head_count=3)
    first = await claim(g, Actor(cast.staff), wish_id=two, claimant_id=cast.unit)
    assert first.node.get("status") == "PUBLISHED"
    with pytest.raises(Conflict, match="already claimed"):
        await claim(g, Actor(cast.staff), wish_id=two, claimant_id=cast.unit)
    await claim(g, Actor(cast.branch_member), wish_id=two, claimant_id=cast.branch)
    last = await claim(g, Actor(cast.helpers[5]), wish_id=two, claimant_id=cast.helpers[5])
    assert last.node.get("status") == "CLAIMED"
    assert await claimers(g, two) == sorted([cast.unit, cast.branch, cast.helpers[5]])
    # The branch's member acts for the team's claim: starting the work counts as the helper's right.
    started = await transition(g, Actor(cast.branch_member), wish_id=two, action="start")
    assert started.node.get("status") == "IN_PROGRESS"


async def test_one_person_one_claim_counting_their_branch(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, member, branch = demo_graph, cast.branch_member, cast.branch
    # A member who claimed personally: their branch may not claim the same wish as well.
    mine = await new_wish(g, cast, made, head_count=3)
    await claim(g, Actor(member), wish_id=mine, claimant_id=member)
    with pytest.raises(Conflict, match=f"^{member}, a member of {branch}, already claimed this wish$"):
        await claim(g, Actor(cast.staff), wish_id=mine, claimant_id=branch)
    # A branch that claimed: its member may not claim the same wish personally.
    ours = await new_wish(g, cast, made, head_count=3)
    await claim(g, Actor(member), wish_id=ours, claimant_id=branch)
    with pytest.raises(Conflict, match=f"^{member} already holds a claim on this wish through {branch}$"):
        await claim(g, Actor(member), wish_id=ours, claimant_id=member)
    assert await claimers(g, mine) == [member] and await claimers(g, ours) == [branch]


async def test_decline_records_and_claim_clears_it(demo_graph: Graph, cast: Cast, made: list[str]) -> None:
    g, helper = demo_graph, cast.helpers[6]
    wish_id = await new_wish(g, cast, made, head_count=2)
    done = await decline(g, Actor(helper), wish_id=wish_id, helper_id=helper, note="不在本地")
    assert done.node.get("status") == "PUBLISHED" and entry(done).get("action") == "decline"
    with pytest.raises(Conflict, match="already declined"):
        await decline(g, Actor(helper), wish_id=wish_id, helper_id=helper)
    declined = "MATCH (:Person {id: $h})-[d:DECLINED]->(:Wish {id: $w}) RETURN count(d) AS n"
    assert (await g.read(declined, h=helper, w=wish_id))[0]["n"] == 1
    await claim(g, Actor(helper), wish_id=wish_id, claimant_id=helper)
    assert (await g.read(declined, h=helper, w=wish_id))[0]["n"] == 0
    with pytest.raises(InvalidInput, match="release it instead"):
        await decline(g, Actor(helper), wish_id=wish_id, helper_id=helper)


async def test_stale_claims_are_released_after_the_configured_age(
    demo_graph: Graph, cast: Cast, made: list[str]
) -> None:
    g, helper = demo_graph, cast.helpers[7]
    wish_id = await new_wish(g, cast, made)
    claimed = await claim(g, Actor(helper), wish_id=wish_id, claimant_id=helper)
    at = entry(claimed).get("at")
    assert await release_stale_claims(g, timedelta(hours=3), now=at + timedelta(hours=2)) == []
    released = await release_stale_claims(g, timedelta(hours=1), now=at + timedelta(hours=2))
    assert [r.node.id for r in released] == [wish_id]  # loaded demo claims carry no time, so are never stale
    step = entry(released[0])
    assert (step.get("action"), step.get("actorId"), step.get("toStatus")) == ("release", "system", "PUBLISHED")
    assert await claimers(g, wish_id) == [] and await status_of(g, wish_id) == "PUBLISHED"


async def race(graph: Graph, wish_id: str, helpers: tuple[str, ...]) -> tuple[int, int, list[BaseException]]:
    """Every helper claims the wish at once; returns successes, conflicts and anything else raised."""
    results = await asyncio.gather(
        *(claim(graph, Actor(h), wish_id=wish_id, claimant_id=h, key=f"{wish_id}/{h}") for h in helpers),
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
