"""Bulk writes: idempotent batched upserts of nodes, role labels and relationships, and removal by id prefix."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, LiteralString, cast

from graph.core.db import Graph
from graph.core.model import ENTITIES, PERSON_ROLES

BATCH_SIZE = 5_000
# Node batches sent at once (distinct ids never lock the same node): one batch keeps one of the server's cores busy.
# Relationship batches go one at a time: two that touch the same hub (a grid, a skill) deadlock and are retried.
NODE_BATCHES_IN_FLIGHT = 2

Progress = Callable[[int], None]

_HOP = re.compile(r"^\(src\)(<?)-\[:([A-Z_]+)\]-(>?)\(dst\)$")


def _triples() -> frozenset[tuple[str, str, str]]:
    """(type, source label, target label) of every single-hop pattern in the model, in stored direction."""
    found: set[tuple[str, str, str]] = set()
    for label, entity in ENTITIES.items():
        for rel in entity.rels:
            hop = _HOP.match(rel.pattern)
            if hop is None:  # multi-hop patterns are made of single hops declared on other fields
                continue
            incoming, rel_type, outgoing = hop.groups()
            if outgoing or not incoming:
                found.add((rel_type, label, rel.target))
            if incoming or not outgoing:
                found.add((rel_type, rel.target, label))
    return frozenset(found)


REL_TRIPLES = _triples()
ROLE_LABELS = frozenset(PERSON_ROLES.values())


def check_label(label: str) -> None:
    """Labels written into Cypher come from the model only (the loaders' and the register import's writes)."""
    if label not in ENTITIES:
        raise ValueError(f"unknown label {label!r}")


def check_role(role: str) -> None:
    if role not in ROLE_LABELS:
        raise ValueError(f"unknown role label {role!r}")


def check_rel(rel_type: str, src_label: str, dst_label: str) -> None:
    if (rel_type, src_label, dst_label) not in REL_TRIPLES:
        raise ValueError(f"({src_label})-[:{rel_type}]->({dst_label}) is not in the model")


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


async def _batched(graph: Graph, query: str, rows: Iterable[Any], on_batch: Progress | None, in_flight: int = 1) -> int:
    """Run `query` once per batch with the batch as $rows, `in_flight` batches at a time; returns how many rows the
    database matched."""
    written = 0

    async def send(chunk: list[Any]) -> None:
        nonlocal written
        result = await graph.write(cast(LiteralString, query), rows=chunk)
        written += result[0]["n"] if result else 0
        if on_batch is not None:
            on_batch(len(chunk))

    pending: set[asyncio.Task[None]] = set()
    try:
        for chunk in _chunks(rows, BATCH_SIZE):
            if len(pending) >= in_flight:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()
            pending.add(asyncio.create_task(send(chunk)))
        if pending:
            await asyncio.gather(*pending)
            pending = set()
    finally:
        for task in pending:  # an earlier batch failed: do not leave the others running
            task.cancel()
    return written


async def upsert_nodes(
    graph: Graph, label: str, rows: Iterable[Mapping[str, Any]], on_batch: Progress | None = None
) -> int:
    """MERGE nodes of `label` by `id` and set every key of the row as a property (the row holds `id` too)."""
    check_label(label)
    query = f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row RETURN count(*) AS n"
    return await _batched(graph, query, rows, on_batch, NODE_BATCHES_IN_FLIGHT)


async def add_role(graph: Graph, role: str, person_ids: Iterable[str], on_batch: Progress | None = None) -> int:
    """Give existing Person nodes a role label; setting a label twice is a no-op."""
    check_role(role)
    query = f"UNWIND $rows AS id MATCH (n:Person {{id: id}}) SET n:{role} RETURN count(*) AS n"
    return await _batched(graph, query, person_ids, on_batch, NODE_BATCHES_IN_FLIGHT)


async def upsert_relationships(
    graph: Graph,
    rel_type: str,
    src_label: str,
    dst_label: str,
    rows: Iterable[Mapping[str, Any]],
    on_batch: Progress | None = None,
) -> int:
    """MERGE (src)-[:TYPE]->(dst) between existing nodes; rows are {src, dst, props?}. Missing ends are skipped."""
    check_rel(rel_type, src_label, dst_label)
    query = (
        f"UNWIND $rows AS row MATCH (s:{src_label} {{id: row.src}}) MATCH (d:{dst_label} {{id: row.dst}}) "
        f"MERGE (s)-[r:{rel_type}]->(d) SET r += coalesce(row.props, {{}}) RETURN count(*) AS n"
    )
    return await _batched(graph, query, rows, on_batch)


COUNT_BY_PREFIX = """
MATCH (n) WHERE n.id = $communityId OR n.id STARTS WITH $prefix
RETURN count(n) AS nodes, sum(COUNT { (n)-->() }) AS relationships
"""


async def count_community(graph: Graph, community_id: str) -> tuple[int, int]:
    """Nodes and (outgoing, so each once) relationships of one community's data, found by its id prefix."""
    row = await graph.read_one(COUNT_BY_PREFIX, communityId=community_id, prefix=f"{community_id}-")
    return (row["nodes"], row["relationships"]) if row else (0, 0)


# People and households hold most relationships, so they go first: no hub (a group, a skill, a building) is
# left holding thousands when its turn comes, and each transaction stays within the server's memory limit.
_DELETE_ORDER = (
    "Person",
    "Household",
    *(label for label in reversed(ENTITIES) if label not in ("Person", "Household")),
)


# What matching keeps per community (graph/wishes/loads.py, graph/matching/skillpools.py): keyed by the community's
# id, with no id of their own.
DELETE_KEPT = """
CALL () {
  MATCH (n:BranchLoad) WHERE n.community = $communityId RETURN n
  UNION
  MATCH (n:SkillPool) WHERE n.community = $communityId RETURN n
}
DELETE n
RETURN count(*) AS n
"""


async def delete_community(graph: Graph, community_id: str, batch_size: int = 10_000) -> int:
    """Detach-delete the community node and every node whose id starts with '<id>-', in bounded transactions (and
    what matching keeps for the community)."""
    rows = await graph.write(DELETE_KEPT, communityId=community_id)
    deleted = rows[0]["n"] if rows else 0
    for label in _DELETE_ORDER:
        query = (
            f"MATCH (n:{label}) WHERE n.id = $communityId OR n.id STARTS WITH $prefix "
            "WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n"
        )
        while True:
            rows = await graph.write(
                cast(LiteralString, query), communityId=community_id, prefix=f"{community_id}-", limit=batch_size
            )
            done = rows[0]["n"] if rows else 0
            deleted += done
            if done < batch_size:
                break
    return deleted


DELETE_BATCH = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n"


async def delete_everything(graph: Graph, batch_size: int = 10_000) -> int:
    """Empty the database in bounded transactions (tests and `seed --replace` of a whole database)."""
    deleted = 0
    while True:
        rows = await graph.write(DELETE_BATCH, limit=batch_size)
        done = rows[0]["n"] if rows else 0
        deleted += done
        if done < batch_size:
            return deleted


CLEAR_PLANS = "CALL db.clearQueryCaches()"
RESAMPLE = "CALL db.resampleOutdatedIndexes()"


async def fresh_plans(graph: Graph) -> None:
    """Forget cached plans and refresh index statistics: plans compiled while the database held other data (an
    empty one, say) are otherwise reused, and the database hits of a query then depend on what ran before."""
    await graph.write(RESAMPLE)
    await graph.write(CLEAR_PLANS)
