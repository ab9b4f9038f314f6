"""The community graph's model: labels, properties and relationships, the allow-list for all Cypher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

PropKind = Literal["id", "str", "int", "float", "bool", "date", "datetime", "list"]


@dataclass(frozen=True)
class Prop:
    name: str
    kind: PropKind = "str"
    sortable: bool = False
    # A closed set of values: the API offers it as an enum.
    values: tuple[str, ...] = ()
    # Every node of the label has a value (the writers and seeds guarantee it; tests/graph checks the data): the
    # API types it non-null. Community edition has no property-existence constraints, so the writers are the guard.
    required: bool = False
    # The GraphQL enum of `values` when it is another property's set of states (a history's from/to share the
    # entity's status enum); empty: the entity's own enum, named after the label and the property.
    enum: str = ""
    # A string of few distinct values that is no closed set (codes an administrator adds): a key to group rows by, as
    # the enums are (graph/reads/aggregation.py).
    grouped: bool = False


@dataclass(frozen=True)
class Rel:
    """A traversal from `src` to `dst`, written as a literal Cypher pattern.

    The pattern may span several hops (a resident's building is reached through the household), so
    the API can offer a natural field without storing derivable relationships twice.
    """

    field: str
    pattern: str
    target: str
    many: bool = True


@dataclass(frozen=True)
class Virtual:
    """A filter on a value computed at query time (never stored): one allow-listed Cypher condition per value.

    Conditions use `{v}` for the node and `$now` for the query's clock; `values` empty means a yes/no filter
    whose conditions are keyed "true" and "false".
    """

    name: str
    conditions: tuple[tuple[str, str], ...]
    values: tuple[str, ...] = ()
    # The GraphQL enum of `values` (one per distinct name, shared between entities).
    enum_name: str = ""

    def condition(self, value: str) -> str | None:
        return next((c for v, c in self.conditions if v == value), None)


@dataclass(frozen=True)
class Entity:
    label: str
    props: tuple[Prop, ...]
    rels: tuple[Rel, ...] = ()
    fulltext: tuple[str, ...] = ()
    virtual: tuple[Virtual, ...] = ()

    def virtual_filter(self, name: str) -> Virtual | None:
        return next((v for v in self.virtual if v.name == name), None)

    def prop(self, name: str) -> Prop | None:
        return next((p for p in self.props if p.name == name), None)

    def rel(self, field: str) -> Rel | None:
        return next((r for r in self.rels if r.field == field), None)

    @property
    def sort_keys(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.props if p.sortable)


# Enumerations of the model, shared by seeds and the GraphQL enums.
GRID_KINDS = ("RESIDENTIAL", "SCHOOL")
GENDERS = ("FEMALE", "MALE")
GRID_ROLES = (
    "FULL_TIME",
    "CADRE",
    "VETERAN",
    "VOLUNTEER",
    "BUILDING_HEAD",
    "UNIT_HEAD",
    "TEACHER",
)
PARTY_STATUSES = ("RETIRED", "IN_SERVICE")
SPECIAL_GROUP_KINDS = (
    "ELDERLY_ALONE",
    "CHILD_IN_DIFFICULTY",
    "DISABLED",
    "LOST_ONLY_CHILD",
)
UNIT_KINDS = ("ENTERPRISE", "INSTITUTION", "SCHOOL")
RESOURCE_KINDS = ("ACTIVITY_ROOM", "VENUE", "SPORTS_GROUND", "EQUIPMENT")
JOINT_CREATIONS = (
    "IDEOLOGY",
    "ENVIRONMENT",
    "CULTURE",
    "PUBLIC_WELFARE",
    "ECONOMY",
    "PUBLIC_SECURITY",
)
COLLABORATIONS = (
    "ORGANISATION",
    "RESOURCES",
    "ACTIVITIES",
    "AFFAIRS",
    "MEMBER_MANAGEMENT",
    "TALENT",
    "CULTURE",
)
WISH_STATUSES = (
    "SUBMITTED",
    "VERIFIED",
    "PUBLISHED",
    "CLAIMED",
    "CONFIRMED",
    "IN_PROGRESS",
    "FULFILLED",
    "REJECTED",
    "CANCELLED",
    "WITHDRAWN",
    "EXPIRED",
)
# The wish workflow's actions, as its history stores them (graph/wishes/flow.py's table; a unit test compares them).
WISH_ACTIONS = (
    "create",
    "verify",
    "reject",
    "publish",
    "claim",
    "release",
    "confirm",
    "start",
    "fulfil",
    "cancel",
    "withdraw",
    "expire",
    "decline",
)
# What a wish asks for: the seeds' vocabulary (seeds/catalog.py), and OTHER for a wish that fits none.
WISH_CATEGORIES = ("REPAIR", "CARE", "EDUCATION", "SUPPLIES", "LEGAL", "DAILY_LIFE", "HEALTH", "OTHER")
SKILL_CATEGORIES = ("REPAIR", "CARE", "EDUCATION", "LEGAL", "HEALTH", "DAILY_LIFE")
# An event category's time limits in hours, one per SLA stage (graph.events.states.STAGES names which).
CATEGORY_LIMITS = ("verifyHours", "assignHours", "startHours", "resolveHours", "holdHours", "reviewHours")
# The four categories of the article, with their limits in the order of CATEGORY_LIMITS: reference data the
# migrations put in every database.
BUILT_IN_CATEGORIES: tuple[tuple[str, str, tuple[float, ...]], ...] = (
    ("ENVIRONMENT_SANITATION", "环境卫生", (24, 24, 24, 72, 168, 48)),
    ("FIRE_SAFETY", "消防安全", (2, 2, 4, 24, 24, 24)),
    ("DISPUTE", "矛盾纠纷", (24, 24, 48, 360, 168, 72)),
    ("SOCIAL_SECURITY", "社会保障", (24, 24, 48, 120, 168, 72)),
)
EVENT_STATUSES = (
    "REPORTED",
    "VERIFIED",
    "ASSIGNED",
    "REASSIGNMENT_REQUESTED",
    "IN_PROGRESS",
    "ON_HOLD",
    "ESCALATED",
    "RESOLVED",
    "REVIEWED",
    "CLOSED",
    "REOPENED",
    "INVALID",
    "DUPLICATE",
)
# What the step history records: every event action, and the report that opened it.
EVENT_ACTIONS = (
    "report",
    "verify",
    "invalidate",
    "mark_duplicate",
    "assign",
    "request_reassignment",
    "start",
    "hold",
    "resume",
    "escalate",
    "resolve",
    "review",
    "rework",
    "close",
    "rate",
    "reopen",
    "self_handle",
)
SLA_LIGHTS = ("GREEN", "YELLOW", "RED")
EVENT_SOURCES = ("PATROL", "RESIDENT", "HOME_VISIT", "WECHAT_GROUP")
DISPUTE_OUTCOMES = ("AGREEMENT_REACHED", "NOT_REACHED", "REFERRED")
DISPUTE_STATUSES = ("OPEN", "MEDIATING", "CLOSED")
DISPUTE_ACTIONS = ("open", "add_party", "assign_mediator", "record_session", "close", "refer")
PARTY_ROLES = ("APPLICANT", "RESPONDENT", "THIRD_PARTY")
ORGANIZATION_KINDS = (
    "NPC_DEPUTY_STATION",
    "WOMENS_ASSOCIATION",
    "ELDERLY_ASSOCIATION",
    "OWNERS_COMMITTEE",
    "MEDIATION_STUDIO",
)
TOPIC_STAGES = ("PROPOSED", "ACCEPTED", "DELIBERATED", "SUPERVISED", "REVIEWED", "REOPENED", "REJECTED", "MERGED")
TOPIC_OUTCOMES = ("SOLVED", "REOPENED")
# What a council topic is about: the four kinds of matter the article's councils took up, and the rest.
TOPIC_CATEGORIES = ("HOUSE_REPAIR", "ROAD_RENOVATION", "GREENING", "PROPERTY_MANAGEMENT", "PUBLIC_FACILITIES", "OTHER")
TOPIC_ACTIONS = ("propose", "accept", "reject", "merge", "deliberate", "supervise", "solve", "reopen")
ACTIVITY_KINDS = (
    "BIRTHDAY_PARTY",
    "AFTER_SCHOOL_CLASS",
    "HOLIDAY_CLASS",
    "HOME_VISIT_CAMPAIGN",
)
# Needs lists (需求清单) and service lists (服务清单) of the special groups: sensitive personal data (PIPL Art. 28).
NEED_SOURCES = ("HOME_VISIT", "WECHAT_GROUP", "PATROL")
NEED_STATUSES = ("OPEN", "MET", "CLOSED")
SERVICE_FREQUENCIES = ("WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY", "ON_DEMAND")
# How an audited request used a sensitive field: read it whole, or filtered or sorted rows by it.
AUDIT_ACCESSES = ("READ", "FILTER", "SORT", "IMPORT", "EXPORT")


ID = Prop("id", "id", sortable=True, required=True)
NAME = Prop("name", sortable=True, required=True)
TITLE = Prop("title", sortable=True, required=True)


def _out(rel_type: str) -> str:
    return f"(src)-[:{rel_type}]->(dst)"


def _in(rel_type: str) -> str:
    return f"(src)<-[:{rel_type}]-(dst)"


ENTITIES: dict[str, Entity] = {
    e.label: e
    for e in (
        Entity(
            "Community",
            (
                ID,
                NAME,
                Prop("city", required=True),
                Prop("district", required=True),
                Prop("subdistrict", required=True),
            ),
            (
                Rel("grids", _in("IN_COMMUNITY"), "Grid"),
                Rel("partyCommittee", _in("IN_COMMUNITY"), "PartyCommittee", many=False),
                Rel("organizations", _in("IN_COMMUNITY"), "Organization"),
                Rel("agreements", _in("WITH"), "Agreement"),
                Rel("meetings", _in("IN_COMMUNITY"), "CouncilMeeting"),
                Rel("topics", _in("IN_COMMUNITY"), "CouncilTopic"),
                Rel("activities", _in("IN_COMMUNITY"), "ServiceActivity"),
                Rel("specialGroups", _in("IN_COMMUNITY"), "SpecialGroup"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Grid",
            (
                ID,
                NAME,
                Prop("code", sortable=True, required=True),
                Prop("kind", sortable=True, values=GRID_KINDS, required=True),
            ),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("adjacentGrids", "(src)-[:ADJACENT_TO]-(dst)", "Grid"),
                Rel("buildings", _in("IN_GRID"), "Building"),
                Rel("gridWorkers", _in("WORKS_GRID"), "Person"),
                Rel("events", _in("IN_GRID"), "Event"),
                Rel("wishes", _in("IN_GRID"), "Wish"),
                Rel("units", _in("LOCATED_IN"), "Unit"),
                Rel("resources", _in("LOCATED_IN"), "Resource"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Building",
            (ID, NAME, Prop("address", required=True), Prop("floors", "int", sortable=True, required=True)),
            (
                Rel("grid", _out("IN_GRID"), "Grid", many=False),
                Rel("households", _in("IN_BUILDING"), "Household"),
                Rel(
                    "residents",
                    "(src)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(dst)",
                    "Person",
                ),
                Rel("events", _in("AT_BUILDING"), "Event"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Household",
            (ID, NAME, Prop("room", sortable=True, required=True)),
            (
                Rel("building", _out("IN_BUILDING"), "Building", many=False),
                Rel("members", _in("IN_HOUSEHOLD"), "Person"),
                Rel("wishes", "(src)<-[:IN_HOUSEHOLD]-(:Person)-[:MADE]->(dst)", "Wish"),
                Rel("homeVisits", "(src)<-[:IN_HOUSEHOLD]-(:Person)<-[:TO]-(dst)", "HomeVisit"),
            ),
        ),
        Entity(
            "Person",
            (
                ID,
                NAME,
                Prop("gender", values=GENDERS, required=True),
                Prop("birthYear", "int", sortable=True, required=True),
                # Sensitive (PIPL Art. 28): masked unless the viewer has full access (graph/scopes.py).
                Prop("birthDate", "date", required=True),
                Prop("phone"),
                Prop("idNumber", required=True),
                Prop("partyStatus", values=PARTY_STATUSES),
                Prop("joinedPartyOn", "date", sortable=True),
                Prop("reportedOn", "date", sortable=True),
                Prop("gridRole", values=GRID_ROLES),
                Prop("capacity", "int"),
            ),
            (
                Rel("household", _out("IN_HOUSEHOLD"), "Household", many=False),
                Rel(
                    "building",
                    "(src)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(dst)",
                    "Building",
                    many=False,
                ),
                Rel("branch", _out("MEMBER_OF"), "PartyBranch", many=False),
                Rel("workGrids", _out("WORKS_GRID"), "Grid"),
                Rel("skills", _out("HAS_SKILL"), "Skill"),
                Rel("specialGroups", _out("IN_SPECIAL_GROUP"), "SpecialGroup"),
                Rel("wishes", _out("MADE"), "Wish"),
                Rel("claimedWishes", _out("CLAIMED"), "Wish"),
                Rel("fulfilledWishes", _out("FULFILLED"), "Wish"),
                Rel("reportedEvents", _out("REPORTED"), "Event"),
                Rel("disputes", "(src)<-[:PARTY]-(:DisputeParty)<-[:HAS_PARTY]-(dst)", "Dispute"),
                Rel("proposedTopics", _out("PROPOSED"), "CouncilTopic"),
                Rel("ownedTopics", _in("OWNED_BY"), "CouncilTopic"),
                Rel("activities", _out("ATTENDED"), "ServiceActivity"),
                Rel("meetings", _out("ATTENDED"), "CouncilMeeting"),
                Rel("needs", _out("HAS_NEED"), "Need"),
                Rel("homeVisits", _in("TO"), "HomeVisit"),
                Rel("visitsMade", _in("BY"), "HomeVisit"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "PartyCommittee",
            (ID, NAME),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("branches", _in("UNDER"), "PartyBranch"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "PartyBranch",
            (ID, NAME),
            (
                Rel("committee", _out("UNDER"), "PartyCommittee", many=False),
                Rel("members", _in("MEMBER_OF"), "Person"),
                Rel("claimedWishes", _out("CLAIMED"), "Wish"),
                Rel("fulfilledWishes", _out("FULFILLED"), "Wish"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Unit",
            (ID, NAME, Prop("kind", sortable=True, values=UNIT_KINDS, required=True), Prop("address", required=True)),
            (
                Rel("grid", _out("LOCATED_IN"), "Grid", many=False),
                Rel("agreement", _out("SIGNED"), "Agreement", many=False),
                Rel("resources", _out("OFFERS"), "Resource"),
                Rel("claimedWishes", _out("CLAIMED"), "Wish"),
                Rel("fulfilledWishes", _out("FULFILLED"), "Wish"),
                Rel("disputes", "(src)<-[:PARTY]-(:DisputeParty)<-[:HAS_PARTY]-(dst)", "Dispute"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Agreement",
            (
                ID,
                TITLE,
                Prop("signedOn", "date", sortable=True, required=True),
                Prop("jointCreations", "list", required=True),
                Prop("collaborations", "list", required=True),
            ),
            (
                Rel("unit", _in("SIGNED"), "Unit", many=False),
                Rel("community", _out("WITH"), "Community", many=False),
            ),
        ),
        Entity(
            "Resource",
            (
                ID,
                NAME,
                Prop("kind", sortable=True, values=RESOURCE_KINDS, required=True),
                Prop("description", required=True),
                Prop("capacity", "int", sortable=True, required=True),
            ),
            (
                Rel("unit", _in("OFFERS"), "Unit", many=False),
                Rel("grid", _out("LOCATED_IN"), "Grid", many=False),
            ),
            fulltext=("name", "description"),
        ),
        Entity(
            "Skill",
            (ID, NAME, Prop("category", sortable=True, values=SKILL_CATEGORIES, required=True)),
            (
                Rel("people", _in("HAS_SKILL"), "Person"),
                Rel("wishes", _in("REQUIRES"), "Wish"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Wish",
            (
                ID,
                TITLE,
                Prop("description", required=True),
                Prop("category", sortable=True, values=WISH_CATEGORIES, required=True),
                Prop("urgency", "int", sortable=True, required=True),
                Prop("status", sortable=True, values=WISH_STATUSES, required=True),
                Prop("headCount", "int", required=True),
                Prop("createdAt", "datetime", sortable=True, required=True),
                Prop("deadline", "date", sortable=True),
                Prop("fulfilledAt", "datetime", sortable=True),
                # Incremented by every step (the create step writes 0): numbers its history.
                Prop("version", "int", required=True),
            ),
            (
                Rel("requester", _in("MADE"), "Person", many=False),
                Rel("grid", _out("IN_GRID"), "Grid", many=False),
                Rel("requiredSkills", _out("REQUIRES"), "Skill"),
                Rel("claimedBy", _in("CLAIMED"), "Person"),
                Rel("fulfilledBy", _in("FULFILLED"), "Person"),
                Rel("fulfillingUnits", _in("FULFILLED"), "Unit"),
                Rel("claimingUnits", _in("CLAIMED"), "Unit"),
                Rel("claimingBranches", _in("CLAIMED"), "PartyBranch"),
                Rel("fulfillingBranches", _in("FULFILLED"), "PartyBranch"),
                Rel("history", _in("OF_WISH"), "WishTransition"),
                Rel("declinedBy", _in("DECLINED"), "Person"),
            ),
            fulltext=("title", "description"),
        ),
        Entity(
            "WishTransition",
            (
                ID,
                Prop("action", values=WISH_ACTIONS, required=True),
                # Not "from"/"to": generated GraphQL input classes cannot have Python keywords as fields.
                Prop("fromStatus", values=WISH_STATUSES, enum="WishStatus"),
                Prop("toStatus", sortable=True, values=WISH_STATUSES, required=True, enum="WishStatus"),
                Prop("actorId", required=True),
                # Whom a claim step named: the claimant (a person, party branch or unit).
                Prop("subjectId"),
                Prop("note"),
                Prop("at", "datetime", sortable=True, required=True),
                # The wish's version this transition produced: orders a wish's history even within one clock tick.
                Prop("version", "int", sortable=True, required=True),
            ),
            (Rel("wish", _out("OF_WISH"), "Wish", many=False),),
        ),
        Entity(
            "Event",
            (
                ID,
                TITLE,
                Prop("description", required=True),
                # A code of an EventCategory node: administrators add categories, so no closed set here.
                Prop("category", sortable=True, required=True, grouped=True),
                Prop("status", sortable=True, values=EVENT_STATUSES, required=True),
                Prop("source", sortable=True, values=EVENT_SOURCES, required=True),
                Prop("urgent", "bool", required=True),
                Prop("photos", "list"),
                Prop("reportedAt", "datetime", sortable=True, required=True),
                Prop("verifiedAt", "datetime", sortable=True),
                Prop("assignedAt", "datetime", sortable=True),
                Prop("startedAt", "datetime", sortable=True),
                Prop("resolvedAt", "datetime", sortable=True),
                Prop("reviewedAt", "datetime", sortable=True),
                Prop("closedAt", "datetime", sortable=True),
                Prop("reopenedAt", "datetime", sortable=True),
                # The SLA clock of the current stage: the light and `overdue` compare these with now.
                Prop("stageStartedAt", "datetime", sortable=True),
                Prop("stageWarnAt", "datetime", sortable=True),
                Prop("stageDueAt", "datetime", sortable=True),
                Prop("resolution"),
                Prop("evidenceUrls", "list"),
                Prop("holdReason"),
                Prop("selfHandled", "bool"),
                Prop("escalationLevel", "int", sortable=True, required=True),
                Prop("reopenCount", "int", required=True),
                Prop("rating", "int", sortable=True),
                Prop("ratingComment"),
                Prop("version", "int", required=True),
            ),
            (
                Rel("grid", _out("IN_GRID"), "Grid", many=False),
                Rel("building", _out("AT_BUILDING"), "Building", many=False),
                Rel("reporter", _in("REPORTED"), "Person", many=False),
                Rel("campaign", _out("RAISED_IN"), "ServiceActivity", many=False),
                Rel("dispute", _in("ARISES_FROM"), "Dispute", many=False),
                Rel("topics", _in("FROM_EVENT"), "CouncilTopic"),
                Rel("handlerPerson", _out("ASSIGNED_TO"), "Person", many=False),
                Rel("handlerUnit", _out("ASSIGNED_TO"), "Unit", many=False),
                Rel("handlerDepartment", _out("ASSIGNED_TO"), "Department", many=False),
                Rel("duplicateOf", _out("DUPLICATE_OF"), "Event", many=False),
                Rel("duplicates", _in("DUPLICATE_OF"), "Event"),
                Rel("history", _in("OF_EVENT"), "EventStep"),
            ),
            fulltext=("title", "description"),
            virtual=(
                Virtual(
                    "light",
                    (
                        ("GREEN", "$now < {v}.stageWarnAt"),
                        ("YELLOW", "({v}.stageWarnAt <= $now AND $now <= {v}.stageDueAt)"),
                        ("RED", "{v}.stageDueAt < $now"),
                    ),
                    values=SLA_LIGHTS,
                    enum_name="SlaLight",
                ),
                Virtual(
                    "overdue",
                    (("true", "{v}.stageDueAt < $now"), ("false", "NOT coalesce({v}.stageDueAt < $now, false)")),
                ),
            ),
        ),
        Entity(
            "EventCategory",
            (
                ID,
                Prop("code", sortable=True, required=True),
                NAME,
                # Time limits in hours per SLA stage (CATEGORY_LIMITS).
                Prop("verifyHours", "float", required=True),
                Prop("assignHours", "float", required=True),
                Prop("startHours", "float", required=True),
                Prop("resolveHours", "float", required=True),
                Prop("holdHours", "float", required=True),
                Prop("reviewHours", "float", required=True),
                Prop("builtIn", "bool", required=True),
            ),
            fulltext=("name",),
        ),
        Entity(
            "EventStep",
            (
                ID,
                Prop("action", sortable=True, values=EVENT_ACTIONS, required=True),
                Prop("fromStatus", values=EVENT_STATUSES, enum="EventStatus"),
                Prop("toStatus", sortable=True, values=EVENT_STATUSES, required=True, enum="EventStatus"),
                Prop("actorId", required=True),
                # Whom the step named: the handler assigned, the event this one duplicates.
                Prop("subjectId"),
                Prop("note"),
                Prop("at", "datetime", sortable=True, required=True),
                # The event's version this step produced: orders the history even within one clock tick.
                Prop("version", "int", sortable=True, required=True),
            ),
            (Rel("event", _out("OF_EVENT"), "Event", many=False),),
        ),
        Entity(
            "Department",
            (ID, NAME, Prop("phone")),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("events", _in("ASSIGNED_TO"), "Event"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "Dispute",
            (
                ID,
                TITLE,
                Prop("description", required=True),
                Prop("status", sortable=True, values=DISPUTE_STATUSES, required=True),
                Prop("outcome", sortable=True, values=DISPUTE_OUTCOMES),
                Prop("agreement"),
                Prop("referredTo"),
                Prop("openedAt", "datetime", sortable=True, required=True),
                Prop("closedAt", "datetime", sortable=True),
            ),
            (
                Rel("event", _out("ARISES_FROM"), "Event", many=False),
                Rel("mediator", _out("MEDIATED_BY"), "Organization", many=False),
                Rel("parties", "(src)-[:HAS_PARTY]->(:DisputeParty)-[:PARTY]->(dst)", "Person"),
                Rel("partyUnits", "(src)-[:HAS_PARTY]->(:DisputeParty)-[:PARTY]->(dst)", "Unit"),
                Rel("partyRoles", _out("HAS_PARTY"), "DisputeParty"),
                Rel("sessions", _out("HAD_SESSION"), "MediationSession"),
                Rel("history", _in("OF_DISPUTE"), "DisputeStep"),
            ),
            fulltext=("title",),
        ),
        # A party of a dispute (a person or a unit) and the side it takes.
        Entity(
            "DisputeParty",
            (
                ID,
                Prop("role", sortable=True, values=PARTY_ROLES, required=True),
                Prop("addedAt", "datetime", sortable=True, required=True),
            ),
            (
                Rel("dispute", _in("HAS_PARTY"), "Dispute", many=False),
                Rel("person", _out("PARTY"), "Person", many=False),
                Rel("unit", _out("PARTY"), "Unit", many=False),
            ),
        ),
        Entity(
            "MediationSession",
            (
                ID,
                Prop("heldOn", "date", sortable=True, required=True),
                Prop("notes", required=True),
                Prop("attendees", "list", required=True),
            ),
            (Rel("dispute", _in("HAD_SESSION"), "Dispute", many=False),),
        ),
        Entity(
            "DisputeStep",
            (
                ID,
                Prop("action", values=DISPUTE_ACTIONS, required=True),
                Prop("fromStatus", values=DISPUTE_STATUSES, enum="DisputeStatus"),
                Prop("toStatus", sortable=True, values=DISPUTE_STATUSES, required=True, enum="DisputeStatus"),
                Prop("actorId", required=True),
                Prop("note"),
                Prop("at", "datetime", sortable=True, required=True),
                Prop("version", "int", sortable=True, required=True),
            ),
            (Rel("dispute", _out("OF_DISPUTE"), "Dispute", many=False),),
        ),
        Entity(
            "Organization",
            (ID, NAME, Prop("kind", sortable=True, values=ORGANIZATION_KINDS, required=True)),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("meetings", _out("ATTENDED"), "CouncilMeeting"),
                Rel("mediatedDisputes", _in("MEDIATED_BY"), "Dispute"),
            ),
            fulltext=("name",),
        ),
        Entity(
            "CouncilMeeting",
            (ID, TITLE, Prop("heldOn", "date", sortable=True, required=True), Prop("place")),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("topics", _out("DISCUSSED"), "CouncilTopic"),
                Rel("attendees", _in("ATTENDED"), "Person"),
                Rel("organizations", _in("ATTENDED"), "Organization"),
            ),
            fulltext=("title",),
        ),
        Entity(
            "CouncilTopic",
            (
                ID,
                TITLE,
                Prop("description", required=True),
                Prop("category", sortable=True, values=TOPIC_CATEGORIES, required=True),
                Prop("stage", sortable=True, values=TOPIC_STAGES, required=True),
                Prop("outcome", sortable=True, values=TOPIC_OUTCOMES),
                Prop("proposedAt", "datetime", sortable=True, required=True),
                Prop("rejectionReason"),
                Prop("decision"),
                Prop("deadline", "date", sortable=True),
                Prop("progress", "int", sortable=True),
                Prop("reviewedAt", "datetime", sortable=True),
            ),
            (
                Rel("meetings", _in("DISCUSSED"), "CouncilMeeting"),
                Rel("events", _out("FROM_EVENT"), "Event"),
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("proposer", _in("PROPOSED"), "Person", many=False),
                Rel("owner", _out("OWNED_BY"), "Person", many=False),
                Rel("updates", _out("HAS_UPDATE"), "TopicUpdate"),
                Rel("history", _in("OF_TOPIC"), "TopicStep"),
                Rel("mergedInto", _out("MERGED_INTO"), "CouncilTopic", many=False),
                Rel("mergedTopics", _in("MERGED_INTO"), "CouncilTopic"),
            ),
            fulltext=("title", "description"),
        ),
        # A dated entry of a topic's implementation timeline.
        Entity(
            "TopicUpdate",
            (
                ID,
                Prop("at", "date", sortable=True, required=True),
                Prop("progress", "int", sortable=True, required=True),
                Prop("note", required=True),
            ),
            (Rel("topic", _in("HAS_UPDATE"), "CouncilTopic", many=False),),
        ),
        Entity(
            "TopicStep",
            (
                ID,
                Prop("action", values=TOPIC_ACTIONS, required=True),
                Prop("fromStage", values=TOPIC_STAGES, enum="CouncilTopicStage"),
                Prop("toStage", sortable=True, values=TOPIC_STAGES, required=True, enum="CouncilTopicStage"),
                Prop("actorId"),
                Prop("note"),
                Prop("at", "datetime", sortable=True, required=True),
                Prop("version", "int", sortable=True, required=True),
            ),
            (Rel("topic", _out("OF_TOPIC"), "CouncilTopic", many=False),),
        ),
        Entity(
            "ServiceActivity",
            (
                ID,
                TITLE,
                Prop("kind", sortable=True, values=ACTIVITY_KINDS, required=True),
                Prop("heldOn", "date", sortable=True, required=True),
            ),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("attendees", _in("ATTENDED"), "Person"),
                Rel("events", _in("RAISED_IN"), "Event"),
                Rel("serviceItem", _out("DELIVERS"), "ServiceItem", many=False),
            ),
            fulltext=("title",),
        ),
        Entity(
            "SpecialGroup",
            (ID, NAME, Prop("kind", sortable=True, values=SPECIAL_GROUP_KINDS, required=True)),
            (
                Rel("community", _out("IN_COMMUNITY"), "Community", many=False),
                Rel("members", _in("IN_SPECIAL_GROUP"), "Person"),
                Rel("serviceItems", _in("FOR_GROUP"), "ServiceItem"),
            ),
        ),
        Entity(
            "ServiceItem",
            (
                ID,
                NAME,
                Prop("frequency", sortable=True, values=SERVICE_FREQUENCIES, required=True),
                Prop("description", required=True),
            ),
            (
                Rel("group", _out("FOR_GROUP"), "SpecialGroup", many=False),
                Rel("activities", _in("DELIVERS"), "ServiceActivity"),
            ),
        ),
        # Needs and home visits stay out of the full-text index: what they say is sensitive.
        Entity(
            "Need",
            (
                ID,
                Prop("description", required=True),
                Prop("source", sortable=True, values=NEED_SOURCES, required=True),
                Prop("status", sortable=True, values=NEED_STATUSES, required=True),
                Prop("recordedAt", "datetime", sortable=True, required=True),
            ),
            (Rel("person", _in("HAS_NEED"), "Person", many=False),),
        ),
        Entity(
            "HomeVisit",
            (ID, Prop("visitedOn", "date", sortable=True, required=True), Prop("notes", required=True)),
            (
                Rel("worker", _out("BY"), "Person", many=False),
                Rel("person", _out("TO"), "Person", many=False),
                # The visited person's household, derived rather than stored twice.
                Rel("household", "(src)-[:TO]->(:Person)-[:IN_HOUSEHOLD]->(dst)", "Household", many=False),
            ),
        ),
        # Who read which sensitive fields of whom, when and why: written once per request, never changed. A filter or
        # sort on a sensitive field is one entry per label without a subject (it reached every row the viewer may
        # read whole); entries written before `access` existed are reads.
        Entity(
            "AuditEntry",
            (
                ID,
                Prop("at", "datetime", sortable=True, required=True),
                Prop("viewerId", sortable=True),
                Prop("roles", "list", required=True),
                Prop("purpose", required=True),
                Prop("operation", required=True),
                Prop("access", values=AUDIT_ACCESSES),
                Prop("subjectLabel", sortable=True, required=True),
                Prop("subjectId", sortable=True),
                Prop("fields", "list", required=True),
            ),
        ),
    )
}

# Person carries one extra label per role, so role lists are index-backed label scans.
PERSON_ROLES: dict[str, str] = {
    "residents": "Resident",
    "partyMembers": "PartyMember",
    "gridWorkers": "GridWorker",
    "volunteers": "Volunteer",
}

# Age at which a resident counts as elderly for the birthday-party figure.
ELDERLY_AGE = 60


# Every relationship type the model names: the allow-list for exploration filters.
RELATIONSHIP_TYPES: frozenset[str] = frozenset(
    rel_type
    for entity in ENTITIES.values()
    for rel in entity.rels
    for types in re.findall(r"\[:([A-Z_|]+)\]", rel.pattern)
    for rel_type in types.split("|")
)
