"""Readiness in the database: every constraint and index the migrations declare, present and ONLINE."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.db import Graph
from graph.migrations import statements

# The schema statements name what they create: `CREATE [FULLTEXT ]INDEX|CONSTRAINT <name> IF NOT EXISTS …`.
_DECLARED = re.compile(r"CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS")


@dataclass(frozen=True)
class Declared:
    constraints: frozenset[str]
    indexes: frozenset[str]


def declared() -> Declared:
    """The names of the constraints and of the indexes `graph.migrations` creates."""
    constraints: set[str] = set()
    indexes: set[str] = set()
    for stmt in statements():
        found = _DECLARED.match(stmt)
        if found is None:
            raise AssertionError(f"a schema statement without a name: {stmt[:60]}")
        (constraints if found.group(1) == "CONSTRAINT" else indexes).add(found.group(2))
    return Declared(frozenset(constraints), frozenset(indexes))


@dataclass(frozen=True)
class SchemaState:
    """What is missing (never created, or dropped) and what exists but is not ONLINE (populating, failed)."""

    missing: tuple[str, ...]
    not_online: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return not self.missing and not self.not_online


async def schema_state(graph: Graph) -> SchemaState:
    """Compares the database's constraints and indexes with the declared ones (two SHOW commands: they cannot be
    combined in one query). A constraint's backing index carries the constraint's name, so its state counts too."""
    want = declared()
    constraint_rows = await graph.read("SHOW CONSTRAINTS YIELD name RETURN name")
    index_rows = await graph.read("SHOW INDEXES YIELD name, state RETURN name, state")
    constraints = {row["name"] for row in constraint_rows}
    states = {row["name"]: row["state"] for row in index_rows}
    missing = (want.constraints - constraints) | (want.indexes - states.keys())
    not_online = {name for name in want.constraints | want.indexes if states.get(name, "ONLINE") != "ONLINE"}
    return SchemaState(tuple(sorted(missing)), tuple(sorted(not_online - missing)))
