"""The best-skilled holders of each skill in each community, kept for the far helpers: built by the loader."""

from __future__ import annotations

from graph.core.db import Graph
from graph.matching.pool import FAR_LIMIT

# A wish's far helpers are the FAR_LIMIT best holders of its skills in its community, by level, then id. Sorting
# every holder of a skill for each pool read grew with the community (16.7k → 46k db hits per wish from 10k to 1M
# residents). A range index on the holder relationship cannot serve it: a person's community is found through their
# home or their grid post, not stored on HAS_SKILL, and may be more than one. So each (community, skill) has a small
# node holding the ids of its best FAR_LIMIT holders in that order: a pool read finds it by its key (a unique
# constraint) and reads FAR_LIMIT people, whatever the community's size. Only the loader writes HAS_SKILL and where
# people live or work, so it rebuilds the pools of the community it loaded; a writer of either would refresh the
# community's pools with `rebuild` too. A holder who left is skipped when read (the rest keep their order).
POOL_SIZE = FAR_LIMIT

# A holder of the community: living in one of its grids or working one (the pool query's `inCommunity`).
REBUILD = """
UNWIND $communityIds AS cid
MATCH (c:Community {id: cid})
CALL (c) { MATCH (p:SkillPool {community: c.id}) DELETE p }
CALL (c) {
  CALL (c) {
    MATCH (c)<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(h:Person)
    RETURN h
    UNION
    MATCH (c)<-[:IN_COMMUNITY]-(:Grid)<-[:WORKS_GRID]-(h:Person)
    RETURN h
  }
  MATCH (h)-[r:HAS_SKILL]->(s:Skill)
  WITH s, h, r.level AS level ORDER BY level DESC, h.id
  WITH s, collect(h.id)[..$size] AS holders
  CREATE (:SkillPool {community: c.id, skill: s.id, holders: holders})
  RETURN count(*) AS pools
}
RETURN sum(pools) AS pools
"""


COMMUNITIES = "MATCH (c:Community) RETURN c.id AS id ORDER BY id"


async def rebuild(graph: Graph, community_ids: list[str] | None = None) -> int:
    """Replace the communities' (by default every community's) skill pools by the holders they now have; returns how
    many pools there are."""
    if community_ids is None:
        community_ids = [r["id"] for r in await graph.read(COMMUNITIES)]
    row = await graph.write(REBUILD, communityIds=community_ids, size=POOL_SIZE)
    return int(row[0]["pools"]) if row else 0
