"""Writes the enums and the `where`/`orderBy` inputs of every entity (schema/entities/enums.py and inputs.py)."""

from __future__ import annotations

from graph.core.model import ENTITIES, Entity
from schema.codegen import descriptions as d
from schema.codegen.names import SCALAR_FILTERS, enum_name, literal, snake


def model_enums() -> dict[str, tuple[str, ...]]:
    """The enums of the model's closed value sets, then of its computed filters (one per name), by name."""
    found: dict[str, tuple[str, ...]] = {}
    for entity in ENTITIES.values():
        for prop in entity.props:
            if prop.values and found.setdefault(enum_name(entity, prop), prop.values) != prop.values:
                raise ValueError(f"{entity.label}.{prop.name} shares {enum_name(entity, prop)} with other values")
    for entity in ENTITIES.values():
        for virtual in entity.virtual:
            if virtual.values:
                found.setdefault(virtual.enum_name, virtual.values)
    return found


def enum_descriptions() -> dict[str, str]:
    """What each model enum is: the text of the property it lists the values of (or of its computed filter)."""
    found = {
        enum_name(e, p): f"Values of `{e.label}.{p.name}`: "
        + d.entity(f"{e.label}.{p.name}").split("; null")[0].rstrip(".")
        + "."
        for e in ENTITIES.values()
        for p in e.props
        if p.values
    }
    return {name: found.get(name) or d.ENUMS[name] for name in model_enums()}


def _enum(name: str, description: str, members: dict[str, str], upper: bool = True) -> str:
    lines = [f"@strawberry.enum(description={literal(description)})", f"class {name}(enum.Enum):"]
    # GraphQL names are upper case like every other enum's; the value is what the graph stores (lower-case actions).
    lines += [
        f"    {m.upper() if upper else m} = described({literal(m)}, description={literal(t)})"
        for m, t in members.items()
    ]
    return "\n".join(lines)


def _sort_keys(entity: Entity) -> str:
    texts = {k: d.SORT_KEY_VALUE.format(field=k, text=prop_text(entity, k)) for k in entity.sort_keys}
    return _enum(f"{entity.label}SortKey", d.SORT_KEY.format(label=entity.label), texts, upper=False)


def enums() -> str:
    described = enum_descriptions()
    blocks = [
        _enum(name, described[name], {m: d.enum_value(name, values, m) for m in values})
        for name, values in model_enums().items()
    ]
    blocks += [_sort_keys(e) for e in ENTITIES.values()]
    return (
        "from __future__ import annotations\n\nimport enum\n\nimport strawberry\n\nfrom schema.values import described\n\n\n"
        + "\n\n\n".join(blocks)
        + "\n"
    )


def _enum_filter(name: str, with_null: bool) -> str:
    lines = [
        f"@strawberry.input(description={literal(d.ENUM_FILTER.format(name=name))})",
        f"class {name}Filter:",
        f"    eq: {name} | None = strawberry.field(default=None, description={literal(d.ENUM_FILTER_EQ)})",
        f"    in_: list[{name}] | None = strawberry.field(",
        f'        default=None, name="in", description={literal(d.ENUM_FILTER_IN)}',
        "    )",
    ]
    if with_null:
        lines.append(
            f"    is_null: bool | None = strawberry.field(default=None, description={literal(d.ENUM_FILTER_IS_NULL)})"
        )
    return "\n".join(lines)


def _field(name: str, kind: str, description: str, default: str = "None") -> str:
    return f"    {name}: {kind} = strawberry.field(default={default}, description={literal(description)})"


def prop_text(entity: Entity, name: str) -> str:
    """The catalogue's text of a property, with the id's own (every entity's id means the same)."""
    return "The database id (as `dbId` shows it)." if name == "id" else d.entity(f"{entity.label}.{name}")


def _where(entity: Entity) -> str:
    name = f"{entity.label}Where"
    lines = [f"@strawberry.input(description={literal(d.WHERE.format(label=entity.label))})", f"class {name}:"]
    for prop in entity.props:
        kind = f"{enum_name(entity, prop)}Filter" if prop.values else SCALAR_FILTERS[prop.kind]
        text = d.WHERE_PROP.format(field=prop.name, text=prop_text(entity, prop.name))
        lines.append(_field(snake(prop.name), f"{kind} | None", text))
    for rel in entity.rels:
        text = d.WHERE_REL.format(field=rel.field, target=rel.target)
        lines.append(_field(snake(rel.field), f"{rel.target}RelationFilter | None", text))
    for virtual in entity.virtual:
        kind = f"{virtual.enum_name}Filter" if virtual.values else "bool"
        lines.append(_field(snake(virtual.name), f"{kind} | None", d.entity(f"{entity.label}.{virtual.name}")))
    lines += [
        _field("AND", f"list[{name}] | None", d.WHERE_AND),
        _field("OR", f"list[{name}] | None", d.WHERE_OR),
        _field("NOT", f"{name} | None", d.WHERE_NOT),
    ]
    return "\n".join(lines)


def _relation_filter(entity: Entity) -> str:
    where = f"{entity.label}Where | None"
    label = entity.label
    return "\n".join(
        [
            f"@strawberry.input(description={literal(d.RELATION_FILTER.format(label=label))})",
            f"class {label}RelationFilter:",
            _field("some", where, d.RELATION_SOME.format(label=label)),
            _field("none", where, d.RELATION_NONE.format(label=label)),
            _field("all", where, d.RELATION_ALL.format(label=label)),
        ]
    )


def _order(entity: Entity) -> str:
    keys = f"{entity.label}SortKey"
    return "\n".join(
        [
            f"@strawberry.input(description={literal(d.ORDER.format(label=entity.label))})",
            f"class {entity.label}Order:",
            _field("field", keys, d.ORDER_FIELD, f"{keys}.id"),
            _field("direction", "SortDirection", d.ORDER_DIRECTION, "SortDirection.ASC"),
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
