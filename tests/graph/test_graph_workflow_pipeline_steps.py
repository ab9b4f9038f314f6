"""The step pipeline on a real Neo4j: what it commits, what a key replays, and what it publishes after the commit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from graph import wishes
from graph.core.db import Graph
from graph.core.errors import InvalidInput
from graph.workflow import Actor, StatusChange

DELETE_WISH = """
MATCH (w:Wish {id: $wishId})
CALL (w) { MATCH (t:WishTransition)-[:OF_WISH]->(w) DETACH DELETE t }
CALL (w) { MATCH (k:IdempotencyKey) WHERE k.request CONTAINS w.id OR k.result CONTAINS w.id DELETE k }
DETACH DELETE w
"""
KEYS = "MATCH (k:IdempotencyKey) WHERE k.key STARTS WITH $prefix RETURN k.key AS key"
HISTORY = "MATCH (t:WishTransition)-[:OF_WISH]->(:Wish {id: $wishId}) RETURN t.action AS action ORDER BY t.version"


@dataclass
class Wish:
    id: str
    requester: str
    staff: str


@pytest.fixture
async def wish(demo_graph: Graph) -> AsyncIterator[Wish]:
    """A new SUBMITTED wish of a resident whose grid has a grid worker; deleted with its history and keys after."""
    who = await demo_graph.read_one(
        """MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                 <-[:WORKS_GRID]-(s:GridWorker)
           WHERE NOT r:GridWorker
           RETURN r.id AS requester, s.id AS staff ORDER BY r.id, s.id LIMIT 1"""
    )
    assert who is not None
    made = await wishes.create_wish(
        demo_graph,
        Actor(who["requester"]),
        requester_id=who["requester"],
        title="换灯泡",
        category="DAILY_LIFE",
    )
    yield Wish(made.node.id, who["requester"], who["staff"])
    demo_graph.publisher = None
    await demo_graph.write(DELETE_WISH, wishId=made.node.id)


async def test_a_step_writes_its_history_and_publishes_after_the_commit(demo_graph: Graph, wish: Wish) -> None:
    published: list[StatusChange] = []

    async def publisher(change: StatusChange) -> None:
        published.append(change)

    demo_graph.publisher = publisher
    done = await wishes.transition(demo_graph, Actor(wish.staff), wish.id, "verify")
    assert done.node.get("status") == "VERIFIED" and done.step is not None
    assert (done.step.get("fromStatus"), done.step.get("toStatus"), done.step.get("actorId")) == (
        "SUBMITTED",
        "VERIFIED",
        wish.staff,
    )
    assert [(c.kind, c.id, c.action, c.from_status, c.to_status) for c in published] == [
        ("Wish", wish.id, "verify", "SUBMITTED", "VERIFIED")
    ]
    assert [r["action"] for r in await demo_graph.read(HISTORY, wishId=wish.id)] == ["create", "verify"]


async def test_a_replayed_key_answers_the_first_result_and_publishes_nothing(demo_graph: Graph, wish: Wish) -> None:
    published: list[StatusChange] = []

    async def publisher(change: StatusChange) -> None:
        published.append(change)

    demo_graph.publisher = publisher
    key = f"pipeline-test-{wish.id}"
    first = await wishes.transition(demo_graph, Actor(wish.staff), wish.id, "verify", key=key)
    again = await wishes.transition(demo_graph, Actor(wish.staff), wish.id, "verify", key=key)
    assert not first.replayed and again.replayed and again.step == first.step
    assert len(published) == 1
    assert [r["action"] for r in await demo_graph.read(HISTORY, wishId=wish.id)] == ["create", "verify"]


async def test_a_refused_step_leaves_nothing_behind(demo_graph: Graph, wish: Wish) -> None:
    published: list[StatusChange] = []

    async def publisher(change: StatusChange) -> None:
        published.append(change)

    demo_graph.publisher = publisher
    key = f"pipeline-refused-{wish.id}"
    with pytest.raises(InvalidInput, match="cannot publish a wish that is SUBMITTED"):
        await wishes.transition(demo_graph, Actor(wish.staff), wish.id, "publish", key=key)
    # The refusal rolled back the key with everything else: it is free for the request that is right.
    assert await demo_graph.read(KEYS, prefix=key) == []
    done = await wishes.transition(demo_graph, Actor(wish.staff), wish.id, "verify", key=key)
    assert not done.replayed
    assert [c.action for c in published] == ["verify"]
    assert [r["action"] for r in await demo_graph.read(HISTORY, wishId=wish.id)] == ["create", "verify"]


async def test_a_failing_broker_does_not_undo_a_committed_step(demo_graph: Graph, wish: Wish) -> None:
    async def publisher(change: StatusChange) -> None:
        raise ConnectionError("broker away")

    demo_graph.publisher = publisher
    done = await wishes.transition(demo_graph, Actor(wish.staff), wish.id, "verify")
    assert done.node.get("status") == "VERIFIED"
    assert [r["action"] for r in await demo_graph.read(HISTORY, wishId=wish.id)] == ["create", "verify"]
