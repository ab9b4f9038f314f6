"""Every limit of the GraphQL endpoint refuses an over-limit request with a code and a clear message, and lets one within."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import parse
from starlette.applications import Starlette
from starlette.testclient import TestClient

from api import cli
from api.app import create_app
from graph.core.db import Connection, Graph
from graph.core.errors import QueryTimeout
from graph.core.model import ENTITIES
from schema.complexity import QUANTIFIER_COST, Limits, query_cost
from schema.root import schema
from schema.served import build_schema
from tests.auth import ADMIN
from tests.conftest import settings_for

GOOD_ORIGIN = "https://grid.example"
PHONE = "13812345678"


def app_for(conn: Connection, **update: Any) -> Starlette:
    return create_app(settings_for(conn).model_copy(update=update))


@pytest.fixture(scope="module")
def tight(neo4j_connection: Connection) -> Iterator[TestClient]:
    """The real app with small limits (tests that read data also ask for `demo_graph`)."""
    app = app_for(
        neo4j_connection,
        max_query_depth=4,
        max_query_aliases=2,
        max_query_tokens=60,
        max_query_cost=100,
        max_operations=2,
        max_request_bytes=2048,
        max_page_size=50,
        cors_origins=(GOOD_ORIGIN,),
    )
    with TestClient(app, headers=ADMIN) as client:
        yield client


@pytest.fixture(scope="module")
def production(neo4j_connection: Connection) -> Iterator[TestClient]:
    with TestClient(app_for(neo4j_connection, env="production"), headers=ADMIN) as client:
        yield client


def post(client: TestClient, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": query, "variables": variables})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def only_error(body: dict[str, Any]) -> dict[str, Any]:
    assert body.get("data") is None, body
    [error] = body["errors"]
    return error  # type: ignore[no-any-return]


def refusal(response: Any, status: int, code: str) -> str:
    """The message of a non-200 coded JSON refusal."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == code
    return str(error["message"])


# --- The cost function, without Neo4j ---------------------------------------------------------------------------


def cost(query: str, variables: dict[str, Any] | None = None, page: int = 20) -> int:
    return query_cost(schema._schema, parse(query), variables, None, page)


def test_each_field_costs_one() -> None:
    assert cost("{ __typename }") == 1
    assert cost("query($id: ID!) { node(id: $id) { id ... on Person { name } } }", {"id": "x"}) == 3


def test_a_connection_pays_its_edges_first_times() -> None:
    # people 1 + 100 × (edges 1 + node 1 + id 1 + name 1)
    assert cost("{ people(first: 100) { edges { node { id name } } } }") == 401
    assert cost("{ people(last: 7) { edges { node { id } } } }") == 1 + 7 * 3


def test_a_connection_without_first_pays_the_default_page() -> None:
    assert cost("{ people { edges { node { id } } } }") == 1 + 20 * 3
    assert cost("{ people { edges { node { id } } } }", page=50) == 1 + 50 * 3


def test_total_count_and_page_info_are_paid_once() -> None:
    assert cost("{ people(first: 100) { totalCount pageInfo { hasNextPage } } }") == 1 + 1 + 2


def test_nested_connections_multiply() -> None:
    query = "{ people(first: 10) { edges { node { wishes(first: 5) { edges { node { id } } } } } } }"
    # people 1 + 10 × (edges 1 + node 1 + wishes (1 + 5 × 3))
    assert cost(query) == 1 + 10 * (2 + 16)


def test_variables_fragments_and_inline_fragments_count() -> None:
    query = """query($n: Int) { people(first: $n) { ...Page } }
      fragment Page on PersonConnection { edges { node { ... on Person { name } } } }"""
    assert cost(query, {"n": 30}) == 1 + 30 * 3
    assert cost(query, {}) == 1 + 20 * 3  # absent: the default page


