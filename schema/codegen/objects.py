"""Writes every entity's object type, connection and edge (schema/entities/objects.py)."""

from __future__ import annotations

from graph.core.model import ENTITIES, Entity, Prop, Rel
from schema.codegen import descriptions as d
from schema.codegen.aggregates import connection_field, every
from schema.codegen.inputs import model_enums
from schema.codegen.names import enum_name, literal, prop_type, snake
from schema.privacy import is_sensitive

SENSITIVE = " Sensitive personal data: masked unless you have full access; full reads are audited."
MASKED = "Sensitive fields you see masked or withheld (no full access)."
NODES = "The page's nodes, as in `edges` but without their cursors."

ACTOR = (
    "actor",
    "references.actor",
    "The person who took the step (`actorId`); null for the system or one you may not see.",
)
# Fields a domain adds to an entity's type, after the model's: label → (field, resolver, description). A property
# holding another node's id (`actorId`) is offered as that node too (schema/references.py).
EXTRA_FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "Wish": (("candidates", "matching.wish_candidates", "Helpers who can fulfil this wish, best first, with why."),),
    "WishTransition": (
        ACTOR,
        (
            "claimant",
            "references.claimant",
            "The person, party branch or unit the step named (`subjectId`: claimed, released, declined); null for "
            "other steps or one you may not see.",
        ),
    ),
    "EventStep": (
        ACTOR,
        (
            "subject",
            "references.event_subject",
            "Whom the step named (`subjectId`): the handler assigned (person, unit, department) or the event this "
            "one duplicates; null for other steps or one you may not see.",
        ),
    ),
    "DisputeStep": (ACTOR,),
    "TopicStep": (ACTOR,),
    "AuditEntry": (
        ("viewer", "references.audit_viewer", "The person who read (`viewerId`); null if no person of the graph."),
        (
            "subject",
            "references.audit_subject",
            "Whose data was read (`subjectLabel`, `subjectId`); null for a filter or sort, or one gone.",
        ),
    ),
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


def _argument(name: str, kind: str) -> str:
    return f"        {name}: Annotated[{kind}, strawberry.argument(description={literal(d.ARGUMENTS[name])})] = None,"


# A connection field's arguments; {target} is the label listed.
PAGE_ARGUMENTS = "\n".join(
    [
        _argument("first", "int | None"),
        _argument("after", "str | None"),
        _argument("last", "int | None"),
        _argument("before", "str | None"),
        _argument("where", "{target}Where | None"),
        _argument("orderBy", "list[{target}Order] | None").replace("orderBy", "order_by", 1),
    ]
)


def _sensitive(entity: Entity, prop: Prop) -> list[str]:
    kind = prop_type(entity, prop)
    text = d.entity(f"{entity.label}.{prop.name}") + SENSITIVE
    return [
        f"    @strawberry.field(description={literal(text)})",
        f"    def {snake(prop.name)}(self, info: Info) -> {kind}:",
        f"        value: {kind} = fields.sensitive(self, info, {literal(prop.name)})",
        "        return value",
    ]


def _many(entity: Entity, rel: Rel) -> list[str]:
    name = snake(rel.field)
    return [
        f"    @strawberry.field(description={literal(d.entity(f'{entity.label}.{rel.field}'))})",
        f"    def {name}(",
        "        self,",
        "        info: Info,",
        PAGE_ARGUMENTS.format(target=rel.target),
        f"    ) -> {rel.target}Connection:",
        "        return fields.related_page(",
        f"            self, info, {literal(rel.field)}, {rel.target}Connection, first, after, last, before, where, order_by",
        "        )",
    ]


def _one(entity: Entity, rel: Rel) -> list[str]:
    text = d.entity(f"{entity.label}.{rel.field}") + d.HIDDEN
    return [
        f"    @strawberry.field(description={literal(text)})",
        f"    def {snake(rel.field)}(self, info: Info) -> {rel.target} | None:",
        f"        return fields.related_node(self, info, {literal(rel.field)}, {rel.target})",
    ]


def _object(entity: Entity) -> str:
    label = entity.label
    plain = [p for p in entity.props if p.kind != "id" and not is_sensitive(label, p.name)]
    sensitive = [p for p in entity.props if p.kind != "id" and is_sensitive(label, p.name)]
    lines = [f"@strawberry.type(description={literal(d.entity(label))})", f"class {label}(Node):"]
    # Plain properties first: `wrap` sets them as attributes, and strawberry lists annotated fields first.
    lines += [
        f"    {snake(p.name)}: {prop_type(entity, p)} = strawberry.field(description={literal(d.entity(f'{label}.{p.name}'))})"
        for p in plain
    ]
    methods = [_sensitive(entity, p) for p in sensitive]
    methods += [_many(entity, r) if r.many else _one(entity, r) for r in entity.rels]
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
    return f"""@strawberry.type(description={literal(d.EDGE.format(label=label))})
class {label}Edge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description={literal(d.EDGE_NODE.format(label=label))})
    def node(self) -> {label}:
        return {label}.of(self.edge.node)

    @strawberry.field(description={literal(d.EDGE_CURSOR)})
    def cursor(self) -> str:
        return self.edge.cursor"""


def _connection(label: str) -> str:
    return f"""@strawberry.type(description={literal(d.CONNECTION.format(label=label))})
class {label}Connection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description={literal(d.CONNECTION_EDGES.format(label=label))})
    def edges(self) -> list[{label}Edge]:
        return [{label}Edge(edge=e) for e in self.page.edges]

    @strawberry.field(description={literal(NODES)})
    def nodes(self) -> list[{label}]:
        return [{label}.of(e.node) for e in self.page.edges]

    @strawberry.field(description={literal(d.CONNECTION_PAGE_INFO)})
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description={literal(d.CONNECTION_TOTAL.format(label=label))})
    def total_count(self) -> int:
        return fields.total_count(self.page)
{connection_field(label)}"""


def objects() -> str:
    imported_enums = [n for n in model_enums() if any(n == enum_name(e, p) for e in ENTITIES.values() for p in e.props)]
    targets = {r.target: None for e in ENTITIES.values() for r in e.rels if r.many}
    where = [f"{label}{kind}" for label in targets for kind in ("Where", "Order")]
    blocks = []
    for entity in ENTITIES.values():
        blocks += [_object(entity), _connection(entity.label), _edge(entity.label)]
    blocks += every()
    return (
        "from __future__ import annotations\n\nimport datetime\nimport enum\nfrom typing import Annotated\n\n"
        "import strawberry\n\n"
        "from graph.core.records import Edge, Page\n"
        "from schema import aggregates, fields, matching, references\n"
        "from schema.aggregates import GROUP_FIELDS, Source\n"
        "from schema.connections import DEFAULT_PAGE_SIZE, PageInfo\n"
        "from schema.context import Info\n"
        f"from schema.entities.enums import {', '.join(imported_enums)}\n"
        f"from schema.entities.inputs import {', '.join(where)}\n"
        "from schema.relay import PLAIN_FIELDS, TYPES, Node\n"
        "from schema.values import described\n\n\n" + "\n\n\n".join(blocks) + "\n"
    )
