"""Generated from graph/core/model.py: the root list fields, one connection per entity and per person role; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import strawberry

from schema import fields
from schema.context import Info
from schema.entities.inputs import (
    AgreementOrder,
    AgreementWhere,
    AuditEntryOrder,
    AuditEntryWhere,
    BuildingOrder,
    BuildingWhere,
    CommunityOrder,
    CommunityWhere,
    CouncilMeetingOrder,
    CouncilMeetingWhere,
    CouncilTopicOrder,
    CouncilTopicWhere,
    DepartmentOrder,
    DepartmentWhere,
    DisputeOrder,
    DisputePartyOrder,
    DisputePartyWhere,
    DisputeStepOrder,
    DisputeStepWhere,
    DisputeWhere,
    EventCategoryOrder,
    EventCategoryWhere,
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
    PartyCommitteeOrder,
    PartyCommitteeWhere,
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
from schema.entities.objects import (
    AgreementConnection,
    AuditEntryConnection,
    BuildingConnection,
    CommunityConnection,
    CouncilMeetingConnection,
    CouncilTopicConnection,
    DepartmentConnection,
    DisputeConnection,
    DisputePartyConnection,
    DisputeStepConnection,
    EventCategoryConnection,
    EventConnection,
    EventStepConnection,
    GridConnection,
    HomeVisitConnection,
    HouseholdConnection,
    MediationSessionConnection,
    NeedConnection,
    OrganizationConnection,
    PartyBranchConnection,
    PartyCommitteeConnection,
    PersonConnection,
    ResourceConnection,
    ServiceActivityConnection,
    ServiceItemConnection,
    SkillConnection,
    SpecialGroupConnection,
    TopicStepConnection,
    TopicUpdateConnection,
    UnitConnection,
    WishConnection,
    WishTransitionConnection,
)


@strawberry.type
class ListQuery:
    @strawberry.field(description="All Community nodes.")
    async def communities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CommunityWhere | None = None,
        order_by: list[CommunityOrder] | None = None,
    ) -> CommunityConnection:
        return await fields.listed_page(
            info, "Community", None, CommunityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Grid nodes.")
    async def grids(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: GridWhere | None = None,
        order_by: list[GridOrder] | None = None,
    ) -> GridConnection:
        return await fields.listed_page(info, "Grid", None, GridConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="All Building nodes.")
    async def buildings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: BuildingWhere | None = None,
        order_by: list[BuildingOrder] | None = None,
    ) -> BuildingConnection:
        return await fields.listed_page(
            info, "Building", None, BuildingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Household nodes.")
    async def households(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: HouseholdWhere | None = None,
        order_by: list[HouseholdOrder] | None = None,
    ) -> HouseholdConnection:
        return await fields.listed_page(
            info, "Household", None, HouseholdConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Person nodes.")
    async def people(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", None, PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All PartyCommittee nodes.")
    async def party_committees(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PartyCommitteeWhere | None = None,
        order_by: list[PartyCommitteeOrder] | None = None,
    ) -> PartyCommitteeConnection:
        return await fields.listed_page(
            info, "PartyCommittee", None, PartyCommitteeConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All PartyBranch nodes.")
    async def party_branches(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PartyBranchWhere | None = None,
        order_by: list[PartyBranchOrder] | None = None,
    ) -> PartyBranchConnection:
        return await fields.listed_page(
            info, "PartyBranch", None, PartyBranchConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Unit nodes.")
    async def units(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: UnitWhere | None = None,
        order_by: list[UnitOrder] | None = None,
    ) -> UnitConnection:
        return await fields.listed_page(info, "Unit", None, UnitConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="All Agreement nodes.")
    async def co_building_agreements(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: AgreementWhere | None = None,
        order_by: list[AgreementOrder] | None = None,
    ) -> AgreementConnection:
        return await fields.listed_page(
            info, "Agreement", None, AgreementConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Resource nodes.")
    async def resources(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ResourceWhere | None = None,
        order_by: list[ResourceOrder] | None = None,
    ) -> ResourceConnection:
        return await fields.listed_page(
            info, "Resource", None, ResourceConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Skill nodes.")
    async def skills(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: SkillWhere | None = None,
        order_by: list[SkillOrder] | None = None,
    ) -> SkillConnection:
        return await fields.listed_page(
            info, "Skill", None, SkillConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Wish nodes.")
    async def wishes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishWhere | None = None,
        order_by: list[WishOrder] | None = None,
    ) -> WishConnection:
        return await fields.listed_page(info, "Wish", None, WishConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="All WishTransition nodes.")
    async def wish_transitions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: WishTransitionWhere | None = None,
        order_by: list[WishTransitionOrder] | None = None,
    ) -> WishTransitionConnection:
        return await fields.listed_page(
            info, "WishTransition", None, WishTransitionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Event nodes.")
    async def events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventWhere | None = None,
        order_by: list[EventOrder] | None = None,
    ) -> EventConnection:
        return await fields.listed_page(
            info, "Event", None, EventConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All EventCategory nodes.")
    async def event_categories(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventCategoryWhere | None = None,
        order_by: list[EventCategoryOrder] | None = None,
    ) -> EventCategoryConnection:
        return await fields.listed_page(
            info, "EventCategory", None, EventCategoryConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All EventStep nodes.")
    async def event_steps(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: EventStepWhere | None = None,
        order_by: list[EventStepOrder] | None = None,
    ) -> EventStepConnection:
        return await fields.listed_page(
            info, "EventStep", None, EventStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Department nodes.")
    async def departments(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DepartmentWhere | None = None,
        order_by: list[DepartmentOrder] | None = None,
    ) -> DepartmentConnection:
        return await fields.listed_page(
            info, "Department", None, DepartmentConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Dispute nodes.")
    async def disputes(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputeWhere | None = None,
        order_by: list[DisputeOrder] | None = None,
    ) -> DisputeConnection:
        return await fields.listed_page(
            info, "Dispute", None, DisputeConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All DisputeParty nodes.")
    async def dispute_partys(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputePartyWhere | None = None,
        order_by: list[DisputePartyOrder] | None = None,
    ) -> DisputePartyConnection:
        return await fields.listed_page(
            info, "DisputeParty", None, DisputePartyConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All MediationSession nodes.")
    async def mediation_sessions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: MediationSessionWhere | None = None,
        order_by: list[MediationSessionOrder] | None = None,
    ) -> MediationSessionConnection:
        return await fields.listed_page(
            info, "MediationSession", None, MediationSessionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All DisputeStep nodes.")
    async def dispute_steps(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: DisputeStepWhere | None = None,
        order_by: list[DisputeStepOrder] | None = None,
    ) -> DisputeStepConnection:
        return await fields.listed_page(
            info, "DisputeStep", None, DisputeStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Organization nodes.")
    async def organizations(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: OrganizationWhere | None = None,
        order_by: list[OrganizationOrder] | None = None,
    ) -> OrganizationConnection:
        return await fields.listed_page(
            info, "Organization", None, OrganizationConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All CouncilMeeting nodes.")
    async def council_meetings(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilMeetingWhere | None = None,
        order_by: list[CouncilMeetingOrder] | None = None,
    ) -> CouncilMeetingConnection:
        return await fields.listed_page(
            info, "CouncilMeeting", None, CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All CouncilTopic nodes.")
    async def council_topics(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: CouncilTopicWhere | None = None,
        order_by: list[CouncilTopicOrder] | None = None,
    ) -> CouncilTopicConnection:
        return await fields.listed_page(
            info, "CouncilTopic", None, CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All TopicUpdate nodes.")
    async def topic_updates(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: TopicUpdateWhere | None = None,
        order_by: list[TopicUpdateOrder] | None = None,
    ) -> TopicUpdateConnection:
        return await fields.listed_page(
            info, "TopicUpdate", None, TopicUpdateConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All TopicStep nodes.")
    async def topic_steps(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: TopicStepWhere | None = None,
        order_by: list[TopicStepOrder] | None = None,
    ) -> TopicStepConnection:
        return await fields.listed_page(
            info, "TopicStep", None, TopicStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All ServiceActivity nodes.")
    async def service_activities(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ServiceActivityWhere | None = None,
        order_by: list[ServiceActivityOrder] | None = None,
    ) -> ServiceActivityConnection:
        return await fields.listed_page(
            info, "ServiceActivity", None, ServiceActivityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All SpecialGroup nodes.")
    async def special_groups(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: SpecialGroupWhere | None = None,
        order_by: list[SpecialGroupOrder] | None = None,
    ) -> SpecialGroupConnection:
        return await fields.listed_page(
            info, "SpecialGroup", None, SpecialGroupConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All ServiceItem nodes.")
    async def service_items(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: ServiceItemWhere | None = None,
        order_by: list[ServiceItemOrder] | None = None,
    ) -> ServiceItemConnection:
        return await fields.listed_page(
            info, "ServiceItem", None, ServiceItemConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All Need nodes.")
    async def needs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: NeedWhere | None = None,
        order_by: list[NeedOrder] | None = None,
    ) -> NeedConnection:
        return await fields.listed_page(info, "Need", None, NeedConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="All HomeVisit nodes.")
    async def home_visits(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: HomeVisitWhere | None = None,
        order_by: list[HomeVisitOrder] | None = None,
    ) -> HomeVisitConnection:
        return await fields.listed_page(
            info, "HomeVisit", None, HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="All AuditEntry nodes.")
    async def audit_entries(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: AuditEntryWhere | None = None,
        order_by: list[AuditEntryOrder] | None = None,
    ) -> AuditEntryConnection:
        return await fields.listed_page(
            info, "AuditEntry", None, AuditEntryConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Person nodes with role Resident.")
    async def residents(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "Resident", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Person nodes with role PartyMember.")
    async def party_members(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "PartyMember", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Person nodes with role GridWorker.")
    async def grid_workers(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "GridWorker", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Person nodes with role Volunteer.")
    async def volunteers(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        where: PersonWhere | None = None,
        order_by: list[PersonOrder] | None = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "Volunteer", PersonConnection, first, after, last, before, where, order_by
        )
