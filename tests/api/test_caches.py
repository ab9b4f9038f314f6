"""Repeated queries are parsed and validated once; errors still come back every time, coded as before."""

from __future__ import annotations

from starlette.testclient import TestClient

from schema.caches import CACHES


def _caches() -> tuple[object, object]:
    parse, validate = (factory() for factory in CACHES)
    return parse.cached_parse_document, validate.cached_validate_document  # type: ignore[attr-defined]  # typed as SchemaExtension


def test_a_repeated_query_is_parsed_and_validated_once(client: TestClient) -> None:
    parse, validate = _caches()
    query = '{ communityStats(communityId: "jf") { partyMembers } } # test_caches'
    first = client.post("/graphql", json={"query": query}).json()
    before = (parse.cache_info(), validate.cache_info())  # type: ignore[attr-defined]  # lru_cache functions, typed object
    second = client.post("/graphql", json={"query": query}).json()
    after = (parse.cache_info(), validate.cache_info())  # type: ignore[attr-defined]  # lru_cache functions, typed object
    assert first == second and "errors" not in second
    assert after[0].hits == before[0].hits + 1 and after[0].misses == before[0].misses
    assert after[1].hits == before[1].hits + 1 and after[1].misses == before[1].misses


def test_errors_are_reported_on_every_request(client: TestClient) -> None:
    for query, code in (
        ("{ communityStats(communityId: ", "GRAPHQL_VALIDATION_FAILED"),  # a syntax error, coded as ever
        ('{ communityStats(communityId: "jf") { noSuchField } }', "GRAPHQL_VALIDATION_FAILED"),
        ("{ " + " ".join(f"a{i}: __typename" for i in range(40)) + " }", "QUERY_TOO_COMPLEX"),
    ):
        bodies = [client.post("/graphql", json={"query": query}).json() for _ in range(2)]
        assert bodies[0] == bodies[1]
        assert bodies[0]["errors"][0]["extensions"]["code"] == code, bodies[0]
