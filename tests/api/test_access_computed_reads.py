"""Computed reads (coverage gaps, suggested topics, match plans, candidates and their paths, suggestions, exclusions,
paths between nodes) answer from what the viewer may see and nothing else: each is compared with plain Cypher
written from README's access table, not with graph/access."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.access_cast import Cast, the_cast
from tests.api.gql import data_as as read
from tests.api.gql import gid
from tests.api.gql import gql_as as ask
from tests.auth import ADMIN

COMMUNITY = gid("Community", "jf")
ADULT_BORN_BY = datetime.now(UTC).year - 18

# What a grid worker may see, by README: the people, households, events and wishes of the grids they work; staff;
# their own data and household; wishes they made, claimed or fulfilled (or their branch claimed); the adult
# requesters of the wishes they see; events they reported or were assigned; everything public.
SEEN_BY_WORKER = """
MATCH (me:Person {id: $worker})
WITH me, [(me)-[:WORKS_GRID]->(g:Grid) | g] AS grids, [(me)-[:IN_HOUSEHOLD]->(h:Household) | h] AS own
WITH me, grids, own, [g IN grids | [(g)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(h:Household) | h]] AS nested
WITH me, grids, own, reduce(all = [], hs IN nested | all + hs) AS gridHouseholds
WITH me, grids, own + gridHouseholds AS households, gridHouseholds
CALL (me, grids) {
  MATCH (w:Wish)
  WHERE EXISTS { (w)-[:IN_GRID]->(g) WHERE g IN grids } OR EXISTS { (w)<-[:MADE|CLAIMED|FULFILLED]-(me) }
     OR EXISTS { (w)<-[:CLAIMED|FULFILLED]-(:PartyBranch)<-[:MEMBER_OF]-(me) }
  RETURN collect(w) AS wishes
}
CALL (me, grids) {
  MATCH (e:Event)
  WHERE EXISTS { (e)-[:IN_GRID]->(g) WHERE g IN grids } OR EXISTS { (e)<-[:REPORTED]-(me) }
     OR EXISTS { (e)-[:ASSIGNED_TO]->(me) }
  RETURN collect(e.id) AS events
}
CALL (me, households, gridHouseholds, wishes) {
  MATCH (p:Person)
  WHERE p = me OR EXISTS { (p)-[:IN_HOUSEHOLD]->(h) WHERE h IN households }
     OR (coalesce(p.birthYear <= $adultBornBy, true)
         AND (p:GridWorker OR EXISTS { (p)-[:MADE]->(w) WHERE w IN wishes }))
  RETURN collect(p.id) AS people,
         collect(CASE WHEN p = me OR EXISTS { (p)-[:IN_HOUSEHOLD]->(h) WHERE h IN gridHouseholds } THEN p.id END) AS full
}
RETURN [w IN wishes | w.id] AS wishes, events, people, full, [h IN households | h.id] AS households
"""
PUBLIC = {"Community", "Grid", "Building", "Skill", "Unit", "PartyBranch", "SpecialGroup", "Resource"}


@pytest.fixture
def cast(client: TestClient) -> Cast:
    return the_cast(client)


async def seen_by_worker(graph: Graph, cast: Cast) -> dict[str, set[str]]:
    row = await graph.read_one(SEEN_BY_WORKER, worker=cast.worker, adultBornBy=ADULT_BORN_BY)
    assert row is not None
    return {key: set(row[key]) for key in ("wishes", "events", "people", "full", "households")}


def sees(seen: dict[str, set[str]], label: str, node_id: str) -> bool:
    kinds = {"Wish": "wishes", "Event": "events", "Person": "people", "Household": "households"}
    return label in PUBLIC or node_id in seen[kinds[label]]


GAPS = """query($scope: ID, $offset: Int!) { coverageGaps(days: 30, scope: $scope, first: 100, offset: $offset) {
  totalCount gaps { person { dbId } } } }"""


def every_gap(client: TestClient, headers: dict[str, str], scope: str | None) -> tuple[int, list[str]]:
    ids: list[str] = []
    while True:
        found = read(client, headers, GAPS, scope=scope, offset=len(ids))["coverageGaps"]
        ids += [g["person"]["dbId"] for g in found["gaps"]]
        if len(ids) >= found["totalCount"] or not found["gaps"]:
            return found["totalCount"], ids


@pytest.mark.parametrize("scope", [None, COMMUNITY])
async def test_coverage_gaps_are_computed_over_the_members_a_viewer_sees_whole(
    client: TestClient, demo_graph: Graph, cast: Cast, scope: str | None
) -> None:
    seen = await seen_by_worker(demo_graph, cast)
    total, everyone = every_gap(client, ADMIN, scope)
    assert total == len(everyone) > 0
    worker_total, worker = every_gap(client, cast.headers("worker"), scope)
    assert worker, "the worker's grid has members nobody reached"
    # Special-group membership is crossed only with full access: the worker's gaps are exactly the administrator's
    # among the people the worker sees whole (their grids' residents, themself), counted the same.
    assert worker == [p for p in everyone if p in seen["full"]]
    assert worker_total == len(worker) < total


SUGGEST = """query($scope: ID!, $by: ClusterLevel) {
  suggestedTopics(scope: $scope, minEvents: 2, groupBy: $by, first: 40) {
  nodes { size events(first: 100) { totalCount nodes { dbId } } } } }"""


@pytest.mark.parametrize("by", ["BUILDING", "GRID"])
async def test_suggested_topics_cluster_only_events_the_viewer_sees(
    client: TestClient, demo_graph: Graph, cast: Cast, by: str
) -> None:
    seen = await seen_by_worker(demo_graph, cast)
    clusters = read(client, cast.headers("worker"), SUGGEST, scope=COMMUNITY, by=by)["suggestedTopics"]["nodes"]
    assert clusters, "the worker's grids have recurring events"
    events = [e["dbId"] for c in clusters for e in c["events"]["nodes"]]
    assert set(events) <= seen["events"]
    assert all(c["size"] == c["events"]["totalCount"] >= 2 for c in clusters)
    everyone = {
        e["dbId"]
        for c in read(client, ADMIN, SUGGEST, scope=COMMUNITY, by=by)["suggestedTopics"]["nodes"]
        for e in c["events"]["nodes"]
    }
    assert everyone - seen["events"], "the community has events the worker may not see"


PLAN = """query($scope: ID!) { matchPlan(scope: $scope) { openWishes
  assignments { wish { dbId title } helper { __typename dbId } } unmatched { wishId } } }"""


async def test_a_match_plan_is_computed_over_the_wishes_and_helpers_the_viewer_sees(
    client: TestClient, demo_graph: Graph, cast: Cast
) -> None:
    seen = await seen_by_worker(demo_graph, cast)
    open_seen = await demo_graph.read(
        "MATCH (w:Wish {status: 'PUBLISHED'})-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(:Community {id: 'jf'}) "
        "WHERE w.id IN $ids RETURN w.id AS id",
        ids=sorted(seen["wishes"]),
    )
    plan = read(client, cast.headers("worker"), PLAN, scope=COMMUNITY)["matchPlan"]
    admin = read(client, ADMIN, PLAN, scope=COMMUNITY)["matchPlan"]
    assert plan["openWishes"] == len(open_seen) < admin["openWishes"]
    for a in plan["assignments"]:
        assert a["wish"]["dbId"] in seen["wishes"]
        assert sees(seen, a["helper"]["__typename"], a["helper"]["dbId"])
    unmatched = {u["wishId"] for u in plan["unmatched"]}
    assert unmatched <= {gid("Wish", w) for w in seen["wishes"]}


CANDIDATES = """query($id: ID!) { node(id: $id) { ... on Wish { candidates(first: 100) { nodes {
  helper { __typename dbId } paths { nodes { dbId label name } } } } } } }"""


async def test_candidates_and_their_paths_name_only_what_the_viewer_sees(
    client: TestClient, demo_graph: Graph, cast: Cast
) -> None:
    seen = await seen_by_worker(demo_graph, cast)
    rows = await demo_graph.read(
        "MATCH (w:Wish {status: 'PUBLISHED'})-[:IN_GRID]->(:Grid {id: $grid}) RETURN w.id AS id ORDER BY id",
        grid=cast.grid,
    )
    assert rows, "the worker's grid has open wishes"
    shown = 0
    for row in rows:
        as_admin = read(client, ADMIN, CANDIDATES, id=gid("Wish", row["id"]))["node"]["candidates"]["nodes"]
        found = read(client, cast.headers("worker"), CANDIDATES, id=gid("Wish", row["id"]))["node"]["candidates"][
            "nodes"
        ]
        assert len(as_admin) < 100, "the whole list, to compare with"
        # The administrator's list without the helpers the worker may not see, in the same order (same scores).
        visible = [c["helper"] for c in as_admin if sees(seen, c["helper"]["__typename"], c["helper"]["dbId"])]
        assert [c["helper"] for c in found] == visible
        for c in found:
            assert sees(seen, c["helper"]["__typename"], c["helper"]["dbId"])
            for path in c["paths"]:
                shown += 1
                assert all(sees(seen, n["label"], n["dbId"]) for n in path["nodes"]), path
    assert shown > 0


SUGGESTED = """query($id: ID!) { node(id: $id) { ... on Person { suggestedWishes(first: 100) { nodes { wish { dbId } } } } } }"""


async def test_a_helpers_suggested_wishes_are_those_the_viewer_sees(
    client: TestClient, demo_graph: Graph, cast: Cast
) -> None:
    seen = await seen_by_worker(demo_graph, cast)
    # Staff of other grids: the worker sees them (staff names), not their grids' wishes.
    rows = await demo_graph.read(
        "MATCH (o:GridWorker)-[:WORKS_GRID]->(g:Grid) WHERE NOT (o)-[:WORKS_GRID]->(:Grid {id: $grid}) "
        "AND coalesce(o.birthYear <= $adultBornBy, true) RETURN DISTINCT o.id AS id ORDER BY id LIMIT 10",
        grid=cast.grid,
        adultBornBy=ADULT_BORN_BY,
    )
    leaked_before = 0
    for row in rows:
        everything = read(client, ADMIN, SUGGESTED, id=gid("Person", row["id"]))["node"]["suggestedWishes"]["nodes"]
        leaked_before += sum(1 for s in everything if s["wish"]["dbId"] not in seen["wishes"])
        node = read(client, cast.headers("worker"), SUGGESTED, id=gid("Person", row["id"]))["node"]
        assert node is not None, "staff are visible to every signed-in person"
        assert {s["wish"]["dbId"] for s in node["suggestedWishes"]["nodes"]} <= seen["wishes"]
    assert leaked_before > 0, "other grids' staff have suggestions the worker may not see"


EXPLAIN = """query($w: ID!, $h: ID!) { explainExclusion(wishId: $w, helperId: $h) { constraint } }"""


def refusal(body: dict[str, Any]) -> tuple[str, str, str]:
    assert body["data"] is None, body
    error = body["errors"][0]
    return error["extensions"]["code"], error["extensions"]["argument"], error["message"]


async def test_explain_exclusion_tells_no_hidden_wish_or_helper_from_a_missing_one(
    client: TestClient, demo_graph: Graph, cast: Cast
) -> None:
    seen = await seen_by_worker(demo_graph, cast)
    wishes = await demo_graph.read("MATCH (w:Wish) RETURN w.id AS id ORDER BY id")
    hidden_wish = next(w["id"] for w in wishes if w["id"] not in seen["wishes"])
    own_wish = next(w["id"] for w in wishes if w["id"] in seen["wishes"])
    stranger = gid("Person", cast.stranger)
    assert cast.stranger not in seen["people"]
    w = cast.headers("worker")
    # As an administrator, the hidden wish and the stranger are there to explain.
    assert "errors" not in ask(client, ADMIN, EXPLAIN, w=gid("Wish", hidden_wish), h=stranger)
    hidden = refusal(ask(client, w, EXPLAIN, w=gid("Wish", hidden_wish), h=stranger))
    missing = refusal(ask(client, w, EXPLAIN, w=gid("Wish", "jf-w-none"), h=stranger))
    assert hidden == ("NOT_FOUND", "wishId", f"no wish {hidden_wish!r}")
    assert missing == ("NOT_FOUND", "wishId", "no wish 'jf-w-none'")
    hidden_helper = refusal(ask(client, w, EXPLAIN, w=gid("Wish", own_wish), h=stranger))
    missing_helper = refusal(ask(client, w, EXPLAIN, w=gid("Wish", own_wish), h=gid("Person", "jf-p-none")))
    assert hidden_helper == ("NOT_FOUND", "helperId", f"no helper {cast.stranger!r}")
    assert missing_helper == ("NOT_FOUND", "helperId", "no helper 'jf-p-none'")


PATHS = """query($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxLength: 4, first: 10) {
  nodes { dbId } edges { type } } }"""

# Members of a special group whom a party member sees (adult requesters of published wishes), reachable through
# public nodes and that wish in four steps: group, community, grid, wish, person (not staff: a grid they work would
# be a shorter route).
VISIBLE_MEMBERS = """
MATCH (sg:SpecialGroup)<-[:IN_SPECIAL_GROUP]-(p:Person)-[:MADE]->(w:Wish {status: 'PUBLISHED'})-[:IN_GRID]->(:Grid)
      -[:IN_COMMUNITY]->(:Community)<-[:IN_COMMUNITY]-(sg)
