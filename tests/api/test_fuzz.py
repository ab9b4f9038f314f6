"""Hostile input against the real app over the demo: generated queries and mutations, hostile strings in every
String/ID argument. Whatever arrives, the client sees data or a stable coded error, never an internal one, a stack
trace or a word of Cypher, and reads leave the graph as it was."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC
from typing import Any

import pytest
from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    IntValueNode,
    NameNode,
    TypeInfo,
    TypeInfoVisitor,
    Undefined,
    Visitor,
    get_named_type,
    print_ast,
    visit,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries
from starlette.testclient import TestClient

from graph.core.db import Graph
from schema.root import schema as strawberry_schema

# Every code a client may see. Add new stable codes here; INTERNAL_SERVER_ERROR never belongs.
STABLE_CODES = frozenset(
    {
        "BAD_USER_INPUT",
        "NOT_FOUND",
        "CONFLICT",
        "FORBIDDEN",
        "UNAUTHENTICATED",
        "SERVICE_UNAVAILABLE",
        "GRAPHQL_VALIDATION_FAILED",
        "QUERY_TOO_COMPLEX",
        "QUERY_TIMEOUT",
        # Refusals at the HTTP edge (api/limits.py).
        "BAD_REQUEST",
        "PAYLOAD_TOO_LARGE",
        "UNSUPPORTED_MEDIA_TYPE",
        "METHOD_NOT_ALLOWED",
    }
)
# Internals that must never reach a client: tracebacks, Python exception names, driver and Cypher words.
LEAKS = re.compile(
    r"Traceback|File \"|\bline \d|Exception|\b[A-Z][A-Za-z]*Error\b|\bNeo\.|neo4j|cypher|"
    r"<[\w.]+ object at 0x|\.py\b|\b(?:graph|schema|api|strawberry|starlette|graphql)\.[a-z_]+\.",
    re.IGNORECASE,
)
LEAKY_EXTENSIONS = frozenset({"exception", "stacktrace", "traceback"})

SCHEMA: GraphQLSchema = strawberry_schema._schema
QUERY_TYPE = SCHEMA.query_type
MUTATION_TYPE = SCHEMA.mutation_type
assert QUERY_TYPE is not None
assert MUTATION_TYPE is not None

# (a) How many generated operations, and how large their pages may be below the root field.
QUERY_EXAMPLES = 1000
MUTATION_EXAMPLES = 300
TEXT_EXAMPLES = 200
NESTED_PAGE = 2
ROOT_PAGE = 10
SIZE_ARGS = frozenset({"first", "last", "limit", "maxLength", "depth", "offset", "minEvents"})
FUZZ_SETTINGS: dict[str, Any] = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "print_blob": False,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
}


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


INJECTION = "' OR 1=1 //"
TEXTS: tuple[str, ...] = (
    INJECTION,
    '" OR ""="',
    '"}) MATCH (n) DETACH DELETE n //',
    "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "x') WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "`",
    "``) DETACH DELETE n //",
    "Grid`) MATCH (n) DETACH DELETE n //",
    "$param",
    "$p1",
    "{}",
    "{",
    "}]})",
    "[]",
    "null",
    "\u0000",
    "a\u0000b",
    "x" * 100_000,  # past the body limit: refused at the edge
    "x" * 90_000,
    "y" * 3_000,
    "字" * 20_000,
    "😀👨‍👩‍👧‍👦🏳️‍🌈",
    "\u202eevil\u202c",
    "\u200f\u200e\u200b\ufeff",
    "*:* AND ~",
    'name:* OR id:"x"~2 AND -(a) +b^3 [* TO *] {a TO z} /.*/ \\',
    "(?i).*",
    ".*",
    "%",
    "_",
    "\\",
    "\\'",
    "1; DROP TABLE users; --",
    "' UNION SELECT * FROM users --",
    '{"$gt": ""}',
    '{"id": {"eq": "x"}}',
    "CALL db.labels()",
    "CALL dbms.killQueries(['1'])",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "\n\r\t",
    "line 1\nline 2",
    "ｍａｔｃｈ (ｎ) ｄｅｔａｃｈ ｄｅｌｅｔｅ ｎ",
    "\u0430dmin",  # Cyrillic а
    "𝐆𝐫𝐢𝐝",
    "",
    " ",
    "%s%s%s%n",
    "${jndi:ldap://example.invalid/a}",
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "Grid",
    "Person",
    "IN_GRID",
    "-1",
    "9" * 400,
    "NaN",
)
# Global ids and cursors: invalid base64, the right shape with hostile content, a wrong label, deep JSON.
IDS_AND_CURSORS: tuple[str, ...] = (
    "bm9wZTp4",
    "not base64!!",
    "====",
    "R3JpZDo=",
    b64("Grid:" + INJECTION),
    b64("Grid:" + "x" * 5000),
    b64("Nope:1"),
    b64("Person:\u0000"),
    b64(":"),
    "\u00ff\u00fe",
    b64url(json.dumps(["id", INJECTION, INJECTION])),
    b64url(json.dumps(["id", {"dt": "not a date"}, "x"])),
    b64url(json.dumps(["id", {"d": 5}, "x"])),
    b64url(json.dumps(["id", {"dt": "2024-01-01T00:00:00"}, 5])),
    b64url(json.dumps(["name", {"$gt": ""}, "x"])),
    b64url(json.dumps({"a": 1})),
    b64url("[" * 30_000 + "]" * 30_000),
    b64url('["id", 1e999, "x"]'),
    b64url("\u0000"),
    base64.urlsafe_b64encode(b"\xff\xfe\x00").decode(),
)
HOSTILE = TEXTS + IDS_AND_CURSORS
# Sent at every site; the rest of HOSTILE rotates over the sites.
CORE = (
    INJECTION,
    '"}) MATCH (n) DETACH DELETE n //',
    "``) DETACH DELETE n //",
    "$param",
    "\u0000",
    "x" * 90_000,
    "y" * 3_000,
    "*:* AND ~",
    "not base64!!",
    b64("Grid:" + INJECTION),
    b64url("[" * 30_000 + "]" * 30_000),
)
ROTATING = tuple(h for h in HOSTILE if h not in CORE)
CURSORS = (*IDS_AND_CURSORS, INJECTION, "")
# Lone surrogates are valid JSON escapes (\udcff) but no UTF-8 encodes them.
SURROGATES = ("\udcff", "a\ud800b")


# ---------------------------------------------------------------- checking answers


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif value is not None:
        yield str(value)


def _scrub(text: str, sent: tuple[str, ...]) -> str:
    """The text without what the caller sent, in any of the spellings an error message may quote it."""
    for value in sorted(sent, key=len, reverse=True):
        if len(value) < 2:
            continue
        for spelling in (value, json.dumps(value), json.dumps(value, ensure_ascii=False), repr(value)):
            text = text.replace(spelling, "")
    return text


def check(response: Any, what: str, sent: tuple[str, ...] = ()) -> dict[str, Any]:
    """The answer is data or stable coded errors; nothing internal shows. Returns the body."""
    status = response.status_code
    assert status == 200 or 400 <= status < 500, f"{what}: HTTP {status}: {response.text[:2000]}"
    try:
        body: dict[str, Any] = response.json()
    except ValueError:
        pytest.fail(f"{what}: HTTP {status} with a body that is not JSON: {response.text[:2000]}")
    errors = body.get("errors") or []
    assert status == 200 or errors, f"{what}: HTTP {status} without a coded error: {response.text[:2000]}"
    for error in errors:
        extensions = error.get("extensions") or {}
        code = extensions.get("code")
        assert code in STABLE_CODES, f"{what}: error code {code!r}: {error}"
        assert not LEAKY_EXTENSIONS & set(extensions), f"{what}: internals in extensions: {error}"
        for text in _strings({"message": error.get("message"), "extensions": extensions}):
            leak = LEAKS.search(_scrub(text, sent))
            assert leak is None, f"{what}: {leak.group(0)!r} reached the client: {error}"
    return body


# ---------------------------------------------------------------- (a) generated operations


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


def test_generated_queries(client: TestClient) -> None:
    times: list[float] = []
    assert QUERY_TYPE is not None
    operations = per_root_field(queries, QUERY_TYPE)

    @settings(max_examples=QUERY_EXAMPLES, **FUZZ_SETTINGS)
    @given(operation=operations)
    def run(operation: str) -> None:
        _post_generated(client, operation, times)

    run()
    _report("queries", times)
    assert len(times) >= 1000


# ---------------------------------------------------------------- (b) hostile strings in every String/ID argument

STRING_SCALARS = frozenset({"String", "ID"})
LOGIC = frozenset({"AND", "OR", "NOT"})
Leaf = tuple[str, ...]


@dataclass(frozen=True)
class Site:
    """Where a hostile string goes: an operation taking `$v`, and the leaves inside `$v` that carry the string."""

    name: str
    query: str
    leaves: tuple[Leaf, ...] = ((),)  # paths into $v; () is $v itself
    lists: frozenset[Leaf] = frozenset()  # leaves that take a list of strings
    base: Any = None  # the rest of $v (an input object's required fields)

    def variables(self, value: str) -> dict[str, Any]:
        if self.leaves == ((),):
            return {"v": [value] if () in self.lists else value}
        root: dict[str, Any] = json.loads(json.dumps(self.base or {}))
        for leaf in self.leaves:
            holder = root
            for step in leaf[:-1]:
                holder = holder.setdefault(step, {})
            holder[leaf[-1]] = [value] if leaf in self.lists else value
        return {"v": root}


def _unwrap_non_null(type_: GraphQLInputType) -> GraphQLInputType:
    return type_.of_type if isinstance(type_, GraphQLNonNull) else type_


def _is_list(type_: GraphQLInputType) -> bool:
    return isinstance(_unwrap_non_null(type_), GraphQLList)


def _selection(type_: GraphQLNamedType) -> str:
    """A small selection that makes the field's resolver run: a connection's edges and count, else a scalar."""
    if not isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
        return ""
    fields = type_.fields
    if "edges" in fields and "totalCount" in fields:
        return "{ totalCount edges { cursor } }"
    for name, field in fields.items():
        leaf = get_named_type(field.type)
        if isinstance(leaf, GraphQLScalarType | GraphQLEnumType) and not any(
            isinstance(a.type, GraphQLNonNull) for a in field.args.values()
        ):
            return f"{{ __typename {name} }}"
    return "{ __typename }"


def _type_text(type_: GraphQLInputType) -> str:
    if isinstance(type_, GraphQLNonNull):
        return f"{_type_text(type_.of_type)}!"
    if isinstance(type_, GraphQLList):
        return f"[{_type_text(type_.of_type)}]"
    return type_.name


class Fillers:
    """Valid values for what is not under attack: real ids of the demo where a name says which, else plain ones."""

    def __init__(self, node_ids: dict[str, str]) -> None:
        self.node_ids = node_ids
        self.by_name = {
            "id": node_ids["Grid"],
            "gridId": node_ids["Grid"],
            "scope": node_ids["Community"],
            "communityId": node_ids["Community"],
            "helperId": node_ids["Person"],
            "fromId": node_ids["Person"],
            "toId": node_ids["Household"],
        }

    def string(self, name: str) -> str:
        if name in self.by_name:
            return self.by_name[name]
        if name.endswith("Id"):
            label = name[0].upper() + name[1:-2]
            return self.node_ids.get(label, self.node_ids["Person"])
        return "fuzz"

    def value(self, name: str, type_: GraphQLInputType) -> Any:
        """A plain (JSON) value for a required input of `type_`."""
        inner = _unwrap_non_null(type_)
        if isinstance(inner, GraphQLList):
            return [self.value(name.removesuffix("s"), inner.of_type)]
        if isinstance(inner, GraphQLEnumType):
            return next(iter(inner.values))
        if isinstance(inner, GraphQLInputObjectType):
            return {
                n: self.value(n, f.type)
                for n, f in inner.fields.items()
                if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
            }
        assert isinstance(inner, GraphQLScalarType)
        plain = {"Int": 1, "Float": 1.0, "Boolean": False, "Date": "2024-05-01", "DateTime": "2024-05-01T08:00:00Z"}
        return self.string(name) if inner.name in STRING_SCALARS else plain[inner.name]

    def literal(self, name: str, type_: GraphQLInputType) -> str:
        value = self.value(name, type_)
        if isinstance(get_named_type(type_), GraphQLEnumType):
            return str(value)
        return json.dumps(value)


def _where_leaves(type_: GraphQLInputObjectType) -> tuple[list[Leaf], set[Leaf]]:
    """The String/ID leaves of a `where` one filter deep, e.g. ("name", "contains"), and those that take lists."""
    leaves: list[Leaf] = []
    lists: set[Leaf] = set()
    for prop, field in type_.fields.items():
        inner = get_named_type(field.type)
        if prop in LOGIC or not isinstance(inner, GraphQLInputObjectType) or "some" in inner.fields:
            continue
        for op, op_field in inner.fields.items():
            if get_named_type(op_field.type).name in STRING_SCALARS:
                leaves.append((prop, op))
                if _is_list(op_field.type):
                    lists.add((prop, op))
    return leaves, lists


def _relation_leaves(type_: GraphQLInputObjectType) -> tuple[list[Leaf], set[Leaf]]:
    """A leaf through the first relationship filter, quantified each way, e.g. ("buildings", "all", "name", "eq").

    One relationship and one leaf: more at once make a costly `where` (seconds on the demo), not a more hostile one."""
    for prop, field in type_.fields.items():
        inner = get_named_type(field.type)
        if isinstance(inner, GraphQLInputObjectType) and "some" in inner.fields:
            target = get_named_type(inner.fields["some"].type)
            assert isinstance(target, GraphQLInputObjectType)
            related, related_lists = _where_leaves(target)
            if related:
                leaves = [(prop, quantifier, *related[0]) for quantifier in ("some", "none", "all")]
                return leaves, {leaf for leaf in leaves if leaf[2:] in related_lists}
    return [], set()


def _input_leaves(type_: GraphQLInputObjectType, depth: int = 0) -> tuple[list[Leaf], set[Leaf]]:
    """String/ID leaves of a mutation input, one nested input object deep."""
    leaves: list[Leaf] = []
    lists: set[Leaf] = set()
    for name, field in type_.fields.items():
        inner = get_named_type(field.type)
        if inner.name in STRING_SCALARS:
            leaves.append((name,))
            if _is_list(field.type):
                lists.add((name,))
        elif isinstance(inner, GraphQLInputObjectType) and depth == 0 and not _is_list(field.type):
            nested, nested_lists = _input_leaves(inner, depth + 1)
            leaves += [(name, *leaf) for leaf in nested]
            lists |= {(name, *leaf) for leaf in nested_lists}
    return leaves, lists


def field_sites(
    owner: str,
    field_name: str,
    field: GraphQLField,
    fillers: Fillers,
    wrap: tuple[str, str],
    operation: str = "query",
    thorough: bool = True,
) -> Iterator[Site]:
    """Sites for every String/ID argument of one field; `wrap` puts the field in an operation ("head", "tail")."""
    head, tail = wrap
    selection = _selection(get_named_type(field.type))
    for arg_name, arg in field.args.items():
        named = get_named_type(arg.type)
        if named.name not in STRING_SCALARS and not isinstance(named, GraphQLInputObjectType):
            continue
        others = [
            f"{other_name}: {fillers.literal(other_name, other.type)}"
            for other_name, other in field.args.items()
            if other_name != arg_name and isinstance(other.type, GraphQLNonNull) and other.default_value is Undefined
        ]
        call = ", ".join([f"{arg_name}: $v", *others])
        query = f"{operation} Fuzz($v: {_type_text(arg.type)}) {{ {head}{field_name}({call}) {selection}{tail} }}"
        name = f"{owner}.{field_name}({arg_name})"
        if named.name in STRING_SCALARS:
            yield Site(name, query, lists=frozenset({()}) if _is_list(arg.type) else frozenset())
        elif isinstance(named, GraphQLInputObjectType) and operation == "mutation":
            # One leaf at a time: a mutation stops at its first bad field.
            leaves, lists = _input_leaves(named)
            base = fillers.value(arg_name, arg.type)
            for leaf in leaves:
                yield Site(f"{name}.{'.'.join(leaf)}", query, (leaf,), frozenset(lists & {leaf}), base)
        elif isinstance(named, GraphQLInputObjectType):
            # A `where`: every string filter of the entity at once (they combine with AND); when `thorough`, also
            # the same negated, and through a relationship filter.
            leaves, lists = _where_leaves(named)
            if leaves:
                yield Site(f"{name}:all", query, tuple(leaves), frozenset(lists))
            if leaves and thorough:
                negated = tuple(("NOT", *leaf) for leaf in leaves)
                yield Site(f"{name}:NOT", query, negated, frozenset(("NOT", *leaf) for leaf in lists))
            related, related_lists = _relation_leaves(named)
            if related and thorough:
                yield Site(f"{name}:related", query, tuple(related), frozenset(related_lists))


def root_sites(fillers: Fillers) -> list[Site]:
    assert QUERY_TYPE is not None
    return [s for name, f in QUERY_TYPE.fields.items() for s in field_sites("Query", name, f, fillers, ("", ""))]


def nested_sites(fillers: Fillers) -> list[Site]:
    """Fields with String/ID arguments on every node type, reached through node(id:) of a real node of that type."""
    sites: list[Site] = []
    for type_name, node_id in sorted(fillers.node_ids.items()):
        type_ = SCHEMA.type_map[type_name]
        assert isinstance(type_, GraphQLObjectType)
        head = f'node(id: "{node_id}") {{ ... on {type_name} {{ '
        for name, field in type_.fields.items():
            # The same `where` compilation as the root lists: only its plain form here.
            sites.extend(field_sites(type_name, name, field, fillers, (head, " } }"), thorough=False))
    return sites


def mutation_sites(fillers: Fillers) -> list[Site]:
    assert MUTATION_TYPE is not None
    return [
        s
        for name, f in MUTATION_TYPE.fields.items()
        for s in field_sites("Mutation", name, f, fillers, ("", ""), "mutation")
    ]


def node_ids(client: TestClient) -> dict[str, str]:
    """A real global id per node type, from the root list that returns it."""
    assert QUERY_TYPE is not None
    lists: dict[str, str] = {}
    for name, field in QUERY_TYPE.fields.items():
        target = get_named_type(field.type)
        if target.name.endswith("Connection") and "first" in field.args:
            lists.setdefault(target.name.removesuffix("Connection"), name)
    ids: dict[str, str] = {}
    pairs = sorted(lists.items())
    for start in range(0, len(pairs), 10):
        query = " ".join(
            f"{t}: {name}(first: 1) {{ edges {{ node {{ id }} }} }}" for t, name in pairs[start : start + 10]
        )
        body = check(post(client, f"{{ {query} }}"), "first ids")
        assert not body.get("errors"), body["errors"]
        for node_type, connection in body["data"].items():
            if connection["edges"]:
                ids[node_type] = connection["edges"][0]["node"]["id"]
    return ids


async def fingerprint(graph: Graph) -> dict[str, Any]:
    """What a read must not change: nodes, labels, relationships and their properties (the audit log aside)."""
    row = await graph.read_one(
        """
        CALL () { MATCH (n) WHERE NOT n:AuditEntry
                  RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps, sum(size(labels(n))) AS labels }
        CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS relProps }
        RETURN nodes, nodeProps, labels, rels, relProps
        """
    )
    assert row is not None and row["nodes"] > 1000
    return dict(row)


def post(client: TestClient, query: str, variables: dict[str, Any] | None = None) -> Any:
    """POST as escaped JSON, so that lone surrogates and NULs travel as the JSON text a client may send."""
    body = json.dumps({"query": query, "variables": variables or {}})
    return client.post("/graphql", content=body, headers={"Content-Type": "application/json"})


@dataclass
class Barrage:
    """Sends hostile values to sites and keeps the first wrong answer per site and kind, so one run shows them all."""

    client: TestClient
    sent: int = 0
    problems: dict[str, str] = dataclasses.field(default_factory=dict)
    timings: list[tuple[float, str]] = dataclasses.field(default_factory=list)

    def send(self, site: Site, value: str) -> None:
        variables = site.variables(value)
        started = time.perf_counter()
        response = post(self.client, site.query, variables)
        self.timings.append((time.perf_counter() - started, f"{site.name} {value[:30]!r}"))
        self.sent += 1
        try:
            check(response, site.name, (value,))
        except AssertionError as failure:
            kind = re.search(r"error code '(\w+)'|HTTP \d+|'[^']+' reached the client", str(failure))
            self.problems.setdefault(
                f"{site.name} {kind.group(0) if kind else ''}",
                f"{site.name}: {str(failure).splitlines()[0][:300]}\n    {site.query}\n    variables: "
                f"{_short(variables)}\n    answer: {response.text[:300]}",
            )

    def slowest(self) -> str:
        kinds: dict[str, float] = {}
        for t, what in self.timings:
            kind = what.split(" ")[0].split(":")[-1] if ":" in what.split(" ")[0] else "args"
            kinds[kind] = kinds.get(kind, 0.0) + t
        top = "\n".join(f"{t:.2f} s {what}" for t, what in sorted(self.timings)[-10:])
        return f"{kinds}\n{top}"

    def verdict(self) -> str:
        return f"{len(self.problems)} wrong answers:\n" + "\n".join(sorted(self.problems.values()))


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) < 400 else f"{text[:250]}…{text[-80:]}"


def rotation(values: tuple[str, ...], index: int, count: int) -> tuple[str, ...]:
    """`count` of `values`, a different share for each site index."""
    start = index * count % len(values)
    return tuple(values[(start + k) % len(values)] for k in range(count))


def values_for(site: Site, index: int) -> tuple[str, ...]:
    """The hostile strings one site gets. Fields with code of their own get the most; the generated lists and the
    nested fields, which share cursor decoding and `where` compilation, a rotating share so that all get sent."""
    cursor = site.name.endswith(("(after)", "(before)"))
    if site.name.startswith("Mutation."):
        return rotation(CORE, index, 1) + rotation(ROTATING, index, 1)
    if not site.name.startswith("Query."):
        return rotation(CURSORS, index, 2) if cursor else rotation(CORE + ROTATING, index, 1)
    if "totalCount" not in site.query:
        return CORE + rotation(ROTATING, index, 9)
    if site.name.endswith("(after)"):
        return rotation(CURSORS, index, 6)
    if site.name.endswith(":all"):
        return rotation(CORE, index, 3) + rotation(ROTATING, index, 1)
    return rotation(CURSORS if cursor else CORE, index, 1) + rotation(CURSORS if cursor else ROTATING, index, 1)


async def test_hostile_strings_in_every_read_argument(client: TestClient, demo_graph: Graph) -> None:
    before = await fingerprint(demo_graph)
    fillers = Fillers(node_ids(client))
    sites = root_sites(fillers) + nested_sites(fillers)
    barrage = Barrage(client)
    started = time.perf_counter()
    for index, site in enumerate(sites):
        for value in values_for(site, index):
            barrage.send(site, value)
    fixed = barrage.sent

    @settings(max_examples=TEXT_EXAMPLES, **FUZZ_SETTINGS)
    @given(site=st.sampled_from(sites), value=st.text())
    def random_text(site: Site, value: str) -> None:
        barrage.send(site, value)

    random_text()
    print(
        f"\nhostile reads: {len(sites)} sites, {fixed} hostile strings and {barrage.sent - fixed} generated texts "
        f"in {time.perf_counter() - started:.1f} s; slowest: {barrage.slowest()}"
    )
    assert not barrage.problems, barrage.verdict()
    assert fixed >= 1000
    covered = {s.name.split("(")[0] for s in sites}
    assert covered >= {
        "Query.node",
        "Query.nodes",
        "Query.search",
        "Query.neighborhood",
        "Query.paths",
        "Grid.buildings",
    }
    assert await fingerprint(demo_graph) == before


def test_lone_surrogates_are_the_callers_error(client: TestClient) -> None:
    """A lone surrogate arrives as a valid JSON escape; it cannot go on to Neo4j, and must not crash on the way."""
    fillers = Fillers(node_ids(client))
    sites = [s for s in root_sites(fillers) if "totalCount" not in s.query or s.name.endswith(("(after)", ":all"))]
    barrage = Barrage(client)
    for site in sites:
        for value in SURROGATES:
            barrage.send(site, value)
    assert not barrage.problems, barrage.verdict()


# ---------------------------------------------------------------- mutations, on a throw-away copy of the demo


def test_generated_mutations(scratch_client: TestClient) -> None:
    times: list[float] = []
    assert MUTATION_TYPE is not None
    operations = per_root_field(mutations, MUTATION_TYPE)

    @settings(max_examples=MUTATION_EXAMPLES, **FUZZ_SETTINGS)
    @given(operation=operations)
    def run(operation: str) -> None:
        _post_generated(scratch_client, operation, times)

    run()
    _report("mutations", times)
    assert len(times) >= MUTATION_EXAMPLES


def test_hostile_strings_in_every_mutation_input(scratch_client: TestClient) -> None:
    fillers = Fillers(node_ids(scratch_client))
    sites = mutation_sites(fillers)
    barrage = Barrage(scratch_client)
    started = time.perf_counter()
    for index, site in enumerate(sites):
        for value in values_for(site, index):
            barrage.send(site, value)
    print(f"\nhostile mutations: {len(sites)} sites, {barrage.sent} sent in {time.perf_counter() - started:.1f} s")
    assert not barrage.problems, barrage.verdict()
    assert {s.name.split("(")[0] for s in sites} >= {"Mutation.createWish", "Mutation.reportEvent"}
