"""Generated from graph/core/model.py: the root list fields, one connection per entity and per person role, and a lookup per entity; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

from typing import Annotated

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
    Agreement,
    AgreementConnection,
    AuditEntry,
    AuditEntryConnection,
    Building,
    BuildingConnection,
    Community,
    CommunityConnection,
    CouncilMeeting,
    CouncilMeetingConnection,
    CouncilTopic,
    CouncilTopicConnection,
    Department,
    DepartmentConnection,
    Dispute,
    DisputeConnection,
    DisputeParty,
    DisputePartyConnection,
    DisputeStep,
    DisputeStepConnection,
    Event,
    EventCategory,
    EventCategoryConnection,
    EventConnection,
    EventStep,
    EventStepConnection,
    Grid,
    GridConnection,
    HomeVisit,
    HomeVisitConnection,
    Household,
    HouseholdConnection,
    MediationSession,
    MediationSessionConnection,
    Need,
    NeedConnection,
    Organization,
    OrganizationConnection,
    PartyBranch,
    PartyBranchConnection,
    PartyCommittee,
    PartyCommitteeConnection,
    Person,
    PersonConnection,
    Resource,
    ResourceConnection,
    ServiceActivity,
    ServiceActivityConnection,
    ServiceItem,
    ServiceItemConnection,
    Skill,
    SkillConnection,
    SpecialGroup,
    SpecialGroupConnection,
    TopicStep,
    TopicStepConnection,
    TopicUpdate,
    TopicUpdateConnection,
    Unit,
    UnitConnection,
    Wish,
    WishConnection,
    WishTransition,
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
        order_by: CommunityOrder | None = None,
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
        order_by: GridOrder | None = None,
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
        order_by: BuildingOrder | None = None,
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
        order_by: HouseholdOrder | None = None,
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
        order_by: PersonOrder | None = None,
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
        order_by: PartyCommitteeOrder | None = None,
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
        order_by: PartyBranchOrder | None = None,
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
        order_by: UnitOrder | None = None,
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
        order_by: AgreementOrder | None = None,
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
        order_by: ResourceOrder | None = None,
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
        order_by: SkillOrder | None = None,
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
        order_by: WishOrder | None = None,
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
        order_by: WishTransitionOrder | None = None,
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
        order_by: EventOrder | None = None,
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
        order_by: EventCategoryOrder | None = None,
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
        order_by: EventStepOrder | None = None,
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
        order_by: DepartmentOrder | None = None,
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
        order_by: DisputeOrder | None = None,
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
        order_by: DisputePartyOrder | None = None,
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
        order_by: MediationSessionOrder | None = None,
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
        order_by: DisputeStepOrder | None = None,
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
        order_by: OrganizationOrder | None = None,
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
        order_by: CouncilMeetingOrder | None = None,
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
        order_by: CouncilTopicOrder | None = None,
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
        order_by: TopicUpdateOrder | None = None,
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
        order_by: TopicStepOrder | None = None,
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
        order_by: ServiceActivityOrder | None = None,
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
        order_by: SpecialGroupOrder | None = None,
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
        order_by: ServiceItemOrder | None = None,
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
        order_by: NeedOrder | None = None,
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
        order_by: HomeVisitOrder | None = None,
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
        order_by: AuditEntryOrder | None = None,
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
        order_by: PersonOrder | None = None,
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
        order_by: PersonOrder | None = None,
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
        order_by: PersonOrder | None = None,
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
        order_by: PersonOrder | None = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "Volunteer", PersonConnection, first, after, last, before, where, order_by
        )


@strawberry.type
class LookupQuery:
    @strawberry.field(
        description="The Community of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def community(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Community's global id (its `id` field).")],
    ) -> Community | None:
        return Community.of(await fields.lookup(info, "Community", id))

    @strawberry.field(
        description="The Grid of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def grid(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Grid's global id (its `id` field).")],
    ) -> Grid | None:
        return Grid.of(await fields.lookup(info, "Grid", id))

    @strawberry.field(
        description="The Building of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def building(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Building's global id (its `id` field).")],
    ) -> Building | None:
        return Building.of(await fields.lookup(info, "Building", id))

    @strawberry.field(
        description="The Household of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def household(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Household's global id (its `id` field).")],
    ) -> Household | None:
        return Household.of(await fields.lookup(info, "Household", id))

    @strawberry.field(
        description="The Person of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def person(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Person's global id (its `id` field).")],
    ) -> Person | None:
        return Person.of(await fields.lookup(info, "Person", id))

    @strawberry.field(
        description="The PartyCommittee of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def party_committee(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The PartyCommittee's global id (its `id` field).")
        ],
    ) -> PartyCommittee | None:
        return PartyCommittee.of(await fields.lookup(info, "PartyCommittee", id))

    @strawberry.field(
        description="The PartyBranch of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def party_branch(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The PartyBranch's global id (its `id` field).")],
    ) -> PartyBranch | None:
        return PartyBranch.of(await fields.lookup(info, "PartyBranch", id))

    @strawberry.field(
        description="The Unit of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def unit(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Unit's global id (its `id` field).")],
    ) -> Unit | None:
        return Unit.of(await fields.lookup(info, "Unit", id))

    @strawberry.field(
        description="The Agreement of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def agreement(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Agreement's global id (its `id` field).")],
    ) -> Agreement | None:
        return Agreement.of(await fields.lookup(info, "Agreement", id))

    @strawberry.field(
        description="The Resource of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def resource(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Resource's global id (its `id` field).")],
    ) -> Resource | None:
        return Resource.of(await fields.lookup(info, "Resource", id))

    @strawberry.field(
        description="The Skill of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def skill(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Skill's global id (its `id` field).")],
    ) -> Skill | None:
        return Skill.of(await fields.lookup(info, "Skill", id))

    @strawberry.field(
        description="The Wish of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def wish(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Wish's global id (its `id` field).")],
    ) -> Wish | None:
        return Wish.of(await fields.lookup(info, "Wish", id))

    @strawberry.field(
        description="The WishTransition of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def wish_transition(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The WishTransition's global id (its `id` field).")
        ],
    ) -> WishTransition | None:
        return WishTransition.of(await fields.lookup(info, "WishTransition", id))

    @strawberry.field(
        description="The Event of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def event(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Event's global id (its `id` field).")],
    ) -> Event | None:
        return Event.of(await fields.lookup(info, "Event", id))

    @strawberry.field(
        description="The EventCategory of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def event_category(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The EventCategory's global id (its `id` field).")
        ],
    ) -> EventCategory | None:
        return EventCategory.of(await fields.lookup(info, "EventCategory", id))

    @strawberry.field(
        description="The EventStep of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def event_step(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The EventStep's global id (its `id` field).")],
    ) -> EventStep | None:
        return EventStep.of(await fields.lookup(info, "EventStep", id))

    @strawberry.field(
        description="The Department of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def department(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Department's global id (its `id` field).")],
    ) -> Department | None:
        return Department.of(await fields.lookup(info, "Department", id))

    @strawberry.field(
        description="The Dispute of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def dispute(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Dispute's global id (its `id` field).")],
    ) -> Dispute | None:
        return Dispute.of(await fields.lookup(info, "Dispute", id))

    @strawberry.field(
        description="The DisputeParty of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def dispute_party(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The DisputeParty's global id (its `id` field).")],
    ) -> DisputeParty | None:
        return DisputeParty.of(await fields.lookup(info, "DisputeParty", id))

    @strawberry.field(
        description="The MediationSession of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def mediation_session(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The MediationSession's global id (its `id` field).")
        ],
    ) -> MediationSession | None:
        return MediationSession.of(await fields.lookup(info, "MediationSession", id))

    @strawberry.field(
        description="The DisputeStep of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def dispute_step(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The DisputeStep's global id (its `id` field).")],
    ) -> DisputeStep | None:
        return DisputeStep.of(await fields.lookup(info, "DisputeStep", id))

    @strawberry.field(
        description="The Organization of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def organization(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Organization's global id (its `id` field).")],
    ) -> Organization | None:
        return Organization.of(await fields.lookup(info, "Organization", id))

    @strawberry.field(
        description="The CouncilMeeting of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def council_meeting(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The CouncilMeeting's global id (its `id` field).")
        ],
    ) -> CouncilMeeting | None:
        return CouncilMeeting.of(await fields.lookup(info, "CouncilMeeting", id))

    @strawberry.field(
        description="The CouncilTopic of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def council_topic(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The CouncilTopic's global id (its `id` field).")],
    ) -> CouncilTopic | None:
        return CouncilTopic.of(await fields.lookup(info, "CouncilTopic", id))

    @strawberry.field(
        description="The TopicUpdate of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def topic_update(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The TopicUpdate's global id (its `id` field).")],
    ) -> TopicUpdate | None:
        return TopicUpdate.of(await fields.lookup(info, "TopicUpdate", id))

    @strawberry.field(
        description="The TopicStep of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def topic_step(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The TopicStep's global id (its `id` field).")],
    ) -> TopicStep | None:
        return TopicStep.of(await fields.lookup(info, "TopicStep", id))

    @strawberry.field(
        description="The ServiceActivity of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def service_activity(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID, strawberry.argument(description="The ServiceActivity's global id (its `id` field).")
        ],
    ) -> ServiceActivity | None:
        return ServiceActivity.of(await fields.lookup(info, "ServiceActivity", id))

    @strawberry.field(
        description="The SpecialGroup of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def special_group(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The SpecialGroup's global id (its `id` field).")],
    ) -> SpecialGroup | None:
        return SpecialGroup.of(await fields.lookup(info, "SpecialGroup", id))

    @strawberry.field(
        description="The ServiceItem of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def service_item(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The ServiceItem's global id (its `id` field).")],
    ) -> ServiceItem | None:
        return ServiceItem.of(await fields.lookup(info, "ServiceItem", id))

    @strawberry.field(
        description="The Need of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def need(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The Need's global id (its `id` field).")],
    ) -> Need | None:
        return Need.of(await fields.lookup(info, "Need", id))

    @strawberry.field(
        description="The HomeVisit of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def home_visit(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The HomeVisit's global id (its `id` field).")],
    ) -> HomeVisit | None:
        return HomeVisit.of(await fields.lookup(info, "HomeVisit", id))

    @strawberry.field(
        description="The AuditEntry of this global id; null when there is none or you may not see it (as node(id:))."
    )
    async def audit_entry(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The AuditEntry's global id (its `id` field).")],
    ) -> AuditEntry | None:
        return AuditEntry.of(await fields.lookup(info, "AuditEntry", id))
