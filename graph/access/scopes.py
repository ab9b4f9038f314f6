"""Who may see which rows and fields: allow-listed Cypher conditions per label and role, applied inside every read.

Conditions use `{v}` for the node; `$viewerId` is the viewer's person id, `$viewerUnit` the unit a contact speaks
for, `$adultBornBy` the latest birth year of an adult. Rows a viewer may not see are never matched, counted or
traversed; sensitive fields are returned with two flags per row (`_full`, `_named`) that the schema masks by.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from graph.access.viewer import GRID_WORKER, PARTY_MEMBER, UNIT_CONTACT, VOLUNTEER, Viewer
from graph.core.db import Graph
from graph.core.errors import Forbidden
from graph.core.model import ENTITIES, Rel

ADULT_AGE = 18

# Reference data any signed-in viewer may read: places, organisations, skills, council business.
PUBLIC = frozenset(
    {
        "Community",
        "Grid",
        "Building",
        "PartyCommittee",
        "PartyBranch",
        "Unit",
        "Agreement",
        "Resource",
        "Skill",
        "EventCategory",
        "Department",
        "Organization",
        "CouncilMeeting",
        "CouncilTopic",
        "TopicUpdate",
        "TopicStep",
        "ServiceActivity",
        "SpecialGroup",
        "ServiceItem",
    }
)

# Sensitive fields (PIPL Art. 28): "full" ones are shown whole only with full access to the row,
# "named" ones (a person's or household's name) also to family and for staff.
FULL_FIELDS: dict[str, frozenset[str]] = {
    "Person": frozenset({"phone", "idNumber", "birthDate"}),
    "Household": frozenset({"room"}),
}
NAMED_FIELDS: dict[str, frozenset[str]] = {"Person": frozenset({"name"}), "Household": frozenset({"name"})}

# Relationships that reveal health, disability or special-group life: crossed only with full access to the person.
SENSITIVE_RELS = frozenset({"IN_SPECIAL_GROUP", "ATTENDED"})

MINOR = "coalesce({v}.birthYear > $adultBornBy, false)"
# Anchored on the viewer's own grids and households (parameters resolved once per request): a few expansions
# per row, where matching the viewer's node inside each row's subquery cost ten times the database hits.
PERSON_OF_MY_GRIDS = "EXISTS { ({v})-[:IN_HOUSEHOLD]->({v}_h:Household) WHERE {v}_h.id IN $viewerGridHouseholds }"
FAMILY = "EXISTS { ({v})-[:IN_HOUSEHOLD]->({v}_h:Household) WHERE {v}_h.id IN $viewerHouseholds }"
STAFF = "({v}:GridWorker AND NOT " + MINOR + ")"
HOUSEHOLD_OF_MY_GRIDS = "{v}.id IN $viewerGridHouseholds"
OWN_HOUSEHOLD = "{v}.id IN $viewerHouseholds"
IN_MY_GRIDS = "EXISTS { ({v})-[:IN_GRID]->({v}_g:Grid) WHERE {v}_g.id IN $viewerGrids }"
BY_ME = "EXISTS { ({v})<-[:{rel}]-({v}_p:Person) WHERE {v}_p.id = $viewerId }"
# Residents get only the rules open to every signed-in person: their own rows and their family's.
HELPER_ROLES = (PARTY_MEMBER, VOLUNTEER, UNIT_CONTACT)

# label → ((roles that get the condition, or () for every signed-in person), condition).
RULES: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "Person": (
        ((), "{v}.id = $viewerId"),
        ((), STAFF),
        ((), FAMILY),
        ((GRID_WORKER,), PERSON_OF_MY_GRIDS),
        # Requesters of wishes the viewer sees, if adult: shown minimised (name and contact masked).
        ((), "(NOT " + MINOR + " AND EXISTS { ({v})-[:MADE]->({v}_w:Wish) WHERE <Wish:{v}_w> })"),
    ),
    "Household": (((), OWN_HOUSEHOLD), ((GRID_WORKER,), HOUSEHOLD_OF_MY_GRIDS)),
    "Wish": (
        ((GRID_WORKER,), IN_MY_GRIDS),
        ((), BY_ME.replace("{rel}", "MADE|CLAIMED|FULFILLED")),
        ((), "EXISTS { ({v})<-[:CLAIMED|FULFILLED]-({v}_b:PartyBranch) WHERE {v}_b.id IN $viewerBranches }"),
        (HELPER_ROLES, "{v}.status = 'PUBLISHED'"),
        ((UNIT_CONTACT,), "EXISTS { ({v})<-[:CLAIMED|FULFILLED]-({v}_u:Unit) WHERE {v}_u.id = $viewerUnit }"),
    ),
    "Event": (
        ((GRID_WORKER,), IN_MY_GRIDS),
        ((), BY_ME.replace("{rel}", "REPORTED")),
        ((), "EXISTS { ({v})-[:ASSIGNED_TO]->({v}_h) WHERE {v}_h.id IN [$viewerId, $viewerUnit] }"),
    ),
    "Need": (
        ((), BY_ME.replace("{rel}", "HAS_NEED")),
        (
            (GRID_WORKER,),
            "EXISTS { ({v})<-[:HAS_NEED]-({v}_p:Person) WHERE " + PERSON_OF_MY_GRIDS.replace("{v}", "{v}_p") + " }",
        ),
    ),
    "HomeVisit": (
        ((), "EXISTS { ({v})-[:BY|TO]->({v}_p:Person) WHERE {v}_p.id = $viewerId }"),
        (
            (GRID_WORKER,),
            "EXISTS { ({v})-[:TO]->({v}_p:Person) WHERE " + PERSON_OF_MY_GRIDS.replace("{v}", "{v}_p") + " }",
        ),
    ),
    "Dispute": (
        (
            (GRID_WORKER,),
            "EXISTS { ({v})-[:ARISES_FROM]->({v}_e:Event) WHERE " + IN_MY_GRIDS.replace("{v}", "{v}_e") + " }",
        ),
        (
            (),
            "EXISTS { ({v})-[:HAS_PARTY]->(:DisputeParty)-[:PARTY]->({v}_p) WHERE {v}_p.id IN [$viewerId, $viewerUnit] }",
        ),
    ),
    "DisputeParty": (((), "EXISTS { ({v})<-[:HAS_PARTY]-({v}_d:Dispute) WHERE <Dispute:{v}_d> }"),),
    "MediationSession": (((), "EXISTS { ({v})<-[:HAD_SESSION]-({v}_d:Dispute) WHERE <Dispute:{v}_d> }"),),
    "DisputeStep": (((), "EXISTS { ({v})-[:OF_DISPUTE]->({v}_d:Dispute) WHERE <Dispute:{v}_d> }"),),
    "WishTransition": (((), "EXISTS { ({v})-[:OF_WISH]->({v}_w:Wish) WHERE <Wish:{v}_w> }"),),
    "EventStep": (((), "EXISTS { ({v})-[:OF_EVENT]->({v}_e:Event) WHERE <Event:{v}_e> }"),),
    # AuditEntry (and anything not listed): administrators only.
}

# Full access to a row's sensitive fields (beyond administrators).
FULL: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "Person": (((), "{v}.id = $viewerId"), ((GRID_WORKER,), PERSON_OF_MY_GRIDS)),
    "Household": (((), OWN_HOUSEHOLD), ((GRID_WORKER,), HOUSEHOLD_OF_MY_GRIDS)),
}
NAMED: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "Person": (((), STAFF), ((), FAMILY)),
}

_NESTED = re.compile(r"<(\w+):(\w+)>")


# What the viewer's own node says, read once per request.
VIEWER_CONTEXT = """
OPTIONAL MATCH (me:Person {id: $viewerId})
RETURN me IS NOT NULL AS found,
       [(me)-[:WORKS_GRID]->(g:Grid) | g.id] AS grids,
       [(me)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(h:Household) | h.id] AS gridHouseholds,
       [(me)-[:IN_HOUSEHOLD]->(h:Household) | h.id] AS households,
       [(me)-[:MEMBER_OF]->(b:PartyBranch) | b.id] AS branches
