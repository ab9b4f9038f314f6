"""Each community's kept skill pools (graph/matching/skillpools.py), on the demo: the best holders the pool query
once sorted from every holder of the skill, kept to those of the community, in the same order."""

from __future__ import annotations

from graph.core.db import Graph
from graph.matching import rebuild_skill_pools
from graph.matching.pool import FAR_LIMIT

# The far helpers' sort before the pools (the reference), of the people living or working in the community.
SORTED = """
MATCH (s:Skill)<-[r:HAS_SKILL]-(h:Person)
WHERE EXISTS { (h)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                 -[:IN_COMMUNITY]->(:Community {id: $community}) }
   OR EXISTS { (h)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(:Community {id: $community}) }
WITH s, h, r.level AS level ORDER BY level DESC, h.id
RETURN s.id AS skill, collect(h.id)[..$limit] AS holders
"""
KEPT = "MATCH (p:SkillPool {community: $community}) RETURN p.skill AS skill, p.holders AS holders"


async def test_the_kept_pools_are_the_sorted_best_holders_of_the_community(demo_graph: Graph) -> None:
    def by_skill(rows: list[dict[str, object]]) -> dict[object, object]:
        return {r["skill"]: r["holders"] for r in rows}

    reference = by_skill(await demo_graph.read(SORTED, community="jf", limit=FAR_LIMIT))
    assert len(reference) > 5 and any(len(h) == FAR_LIMIT for h in reference.values())  # type: ignore[arg-type]
    assert by_skill(await demo_graph.read(KEPT, community="jf")) == reference
    assert await rebuild_skill_pools(demo_graph) == len(reference)  # every community by default: the demo's one
    assert by_skill(await demo_graph.read(KEPT, community="jf")) == reference
