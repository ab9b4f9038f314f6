"""Constraints and indexes, applied idempotently at start-up and by `migrate`."""

from __future__ import annotations

from typing import LiteralString, cast

from graph.db import Graph
from graph.events import ensure_built_in_categories
from graph.model import ENTITIES, PERSON_ROLES

FULLTEXT_INDEX = "searchText"
# Lucene's CJK analyzer indexes Chinese as overlapping bigrams, so 建峰 matches inside 建峰社区.
FULLTEXT_ANALYZER = "cjk"

# Properties that filters, sorts and statistics look up often enough to deserve a range index.
RANGE_INDEXES: tuple[tuple[str, str], ...] = (
    ("Grid", "kind"),
    ("Person", "name"),
    ("Person", "birthYear"),
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
)


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


async def migrate(graph: Graph) -> int:
    """Apply all constraints and indexes; returns how many statements ran. Safe to repeat."""
    stmts = statements()
    for stmt in stmts:
        await graph.write(cast(LiteralString, stmt))
    await graph.write("CALL db.awaitIndexes(300)")
    # Reference data every database needs, not a schema statement: the built-in event categories.
    await ensure_built_in_categories(graph)
    return len(stmts)
