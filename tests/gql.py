"""GraphQL requests in tests, as the person of an Authorization header."""

from __future__ import annotations

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
