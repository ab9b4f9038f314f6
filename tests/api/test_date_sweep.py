"""Every date argument of the schema — plain, inside a `where`, inside a mutation's input — refuses what is not a date
with BAD_USER_INPUT naming its argument, as a variable and as a literal; and a DateTime given as a bare date answers
as the same instant written with the community's offset (never a silent empty answer)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLField, GraphQLInputObjectType, GraphQLInputType, get_named_type
from starlette.testclient import TestClient

from tests.api.fuzz_answers import MUTATION_TYPE, QUERY_TYPE, SCHEMA, check
from tests.api.fuzz_fillers import Fillers, node_ids
from tests.api.fuzz_sites import LOGIC, other_arguments, selection_of
from tests.api.gql import uncursored
from tests.auth import ADMIN

DATES = frozenset({"Date", "DateTime"})
NOT_A_DATE = "June 1st"
Leaf = tuple[str, ...]


@dataclass(frozen=True)
class DateSite:
    name: str  # e.g. Query.wishes(where).createdAt.gte
    field: str
    argument: str
    type_text: str
    leaf: Leaf
    scalar: str
    others: str  # the field's other required arguments, as literals
    selection: str
    base: Any  # the rest of the argument's value (a mutation input's required fields)

    def value(self, date: str) -> Any:
        if not self.leaf:
            return date
        root: dict[str, Any] = json.loads(json.dumps(self.base or {}))
        holder = root
        for step in self.leaf[:-1]:
            holder = holder.setdefault(step, {})
        holder[self.leaf[-1]] = date
        return root

    def by_variable(self, operation: str, date: str) -> dict[str, Any]:
        call = ", ".join(a for a in (f"{self.argument}: $v", self.others) if a)
        query = f"{operation}($v: {self.type_text}) {{ {self.field}({call}) {self.selection} }}"
        return {"query": query, "variables": {"v": self.value(date)}}

    def by_literal(self, date: str) -> dict[str, Any]:
        call = ", ".join(a for a in (f"{self.argument}: {_literal(self.value(date))}", self.others) if a)
        return {"query": f"{{ {self.field}({call}) {self.selection} }}"}


def _literal(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_literal(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _leaves(type_: GraphQLInputObjectType, depth: int = 0) -> list[tuple[Leaf, str]]:
    """The date leaves of an input, two objects deep (`where: {createdAt: {gte}}`, `input: {deadline}`); logic
    and relationship filters reuse the same filter types, so they add nothing here."""
    found: list[tuple[Leaf, str]] = []
    for name, field in type_.fields.items():
        inner = get_named_type(field.type)
        if inner.name in DATES:
            found.append(((name,), inner.name))
        elif (
            isinstance(inner, GraphQLInputObjectType) and depth < 1 and name not in LOGIC and "some" not in inner.fields
        ):
            found += [((name, *leaf), scalar) for leaf, scalar in _leaves(inner, depth + 1)]
    return found


def _sites(owner: str, fields: dict[str, GraphQLField], fillers: Fillers) -> list[DateSite]:
    sites = []
    for field_name, field in fields.items():
        for arg_name, arg in field.args.items():
            named = get_named_type(arg.type)
            if named.name in DATES:
                leaves: list[tuple[Leaf, str]] = [((), named.name)]
            elif isinstance(named, GraphQLInputObjectType):
                leaves = _leaves(named)
            else:
                continue
            others = ", ".join(other_arguments(field, arg_name, fillers))
            required: GraphQLInputType = arg.type
            base = fillers.value(arg_name, required) if owner == "Mutation" and leaves and leaves[0][0] else None
            selection = selection_of(get_named_type(field.type))
            for leaf, scalar in leaves:
                name = f"{owner}.{field_name}({arg_name}){''.join('.' + s for s in leaf)}"
                sites.append(DateSite(name, field_name, arg_name, str(arg.type), leaf, scalar, others, selection, base))
    return sites


def _post(client: TestClient, payload: dict[str, Any], what: str) -> dict[str, Any]:
    return check(client.post("/graphql", json=payload, headers=ADMIN), what)


def _refused_naming(body: dict[str, Any], argument: str) -> str | None:
    """None when the answer is a refusal coded BAD_USER_INPUT that names `argument`; else what it was."""
    errors = body.get("errors") or []
    wanted = {"code": "BAD_USER_INPUT", "argument": argument}
    if errors and all({k: (e.get("extensions") or {}).get(k) for k in wanted} == wanted for e in errors):
        return None
    return json.dumps(body, ensure_ascii=False)[:400]


def test_every_date_argument_refuses_what_is_not_a_date_and_names_it(client: TestClient) -> None:
    assert QUERY_TYPE is not None and MUTATION_TYPE is not None
    fillers = Fillers(node_ids(client))
    reads = _sites("Query", QUERY_TYPE.fields, fillers)
    writes = _sites("Mutation", MUTATION_TYPE.fields, fillers)
    problems = []
    for site in reads + writes:
        operation = "mutation" if site in writes else "query"
        sent = {"as a variable": site.by_variable(operation, NOT_A_DATE)}
        if operation == "query":
            sent["as a literal"] = site.by_literal(NOT_A_DATE)
        for how, payload in sent.items():
            if (wrong := _refused_naming(_post(client, payload, site.name), site.argument)) is not None:
                problems.append(f"{site.name} {how}: {wrong}")
    assert not problems, "\n".join(problems)
    # The sweep reaches every kind of place a date is taken: plain, in a `where`, in a mutation's input.
    names = {s.name for s in reads + writes}
    assert {"Query.statistics(from)", "Query.wishes(where).createdAt.gte"} <= names, sorted(names)
    assert any(s.leaf for s in writes), sorted(names)
    # Every input type with a date in it is reached from some root field.
    with_dates = {t.name for t in SCHEMA.type_map.values() if isinstance(t, GraphQLInputObjectType) and _leaves(t)}
    reached = {get_named_type(f.args[s.argument].type).name for s in reads + writes for f in _fields(s)}
    assert with_dates - reached <= {"DateTimeFilter", "DateFilter"}, sorted(with_dates - reached)


def _fields(site: DateSite) -> list[GraphQLField]:
    assert QUERY_TYPE is not None and MUTATION_TYPE is not None
    return [t.fields[site.field] for t in (QUERY_TYPE, MUTATION_TYPE) if site.field in t.fields]


def test_a_bare_date_answers_as_the_same_instant_with_the_community_offset(client: TestClient) -> None:
    assert QUERY_TYPE is not None
    sites = [s for s in _sites("Query", QUERY_TYPE.fields, Fillers(node_ids(client))) if s.scalar == "DateTime"]
    assert len(sites) >= 20, [s.name for s in sites]
    problems = []
    for site in sites:
        zoned = _post(client, site.by_variable("query", "2023-06-01T00:00:00+08:00"), site.name)
        if zoned.get("errors"):
            problems.append(f"{site.name}: the zoned date-time was refused: {zoned['errors']}")
            continue
        for bare in ("2023-06-01", "2023-06-01T00:00:00"):
            answer = _post(client, site.by_variable("query", bare), site.name)
            if uncursored(answer) != uncursored(zoned):
                problems.append(f"{site.name} = {bare!r}: {str(answer)[:300]} != {str(zoned)[:300]}")
    assert not problems, "\n".join(problems)
