"""Writes the enums and the `where`/`orderBy` inputs of every entity (schema/entities/enums.py and inputs.py)."""

from __future__ import annotations

from graph.core.model import ENTITIES, Entity
from schema.codegen.names import SCALAR_FILTERS, enum_name, literal, snake

WHERE = "Filters {label}; fields combine with AND."
ORDER = "One sort key of {label}; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
RELATION_FILTER = "some: at least one related node matches; none: no related node matches; all: every one matches."


def model_enums() -> dict[str, tuple[str, ...]]:
    """The enums of the model's closed value sets, then of its computed filters (one per name), by name."""
    found = {enum_name(e, p): p.values for e in ENTITIES.values() for p in e.props if p.values}
    for entity in ENTITIES.values():
        for virtual in entity.virtual:
            if virtual.values:
                found.setdefault(virtual.enum_name, virtual.values)
    return found


def _enum(name: str, members: tuple[str, ...]) -> str:
    lines = ["@strawberry.enum", f"class {name}(enum.Enum):"]
    lines += [f"    {m} = {literal(m)}" for m in members]
    return "\n".join(lines)


def enums() -> str:
    blocks = [_enum(name, values) for name, values in model_enums().items()]
    blocks += [_enum(f"{e.label}SortKey", e.sort_keys) for e in ENTITIES.values()]
    return "from __future__ import annotations\n\nimport enum\n\nimport strawberry\n\n\n" + "\n\n\n".join(blocks) + "\n"


def _enum_filter(name: str, with_null: bool) -> str:
    lines = [
        "@strawberry.input",
        f"class {name}Filter:",
        f"    eq: {name} | None = None",
        f'    in_: list[{name}] | None = strawberry.field(default=None, name="in")',
    ]
    if with_null:
        lines.append("    is_null: bool | None = None")
    return "\n".join(lines)


def _where(entity: Entity) -> str:
    name = f"{entity.label}Where"
    lines = [f"@strawberry.input(description={literal(WHERE.format(label=entity.label))})", f"class {name}:"]
    for prop in entity.props:
        kind = f"{enum_name(entity, prop)}Filter" if prop.values else SCALAR_FILTERS[prop.kind]
        lines.append(f"    {snake(prop.name)}: {kind} | None = None")
    for rel in entity.rels:
        lines.append(f"    {snake(rel.field)}: {rel.target}RelationFilter | None = None")
    for virtual in entity.virtual:
        kind = f"{virtual.enum_name}Filter" if virtual.values else "bool"
        lines.append(f"    {snake(virtual.name)}: {kind} | None = None")
    lines += [
        f"    AND: list[{name}] | None = None",
        f"    OR: list[{name}] | None = None",
        f"    NOT: {name} | None = None",
    ]
    return "\n".join(lines)


def _relation_filter(entity: Entity) -> str:
    where = f"{entity.label}Where | None = None"
    return "\n".join(
        [
            f"@strawberry.input(description={literal(RELATION_FILTER)})",
            f"class {entity.label}RelationFilter:",
            f"    some: {where}",
            f"    none: {where}",
            f"    all: {where}",
        ]
    )


def _order(entity: Entity) -> str:
    keys = f"{entity.label}SortKey"
    return "\n".join(
        [
            f"@strawberry.input(description={literal(ORDER.format(label=entity.label))})",
            f"class {entity.label}Order:",
            f"    field: {keys} = {keys}.id",
            "    direction: SortDirection = SortDirection.ASC",
        ]
    )


def inputs() -> str:
    names = model_enums()
    model = {enum_name(e, p) for e in ENTITIES.values() for p in e.props if p.values}
    blocks = [_enum_filter(name, with_null=name in model) for name in names]
    for entity in ENTITIES.values():
        blocks += [_where(entity), _relation_filter(entity), _order(entity)]
    imported = [*names, *(f"{e.label}SortKey" for e in ENTITIES.values())]
    return (
        "from __future__ import annotations\n\nimport strawberry\n\n"
        f"from schema.entities.enums import {', '.join(imported)}\n"
        f"from schema.filters import {', '.join(sorted(set(SCALAR_FILTERS.values())))}, SortDirection\n\n\n"
        + "\n\n\n".join(blocks)
        + "\n"
    )
