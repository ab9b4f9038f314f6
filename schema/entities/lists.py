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


@strawberry.type(description="The root lists, one connection per entity and per person role.")
class ListQuery:
    @strawberry.field(
        description="Every Community you may see, a page at a time: A community (社区), the administrative unit everything hangs under: here 建峰社区 (Jianfeng)."
    )
    async def communities(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            CommunityWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[CommunityOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> CommunityConnection:
        return await fields.listed_page(
            info, "Community", None, CommunityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Grid you may see, a page at a time: A grid (网格): a small territorial cell of the community with its buildings, people, events and workers."
    )
    async def grids(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            GridWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[GridOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> GridConnection:
        return await fields.listed_page(info, "Grid", None, GridConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Every Building you may see, a page at a time: A residential building of a grid.")
    async def buildings(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            BuildingWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[BuildingOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> BuildingConnection:
        return await fields.listed_page(
            info, "Building", None, BuildingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Household you may see, a page at a time: A household (户): the people living in one flat of a building."
    )
    async def households(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            HouseholdWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[HouseholdOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> HouseholdConnection:
        return await fields.listed_page(
            info, "Household", None, HouseholdConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Person you may see, a page at a time: A person: resident, party member, grid worker or volunteer (one person may be several)."
    )
    async def people(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PersonWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PersonOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", None, PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every PartyCommittee you may see, a page at a time: The community's party committee (党委), over its branches."
    )
    async def party_committees(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PartyCommitteeWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PartyCommitteeOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PartyCommitteeConnection:
        return await fields.listed_page(
            info, "PartyCommittee", None, PartyCommitteeConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every PartyBranch you may see, a page at a time: A party branch (党支部): its members claim and fulfil wishes, also as a team."
    )
    async def party_branches(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PartyBranchWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PartyBranchOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PartyBranchConnection:
        return await fields.listed_page(
            info, "PartyBranch", None, PartyBranchConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Unit you may see, a page at a time: A resident enterprise or institution (驻地企事业单位) that co-builds with the community."
    )
    async def units(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            UnitWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[UnitOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> UnitConnection:
        return await fields.listed_page(info, "Unit", None, UnitConnection, first, after, last, before, where, order_by)

    @strawberry.field(
        description="Every Agreement you may see, a page at a time: A co-building agreement (共驻共建共享协议) between a unit and the community."
    )
    async def co_building_agreements(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            AgreementWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[AgreementOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> AgreementConnection:
        return await fields.listed_page(
            info, "Agreement", None, AgreementConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Resource you may see, a page at a time: A shared resource a unit offers: a party activity room, a venue, a sports ground, equipment."
    )
    async def resources(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            ResourceWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[ResourceOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> ResourceConnection:
        return await fields.listed_page(
            info, "Resource", None, ResourceConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Skill you may see, a page at a time: A skill a helper offers and a wish may require (e.g. plumbing, tutoring)."
    )
    async def skills(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            SkillWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[SkillOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> SkillConnection:
        return await fields.listed_page(
            info, "Skill", None, SkillConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Wish you may see, a page at a time: A micro-wish (微心愿): a small concrete need of a resident that helpers claim and fulfil."
    )
    async def wishes(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            WishWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[WishOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> WishConnection:
        return await fields.listed_page(info, "Wish", None, WishConnection, first, after, last, before, where, order_by)

    @strawberry.field(
        description="Every WishTransition you may see, a page at a time: One step in a wish's history (append-only)."
    )
    async def wish_transitions(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            WishTransitionWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[WishTransitionOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> WishTransitionConnection:
        return await fields.listed_page(
            info, "WishTransition", None, WishTransitionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Event you may see, a page at a time: An event (事件): a problem reported in a grid, handled through collect → handle → review (一事一报)."
    )
    async def events(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            EventWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[EventOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> EventConnection:
        return await fields.listed_page(
            info, "Event", None, EventConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every EventCategory you may see, a page at a time: A category of events with time limits per SLA stage; the four of the article are built in."
    )
    async def event_categories(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            EventCategoryWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[EventCategoryOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> EventCategoryConnection:
        return await fields.listed_page(
            info, "EventCategory", None, EventCategoryConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every EventStep you may see, a page at a time: One step in an event's history (append-only)."
    )
    async def event_steps(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            EventStepWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[EventStepOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> EventStepConnection:
        return await fields.listed_page(
            info, "EventStep", None, EventStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Department you may see, a page at a time: A government department events can be assigned to (e.g. the subdistrict's fire office)."
    )
    async def departments(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            DepartmentWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[DepartmentOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> DepartmentConnection:
        return await fields.listed_page(
            info, "Department", None, DepartmentConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Dispute you may see, a page at a time: A dispute (矛盾纠纷) mediated in the Fengqiao way (枫桥经验), arising from an event."
    )
    async def disputes(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            DisputeWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[DisputeOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> DisputeConnection:
        return await fields.listed_page(
            info, "Dispute", None, DisputeConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every DisputeParty you may see, a page at a time: A party of a dispute (a person or a unit) and the side it takes."
    )
    async def dispute_parties(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            DisputePartyWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[DisputePartyOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> DisputePartyConnection:
        return await fields.listed_page(
            info, "DisputeParty", None, DisputePartyConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every MediationSession you may see, a page at a time: A mediation session of a dispute."
    )
    async def mediation_sessions(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            MediationSessionWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[MediationSessionOrder] | None,
            strawberry.argument(description="Sort by this key; by id when not given."),
        ] = None,
    ) -> MediationSessionConnection:
        return await fields.listed_page(
            info, "MediationSession", None, MediationSessionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every DisputeStep you may see, a page at a time: One step in a dispute's history (append-only)."
    )
    async def dispute_steps(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            DisputeStepWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[DisputeStepOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> DisputeStepConnection:
        return await fields.listed_page(
            info, "DisputeStep", None, DisputeStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Organization you may see, a page at a time: A self-governing body: NPC deputy station, women's or elderly association, owners' committee."
    )
    async def organizations(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            OrganizationWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[OrganizationOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> OrganizationConnection:
        return await fields.listed_page(
            info, "Organization", None, OrganizationConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every CouncilMeeting you may see, a page at a time: A monthly meeting of the residents' council (居民议事会)."
    )
    async def council_meetings(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            CouncilMeetingWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[CouncilMeetingOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> CouncilMeetingConnection:
        return await fields.listed_page(
            info, "CouncilMeeting", None, CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every CouncilTopic you may see, a page at a time: A council topic (议题): proposed, deliberated, supervised and reviewed (提出-协商-监督-复盘)."
    )
    async def council_topics(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            CouncilTopicWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[CouncilTopicOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> CouncilTopicConnection:
        return await fields.listed_page(
            info, "CouncilTopic", None, CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every TopicUpdate you may see, a page at a time: A dated entry of a topic's implementation timeline."
    )
    async def topic_updates(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            TopicUpdateWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[TopicUpdateOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> TopicUpdateConnection:
        return await fields.listed_page(
            info, "TopicUpdate", None, TopicUpdateConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every TopicStep you may see, a page at a time: One step in a council topic's history (append-only)."
    )
    async def topic_steps(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            TopicStepWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[TopicStepOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> TopicStepConnection:
        return await fields.listed_page(
            info, "TopicStep", None, TopicStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every ServiceActivity you may see, a page at a time: A service activity: a birthday party, an after-school or holiday class, a home-visit campaign."
    )
    async def service_activities(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            ServiceActivityWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[ServiceActivityOrder] | None,
            strawberry.argument(description="Sort by this key; by id when not given."),
        ] = None,
    ) -> ServiceActivityConnection:
        return await fields.listed_page(
            info, "ServiceActivity", None, ServiceActivityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every SpecialGroup you may see, a page at a time: A special group (特殊人群) the community serves, e.g. elderly living alone (独居老人)."
    )
    async def special_groups(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            SpecialGroupWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[SpecialGroupOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> SpecialGroupConnection:
        return await fields.listed_page(
            info, "SpecialGroup", None, SpecialGroupConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every ServiceItem you may see, a page at a time: An item of a special group's service list (服务清单), e.g. a weekly phone call."
    )
    async def service_items(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            ServiceItemWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[ServiceItemOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> ServiceItemConnection:
        return await fields.listed_page(
            info, "ServiceItem", None, ServiceItemConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every Need you may see, a page at a time: A need of a person (需求清单), gathered on home visits, in WeChat groups or on patrol; sensitive."
    )
    async def needs(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            NeedWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[NeedOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> NeedConnection:
        return await fields.listed_page(info, "Need", None, NeedConnection, first, after, last, before, where, order_by)

    @strawberry.field(
        description="Every HomeVisit you may see, a page at a time: A grid worker's visit to a resident (入民户、访民情); sensitive."
    )
    async def home_visits(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            HomeVisitWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[HomeVisitOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> HomeVisitConnection:
        return await fields.listed_page(
            info, "HomeVisit", None, HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every AuditEntry you may see, a page at a time: Who read which sensitive fields of whom, when and why (administrators only; never changed)."
    )
    async def audit_entries(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            AuditEntryWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[AuditEntryOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> AuditEntryConnection:
        return await fields.listed_page(
            info, "AuditEntry", None, AuditEntryConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People with the resident role you may see, a page at a time.")
    async def residents(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PersonWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PersonOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "Resident", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People with the party member role you may see, a page at a time.")
    async def party_members(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PersonWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PersonOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "PartyMember", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People with the grid worker (网格员) role you may see, a page at a time.")
    async def grid_workers(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PersonWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PersonOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "GridWorker", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People with the volunteer role you may see, a page at a time.")
    async def volunteers(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            PersonWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[PersonOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> PersonConnection:
        return await fields.listed_page(
            info, "Person", "Volunteer", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every DisputeParty you may see, a page at a time: A party of a dispute (a person or a unit) and the side it takes.",
        deprecation_reason="Misspelled: use `disputeParties`.",
    )
    async def dispute_partys(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the start (after `after`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        after: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes after it.")
        ] = None,
        last: Annotated[
            int | None,
            strawberry.argument(
                description="Return at most this many nodes from the end (before `before`); capped at MAX_PAGE_SIZE."
            ),
        ] = None,
        before: Annotated[
            str | None, strawberry.argument(description="Cursor of an edge: return the nodes before it.")
        ] = None,
        where: Annotated[
            DisputePartyWhere | None, strawberry.argument(description="Return only the nodes matching this filter.")
        ] = None,
        order_by: Annotated[
            list[DisputePartyOrder] | None, strawberry.argument(description="Sort by this key; by id when not given.")
        ] = None,
    ) -> DisputePartyConnection:
        return await fields.listed_page(
            info, "DisputeParty", None, DisputePartyConnection, first, after, last, before, where, order_by
        )


@strawberry.type(description="One object of each type by its id; null when missing or hidden.")
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
