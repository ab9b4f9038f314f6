"""Every root field, per role, against README's table written again as plain Cypher (tests/api/access_oracle.py).

Lists are compared whole (count and first page), `node(s)` and `where: {id: {in}}` over generated samples of seen
and hidden ids, and the computed answers (search, neighbourhood, paths, plans, gaps, suggestions) by what they
name. A root field without a rule here fails the first test: a new field is denied until someone writes one.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from schema.root import schema
from tests.api.access_oracle import PUBLIC, ROLES, RULES, SIGNED_IN, World, the_world
from tests.api.gql import gid, gql_as

# Root lists that show one role's people: the sub-label of Person they list.
PEOPLE_LISTS = {"people": None, "residents": "Resident", "partyMembers": "PartyMember", "gridWorkers": "GridWorker"}
PEOPLE_LISTS |= {"volunteers": "Volunteer"}
# Root fields checked by a test of their own below (every other root field is a list of one label).
COMPUTED = frozenset(
    {
        "node",
        "nodes",
        "communityStats",
        "statistics",
        "matchPlan",
        "explainExclusion",
        "search",
        "neighborhood",
        "paths",
        "resourcesNear",
        "suggestedTopics",
        "coverageGaps",
        "viewer",
    }
)
QUERY = schema._schema.query_type
assert QUERY is not None
# Typed lookups (`wish(id:)`): one entity by its global id, as node(id:) answers it.
LOOKUPS = {
    name: str(field.type)
    for name, field in QUERY.fields.items()
    if list(field.args) == ["id"] and name not in COMPUTED and not str(field.type).endswith("!")
}
LISTS = {
    name: str(field.type).removesuffix("!").removesuffix("Connection")
    for name, field in QUERY.fields.items()
    if name not in COMPUTED and name not in LOOKUPS
}


@pytest.fixture
async def world(demo_graph: Graph) -> World:
    return await the_world(demo_graph)


def code(body: dict[str, Any]) -> str | None:
    errors = body.get("errors") or [{}]
    found: str | None = errors[0].get("extensions", {}).get("code")
    return found


def answer(client: TestClient, world: World, role: str, query: str, **variables: Any) -> dict[str, Any]:
    return gql_as(client, world.token(role), query, **variables)


def test_every_root_field_has_a_rule() -> None:
    unknown = sorted(set(LISTS) - {*PEOPLE_LISTS, *(n for n, label in LISTS.items() if label in LABELS)})
    unknown += sorted(n for n, label in LOOKUPS.items() if label not in LABELS)
    assert not unknown, f"root fields without an access rule in this oracle: {unknown}"
    assert len(LOOKUPS) >= 30, LOOKUPS  # one per entity: the field shape above still finds them


LABELS = PUBLIC | set(RULES)


async def expected(world: World, role: str, field: str) -> list[str]:
    label = "Person" if field in PEOPLE_LISTS else LISTS[field]
    seen = await world.seen(role, label)
    sub = PEOPLE_LISTS.get(field)
    if sub is not None:
        seen &= await world.oracle.everything(sub)
    return sorted(seen)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("field", sorted(LISTS))
async def test_each_list_shows_what_the_table_says(field: str, role: str, client: TestClient, world: World) -> None:
    query = f"{{ {field}(first: 100, orderBy: {{field: id}}) {{ totalCount aggregate {{ count }} edges {{ node {{ dbId }} }} }} }}"
    body = answer(client, world, role, query)
    if role == "anonymous":
        assert code(body) == "UNAUTHENTICATED", body
        return
    want = await expected(world, role, field)
    if code(body) == "FORBIDDEN":
        assert not want, f"{field} refused to {role}, who may see {len(want)} rows"
        return
    assert "errors" not in body, body
    got = body["data"][field]
    assert (got["totalCount"], [e["node"]["dbId"] for e in got["edges"]]) == (len(want), want[:100])
    # The list's aggregate is over the same rows: a hidden row is never counted.
    assert got["aggregate"]["count"] == len(want)

    # Generated input: a sample of seen and hidden ids through a filter.
    label = "Person" if field in PEOPLE_LISTS else LISTS[field]
    hidden = sorted(await world.oracle.everything(label) - set(want))
    sample = want[:: max(1, len(want) // 7)][:7] + hidden[:: max(1, len(hidden) // 7)][:7]
    filtered = answer(
        client,
        world,
        role,
        f"query($ids: [String!]) {{ {field}(where: {{id: {{in: $ids}}}}) {{ totalCount }} }}",
        ids=sample,
    )
    assert filtered["data"][field]["totalCount"] == len(set(sample) & set(want))


NODE_LABELS = ("Person", "Household", "Wish", "Event", "Need", "HomeVisit", "Dispute", "WishTransition", "AuditEntry")


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_node_and_nodes_answer_null_for_hidden_and_missing_alike(
    role: str, client: TestClient, world: World
) -> None:
    for label in NODE_LABELS:
        seen = sorted(await world.seen(role, label))
        hidden = sorted(await world.oracle.everything(label) - set(seen))
        sample = seen[:5] + hidden[:5] + [f"{label.lower()}-none"]
        body = answer(
            client, world, role, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", ids=[gid(label, i) for i in sample]
        )
        assert "errors" not in body, body
        assert [n is not None for n in body["data"]["nodes"]] == [i in seen for i in sample], label
        for one in hidden[:1] + sample[-1:]:
            single = answer(client, world, role, "query($id: ID!) { node(id: $id) { id } }", id=gid(label, one))
            assert "errors" not in single and single["data"] == {"node": None}, (label, single)


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_each_lookup_answers_what_the_table_says(role: str, client: TestClient, world: World) -> None:
    """`wish(id:)` and its kin: the node for an id the role sees, null for one hidden and one missing alike."""
    for field, label in sorted(LOOKUPS.items()):
        seen = sorted(await world.seen(role, label))
        hidden = sorted(await world.oracle.everything(label) - set(seen))
        sample = seen[:: max(1, len(seen) // 2)][:2] + hidden[:: max(1, len(hidden) // 2)][:2] + [f"{label}-none"]
        aliases = " ".join(f"n{i}: {field}(id: $i{i}) {{ dbId }}" for i in range(len(sample)))
        params = ", ".join(f"$i{i}: ID!" for i in range(len(sample)))
        body = answer(
            client,
            world,
            role,
            f"query({params}) {{ {aliases} }}",
            **{f"i{i}": gid(label, one) for i, one in enumerate(sample)},
        )
        assert "errors" not in body, (field, body)
        got = [body["data"][f"n{i}"] for i in range(len(sample))]
        assert got == [{"dbId": one} if one in seen else None for one in sample], (field, sample, got)


VIEWER = "{ viewer { person { dbId } grids { dbId } households { dbId } branch { dbId } unit { dbId } } }"
VIEWER_LABELS = {"grids": "Grid", "households": "Household", "branch": "PartyBranch", "unit": "Unit"}


@pytest.mark.parametrize("role", ROLES)
async def test_the_viewer_is_the_token_s_own_person_and_names_only_what_the_role_sees(
    role: str, client: TestClient, world: World
) -> None:
    body = answer(client, world, role, VIEWER)
    if role == "anonymous":
        assert code(body) == "UNAUTHENTICATED", body
        return
    assert "errors" not in body, body
    got = body["data"]["viewer"]
    me = world.viewers[role].person
    # README: a resident sees their own data whole; the token's person is always seen, when the graph holds them.
    assert got["person"] == ({"dbId": me} if me in await world.oracle.everything("Person") else None)
    for field, label in VIEWER_LABELS.items():
        named = got[field] if isinstance(got[field], list) else [got[field]] if got[field] else []
        assert {n["dbId"] for n in named} <= await world.seen(role, label), (field, named)


async def names_of(graph: Graph, ids: list[str]) -> list[str]:
    rows = await graph.read("MATCH (p:Person) WHERE p.id IN $ids RETURN p.name AS name", ids=ids)
    return [r["name"] for r in rows if r["name"] and len(r["name"]) >= 2]


async def all_seen(world: World, role: str, nodes: list[dict[str, Any]]) -> list[str]:
    """The nodes an answer names that the role may not see."""
    return [n["dbId"] for n in nodes if n["dbId"] not in await world.seen(role, n["label"])]


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_search_names_only_what_the_role_sees(
    role: str, client: TestClient, world: World, demo_graph: Graph
) -> None:
    hidden = sorted(await world.oracle.everything("Person") - await world.seen(role, "Person"))
    for text in [*await names_of(demo_graph, hidden[:: max(1, len(hidden) // 4)][:4]), "幸福"]:
        body = answer(
            client,
            world,
            role,
            "query($t: String!) { search(text: $t, first: 20) { nodes { node { dbId label } } } }",
            t=text,
        )
        assert "errors" not in body, body
        assert await all_seen(world, role, [h["node"] for h in body["data"]["search"]["nodes"]]) == [], text


SUBGRAPH = "nodes { dbId label } edges { type source target }"


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_neighbourhoods_and_paths_cross_only_what_the_role_sees(
    role: str, client: TestClient, world: World, demo_graph: Graph
) -> None:
    start = world.row["grid"]
    around = answer(
        client,
        world,
        role,
        f"query($id: ID!) {{ neighborhood(id: $id, depth: 2, limit: 200) {{ {SUBGRAPH} }} }}",
        id=gid("Grid", start),
    )
    assert "errors" not in around, around
    assert await all_seen(world, role, around["data"]["neighborhood"]["nodes"]) == []

    row = await demo_graph.read_one(
        """MATCH (s:SpecialGroup)<-[:IN_SPECIAL_GROUP]-(p:Person) WITH s, collect(p.id) AS members ORDER BY s.id LIMIT 1
           MATCH (q:Person) WHERE NOT q.id IN members
           WITH s, members, q ORDER BY q.id LIMIT 3
           WITH s, members, collect(q.id) AS others
           RETURN s.id AS group, members[0..3] + others AS people"""
    )
    assert row is not None
    full = await world.oracle.full(world.viewers[role])
    for person in row["people"]:
        found = answer(
            client,
            world,
            role,
            f"query($a: ID!, $b: ID!) {{ paths(fromId: $a, toId: $b, maxLength: 3, first: 3) {{ {SUBGRAPH} }} }}",
            a=gid("SpecialGroup", row["group"]),
            b=gid("Person", person),
        )
        if code(found) == "NOT_FOUND":  # the person is hidden: as for a missing id
            assert person not in await world.seen(role, "Person")
            continue
        assert "errors" not in found, found
        for path in found["data"]["paths"]:
            assert await all_seen(world, role, path["nodes"]) == []
            # A membership crossed belongs to someone the role sees whole.
            ends = [(e["source"], e["target"]) for e in path["edges"] if e["type"] == "IN_SPECIAL_GROUP"]
            people = {end for pair in ends for end in pair if base64.b64decode(end).decode().startswith("Person:")}
            assert people <= {gid("Person", p) for p in full}, path


STATS = "query($c: ID) { communityStats(communityId: $c) { wishesFulfilled } }"
PERIODS = 'query($s: ID!) { statistics(scope: $s, from: "2024-01-01", to: "2024-12-31") { __typename } }'


def test_aggregate_statistics_are_the_same_for_every_role(client: TestClient, world: World) -> None:
    """README: aggregate statistics are open, without a token too; they name no row."""
    answers = [answer(client, world, role, STATS, c=gid("Community", "jf")) for role in ROLES]
    assert all("errors" not in a for a in answers) and len({str(a) for a in answers}) == 1, answers
    periods = [answer(client, world, role, PERIODS, s=gid("Community", "jf")) for role in ROLES]
    assert all("errors" not in a for a in periods), periods


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_resources_near_are_public(role: str, client: TestClient, world: World) -> None:
    q = "query($g: ID!) { resourcesNear(gridId: $g) { nodes { dbId label } } }"
    mine = answer(client, world, role, q, g=gid("Grid", world.row["grid"]))
    assert mine == answer(client, world, "admin", q, g=gid("Grid", world.row["grid"]))


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_computed_answers_name_only_what_the_role_sees(role: str, client: TestClient, world: World) -> None:
    """Plans, gaps, suggestions and exclusions: refused for the role, or computed over rows it sees."""
    grid, community = gid("Grid", world.row["grid"]), gid("Community", "jf")
    for scope in (grid, community):
        plan = answer(
            client,
            world,
            role,
            "query($s: ID!) { matchPlan(scope: $s) { assignments { wish { dbId } helper { dbId __typename } } } }",
            s=scope,
        )
        if code(plan) == "FORBIDDEN":
            continue
        assert "errors" not in plan, plan
        for a in plan["data"]["matchPlan"]["assignments"]:
            assert a["wish"]["dbId"] in await world.seen(role, "Wish")
            assert a["helper"]["dbId"] in await world.seen(role, a["helper"]["__typename"])

    gaps = answer(client, world, role, "{ coverageGaps(days: 30, first: 100) { nodes { person { dbId } } } }")
    if code(gaps) != "FORBIDDEN":
        assert "errors" not in gaps, gaps
        people = {g["person"]["dbId"] for g in gaps["data"]["coverageGaps"]["nodes"]}
        # Special-group membership needs full access to the person.
        assert people <= await world.oracle.full(world.viewers[role])

    topics = answer(
        client,
        world,
        role,
        "query($s: ID!) { suggestedTopics(scope: $s, first: 40) { nodes { events(first: 100) { nodes { dbId } } } } }",
        s=community,
    )
    if code(topics) != "FORBIDDEN":
        assert "errors" not in topics, topics
        events = {e["dbId"] for t in topics["data"]["suggestedTopics"]["nodes"] for e in t["events"]["nodes"]}
        assert events <= await world.seen(role, "Event")


@pytest.mark.parametrize("role", SIGNED_IN)
async def test_an_exclusion_tells_hidden_from_missing_to_nobody(role: str, client: TestClient, world: World) -> None:
    seen = await world.seen(role, "Wish")
    hidden = sorted(await world.oracle.everything("Wish") - seen)
    helper = gid("Person", world.row["member"])
    q = "query($w: ID!, $h: ID!) { explainExclusion(wishId: $w, helperId: $h) { excluded } }"
    if not hidden:
        assert role == "admin", f"{role} sees every wish"  # only administrators may see them all
        return
    secret = answer(client, world, role, q, w=gid("Wish", hidden[0]), h=helper)
    missing = answer(client, world, role, q, w=gid("Wish", "w-none"), h=helper)
    assert code(secret) == code(missing) and code(secret) in ("NOT_FOUND", "FORBIDDEN"), (secret, missing)
    words = [e["message"].split("'")[0] for e in (secret["errors"][0], missing["errors"][0])]
    assert words[0] == words[1]
