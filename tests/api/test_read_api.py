"""The read API over the Jianfeng demo: stats, node ids, lists, filters, keyset pages, nesting, errors."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.api.gql import data, gid, gql

DOMAIN_FIGURES = {
    "partyBranches": 10,
    "partyMembers": 750,
    "gridWorkers": 58,
    "schoolGrids": 2,
    "coBuildingUnits": 11,
    "wishesFulfilled": 33,
    "councilProblemsSolved": 47,
    "urgentProblemsSolved": 36,
    "disputesMediated": 16,
    "childrenInAfterSchoolClasses": 23,
    "birthdayParties": 12,
    "elderlyBirthdayAttendances": 398,
}


def test_community_stats_reproduce_the_article(client: TestClient) -> None:
    fields = " ".join(DOMAIN_FIGURES)
    stats = data(client, f"{{ communityStats {{ communityId {fields} }} }}")["communityStats"]
    assert {k: stats[k] for k in DOMAIN_FIGURES} == DOMAIN_FIGURES
    by_id = data(client, f'{{ communityStats(communityId: "{stats["communityId"]}") {{ {fields} }} }}')
    assert by_id["communityStats"] == DOMAIN_FIGURES
    assert data(client, '{ communityStats(communityId: "nowhere") { partyMembers } }')["communityStats"] is None


def test_node_by_global_id_and_nodes_keep_order(client: TestClient) -> None:
    grids = data(client, "{ grids(first: 3) { edges { node { id dbId name } } } }")["grids"]["edges"]
    ids = [e["node"]["id"] for e in grids]
    one = data(client, "query($id: ID!) { node(id: $id) { id ... on Grid { name } } }", id=ids[0])["node"]
    assert one == {"id": ids[0], "name": grids[0]["node"]["name"]}
    many = data(
        client, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", ids=[ids[2], gid("Grid", "no-such-grid"), ids[0]]
    )
    assert many["nodes"] == [{"id": ids[2]}, None, {"id": ids[0]}]


def test_filters_and_total_count(client: TestClient) -> None:
    school = data(client, "{ grids(where: {kind: {eq: SCHOOL}}) { totalCount edges { node { kind } } } }")
    assert school["grids"]["totalCount"] == 2
    assert {e["node"]["kind"] for e in school["grids"]["edges"]} == {"SCHOOL"}
    q = """{ partyMembers(where: {partyStatus: {eq: IN_SERVICE}, NOT: {reportedOn: {isNull: true}}}) {
            totalCount } all: partyMembers { totalCount } }"""
    members = data(client, q)
    assert 0 < members["partyMembers"]["totalCount"] < members["all"]["totalCount"] == 750
    teachers = """{ grids(where: {gridWorkers: {some: {gridRole: {eq: TEACHER}}}}) { totalCount }
                    noTeachers: grids(where: {gridWorkers: {none: {gridRole: {eq: TEACHER}}}}) { totalCount } }"""
    t = data(client, teachers)
    assert t["grids"]["totalCount"] == 2
    assert t["noTeachers"]["totalCount"] + 2 == data(client, "{ all: grids { totalCount } }")["all"]["totalCount"]


def test_keyset_pages_walk_forward_and_back_without_gaps(client: TestClient) -> None:
    q = """query($after: String, $before: String, $first: Int, $last: Int) {
      partyBranches(first: $first, after: $after, last: $last, before: $before, orderBy: {field: name, direction: DESC}) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { dbId name } } } }"""
    everything = data(client, q, first=100)["partyBranches"]["edges"]
    assert len(everything) == 10
    names = [e["node"]["name"] for e in everything]
    assert names == sorted(names, reverse=True)
    seen, after = [], None
    while True:
        page = data(client, q, first=3, after=after)["partyBranches"]
        seen += [e["node"]["dbId"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == [e["node"]["dbId"] for e in everything]
    back = data(client, q, last=4, before=everything[7]["cursor"])["partyBranches"]
    assert [e["node"]["dbId"] for e in back["edges"]] == seen[3:7]
    assert back["pageInfo"]["hasPreviousPage"] is True


def test_nested_relationships_three_levels(client: TestClient) -> None:
    q = """{ residents(first: 5, where: {building: {some: {grid: {some: {kind: {eq: RESIDENTIAL}}}}}}) {
        edges { node { name phone building { name grid { name gridWorkers(first: 10) { totalCount
          edges { node { name gridRole } } } } } } } } }"""
    edges = data(client, q)["residents"]["edges"]
    assert len(edges) == 5
    for e in edges:
        grid = e["node"]["building"]["grid"]
        assert grid["gridWorkers"]["totalCount"] >= 1
        assert all(w["node"]["gridRole"] for w in grid["gridWorkers"]["edges"])
        if e["node"]["phone"]:
            # The client is a community administrator: phones whole (masking is tested in test_access_reads).
            assert e["node"]["phone"].isdigit()


def test_bad_input_is_coded_and_names_the_argument(client: TestClient) -> None:
    bad_cursor = gql(client, '{ grids(after: "zzz") { totalCount } }')
    assert bad_cursor["data"] is None
    (error,) = bad_cursor["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "argument": "after"}
    too_many = gql(client, "{ grids(first: 1000) { totalCount } }")["errors"][0]
    assert too_many["extensions"] == {"code": "BAD_USER_INPUT", "argument": "first"}
    unknown_field = gql(client, "{ grids(where: {colour: {eq: 1}}) { totalCount } }")["errors"][0]
    assert unknown_field["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    cursor = data(client, "{ grids(first: 1) { pageInfo { endCursor } } }")["grids"]["pageInfo"]["endCursor"]
    other_order = gql(client, "query($c: String) { grids(after: $c, orderBy: {field: name}) { totalCount } }", c=cursor)
    assert other_order["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "after"}
    wrong_type = gql(client, '{ wish(id: "R3JpZDpqZi1nMDE=") { id } }')["errors"][0]  # a Grid's global id
    assert wrong_type["extensions"] == {"code": "BAD_USER_INPUT", "argument": "id"}
    bad_enum = gql(client, "query($k: GridKind) { grids(where: {kind: {eq: $k}}) { totalCount } }", k="NOPE")
    assert (
        bad_enum["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "argument": "where"}
        and "GridKind" in bad_enum["errors"][0]["message"]
    )
    for body in (bad_cursor, too_many, unknown_field, other_order, bad_enum):
        assert "Traceback" not in str(body) and "neo4j" not in str(body).lower()