WHERE p.birthYear <= $adultBornBy AND NOT p:GridWorker
RETURN DISTINCT sg.id AS group, p.id AS person ORDER BY person LIMIT 5
"""


async def test_paths_never_tell_a_special_groups_members_from_others(
    client: TestClient, demo_graph: Graph, cast: Cast
) -> None:
    members = await demo_graph.read(VISIBLE_MEMBERS, adultBornBy=ADULT_BORN_BY)
    assert members
    for row in members:
        ids = {"a": gid("SpecialGroup", row["group"]), "b": gid("Person", row["person"])}
        admin = read(client, ADMIN, PATHS, **ids)["paths"]
        assert [[e["type"] for e in p["edges"]] for p in admin] == [["IN_SPECIAL_GROUP"]]
        # Without full access the membership is not walked: the answer is the route a non-member would get.
        found = read(client, cast.headers("member"), PATHS, **ids)["paths"]
        assert found, "a visible route of four steps exists"
        assert all("IN_SPECIAL_GROUP" not in {e["type"] for e in p["edges"]} for p in found)
        assert {len(p["edges"]) for p in found} == {4}


async def test_paths_walk_a_membership_the_viewer_sees_whole(client: TestClient, demo_graph: Graph, cast: Cast) -> None:
    row = await demo_graph.read_one(
        "MATCH (:Grid {id: $grid})<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(p:Person)"
        "-[:IN_SPECIAL_GROUP]->(sg:SpecialGroup) RETURN sg.id AS group, p.id AS person ORDER BY person LIMIT 1",
        grid=cast.grid,
    )
    assert row is not None
    ids = {"a": gid("SpecialGroup", row["group"]), "b": gid("Person", row["person"])}
    found = read(client, cast.headers("worker"), PATHS, **ids)["paths"]
    assert [[e["type"] for e in p["edges"]] for p in found] == [["IN_SPECIAL_GROUP"]]
    # The person is hidden from a member: answered as a person that does not exist.
    hidden = refusal(ask(client, cast.headers("member"), PATHS, **ids))
    missing = refusal(ask(client, cast.headers("member"), PATHS, a=ids["a"], b=gid("Person", "jf-p-none")))
    assert hidden == missing and hidden[:2] == ("NOT_FOUND", "toId"), (hidden, missing)


# A route through a household the worker may not see, shorter than any visible one: the requester of a wish of the
# worker's grid and a far staff member who holds its skill (a candidate) are put in one household of a far grid.
HIDDEN_ROUTE = """
MATCH (:Person {id: $worker})-[:WORKS_GRID]->(g:Grid)<-[:IN_GRID]-(w:Wish {status: 'PUBLISHED'})<-[:MADE]-(r:Person)
MATCH (w)-[:REQUIRES]->(s:Skill)
CALL (s) { MATCH (s)<-[l:HAS_SKILL]-(h:Person) RETURN h ORDER BY l.level DESC, h.id LIMIT 30 }
WITH g, w, r, h
WHERE h:GridWorker AND coalesce(h.birthYear <= $adultBornBy, true) AND h <> r
  AND NOT EXISTS { (h)-[:WORKS_GRID]->(:Grid)-[:ADJACENT_TO*0..1]-(g) }
  AND NOT EXISTS { (h)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)-[:ADJACENT_TO*0..1]-(g) }
