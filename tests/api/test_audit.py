"""The audit log: append-only in code, one entry per person read in full per request, and no log means no data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.access import audit
from graph.core.errors import DatabaseUnavailable
from schema.relay import to_global_id
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
