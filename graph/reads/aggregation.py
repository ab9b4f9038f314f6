"""What an entity's rows may be aggregated over, read from the model: measured properties and group keys (pure)."""

from __future__ import annotations

from functools import cache

from graph.access import scopes
from graph.core.model import ENTITIES, Entity, Prop, Rel

# Kinds with an order (min/max), and those that add up (avg/sum).
ORDERED = frozenset({"int", "float", "date", "datetime"})
NUMERIC = frozenset({"int", "float"})
# Bookkeeping, not a figure: a row's version counts its workflow steps.
UNMEASURED = frozenset({"version"})
# How many keys one groupBy may take: each multiplies the groups, and each relationship key is a subquery per row.
MAX_GROUP_KEYS = 3
# A related node is shown in a group by its name or title; a target whose name is personal data is no key.
DISPLAY = ("name", "title")


def measured(entity: Entity) -> tuple[Prop, ...]:
    """The properties min and max are taken of: ordered kinds, no bookkeeping, and never a sensitive field (a masked
    or withheld value must not come back as an extreme; Person.birthDate is left out, birthYear stays)."""
    return tuple(
        p
        for p in entity.props
        if p.kind in ORDERED and p.name not in UNMEASURED and not scopes.sensitive_field(entity.label, p.name)
    )


def summed(entity: Entity) -> tuple[Prop, ...]:
    """The measured properties avg and sum are taken of: the numbers."""
    return tuple(p for p in measured(entity) if p.kind in NUMERIC)


def _shown_by_name(label: str) -> bool:
    target = ENTITIES[label]
    return any(target.prop(d) is not None and not scopes.sensitive_field(label, d) for d in DISPLAY)


def key_props(entity: Entity) -> tuple[Prop, ...]:
    """Properties rows are grouped by: the closed value sets (enums) and the strings of few codes."""
    return tuple(
        p for p in entity.props if (p.values or p.grouped) and not scopes.sensitive_field(entity.label, p.name)
    )


def key_rels(entity: Entity) -> tuple[Rel, ...]:
    """Relationships rows are grouped by (one group per related node the viewer sees): those leading to nodes shown
    by a name or title that is no personal data (not people, not households)."""
    return tuple(r for r in entity.rels if _shown_by_name(r.target))


@cache
def group_keys(label: str) -> tuple[str, ...]:
    """Every key `label` rows may be grouped by: property names, then relationship fields."""
    entity = ENTITIES[label]
    return tuple(p.name for p in key_props(entity)) + tuple(r.field for r in key_rels(entity))
