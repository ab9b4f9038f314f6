"""Persisted and trusted documents: a request may name its document by sha256 instead of sending its text.

Automatic persisted queries (Apollo's protocol): `extensions.persistedQuery = {version: 1, sha256Hash}`. A hash the
server does not know is refused with PERSISTED_QUERY_NOT_FOUND; the client resends it with the text, which is kept
(per process, bounded) once its sha256 is checked. The documents of the committed manifest (api/trusted_documents.json,
built from docs/queries/ and the TypeScript client's persisted documents) are always known.

Trusted mode (TRUSTED_DOCUMENTS_ONLY): only the manifest's documents run, by hash or by text; anything else is
refused with DOCUMENT_NOT_TRUSTED, over HTTP and WebSocket alike.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path

from cachetools import LRUCache
from graphql import GraphQLError

from schema.codes import ErrorCode
from schema.messages import localise

REPO = Path(__file__).resolve().parents[1]
MANIFEST = Path(__file__).parent / "trusted_documents.json"
# Where the manifest's documents come from: each .graphql file whole, and the client package's hash → text map.
QUERIES = REPO / "docs" / "queries"
CLIENT_DOCUMENTS = REPO / "clients" / "typescript" / "persisted-documents.json"
SHA256 = re.compile(r"[0-9a-f]{64}")
# Documents registered through APQ, per process: front ends send the same few, and each is at most a request body.
CAPACITY = 1000


class Refused(Exception):
    """A request's document cannot run: `code` says why."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code

    def error(self, language: str) -> GraphQLError:
        """The refusal as a GraphQL error with its code, worded in `language` (the English kept as `detail`)."""
        english = str(self)
        worded = localise(self.code, language, english)
        extensions: dict[str, object] = {"code": self.code.name}
        if worded != english:
            extensions["detail"] = english
        return GraphQLError(worded, extensions=extensions)


def digest(text: str) -> str:
    """A document's name: the sha256 of its exact UTF-8 text, in lowercase hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(queries: Path = QUERIES, client: Path = CLIENT_DOCUMENTS) -> dict[str, str]:
    """The manifest from its sources, by hash. A client entry whose hash is not its text's is an error."""
    documents = {
        digest(text): text for text in (f.read_text(encoding="utf-8") for f in sorted(queries.glob("*.graphql")))
    }
    if client.is_file():
        for name, text in json.loads(client.read_text(encoding="utf-8")).items():
            if name != digest(text):
                raise ValueError(f"{client}: {name} is not the sha256 of its document")
            documents[name] = text
    return dict(sorted(documents.items()))


def render(documents: Mapping[str, str]) -> str:
    """The manifest file's text (what `python -m api trusted-documents` writes and the drift test compares)."""
    return json.dumps(documents, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def load(path: Path = MANIFEST) -> dict[str, str]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


class Documents:
    """Resolves a request's document text from its `query` and `extensions`, or refuses it."""

    def __init__(self, manifest: Mapping[str, str], trusted_only: bool) -> None:
        self.manifest = dict(manifest)
        self.trusted_only = trusted_only
        self.registered: LRUCache[str, str] = LRUCache(maxsize=CAPACITY)

    def resolve(self, query: str | None, extensions: Mapping[str, object] | None) -> str | None:
        """The text to run (None when the request has neither text nor hash: the usual "no query" refusal)."""
        name = _persisted_hash((extensions or {}).get("persistedQuery"))
        if query is not None:
            named = digest(query)
            if name is not None and name != named:
                raise Refused(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash is not the query's sha256")
            if self.trusted_only and named not in self.manifest:
                raise Refused(ErrorCode.DOCUMENT_NOT_TRUSTED, "this server runs only its trusted documents")
            if name is not None and not self.trusted_only:
                self.registered[name] = query
            return query
        if name is None:
            return None
        text = self.manifest.get(name) or (None if self.trusted_only else self.registered.get(name))
        if text is not None:
            return text
        if self.trusted_only:
            raise Refused(ErrorCode.DOCUMENT_NOT_TRUSTED, "this server runs only its trusted documents")
        raise Refused(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound: send the query with its hash")


def _persisted_hash(persisted: object) -> str | None:
    if persisted is None:
        return None
    if not isinstance(persisted, Mapping) or persisted.get("version") != 1:
        raise Refused(ErrorCode.BAD_REQUEST, "extensions.persistedQuery must be {version: 1, sha256Hash}")
    name = persisted.get("sha256Hash")
    if not isinstance(name, str) or SHA256.fullmatch(name) is None:
        raise Refused(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be 64 lowercase hex digits")
    return name
