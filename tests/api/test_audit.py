"""The audit log: append-only in code, one entry per person read in full per request, no log means no data, and a
filter or sort on a sensitive field is logged like a read of it, on every path a `where` or `orderBy` takes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.access import audit
from graph.core.errors import DatabaseUnavailable
from schema.relay import to_global_id
from tests.api.access_cast import the_cast
from tests.auth import ADMIN, bearer

CARD = "query Card($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { dbId name phone idNumber } } }"
LOG = (
    "query($since: DateTime) { auditEntries(first: 100, where: {at: {gte: $since}}, orderBy: {field: at}) {"
    " totalCount edges { node { dbId viewerId subjectId fields at operation purpose } } } }"
)


def _people(client: TestClient, n: int) -> list[str]:
    body = client.post("/graphql", json={"query": f"{{ residents(first: {n}) {{ edges {{ node {{ dbId }} }} }} }}"})
    return [e["node"]["dbId"] for e in body.json()["data"]["residents"]["edges"]]


def _log(client: TestClient, since: str) -> dict[str, Any]:
    body = client.post("/graphql", json={"query": LOG, "variables": {"since": since}}, headers=ADMIN).json()
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["auditEntries"]
    return result


def test_one_entry_per_person_per_request_and_earlier_entries_never_change(client: TestClient) -> None:
    # Neo4j runs on this machine: its clock and ours agree to well under the second of margin.
    since_iso = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    people = _people(client, 3)
    ids = [to_global_id("Person", p) for p in people]
    first = client.post(
        "/graphql", json={"query": CARD, "variables": {"ids": ids}}, headers=ADMIN | {"X-Access-Purpose": "audit test"}
    )
    assert all(n["phone"] is None or n["phone"].isdigit() for n in first.json()["data"]["nodes"])
    log = _log(client, since_iso)
    ours = [e["node"] for e in log["edges"] if e["node"]["purpose"] == "audit test"]
    assert sorted(e["subjectId"] for e in ours) == sorted(people)
    assert all(e["operation"] == "Card" and e["viewerId"] == "admin-test" and "idNumber" in e["fields"] for e in ours)
    # A second request adds entries; the first ones are still there, unchanged.
    client.post(
        "/graphql",
        json={"query": CARD, "variables": {"ids": ids[:1]}},
        headers=ADMIN | {"X-Access-Purpose": "audit test"},
    )
    again = [e["node"] for e in _log(client, since_iso)["edges"] if e["node"]["purpose"] == "audit test"]
    assert len(again) == len(ours) + 1
    assert all(e in again for e in ours)


def test_no_audit_log_no_personal_data(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit write failing (injected in our own function: Neo4j cannot be told to refuse one write) withholds the answer."""

    async def unavailable(*args: Any, **kwargs: Any) -> int:
        raise DatabaseUnavailable("Neo4j is unreachable")

    monkeypatch.setattr(audit, "record", unavailable)
    ids = [to_global_id("Person", p) for p in _people(client, 2)]
    body = client.post("/graphql", json={"query": CARD, "variables": {"ids": ids}}).json()
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]
    assert "audit log" in body["errors"][0]["message"]
    # A request that reads nothing sensitive in full does not need the log.
    masked = client.post(
        "/graphql", json={"query": CARD, "variables": {"ids": ids}}, headers=bearer("nobody", "party_member")
    )
    assert "errors" not in masked.json()


BY_PURPOSE = (
    "query($purpose: String) { auditEntries(first: 50, where: {purpose: {eq: $purpose}}) {"
    " edges { node { viewerId access subjectLabel subjectId fields operation } } } }"
)


def _entries(client: TestClient, purpose: str) -> list[dict[str, Any]]:
    body = client.post("/graphql", json={"query": BY_PURPOSE, "variables": {"purpose": purpose}}, headers=ADMIN).json()
    assert "errors" not in body, body
    return [e["node"] for e in body["data"]["auditEntries"]["edges"]]


def _ask(client: TestClient, headers: dict[str, str], purpose: str, query: str, **variables: Any) -> dict[str, Any]:
    body = client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers | {"X-Access-Purpose": purpose}
    ).json()
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]
    return result


PROBE = (
    "query Probe($id: String!, $prefix: String) { people(where: {id: {eq: $id}, phone: {startsWith: $prefix}})"
    " { totalCount edges { node { dbId } } } }"
)


