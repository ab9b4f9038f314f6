"""The compiled read path (schema/compiled) against the resolvers' path: the same read operations — generated over
the read schema, the screens of docs/queries/ and hand-written selections of every shape the compiler takes — for
every role, on the demo: identical JSON, identical audit entries."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import OperationType, parse
from graphql.language import OperationDefinitionNode
from hypothesis import given, settings
from hypothesis_graphql import queries
from starlette.testclient import TestClient

from graph.core.db import Connection, Graph
from schema import fields
from schema.relay import to_global_id
from tests.api.access_cast import the_cast
from tests.api.conftest import app_for
from tests.api.fuzz_answers import FUZZ_SETTINGS, QUERY_TYPE
from tests.api.fuzz_generated import per_root_field
from tests.auth import ADMIN
from tests.unit.test_docs_queries import QUERIES

ROLES = ("anonymous", "admin", "worker", "resident", "member", "unit")
GENERATED_EXAMPLES = 150
_PURPOSES = itertools.count()

PERSON = "fragment P on Person { __typename id dbId name phone idNumber birthDate maskedFields gender birthYear }"
# Shapes the compiler takes, and some it leaves to the resolvers (a computed field, an aggregate) beside them.
SELECTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "query($n: Int!) { residents(first: $n, orderBy: {field: id}) { totalCount pageInfo { hasNextPage "
        "hasPreviousPage startCursor endCursor __typename } edges { cursor __typename node { ...P building { name "
        "grid { name gridWorkers(first: 3) { totalCount edges { node { ...P gridRole } } } } } } } } } " + PERSON,
        {"n": 20},
    ),
    (
        "query($skip: Boolean!, $with: Boolean!) { a: people(first: 5, orderBy: [{field: birthYear, direction: DESC}]) "
        "{ nodes { n: name ... on Person { phone @skip(if: $skip) } household @include(if: $with) { id members(first: 2)"
        " { nodes { dbId name } } } } } b: people(last: 3, orderBy: {field: id}) { edges { cursor node { dbId } } "
        "pageInfo { hasPreviousPage startCursor } } }",
        {"skip": True, "with": True},
    ),
    (
        "{ wishes(first: 10, where: {status: {eq: PUBLISHED}}) { totalCount edges { node { title status urgency "
        "createdAt requester { name maskedFields } grid { name community { name } } candidates(first: 2) { nodes { score "
        "helper { id } } } } } aggregate { count } } }",
        {},
    ),
    (
        "{ grids(first: 5) { edges { node { name kind buildings(first: 2, orderBy: {field: name}) { totalCount "
        "edges { node { name households(first: 2) { nodes { members(first: 2, where: {birthYear: {lt: 1960}}) { "
        "nodes { name birthYear } } } } } } } } } } }",
        {},
    ),
    (
        "{ events(first: 5) { edges { node { title status light category reporter { name } } } } "
        "branches: partyBranches(first: 3) { nodes { name members(first: 3) { nodes { name partyStatus reportedOn "
        "skills(first: 2) { nodes { name } } } } } } }",
        {},
    ),
)


@pytest.fixture
def pair(neo4j_connection: Connection, demo_graph: Graph) -> Iterator[tuple[TestClient, TestClient]]:
    """The app serving compiled selections, and the app resolving every field, over the same demo."""
    with (
        # A generous query timeout: a busy test machine must not make one side time out and the other not.
        TestClient(app_for(neo4j_connection, compiled_reads=True, query_timeout_s=600)) as compiled,
        TestClient(app_for(neo4j_connection, compiled_reads=False, query_timeout_s=600)) as resolved,
    ):
        yield compiled, resolved


def _answers(
    client: TestClient, people: list[dict[str, str]], query: str, variables: dict[str, Any]
) -> tuple[Any, Any]:
    """The answers to each person, and the audit entries their requests wrote (told apart by a purpose of their own)."""
    purpose = f"compiled-diff-{next(_PURPOSES)}"
    answers = []
    for headers in people:
        response = client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers | {"X-Access-Purpose": purpose}
        )
        answers.append((response.status_code, response.json()))
    return answers, _entries(client, purpose)


def _entries(client: TestClient, purpose: str) -> list[tuple[Any, ...]]:
    query = (
        "query($p: String) { auditEntries(first: 100, where: {purpose: {eq: $p}}) { totalCount edges { node { "
        "viewerId roles access subjectLabel subjectId fields operation } } } }"
    )
    body = client.post("/graphql", json={"query": query, "variables": {"p": purpose}}, headers=ADMIN).json()
    found = body["data"]["auditEntries"]
    assert found["totalCount"] == len(found["edges"]), "more audit entries than one page: widen the page"
    return sorted(tuple(str(v) for v in e["node"].values()) for e in found["edges"])


def _same(
    pair: tuple[TestClient, TestClient], people: list[dict[str, str]], query: str, variables: dict[str, Any]
) -> list[Any]:
    """The operation asked by each person of both apps: the same answers, the same audit entries; the answers."""
    compiled, resolved = pair
    answers, entries = _answers(compiled, people, query, variables)
    expected, expected_entries = _answers(resolved, people, query, variables)
    assert answers == expected, f"{query}\n{variables}"
    assert entries == expected_entries, f"{query}\n{variables}"
    return [body for _, body in answers]


def _is_query(text: str) -> bool:
    return all(
        d.operation is OperationType.QUERY for d in parse(text).definitions if isinstance(d, OperationDefinitionNode)
    )


@pytest.mark.parametrize("role", ROLES)
def test_hand_written_selections_answer_alike(pair: tuple[TestClient, TestClient], role: str) -> None:
    cast = the_cast(pair[1])
    for query, variables in SELECTIONS:
        (body,) = _same(pair, [cast.headers(role)], query, variables)
        codes = {e["extensions"]["code"] for e in body.get("errors", ())}
        assert "INTERNAL_SERVER_ERROR" not in codes, body["errors"]
        if role == "admin":
            assert body["data"] is not None and not codes, body.get("errors")


@pytest.mark.parametrize("role", ROLES)
def test_screens_answer_alike(pair: tuple[TestClient, TestClient], role: str) -> None:
    cast = the_cast(pair[1])
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        if _is_query(text):
            _same(pair, [cast.headers(role)], text, {})


def test_node_lookups_answer_alike(pair: tuple[TestClient, TestClient]) -> None:
    """node(id:) and nodes(ids:) shape the object they find; a relationship they did not read falls back."""
    cast = the_cast(pair[1])
    ids = [to_global_id("Person", p) for p in (cast.resident, cast.worker, cast.member, cast.stranger)]
    query = (
        "query($ids: [ID!]!, $id: ID!) { nodes(ids: $ids) { id __typename ... on Person { name phone maskedFields "
        "building { name } } } node(id: $id) { ... on Person { name idNumber } } }"
    )
    _same(pair, [cast.headers(role) for role in ROLES[1:]], query, {"ids": ids, "id": ids[0]})


def test_generated_reads_answer_alike(pair: tuple[TestClient, TestClient]) -> None:
    """Each generated read asked by every role of both apps."""
    cast = the_cast(pair[1])
    people = [cast.headers(role) for role in ROLES]
    assert QUERY_TYPE is not None
    sent: list[str] = []

    @settings(max_examples=GENERATED_EXAMPLES, **FUZZ_SETTINGS)
    @given(operation=per_root_field(queries, QUERY_TYPE))
    def run(operation: str) -> None:
        _same(pair, people, operation, {})
        sent.append(operation)

    run()
    assert len(sent) >= GENERATED_EXAMPLES


def test_the_compiled_path_calls_no_field_resolver(
    pair: tuple[TestClient, TestClient], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the comparison compares: the compiled app shapes a plain selection without its fields' resolvers (here
    made to fail), where the other app calls them."""

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a field resolver ran")

    monkeypatch.setattr(fields, "sensitive", refused)
    monkeypatch.setattr(fields, "related_node", refused)
    query = "{ residents(first: 5) { edges { node { name building { name } } } } }"
    compiled, resolved = (c.post("/graphql", json={"query": query}, headers=ADMIN).json() for c in pair)
    assert "errors" not in compiled, compiled
    assert len(compiled["data"]["residents"]["edges"]) == 5
    assert all(e["node"]["name"] and e["node"]["building"] for e in compiled["data"]["residents"]["edges"])
    assert resolved.get("errors"), "the resolvers' path called the failing resolvers"