"""


async def resolve(graph: Graph, viewer: Viewer) -> Viewer:
    """The viewer with its grids (only if it holds the grid-worker role), households and branches filled in."""
    if viewer.admin or viewer.person_id is None:
        return viewer
    row = await graph.read_one(VIEWER_CONTEXT, viewerId=viewer.person_id)
    if row is None or not row["found"]:
        return viewer
    return replace(
        viewer,
        grids=frozenset(row["grids"]) if GRID_WORKER in viewer.roles else frozenset(),
        grid_households=frozenset(row["gridHouseholds"]) if GRID_WORKER in viewer.roles else frozenset(),
        households=frozenset(row["households"]),
        branches=frozenset(row["branches"]),
    )


def params(viewer: Viewer) -> dict[str, object]:
    """The parameters every scoped query carries."""
    return {
        "viewerId": viewer.person_id,
        "viewerUnit": viewer.unit,
        "viewerGrids": sorted(viewer.grids),
        "viewerGridHouseholds": sorted(viewer.grid_households),
        "viewerHouseholds": sorted(viewer.households),
        "viewerBranches": sorted(viewer.branches),
        "adultBornBy": datetime.now(UTC).year - ADULT_AGE,
    }


def _any(rules: tuple[tuple[tuple[str, ...], str], ...], var: str, viewer: Viewer) -> list[str]:
    out = []
    for roles, condition in rules:
        if roles and not viewer.has(*roles):
            continue
        text = condition.replace("{v}", var)
        out.append(_NESTED.sub(lambda m: visible(m.group(1), m.group(2), viewer), text))
    return out


def visible(label: str, var: str, viewer: Viewer) -> str:
    """A Cypher condition: the viewer may see node `var` of `label`."""
    if viewer.admin:
        return "true"
    if viewer.person_id is None:
        return "false"
    if label in PUBLIC:
        return "true"
    conditions = _any(RULES.get(label, ()), var, viewer)
    return "(" + (" OR ".join(conditions) or "false") + ")"


def full(label: str, var: str, viewer: Viewer) -> str:
    """A Cypher condition: the viewer may see the row's sensitive fields whole."""
    if viewer.admin:
        return "true"
    if viewer.person_id is None or label not in FULL:
        return "false"
    return "(" + " OR ".join(_any(FULL[label], var, viewer)) + ")"


