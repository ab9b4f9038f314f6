"""The executor that serves compiled selections: graphql-core's, except where a read entity, connection or edge can be
shaped whole by its plan."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLObjectType, GraphQLResolveInfo, OperationType
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from graph.core.model import ENTITIES
from schema.compiled.plans import Group, Planner
from schema.compiled.shapes import Run
from schema.entities import objects
from schema.relay import TYPES


def _sources() -> dict[type, tuple[str, str]]:
    """Python class of a resolved value → (kind of plan, attribute holding what the plan reads)."""
    found: dict[type, tuple[str, str]] = {}
    for label in ENTITIES:
        found[TYPES[label]] = ("entity", "record")
        found[getattr(objects, f"{label}Connection")] = ("connection", "page")
        found[getattr(objects, f"{label}Edge")] = ("edge", "edge")
    return found


SOURCES = _sources()


class CompiledExecutor(StrawberryGraphQLCoreExecutionContext):
    """Completes a query's entity values through their compiled plans; anything a plan cannot shape (a field with its
    own resolver, a page not read with its parent, an error) is completed field by field, as before."""

    _planner: Planner | None = None

    def complete_object_value(
        self,
        return_type: GraphQLObjectType,
        field_details_list: Group,
        info: GraphQLResolveInfo[Any],
        path: Any,
        result: Any,
        position_context: Any,
    ) -> Any:
        source = SOURCES.get(type(result))
        if source is not None and self.operation.operation is OperationType.QUERY:
            if self._planner is None:
                self._planner = Planner(self, info)
            shape = self._planner.shape(source[0], return_type, field_details_list)
            if shape is not None:
                run = Run(info.context.viewer)
                try:
                    shaped = shape(getattr(result, source[1]), run)
                except Exception:  # Fallback, or anything graphql-core's path must report where it belongs
                    shaped = None
                if shaped is not None:
                    for read in run.reads:
                        info.context.record_full_read(*read)
                    return shaped
        return super().complete_object_value(return_type, field_details_list, info, path, result, position_context)
