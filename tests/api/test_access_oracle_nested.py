"""Every relationship field of every type, per role, against README's table as plain Cypher (the oracle of
tests/api/access_oracle.py): from a parent the role sees, a field counts what the oracle says it may reach.

A related node counts when the role sees it and every node in between (a multi-hop field must not leak its hidden
middle), and a membership or attendance only with full access to the person at its end (README).
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.core.db import Graph
from graph.core.model import ENTITIES, Rel
from tests.api.access_oracle import SIGNED_IN, World, the_world
from tests.api.gql import gid, gql_as

SENSITIVE = frozenset({"IN_SPECIAL_GROUP", "ATTENDED"})
PARENTS = 2  # parents per label and role: the first the role sees, by id
CHUNK = 12  # fields per request, under the cost limit


@pytest.fixture
async def world(demo_graph: Graph) -> World:
    return await the_world(demo_graph)


def reach(rel: Rel) -> str:
    """The field's own pattern (from the model), returning each related node with what lies on the way."""
    return (
        f"MATCH path = {rel.pattern} WHERE src.id = $id AND $label IN labels(src) AND $target IN labels(dst) "
        "RETURN DISTINCT dst.id AS id, [n IN nodes(path)[1..-1] | [n.id, CASE WHEN n:Person THEN 'Person' ELSE labels(n)[0] END]] AS middle, "
        "[r IN relationships(path) | type(r)] AS types, "
        "[n IN nodes(path) WHERE n:Person | n.id] AS people"
    )


async def expected(graph: Graph, world: World, role: str, label: str, parent: str, rel: Rel) -> int:
    rows = await graph.read(reach(rel), id=parent, label=label, target=rel.target)
    viewer = world.viewers[role]
    full = await world.oracle.full(viewer)
    count = set()
    for r in rows:
        if r["id"] not in await world.seen(role, rel.target):
            continue
        hidden_middle = [mid for mid, mid_label in r["middle"] if mid not in await world.seen(role, mid_label)]
        if hidden_middle:
            continue
        if SENSITIVE & set(r["types"]) and not set(r["people"]) <= full:
            continue
        count.add(r["id"])
    return len(count)


def selection(rel: Rel, alias: str) -> str:
    if rel.many:
        return f"{alias}: {rel.field}(first: 1) {{ totalCount }}"
    return f"{alias}: {rel.field} {{ __typename }}"


def got(rel: Rel, value: Any) -> int:
    if rel.many:
        return int(value["totalCount"])
    return 0 if value is None else 1


WITH_RELS = sorted(label for label, e in ENTITIES.items() if e.rels)


@pytest.mark.parametrize("role", SIGNED_IN)
@pytest.mark.parametrize("label", WITH_RELS)
async def test_each_relationship_reaches_what_the_table_says(
    label: str, role: str, client: TestClient, world: World, demo_graph: Graph
) -> None:
    seen = sorted(await world.seen(role, label))
    if not seen:
        assert not await world.seen(role, label)  # nothing to start from: the role sees no row of this label
        return
    own = world.viewers[role].person
    parents = ([own] if own in seen else []) + [p for p in seen[:PARENTS] if p != own]
    rels = ENTITIES[label].rels
    differences = []
    for parent in parents[:PARENTS]:
        for start in range(0, len(rels), CHUNK):
            chunk = rels[start : start + CHUNK]
            fields = " ".join(selection(r, f"f{i}") for i, r in enumerate(chunk))
            query = f"query($id: ID!) {{ node(id: $id) {{ ... on {label} {{ {fields} }} }} }}"
            body = gql_as(client, world.token(role), query, id=gid(label, parent))
            assert "errors" not in body, body
            node = body["data"]["node"]
            assert node is not None, (label, parent)
            for i, rel in enumerate(chunk):
                want = await expected(demo_graph, world, role, label, parent, rel)
                if got(rel, node[f"f{i}"]) != want:
                    differences.append((parent, rel.field, got(rel, node[f"f{i}"]), want))
    assert differences == [], differences
