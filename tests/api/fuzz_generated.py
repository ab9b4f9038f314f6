"""Generated operations: hypothesis-graphql queries and mutations, one root field at a time, with small pages below
the root; each answer checked (tests/api/fuzz_answers.py)."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import UTC
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    GraphQLField,
    GraphQLObjectType,
    IntValueNode,
    NameNode,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    print_ast,
    visit,
)
from hypothesis import strategies as st
from hypothesis_graphql import nodes
from starlette.testclient import TestClient

from tests.api.fuzz_answers import SCHEMA, check, post

# (a) How many generated operations, and how large their pages may be below the root field.
QUERY_EXAMPLES = 1000
MUTATION_EXAMPLES = 300
TEXT_EXAMPLES = 200
NESTED_PAGE = 2
ROOT_PAGE = 10
SIZE_ARGS = frozenset({"first", "last", "limit", "maxLength", "depth", "offset", "minEvents"})


def _date_literals() -> st.SearchStrategy[Any]:
    valid = st.dates().map(lambda d: nodes.String(d.isoformat()))
    odd = st.sampled_from(["", "2024-02-30", "yesterday", "99999-01-01", "2024-1-1", "0000-00-00"]).map(nodes.String)
    return valid | odd


def _datetime_literals() -> st.SearchStrategy[Any]:
    valid = st.datetimes(timezones=st.none() | st.just(UTC)).map(lambda d: nodes.String(d.isoformat()))
    odd = st.sampled_from(["", "2024-02-30T25:61:00", "now", "2024-01-01T00:00:00+99:00"]).map(nodes.String)
    return valid | odd


CUSTOM_SCALARS = {"Date": _date_literals(), "DateTime": _datetime_literals(), "JSON": st.just(nodes.String("{}"))}


class _BoundPages(Visitor):
    """Keeps generated operations cheap: page sizes below the root are small, and a page size is always set.

    Out-of-range sizes (negative, beyond the cap) stay as generated: the server must refuse them."""

    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.depth = 0

    def enter_field(self, node: FieldNode, *_: Any) -> FieldNode | None:
        self.depth += 1
        field_def: GraphQLField | None = self.type_info.get_field_def()
        if field_def is None:
            return None
        limit = ROOT_PAGE if self.depth == 1 else NESTED_PAGE
        arguments: list[ArgumentNode] = []
        for argument in node.arguments or ():
            value = argument.value
            if argument.name.value in SIZE_ARGS and isinstance(value, IntValueNode):
                size = int(value.value)
                if 0 <= size <= 10_000:
                    small = min(size, limit) if size <= limit else size % (limit + 1)
                    argument = replace(argument, value=IntValueNode(value=str(small)))
            arguments.append(argument)
        given_names = {a.name.value for a in arguments}
        if "first" in field_def.args and not given_names & {"first", "last"}:
            arguments.append(ArgumentNode(name=NameNode(value="first"), value=IntValueNode(value=str(NESTED_PAGE))))
        return replace(node, arguments=tuple(arguments))

    def leave_field(self, *_: Any) -> None:
        self.depth -= 1


def bounded(document: DocumentNode) -> str:
    type_info = TypeInfo(SCHEMA)
    return print_ast(visit(document, TypeInfoVisitor(type_info, _BoundPages(type_info))))


def _post_generated(client: TestClient, operation: str, sent: list[float]) -> None:
    started = time.perf_counter()
    response = post(client, operation)
    sent.append(time.perf_counter() - started)
    literals = tuple(re.findall(r'"((?:[^"\\]|\\.)*)"', operation))
    check(response, f"generated operation\n{operation}\n", literals)


def _report(kind: str, times: list[float]) -> None:
    slowest = sorted(times)[-5:]
    print(f"\n{kind}: {len(times)} sent in {sum(times):.1f} s; slowest {', '.join(f'{t:.2f}' for t in slowest)} s")


def per_root_field(generate: Any, root: GraphQLObjectType) -> st.SearchStrategy[str]:
    """Operations of one root field at a time, the field drawn first: small documents, every field reached."""
    names = sorted(root.fields)
    by_name = {
        name: generate(SCHEMA, fields=[name], custom_scalars=CUSTOM_SCALARS, print_ast=bounded) for name in names
    }
    return st.sampled_from(names).flatmap(by_name.__getitem__)