def named(label: str, var: str, viewer: Viewer) -> str:
    """A Cypher condition: the viewer may see the row's name (full access, family, or staff)."""
    if label not in NAMED_FIELDS:
        return "true"
    extra = _any(NAMED.get(label, ()), var, viewer) if viewer.person_id else []
    return "(" + " OR ".join([full(label, var, viewer), *extra]) + ")"


def projection(label: str, var: str, viewer: Viewer, props: frozenset[str] | None = None) -> str:
    """The row as a map, of every property or of `props` (and the id: the driver decodes only what a selection
    shows); rows with sensitive fields also say how much of them the viewer may see."""
    if props is None:
        keys = ".*"
    else:
        entity = ENTITIES[label]
        unknown = sorted(p for p in props if entity.prop(p) is None)
        if unknown:
            raise ValueError(f"{label} has no properties {unknown}")
        keys = ", ".join(f".{p}" for p in sorted(props | {"id"}))
    if label not in FULL_FIELDS:
        return f"{var} {{{keys}}}"
    return f"{var} {{{keys}, _full: {full(label, var, viewer)}, _named: {named(label, var, viewer)}}}"


def field_guard(label: str, prop: str, var: str, viewer: Viewer) -> str | None:
    """Filtering on a sensitive field only ever matches rows whose field the viewer sees whole."""
    if prop in FULL_FIELDS.get(label, ()):
        return full(label, var, viewer)
    if prop in NAMED_FIELDS.get(label, ()):
        return named(label, var, viewer)
    return None


def sensitive_field(label: str, prop: str) -> bool:
    """Filtering or sorting on it counts as reading it: guarded, and audited."""
    return prop in FULL_FIELDS.get(label, ()) or prop in NAMED_FIELDS.get(label, ())


def check_sort(label: str, key: str, viewer: Viewer) -> None:
    """Sorting would reveal a masked value's order: sensitive keys are for administrators."""
    if sensitive_field(label, key) and not viewer.admin:
        raise Forbidden(f"sorting {label} by `{key}` is reserved to community administrators; sort by id instead")


def sensitive_rel(rel: Rel) -> bool:
    return any(t in rel.pattern for t in SENSITIVE_RELS)


def any_visible(var: str, viewer: Viewer) -> str:
    """`visible` for a node of any label (exploration): unknown labels are hidden."""
    if viewer.admin:
        return "true"
    if viewer.person_id is None:
        return "false"
    branches = " ".join(
        f"WHEN {var}:{label} THEN {visible(label, var, viewer)}" for label in ENTITIES if label not in PUBLIC
    )
    public = " OR ".join(f"{var}:{label}" for label in sorted(PUBLIC))
    return f"(CASE {branches} ELSE ({public}) END)"


def any_full(var: str, viewer: Viewer) -> str:
    if viewer.admin:
        return "true"
    branches = " ".join(f"WHEN {var}:{label} THEN {full(label, var, viewer)}" for label in FULL_FIELDS)
    return f"(CASE {branches} ELSE true END)"


def any_named(var: str, viewer: Viewer) -> str:
    if viewer.admin:
        return "true"
    branches = " ".join(f"WHEN {var}:{label} THEN {named(label, var, viewer)}" for label in NAMED_FIELDS)
    return f"(CASE {branches} ELSE true END)"


def any_projection(var: str, viewer: Viewer) -> str:
    """`projection` for a node of any label (exploration)."""
    return f"{var} {{.*, _full: {any_full(var, viewer)}, _named: {any_named(var, viewer)}}}"
