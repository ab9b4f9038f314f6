"""Which argument of an operation an invalid input value was given in, so its error can name it."""

from __future__ import annotations

from graphql import (
    ArgumentNode,
    DocumentNode,
    Node,
    ValueNode,
    VariableDefinitionNode,
    VariableNode,
    Visitor,
    visit,
)
from graphql.error import GraphQLError
from graphql.language.visitor import VisitorAction
from graphql.type import GraphQLInputType
from graphql.validation import ValuesOfCorrectTypeRule

from schema.codes import ErrorCode


class _Finder(Visitor):
    def __init__(self, culprit: Node) -> None:
        super().__init__()
        self.culprit = culprit
        self.found: str | None = None

    def enter_argument(self, node: ArgumentNode, *_: object) -> None:
        if self.found is None and _holds(node, self.culprit):
            self.found = node.name.value


def _holds(argument: ArgumentNode, culprit: Node) -> bool:
    if isinstance(culprit, VariableDefinitionNode):
        name = culprit.variable.name.value
        uses: list[str] = []

        class Uses(Visitor):
            def enter_variable(self, node: VariableNode, *_: object) -> None:
                uses.append(node.name.value)

        visit(argument.value, Uses())
        return name in uses
    value, at = argument.value.loc, culprit.loc
    return value is not None and at is not None and value.start <= at.start and at.end <= value.end


def argument_of(document: DocumentNode | None, culprit: Node | None) -> str | None:
    """The argument holding `culprit` (a literal, or a variable's definition: the argument that uses it)."""
    if document is None or culprit is None:
        return None
    finder = _Finder(culprit)
    visit(document, finder)
    return finder.found


class LocatedValuesRule(ValuesOfCorrectTypeRule):
    """graphql-core's check of literal values, a scalar's refusal coded and pointing at the literal refused
    (graphql-core reports it without a node, and an error without one cannot name its argument)."""

    _at: ValueNode | None = None

    def is_valid_value_node(self, node: ValueNode, input_type: GraphQLInputType | None) -> VisitorAction:
        self._at = node
        try:
            return super().is_valid_value_node(node, input_type)
        finally:
            self._at = None

    def report_error(self, error: GraphQLError) -> None:
        if not error.nodes and self._at is not None:
            # A scalar's refusal (graphql-core's own errors about the literal's shape carry their nodes): bad input,
            # as the same value sent in a variable is.
            extensions = {"code": ErrorCode.BAD_USER_INPUT.name, **(error.extensions or {})}
            error = GraphQLError(error.message, self._at, original_error=error.original_error, extensions=extensions)
        super().report_error(error)
