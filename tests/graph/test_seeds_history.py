"""Seeded histories as Neo4j holds them after loading: every seeded wish, event, dispute and council topic got to its
state along its workflow's table (replayed by tests/unit/test_seeds_history.py's check), on the demo and a small
synthetic community; a workflow step on a seeded case continues its history."""

from __future__ import annotations

from typing import LiteralString, cast

import pytest

from graph.core.db import Graph
from graph.wishes import transition
from graph.workflow import Actor
from seeds import synthetic
from seeds.load import load, load_demo
from tests.unit.test_seeds_history import KINDS, SMALL, Kind, errors

COMMUNITIES = ("jf", synthetic.community_id(SMALL))
# Each case with its history; labels and relationship types from KINDS, which name the model's own.
CASES = """
MATCH (c:{label}) WHERE c.id STARTS WITH $prefix
RETURN c {{.*}} AS case, [(s:{history})-[:{of}]->(c) | s {{.*}}] AS steps
ORDER BY c.id
"""
PEOPLE = "MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN p.id AS id"


@pytest.fixture(scope="module")
async def seeded(session_graph: Graph, _empty_module_db: None) -> Graph:
    """The demo and a small synthetic community, each loaded twice: a second load changes nothing."""
    for _ in range(2):
        await load_demo(session_graph, progress=False)
        await load(session_graph, synthetic.generate(SMALL), progress=False)
    return session_graph


async def _errors(graph: Graph, kind: Kind, community: str) -> tuple[int, list[str]]:
    query = cast(LiteralString, CASES.format(label=kind.label, history=kind.history, of=kind.of))
    rows = await graph.read(query, prefix=f"{community}-")
    people = frozenset(r["id"] for r in await graph.read(PEOPLE, prefix=f"{community}-"))
    return len(rows), [e for row in rows for e in errors(kind, row["case"], row["steps"], people)]


@pytest.mark.parametrize("community", COMMUNITIES)
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.label)
async def test_every_seeded_case_got_to_its_state_along_its_table(seeded: Graph, kind: Kind, community: str) -> None:
    cases, found = await _errors(seeded, kind, community)
    assert cases > 0
    assert found == []


async def test_a_step_on_a_seeded_wish_continues_its_history(seeded: Graph) -> None:
    row = await seeded.read_one(
        """MATCH (w:Wish {status: 'PUBLISHED'})<-[:OF_WISH]-(t:WishTransition {action: 'publish'})
           WHERE w.id STARTS WITH 'jf-'
           RETURN w.id AS id, t.actorId AS staff, COUNT { (w)<-[:OF_WISH]-() } AS steps ORDER BY w.id LIMIT 1"""
    )
    assert row is not None
    done = await transition(seeded, Actor(row["staff"]), wish_id=row["id"], action="cancel")
    assert done.step is not None
    assert (done.step.id, done.step.get("version")) == (f"{row['id']}-t{row['steps']}", row["steps"])
    assert (done.step.get("fromStatus"), done.step.get("toStatus")) == ("PUBLISHED", "CANCELLED")
    wish = KINDS[0]
    query = cast(LiteralString, CASES.format(label=wish.label, history=wish.history, of=wish.of))
    after = next(r for r in await seeded.read(query, prefix="jf-") if r["case"]["id"] == row["id"])
    # The step was taken now, after the demo's clock: only its time is outside the seeded window.
    assert [e for e in errors(wish, after["case"], after["steps"]) if "after now" not in e] == []
