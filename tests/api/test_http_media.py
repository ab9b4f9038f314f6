"""GraphQL over HTTP on the real app: Accept negotiates application/graphql-response+json (400 without `data` for a
request that fails before it executes) or application/json (200), and documents sent by hash (persisted queries)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from api.documents import digest, load
from graph.core.db import Connection, Graph
from tests.api.conftest import app_for
from tests.auth import bearer

NEW = "application/graphql-response+json"
OLD = "application/json"
ADMIN = bearer("media-admin", "admin")
VALID = "{ __typename }"


def post(client: TestClient, body: Any, accept: str | None = NEW, **headers: str) -> Any:
    sent = {**ADMIN, **headers}
    if accept is not None:
        sent["Accept"] = accept
    return client.post("/graphql", json=body, headers=sent)


@pytest.fixture(scope="module")
def trusted(neo4j_connection: Connection) -> Iterator[TestClient]:
    """A production app that runs only its trusted documents."""
    with TestClient(app_for(neo4j_connection, env="production", trusted_documents_only=True)) as client:
        yield client


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"query": "{ __typename"}, "GRAPHQL_VALIDATION_FAILED"),  # does not parse
        ({"query": "{ noSuchField }"}, "GRAPHQL_VALIDATION_FAILED"),  # does not validate
        ({"query": "query($n: Int!) { wishes(first: $n) { totalCount } }", "variables": {"n": "x"}}, "BAD_USER_INPUT"),
        ({"query": "query($n: Int!) { wishes(first: $n) { totalCount } }", "variables": {}}, "BAD_USER_INPUT"),
    ],
)
def test_a_request_error_is_400_without_data_in_the_new_type_and_200_in_the_old(
    client: TestClient, body: dict[str, Any], code: str
) -> None:
    new = post(client, body)
    assert (new.status_code, new.headers["content-type"]) == (400, NEW), new.text
    assert "data" not in new.json() and new.json()["errors"][0]["extensions"]["code"] == code
    for accept in (OLD, "*/*", None):
        old = post(client, body, accept)
        assert (old.status_code, old.headers["content-type"]) == (200, OLD), (accept, old.text)
        assert old.json()["data"] is None and old.json()["errors"][0]["extensions"]["code"] == code


def test_a_field_error_is_an_executed_result_200_with_data_in_both_types(client: TestClient) -> None:
    # Execution began: the error is at a field's path, and `data` is there (null, the field being non-null).
    for accept in (NEW, OLD):
        response = post(client, {"query": "{ wishes(first: 5000) { totalCount } }"}, accept)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["data"] is None and body["errors"][0]["path"] == ["wishes"]
        assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_a_successful_request_is_labelled_with_the_negotiated_type(client: TestClient) -> None:
    cases = {
        NEW: NEW,
        f"{NEW}, {OLD};q=0.9": NEW,
        f"{OLD}, {NEW}": NEW,
        f"{NEW};q=0.5, {OLD}": OLD,
        "application/*": OLD,
        "text/html, */*;q=0.8": OLD,
    }
    for accept, media in cases.items():
        response = post(client, {"query": VALID}, accept)
        assert (response.status_code, response.headers["content-type"]) == (200, media), accept
        assert response.json()["data"] == {"__typename": "Query"}


def test_a_batch_keeps_200_with_each_operation_s_own_answer(client: TestClient) -> None:
    response = post(client, [{"query": VALID}, {"query": "{ noSuchField }"}])
    assert (response.status_code, response.headers["content-type"]) == (200, NEW)
    first, second = response.json()
    assert first["data"] == {"__typename": "Query"}
    assert "data" not in second and second["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_an_accept_of_neither_json_type_is_406_with_a_code(client: TestClient) -> None:
    response = post(client, {"query": VALID}, "text/csv, application/xml")
    assert response.status_code == 406
    assert response.json()["errors"][0]["extensions"]["code"] == "NOT_ACCEPTABLE"
    chinese = post(client, {"query": VALID}, "application/json;q=0", **{"Accept-Language": "zh-CN"})
    assert chinese.status_code == 406 and "Accept" in chinese.json()["errors"][0]["message"]
    assert chinese.json()["errors"][0]["extensions"]["detail"].startswith("Accept must include")


def test_the_edge_s_refusals_are_labelled_with_the_negotiated_type_too(client: TestClient) -> None:
    unsigned = client.post("/graphql", json={"query": VALID}, headers={"Accept": NEW, "Authorization": "Bearer x"})
    assert (unsigned.status_code, unsigned.headers["content-type"]) == (401, NEW)
    assert unsigned.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    not_json = client.post("/graphql", content=b"{", headers={**ADMIN, "Accept": NEW, "Content-Type": OLD})
    assert (not_json.status_code, not_json.headers["content-type"]) == (400, NEW)


def persisted(text: str, *, with_text: bool, name: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": name or digest(text)}}}
    if with_text:
        body["query"] = text
    return body


def test_automatic_persisted_queries_miss_then_register_then_hit(client: TestClient) -> None:
    # A text no other test sends, so this process has not seen its hash.
    text = "query ApqProbe { viewer { roles } }"
    miss = post(client, persisted(text, with_text=False))
    assert miss.status_code == 400 and "data" not in miss.json()
    assert miss.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    registered = post(client, persisted(text, with_text=True))
    assert registered.status_code == 200 and registered.json()["data"]["viewer"]["roles"] == ["ADMIN"]
    hit = post(client, persisted(text, with_text=False), OLD)
    assert hit.status_code == 200 and hit.json()["data"] == registered.json()["data"]


def test_a_manifest_document_is_known_by_hash_without_registering(client: TestClient) -> None:
    name, text = next((n, t) for n, t in load().items() if "query Viewer" in t)
    by_hash = post(client, persisted(text, with_text=False, name=name))
    assert by_hash.status_code == 200, by_hash.text
    assert by_hash.json()["data"]["viewer"] is not None


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        ({"persistedQuery": {"version": 1, "sha256Hash": digest("{ other }")}}, "is not the query's sha256"),
        ({"persistedQuery": {"version": 2, "sha256Hash": digest(VALID)}}, "must be {version: 1"),
        ({"persistedQuery": {"version": 1, "sha256Hash": "ABC"}}, "64 lowercase hex"),
        ({"persistedQuery": "yes"}, "must be {version: 1"),
    ],
)
def test_a_malformed_or_mismatched_hash_is_refused_before_anything_runs(
    client: TestClient, extensions: dict[str, Any], message: str
) -> None:
    response = post(client, {"query": VALID, "extensions": extensions})
    assert response.status_code == 400, response.text
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_REQUEST" and message in error["message"]


def test_a_trusted_production_server_answers_a_known_hash_and_known_text(trusted: TestClient) -> None:
    name, text = next((n, t) for n, t in load().items() if "query Viewer" in t)
    for body in (persisted(text, with_text=False, name=name), {"query": text}):
        response = post(trusted, body)
        assert response.status_code == 200, response.text
        assert response.json()["data"]["viewer"] is not None


@pytest.mark.parametrize(
    "body",
    [
        {"query": VALID},
        persisted(VALID, with_text=False),
        persisted(VALID, with_text=True),
    ],
    ids=["text", "hash", "text-and-hash"],
)
def test_a_trusted_production_server_refuses_any_other_document(trusted: TestClient, body: dict[str, Any]) -> None:
    for accept, status in ((NEW, 400), (OLD, 200)):
        response = post(trusted, body, accept)
        assert response.status_code == status, response.text
        assert response.json()["errors"][0]["extensions"]["code"] == "DOCUMENT_NOT_TRUSTED"
    # Refused, not registered: the hash alone is still unknown afterwards.
    again = post(trusted, persisted(VALID, with_text=False))
    assert again.json()["errors"][0]["extensions"]["code"] == "DOCUMENT_NOT_TRUSTED"


def test_a_trusted_server_refuses_an_untrusted_subscription_over_websocket(
    trusted: TestClient, demo_graph: Graph
) -> None:
    token = ADMIN["Authorization"].removeprefix("Bearer ")
    untrusted = "subscription { wishStatusChanged { wish { id } } }"
    with trusted.websocket_connect("/graphql", subprotocols=["graphql-transport-ws"]) as ws:
        ws.send_json({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
        assert ws.receive_json()["type"] == "connection_ack"
        ws.send_json({"id": "1", "type": "subscribe", "payload": {"query": untrusted}})
        refused = ws.receive_json()
        assert refused["type"] == "error" and refused["id"] == "1"
        assert refused["payload"][0]["extensions"]["code"] == "DOCUMENT_NOT_TRUSTED"
