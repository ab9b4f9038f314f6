"""The cast and the wishes of the wish tests over the demo: who plays each part, wishes brought to a status, and their
removal with their history when a test ends (`cast` and `made` are fixtures of the graph tier, see conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date

import pytest

from graph.core.db import Graph
from graph.core.records import NodeRecord
from graph.wishes import claim, create_wish, rebuild_loads, transition
from graph.workflow import Actor, StepResult

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
    if ids:  # deleted behind the claim writes' back: the branch loads are recounted
        await rebuild_loads(demo_graph, ["jf"])


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
        Actor(cast.staff),
        requester_id=cast.requester,
        title="帮忙修理漏水的水龙头",
        description="厨房水龙头一直滴水。",
        category="REPAIR",
        head_count=head_count,
        deadline=deadline,
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
        await transition(graph, Actor(actor), wish_id=wish_id, action=action, note="reason")
    if to in ("CLAIMED", "CONFIRMED", "IN_PROGRESS", "FULFILLED"):
        # The last fifty helpers take turns, so no one of them reaches their capacity.
        for i in range(head_count):
            helper = cast.helpers[550 + (len(made) + i) % 50]
            await claim(graph, Actor(helper), wish_id=wish_id, claimant_id=helper)
    later = {"CONFIRMED": ["confirm"], "IN_PROGRESS": ["start"], "FULFILLED": ["start", "fulfil"]}
    for action in later.get(to, []):
        await transition(graph, Actor(cast.staff), wish_id=wish_id, action=action, evidence="done")
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