def test_filtering_on_a_phone_is_audited_like_reading_it(client: TestClient) -> None:
    """The outside probe: a grid worker rebuilt a resident's phone number digit by digit with `startsWith`, selecting
    no phone, and left no trace. Each such request now writes an entry, matched or not."""
    cast = the_cast(client)
    worker = cast.headers("worker")
    hit = _ask(client, worker, "probe hit", PROBE, id=cast.resident, prefix=cast.resident_phone[:4])
    assert hit["people"]["totalCount"] == 1
    miss = _ask(client, worker, "probe miss", PROBE, id=cast.resident, prefix=cast.resident_phone[:3] + "x")
    assert miss["people"]["totalCount"] == 0
    for purpose in ("probe hit", "probe miss"):
        assert _entries(client, purpose) == [
            {
                "viewerId": cast.worker,
                "access": "FILTER",
                "subjectLabel": "Person",
                "subjectId": None,
                "fields": ["phone"],
                "operation": "Probe",
            }
        ]


def test_without_full_access_a_sensitive_filter_never_matches_and_gives_no_hint(client: TestClient) -> None:
    """A party member sees grid workers (staff) by name, their phones masked: filtering by the phone finds nothing,
    its negation everything, whatever the phone is; the attempt is logged all the same."""
    cast = the_cast(client)
    phone = _ask(
        client,
        ADMIN,
        "admin reads",
        "query($id: ID!) { node(id: $id) { ... on Person { phone } } }",
        id=to_global_id("Person", cast.worker),
    )["node"]["phone"]
    assert phone
    member = cast.headers("member")
    count = "query($where: PersonWhere) { people(where: $where) { totalCount } }"
    visible = _ask(client, member, "member sees", count, where={"id": {"eq": cast.worker}})["people"]["totalCount"]
    assert visible == 1
    for where in ({"phone": {"eq": phone}}, {"phone": {"startsWith": phone[:3]}}, {"phone": {"isNull": False}}):
        scoped = {"id": {"eq": cast.worker}, **where}
        assert _ask(client, member, "member probes", count, where=scoped)["people"]["totalCount"] == 0
        negated = {"id": {"eq": cast.worker}, "NOT": where}
        assert _ask(client, member, "member probes", count, where=negated)["people"]["totalCount"] == 1
    assert {(e["viewerId"], e["access"], tuple(e["fields"])) for e in _entries(client, "member probes")} == {
        (cast.member, "FILTER", ("phone",))
    }


def test_every_path_of_a_where_or_order_by_is_audited(client: TestClient) -> None:
    """Nested pages read in their parent's query, pages loaded for a parent read elsewhere, a relationship's
    some/none/all, sorting, and search (which matches names)."""
    building = _ask(client, ADMIN, "setup", "{ buildings(first: 1) { edges { node { id } } } }")
    building_id = building["buildings"]["edges"][0]["node"]["id"]
    rooms = 'households(first: 2, where: {room: {startsWith: "1"}}) { totalCount }'
    asks = {
        "nested page": "{ buildings(first: 3) { edges { node { " + rooms + " } } } }",
        "loaded page": "query($id: ID!) { node(id: $id) { ... on Building { " + rooms + " } } }",
        "relationship": '{ households(first: 1, where: {members: {some: {idNumber: {startsWith: "5"}}}}) { totalCount } }',
        "sort": "{ households(first: 2, orderBy: {field: room, direction: DESC}) { totalCount } }",
        "search": '{ search(text: "王建", first: 3) { nodes { label } } }',
    }
    expected = {
        "nested page": ("FILTER", "Household", ["room"]),
        "loaded page": ("FILTER", "Household", ["room"]),
        "relationship": ("FILTER", "Person", ["idNumber"]),
        "sort": ("SORT", "Household", ["room"]),
        "search": ("FILTER", "Person", ["name"]),
    }
    for purpose, query in asks.items():
        _ask(client, ADMIN, f"path: {purpose}", query, **({"id": building_id} if "$id" in query else {}))
        found = [(e["access"], e["subjectLabel"], e["fields"]) for e in _entries(client, f"path: {purpose}")]
        assert found == [expected[purpose]], purpose
    # Plain filters and sorts are not personal data: nothing is logged for them.
    _ask(
        client,
        ADMIN,
        "path: plain",
        '{ households(first: 2, where: {id: {startsWith: "jf"}}, orderBy: {field: id}) { totalCount } }',
    )
    assert _entries(client, "path: plain") == []