def test_nodes_by_ids_multiply_by_the_ids() -> None:
    query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"
    assert cost(query, {"ids": ["a"] * 40}) == 1 + 40
    assert cost('{ nodes(ids: ["a", "b", "c"]) { id } }') == 1 + 3


def test_lists_with_first_or_limit_multiply() -> None:
    assert cost('{ search(text: "x") { __typename } }') == 1 + 10  # first: 10 by default
    assert cost('{ search(text: "x", first: 3) { __typename } }') == 1 + 3


def test_the_served_schema_prints_the_contract_sdl() -> None:
    assert build_schema(Limits(), True).as_str() == schema.as_str()
    assert build_schema(Limits(max_cost=1), False).as_str() == schema.as_str()


# --- Query limits through the real app --------------------------------------------------------------------------

DEEP = "{ people(first: 1) { edges { node { household { members(first: 1) { edges { node { name } } } } } } } }"
SHALLOW = "{ people(first: 2) { edges { node { name } } } }"


def test_depth_limit(tight: TestClient, demo_graph: Graph) -> None:
    error = only_error(post(tight, DEEP))
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "exceeds maximum operation depth of 4" in error["message"]
    assert len(post(tight, SHALLOW)["data"]["people"]["edges"]) == 2


def test_alias_limit(tight: TestClient, demo_graph: Graph) -> None:
    three = "{ a: people(first: 1) { totalCount } b: people(first: 1) { totalCount } c: grids { totalCount } }"
    error = only_error(post(tight, three))
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert error["message"] == "3 aliases found. Allowed: 2"
    two = "{ a: people(first: 1) { totalCount } b: grids { totalCount } }"
    assert post(tight, two)["data"]["a"]["totalCount"] > 0


def test_token_limit(tight: TestClient, demo_graph: Graph) -> None:
    many = "{ people(first: 1) { edges { node { " + "name " * 60 + "} } } }"
    error = only_error(post(tight, many))
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "Document contains more than 60 tokens" in error["message"]
    few = "{ people(first: 1) { edges { node { " + "name " * 20 + "} } } }"
    assert "errors" not in post(tight, few)


