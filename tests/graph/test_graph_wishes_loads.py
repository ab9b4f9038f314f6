"""The branch loads kept by the claim writes (graph/wishes/loads.py), on a copy of the demo: after every real step
that opens or closes a claim they equal the recount the pool query used to do, and so give the same fairness."""

from __future__ import annotations

from typing import Any

from graph import matching, wishes
from graph.access.viewer import SYSTEM
from graph.core.db import Graph
from graph.matching import pool
from graph.matching.features import branch_loads
from graph.matching.queries import BRANCH_LOADS
from graph.workflow import Actor

# The pool query's branch loads before they were kept (the reference): every open claim of the community counted.
OLD_BRANCH_LOADS = """
UNWIND $communityIds AS cid
MATCH (c:Community {id: cid})
CALL (c) {
  MATCH (x:Wish) WHERE x.status IN $active AND c IN [(x)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(xc) | xc]
  MATCH (x)<-[:CLAIMED]-(:Person)-[:MEMBER_OF]->(b:PartyBranch)
  WITH b.id AS branch, count(*) AS claims
  RETURN collect({branch: branch, claims: claims}) AS branchClaims
}
RETURN c.id AS community, branchClaims
"""

# Members of two branches holding no claim, who may claim (no grid workers: they are staff), and a grid worker of
# the grid the requester lives in.
CAST = """
MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)<-[:WORKS_GRID]-(s:GridWorker)
WHERE NOT r:GridWorker AND NOT (r)-[:MEMBER_OF]->()
WITH r, g, s ORDER BY r.id, s.id LIMIT 1
MATCH (m:Person)-[:MEMBER_OF]->(b:PartyBranch)
WHERE NOT m:GridWorker AND NOT (m)-[:CLAIMED]->() AND m <> r AND coalesce(m.capacity, 3) >= 2
WITH r, g, s, b, m ORDER BY b.id, m.id
WITH r, g, s, b, collect(m.id)[..3] AS members WHERE size(members) = 3
RETURN r.id AS requester, g.id AS grid, s.id AS staff, collect(b.id)[..2] AS branches, collect(members)[..2] AS members
"""


async def kept_and_counted(graph: Graph) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    params: dict[str, Any] = {"communityIds": ["jf"], "active": pool.ACTIVE}
    kept = await graph.read(BRANCH_LOADS, **params)
    counted = await graph.read(OLD_BRANCH_LOADS, **params)

    def by_branch(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
        return {r["community"]: {b["branch"]: b["claims"] for b in r["branchClaims"]} for r in rows}

    return by_branch(kept), by_branch(counted)


async def assert_kept(graph: Graph) -> dict[str, int]:
    kept, counted = await kept_and_counted(graph)
    assert kept == counted
    assert await wishes.check_loads(graph) == []
    return counted["jf"]


async def test_every_claim_write_keeps_the_loads_equal_to_the_recount(scratch_demo: Graph) -> None:
    g = scratch_demo
    who = await g.read_one(CAST)
    assert who is not None and len(who["branches"]) == 2
    (m1, m2, m3), (n1, _, _) = who["members"]
    b1, b2 = who["branches"]
    staff, requester = Actor(who["staff"]), Actor(who["requester"])
    before = await assert_kept(g)
    assert sum(before.values()) > 0, "the demo's claims should load some branches"

    async def published(head_count: int = 1) -> str:
        made = await wishes.create_wish(
            g, staff, requester_id=who["requester"], title="搬家具", category="REPAIR", head_count=head_count
        )
        for action in ("verify", "publish"):
            await wishes.transition(g, staff, made.node.id, action)
        return made.node.id

    pair, single, dropped, cancelled = await published(2), await published(), await published(), await published()
    await wishes.claim(g, Actor(m1), pair, m1)
    await wishes.claim(g, Actor(m2), pair, m2)  # the last place: the wish is CLAIMED
    after = await assert_kept(g)
    assert after[b1] == before.get(b1, 0) + 2
    await wishes.release(g, Actor(m1), pair, m1)
    assert (await assert_kept(g))[b1] == before.get(b1, 0) + 1
    await wishes.claim(g, Actor(n1), single, b2)  # the branch itself: not one of its members' claims
    await wishes.claim(g, Actor(n1), dropped, n1)
    assert (await assert_kept(g))[b2] == before.get(b2, 0) + 1
    await wishes.transition(g, requester, dropped, "withdraw")
    await wishes.claim(g, Actor(m3), cancelled, m3)
    await assert_kept(g)
    await wishes.transition(g, staff, cancelled, "cancel")
    await wishes.claim(g, Actor(m1), pair, m1)
    await wishes.transition(g, staff, pair, "start")
    await assert_kept(g)
    await wishes.transition(g, staff, pair, "fulfil", evidence="done")
    assert (await assert_kept(g)).get(b1, 0) == before.get(b1, 0)

    # A plan's claims, all in one transaction.
    plan = await matching.compute_plan(g, "Community", "jf", viewer=SYSTEM)
    assert plan.optimal.assignments, "the demo should have open wishes to plan"
    await matching.apply_plan(g, staff, "Community", "jf", plan.fingerprint, viewer=SYSTEM)
    await assert_kept(g)


async def test_the_fairness_factor_reads_the_same_loads_as_the_recount(scratch_demo: Graph) -> None:
    g = scratch_demo
    rows = await g.read("MATCH (w:Wish) WHERE w.status IN $active RETURN w.id AS id ORDER BY id", active=pool.ACTIVE)
    found = await pool.read(g, SYSTEM, wishIds=[r["id"] for r in rows])
    assert len(found) == 1, "the demo is one community"
    _, counted = await kept_and_counted(g)
    reference = branch_loads([{"branch": b, "claims": n} for b, n in counted["jf"].items()])
    loads = branch_loads(found[0]["branchClaims"])
    helper_branches = {h["branch"] for h in found[0]["helpers"] if h["branch"] is not None}
    assert {b: loads.get(b, 0.0) for b in helper_branches} == {b: reference.get(b, 0.0) for b in helper_branches}
    assert any(loads.get(b) for b in helper_branches)


async def test_the_check_finds_a_count_the_writes_did_not_keep_and_repairs_it(scratch_demo: Graph) -> None:
    # Membership is the loader's alone: a member leaving their branch behind its back makes the count stale.
    g = scratch_demo
    written = await g.write(
        """MATCH (x:Wish)<-[:CLAIMED]-(m:Person)-[r:MEMBER_OF]->(b:PartyBranch) WHERE x.status IN $active
           WITH m, r, b, count(x) AS claims ORDER BY m.id LIMIT 1
           DELETE r RETURN b.id AS branch, claims""",
        active=pool.ACTIVE,
    )
    assert written
    left = written[0]
    found = await wishes.check_loads(g)
    assert [(m.branch, m.kept - m.counted) for m in found] == [(left["branch"], left["claims"])]
    assert await wishes.check_loads(g, repair=True) == found
    await assert_kept(g)
