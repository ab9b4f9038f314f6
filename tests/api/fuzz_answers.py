"""What the fuzz tests hold every answer to: data or a stable coded error, never an internal one, a stack trace or a
word of Cypher; with the schema under test, hypothesis' settings, and the POST that sends what a client may send."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import GraphQLSchema
from hypothesis import HealthCheck
from starlette.testclient import TestClient

from schema.codes import ErrorCode
from schema.root import schema as strawberry_schema

# Every code a client may see: the contract's enum (schema/codes.py); INTERNAL_SERVER_ERROR never belongs.
STABLE_CODES = frozenset(code.name for code in ErrorCode) - {ErrorCode.INTERNAL_SERVER_ERROR.name}
# Internals that must never reach a client: tracebacks, Python exception names, driver and Cypher words.
LEAKS = re.compile(
    r"Traceback|File \"|\bline \d|Exception|\b[A-Z][A-Za-z]*Error\b|\bNeo\.|neo4j|cypher|"
    r"<[\w.]+ object at 0x|\.py\b|\b(?:graph|schema|api|strawberry|starlette|graphql)\.[a-z_]+\.",
    re.IGNORECASE,
)
LEAKY_EXTENSIONS = frozenset({"exception", "stacktrace", "traceback"})

SCHEMA: GraphQLSchema = strawberry_schema._schema
QUERY_TYPE = SCHEMA.query_type
MUTATION_TYPE = SCHEMA.mutation_type
assert QUERY_TYPE is not None
assert MUTATION_TYPE is not None

FUZZ_SETTINGS: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "print_blob": False,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif value is not None:
        yield str(value)


def _scrub(text: str, sent: tuple[str, ...]) -> str:
    """The text without what the caller sent, in any of the spellings an error message may quote it."""
    for value in sorted(sent, key=len, reverse=True):
        if len(value) < 2:
            continue
        for spelling in (value, json.dumps(value), json.dumps(value, ensure_ascii=False), repr(value)):
            text = text.replace(spelling, "")
    return text


def check(response: Any, what: str, sent: tuple[str, ...] = ()) -> dict[str, Any]:
    """The answer is data or stable coded errors; nothing internal shows. Returns the body."""
    status = response.status_code
    assert status == 200 or 400 <= status < 500, f"{what}: HTTP {status}: {response.text[:2000]}"
    try:
        body: dict[str, Any] = response.json()
    except ValueError:
        pytest.fail(f"{what}: HTTP {status} with a body that is not JSON: {response.text[:2000]}")
    errors = body.get("errors") or []
    assert status == 200 or errors, f"{what}: HTTP {status} without a coded error: {response.text[:2000]}"
    for error in errors:
        extensions = error.get("extensions") or {}
        code = extensions.get("code")
        assert code in STABLE_CODES, f"{what}: error code {code!r}: {error}"
        assert not LEAKY_EXTENSIONS & set(extensions), f"{what}: internals in extensions: {error}"
        for text in _strings({"message": error.get("message"), "extensions": extensions}):
            leak = LEAKS.search(_scrub(text, sent))
            assert leak is None, f"{what}: {leak.group(0)!r} reached the client: {error}"
    return body


def post(client: TestClient, query: str, variables: dict[str, Any] | None = None) -> Any:
    """POST as escaped JSON, so that lone surrogates and NULs travel as the JSON text a client may send."""
    body = json.dumps({"query": query, "variables": variables or {}})
    return client.post("/graphql", content=body, headers={"Content-Type": "application/json"})
