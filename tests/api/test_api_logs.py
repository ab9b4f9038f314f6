"""JSON log lines with the request id of the response, also for an error masked in the answer."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from api.logs import RequestIdFilter, formatter
from graph.core.db import Graph


@pytest.fixture
def json_log() -> Iterator[io.StringIO]:
    """What the app's loggers write, through the JSON formatter and request-id filter `serve` configures."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(formatter("json"))
    handler.addFilter(RequestIdFilter())
    loggers = [logging.getLogger(name) for name in ("api", "schema", "graph")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield out
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)


def lines(out: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_json_log_lines_carry_the_request_id_of_the_response(client: TestClient, json_log: io.StringIO) -> None:
    secret = "13800138000-not-to-be-logged"
    response = client.post(
        "/graphql",
        json={
            "query": "query Lookup($q: String!) { search(text: $q, first: 1) { nodes { label score } } }",
            "variables": {"q": secret},
        },
        headers={"X-Request-ID": "trace-42.a:b"},
    )
    assert response.status_code == 200 and "errors" not in response.json(), response.text
    assert response.headers["x-request-id"] == "trace-42.a:b"
    [line] = [entry for entry in lines(json_log) if entry["logger"] == "api.requests"]
    assert line["request_id"] == "trace-42.a:b"
    assert line["level"] == "INFO" and line["path"] == "/graphql" and line["status"] == 200
    assert line["operation"] == "Lookup"
    assert line["neo4j_queries"] >= 1 and line["neo4j_ms"] > 0
    assert secret not in json_log.getvalue()


@pytest.mark.parametrize("given", [None, "has space", "x" * 200, "new\nline", "ünï".encode(), "-leading"])
def test_an_absent_or_odd_request_id_is_replaced(
    client: TestClient, json_log: io.StringIO, given: str | bytes | None
) -> None:
    headers = {} if given is None else {"X-Request-ID": given}
    response = client.get("/health", headers=headers)  # type: ignore[arg-type]  # a bytes value on purpose
    made = response.headers["x-request-id"]
    assert made != given and len(made) == 32 and int(made, 16) >= 0
    assert [entry["request_id"] for entry in lines(json_log) if entry["logger"] == "api.requests"] == [made]


async def test_a_masked_error_is_logged_with_the_request_id(
    client: TestClient, demo_graph: Graph, json_log: io.StringIO
) -> None:
    # A stored value of the wrong type (a date written as text by another tool) is an unexpected error: masked in
    # the answer, logged with its traceback.
    [row] = await demo_graph.read("MATCH (w:Wish {id: 'jf-w1'}) RETURN w.createdAt AS createdAt")
    await demo_graph.write("MATCH (w:Wish {id: 'jf-w1'}) SET w.createdAt = 'last tuesday'")
    try:
        response = client.post(
            "/graphql",
            json={"query": '{ wishes(first: 1, where: {id: {eq: "jf-w1"}}) { edges { node { createdAt } } } }'},
            headers={"X-Request-ID": "masked-1"},
        )
    finally:
        await demo_graph.write("MATCH (w:Wish {id: 'jf-w1'}) SET w.createdAt = $at", at=row["createdAt"])
    assert [e["extensions"]["code"] for e in response.json()["errors"]] == ["INTERNAL_SERVER_ERROR"]
    masked = [entry for entry in lines(json_log) if entry["logger"] == "schema.errors"]
    assert masked and all(entry["request_id"] == "masked-1" for entry in masked)
    assert masked[0]["level"] == "ERROR" and "exc_info" in masked[0]
