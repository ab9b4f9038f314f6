"""The synthetic community of one size: loaded alone beside the demo, timed, and the ids its operations need."""

from __future__ import annotations

import time
from dataclasses import dataclass

from benchmarks.performance.operations import Operation, operations
from benchmarks.performance.progress import say
from graph.core.db import Connection, Graph
from graph.core.loading import delete_community, fresh_plans
from graph.core.model import ENTITIES, PERSON_ROLES
from seeds.load import load_synthetic
from seeds.synthetic import community_id

# Small look-ups of ids, as in benchmarks/matching.py; the measured queries are the API's own, captured.
FIRST_RESIDENT = "MATCH (p:Person:Resident) WHERE p.id STARTS WITH $prefix RETURN p.id AS id ORDER BY id LIMIT 1"
FIRST_PUBLISHED_WISH = (
    "MATCH (w:Wish {status: 'PUBLISHED'})-[:IN_GRID]->(g:Grid)-[:IN_COMMUNITY]->(:Community {id: $c}) "
    "RETURN w.id AS wish, g.id AS grid ORDER BY wish LIMIT 1"
)
COMMUNITIES = "MATCH (c:Community) RETURN c.id AS id ORDER BY id"


@dataclass(frozen=True)
class Prepared:
    load_s: float
    nodes: int
    relationships: int
    others: list[str]
    operations: list[Operation]


async def prepare(conn: Connection, residents: int) -> Prepared:
    """Delete any earlier copy (not timed), generate and load the community (timed), then look up its ids."""
    cid = community_id(residents)
    graph = Graph.connect(conn, timeout_s=1800)
    try:
        # Only this size in the database (beside the demo): community-wide queries (candidates' branch loads,
        # communityStats) were seen to cost several times more at 10k with the 1M community loaded beside it.
        for other in [r["id"] for r in await graph.read(COMMUNITIES) if r["id"].startswith("syn")] + [cid]:
            t = time.perf_counter()
            deleted = await delete_community(graph, other)
            if deleted:
                say(f"{other}: deleted ({deleted:,} nodes) in {time.perf_counter() - t:.1f} s")
        say(f"{cid}: generating and loading {residents:,} residents")
        t = time.perf_counter()
        counts = await load_synthetic(graph, residents, progress=False, replace=True)
        load_s = time.perf_counter() - t
        nodes = sum(n for key, n in counts.items() if key in ENTITIES)
        rels = sum(n for key, n in counts.items() if key not in ENTITIES and key not in PERSON_ROLES.values())
        say(f"{cid}: loaded {nodes:,} nodes and {rels:,} relationships in {load_s:.1f} s")
        # Plans compiled over other data are otherwise reused (see the CI guard); statistics are refreshed too.
        await fresh_plans(graph)
        person = await graph.read_one(FIRST_RESIDENT, prefix=f"{cid}-")
        found = await graph.read_one(FIRST_PUBLISHED_WISH, c=cid)
        if person is None or found is None:
            raise RuntimeError(f"{cid} has no resident or no PUBLISHED wish")
        others = [r["id"] for r in await graph.read(COMMUNITIES) if r["id"] != cid]
    finally:
        await graph.close()
    return Prepared(load_s, nodes, rels, others, operations(cid, person["id"], found["wish"], found["grid"]))
