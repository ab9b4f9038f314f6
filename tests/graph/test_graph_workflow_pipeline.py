"""`once` on a real Neo4j: a key runs its change once, even when requests race; another request is refused; each
person's keys are their own."""

from __future__ import annotations

import asyncio

import pytest

from graph.core.db import Graph, Tx
from graph.core.errors import KeyReused
from graph.workflow.pipeline import Result, once


async def bump(tx: Tx) -> Result:
    rows = await tx.run("MERGE (c:Counter {id: 'c'}) SET c.n = coalesce(c.n, 0) + 1 RETURN c.n AS n")
    return {"n": rows[0]["n"]}


async def test_a_key_runs_once_and_replays(graph: Graph) -> None:
    first = await once(graph, "p1", "k1", {"action": "bump"}, bump)
    again = await once(graph, "p1", "k1", {"action": "bump"}, bump)
    assert (first, again) == (({"n": 1}, False), ({"n": 1}, True))
    assert (await once(graph, "p1", None, {"action": "bump"}, bump)) == ({"n": 2}, False)
    with pytest.raises(KeyReused) as err:
        await once(graph, "p1", "k1", {"action": "other"}, bump)
    assert err.value.argument == "idempotencyKey"


async def test_a_key_belongs_to_the_person_who_sent_it(graph: Graph) -> None:
    await graph.write("MATCH (c:Counter) DELETE c")
    mine = await once(graph, "p1", "shared", {"action": "bump"}, bump)
    # Another person sending the same key neither replays the first person's result nor is refused: it acts.
    theirs = await once(graph, "p2", "shared", {"action": "bump"}, bump)
    assert (mine, theirs) == (({"n": 1}, False), ({"n": 2}, False))
    assert (await once(graph, "p2", "shared", {"action": "bump"}, bump)) == ({"n": 2}, True)
    with pytest.raises(KeyReused):
        await once(graph, "p2", "shared", {"action": "other"}, bump)


async def test_racing_requests_with_one_key_act_once(graph: Graph) -> None:
    await graph.write("MATCH (c:Counter) DELETE c")
    results = await asyncio.gather(*(once(graph, "p1", "race", {"action": "bump"}, bump) for _ in range(20)))
    assert {r[0]["n"] for r in results} == {1}
    assert sum(1 for _, replayed in results if not replayed) == 1
    assert (await graph.read("MATCH (c:Counter) RETURN c.n AS n"))[0]["n"] == 1
