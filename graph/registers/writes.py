"""An import's graph side: what the graph holds for the checks, and the plan's writes in one locked transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any, LiteralString, cast

from graph.access.viewer import Viewer
from graph.core.db import Graph, Tx
from graph.core.errors import Conflict
from graph.core.loading import check_label, check_rel, check_role
from graph.registers.plan import Counts, NewId, Step, plan, random_ids
from graph.registers.records import Existing, Person, Problem
from graph.registers.sheets import SHEETS
from graph.registers.snapshot import snapshot
from graph.workflow import locked

log = logging.getLogger(__name__)

BATCH = 2_000
# An import's rows (and the user's) are an administrator's: the snapshot reads everything of the community.
ADMIN = Viewer(person_id=None, roles=frozenset({"admin"}))

# Imports of one community run one after the other: each takes a write lock on the community node first.
LOCK = "MERGE (c:Community {id: $cid}) SET c._lock = true REMOVE c._lock"

CREATE = "UNWIND $rows AS row CREATE (n:{label} {{id: row.id}}) SET n += row.props RETURN count(*) AS n"
MERGE = "UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props RETURN count(*) AS n"
UPDATE = "UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n += row.props RETURN count(*) AS n"
LABEL = "UNWIND $rows AS id MATCH (n:Person {{id: id}}) SET n:{label} RETURN count(*) AS n"
LINK = """
UNWIND $rows AS row
MATCH (s:{label} {{id: row.src}}) MATCH (d:{dst} {{id: row.dst}})
MERGE (s)-[:{type}]->(d)
RETURN count(*) AS n
"""
# Exactly the listed targets: the others of this type are removed, the listed ones kept (with their properties).
RELINK = """
UNWIND $rows AS row
MATCH (s:{label} {{id: row.src}})
CALL (s, row) {{
  OPTIONAL MATCH (s)-[old:{type}]->(x:{dst}) WHERE NOT x.id IN row.dst
  DELETE old
}}
WITH s, row
UNWIND row.dst AS target
MATCH (d:{dst} {{id: target}})
MERGE (s)-[:{type}]->(d)
RETURN count(*) AS n
"""
_TEMPLATES = {"create": CREATE, "merge": MERGE, "update": UPDATE, "label": LABEL, "link": LINK, "relink": RELINK}

PEOPLE = """
UNWIND $ids AS idNumber
MATCH (p:Person {idNumber: idNumber})
RETURN p.idNumber AS idNumber, p.id AS id, p.name AS name, p.gender AS gender, p.birthDate AS birthDate,
       head(split(p.id, '-')) AS community
"""


def statement(step: Step) -> LiteralString:
    """The step's Cypher, its names checked against the model's allow-list first (the loaders' own checks)."""
    if step.kind in ("link", "relink"):
        check_rel(step.type, step.label, step.dst)
    elif step.kind == "label":
        check_role(step.label)
    else:
        check_label(step.label)
    text = _TEMPLATES[step.kind].format(label=step.label, type=step.type, dst=step.dst)
    return cast(LiteralString, text)


class Unwritable(Conflict):
    """What the file says cannot be written as it stands (found under the lock): nothing was written."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(f"{len(problems)} problems: nothing was written")
        self.problems = problems


@dataclass(frozen=True)
class Applied:
    counts: Mapping[str, Counts]
    problems: tuple[Problem, ...]
    written: bool
    writes: int


def _people_ids(rows: Mapping[str, Any]) -> set[str]:
    ids: set[str] = set()
    for sheet_rows in rows.values():
        for row in sheet_rows:
            for column in ("idNumber", "requester", "claimant"):
                value = row.get(column)
                ids.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    return ids


async def existing(graph: Graph, community_id: str, sheets: Mapping[str, Any]) -> Existing:
    """Every key the community's registers hold (what a file's references may name) and the people the file names."""
    held = await snapshot(graph.read, community_id, [s.key for s in SHEETS], ADMIN)
    people = await graph.read(PEOPLE, ids=sorted(_people_ids(sheets)))
    return Existing(
        keys={sheet: frozenset(rows) for sheet, rows in held.sheets.items()},
        people={r["idNumber"]: Person(r["id"], r["name"], r["gender"], r["birthDate"], r["community"]) for r in people},
    )


async def apply(
    graph: Graph,
    community_id: str,
    rows: Mapping[str, tuple[Mapping[str, Any], ...]],
    dry_run: bool = False,
    on_batch: Callable[[int], None] | None = None,
    new_id: NewId | None = None,
    timeout_s: float | None = None,
) -> Applied:
    """Compare the file's checked rows with the graph and write the difference, all or nothing.

    A dry run compares only. A real run compares again under the community's lock, inside the transaction that
    writes, so concurrent imports of one community never create a node twice."""
    ids = new_id or random_ids(community_id)
    sheets = [s.key for s in SHEETS if s.key in rows]
    if dry_run:
        found = plan(rows, await snapshot(graph.read, community_id, sheets, ADMIN), ids)
        return Applied(found.counts, found.problems, False, found.writes)

    async def work(tx: Tx) -> Applied:
        found = plan(rows, await snapshot(tx.run, community_id, sheets, ADMIN), ids)
        if found.problems:
            raise Unwritable(found.problems)
        for step in found.steps:
            query = statement(step)
            it = iter(step.rows)
            while batch := list(islice(it, BATCH)):
                done = (await tx.run(query, rows=batch, cid=community_id))[0]["n"]
                if step.kind in ("create", "merge", "update", "label") and done != len(batch):
                    raise RuntimeError(f"{step.kind} {step.label}: {done} of {len(batch)} rows written")
                if on_batch is not None:
                    on_batch(len(batch))
        return Applied(found.counts, (), True, found.writes)

    try:
        return await locked(graph, LOCK, {"cid": community_id}, work, timeout_s)
    except Unwritable as refused:
        return Applied({}, refused.problems, False, 0)