WITH g, w, r, h ORDER BY w.id, h.id LIMIT 1
MATCH (b:Building)-[:IN_GRID]->(far:Grid) WHERE NOT (far)-[:ADJACENT_TO*0..1]-(g)
WITH w, r, h, b ORDER BY b.id LIMIT 1
CREATE (x:Household {id: 'jf-h-hidden-route', name: '隐藏户', room: '0-101'})-[:IN_BUILDING]->(b)
CREATE (r)-[:IN_HOUSEHOLD]->(x), (h)-[:IN_HOUSEHOLD]->(x)
RETURN w.id AS wish, h.id AS helper
"""
PATHS_OF = """query($id: ID!) { node(id: $id) { ... on Wish { candidates(first: 100) { nodes {
  helper { dbId } paths { nodes { dbId label } } } } } } }"""


async def test_a_candidates_path_never_crosses_a_node_hidden_from_the_viewer(
    scratch_client: TestClient, scratch_demo: Graph
) -> None:
    cast = the_cast(scratch_client)
    rows = await scratch_demo.write(HIDDEN_ROUTE, worker=cast.worker, adultBornBy=ADULT_BORN_BY)
    assert rows, "the demo has a far staff member holding a skill a wish of the worker's grid needs"
    made = rows[0]
    seen = await seen_by_worker(scratch_demo, cast)
    assert "jf-h-hidden-route" not in seen["households"]

    def paths(headers: dict[str, str]) -> list[list[dict[str, str]]]:
        found = read(scratch_client, headers, PATHS_OF, id=gid("Wish", made["wish"]))["node"]["candidates"]["nodes"]
        return [p["nodes"] for c in found if c["helper"]["dbId"] == made["helper"] for p in c["paths"]]

    assert "jf-h-hidden-route" in {n["dbId"] for p in paths(ADMIN) for n in p}, "the shortest route is the hidden one"
    as_worker = paths(cast.headers("worker"))
    assert as_worker, "the staff member is the worker's candidate too, with the skill they share at least"
    assert all(sees(seen, n["label"], n["dbId"]) for p in as_worker for n in p)
