"""Every id argument of the schema, at the root, on each node type and in every mutation input, answers an id that names
nothing, or names it in the wrong format or of the wrong type, with a code: never a silent empty answer, never an
internal error. The one exception is Relay's: a lookup (`node`, `wish(id:)` …) of a well-formed id of nothing is null.

Database ids are accepted wherever a global id is (README's API section): arguments of several types (`node`,
`neighborhood`, a plan's `scope`) look among their types."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLInputObjectType, GraphQLObjectType, get_named_type
from starlette.testclient import TestClient

from schema.relay import from_global_id, to_global_id
from tests.api.fuzz_answers import MUTATION_TYPE, QUERY_TYPE, SCHEMA, check
from tests.api.fuzz_fillers import Fillers, node_ids
from tests.api.fuzz_sites import Site, mutation_sites, nested_sites, root_sites
from tests.api.gql import uncursored
from tests.auth import ADMIN

# Well-formed or not, none of these names anything in the demo.
MALFORMED = "no such thing!"
NOTHING = to_global_id("Wish", "no-such-wish")
WRONG_TYPE = to_global_id("AuditEntry", "no-such-entry")
# FORBIDDEN where the caller's role may never take the step: refused before its ids are read, and coded.
CODED = {"BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN"}


def _arg_type(site: Site) -> Any:
    """The named GraphQL type of the argument or input leaf a site's `$v` fills."""
    owner, _, rest = site.name.partition(".")
    field_name, _, after = rest.partition("(")
    arg_name, _, path = after.partition(")")
    owner_type = SCHEMA.type_map[owner]
    assert isinstance(owner_type, GraphQLObjectType)
    named = get_named_type(owner_type.fields[field_name].args[arg_name].type)
    for step in (s for s in path.split(".") if s):
        assert isinstance(named, GraphQLInputObjectType)
        named = get_named_type(named.fields[step].type)
    return named


def id_sites(sites: list[Site]) -> list[Site]:
    return [s for s in sites if ":" not in s.name and _arg_type(s).name == "ID"]


def _lookup(site: Site) -> str | None:
    """The field's name when it answers null for an id of nothing: Relay's node(s), a typed lookup (`wish(id:)`)."""
    owner, _, rest = site.name.partition(".")
    field_name = rest.partition("(")[0]
    if owner != "Query":
        return None
    assert QUERY_TYPE is not None
    returned = QUERY_TYPE.fields[field_name].type
    typed = returned is get_named_type(returned) and field_name == returned.name[0].lower() + returned.name[1:]
    return field_name if field_name in ("node", "nodes") or typed else None


def _may_be_null(site: Site, value: str) -> bool:
    # A lookup reads a malformed id as the database id of nothing.
    return _lookup(site) is not None


def _refusals(client: TestClient, sites: list[Site]) -> list[str]:
    problems = []
    for site in sites:
        for value in (MALFORMED, NOTHING, WRONG_TYPE):
            response = client.post(
                "/graphql",
                json={"query": site.query, "variables": site.variables(value)},
                headers=ADMIN,
            )
            body = check(response, f"{site.name} = {value!r}", (value,))
            codes = {e["extensions"]["code"] for e in body.get("errors") or []}
            if codes:
                if not codes <= CODED:
                    problems.append(f"{site.name} = {value!r}: {codes}")
            elif not _may_be_null(site, value):
                problems.append(f"{site.name} = {value!r}: answered without a code: {body.get('data')}")
    return problems


def test_every_root_id_argument_says_when_it_names_nothing(client: TestClient) -> None:
    fillers = Fillers(node_ids(client))
    sites = id_sites(root_sites(fillers) + nested_sites(fillers))
    assert len(sites) >= 10, [s.name for s in sites]
    assert not (problems := _refusals(client, sites)), "\n".join(problems)


def test_every_mutation_id_says_when_it_names_nothing(scratch_client: TestClient) -> None:
    assert MUTATION_TYPE is not None
    fillers = Fillers(node_ids(scratch_client))
    sites = id_sites(mutation_sites(fillers))
    assert {s.name.split("(")[0] for s in sites} >= {"Mutation.createWish", "Mutation.claimWish"}
    assert not (problems := _refusals(scratch_client, sites)), "\n".join(problems)


def test_the_sweep_tells_lookups_from_arguments() -> None:
    """The exception is the lookups' alone: node and wish(id:) are lookups, matchPlan's scope is not."""
    assert _lookup(Site("Query.node(id)", "")) == "node"
    assert _lookup(Site("Query.wish(id)", "")) == "wish"
    assert _lookup(Site("Query.matchPlan(scope)", "")) is None
    assert _may_be_null(Site("Query.node(id)", ""), MALFORMED)
    assert not _may_be_null(Site("Query.matchPlan(scope)", ""), MALFORMED)


def _database_id(global_id: str) -> str:
    decoded = from_global_id(global_id)
    assert decoded is not None
    return decoded[1]


def test_a_database_id_answers_as_its_global_id_everywhere(client: TestClient) -> None:
    """README's id rule: wherever a node's global id is taken, its database id is too, with the same answer; the
    arguments of several types (`node`, `neighborhood`, a plan's `scope`) look among their types."""
    ids = node_ids(client)
    sites = id_sites(root_sites(Fillers(ids)))
    accepted: list[str] = []
    problems = []
    for site in sites:
        for label, global_id in sorted(ids.items()):
            answers = []
            for value in (global_id, _database_id(global_id)):
                response = client.post(
                    "/graphql", json={"query": site.query, "variables": site.variables(value)}, headers=ADMIN
                )
                answers.append(uncursored(check(response, f"{site.name} = {value!r}", (value,))))
            by_global, by_database = answers
            if by_global.get("errors"):
                continue  # not an id this argument takes
            accepted.append(f"{site.name}:{label}")
            if by_database != by_global:
                problems.append(f"{site.name} with a {label}'s database id: {by_database} != {by_global}")
    assert not problems, "\n".join(problems)
    # Both kinds of argument were tried: several types (node, neighborhood) and one (a typed lookup).
    assert {"Query.node(id):Wish", "Query.node(id):Person", "Query.wish(id):Wish"} <= set(accepted), accepted
