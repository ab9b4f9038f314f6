"""The HTTP limits of /graphql (api.limits): body size, content type, mutations over POST only, operations per
request; each refusal coded, and a request within served."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.test_hardening import refusal


def test_operations_per_request_limit(tight: TestClient, demo_graph: Graph) -> None:
    operation = {"query": "{ grids(first: 1) { totalCount } }"}
    message = refusal(tight.post("/graphql", json=[operation] * 3), 400, "QUERY_TOO_COMPLEX")
    assert message == "too many operations in one request: at most 2"
    answers = tight.post("/graphql", json=[operation] * 2)
    assert answers.status_code == 200
    assert [a["data"]["grids"]["totalCount"] > 0 for a in answers.json()] == [True, True]


def test_body_size_limit_by_content_length(tight: TestClient) -> None:
    big = {"query": "{ __typename }", "variables": {"padding": "x" * 3000}}
    message = refusal(tight.post("/graphql", json=big), 413, "PAYLOAD_TOO_LARGE")
    assert message == "the request body exceeds the limit of 2,048 bytes"


def test_body_size_limit_while_streaming(tight: TestClient) -> None:
    chunks = [b'{"query": "{ __typename }", "variables": {"padding": "', b"x" * 1500, b"x" * 1500, b'"}}']
    response = tight.post("/graphql", content=iter(chunks), headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers  # sent chunked: only counting can catch it
    refusal(response, 413, "PAYLOAD_TOO_LARGE")
    small = [b'{"query": "{ __typename }"', b"}"]
    ok = tight.post("/graphql", content=iter(small), headers={"content-type": "application/json"})
    assert ok.json()["data"] == {"__typename": "Query"} and "errors" not in ok.json()


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"])
def test_posts_other_than_json_are_refused(tight: TestClient, content_type: str) -> None:
    response = tight.post(
        "/graphql", content=b'{"query": "mutation { __typename }"}', headers={"content-type": content_type}
    )
    message = refusal(response, 415, "UNSUPPORTED_MEDIA_TYPE")
    assert message.startswith("POST /graphql takes `Content-Type: application/json` only")


def test_a_json_post_with_a_charset_is_served(tight: TestClient) -> None:
    response = tight.post(
        "/graphql", content=b'{"query": "{ __typename }"}', headers={"content-type": "application/json; charset=utf-8"}
    )
    assert response.json()["data"] == {"__typename": "Query"} and "errors" not in response.json()


def test_mutations_only_over_post(tight: TestClient) -> None:
    response = tight.get("/graphql", params={"query": "mutation { __typename }"})
    assert refusal(response, 405, "METHOD_NOT_ALLOWED") == "mutations are sent with POST only"
    assert response.headers["allow"] == "POST"
    assert tight.post("/graphql", json={"query": "mutation { __typename }"}).json()["data"] == {
        "__typename": "Mutation"
    }
    assert tight.get("/graphql", params={"query": "{ __typename }"}).json()["data"] == {"__typename": "Query"}


VARIABLES = "The GraphQL operation's `variables` must be an object or null, if provided."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"5", "the request body must be a JSON object (or a list of objects, a batch)"),
        (b'"query"', "the request body must be a JSON object (or a list of objects, a batch)"),
        (b"null", "the request body must be a JSON object (or a list of objects, a batch)"),
        (b"[]", "the request body must be a JSON object (or a list of objects, a batch)"),
        (b'[[{"query": "{ __typename }"}]]', "the request body must be a JSON object (or a list of objects, a batch)"),
        (b"[" * 3000 + b"]" * 3000, "the request body is nested too deeply"),
        (b'{"query": ', "the request body is not valid JSON"),
        (b'{"query": "\xff"}', "the request body is not valid JSON"),
        (b'[{"query": 5}]', "The GraphQL operation's `query` must be a string or null, if provided."),
        (b'[{"query": "{ __typename }", "variables": 3}]', VARIABLES),
        (b'[{"query": "{ __typename }"}, {"query": "{ __typename }", "variables": []}]', VARIABLES),
        (b'{"query": "{ __typename }", "variables": "x"}', VARIABLES),
        (
            b'{"query": "{ __typename }", "operationName": 5}',
            "The GraphQL operation's `operationName` must be a string or null, if provided.",
        ),
        (
            b'[{"query": "{ __typename }", "extensions": 1}]',
            "The GraphQL operation's `extensions` must be an object or null, if provided.",
        ),
    ],
    ids=[
        "number",
        "string",
        "null",
        "empty-batch",
        "nested-batch",
        "deep-array",
        "truncated",
        "invalid-utf8",
        "batch-query-number",
        "batch-variables-number",
        "batch-variables-list",
        "variables-string",
        "operation-name-number",
        "batch-extensions-number",
    ],
)
def test_a_body_that_is_no_graphql_request_is_a_coded_400(client: TestClient, body: bytes, message: str) -> None:
    response = client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert refusal(response, 400, "BAD_REQUEST") == message


def test_a_subscription_over_http_is_refused_with_a_code(client: TestClient) -> None:
    body = client.post("/graphql", json={"query": "subscription { wishStatusChanged { action toStatus } }"}).json()
    [error] = body["errors"]
    assert body["data"] is None
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith("subscriptions are served over a websocket")


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({}, 400, "BAD_REQUEST"),
        ({"query": ""}, 400, "BAD_REQUEST"),
        ({"query": "{{"}, 200, "GRAPHQL_VALIDATION_FAILED"),
        ({"query": "{ __typename }", "variables": "{bad"}, 400, "BAD_REQUEST"),
        ({"query": "{ __typename }", "variables": "[1]"}, 400, "BAD_REQUEST"),
        ({"query": "{ __typename }", "extensions": "5"}, 400, "BAD_REQUEST"),
        ({"query": "{ __typename }", "operationName": "Other"}, 400, "BAD_REQUEST"),
    ],
    ids=[
        "no-query",
        "empty-query",
        "syntax",
        "variables-not-json",
        "variables-list",
        "extensions-number",
        "unknown-op",
    ],
)
def test_a_malformed_get_is_coded_json(client: TestClient, params: dict[str, str], status: int, code: str) -> None:
    response = client.get("/graphql", params=params, headers={"accept": "application/json"})
    assert response.status_code == status and response.headers["content-type"].startswith("application/json")
    assert response.json()["errors"][0]["extensions"]["code"] == code


def test_a_get_with_invalid_utf8_is_coded_json(client: TestClient) -> None:
    response = client.get("/graphql?query=%FF%FE%00", headers={"accept": "application/json"})
    assert response.status_code == 200 and response.json()["errors"][0]["extensions"]["code"] == (
        "GRAPHQL_VALIDATION_FAILED"
    )
