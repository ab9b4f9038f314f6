"""Writes every entity's object type, connection and edge (schema/entities/objects.py)."""

from __future__ import annotations

from graph.core.model import ENTITIES, Entity, Prop, Rel
from schema.codegen.inputs import model_enums
from schema.codegen.names import enum_name, literal, prop_type, snake
from schema.privacy import is_sensitive

SENSITIVE = "Sensitive personal data: masked unless you have full access; full reads are audited."
MASKED = "Sensitive fields you see masked or withheld (no full access)."
TOTAL = "How many match the filter; counted only when selected."
NODES = "The page's nodes, as in `edges` but without their cursors."

# Fields a domain adds to an entity's type, after the model's: label → (field, resolver, description).
EXTRA_FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Wish": (("candidates", "matching.wish_candidates", "Helpers who can fulfil this wish, best first, with why."),),
    "Person": (("suggested_wishes", "matching.suggested_wishes", "Open wishes this person could fulfil."),),
    "Unit": (("suggested_wishes", "matching.suggested_wishes", "Open wishes this unit could fulfil."),),
    "Event": (
        (
            "light",
            "fields.sla_light",
            "The SLA light of the current stage now: GREEN under 80 % of its limit, YELLOW to 100 %, RED over; "
            "null when nothing is due (closed, invalid, duplicate).",
        ),
    ),
}

PAGE_ARGUMENTS = """        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: {target}Where | None = None,
        order_by: list[{target}Order] | None = None,"""


def _sensitive(entity: Entity, prop: Prop) -> list[str]:
    kind = prop_type(entity, prop)
    return [
        f"    @strawberry.field(description={literal(SENSITIVE)})",
        f"    def {snake(prop.name)}(self, info: Info) -> {kind}:",
        f"        value: {kind} = fields.sensitive(self, info, {literal(prop.name)})",
        "        return value",
    ]


def _many(rel: Rel) -> list[str]:
    name = snake(rel.field)
    return [
        "    @strawberry.field",
        f"    def {name}(",
        "        self,",
        "        info: Info,",
        PAGE_ARGUMENTS.format(target=rel.target),
        f"    ) -> {rel.target}Connection:",
        "        return fields.related_page(",
        f"            self, info, {literal(rel.field)}, {rel.target}Connection, first, after, last, before, where, order_by",
        "        )",
    ]


def _one(rel: Rel) -> list[str]:
    return [
        "    @strawberry.field",
        f"    def {snake(rel.field)}(self, info: Info) -> {rel.target} | None:",
        f"        return fields.related_node(self, info, {literal(rel.field)}, {rel.target})",
    ]


def _object(entity: Entity) -> str:
    label = entity.label
    plain = [p for p in entity.props if p.kind != "id" and not is_sensitive(label, p.name)]
    sensitive = [p for p in entity.props if p.kind != "id" and is_sensitive(label, p.name)]
    lines = ["@strawberry.type", f"class {label}(Node):"]
    # Plain properties first: `wrap` sets them as attributes, and strawberry lists annotated fields first.
    lines += [f"    {snake(p.name)}: {prop_type(entity, p)}" for p in plain]
    methods = [_sensitive(entity, p) for p in sensitive]
    methods += [_many(r) if r.many else _one(r) for r in entity.rels]
    if sensitive:
        methods.append(
            [
                f"    @strawberry.field(description={literal(MASKED)})",
                "    def masked_fields(self, info: Info) -> list[str]:",
                "        return fields.masked_fields(self, info)",
            ]
        )
    for name, resolver, description in EXTRA_FIELDS.get(label, ()):
        methods.append(
            [
                "    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.",
                f"    {name} = strawberry.field(resolver={resolver}, description={literal(description)})",
            ]
        )
    for method in methods:
        lines += ["", *method]
    converters = ", ".join(
        f"({literal(snake(p.name))}, {literal(p.name)}, {enum_name(entity, p) if p.values else None})" for p in plain
    )
    lines += [
        "",
        "",
        f"TYPES[{literal(label)}] = {label}",
        f"PLAIN_FIELDS[{literal(label)}] = ({converters},)" if plain else f"PLAIN_FIELDS[{literal(label)}] = ()",
    ]
    return "\n".join(lines)


def _edge(label: str) -> str:
    return f"""@strawberry.type
class {label}Edge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> {label}:
        return {label}.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor"""


def _connection(label: str) -> str:
    return f"""@strawberry.type(description={literal(f"A page of {label}.")})
class {label}Connection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[{label}Edge]:
        return [{label}Edge(edge=e) for e in self.page.edges]

    @strawberry.field(description={literal(NODES)})
    def nodes(self) -> list[{label}]:
        return [{label}.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description={literal(TOTAL)})
    def total_count(self) -> int | None:
        return self.page.total"""


def objects() -> str:
    imported_enums = [n for n in model_enums() if any(n == enum_name(e, p) for e in ENTITIES.values() for p in e.props)]
    targets = {r.target: None for e in ENTITIES.values() for r in e.rels if r.many}
    where = [f"{label}{kind}" for label in targets for kind in ("Where", "Order")]
    blocks = []
    for entity in ENTITIES.values():
        blocks += [_object(entity), _connection(entity.label), _edge(entity.label)]
    return (
        "from __future__ import annotations\n\nimport datetime\n\nimport strawberry\n\n"
        "from graph.core.records import Edge, Page\n"
        "from schema import fields, matching\n"
        "from schema.connections import PageInfo\n"
        "from schema.context import Info\n"
        f"from schema.entities.enums import {', '.join(imported_enums)}\n"
        f"from schema.entities.inputs import {', '.join(where)}\n"
        "from schema.relay import PLAIN_FIELDS, TYPES, Node\n\n\n" + "\n\n\n".join(blocks) + "\n"
    )
