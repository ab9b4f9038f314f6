"""The cost of a GraphQL operation, computed from its document before it runs: what the cost limit weighs."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from typing import Any

from graphql import (
    DocumentNode,
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
    get_named_type,
)
from graphql.execution.values import VariableValues, get_argument_values, get_variable_values
from graphql.utilities import get_operation_ast
from strawberry import UNSET

from schema.connections import DEFAULT_PAGE_SIZE

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
# result is kept (measured 1-6 s per call for a non-administrator on the demo at 6-8 hops). Weighed against the
# limit: when the limit doubled (10,000, sized from docs/queries/) this doubled too, so a request walks no further.
HOP_COST = 200
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
# on the demo (45 of them 25-45 s, over the query timeout), so at most about a dozen fit the default limit (doubled
# with it, as HOP_COST).
QUANTIFIER_COST = 800
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


# A connection's aggregate reads every row of the list in one query (count, min/max/avg/sum), as a page's totalCount
# does; each `groupBy` is one more query, and each key a subquery or a column per row: both weigh as a default page.
AGGREGATE_COST = DEFAULT_PAGE_SIZE


def aggregate_cost(field: GraphQLField, args: Mapping[str, Any]) -> int:
    """What an aggregate field adds to its own 1: AGGREGATE_COST for the aggregate, and per key of a groupBy."""
    name = getattr(get_named_type(field.type), "name", "")
    if name.endswith("Aggregate"):
        return AGGREGATE_COST
    if name.endswith("Group") and isinstance(args.get("by"), list):
        return AGGREGATE_COST * max(len(args["by"]), 1)
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
    and pageInfo once); its `aggregate` AGGREGATE_COST, and each `groupBy` that per key; `nodes(ids:)` multiplies by the number of ids, a list with `first` or `limit` by that.
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
        own = 1 + filter_cost(args.get("where")) + HOP_COST * _hops(args) + aggregate_cost(field, args)
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
