"""Loading a dataset into Neo4j: schema first, then nodes, role labels and relationships in batches."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graph.core.db import Graph
from graph.core.loading import add_role, delete_community, upsert_nodes, upsert_relationships
from graph.core.migrations import migrate
from graph.matching import rebuild_skill_pools
from graph.wishes import rebuild_loads
from seeds import jianfeng, synthetic
from seeds.dataset import Dataset, RelRow

log = logging.getLogger(__name__)


class LoadError(RuntimeError):
    """The database did not take every row: a relationship pointed at a node that is not there."""


def _rel_rows(rows: list[RelRow]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {"src": row[0], "dst": row[1], "props": row[2]} if len(row) == 3 else {"src": row[0], "dst": row[1]}


def _check(what: str, sent: int, written: int) -> int:
    if written != sent:
        raise LoadError(f"{what}: {written} of {sent} rows written")
    return written


async def load(graph: Graph, dataset: Dataset, progress: bool = True, replace: bool = False) -> dict[str, int]:
    """Idempotent: loading the same dataset again merges onto the same nodes and relationships.

    Merging never removes what an older version of a generator wrote, so `replace` first deletes the
    community's data (its id and every id under its prefix). Returns rows written per label, role and type.
    """
    await migrate(graph)
    if replace:
        log.info("deleted %d nodes of %s", await delete_community(graph, dataset.community_id), dataset.community_id)
    counts: dict[str, int] = {}
    columns = (TextColumn("{task.description:<24}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, disable=not progress) as bar:
        task = bar.add_task(f"loading {dataset.community_id}", total=dataset.row_count)

        def advance(rows: int) -> None:
            bar.advance(task, rows)

        for label, rows in dataset.nodes.items():
            bar.update(task, description=label)
            counts[label] = _check(label, len(rows), await upsert_nodes(graph, label, rows, advance))
        for role, ids in dataset.roles.items():
            bar.update(task, description=f":{role}")
            counts[role] = _check(role, len(ids), await add_role(graph, role, ids, advance))
        for key, rel_rows in dataset.rels.items():
            bar.update(task, description=f"{key.src}-{key.type}")
            written = await upsert_relationships(graph, key.type, key.src, key.dst, _rel_rows(rel_rows), advance)
            counts[key.type] = counts.get(key.type, 0) + _check(str(key), len(rel_rows), written)
        # What matching keeps beside the data (each branch's open claims, each skill's best holders): rebuilt for
        # the community just loaded, since the load wrote claims, members and skills without keeping them.
        bar.update(task, description="branch loads, skill pools")
        await rebuild_loads(graph, [dataset.community_id])
        await rebuild_skill_pools(graph, [dataset.community_id])
        bar.update(task, description=f"loaded {dataset.community_id}")
    log.info("loaded %s: %d nodes, %d relationships", dataset.community_id, dataset.node_count, dataset.rel_count)
    return counts


async def load_demo(graph: Graph, progress: bool = True, replace: bool = False) -> dict[str, int]:
    """The Jianfeng Community demo (community id 'jf', every other id prefixed 'jf-')."""
    return await load(graph, jianfeng.build(), progress, replace)


async def load_synthetic(
    graph: Graph, residents: int, seed: int = 7, progress: bool = True, replace: bool = False
) -> dict[str, int]:
    """A synthetic community of `residents` residents (id `synthetic.community_id(residents, seed)`)."""
    return await load(graph, synthetic.generate(residents, seed), progress, replace)
