"""GraphQL requests in the api tier's tests: as the client's default person, or as the person of an Authorization
header; and the global id of a node."""

from __future__ import annotations

import base64
from typing import Any

from starlette.testclient import TestClient


def gql_as(client: TestClient, headers: dict[str, str], query: str, **variables: Any) -> dict[str, Any]:
    """A GraphQL request with the given Authorization header (a token for the acting person, or none: `{}`)."""
    response = client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def data_as(client: TestClient, headers: dict[str, str], query: str, **variables: Any) -> dict[str, Any]:
    body = gql_as(client, headers, query, **variables)
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"]
    return result


def gid(label: str, db_id: str) -> str:
    return base64.b64encode(f"{label}:{db_id}".encode()).decode()


def gql(client: TestClient, query: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def data(client: TestClient, query: str, **variables: Any) -> dict[str, Any]:
    body = gql(client, query, **variables)
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"]
    return result


def uncursored(value: Any) -> Any:
    """An answer without its cursors, to compare two answers: cursors are sealed afresh for every response."""
    if isinstance(value, dict):
        return {k: uncursored(v) for k, v in value.items() if k != "cursor"}
    if isinstance(value, list):
        return [uncursored(v) for v in value]
    return value
