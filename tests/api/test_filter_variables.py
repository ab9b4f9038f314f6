"""Every filterable field of every entity type, at the root and nested under a relationship: the same filter as a
literal, as a variable inside the literal, and as the whole `where` variable gives the same answer, and a value read
from the demo finds at least the row it was read from (a global id, a date-time as the API writes it)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from graphql import GraphQLEnumType, GraphQLInputObjectType, GraphQLObjectType, get_named_type
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.api.fuzz_answers import FUZZ_SETTINGS, QUERY_TYPE, SCHEMA
from tests.api.gql import gql

# Operators whose value, read from a row, must find that row again.
FINDS_ITS_ROW = frozenset({"eq", "in", "lte", "gte", "contains", "startsWith"})
# The value filtered on where a type has no row to read one from.
NOTHING = "nothing-here"


@dataclass(frozen=True)
class Site:
    label: str
    root: str  # the root list the rows are read from
    nested: tuple[str, str] | None  # (a parent's root list, its relationship to `label`), when there is one


def _label_of(connection: Any) -> str | None:
    named = get_named_type(connection)
    return named.name.removesuffix("Connection") if named.name.endswith("Connection") else None


def _sites() -> list[Site]:
    roots: dict[str, str] = {}
    assert QUERY_TYPE is not None
    for name, field in QUERY_TYPE.fields.items():
        label = _label_of(field.type)
        if label is not None and "where" in field.args and label not in roots:
            roots[label] = name
    sites = []
    for label, root in sorted(roots.items()):
        nested = next(
            (
                (parent_root, rel)
                for parent, parent_root in sorted(roots.items())
                if parent != label
                for rel, f in _object(parent).fields.items()
                if _label_of(f.type) == label and "where" in f.args
            ),
            None,
        )
        sites.append(Site(label, root, nested))
    return sites


def _object(label: str) -> GraphQLObjectType:
    found = SCHEMA.get_type(label)
    assert isinstance(found, GraphQLObjectType)
    return found


def _where(label: str) -> GraphQLInputObjectType:
    found = SCHEMA.get_type(f"{label}Where")
    assert isinstance(found, GraphQLInputObjectType)
    return found


def _filterable(label: str) -> dict[str, Any]:
    """The where fields that filter a value (not a relationship, not AND/OR/NOT), with their input types."""
    out = {}
    for name, field in _where(label).fields.items():
        named = get_named_type(field.type)
        if name in ("AND", "OR", "NOT") or named.name.endswith("RelationFilter"):
            continue
        out[name] = field.type
    return out


SITES = _sites()


def _literal(value: Any, type_: Any) -> str:
    named = get_named_type(type_)
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v, named) for v in value) + "]"
    return str(value) if isinstance(named, GraphQLEnumType) else json.dumps(value)


def _type_text(type_: Any) -> str:
    return str(type_).removesuffix("!")


def _rows(client: TestClient, site: Site, fields: list[str]) -> list[dict[str, Any]]:
    selection = " ".join(f for f in fields if f in _object(site.label).fields)
    body = gql(client, f"{{ {site.root}(first: 100) {{ edges {{ node {{ id dbId {selection} }} }} }} }}")
    assert "errors" not in body, body["errors"]
    return [e["node"] for e in body["data"][site.root]["edges"]]


def _draw_filter(data: st.DataObject, name: str, type_: Any, rows: list[dict[str, Any]]) -> tuple[str | None, Any]:
    """(operator, value) for the where field `name`: None as operator for a where field that is a plain value."""
    named = get_named_type(type_)
    if not isinstance(named, GraphQLInputObjectType):  # a computed yes/no filter
        return None, data.draw(st.booleans())
    seen = [r[name] for r in rows if r.get(name) is not None]
    if name == "id":
        seen = [r["id"] for r in rows]
    if seen and isinstance(seen[0], list):
        seen = [v for values in seen for v in values]
    values_type = get_named_type(named.fields["eq" if "eq" in named.fields else next(iter(named.fields))].type)
    if not seen and isinstance(values_type, GraphQLEnumType):
        seen = list(values_type.values)
    if not seen and "isNull" not in named.fields:  # no value to read (an empty list): one of nothing
        return "eq", NOTHING
    ops = [op for op in named.fields if op != "isNull"] if seen else []
    op = data.draw(st.sampled_from(ops or ["isNull"]))
    if op == "isNull":
        return op, data.draw(st.booleans())
    if op == "in":
        return op, data.draw(st.lists(st.sampled_from(seen), min_size=1, max_size=3, unique=True))
    value = data.draw(st.sampled_from(seen))
    if name == "id" and op == "startsWith":
        return op, data.draw(st.sampled_from([r["dbId"] for r in rows]))[:2]
    if op in ("contains", "startsWith") and isinstance(value, str) and get_named_type(type_).name != "ListFilter":
        start = 0 if op == "startsWith" else data.draw(st.integers(0, max(0, len(value) - 1)))
        return op, value[start : start + data.draw(st.integers(1, 3))]
    return op, value


def _ask(client: TestClient, site: Site, nested: bool, name: str, op: str | None, value: Any, form: str) -> Any:
    """The answer to one filter in one form: 'literal', 'inner' (a variable inside the literal) or 'whole'."""
    where_field = _where(site.label).fields[name]
    op_type = where_field.type if op is None else get_named_type(where_field.type).fields[op].type
    plain = value if op is None else {op: value}
    if form == "literal":
        text = _literal(value, op_type)
        given, declared, variables = f"{{{name}: {text if op is None else f'{{{op}: {text}}}'}}}", "", {}
    elif form == "inner":
        given = f"{{{name}: $v}}" if op is None else f"{{{name}: {{{op}: $v}}}}"
        declared, variables = f"($v: {_type_text(op_type)})", {"v": value}
    else:
        given, declared, variables = "$w", f"($w: {site.label}Where)", {"w": {name: plain}}
    rows = f"where: {given}) {{ totalCount edges {{ node {{ id }} }} }}"
    if nested:
        assert site.nested is not None
        parent, rel = site.nested
        query = (
            f"query{declared} {{ {parent}(first: 5, where: {{{rel}: {{some: {{}}}}}}) "
            f"{{ edges {{ node {{ {rel}(first: 20, {rows} }} }} }} }}"
        )
    else:
        query = f"query{declared} {{ {site.root}(first: 100, {rows} }}"
    body = gql(client, query, **variables)
    assert "errors" not in body, (form, query, variables, body["errors"])
    return body["data"]


CASES = [(site, nested) for site in SITES for nested in (False, True) if site.nested is not None or not nested]


@pytest.mark.parametrize(("site", "nested"), CASES, ids=[f"{s.label}-{'nested' if n else 'root'}" for s, n in CASES])
def test_literal_and_variable_filters_agree(client: TestClient, site: Site, nested: bool) -> None:
    filterable = _filterable(site.label)
    rows = _rows(client, site, list(filterable))

    @settings(**FUZZ_SETTINGS, max_examples=2)
    @given(data=st.data())
    def each_field(data: st.DataObject) -> None:
        for name, type_ in filterable.items():
            op, value = _draw_filter(data, name, type_, rows)
            literal = _ask(client, site, nested, name, op, value, "literal")
            for form in ("inner", "whole"):
                assert _ask(client, site, nested, name, op, value, form) == literal, (name, op, value, form)
            if not nested and op in FINDS_ITS_ROW and value != NOTHING:
                assert literal[site.root]["totalCount"] >= 1, (name, op, value)

    each_field()