def test_cost_limit(tight: TestClient, demo_graph: Graph) -> None:
    error = only_error(post(tight, "{ people(first: 40) { edges { node { name } } } }"))
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert error["message"].startswith("query cost 121 exceeds the limit of 100")
    by_variable = "query($n: Int) { people(first: $n) { edges { node { name } } } }"
    assert only_error(post(tight, by_variable, {"n": 40}))["message"].startswith("query cost 121 ")
    ids = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"
    assert only_error(post(tight, ids, {"ids": ["x"] * 120}))["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    within = post(tight, by_variable, {"n": 30})  # 1 + 30 × 3 = 91
    assert "errors" not in within
    assert len(within["data"]["people"]["edges"]) == 30


def test_a_where_pays_per_condition_and_per_relationship_quantifier() -> None:
    plain = "{ people(first: 1) { totalCount } }"
    assert cost('{ people(first: 1, where: {name: {eq: "x"}}) { totalCount } }') == cost(plain) + 2
    some = '{ people(first: 1, where: {wishes: {some: {title: {contains: "x"}}}}) { totalCount } }'
    assert cost(some) == cost(plain) + 1 + QUANTIFIER_COST + 2
    variables = {"w": {"wishes": {"none": {"status": {"eq": "PUBLISHED"}}}, "skills": {"all": {"name": {"eq": "x"}}}}}
    with_variables = cost("query($w: PersonWhere) { people(first: 1, where: $w) { totalCount } }", variables)
    assert with_variables == cost(plain) + 2 * (1 + QUANTIFIER_COST + 2)


def test_a_where_on_every_relationship_is_refused(client: TestClient) -> None:
    person = ENTITIES["Person"]
    quantifiers = 'some: {id: {eq: "x"}}, none: {id: {eq: "y"}}, all: {id: {eq: "z"}}'
    where = ", ".join(f"{r.field}: {{{quantifiers}}}" for r in person.rels)
    error = only_error(post(client, f"{{ people(first: 1, where: {{{where}}}) {{ totalCount }} }}"))
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert "query cost" in error["message"]


def test_the_default_cost_limit_refuses_a_wide_nested_read(client: TestClient) -> None:
    query = "{ people(first: 100) { edges { node { name wishes(first: 50) { edges { node { title } } } } } } }"
    error = only_error(post(client, query))
    assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert error["message"].startswith("query cost 15,401 exceeds the limit of 5,000")


def test_page_size_limit(tight: TestClient, demo_graph: Graph) -> None:
    body = post(tight, "{ grids(first: 51) { totalCount } }")
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert body["errors"][0]["message"] == "`first` must be between 0 and 50"
    assert "errors" not in post(tight, "{ grids(first: 50) { totalCount } }")


def test_operations_per_request_limit(tight: TestClient, demo_graph: Graph) -> None:
    operation = {"query": "{ grids(first: 1) { totalCount } }"}
    message = refusal(tight.post("/graphql", json=[operation] * 3), 400, "QUERY_TOO_COMPLEX")
    assert message == "too many operations in one request: at most 2"
    answers = tight.post("/graphql", json=[operation] * 2)
    assert answers.status_code == 200
    assert [a["data"]["grids"]["totalCount"] > 0 for a in answers.json()] == [True, True]


# --- HTTP limits ------------------------------------------------------------------------------------------------


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
    assert ok.json() == {"data": {"__typename": "Query"}}


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
    assert response.json() == {"data": {"__typename": "Query"}}


def test_mutations_only_over_post(tight: TestClient) -> None:
    response = tight.get("/graphql", params={"query": "mutation { __typename }"})
    assert refusal(response, 405, "METHOD_NOT_ALLOWED") == "mutations are sent with POST only"
    assert response.headers["allow"] == "POST"
    assert tight.post("/graphql", json={"query": "mutation { __typename }"}).json() == {
        "data": {"__typename": "Mutation"}
    }
    assert tight.get("/graphql", params={"query": "{ __typename }"}).json() == {"data": {"__typename": "Query"}}


def test_cors_origins_from_settings(tight: TestClient) -> None:
    params = {"query": "{ __typename }"}
    allowed = tight.get("/graphql", params=params, headers={"origin": GOOD_ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == GOOD_ORIGIN
    other = tight.get("/graphql", params=params, headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    ok = tight.options("/graphql", headers={"origin": GOOD_ORIGIN, **preflight})
    assert ok.status_code == 200
    assert ok.headers["access-control-allow-origin"] == GOOD_ORIGIN
    refused = tight.options("/graphql", headers={"origin": "https://elsewhere.example", **preflight})
    assert refused.status_code == 400
    assert "access-control-allow-origin" not in refused.headers


def test_no_cross_origin_by_default(client: TestClient) -> None:
    response = client.get("/graphql", params={"query": "{ __typename }"}, headers={"origin": GOOD_ORIGIN})
    assert "access-control-allow-origin" not in response.headers


# --- Production mode --------------------------------------------------------------------------------------------

INTROSPECTION = "{ __schema { queryType { name } } }"
TYPO = "{ peple(first: 1) { totalCount } }"


def test_production_refuses_introspection(production: TestClient, client: TestClient) -> None:
    body = post(production, INTROSPECTION)
    assert body["data"] is None
    assert {e["extensions"]["code"] for e in body["errors"]} == {"GRAPHQL_VALIDATION_FAILED"}
    assert "introspection has been disabled" in body["errors"][0]["message"]
    assert post(client, INTROSPECTION)["data"]["__schema"]["queryType"]["name"] == "Query"


def test_production_serves_no_graphiql(production: TestClient, client: TestClient) -> None:
    page = production.get("/graphql", headers={"accept": "text/html"})
    refusal(page, 404, "NOT_FOUND")
    assert "<html" not in page.text.lower()
    development = client.get("/graphql", headers={"accept": "text/html"})
    assert development.status_code == 200
    assert "graphiql" in development.text.lower()


def test_production_suggests_no_field_names(production: TestClient, client: TestClient) -> None:
    error = only_error(post(production, TYPO))
    assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert error["message"] == "Cannot query field 'peple' on type 'Query'."
    assert "Did you mean" in only_error(post(client, TYPO))["message"]


# --- Transaction time limit -------------------------------------------------------------------------------------


async def test_a_transaction_past_its_time_limit_is_a_query_timeout(neo4j_connection: Connection) -> None:
    graph = Graph.connect(neo4j_connection, timeout_s=0.5)
    began = time.perf_counter()
    try:
        with pytest.raises(QueryTimeout):
            # About 100 s of counting without a limit.
            await graph.read("UNWIND range(1, 1000000000) AS x RETURN count(x) AS n")
    finally:
        await graph.close()
    assert time.perf_counter() - began < 30


def test_the_api_answers_query_timeout_never_internal_error(neo4j_connection: Connection, demo_graph: Graph) -> None:
    """A `where` over every Person relationship takes seconds on the demo (6-8 s measured); a 0.3 s limit stops it."""
    quantifiers = 'some: {id: {eq: "x"}}, none: {id: {eq: "y"}}, all: {id: {eq: "z"}}'
    where = ", ".join(f"{r.field}: {{{quantifiers}}}" for r in ENTITIES["Person"].rels)
    query = f"{{ people(first: 100, where: {{{where}}}) {{ totalCount }} }}"
    app = app_for(neo4j_connection, query_timeout_s=0.3, max_query_cost=10**9, max_query_tokens=10**6)
    with TestClient(app, headers=ADMIN) as slow:
        began = time.perf_counter()
        body = post(slow, query)
        took = time.perf_counter() - began
    assert [e["extensions"]["code"] for e in body["errors"]] == ["QUERY_TIMEOUT"]
    assert body["errors"][0]["message"].startswith("The query took too long and was stopped")
    assert took < 5


# --- Logs and error messages without personal data --------------------------------------------------------------


def test_no_phone_number_in_logs_or_errors(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    # INFO, the level `serve` logs at: the neo4j driver's DEBUG log prints query parameters, so `serve` pins it
    # to WARNING (see api.logs.uvicorn_log_config) and it must never run at DEBUG in production.
    caplog.set_level(logging.INFO)
    search = client.get(
        "/graphql",
        params={"query": "query($p: String!) { search(text: $p) { __typename } }", "variables": f'{{"p": "{PHONE}"}}'},
    )
    assert search.status_code == 200, search.text
    wrong_type = client.get(
        "/graphql",
        params={"query": "query($n: Int) { people(first: $n) { totalCount } }", "variables": f'{{"n": "{PHONE}"}}'},
    )
    [error] = wrong_type.json()["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"] == "Variable '$n' has invalid value: not a valid Int (the value is not repeated here)"
    assert PHONE not in wrong_type.text
    # httpx is the test's own client, logging the URL it sends; every server-side record is checked.
    server = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert [r.getMessage().split(" ")[:3] for r in server if r.name == "api.requests"] == [
        ["GET", "/graphql", "200"],
        ["GET", "/graphql", "200"],
    ]
    assert not [r for r in server if PHONE in r.getMessage() or PHONE in str(r.args)]


def test_serve_turns_uvicorn_access_log_off(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(cli.uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "unused")
    cli.serve(host=None, port=None, workers=1)
    [kwargs] = calls
    assert kwargs["access_log"] is False
    assert kwargs["log_config"]["loggers"]["api"]["level"] == "INFO"
    assert kwargs["log_config"]["loggers"]["neo4j"]["level"] == "WARNING"
