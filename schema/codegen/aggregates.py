"""Writes every entity's aggregate types: count, min/max/avg/sum and groupBy (into schema/entities/objects.py)."""

from __future__ import annotations

from graph.core.model import ENTITIES, Entity, Prop
from graph.reads import aggregation
from schema.codegen import descriptions as d
from schema.codegen.names import SCALARS, enum_name, literal, snake

AGGREGATE = (
    "Figures of every {label} the list holds (its `where`, all pages, only rows you may see: a hidden row is never "
    "counted)."
)
AGGREGATE_FIELD = (
    "Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, "
    "whatever the page. One query for count/min/max/avg/sum, one per groupBy."
)
COUNT = "How many rows there are."
OPS = {
    "min": ("Values", "The smallest value of each property; null when no row has one."),
    "max": ("Values", "The largest value of each property; null when no row has one."),
    "avg": ("Averages", "The mean of each numeric property over the rows that have it; null when none has."),
    "sum": ("Sums", "The total of each numeric property over the rows that have it; null when none has."),
}
TYPES = {
    "Values": "The smallest or largest value of each property of the {label} rows (personal data is never measured).",
    "Averages": "The mean of each numeric property of the {label} rows.",
    "Sums": "The total of each numeric property of the {label} rows.",
}
GROUP = "One group of {label} rows: how many, and the values of the keys they were grouped by (null for others)."
GROUP_COUNT = "How many rows are in this group."
GROUP_BY = (
    "The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship "
    "key makes one group per related node."
)
FIRST = "How many groups, those with most rows (at most MAX_PAGE_SIZE)."
BY = "The keys to group by (at most {most}): properties, or relationships (their related node)."
KEY = "What {label} rows may be grouped by: properties of few values, and relationships to named nodes."
KEY_PROP = "By `{field}`: {text}"
KEY_REL = "By `{field}`, one group per related {target} you may see (rows with none: null): {text}"
PROP_VALUE = "`{field}` of the rows in this group; null when not grouped by it or for rows without one."
REL_VALUE = "The related {target} of the rows in this group; null when not grouped by it, for rows without one, or one you may not see."


def _op_type(op: str, prop: Prop) -> str:
    if op == "avg":
        return "float | None"
    return f"{SCALARS[prop.kind]} | None"


def _values(entity: Entity, suffix: str, ops: tuple[str, ...], props: tuple[Prop, ...]) -> str:
    label = entity.label
    lines = [
        f"@strawberry.type(description={literal(TYPES[suffix].format(label=label))})",
        f"class {label}Aggregate{suffix}:",
    ]
    lines += [
        f"    {snake(p.name)}: {_op_type(ops[0], p)} = strawberry.field(description="
        f"{literal(d.entity(f'{label}.{p.name}'))})"
        for p in props
    ]
    return "\n".join(lines)


def _key_enum(entity: Entity) -> str:
    label = entity.label
    lines = [f"@strawberry.enum(description={literal(KEY.format(label=label))})", f"class {label}GroupKey(enum.Enum):"]
    for p in aggregation.key_props(entity):
        text = KEY_PROP.format(field=p.name, text=d.entity(f"{label}.{p.name}"))
        lines.append(f"    {snake(p.name).upper()} = described({literal(p.name)}, description={literal(text)})")
    for r in aggregation.key_rels(entity):
        text = KEY_REL.format(field=r.field, target=r.target, text=d.entity(f"{label}.{r.field}"))
        lines.append(f"    {snake(r.field).upper()} = described({literal(r.field)}, description={literal(text)})")
    return "\n".join(lines)


def _group(entity: Entity) -> str:
    label = entity.label
    lines = [f"@strawberry.type(description={literal(GROUP.format(label=label))})", f"class {label}Group:"]
    lines.append(f"    count: int = strawberry.field(description={literal(GROUP_COUNT)})")
    converters = []
    for p in aggregation.key_props(entity):
        kind = enum_name(entity, p) if p.values else "str"
        text = PROP_VALUE.format(field=p.name)
        lines.append(
            f"    {snake(p.name)}: {kind} | None = strawberry.field(default=None, description={literal(text)})"
        )
        converters.append(f"({literal(snake(p.name))}, {literal(p.name)}, {kind if p.values else None})")
    for r in aggregation.key_rels(entity):
        text = REL_VALUE.format(target=r.target)
        lines.append(
            f"    {snake(r.field)}: {r.target} | None = strawberry.field(default=None, description={literal(text)})"
        )
        converters.append(f"({literal(snake(r.field))}, {literal(r.field)}, {r.target}.of)")
    lines += ["", "", f"GROUP_FIELDS[{literal(label)}] = ({', '.join(converters)},)"]
    return "\n".join(lines)


def _aggregate(entity: Entity) -> str:
    label = entity.label
    lines = [
        f"@strawberry.type(description={literal(AGGREGATE.format(label=label))})",
        f"class {label}Aggregate:",
        "    source: strawberry.Private[Source]",
        "",
        f"    @strawberry.field(description={literal(COUNT)})",
        "    async def count(self, info: Info) -> int:",
        "        return (await aggregates.summary(self.source, info)).count",
    ]
    has = {"Values": aggregation.measured(entity), "Averages": aggregation.summed(entity)}
    has["Sums"] = has["Averages"]
    for op, (suffix, text) in OPS.items():
        if not has[suffix]:
            continue
        lines += [
            "",
            f"    @strawberry.field(description={literal(text)})",
            f"    async def {op}(self, info: Info) -> {label}Aggregate{suffix}:",
            "        found = await aggregates.summary(self.source, info)",
            f"        return aggregates.values({label}Aggregate{suffix}, found, {literal(op)})",
        ]
    if not aggregation.group_keys(label):
        return "\n".join(lines)
    by = literal(BY.format(most=aggregation.MAX_GROUP_KEYS))
    lines += [
        "",
        f"    @strawberry.field(description={literal(GROUP_BY)})",
        "    async def group_by(",
        "        self,",
        "        info: Info,",
        f"        by: Annotated[list[{label}GroupKey], strawberry.argument(description={by})],",
        f"        first: Annotated[int, strawberry.argument(description={literal(FIRST)})] = DEFAULT_PAGE_SIZE,",
        f"    ) -> list[{label}Group]:",
        f"        return await aggregates.groups(self.source, info, [k.value for k in by], first, {label}Group)",
    ]
    return "\n".join(lines)


def aggregate_types(entity: Entity) -> list[str]:
    """The entity's group key enum and group (if it has keys), its value types (those it has properties for) and its
    aggregate."""
    # The aggregate last: strawberry reads an argument's description only from a type defined before it.
    blocks = [_key_enum(entity), _group(entity)] if aggregation.group_keys(entity.label) else []
    measured, summed = aggregation.measured(entity), aggregation.summed(entity)
    if measured:
        blocks.append(_values(entity, "Values", ("min", "max"), measured))
    if summed:
        blocks.append(_values(entity, "Averages", ("avg",), summed))
        blocks.append(_values(entity, "Sums", ("sum",), summed))
    return [*blocks, _aggregate(entity)]


def connection_field(label: str) -> str:
    return f"""
    @strawberry.field(description={literal(AGGREGATE_FIELD)})
    def aggregate(self) -> {label}Aggregate:
        return {label}Aggregate(source=aggregates.source_of(self.source))"""


def every() -> list[str]:
    return [block for e in ENTITIES.values() for block in aggregate_types(e)]
