"""Root list fields: one filtered, sorted, keyset-paginated connection per entity and per person role."""

from __future__ import annotations

import re
from typing import Any

import strawberry

from graph import nodes
from graph.model import ENTITIES, PERSON_ROLES
from schema import filters
from schema.connections import page_args, wants_total
from schema.context import Info
from schema.nodes import CONNECTIONS

# Root field name → (label, role label). Plural names a front-end developer would guess.
PLURALS = {
    "Community": "communities",
    "Person": "people",
    "PartyCommittee": "partyCommittees",
    "PartyBranch": "partyBranches",
    "Agreement": "coBuildingAgreements",
    "ServiceActivity": "serviceActivities",
    "Household": "households",
}


def _plural(label: str) -> str:
    if label in PLURALS:
        return PLURALS[label]
    return re.sub(r"^[A-Z]", lambda m: m.group().lower(), label) + "s"


LISTS: dict[str, tuple[str, str | None]] = {_plural(label): (label, None) for label in ENTITIES}
LISTS |= {field: ("Person", role) for field, role in PERSON_ROLES.items()}


def _list_field(label: str, role: str | None) -> Any:
    async def resolve(
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: Any = None,
        order_by: Any = None,
    ) -> Any:
        args = page_args(first, after, last, before, info.context.max_page_size)
        page = await nodes.page(
            info.context.graph,
            label,
            args,
            where=filters.plain(where),
            order=filters.order(order_by),
            with_total=wants_total(info),
            role=role,
        )
        return CONNECTIONS[label](page=page)

    resolve.__annotations__ = {
        "info": Info,
        "first": int | None,
        "after": str | None,
        "last": int | None,
        "before": str | None,
        "where": filters.WHERE[label] | None,
        "order_by": filters.ORDERS[label] | None,
        "return": f"{label}Connection",
    }
    resolve.__module__ = "schema.nodes"
    description = f"{label} nodes with role {role}." if role else f"All {label} nodes."
    return strawberry.field(resolver=resolve, description=description)


ListQuery = strawberry.type(type("ListQuery", (), {name: _list_field(*spec) for name, spec in LISTS.items()}))
