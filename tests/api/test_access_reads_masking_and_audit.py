"""Role × read matrix on the demo, what a viewer gets of the rows they see: the requester minimised for helpers,
residents' own data whole and nobody else's, no sorting by a sensitive field, full reads audited with who, whom, what
and why, the audit log for administrators only, public reference data alike for every role."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from schema.relay import to_global_id
from tests.api.access_cast import Cast, the_cast
from tests.api.gql import data_as as read
from tests.api.gql import gql_as as ask
from tests.auth import ADMIN


@pytest.fixture
def cast(client: TestClient) -> Cast:
    """Found once per session by an administrator's queries (the demo is deterministic)."""
    return the_cast(client)


WISHES = (
    "{ wishes(first: 100) { totalCount edges { node { status requester { dbId name gridRole phone idNumber birthDate"
    " maskedFields household { id } building { id } } } } } }"
)


def test_party_members_see_published_wishes_with_the_requester_minimised(client: TestClient, cast: Cast) -> None:
    everything = read(client, ADMIN, WISHES)["wishes"]
    body = read(client, cast.headers("member"), WISHES)["wishes"]
    assert 0 < body["totalCount"] < everything["totalCount"]
    published = [e["node"] for e in body["edges"] if e["node"]["status"] == "PUBLISHED"]
    assert published
    for wish in published:
        requester = wish["requester"]
        if requester is None:  # a minor's wish: the child stays hidden
            continue
        assert requester["household"] is None and requester["building"] is None
        if requester["gridRole"] is None:  # staff names are public; everyone else's is masked
            assert len(requester["name"]) >= 2 and set(requester["name"][1:]) == {"*"}
        assert requester["idNumber"] is None or "*" in requester["idNumber"]
        assert requester["birthDate"] is None
        assert {"idNumber", "birthDate"} <= set(requester["maskedFields"])
    admin_names = {e["node"]["requester"]["name"] for e in everything["edges"] if e["node"]["requester"]}
    residents = {w["requester"]["name"] for w in published if w["requester"] and not w["requester"]["gridRole"]}
    assert residents and not admin_names & residents


def test_residents_see_their_own_data_in_full_and_nobody_elses(client: TestClient, cast: Cast) -> None:
    q = "{ people(first: 100) { edges { node { dbId phone gridRole } } } wishes { totalCount } needs { totalCount } }"
    body = read(client, cast.headers("resident"), q)
    me = [e["node"] for e in body["people"]["edges"] if e["node"]["dbId"] == cast.resident]
    assert me and me[0]["phone"] == cast.resident_phone
    others = [e["node"] for e in body["people"]["edges"] if e["node"]["dbId"] != cast.resident]
    assert all("*" in (p["phone"] or "*") for p in others)


def test_sorting_by_a_sensitive_field_is_for_administrators(client: TestClient, cast: Cast) -> None:
    q = "{ people(first: 3, orderBy: {field: name}) { edges { node { name } } } }"
    assert read(client, ADMIN, q)["people"]["edges"]
    body = ask(client, cast.headers("worker"), q)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert "sort" in body["errors"][0]["message"]


AUDIT = (
    "query($subject: String) { auditEntries(first: 10, where: {subjectId: {eq: $subject}}, orderBy: {field: at, direction: DESC})"
    " { totalCount edges { node { viewerId roles purpose operation subjectLabel fields at } } } }"
)


def test_full_reads_are_audited_with_who_whom_what_and_why(client: TestClient, cast: Cast) -> None:
    before = read(client, ADMIN, AUDIT, subject=cast.resident)["auditEntries"]["totalCount"]
    q = "query ResidentCard($id: ID!) { node(id: $id) { ... on Person { name phone idNumber gender } } }"
    headers = cast.headers("worker") | {"X-Access-Purpose": "home visit follow-up"}
    card = read(client, headers, q, id=to_global_id("Person", cast.resident))["node"]
    assert card["phone"] == cast.resident_phone and card["idNumber"].isalnum()
    after = read(client, ADMIN, AUDIT, subject=cast.resident)["auditEntries"]
    assert after["totalCount"] == before + 1
    entry = after["edges"][0]["node"]
    assert entry == entry | {
        "viewerId": cast.worker,
        "roles": ["grid_worker"],
        "purpose": "home visit follow-up",
        "operation": "ResidentCard",
        "subjectLabel": "Person",
        "fields": ["idNumber", "phone"],
    }
    # Masked reads and hidden rows are not full reads: nothing is logged for them.
    logged = read(client, ADMIN, AUDIT, subject=cast.stranger)["auditEntries"]["totalCount"]
    stranger_card = read(client, cast.headers("member"), q, id=to_global_id("Person", cast.stranger))["node"]
    assert stranger_card is None
    read(client, cast.headers("worker"), "{ people(first: 50) { edges { node { phone } } } }")
    assert read(client, ADMIN, AUDIT, subject=cast.stranger)["auditEntries"]["totalCount"] == logged


def test_only_administrators_read_the_audit_log(client: TestClient, cast: Cast) -> None:
    assert read(client, ADMIN, AUDIT, subject=None)["auditEntries"]["totalCount"] > 0
    for who in ("worker", "resident", "member", "unit"):
        assert read(client, cast.headers(who), AUDIT, subject=None)["auditEntries"]["totalCount"] == 0


def test_public_reference_data_is_the_same_for_every_signed_in_role(client: TestClient, cast: Cast) -> None:
    q = "{ grids { totalCount } buildings { totalCount } units { totalCount } skills { totalCount } councilTopics { totalCount } }"
    expected = read(client, ADMIN, q)
    for who in ("worker", "resident", "member", "unit"):
        assert read(client, cast.headers(who), q) == expected
