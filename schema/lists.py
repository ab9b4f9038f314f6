"""Root list fields: one filtered, sorted, keyset-paginated connection per entity and per person role."""

from __future__ import annotations

import re
from typing import Any

import strawberry

from graph.core.model import ENTITIES, PERSON_ROLES
from graph.core.records import Page
from graph.reads import nodes
from schema import lookahead
from schema.context import Info
from schema.nodes import ListArgs, connection_field

# Root field name → (label, role label). Plural names a front-end developer would guess.
PLURALS = {
    "Community": "communities",
    "Person": "people",
    "PartyCommittee": "partyCommittees",
    "PartyBranch": "partyBranches",
    "Agreement": "coBuildingAgreements",
    "ServiceActivity": "serviceActivities",
    "Household": "households",
    "Wish": "wishes",
    "EventCategory": "eventCategories",
    "AuditEntry": "auditEntries",
}


def _plural(label: str) -> str:
    if label in PLURALS:
        return PLURALS[label]
    return re.sub(r"^[A-Z]", lambda m: m.group().lower(), label) + "s"


LISTS: dict[str, tuple[str, str | None]] = {_plural(label): (label, None) for label in ENTITIES}
LISTS |= {field: ("Person", role) for field, role in PERSON_ROLES.items()}


def _list_field(label: str, role: str | None) -> Any:
    async def fetch(root: Any, info: Info, args: ListArgs) -> Page:
        return await nodes.page(
            info.context.graph,
            label,
            args.page,
            args.where,
            args.order,
            args.with_total,
            role=role,
            viewer=info.context.viewer,
            includes=lookahead.connection_includes(info, label),
        )

    description = f"{label} nodes with role {role}." if role else f"All {label} nodes."
    return connection_field(label, fetch, description)


ListQuery = strawberry.type(type("ListQuery", (), {name: _list_field(*spec) for name, spec in LISTS.items()}))
