"""What one request may ask for: depth, aliases, tokens, cost and operations, each refused with QUERY_TOO_COMPLEX."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from cachetools import LRUCache
from graphql import ASTValidationRule, ExecutionResult, GraphQLError, ValidationContext
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.types.graphql import OperationType

from schema.connections import DEFAULT_PAGE_SIZE
from schema.cost import HOP_COST, LIST_ALLOWANCE, QUANTIFIER_COST, query_cost
from schema.errors import QUERY_TOO_COMPLEX

__all__ = ["HOP_COST", "LIST_ALLOWANCE", "QUANTIFIER_COST", "Limits", "limit_extensions", "query_cost"]


@dataclass(frozen=True)
class Limits:
    """The limits one GraphQL request is held to (the API's settings pass them in)."""

    max_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    max_cost: int = 10000
    max_operations: int = 5
    default_page_size: int = DEFAULT_PAGE_SIZE
    max_date_range_days: int = 3653


def too_complex(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": QUERY_TOO_COMPLEX})


# Costs of recent (query text, variables), per served schema (its limits are part of the key).
_COSTS: LRUCache[tuple[Any, ...], int] = LRUCache(maxsize=1024)


class QueryCostLimiter(SchemaExtension):
    """Refuses, before anything runs, an operation whose cost exceeds the limit, and reports every operation's cost
    in the response's `extensions.cost` ({requested, limit}), so a client sees how close a screen is to the limit."""

    def __init__(
        self, max_cost: int, default_page_size: int = DEFAULT_PAGE_SIZE, max_date_range_days: int = 3653
    ) -> None:
        self.max_cost = max_cost
        self.default_page_size = default_page_size
        self.max_date_range_days = max_date_range_days
        self.cost: int | None = None

    def on_validate(self) -> Iterator[None]:
        # Strawberry starts a subscription whatever on_execute says, so a subscription is refused here, as a
        # validation error (graphql-transport-ws: an `error` message). Listed after the validation cache, which sets
        # the validation errors in this hook too.
        ctx = self.execution_context
        if ctx.operation_type is OperationType.SUBSCRIPTION:
            error = self._refusal()
            if error is not None:
                ctx.pre_execution_errors = [*(ctx.pre_execution_errors or ()), error]
        yield

    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        error = self._refusal() if ctx.operation_type is not OperationType.SUBSCRIPTION else None
        if error is not None:
            ctx.result = ExecutionResult(data=None, errors=[error])
        yield

    def get_results(self) -> dict[str, Any]:
        """The cost this request was weighed at (none when it never got that far: a syntax or validation error)."""
        if self.cost is None:
            return {}
        return {"cost": {"requested": self.cost, "limit": self.max_cost}}

    def _cost(self) -> int:
        """The operation's cost, kept per query text and variables: a front end sends the same few again and again."""
        ctx = self.execution_context
        schema = ctx.schema._schema
        key = None
        if ctx.query is not None:
            variables = json.dumps(ctx.variables, sort_keys=True, default=str)
            key = (
                id(schema),
                ctx.query,
                ctx.operation_name,
                variables,
                self.default_page_size,
                self.max_date_range_days,
            )
            found = _COSTS.get(key)
            if found is not None:
                return found
        assert ctx.graphql_document is not None
        cost = query_cost(
            schema,
            ctx.graphql_document,
            ctx.variables,
            ctx.operation_name,
            self.default_page_size,
            self.max_date_range_days,
        )
        if key is not None:
            _COSTS[key] = cost
        return cost

    def _refusal(self) -> GraphQLError | None:
        ctx = self.execution_context
        if ctx.graphql_document is not None:
            self.cost = cost = self._cost()
            if cost > self.max_cost:
                message = (
                    f"query cost {cost:,} exceeds the limit of {self.max_cost:,}: ask for smaller pages "
                    "(`first`/`last`), fewer ids or less nesting, and page through the rest"
                )
                return too_complex(message)
        return None


# --- The built-in limiters, their refusals coded ------------------------------------------------------------


class _CodedReports:
    """A validation context as a rule sees it, except that every error the rule reports is coded QUERY_TOO_COMPLEX.

    Strawberry's depth and alias limiters report from their constructors, through the context they are given;
    handing them this wrapper codes their refusals without touching graphql-core's context.
    """

    def __init__(self, context: ValidationContext) -> None:
        self._context = context

    def report_error(self, error: GraphQLError) -> None:
        error.extensions = {**(error.extensions or {}), "code": QUERY_TOO_COMPLEX}
        self._context.report_error(error)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)


def _coded(rule: type[ASTValidationRule]) -> type[ASTValidationRule]:
    """The rule with every error it reports coded QUERY_TOO_COMPLEX."""

    class Coded(rule):  # type: ignore[valid-type,misc]  # a subclass of a class known only at run time
        def __init__(self, context: ValidationContext) -> None:
            # The wrapper answers everything a ValidationContext does (it forwards), so the rule takes it as one.
            super().__init__(cast(ValidationContext, _CodedReports(context)))

    return Coded


def _coded_rules(limiter: AddValidationRules) -> Callable[[], SchemaExtension]:
    rules = [_coded(rule) for rule in limiter.validation_rules]
    return partial(AddValidationRules, rules)


class TokenLimiter(MaxTokensLimiter):
    """graphql-core stops parsing past the limit; this codes that syntax error QUERY_TOO_COMPLEX."""

    def on_parse(self) -> Iterator[None]:
        yield
        marker = f"Document contains more than {self.max_token_count} tokens"
        for error in self.execution_context.pre_execution_errors or ():
            if marker in error.message:
                error.extensions = {**(error.extensions or {}), "code": QUERY_TOO_COMPLEX}


ExtensionFactory = Callable[[], SchemaExtension]


def limit_extensions(limits: Limits, production: bool) -> list[ExtensionFactory]:
    """Factories of the extensions that enforce `limits` (one instance per request); in production no introspection."""
    extensions: list[ExtensionFactory] = [
        partial(TokenLimiter, max_token_count=limits.max_tokens),
        _coded_rules(QueryDepthLimiter(max_depth=limits.max_depth)),
        _coded_rules(MaxAliasesLimiter(max_alias_count=limits.max_aliases)),
        partial(QueryCostLimiter, limits.max_cost, limits.default_page_size, limits.max_date_range_days),
    ]
    if production:
        extensions.append(DisableIntrospection)
    return extensions
