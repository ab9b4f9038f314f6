"""Every error leaves with a stable `extensions.code`; unexpected ones are masked and logged."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from graphql import Node, VariableDefinitionNode, print_ast
from graphql.error import GraphQLError
from graphql.validation import ValuesOfCorrectTypeRule
from strawberry.extensions import MaskErrors

from graph.core.errors import (
    Conflict,
    DatabaseUnavailable,
    Forbidden,
    InvalidInput,
    InvalidState,
    KeyReused,
    NotFound,
    QueryTimeout,
)
from schema.arguments import LocatedValuesRule, argument_of
from schema.codes import ErrorCode
from schema.messages import ENGLISH, localise

log = logging.getLogger(__name__)

# The codes by name, from the contract's one enum (schema/codes.py; each value is its name).
BAD_USER_INPUT = ErrorCode.BAD_USER_INPUT.name
NOT_FOUND = ErrorCode.NOT_FOUND.name
INVALID_STATE = ErrorCode.INVALID_STATE.name
CONFLICT = ErrorCode.CONFLICT.name
UNAUTHENTICATED = ErrorCode.UNAUTHENTICATED.name
FORBIDDEN = ErrorCode.FORBIDDEN.name
SERVICE_UNAVAILABLE = ErrorCode.SERVICE_UNAVAILABLE.name
INTERNAL = ErrorCode.INTERNAL_SERVER_ERROR.name
VALIDATION = ErrorCode.GRAPHQL_VALIDATION_FAILED.name
# Over a depth, alias, token, cost or operations limit (schema/complexity.py, api/limits.py).
QUERY_TOO_COMPLEX = ErrorCode.QUERY_TOO_COMPLEX.name
# An idempotency key the caller had used for another request.
IDEMPOTENCY_KEY_REUSED = ErrorCode.IDEMPOTENCY_KEY_REUSED.name
# Neo4j stopped the transaction at NEO4J_QUERY_TIMEOUT.
QUERY_TIMEOUT = ErrorCode.QUERY_TIMEOUT.name


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

    def on_operation(self) -> Iterator[None]:
        rules = self.execution_context.validation_rules
        self.execution_context.validation_rules = tuple(
            LocatedValuesRule if rule is ValuesOfCorrectTypeRule else rule for rule in rules
        )
        yield from super().on_operation()

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        translated = [self._translate(e) for e in errors]
        if not self.suggests:
            for error in translated:
                error.message = SUGGESTION.sub("", error.message)
        language = getattr(self.execution_context.context, "language", ENGLISH)
        return [_localised(error, language) for error in translated]

    def _translate(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        culprit = error.nodes[0] if error.nodes else None
        if original is None:
            if error.extensions and "code" in error.extensions:
                return self._named(error, error.message, dict(error.extensions), culprit)
            # Parse and validation errors carry no original error; their text is safe and useful.
            return self._with(error, error.message, {"code": VALIDATION})
        if isinstance(original, GraphQLError):
            if original.extensions and "code" in original.extensions:
                return self._named(error, original.message, dict(original.extensions), culprit)
            # graphql-core's coercion of a variable (e.g. an unknown enum value): the caller's input.
            return self._named(error, _without_value(error), {"code": BAD_USER_INPUT}, culprit)
        if isinstance(original, KeyReused):
            return self._with(error, str(original), {"code": IDEMPOTENCY_KEY_REUSED, "argument": original.argument})
        if isinstance(original, InvalidState):
            return self._with(error, str(original), _state_extensions(original))
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

    def _named(
        self, error: GraphQLError, message: str, extensions: dict[str, object], culprit: Node | None
    ) -> GraphQLError:
        """A bad input value's error, naming the argument it was given in when the error does not already."""
        if extensions.get("code") == BAD_USER_INPUT and "argument" not in extensions:
            argument = argument_of(self.execution_context.graphql_document, culprit)
            if argument is not None:
                extensions["argument"] = argument
        return self._with(error, message, extensions)

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


def _state_extensions(refused: InvalidState) -> dict[str, object]:
    """A step refused for the case's state: the state, the step and the steps the viewer could take now, as the
    enums' values (upper case: `mark_duplicate` is `MARK_DUPLICATE`)."""
    return {
        "code": INVALID_STATE,
        "argument": refused.argument,
        "currentStatus": refused.state,
        "action": refused.action.upper(),
        "allowedActions": [action.upper() for action in refused.allowed],
        # What the case is, for the message in another language; removed before the error leaves.
        "noun": refused.noun,
    }


def _localised(error: GraphQLError, language: str) -> GraphQLError:
    """The error's message in `language` (schema/messages.py); in Chinese the English text stays as `detail`."""
    extensions = dict(error.extensions or {})
    noun = extensions.pop("noun", None)
    try:
        code = ErrorCode(extensions.get("code"))
    except ValueError:
        code = None
    message = error.message
    if code is not None and language != ENGLISH:
        message = localise(code, language, error.message, {**extensions, "noun": noun})
        extensions["detail"] = error.message
    if message == error.message and extensions == (error.extensions or {}):
        return error
    return ErrorCodes._with(error, message, extensions)


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
