"""Without a token only aggregate statistics are readable (every other root field asks the caller to sign in); and
subscriptions come over a websocket, never over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

from graphql import (
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    SelectionSetNode,
)
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from schema.errors import BAD_USER_INPUT, UNAUTHENTICATED

# Root fields anyone may read: aggregates only, never a row about a person.
PUBLIC_FIELDS = frozenset({"communityStats", "statistics", "__typename", "__schema", "__type"})


def _root_fields(selection_set: SelectionSetNode, fragments: dict[str, SelectionSetNode]) -> Iterator[str]:
    for selection in selection_set.selections:
        if isinstance(selection, FieldNode):
            yield selection.name.value
        elif isinstance(selection, InlineFragmentNode):
            yield from _root_fields(selection.selection_set, fragments)
        elif isinstance(selection, FragmentSpreadNode) and selection.name.value in fragments:
            yield from _root_fields(fragments.pop(selection.name.value), fragments)


class SignedInOnly(SchemaExtension):
    def on_execute(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.operation_type is OperationType.SUBSCRIPTION and not getattr(ctx.context, "websocket", True):
            error = GraphQLError(
                "subscriptions are served over a websocket at /graphql (graphql-transport-ws), not over HTTP",
                extensions={"code": BAD_USER_INPUT},
            )
            ctx.result = ExecutionResult(data=None, errors=[error])
            yield
            return
        viewer = getattr(ctx.context, "viewer", None)
        document = ctx.graphql_document
        if viewer is not None and viewer.anonymous and document is not None:
            operation = get_operation_ast(document, ctx.operation_name)
            if operation is not None:
                fragments = {
                    d.name.value: d.selection_set for d in document.definitions if isinstance(d, FragmentDefinitionNode)
                }
                closed = sorted(set(_root_fields(operation.selection_set, fragments)) - PUBLIC_FIELDS)
                if closed:
                    error = GraphQLError(
                        f"sign in to read {', '.join(closed)}: without a token only aggregate statistics are open",
                        extensions={"code": UNAUTHENTICATED},
                    )
                    ctx.result = ExecutionResult(data=None, errors=[error])
        yield
