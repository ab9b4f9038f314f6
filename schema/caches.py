"""Parsed and validated queries kept per query text, so a front end's repeated queries skip both steps."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import partial

from graphql import GraphQLError
from strawberry.extensions import ParserCache, SchemaExtension, ValidationCache


class KnownQueries(ParserCache):
    """Strawberry's parse cache, except that a query that does not parse is left to the usual parse, which
    reports the error where the other extensions look for it (the token limit codes its own)."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        with suppress(GraphQLError):
            context.graphql_document = self.cached_parse_document(context.query, **context.parse_options)
        yield


# Parsed documents and their validation, kept per query text (bounded): front ends send the same few queries.
# The token limit is part of the parse cache's key, and the depth and alias rules of the validation cache's.
CACHES: list[Callable[[], SchemaExtension]] = [
    partial(KnownQueries, maxsize=256),
    partial(ValidationCache, maxsize=256),
]
