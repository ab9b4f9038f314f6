"""Persisted and trusted documents (pure): resolving a request's text from its query and hash, and the manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from api import documents
from api.documents import CAPACITY, Documents, Refused, build, digest, load, render
from schema.codes import ErrorCode

KNOWN = "query Known { viewer { roles } }"
OTHER = "{ __typename }"


def apq(text: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": digest(text)}}


def refusal(store: Documents, query: str | None, extensions: dict[str, Any] | None) -> ErrorCode:
    with pytest.raises(Refused) as refused:
        store.resolve(query, extensions)
    return refused.value.code


def test_the_committed_manifest_is_what_its_sources_build() -> None:
    assert documents.MANIFEST.read_text(encoding="utf-8") == render(build()), (
        "api/trusted_documents.json is stale: run `python -m api trusted-documents`"
    )
    manifest = load()
    assert all(name == digest(text) for name, text in manifest.items())
    queries = sorted(documents.QUERIES.glob("*.graphql"))
    assert len(queries) >= 10 and all(digest(q.read_text(encoding="utf-8")) in manifest for q in queries)


def test_a_client_entry_whose_hash_is_not_its_text_s_is_refused(tmp_path: Path) -> None:
    (tmp_path / "q.graphql").write_text(KNOWN, encoding="utf-8")
    client = tmp_path / "persisted.json"
    client.write_text(json.dumps({digest(OTHER): OTHER}), encoding="utf-8")
    assert build(tmp_path, client) == {digest(KNOWN): KNOWN, digest(OTHER): OTHER}
    client.write_text(json.dumps({digest(KNOWN): OTHER}), encoding="utf-8")
    with pytest.raises(ValueError, match="is not the sha256"):
        build(tmp_path, client)


def test_text_alone_runs_as_it_is() -> None:
    store = Documents({}, trusted_only=False)
    assert store.resolve(OTHER, None) == OTHER
    assert store.resolve(None, None) is None  # left to the usual "no query" refusal


def test_an_unknown_hash_is_not_found_until_its_text_is_sent_with_it() -> None:
    store = Documents({}, trusted_only=False)
    assert refusal(store, None, apq(OTHER)) is ErrorCode.PERSISTED_QUERY_NOT_FOUND
    assert store.resolve(OTHER, apq(OTHER)) == OTHER
    assert store.resolve(None, apq(OTHER)) == OTHER


def test_the_manifest_s_documents_are_known_by_hash_from_the_start() -> None:
    store = Documents({digest(KNOWN): KNOWN}, trusted_only=False)
    assert store.resolve(None, apq(KNOWN)) == KNOWN


def test_a_text_whose_sha256_is_not_the_hash_is_refused_and_not_kept() -> None:
    store = Documents({}, trusted_only=False)
    assert refusal(store, KNOWN, apq(OTHER)) is ErrorCode.BAD_REQUEST
    assert refusal(store, None, apq(OTHER)) is ErrorCode.PERSISTED_QUERY_NOT_FOUND


@pytest.mark.parametrize(
    "persisted",
    [{"version": 2, "sha256Hash": digest(OTHER)}, {"sha256Hash": digest(OTHER)}, {"version": 1}, "x", []],
)
def test_a_malformed_persisted_query_is_a_bad_request(persisted: object) -> None:
    store = Documents({}, trusted_only=False)
    assert refusal(store, OTHER, {"persistedQuery": persisted}) is ErrorCode.BAD_REQUEST


def test_registered_documents_are_bounded_oldest_out() -> None:
    store = Documents({}, trusted_only=False)
    texts = [f"{{ n{i}: __typename }}" for i in range(CAPACITY + 1)]
    for text in texts:
        store.resolve(text, apq(text))
    assert len(store.registered) == CAPACITY
    assert refusal(store, None, apq(texts[0])) is ErrorCode.PERSISTED_QUERY_NOT_FOUND
    assert store.resolve(None, apq(texts[-1])) == texts[-1]


def test_trusted_mode_runs_only_the_manifest_by_text_or_hash() -> None:
    store = Documents({digest(KNOWN): KNOWN}, trusted_only=True)
    assert store.resolve(KNOWN, None) == KNOWN
    assert store.resolve(None, apq(KNOWN)) == KNOWN
    assert store.resolve(KNOWN, apq(KNOWN)) == KNOWN
    for query, extensions in ((OTHER, None), (None, apq(OTHER)), (OTHER, apq(OTHER))):
        assert refusal(store, query, extensions) is ErrorCode.DOCUMENT_NOT_TRUSTED
    assert len(store.registered) == 0  # nothing registers in trusted mode


def test_a_refusal_is_a_coded_error_in_the_caller_s_language() -> None:
    refused = Refused(ErrorCode.DOCUMENT_NOT_TRUSTED, "this server runs only its trusted documents")
    english, chinese = refused.error("en"), refused.error("zh")
    assert english.message == str(refused) and english.extensions == {"code": "DOCUMENT_NOT_TRUSTED"}
    assert chinese.extensions == {"code": "DOCUMENT_NOT_TRUSTED", "detail": str(refused)}
    assert chinese.message != english.message
