"""What a compiled selection is made of: the run it shapes values in, leaf completion, and what it cannot shape."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLOutputType, Undefined, is_leaf_type, is_list_type, is_non_null_type

from graph.access.viewer import Viewer

# A compiled selection: a read value (a record, a page, an edge) and the run in, the answer's JSON out.
Shape = Callable[[Any, "Run"], Any]
# A leaf's value as read in, as graphql-core would complete it out.
Complete = Callable[[Any], Any]


class Fallback(Exception):
    """This value needs graphql-core's field-by-field path: a page the look-ahead did not read, a null where the
    schema allows none, a value a scalar refuses. That path answers it, and reports any error where it belongs."""


@dataclass
class Run:
    """One shaping of one value: who reads, and the full reads it made, kept until the value is shaped whole (a value
    that falls back is shaped again by graphql-core, which records its own)."""

    viewer: Viewer
    reads: list[tuple[str, str, str]] = field(default_factory=list)

    def record(self, label: str, node_id: str, field_name: str) -> None:
        self.reads.append((label, node_id, field_name))


def completed(return_type: GraphQLOutputType) -> Complete:
    """A field's value completed as graphql-core completes a value of `return_type`: nulls, lists and scalars alike,
    with a Fallback where graphql-core reports an error. Objects arrive shaped already, and pass as they are."""
    if is_non_null_type(return_type):
        inner = completed(return_type.of_type)

        def non_null(raw: Any) -> Any:
            out = inner(raw)
            if out is None:
                raise Fallback
            return out

        return non_null
    if is_list_type(return_type):
        item = completed(return_type.of_type)

        def listed(raw: Any) -> Any:
            if raw is None:
                return None
            if not isinstance(raw, list | tuple):
                raise Fallback
            return [item(x) for x in raw]

        return listed
    if is_leaf_type(return_type):
        coerce = return_type.coerce_output_value

        def leaf(raw: Any) -> Any:
            if raw is None:
                return None
            out = coerce(raw)
            if out is None or out is Undefined:
                raise Fallback
            return out

        return leaf
    return _shaped


def _shaped(raw: Any) -> Any:
    return raw
