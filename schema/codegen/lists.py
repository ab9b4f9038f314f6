"""Writes the root list fields, one per entity and per person role (schema/entities/lists.py)."""

from __future__ import annotations

import re

from graph.core.model import ENTITIES, PERSON_ROLES
from schema.codegen.names import literal, snake
from schema.codegen.objects import PAGE_ARGUMENTS

# Root field names a front-end developer would guess where adding an "s" is wrong or unclear.
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
    "DisputeParty": "disputeParties",
}
# Old root names kept for the clients that use them: name → (label, deprecation reason).
DEPRECATED = {"disputePartys": ("DisputeParty", "Misspelled: use `disputeParties`.")}


def _plural(label: str) -> str:
    return PLURALS.get(label) or re.sub(r"^[A-Z]", lambda m: m.group().lower(), label) + "s"


def _field(name: str, label: str, role: str | None, deprecated: str | None = None) -> str:
    description = f"{label} nodes with role {role}." if role else f"All {label} nodes."
    reason = f", deprecation_reason={literal(deprecated)}" if deprecated else ""
    return "\n".join(
        [
            f"    @strawberry.field(description={literal(description)}{reason})",
            f"    async def {snake(name)}(",
            "        self,",
            "        info: Info,",
            PAGE_ARGUMENTS.format(target=label),
            f"    ) -> {label}Connection:",
            "        return await fields.listed_page(",
            f"            info, {literal(label)}, {literal(role) if role else None}, {label}Connection, first, after, "
            "last, before, where, order_by",
            "        )",
        ]
    )


def lists() -> str:
    listed: dict[str, tuple[str, str | None]] = {_plural(label): (label, None) for label in ENTITIES}
    listed |= {name: ("Person", role) for name, role in PERSON_ROLES.items()}
    old = [_field(name, label, None, reason) for name, (label, reason) in DEPRECATED.items()]
    connections = ", ".join(f"{label}Connection" for label in ENTITIES)
    where = ", ".join(f"{label}{kind}" for label in ENTITIES for kind in ("Where", "Order"))
    return (
        "from __future__ import annotations\n\nimport strawberry\n\n"
        "from schema import fields\n"
        "from schema.context import Info\n"
        f"from schema.entities.inputs import {where}\n"
        f"from schema.entities.objects import {connections}\n\n\n"
        "@strawberry.type\nclass ListQuery:\n"
        + "\n\n".join([*(_field(n, *spec) for n, spec in listed.items()), *old])
        + "\n"
    )
