"""Generated from graph/core/model.py: every entity's object type, with its connection and edge types; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import datetime

import strawberry

from graph.core.records import Edge, Page
from schema import fields, matching
from schema.connections import PageInfo
from schema.context import Info
from schema.entities.enums import (
    AuditEntryAccess,
    CouncilTopicOutcome,
    CouncilTopicStage,
    DisputeOutcome,
    DisputePartyRole,
    DisputeStatus,
    DisputeStepFromStatus,
    DisputeStepToStatus,
    EventSource,
    EventStatus,
    EventStepAction,
    EventStepFromStatus,
    EventStepToStatus,
    GridKind,
    NeedSource,
    NeedStatus,
    OrganizationKind,
    PersonGender,
    PersonGridRole,
    PersonPartyStatus,
    ResourceKind,
    ServiceActivityKind,
    ServiceItemFrequency,
    SpecialGroupKind,
    TopicStepFromStage,
    TopicStepToStage,
    UnitKind,
    WishStatus,
    WishTransitionFromStatus,
    WishTransitionToStatus,
)
from schema.entities.inputs import (
    AgreementOrder,
    AgreementWhere,
    BuildingOrder,
    BuildingWhere,
    CouncilMeetingOrder,
    CouncilMeetingWhere,
    CouncilTopicOrder,
    CouncilTopicWhere,
    DisputeOrder,
    DisputePartyOrder,
    DisputePartyWhere,
    DisputeStepOrder,
    DisputeStepWhere,
    DisputeWhere,
    EventOrder,
    EventStepOrder,
    EventStepWhere,
    EventWhere,
    GridOrder,
    GridWhere,
    HomeVisitOrder,
    HomeVisitWhere,
    HouseholdOrder,
    HouseholdWhere,
    MediationSessionOrder,
    MediationSessionWhere,
    NeedOrder,
    NeedWhere,
    OrganizationOrder,
    OrganizationWhere,
    PartyBranchOrder,
    PartyBranchWhere,
    PersonOrder,
    PersonWhere,
    ResourceOrder,
    ResourceWhere,
    ServiceActivityOrder,
    ServiceActivityWhere,
    ServiceItemOrder,
    ServiceItemWhere,
    SkillOrder,
    SkillWhere,
    SpecialGroupOrder,
    SpecialGroupWhere,
    TopicStepOrder,
    TopicStepWhere,
    TopicUpdateOrder,
    TopicUpdateWhere,
    UnitOrder,
    UnitWhere,
    WishOrder,
    WishTransitionOrder,
    WishTransitionWhere,
    WishWhere,
)
from schema.relay import PLAIN_FIELDS, TYPES, Node


@strawberry.type
class Community(Node):
    name: str
    city: str | None
    district: str | None
    subdistrict: str | None

    @strawberry.field
    def grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: GridWhere | None = None,
        order_by: list[GridOrder] | None = None,
    ) -> GridConnection:
        return fields.related_page(self, info, "grids", GridConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def party_committee(self, info: Info) -> PartyCommittee | None:
        return fields.related_node(self, info, "partyCommittee", PartyCommittee)

    @strawberry.field
    def organizations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: OrganizationWhere | None = None,
        order_by: list[OrganizationOrder] | None = None,
    ) -> OrganizationConnection:
        return fields.related_page(
            self, info, "organizations", OrganizationConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def agreements(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: AgreementWhere | None = None,
        order_by: list[AgreementOrder] | None = None,
    ) -> AgreementConnection:
        return fields.related_page(
            self, info, "agreements", AgreementConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def meetings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilMeetingWhere | None = None,
        order_by: list[CouncilMeetingOrder] | None = None,
    ) -> CouncilMeetingConnection:
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return fields.related_page(
            self, info, "topics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def activities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ServiceActivityWhere | None = None,
        order_by: list[ServiceActivityOrder] | None = None,
    ) -> ServiceActivityConnection:
        return fields.related_page(
            self, info, "activities", ServiceActivityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def special_groups(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: SpecialGroupWhere | None = None,
        order_by: list[SpecialGroupOrder] | None = None,
    ) -> SpecialGroupConnection:
        return fields.related_page(
            self, info, "specialGroups", SpecialGroupConnection, first, after, last, before, where, order_by
        )


TYPES["Community"] = Community
PLAIN_FIELDS["Community"] = (
    ("name", "name", None),
    ("city", "city", None),
    ("district", "district", None),
    ("subdistrict", "subdistrict", None),
)


@strawberry.type(description="A page of Community.")
class CommunityConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[CommunityEdge]:
        return [CommunityEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Community]:
        return [Community.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class CommunityEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Community:
        return Community.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Grid(Node):
    name: str
    code: str | None
    kind: GridKind | None

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def adjacent_grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: GridWhere | None = None,
        order_by: list[GridOrder] | None = None,
    ) -> GridConnection:
        return fields.related_page(
            self, info, "adjacentGrids", GridConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def buildings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: BuildingWhere | None = None,
        order_by: list[BuildingOrder] | None = None,
    ) -> BuildingConnection:
        return fields.related_page(
            self, info, "buildings", BuildingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def grid_workers(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "gridWorkers", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: UnitWhere | None = None,
        order_by: list[UnitOrder] | None = None,
    ) -> UnitConnection:
        return fields.related_page(self, info, "units", UnitConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def resources(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ResourceWhere | None = None,
        order_by: list[ResourceOrder] | None = None,
    ) -> ResourceConnection:
        return fields.related_page(
            self, info, "resources", ResourceConnection, first, after, last, before, where, order_by
        )


TYPES["Grid"] = Grid
PLAIN_FIELDS["Grid"] = (
    ("name", "name", None),
    ("code", "code", None),
    ("kind", "kind", GridKind),
)


@strawberry.type(description="A page of Grid.")
class GridConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[GridEdge]:
        return [GridEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Grid]:
        return [Grid.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class GridEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Grid:
        return Grid.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Building(Node):
    name: str
    address: str | None
    floors: int | None

    @strawberry.field
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field
    def households(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: HouseholdWhere | None = None,
        order_by: list[HouseholdOrder] | None = None,
    ) -> HouseholdConnection:
        return fields.related_page(
            self, info, "households", HouseholdConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def residents(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "residents", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)


TYPES["Building"] = Building
PLAIN_FIELDS["Building"] = (
    ("name", "name", None),
    ("address", "address", None),
    ("floors", "floors", None),
)


@strawberry.type(description="A page of Building.")
class BuildingConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[BuildingEdge]:
        return [BuildingEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Building]:
        return [Building.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class BuildingEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Building:
        return Building.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Household(Node):
    @strawberry.field(
        description="Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def name(self, info: Info) -> str:
        value: str = fields.sensitive(self, info, "name")
        return value

    @strawberry.field(
        description="Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def room(self, info: Info) -> str | None:
        value: str | None = fields.sensitive(self, info, "room")
        return value

    @strawberry.field
    def building(self, info: Info) -> Building | None:
        return fields.related_node(self, info, "building", Building)

    @strawberry.field
    def members(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(self, info, "members", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def home_visits(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: HomeVisitWhere | None = None,
        order_by: list[HomeVisitOrder] | None = None,
    ) -> HomeVisitConnection:
        return fields.related_page(
            self, info, "homeVisits", HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Sensitive fields you see masked or withheld (no full access).")
    def masked_fields(self, info: Info) -> list[str]:
        return fields.masked_fields(self, info)


TYPES["Household"] = Household
PLAIN_FIELDS["Household"] = ()


@strawberry.type(description="A page of Household.")
class HouseholdConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[HouseholdEdge]:
        return [HouseholdEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Household]:
        return [Household.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class HouseholdEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Household:
        return Household.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Person(Node):
    gender: PersonGender | None
    birth_year: int | None
    party_status: PersonPartyStatus | None
    joined_party_on: datetime.date | None
    reported_on: datetime.date | None
    grid_role: PersonGridRole | None
    capacity: int | None

    @strawberry.field(
        description="Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def name(self, info: Info) -> str:
        value: str = fields.sensitive(self, info, "name")
        return value

    @strawberry.field(
        description="Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def birth_date(self, info: Info) -> datetime.date | None:
        value: datetime.date | None = fields.sensitive(self, info, "birthDate")
        return value

    @strawberry.field(
        description="Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def phone(self, info: Info) -> str | None:
        value: str | None = fields.sensitive(self, info, "phone")
        return value

    @strawberry.field(
        description="Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def id_number(self, info: Info) -> str | None:
        value: str | None = fields.sensitive(self, info, "idNumber")
        return value

    @strawberry.field
    def household(self, info: Info) -> Household | None:
        return fields.related_node(self, info, "household", Household)

    @strawberry.field
    def building(self, info: Info) -> Building | None:
        return fields.related_node(self, info, "building", Building)

    @strawberry.field
    def branch(self, info: Info) -> PartyBranch | None:
        return fields.related_node(self, info, "branch", PartyBranch)

    @strawberry.field
    def work_grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: GridWhere | None = None,
        order_by: list[GridOrder] | None = None,
    ) -> GridConnection:
        return fields.related_page(self, info, "workGrids", GridConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def skills(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: SkillWhere | None = None,
        order_by: list[SkillOrder] | None = None,
    ) -> SkillConnection:
        return fields.related_page(self, info, "skills", SkillConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def special_groups(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: SpecialGroupWhere | None = None,
        order_by: list[SpecialGroupOrder] | None = None,
    ) -> SpecialGroupConnection:
        return fields.related_page(
            self, info, "specialGroups", SpecialGroupConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def claimed_wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(
            self, info, "claimedWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def fulfilled_wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(
            self, info, "fulfilledWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def reported_events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(
            self, info, "reportedEvents", EventConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def disputes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputeWhere | None = None,
        order_by: list[DisputeOrder] | None = None,
    ) -> DisputeConnection:
        return fields.related_page(
            self, info, "disputes", DisputeConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def proposed_topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return fields.related_page(
            self, info, "proposedTopics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def owned_topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return fields.related_page(
            self, info, "ownedTopics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def activities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ServiceActivityWhere | None = None,
        order_by: list[ServiceActivityOrder] | None = None,
    ) -> ServiceActivityConnection:
        return fields.related_page(
            self, info, "activities", ServiceActivityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def meetings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilMeetingWhere | None = None,
        order_by: list[CouncilMeetingOrder] | None = None,
    ) -> CouncilMeetingConnection:
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def needs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: NeedWhere | None = None,
        order_by: list[NeedOrder] | None = None,
    ) -> NeedConnection:
        return fields.related_page(self, info, "needs", NeedConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def home_visits(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: HomeVisitWhere | None = None,
        order_by: list[HomeVisitOrder] | None = None,
    ) -> HomeVisitConnection:
        return fields.related_page(
            self, info, "homeVisits", HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def visits_made(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: HomeVisitWhere | None = None,
        order_by: list[HomeVisitOrder] | None = None,
    ) -> HomeVisitConnection:
        return fields.related_page(
            self, info, "visitsMade", HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Sensitive fields you see masked or withheld (no full access).")
    def masked_fields(self, info: Info) -> list[str]:
        return fields.masked_fields(self, info)

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    suggested_wishes = strawberry.field(
        resolver=matching.suggested_wishes, description="Open wishes this person could fulfil."
    )


TYPES["Person"] = Person
PLAIN_FIELDS["Person"] = (
    ("gender", "gender", PersonGender),
    ("birth_year", "birthYear", None),
    ("party_status", "partyStatus", PersonPartyStatus),
    ("joined_party_on", "joinedPartyOn", None),
    ("reported_on", "reportedOn", None),
    ("grid_role", "gridRole", PersonGridRole),
    ("capacity", "capacity", None),
)


@strawberry.type(description="A page of Person.")
class PersonConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[PersonEdge]:
        return [PersonEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Person]:
        return [Person.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class PersonEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Person:
        return Person.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class PartyCommittee(Node):
    name: str

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def branches(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PartyBranchWhere | None = None,
        order_by: list[PartyBranchOrder] | None = None,
    ) -> PartyBranchConnection:
        return fields.related_page(
            self, info, "branches", PartyBranchConnection, first, after, last, before, where, order_by
        )


TYPES["PartyCommittee"] = PartyCommittee
PLAIN_FIELDS["PartyCommittee"] = (("name", "name", None),)


@strawberry.type(description="A page of PartyCommittee.")
class PartyCommitteeConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[PartyCommitteeEdge]:
        return [PartyCommitteeEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[PartyCommittee]:
        return [PartyCommittee.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class PartyCommitteeEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> PartyCommittee:
        return PartyCommittee.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class PartyBranch(Node):
    name: str

    @strawberry.field
    def committee(self, info: Info) -> PartyCommittee | None:
        return fields.related_node(self, info, "committee", PartyCommittee)

    @strawberry.field
    def members(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(self, info, "members", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def claimed_wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(
            self, info, "claimedWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def fulfilled_wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(
            self, info, "fulfilledWishes", WishConnection, first, after, last, before, where, order_by
        )


TYPES["PartyBranch"] = PartyBranch
PLAIN_FIELDS["PartyBranch"] = (("name", "name", None),)


@strawberry.type(description="A page of PartyBranch.")
class PartyBranchConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[PartyBranchEdge]:
        return [PartyBranchEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[PartyBranch]:
        return [PartyBranch.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class PartyBranchEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> PartyBranch:
        return PartyBranch.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Unit(Node):
    name: str
    kind: UnitKind | None
    address: str | None

    @strawberry.field
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field
    def agreement(self, info: Info) -> Agreement | None:
        return fields.related_node(self, info, "agreement", Agreement)

    @strawberry.field
    def resources(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ResourceWhere | None = None,
        order_by: list[ResourceOrder] | None = None,
    ) -> ResourceConnection:
        return fields.related_page(
            self, info, "resources", ResourceConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def claimed_wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(
            self, info, "claimedWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def fulfilled_wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(
            self, info, "fulfilledWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def disputes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputeWhere | None = None,
        order_by: list[DisputeOrder] | None = None,
    ) -> DisputeConnection:
        return fields.related_page(
            self, info, "disputes", DisputeConnection, first, after, last, before, where, order_by
        )

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    suggested_wishes = strawberry.field(
        resolver=matching.suggested_wishes, description="Open wishes this unit could fulfil."
    )


TYPES["Unit"] = Unit
PLAIN_FIELDS["Unit"] = (
    ("name", "name", None),
    ("kind", "kind", UnitKind),
    ("address", "address", None),
)


@strawberry.type(description="A page of Unit.")
class UnitConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[UnitEdge]:
        return [UnitEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Unit]:
        return [Unit.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class UnitEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Unit:
        return Unit.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Agreement(Node):
    title: str
    signed_on: datetime.date | None
    joint_creations: list[str] | None
    collaborations: list[str] | None

    @strawberry.field
    def unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "unit", Unit)

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)


TYPES["Agreement"] = Agreement
PLAIN_FIELDS["Agreement"] = (
    ("title", "title", None),
    ("signed_on", "signedOn", None),
    ("joint_creations", "jointCreations", None),
    ("collaborations", "collaborations", None),
)


@strawberry.type(description="A page of Agreement.")
class AgreementConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[AgreementEdge]:
        return [AgreementEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Agreement]:
        return [Agreement.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class AgreementEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Agreement:
        return Agreement.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Resource(Node):
    name: str
    kind: ResourceKind | None
    description: str | None
    capacity: int | None

    @strawberry.field
    def unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "unit", Unit)

    @strawberry.field
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)


TYPES["Resource"] = Resource
PLAIN_FIELDS["Resource"] = (
    ("name", "name", None),
    ("kind", "kind", ResourceKind),
    ("description", "description", None),
    ("capacity", "capacity", None),
)


@strawberry.type(description="A page of Resource.")
class ResourceConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[ResourceEdge]:
        return [ResourceEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Resource]:
        return [Resource.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class ResourceEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Resource:
        return Resource.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Skill(Node):
    name: str
    category: str | None

    @strawberry.field
    def people(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(self, info, "people", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)


TYPES["Skill"] = Skill
PLAIN_FIELDS["Skill"] = (
    ("name", "name", None),
    ("category", "category", None),
)


@strawberry.type(description="A page of Skill.")
class SkillConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[SkillEdge]:
        return [SkillEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Skill]:
        return [Skill.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class SkillEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Skill:
        return Skill.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Wish(Node):
    title: str
    description: str | None
    category: str | None
    urgency: int | None
    status: WishStatus | None
    head_count: int | None
    created_at: datetime.datetime | None
    deadline: datetime.date | None
    fulfilled_at: datetime.datetime | None

    @strawberry.field
    def requester(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "requester", Person)

    @strawberry.field
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field
    def required_skills(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: SkillWhere | None = None,
        order_by: list[SkillOrder] | None = None,
    ) -> SkillConnection:
        return fields.related_page(
            self, info, "requiredSkills", SkillConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def claimed_by(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "claimedBy", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def fulfilled_by(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "fulfilledBy", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def fulfilling_units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: UnitWhere | None = None,
        order_by: list[UnitOrder] | None = None,
    ) -> UnitConnection:
        return fields.related_page(
            self, info, "fulfillingUnits", UnitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def claiming_units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: UnitWhere | None = None,
        order_by: list[UnitOrder] | None = None,
    ) -> UnitConnection:
        return fields.related_page(
            self, info, "claimingUnits", UnitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def claiming_branches(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PartyBranchWhere | None = None,
        order_by: list[PartyBranchOrder] | None = None,
    ) -> PartyBranchConnection:
        return fields.related_page(
            self, info, "claimingBranches", PartyBranchConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def fulfilling_branches(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PartyBranchWhere | None = None,
        order_by: list[PartyBranchOrder] | None = None,
    ) -> PartyBranchConnection:
        return fields.related_page(
            self, info, "fulfillingBranches", PartyBranchConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def history(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishTransitionWhere | None = None,
        order_by: list[WishTransitionOrder] | None = None,
    ) -> WishTransitionConnection:
        return fields.related_page(
            self, info, "history", WishTransitionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def declined_by(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "declinedBy", PersonConnection, first, after, last, before, where, order_by
        )

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    candidates = strawberry.field(
        resolver=matching.wish_candidates, description="Helpers who can fulfil this wish, best first, with why."
    )


TYPES["Wish"] = Wish
PLAIN_FIELDS["Wish"] = (
    ("title", "title", None),
    ("description", "description", None),
    ("category", "category", None),
    ("urgency", "urgency", None),
    ("status", "status", WishStatus),
    ("head_count", "headCount", None),
    ("created_at", "createdAt", None),
    ("deadline", "deadline", None),
    ("fulfilled_at", "fulfilledAt", None),
)


@strawberry.type(description="A page of Wish.")
class WishConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[WishEdge]:
        return [WishEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Wish]:
        return [Wish.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class WishEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Wish:
        return Wish.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class WishTransition(Node):
    action: str | None
    from_status: WishTransitionFromStatus | None
    to_status: WishTransitionToStatus | None
    actor_id: str | None
    note: str | None
    at: datetime.datetime | None
    version: int | None

    @strawberry.field
    def wish(self, info: Info) -> Wish | None:
        return fields.related_node(self, info, "wish", Wish)


TYPES["WishTransition"] = WishTransition
PLAIN_FIELDS["WishTransition"] = (
    ("action", "action", None),
    ("from_status", "fromStatus", WishTransitionFromStatus),
    ("to_status", "toStatus", WishTransitionToStatus),
    ("actor_id", "actorId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(description="A page of WishTransition.")
class WishTransitionConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[WishTransitionEdge]:
        return [WishTransitionEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[WishTransition]:
        return [WishTransition.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class WishTransitionEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> WishTransition:
        return WishTransition.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Event(Node):
    title: str
    description: str | None
    category: str | None
    status: EventStatus | None
    source: EventSource | None
    urgent: bool | None
    photos: list[str] | None
    reported_at: datetime.datetime | None
    verified_at: datetime.datetime | None
    assigned_at: datetime.datetime | None
    started_at: datetime.datetime | None
    resolved_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    reopened_at: datetime.datetime | None
    stage_started_at: datetime.datetime | None
    stage_warn_at: datetime.datetime | None
    stage_due_at: datetime.datetime | None
    resolution: str | None
    evidence_urls: list[str] | None
    hold_reason: str | None
    self_handled: bool | None
    escalation_level: int | None
    reopen_count: int | None
    rating: int | None
    rating_comment: str | None
    version: int | None

    @strawberry.field
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field
    def building(self, info: Info) -> Building | None:
        return fields.related_node(self, info, "building", Building)

    @strawberry.field
    def reporter(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "reporter", Person)

    @strawberry.field
    def campaign(self, info: Info) -> ServiceActivity | None:
        return fields.related_node(self, info, "campaign", ServiceActivity)

    @strawberry.field
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)

    @strawberry.field
    def topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return fields.related_page(
            self, info, "topics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def handler_person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "handlerPerson", Person)

    @strawberry.field
    def handler_unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "handlerUnit", Unit)

    @strawberry.field
    def handler_department(self, info: Info) -> Department | None:
        return fields.related_node(self, info, "handlerDepartment", Department)

    @strawberry.field
    def duplicate_of(self, info: Info) -> Event | None:
        return fields.related_node(self, info, "duplicateOf", Event)

    @strawberry.field
    def duplicates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(
            self, info, "duplicates", EventConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def history(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventStepWhere | None = None,
        order_by: list[EventStepOrder] | None = None,
    ) -> EventStepConnection:
        return fields.related_page(
            self, info, "history", EventStepConnection, first, after, last, before, where, order_by
        )

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    light = strawberry.field(
        resolver=fields.sla_light,
        description="The SLA light of the current stage now: GREEN under 80 % of its limit, YELLOW to 100 %, RED over; null when nothing is due (closed, invalid, duplicate).",
    )


TYPES["Event"] = Event
PLAIN_FIELDS["Event"] = (
    ("title", "title", None),
    ("description", "description", None),
    ("category", "category", None),
    ("status", "status", EventStatus),
    ("source", "source", EventSource),
    ("urgent", "urgent", None),
    ("photos", "photos", None),
    ("reported_at", "reportedAt", None),
    ("verified_at", "verifiedAt", None),
    ("assigned_at", "assignedAt", None),
    ("started_at", "startedAt", None),
    ("resolved_at", "resolvedAt", None),
    ("reviewed_at", "reviewedAt", None),
    ("closed_at", "closedAt", None),
    ("reopened_at", "reopenedAt", None),
    ("stage_started_at", "stageStartedAt", None),
    ("stage_warn_at", "stageWarnAt", None),
    ("stage_due_at", "stageDueAt", None),
    ("resolution", "resolution", None),
    ("evidence_urls", "evidenceUrls", None),
    ("hold_reason", "holdReason", None),
    ("self_handled", "selfHandled", None),
    ("escalation_level", "escalationLevel", None),
    ("reopen_count", "reopenCount", None),
    ("rating", "rating", None),
    ("rating_comment", "ratingComment", None),
    ("version", "version", None),
)


@strawberry.type(description="A page of Event.")
class EventConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[EventEdge]:
        return [EventEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Event]:
        return [Event.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class EventEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Event:
        return Event.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class EventCategory(Node):
    code: str | None
    name: str
    verify_hours: float | None
    assign_hours: float | None
    start_hours: float | None
    resolve_hours: float | None
    hold_hours: float | None
    review_hours: float | None
    built_in: bool | None


TYPES["EventCategory"] = EventCategory
PLAIN_FIELDS["EventCategory"] = (
    ("code", "code", None),
    ("name", "name", None),
    ("verify_hours", "verifyHours", None),
    ("assign_hours", "assignHours", None),
    ("start_hours", "startHours", None),
    ("resolve_hours", "resolveHours", None),
    ("hold_hours", "holdHours", None),
    ("review_hours", "reviewHours", None),
    ("built_in", "builtIn", None),
)


@strawberry.type(description="A page of EventCategory.")
class EventCategoryConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[EventCategoryEdge]:
        return [EventCategoryEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[EventCategory]:
        return [EventCategory.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class EventCategoryEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> EventCategory:
        return EventCategory.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class EventStep(Node):
    action: EventStepAction | None
    from_status: EventStepFromStatus | None
    to_status: EventStepToStatus | None
    actor_id: str | None
    subject_id: str | None
    note: str | None
    at: datetime.datetime | None
    version: int | None

    @strawberry.field
    def event(self, info: Info) -> Event | None:
        return fields.related_node(self, info, "event", Event)


TYPES["EventStep"] = EventStep
PLAIN_FIELDS["EventStep"] = (
    ("action", "action", EventStepAction),
    ("from_status", "fromStatus", EventStepFromStatus),
    ("to_status", "toStatus", EventStepToStatus),
    ("actor_id", "actorId", None),
    ("subject_id", "subjectId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(description="A page of EventStep.")
class EventStepConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[EventStepEdge]:
        return [EventStepEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[EventStep]:
        return [EventStep.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class EventStepEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> EventStep:
        return EventStep.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Department(Node):
    name: str
    phone: str | None

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)


TYPES["Department"] = Department
PLAIN_FIELDS["Department"] = (
    ("name", "name", None),
    ("phone", "phone", None),
)


@strawberry.type(description="A page of Department.")
class DepartmentConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[DepartmentEdge]:
        return [DepartmentEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Department]:
        return [Department.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class DepartmentEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Department:
        return Department.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Dispute(Node):
    title: str
    description: str | None
    status: DisputeStatus | None
    outcome: DisputeOutcome | None
    agreement: str | None
    referred_to: str | None
    opened_at: datetime.datetime | None
    closed_at: datetime.datetime | None

    @strawberry.field
    def event(self, info: Info) -> Event | None:
        return fields.related_node(self, info, "event", Event)

    @strawberry.field
    def mediator(self, info: Info) -> Organization | None:
        return fields.related_node(self, info, "mediator", Organization)

    @strawberry.field
    def parties(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(self, info, "parties", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def party_units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: UnitWhere | None = None,
        order_by: list[UnitOrder] | None = None,
    ) -> UnitConnection:
        return fields.related_page(
            self, info, "partyUnits", UnitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def party_roles(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputePartyWhere | None = None,
        order_by: list[DisputePartyOrder] | None = None,
    ) -> DisputePartyConnection:
        return fields.related_page(
            self, info, "partyRoles", DisputePartyConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def sessions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: MediationSessionWhere | None = None,
        order_by: list[MediationSessionOrder] | None = None,
    ) -> MediationSessionConnection:
        return fields.related_page(
            self, info, "sessions", MediationSessionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def history(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputeStepWhere | None = None,
        order_by: list[DisputeStepOrder] | None = None,
    ) -> DisputeStepConnection:
        return fields.related_page(
            self, info, "history", DisputeStepConnection, first, after, last, before, where, order_by
        )


TYPES["Dispute"] = Dispute
PLAIN_FIELDS["Dispute"] = (
    ("title", "title", None),
    ("description", "description", None),
    ("status", "status", DisputeStatus),
    ("outcome", "outcome", DisputeOutcome),
    ("agreement", "agreement", None),
    ("referred_to", "referredTo", None),
    ("opened_at", "openedAt", None),
    ("closed_at", "closedAt", None),
)


@strawberry.type(description="A page of Dispute.")
class DisputeConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[DisputeEdge]:
        return [DisputeEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Dispute]:
        return [Dispute.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class DisputeEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Dispute:
        return Dispute.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class DisputeParty(Node):
    role: DisputePartyRole | None
    added_at: datetime.datetime | None

    @strawberry.field
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)

    @strawberry.field
    def person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "person", Person)

    @strawberry.field
    def unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "unit", Unit)


TYPES["DisputeParty"] = DisputeParty
PLAIN_FIELDS["DisputeParty"] = (
    ("role", "role", DisputePartyRole),
    ("added_at", "addedAt", None),
)


@strawberry.type(description="A page of DisputeParty.")
class DisputePartyConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[DisputePartyEdge]:
        return [DisputePartyEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[DisputeParty]:
        return [DisputeParty.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class DisputePartyEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> DisputeParty:
        return DisputeParty.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class MediationSession(Node):
    held_on: datetime.date | None
    notes: str | None
    attendees: list[str] | None

    @strawberry.field
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)


TYPES["MediationSession"] = MediationSession
PLAIN_FIELDS["MediationSession"] = (
    ("held_on", "heldOn", None),
    ("notes", "notes", None),
    ("attendees", "attendees", None),
)


@strawberry.type(description="A page of MediationSession.")
class MediationSessionConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[MediationSessionEdge]:
        return [MediationSessionEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[MediationSession]:
        return [MediationSession.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class MediationSessionEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> MediationSession:
        return MediationSession.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class DisputeStep(Node):
    action: str | None
    from_status: DisputeStepFromStatus | None
    to_status: DisputeStepToStatus | None
    actor_id: str | None
    note: str | None
    at: datetime.datetime | None
    version: int | None

    @strawberry.field
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)


TYPES["DisputeStep"] = DisputeStep
PLAIN_FIELDS["DisputeStep"] = (
    ("action", "action", None),
    ("from_status", "fromStatus", DisputeStepFromStatus),
    ("to_status", "toStatus", DisputeStepToStatus),
    ("actor_id", "actorId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(description="A page of DisputeStep.")
class DisputeStepConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[DisputeStepEdge]:
        return [DisputeStepEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[DisputeStep]:
        return [DisputeStep.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class DisputeStepEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> DisputeStep:
        return DisputeStep.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Organization(Node):
    name: str
    kind: OrganizationKind | None

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def meetings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilMeetingWhere | None = None,
        order_by: list[CouncilMeetingOrder] | None = None,
    ) -> CouncilMeetingConnection:
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def mediated_disputes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputeWhere | None = None,
        order_by: list[DisputeOrder] | None = None,
    ) -> DisputeConnection:
        return fields.related_page(
            self, info, "mediatedDisputes", DisputeConnection, first, after, last, before, where, order_by
        )


TYPES["Organization"] = Organization
PLAIN_FIELDS["Organization"] = (
    ("name", "name", None),
    ("kind", "kind", OrganizationKind),
)


@strawberry.type(description="A page of Organization.")
class OrganizationConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[OrganizationEdge]:
        return [OrganizationEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Organization]:
        return [Organization.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class OrganizationEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Organization:
        return Organization.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class CouncilMeeting(Node):
    title: str
    held_on: datetime.date | None
    place: str | None

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return fields.related_page(
            self, info, "topics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def attendees(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "attendees", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def organizations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: OrganizationWhere | None = None,
        order_by: list[OrganizationOrder] | None = None,
    ) -> OrganizationConnection:
        return fields.related_page(
            self, info, "organizations", OrganizationConnection, first, after, last, before, where, order_by
        )


TYPES["CouncilMeeting"] = CouncilMeeting
PLAIN_FIELDS["CouncilMeeting"] = (
    ("title", "title", None),
    ("held_on", "heldOn", None),
    ("place", "place", None),
)


@strawberry.type(description="A page of CouncilMeeting.")
class CouncilMeetingConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[CouncilMeetingEdge]:
        return [CouncilMeetingEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[CouncilMeeting]:
        return [CouncilMeeting.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class CouncilMeetingEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> CouncilMeeting:
        return CouncilMeeting.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class CouncilTopic(Node):
    title: str
    description: str | None
    category: str | None
    stage: CouncilTopicStage | None
    outcome: CouncilTopicOutcome | None
    proposed_at: datetime.datetime | None
    rejection_reason: str | None
    decision: str | None
    deadline: datetime.date | None
    progress: int | None
    reviewed_at: datetime.datetime | None

    @strawberry.field
    def meetings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilMeetingWhere | None = None,
        order_by: list[CouncilMeetingOrder] | None = None,
    ) -> CouncilMeetingConnection:
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def proposer(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "proposer", Person)

    @strawberry.field
    def owner(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "owner", Person)

    @strawberry.field
    def updates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: TopicUpdateWhere | None = None,
        order_by: list[TopicUpdateOrder] | None = None,
    ) -> TopicUpdateConnection:
        return fields.related_page(
            self, info, "updates", TopicUpdateConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def history(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: TopicStepWhere | None = None,
        order_by: list[TopicStepOrder] | None = None,
    ) -> TopicStepConnection:
        return fields.related_page(
            self, info, "history", TopicStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def merged_into(self, info: Info) -> CouncilTopic | None:
        return fields.related_node(self, info, "mergedInto", CouncilTopic)

    @strawberry.field
    def merged_topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return fields.related_page(
            self, info, "mergedTopics", CouncilTopicConnection, first, after, last, before, where, order_by
        )


TYPES["CouncilTopic"] = CouncilTopic
PLAIN_FIELDS["CouncilTopic"] = (
    ("title", "title", None),
    ("description", "description", None),
    ("category", "category", None),
    ("stage", "stage", CouncilTopicStage),
    ("outcome", "outcome", CouncilTopicOutcome),
    ("proposed_at", "proposedAt", None),
    ("rejection_reason", "rejectionReason", None),
    ("decision", "decision", None),
    ("deadline", "deadline", None),
    ("progress", "progress", None),
    ("reviewed_at", "reviewedAt", None),
)


@strawberry.type(description="A page of CouncilTopic.")
class CouncilTopicConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[CouncilTopicEdge]:
        return [CouncilTopicEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[CouncilTopic]:
        return [CouncilTopic.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class CouncilTopicEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> CouncilTopic:
        return CouncilTopic.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class TopicUpdate(Node):
    at: datetime.date | None
    progress: int | None
    note: str | None

    @strawberry.field
    def topic(self, info: Info) -> CouncilTopic | None:
        return fields.related_node(self, info, "topic", CouncilTopic)


TYPES["TopicUpdate"] = TopicUpdate
PLAIN_FIELDS["TopicUpdate"] = (
    ("at", "at", None),
    ("progress", "progress", None),
    ("note", "note", None),
)


@strawberry.type(description="A page of TopicUpdate.")
class TopicUpdateConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[TopicUpdateEdge]:
        return [TopicUpdateEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[TopicUpdate]:
        return [TopicUpdate.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class TopicUpdateEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> TopicUpdate:
        return TopicUpdate.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class TopicStep(Node):
    action: str | None
    from_stage: TopicStepFromStage | None
    to_stage: TopicStepToStage | None
    actor_id: str | None
    note: str | None
    at: datetime.datetime | None
    version: int | None

    @strawberry.field
    def topic(self, info: Info) -> CouncilTopic | None:
        return fields.related_node(self, info, "topic", CouncilTopic)


TYPES["TopicStep"] = TopicStep
PLAIN_FIELDS["TopicStep"] = (
    ("action", "action", None),
    ("from_stage", "fromStage", TopicStepFromStage),
    ("to_stage", "toStage", TopicStepToStage),
    ("actor_id", "actorId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(description="A page of TopicStep.")
class TopicStepConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[TopicStepEdge]:
        return [TopicStepEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[TopicStep]:
        return [TopicStep.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class TopicStepEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> TopicStep:
        return TopicStep.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class ServiceActivity(Node):
    title: str
    kind: ServiceActivityKind | None
    held_on: datetime.date | None

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def attendees(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(
            self, info, "attendees", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field
    def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def service_item(self, info: Info) -> ServiceItem | None:
        return fields.related_node(self, info, "serviceItem", ServiceItem)


TYPES["ServiceActivity"] = ServiceActivity
PLAIN_FIELDS["ServiceActivity"] = (
    ("title", "title", None),
    ("kind", "kind", ServiceActivityKind),
    ("held_on", "heldOn", None),
)


@strawberry.type(description="A page of ServiceActivity.")
class ServiceActivityConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[ServiceActivityEdge]:
        return [ServiceActivityEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[ServiceActivity]:
        return [ServiceActivity.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class ServiceActivityEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> ServiceActivity:
        return ServiceActivity.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class SpecialGroup(Node):
    name: str
    kind: SpecialGroupKind | None

    @strawberry.field
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field
    def members(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return fields.related_page(self, info, "members", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field
    def service_items(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ServiceItemWhere | None = None,
        order_by: list[ServiceItemOrder] | None = None,
    ) -> ServiceItemConnection:
        return fields.related_page(
            self, info, "serviceItems", ServiceItemConnection, first, after, last, before, where, order_by
        )


TYPES["SpecialGroup"] = SpecialGroup
PLAIN_FIELDS["SpecialGroup"] = (
    ("name", "name", None),
    ("kind", "kind", SpecialGroupKind),
)


@strawberry.type(description="A page of SpecialGroup.")
class SpecialGroupConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[SpecialGroupEdge]:
        return [SpecialGroupEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[SpecialGroup]:
        return [SpecialGroup.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class SpecialGroupEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> SpecialGroup:
        return SpecialGroup.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class ServiceItem(Node):
    name: str
    frequency: ServiceItemFrequency | None
    description: str | None

    @strawberry.field
    def group(self, info: Info) -> SpecialGroup | None:
        return fields.related_node(self, info, "group", SpecialGroup)

    @strawberry.field
    def activities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ServiceActivityWhere | None = None,
        order_by: list[ServiceActivityOrder] | None = None,
    ) -> ServiceActivityConnection:
        return fields.related_page(
            self, info, "activities", ServiceActivityConnection, first, after, last, before, where, order_by
        )


TYPES["ServiceItem"] = ServiceItem
PLAIN_FIELDS["ServiceItem"] = (
    ("name", "name", None),
    ("frequency", "frequency", ServiceItemFrequency),
    ("description", "description", None),
)


@strawberry.type(description="A page of ServiceItem.")
class ServiceItemConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[ServiceItemEdge]:
        return [ServiceItemEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[ServiceItem]:
        return [ServiceItem.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class ServiceItemEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> ServiceItem:
        return ServiceItem.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class Need(Node):
    description: str | None
    source: NeedSource | None
    status: NeedStatus | None
    recorded_at: datetime.datetime | None

    @strawberry.field
    def person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "person", Person)


TYPES["Need"] = Need
PLAIN_FIELDS["Need"] = (
    ("description", "description", None),
    ("source", "source", NeedSource),
    ("status", "status", NeedStatus),
    ("recorded_at", "recordedAt", None),
)


@strawberry.type(description="A page of Need.")
class NeedConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[NeedEdge]:
        return [NeedEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Need]:
        return [Need.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class NeedEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> Need:
        return Need.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class HomeVisit(Node):
    visited_on: datetime.date | None
    notes: str | None

    @strawberry.field
    def worker(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "worker", Person)

    @strawberry.field
    def person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "person", Person)

    @strawberry.field
    def household(self, info: Info) -> Household | None:
        return fields.related_node(self, info, "household", Household)


TYPES["HomeVisit"] = HomeVisit
PLAIN_FIELDS["HomeVisit"] = (
    ("visited_on", "visitedOn", None),
    ("notes", "notes", None),
)


@strawberry.type(description="A page of HomeVisit.")
class HomeVisitConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[HomeVisitEdge]:
        return [HomeVisitEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[HomeVisit]:
        return [HomeVisit.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class HomeVisitEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> HomeVisit:
        return HomeVisit.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type
class AuditEntry(Node):
    at: datetime.datetime | None
    viewer_id: str | None
    roles: list[str] | None
    purpose: str | None
    operation: str | None
    access: AuditEntryAccess | None
    subject_label: str | None
    subject_id: str | None
    fields: list[str] | None


TYPES["AuditEntry"] = AuditEntry
PLAIN_FIELDS["AuditEntry"] = (
    ("at", "at", None),
    ("viewer_id", "viewerId", None),
    ("roles", "roles", None),
    ("purpose", "purpose", None),
    ("operation", "operation", None),
    ("access", "access", AuditEntryAccess),
    ("subject_label", "subjectLabel", None),
    ("subject_id", "subjectId", None),
    ("fields", "fields", None),
)


@strawberry.type(description="A page of AuditEntry.")
class AuditEntryConnection:
    page: strawberry.Private[Page]

    @strawberry.field
    def edges(self) -> list[AuditEntryEdge]:
        return [AuditEntryEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[AuditEntry]:
        return [AuditEntry.of(e.node) for e in self.page.edges]

    @strawberry.field
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many match the filter; counted only when selected.")
    def total_count(self) -> int | None:
        return self.page.total


@strawberry.type
class AuditEntryEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field
    def node(self) -> AuditEntry:
        return AuditEntry.of(self.edge.node)

    @strawberry.field
    def cursor(self) -> str:
        return self.edge.cursor
