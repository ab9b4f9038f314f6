"""What one request may ask for: depth, aliases, tokens, cost and operations, each refused with QUERY_TOO_COMPLEX."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, cast

from graphql import (
    ASTValidationRule,
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    SelectionSetNode,
    ValidationContext,
    get_named_type,
)
from graphql.execution.values import VariableValues, get_argument_values, get_variable_values
from graphql.utilities import get_operation_ast
from strawberry import UNSET
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
from schema.errors import QUERY_TOO_COMPLEX


@dataclass(frozen=True)
class Limits:
    """The limits one GraphQL request is held to (the API's settings pass them in)."""

    max_depth: int = 10
    max_aliases: int = 30
    max_tokens: int = 2000
    max_cost: int = 5000
    max_operations: int = 5
    default_page_size: int = DEFAULT_PAGE_SIZE
    max_date_range_days: int = 3653


# --- Query cost -------------------------------------------------------------------------------------------

_Fields = dict[str, GraphQLField]


def _fields_of(type_: Any) -> _Fields:
    named = get_named_type(type_) if type_ is not None else None
    if isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
        return dict(named.fields)
    return {}


def _is_connection(field: GraphQLField) -> bool:
    fields = _fields_of(field.type)
    return "edges" in fields and "pageInfo" in fields


def _arguments(field: GraphQLField, node: FieldNode, variables: VariableValues) -> dict[str, Any]:
    try:
        return get_argument_values(field, node, variables)
    except GraphQLError:  # execution reports the bad argument; count the field as if its arguments were absent
        return {}


def _multiplier(field: GraphQLField, args: Mapping[str, Any], default_page_size: int) -> int:
    """How many times the field's children are fetched: `first`/`last`, a connection's default page, `ids`, `limit`."""
    for name in ("first", "last"):
        if isinstance(args.get(name), int):
            return max(int(args[name]), 0)
    if _is_connection(field):
        return default_page_size
    if isinstance(args.get("ids"), list):
        return len(args["ids"])
    if isinstance(args.get("limit"), int):
        return max(int(args["limit"]), 0)
    return 1


# A walk's hops (`paths(maxLength:)`, `neighborhood(depth:)`): each one widens the search Neo4j runs before any
# result is kept (measured 1-6 s per call for a non-administrator on the demo at 6-8 hops).
HOP_COST = 100
HOP_ARGUMENTS = ("maxLength", "depth")


def _hops(args: Mapping[str, Any]) -> int:
    return sum(max(int(args[a]), 0) for a in HOP_ARGUMENTS if isinstance(args.get(a), int))


# Fields repeated once per period of a `from`/`to` range (statistics' months).
PERIODIC = frozenset({"months"})


def periods(field: GraphQLField, args: Mapping[str, Any], max_days: int) -> int | None:
    """The months a field with a `from`/`to` pair answers, capped at the longest range allowed (the resolver refuses
    longer ones); an open end counts as the longest range. None for a field without the pair."""
    if "from" not in field.args or "to" not in field.args:
        return None
    longest = max_days * 12 // 365 + 1
    start, end = args.get("from"), args.get("to")
    if not (isinstance(start, datetime.date) and isinstance(end, datetime.date)):
        return longest
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return min(max(months, 1), longest)


# Each relationship quantifier in a `where` is a subquery run for every candidate row, and Neo4j plans each one
# with the viewer's scope conditions inside: planning a new shape took 0.5-1 s per quantifier for a non-administrator
# on the demo (45 of them 25-45 s, over the query timeout), so at most about a dozen fit the default limit.
QUANTIFIER_COST = 400
# A list in a filter (`in`) is free up to this many values, then costs 1 per value.
LIST_ALLOWANCE = 10


def filter_cost(value: Any) -> int:
    """The cost of a `where` argument: 1 per condition, QUANTIFIER_COST per some/none/all at any depth, and 1 per
    value of a list beyond LIST_ALLOWANCE."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        total = 0
        for key, inner in value.items():
            if inner is None or inner is UNSET:
                continue
            total += (QUANTIFIER_COST if key in ("some", "none", "all") else 1) + filter_cost(inner)
        return total
    if isinstance(value, list | tuple):
        return sum(filter_cost(v) for v in value) + max(len(value) - LIST_ALLOWANCE, 0)
    return 0


# A connection's fields that repeat per item; the rest (totalCount, pageInfo) are computed once.
PAGED = frozenset({"edges", "nodes"})


def query_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Mapping[str, Any] | None = None,
    operation_name: str | None = None,
    default_page_size: int = DEFAULT_PAGE_SIZE,
    max_date_range_days: int = 3653,
) -> int:
    """The cost of the operation that would run: each field 1, plus its children's cost times its multiplier.

    A connection's `edges`/`nodes` count `first`/`last` times (its default page when both are absent; totalCount
    and pageInfo once); `nodes(ids:)` multiplies by the number of ids, a list with `first` or `limit` by that.
    A `where` adds filter_cost, a walk HOP_COST per hop, and a `from`/`to` range pays its `months` once per month.
    Fragments and inline fragments count where they are spread; @skip/@include are ignored (counted).
    """
    operation = get_operation_ast(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    coerced = get_variable_values(schema, operation.variable_definitions or (), dict(variables or {}))
    values = coerced if isinstance(coerced, VariableValues) else VariableValues({}, {})
    fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    def field_cost(field: GraphQLField | None, node: FieldNode, seen: frozenset[str]) -> int:
        if field is None or node.selection_set is None:
            return 1
        inner, args = _fields_of(field.type), _arguments(field, node, values)
        own = 1 + filter_cost(args.get("where")) + HOP_COST * _hops(args)
        if _is_connection(field):
            return own + cost(inner, node.selection_set, seen, page=_multiplier(field, args, default_page_size))
        months = periods(field, args, max_date_range_days)
        if months is not None:
            return own + cost(inner, node.selection_set, seen, page=months, paged=PERIODIC)
        return own + _multiplier(field, args, default_page_size) * cost(inner, node.selection_set, seen)

    def cost(
        fields: _Fields,
        selection_set: SelectionSetNode,
        seen: frozenset[str],
        page: int | None = None,
        paged: frozenset[str] = PAGED,
    ) -> int:
        """Inside a connection (`page` set) its `edges`/`nodes` are paid `page` times; totalCount, pageInfo once
        (inside a range, `paged` names the fields paid per period)."""
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                item = field_cost(fields.get(selection.name.value), selection, seen)
                total += item * page if page is not None and selection.name.value in paged else item
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = _fields_of(schema.get_type(condition.name.value)) if condition else fields
                total += cost(inner, selection.selection_set, seen, page, paged)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = fragments.get(name)
                if fragment is not None and name not in seen:
                    inner = _fields_of(schema.get_type(fragment.type_condition.name.value))
                    total += cost(inner, fragment.selection_set, seen | {name}, page, paged)
        return total

    return cost(_fields_of(root), operation.selection_set, frozenset())


def too_complex(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": QUERY_TOO_COMPLEX})


class QueryCostLimiter(SchemaExtension):
    """Refuses, before anything runs, an operation whose cost exceeds the limit."""

    def __init__(
        self, max_cost: int, default_page_size: int = DEFAULT_PAGE_SIZE, max_date_range_days: int = 3653
    ) -> None:
        self.max_cost = max_cost
        self.default_page_size = default_page_size
        self.max_date_range_days = max_date_range_days

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

    def _refusal(self) -> GraphQLError | None:
        ctx = self.execution_context
        if ctx.graphql_document is not None:
            cost = query_cost(
                ctx.schema._schema,
                ctx.graphql_document,
                ctx.variables,
                ctx.operation_name,
                self.default_page_size,
                self.max_date_range_days,
            )
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
