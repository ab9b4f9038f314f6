"""The database's schema: constraints, indexes and reference data, applied idempotently; and whether they are in place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, LiteralString, cast

from graph.core.db import Graph
from graph.core.model import BUILT_IN_CATEGORIES, CATEGORY_LIMITS, ENTITIES, PERSON_ROLES

FULLTEXT_INDEX = "searchText"
# Lucene's CJK analyzer indexes Chinese as overlapping bigrams, so 建峰 matches inside 建峰社区.
FULLTEXT_ANALYZER = "cjk"

# Properties that filters, sorts and statistics look up often enough to deserve a range index.
RANGE_INDEXES: tuple[tuple[str, str], ...] = (
    ("Grid", "kind"),
    ("Person", "name"),
    ("Person", "birthYear"),
    # A register names its people by identity number (graph/registers/).
    ("Person", "idNumber"),
    ("Wish", "status"),
    ("Wish", "createdAt"),
    ("Event", "status"),
    ("Event", "category"),
    ("Event", "reportedAt"),
    ("CouncilTopic", "stage"),
    ("ServiceActivity", "kind"),
    ("Dispute", "outcome"),
)

# Nodes outside the model that still need a unique key: a client's idempotency key, stored once per request.
EXTRA_CONSTRAINTS: tuple[str, ...] = (
    "CREATE CONSTRAINT idempotencykey_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT eventcategory_code IF NOT EXISTS FOR (n:EventCategory) REQUIRE n.code IS UNIQUE",
    "CREATE INDEX event_stagedueat IF NOT EXISTS FOR (n:Event) ON (n.stageDueAt)",
    # Matching's kept figures (graph/wishes/loads.py, graph/matching/skillpools.py): one node per key; a community's
    # busiest branch is read by walking (community, claims) in order.
    "CREATE CONSTRAINT branchload_key IF NOT EXISTS FOR (n:BranchLoad) REQUIRE (n.community, n.branch) IS UNIQUE",
    "CREATE INDEX branchload_claims IF NOT EXISTS FOR (n:BranchLoad) ON (n.community, n.claims)",
    "CREATE CONSTRAINT skillpool_key IF NOT EXISTS FOR (n:SkillPool) REQUIRE (n.community, n.skill) IS UNIQUE",
)

ENSURE_BUILT_IN_CATEGORIES = """
UNWIND $categories AS cat
MERGE (c:EventCategory {code: cat.code})
ON CREATE SET c += cat
"""


def statements() -> list[str]:
    """Every schema statement, built only from the model's allow-listed labels and properties."""
    stmts = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in ENTITIES
    ]
    stmts += [
        f"CREATE INDEX {label.lower()}_{prop.lower()} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in RANGE_INDEXES
    ]
    labels = "|".join(label for label, e in ENTITIES.items() if e.fulltext)
    props = sorted({p for e in ENTITIES.values() for p in e.fulltext})
    on_each = ", ".join(f"n.{p}" for p in props)
    stmts.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [{on_each}] "
        f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{FULLTEXT_ANALYZER}'}}}}"
    )
    stmts += EXTRA_CONSTRAINTS
    assert set(PERSON_ROLES.values()).isdisjoint(ENTITIES)
    return stmts


def category_row(code: str, name: str, limits: Sequence[float], built_in: bool) -> dict[str, Any]:
    """An EventCategory's properties: its id derived from the code, and one limit per SLA stage."""
    return {"id": f"ec-{code.lower().replace('_', '-')}", "code": code, "name": name, "builtIn": built_in} | {
        limit: float(hours) for limit, hours in zip(CATEGORY_LIMITS, limits, strict=True)
    }


async def migrate(graph: Graph) -> int:
    """Create the constraints and indexes that are missing and wait for those not yet online; returns how many
    statements ran. Safe to repeat, and concurrently: each statement is `IF NOT EXISTS`."""
    # Every API process migrates as it starts: on a migrated database that is two SHOW reads, not one schema
    # transaction per statement.
    state = await schema_state(graph)
    stmts = [stmt for stmt in statements() if _declared(stmt)[1] in state.missing]
    for stmt in stmts:
        await graph.write(cast(LiteralString, stmt))
    if stmts or state.not_online:
        await graph.write("CALL db.awaitIndexes(300)")
    # Reference data every database needs, not a schema statement: the built-in event categories, created where
    # missing (limits an administrator changed are kept).
    rows = [category_row(code, name, limits, True) for code, name, limits in BUILT_IN_CATEGORIES]
    await graph.write(ENSURE_BUILT_IN_CATEGORIES, categories=rows)
    return len(stmts)


# The schema statements name what they create: `CREATE [FULLTEXT ]INDEX|CONSTRAINT <name> IF NOT EXISTS …`.
_DECLARED = re.compile(r"CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) (\w+) IF NOT EXISTS")


@dataclass(frozen=True)
class Declared:
    constraints: frozenset[str]
    indexes: frozenset[str]


def declared() -> Declared:
    """The names of the constraints and of the indexes `statements` creates."""
    constraints: set[str] = set()
    indexes: set[str] = set()
    for stmt in statements():
        kind, name = _declared(stmt)
        (constraints if kind == "CONSTRAINT" else indexes).add(name)
    return Declared(frozenset(constraints), frozenset(indexes))


def _declared(stmt: str) -> tuple[str, str]:
    """What a schema statement creates: its kind (CONSTRAINT, INDEX, FULLTEXT INDEX) and its name."""
    found = _DECLARED.match(stmt)
    if found is None:
        raise AssertionError(f"a schema statement without a name: {stmt[:60]}")
    return found.group(1), found.group(2)


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
