"""Every error leaves with a stable `extensions.code`; unexpected ones are masked and logged."""

from __future__ import annotations

import logging
import re

from graphql import VariableDefinitionNode, print_ast
from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from graph.core.errors import (
    Conflict,
    DatabaseUnavailable,
    Forbidden,
    InvalidInput,
    KeyReused,
    NotFound,
    QueryTimeout,
)

log = logging.getLogger(__name__)

BAD_USER_INPUT = "BAD_USER_INPUT"
NOT_FOUND = "NOT_FOUND"
CONFLICT = "CONFLICT"
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
INTERNAL = "INTERNAL_SERVER_ERROR"
VALIDATION = "GRAPHQL_VALIDATION_FAILED"
# Over a depth, alias, token, cost or operations limit (schema/complexity.py, api/limits.py).
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
# An idempotency key the caller had used for another request.
IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
# Neo4j stopped the transaction at NEO4J_QUERY_TIMEOUT.
QUERY_TIMEOUT = "QUERY_TIMEOUT"


def user_error(message: str, argument: str | None = None, code: str = BAD_USER_INPUT) -> GraphQLError:
    extensions: dict[str, object] = {"code": code}
    if argument:
        extensions["argument"] = argument
    return GraphQLError(message, extensions=extensions)


# graphql-core's hints at names the schema has ("Did you mean 'first'?"): withheld in production.
SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")


class ErrorCodes(MaskErrors):
    """Turns the project's exceptions into coded errors and masks everything it does not know."""

    # Whether messages may hint at names the schema has (development; production's subclass says no).
    suggests = True

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        translated = [self._translate(e) for e in errors]
        if not self.suggests:
            for error in translated:
                error.message = SUGGESTION.sub("", error.message)
        return translated

    def _translate(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if original is None:
            if error.extensions and "code" in error.extensions:
                return error
            # Parse and validation errors carry no original error; their text is safe and useful.
            return self._with(error, error.message, {"code": VALIDATION})
        if isinstance(original, GraphQLError):
            if original.extensions and "code" in original.extensions:
                return self._with(error, original.message, dict(original.extensions))
            # graphql-core's coercion of a variable (e.g. an unknown enum value): the caller's input.
            return self._with(error, _without_value(error), {"code": BAD_USER_INPUT})
        if isinstance(original, KeyReused):
            return self._with(error, str(original), {"code": IDEMPOTENCY_KEY_REUSED, "argument": original.argument})
        if isinstance(original, InvalidInput):
            return self._with(
                error,
                str(original),
                {"code": BAD_USER_INPUT, "argument": original.argument},
            )
        if isinstance(original, NotFound):
            return self._with(error, str(original), {"code": NOT_FOUND, "argument": original.argument})
        if isinstance(original, Forbidden):
            return self._with(error, str(original), {"code": FORBIDDEN})
        if isinstance(original, Conflict):
            return self._with(error, str(original), {"code": CONFLICT})
        if isinstance(original, QueryTimeout):
            return self._with(
                error,
                "The query took too long and was stopped: ask for less (smaller pages, fewer or narrower fields).",
                {"code": QUERY_TIMEOUT},
            )
        if isinstance(original, DatabaseUnavailable):
            return self._with(
                error,
                "The database is unavailable; try again shortly.",
                {"code": SERVICE_UNAVAILABLE},
            )
        log.error("unexpected error at %s", error.path, exc_info=original)
        return self._with(error, self.error_message, {"code": INTERNAL})

    @staticmethod
    def _with(error: GraphQLError, message: str, extensions: dict[str, object]) -> GraphQLError:
        return GraphQLError(
            message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions=extensions,
        )


class ProductionErrorCodes(ErrorCodes):
    """ErrorCodes without suggestions: in production no message names an argument, type or value it was not sent."""

    suggests = False


def _without_value(error: GraphQLError) -> str:
    """A variable's coercion error names the variable, where in it and its type, but never repeats the value sent
    (graphql-core quotes it, and variables carry names, phone numbers, addresses)."""
    node = error.nodes[0] if error.nodes else None
    if not error.message.startswith("Variable '$") or not isinstance(node, VariableDefinitionNode):
        return error.message
    where = error.message.split(": ", 1)[0]
    return f"{where}: not a valid {print_ast(node.type)} (the value is not repeated here)"
