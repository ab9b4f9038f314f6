"""The candidate pool: eligible helpers of wishes (or wishes of helpers), ranked; a large pool read in chunks."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph, Row
from graph.core.records import NodeRecord
from graph.matching import queries
from graph.matching.features import WishState, branch_loads, entity_label, features, wish_state
from graph.matching.queries import BRANCH_LOADS, helpers
from graph.matching.scoring import Features, Scored, rank
from graph.wishes import OCCUPYING

# Claims on wishes in these states still occupy the helper (the same rule the claim mutation enforces).
ACTIVE = sorted(OCCUPYING)
# A wish's far helpers: the best-skilled holders of its skills, from anywhere.
FAR_LIMIT = 30
# Pools with more (wish, helper) pairs than this are scored on a worker thread (about 10 ms of scoring).
THREAD_PAIRS = 1_000
# Pools of more wishes are read in chunks of this many: one result per chunk keeps Neo4j's memory bounded.
POOL_CHUNK = 500
CHUNKS_IN_FLIGHT = 2
# The helpers of a large pool are read once, this many per query.
HELPER_CHUNK = 10_000
# The pool query's three ways to find pairs: only one is given, the others are empty.
NO_PAIRS: dict[str, Any] = {"wishIds": [], "helperIds": [], "pairs": []}


@dataclass(frozen=True)
class Candidate:
    scored: Scored
    wish: NodeRecord
    helper: NodeRecord
    helper_version: int


@dataclass(frozen=True)
class Pool:
    """Wishes and their eligible candidates, ranked; the raw material of candidates, suggestions and plans."""

    wishes: dict[str, WishState]
    candidates: dict[str, list[Candidate]]


async def read(
    graph: Graph, viewer: Viewer, with_loads: bool = True, with_helpers: bool = True, **pairs: Any
) -> list[Row]:
    """The pool query's rows (one per community) for the pairs found by wish, by helper or by name: only pairs of a
    wish and a helper `viewer` may see."""
    params = NO_PAIRS | pairs | scopes.params(viewer)
    return await graph.read(
        queries.pool(viewer),
        **params,
        withLoads=with_loads,
        withHelpers=with_helpers,
        active=ACTIVE,
        farLimit=FAR_LIMIT,
    )


def _ranked(rows: Sequence[Row], wish_ids: Iterable[str] = ()) -> Pool:
    wishes: dict[str, WishState] = {}
    by_wish: dict[str, list[Features]] = {w: [] for w in wish_ids}
    records: dict[str, NodeRecord] = {}
    versions: dict[str, int] = {}
    for row in rows:  # one per community
        loads = branch_loads(row["branchClaims"])
        wish_rows = {w["id"]: w for w in row["wishes"]}
        helper_rows = {h["id"]: h for h in row["helpers"]}
        for w in row["wishes"]:
            wishes[w["id"]] = wish_state(w)
            records[w["id"]] = NodeRecord("Wish", w["id"], w["props"])
        for h in row["helpers"]:
            records[h["id"]] = NodeRecord(entity_label(h["labels"]), h["id"], h["props"])
            versions[h["id"]] = h["version"]
        for wish_id, helper_id in row["pairs"]:
            by_wish.setdefault(wish_id, []).append(features(wish_rows[wish_id], helper_rows[helper_id], loads))
    candidates = {
        wish: [
            Candidate(s, records[wish], records[s.features.helper_id], versions[s.features.helper_id])
            for s in rank(found)
        ]
        for wish, found in by_wish.items()
    }
    return Pool(wishes, candidates)


async def wish_pool(graph: Graph, wish_ids: Sequence[str], *, viewer: Viewer) -> Pool:
    """Ranked eligible helpers of each wish, those `viewer` may see (of the wishes they may see), read as `read_all`
    reads them."""
    rows = await read_all(graph, wish_ids, viewer=viewer)
    if sum(len(r["pairs"]) for r in rows) < THREAD_PAIRS:
        return _ranked(rows, wish_ids)
    # A community's pool is seconds of scoring: off the event loop, so other requests keep being served.
    return await asyncio.to_thread(_ranked, rows, wish_ids)


async def read_all(graph: Graph, wish_ids: Sequence[str], *, viewer: Viewer) -> list[Row]:
    """The pool query's rows for these wishes, one per community: one round trip for up to POOL_CHUNK wishes, else
    the wishes in chunks (CHUNKS_IN_FLIGHT at a time) and then their helpers and the branch loads, once."""
    if len(wish_ids) <= POOL_CHUNK:
        return await read(graph, viewer, wishIds=list(wish_ids))
    # One result holding a whole large community's pairs ran Neo4j's heap out of memory (6,577 wishes at 1M residents).
    gate = asyncio.Semaphore(CHUNKS_IN_FLIGHT)

    async def chunk(ids: Sequence[str]) -> list[Row]:
        async with gate:
            return await read(graph, viewer, with_loads=False, with_helpers=False, wishIds=list(ids))

    chunks = [wish_ids[i : i + POOL_CHUNK] for i in range(0, len(wish_ids), POOL_CHUNK)]
    rows: dict[str, dict[str, Any]] = {}
    for part in await asyncio.gather(*(chunk(ids) for ids in chunks)):
        for row in part:
            merged = rows.setdefault(row["community"], {"community": row["community"], "wishes": [], "pairs": []})
            merged["wishes"] += row["wishes"]
            merged["pairs"] += row["pairs"]
    wanted = [
        {"community": c, "helperIds": ids[i : i + HELPER_CHUNK]}
        for c, row in rows.items()
        for ids in [sorted({h for _, h in row["pairs"]})]
        for i in range(0, len(ids), HELPER_CHUNK)
    ]
    helper_query, params = helpers(viewer), scopes.params(viewer)
    found, loads = await asyncio.gather(
        asyncio.gather(*(graph.read(helper_query, communities=[w], active=ACTIVE, **params) for w in wanted)),
        graph.read(BRANCH_LOADS, communityIds=sorted(rows), active=ACTIVE),
    )
    for part in found:
        for row in part:
            rows[row["community"]].setdefault("helpers", []).extend(row["helpers"])
    by_community = {r["community"]: r["branchClaims"] for r in loads}
    return [{"helpers": [], **row, "branchClaims": by_community.get(c, [])} for c, row in rows.items()]


async def helper_pool(graph: Graph, helper_ids: Sequence[str], *, viewer: Viewer) -> dict[str, list[Candidate]]:
    """For each helper, the open wishes they could take that `viewer` may see, best first (one round trip for all
    helpers)."""
    pool = _ranked(await read(graph, viewer, helperIds=list(helper_ids)))
    out: dict[str, list[Candidate]] = {h: [] for h in helper_ids}
    for found in pool.candidates.values():
        for c in found:
            out[c.helper.id].append(c)
    for found in out.values():
        found.sort(key=lambda c: (-c.scored.score, c.scored.features.wish_id))
    return out
