"""Matching over the demo on a real Neo4j: candidates and why, exclusions, suggestions, plans."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, gid, gql

CANDIDATES = """query($id: ID!) { node(id: $id) { ... on Wish { dbId
  candidates(first: 100) { nodes { helperKind score factors { name value weight contribution }
    helper { id dbId }
    paths { nodes { id label name } edges { type source target } } } } } } }"""


async def open_wish_needing_a_skill(graph: Graph) -> dict[str, Any]:
    row = await graph.read_one(
        """MATCH (w:Wish {status: 'PUBLISHED'})-[:REQUIRES]->(s:Skill)
           WITH w, collect(s.id) AS skills ORDER BY w.id LIMIT 1
           MATCH (w)<-[:MADE]-(r:Person)
           RETURN w.id AS id, skills, r.id AS requester"""
    )
    assert row is not None
    return row


async def test_candidates_are_ranked_eligible_and_explained(client: TestClient, demo_graph: Graph) -> None:
    wish = await open_wish_needing_a_skill(demo_graph)
    found = data(client, CANDIDATES, id=gid("Wish", wish["id"]))["node"]["candidates"]["nodes"]
    assert found, "an open demo wish has candidates"
    scores = [c["score"] for c in found]
    assert scores == sorted(scores, reverse=True)
    for c in found:
        assert abs(sum(f["contribution"] for f in c["factors"]) - c["score"]) < 1e-3
        assert all(abs(f["weight"] * f["value"] - f["contribution"]) < 1e-3 for f in c["factors"])
        assert c["helper"]["dbId"] != wish["requester"]
        assert c["paths"], "every match is justified by a path"
        for path in c["paths"]:
            ids = {n["id"] for n in path["nodes"]}
            assert all(e["source"] in ids and e["target"] in ids for e in path["edges"])
            assert len(path["edges"]) == len(path["nodes"]) - 1
    helpers = [c["helper"]["dbId"] for c in found]
    lacking = await demo_graph.read(
        """UNWIND $helpers AS h MATCH (p:Person {id: h}) UNWIND $skills AS s
           WITH p, s WHERE NOT EXISTS { (p)-[:HAS_SKILL]->(:Skill {id: s}) } RETURN p.id AS id""",
        helpers=helpers,
        skills=wish["skills"],
    )
    assert lacking == []


EXPLAIN = """query($w: ID!, $h: ID!) { explainExclusion(wishId: $w, helperId: $h) {
  excluded constraint message score factors { contribution } } }"""


async def test_explain_exclusion_names_the_failed_constraint(client: TestClient, demo_graph: Graph) -> None:
    wish = await open_wish_needing_a_skill(demo_graph)
    w = gid("Wish", wish["id"])
    as_requester = data(client, EXPLAIN, w=w, h=gid("Person", wish["requester"]))["explainExclusion"]
    assert (as_requester["excluded"], as_requester["constraint"]) == (True, "IS_REQUESTER")
    plain_resident = await demo_graph.read_one(
        """MATCH (p:Resident) WHERE NOT p:PartyMember AND NOT p:Volunteer AND NOT p:GridWorker
           RETURN p.id AS id ORDER BY p.id LIMIT 1"""
    )
    assert plain_resident is not None
    as_resident = data(client, EXPLAIN, w=w, h=gid("Person", plain_resident["id"]))["explainExclusion"]
    assert as_resident["constraint"] == "NOT_A_HELPER" and as_resident["message"]
    unskilled = await demo_graph.read_one(
        """MATCH (c:Community {id: 'jf'})<-[:IN_COMMUNITY]-(:Grid)<-[:WORKS_GRID]-(p:GridWorker)
           WHERE NONE(s IN $skills WHERE EXISTS { (p)-[:HAS_SKILL]->(:Skill {id: s}) })
           RETURN p.id AS id ORDER BY p.id LIMIT 1""",
        skills=wish["skills"],
    )
    assert unskilled is not None
    lacking = data(client, EXPLAIN, w=w, h=gid("Person", unskilled["id"]))["explainExclusion"]
    assert lacking["constraint"] == "LACKS_SKILL"
    best = data(client, CANDIDATES, id=w)["node"]["candidates"]["nodes"][0]
    eligible = data(client, EXPLAIN, w=w, h=best["helper"]["id"])["explainExclusion"]
    assert (eligible["excluded"], eligible["constraint"], eligible["score"]) == (False, None, best["score"])
    unknown = gql(client, EXPLAIN, w=w, h=gid("Person", "nobody"))["errors"][0]
    assert unknown["extensions"] == {"code": "NOT_FOUND", "argument": "helperId"}


async def test_suggested_wishes_mirror_candidates(client: TestClient, demo_graph: Graph) -> None:
    wish = await open_wish_needing_a_skill(demo_graph)
    best = data(client, CANDIDATES, id=gid("Wish", wish["id"]))["node"]["candidates"]["nodes"][0]
    q = """query($id: ID!) { node(id: $id) { ... on Person { suggestedWishes(first: 100) { nodes { score wish { dbId } } } }
                                             ... on Unit { suggestedWishes(first: 100) { nodes { score wish { dbId } } } } } }"""
    suggested = data(client, q, id=best["helper"]["id"])["node"]["suggestedWishes"]["nodes"]
    assert {"score": best["score"], "wish": {"dbId": wish["id"]}} in suggested
    scores = [s["score"] for s in suggested]
    assert scores == sorted(scores, reverse=True)


PLAN = """query($scope: ID!) { matchPlan(scope: $scope) { openWishes served placesFilled totalScore fingerprint provenOptimal
  greedy { served placesFilled totalScore }
  assignments { score wish { dbId headCount } helper { dbId } }
  unmatched { wishId reason helpersAssigned helpersNeeded } } }"""


@pytest.mark.parametrize("scope", [("Community", "jf"), ("Grid", "jf-g02")])
async def test_match_plan_respects_limits_and_beats_greedy(
    client: TestClient, demo_graph: Graph, scope: tuple[str, str]
) -> None:
    plan = data(client, PLAN, scope=gid(*scope))["matchPlan"]
    assert plan["openWishes"] > 0
    assert plan["provenOptimal"] is True
    assert plan["served"] >= plan["greedy"]["served"]
    assert plan["placesFilled"] >= plan["greedy"]["placesFilled"]
    assert plan["placesFilled"] == len(plan["assignments"])
    assert abs(plan["totalScore"] - sum(a["score"] for a in plan["assignments"])) < 1e-3
    per_wish: dict[str, int] = {}
    for a in plan["assignments"]:
        per_wish[a["wish"]["dbId"]] = per_wish.get(a["wish"]["dbId"], 0) + 1
    assert all(n <= a["wish"]["headCount"] for a in plan["assignments"] for n in [per_wish[a["wish"]["dbId"]]])
    left = await demo_graph.read(
        """UNWIND $helpers AS h MATCH (p {id: h}) WHERE p:Person OR p:Unit
           RETURN p.id AS id, coalesce(p.capacity, 3) - COUNT { (p)-[:CLAIMED]->(w:Wish)
             WHERE w.status IN ['PUBLISHED', 'CLAIMED', 'CONFIRMED', 'IN_PROGRESS'] } AS left""",
        helpers=sorted({a["helper"]["dbId"] for a in plan["assignments"]}),
    )
    used: dict[str, int] = {}
    for a in plan["assignments"]:
        used[a["helper"]["dbId"]] = used.get(a["helper"]["dbId"], 0) + 1
    assert all(used[r["id"]] <= r["left"] for r in left)
    again = data(client, PLAN, scope=gid(*scope))["matchPlan"]
    assert again == plan, "the same data gives the same plan"


def test_match_plan_scope_must_be_a_community_or_grid(client: TestClient) -> None:
    error = gql(client, PLAN, scope=gid("Wish", "jf-w1"))["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "scope"}


def test_candidates_for_a_page_of_wishes_cost_a_fixed_number_of_queries(client: TestClient) -> None:
    q = """query($n: Int!) { wishes(first: $n, where: {status: {eq: PUBLISHED}}) { edges { node {
           candidates(first: 3) { nodes { score paths { edges { type } } } } } } } }"""
    graph = client.app.state.graph  # type: ignore[attr-defined]  # TestClient.app is any ASGI app; ours has .state
    costs = []
    for n in (2, 20):
        before = graph.round_trips
        assert "errors" not in gql(client, q, n=n)
        costs.append(graph.round_trips - before)
    assert costs == [3, 3]  # wishes, candidates of all of them, paths of all of those
