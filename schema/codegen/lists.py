"""Writes the root list fields, one per entity and per person role (schema/entities/lists.py)."""

from __future__ import annotations

import re

from graph.core.model import ENTITIES, PERSON_ROLES
from schema.codegen import descriptions as d
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
    if role:
        description = d.ROOT_ROLE.format(role=d.ROLES[name])
    else:
        description = d.ROOT_LIST.format(label=label, text=d.entity(label))
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


def _lookup(label: str) -> str:
    name = label[0].lower() + label[1:]
    description = f"The {label} of this global id; null when there is none or you may not see it (as node(id:))."
    argument = f"The {label}'s global id (its `id` field)."
    return "\n".join(
        [
            f"    @strawberry.field(description={literal(description)})",
            f"    async def {snake(name)}(",
            f"        self, info: Info, id: Annotated[strawberry.ID, strawberry.argument(description={literal(argument)})]",
            f"    ) -> {label} | None:",
            f"        return {label}.of(await fields.lookup(info, {literal(label)}, id))",
        ]
    )


def lists() -> str:
    listed: dict[str, tuple[str, str | None]] = {_plural(label): (label, None) for label in ENTITIES}
    listed |= {name: ("Person", role) for name, role in PERSON_ROLES.items()}
    old = [_field(name, label, None, reason) for name, (label, reason) in DEPRECATED.items()]
    connections = ", ".join(f"{label}, {label}Connection" for label in ENTITIES)
    where = ", ".join(f"{label}{kind}" for label in ENTITIES for kind in ("Where", "Order"))
    return (
        "from __future__ import annotations\n\nfrom typing import Annotated\n\nimport strawberry\n\n"
        "from schema import fields\n"
        "from schema.context import Info\n"
        f"from schema.entities.inputs import {where}\n"
        f"from schema.entities.objects import {connections}\n\n\n"
        '@strawberry.type(description="The root lists, one connection per entity and per person role.")\nclass ListQuery:\n'
        + "\n\n".join([*(_field(n, *spec) for n, spec in listed.items()), *old])
        + '\n\n\n@strawberry.type(description="One object of each type by its id; null when missing or hidden.")\nclass LookupQuery:\n'
        + "\n\n".join(_lookup(label) for label in ENTITIES)
        + "\n"
    )
