"""Generated from graph/core/model.py: every entity's object type, with its connection and edge types; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import datetime
import enum
from typing import Annotated

import strawberry

from graph.core.records import Edge, Page
from schema import aggregates, fields, matching, references
from schema.aggregates import GROUP_FIELDS, Source
from schema.connections import DEFAULT_PAGE_SIZE, PageInfo
from schema.context import Info
from schema.entities.enums import (
    AuditEntryAccess,
    CouncilTopicCategory,
    CouncilTopicOutcome,
    CouncilTopicStage,
    DisputeOutcome,
    DisputePartyRole,
    DisputeStatus,
    DisputeStepAction,
    EventSource,
    EventStatus,
    EventStepAction,
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
    SkillCategory,
    SpecialGroupKind,
    TopicStepAction,
    UnitKind,
    WishCategory,
    WishStatus,
    WishTransitionAction,
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
from schema.values import described


@strawberry.type(
    description="A community (社区), the administrative unit everything hangs under: here 建峰社区 (Jianfeng)."
)
class Community(Node):
    name: str = strawberry.field(description="The community's name, e.g. 建峰社区.")
    city: str = strawberry.field(description="City it lies in, e.g. 重庆 (Chongqing); null when not recorded.")
    district: str = strawberry.field(description="District it lies in, e.g. 涪陵区 (Fuling); null when not recorded.")
    subdistrict: str = strawberry.field(
        description="Subdistrict (街道) it lies in, e.g. 白涛街道 (Baitao); null when not recorded."
    )

    @strawberry.field(description="The grids (网格) the community is divided into.")
    def grids(
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
        return fields.related_page(self, info, "grids", GridConnection, first, after, last, before, where, order_by)

    @strawberry.field(
        description="The community's party committee (党委); null when none is recorded. Null also when you may not see it."
    )
    def party_committee(self, info: Info) -> PartyCommittee | None:
        return fields.related_node(self, info, "partyCommittee", PartyCommittee)

    @strawberry.field(description="Self-governing bodies of the community (NPC deputy station, associations, studio).")
    def organizations(
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
        return fields.related_page(
            self, info, "organizations", OrganizationConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Co-building agreements (共驻共建共享协议) units signed with the community.")
    def agreements(
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
        return fields.related_page(
            self, info, "agreements", AgreementConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Meetings of the residents' council (居民议事会).")
    def meetings(
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
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Topics of the residents' council, at any stage.")
    def topics(
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
        return fields.related_page(
            self, info, "topics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Service activities held for residents (birthday parties, classes, home-visit campaigns)."
    )
    def activities(
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
        return fields.related_page(
            self, info, "activities", ServiceActivityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Special groups (特殊人群) of residents the community serves.")
    def special_groups(
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


@strawberry.type(
    description="A page of Community nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class CommunityConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Community nodes, each with its cursor.")
    def edges(self) -> list[CommunityEdge]:
        return [CommunityEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Community]:
        return [Community.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Community nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> CommunityAggregate:
        return CommunityAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Community in a page, with the cursor pointing at it.")
class CommunityEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Community.")
    def node(self) -> Community:
        return Community.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A grid (网格): a small territorial cell of the community with its buildings, people, events and workers."
)
class Grid(Node):
    name: str = strawberry.field(description="The grid's name.")
    code: str = strawberry.field(description="The grid's short code, unique in the community; null when not assigned.")
    kind: GridKind = strawberry.field(
        description="Residential grid, or one of the school grids (学校专属网格) whose workers are teachers."
    )

    @strawberry.field(description="The community the grid belongs to. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="Grids sharing a border with this one (matching looks for helpers there too).")
    def adjacent_grids(
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
        return fields.related_page(
            self, info, "adjacentGrids", GridConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Buildings in the grid.")
    def buildings(
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
        return fields.related_page(
            self, info, "buildings", BuildingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People working the grid (网格员), each with a grid role.")
    def grid_workers(
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
        return fields.related_page(
            self, info, "gridWorkers", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Events (problems reported) in the grid.")
    def events(
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
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Micro-wishes (微心愿) of the grid's residents.")
    def wishes(
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
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Co-building units located in the grid.")
    def units(
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
        return fields.related_page(self, info, "units", UnitConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Shared resources (rooms, venues, equipment) located in the grid.")
    def resources(
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
        return fields.related_page(
            self, info, "resources", ResourceConnection, first, after, last, before, where, order_by
        )


TYPES["Grid"] = Grid
PLAIN_FIELDS["Grid"] = (
    ("name", "name", None),
    ("code", "code", None),
    ("kind", "kind", GridKind),
)


@strawberry.type(
    description="A page of Grid nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class GridConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Grid nodes, each with its cursor.")
    def edges(self) -> list[GridEdge]:
        return [GridEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Grid]:
        return [Grid.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Grid nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> GridAggregate:
        return GridAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Grid in a page, with the cursor pointing at it.")
class GridEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Grid.")
    def node(self) -> Grid:
        return Grid.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A residential building of a grid.")
class Building(Node):
    name: str = strawberry.field(description="The building's name, e.g. 3栋.")
    address: str = strawberry.field(description="Street address; null when not recorded.")
    floors: int = strawberry.field(description="Number of floors; null when not recorded.")

    @strawberry.field(description="The grid the building is in. Null also when you may not see it.")
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field(description="Households living in the building.")
    def households(
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
        return fields.related_page(
            self, info, "households", HouseholdConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People living in the building (through their households).")
    def residents(
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
        return fields.related_page(
            self, info, "residents", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Events reported at the building.")
    def events(
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
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)


TYPES["Building"] = Building
PLAIN_FIELDS["Building"] = (
    ("name", "name", None),
    ("address", "address", None),
    ("floors", "floors", None),
)


@strawberry.type(
    description="A page of Building nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class BuildingConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Building nodes, each with its cursor.")
    def edges(self) -> list[BuildingEdge]:
        return [BuildingEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Building]:
        return [Building.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Building nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> BuildingAggregate:
        return BuildingAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Building in a page, with the cursor pointing at it.")
class BuildingEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Building.")
    def node(self) -> Building:
        return Building.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A household (户): the people living in one flat of a building.")
class Household(Node):
    @strawberry.field(
        description="How the household is called, usually after its head. Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def name(self, info: Info) -> str:
        value: str = fields.sensitive(self, info, "name")
        return value

    @strawberry.field(
        description="Flat number in the building, e.g. 2-301; null when not recorded. Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def room(self, info: Info) -> str:
        value: str = fields.sensitive(self, info, "room")
        return value

    @strawberry.field(description="The building the household lives in. Null also when you may not see it.")
    def building(self, info: Info) -> Building | None:
        return fields.related_node(self, info, "building", Building)

    @strawberry.field(description="The people of the household.")
    def members(
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
        return fields.related_page(self, info, "members", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Micro-wishes made by the household's members.")
    def wishes(
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
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Home visits (入户走访) to the household's members.")
    def home_visits(
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
        return fields.related_page(
            self, info, "homeVisits", HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Sensitive fields you see masked or withheld (no full access).")
    def masked_fields(self, info: Info) -> list[str]:
        return fields.masked_fields(self, info)


TYPES["Household"] = Household
PLAIN_FIELDS["Household"] = ()


@strawberry.type(
    description="A page of Household nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class HouseholdConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Household nodes, each with its cursor.")
    def edges(self) -> list[HouseholdEdge]:
        return [HouseholdEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Household]:
        return [Household.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Household nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> HouseholdAggregate:
        return HouseholdAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Household in a page, with the cursor pointing at it.")
class HouseholdEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Household.")
    def node(self) -> Household:
        return Household.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A person: resident, party member, grid worker or volunteer (one person may be several).")
class Person(Node):
    gender: PersonGender = strawberry.field(description="Gender; null when not recorded.")
    birth_year: int = strawberry.field(
        description="Year of birth; null when not recorded (used for age, e.g. elderly from 60)."
    )
    party_status: PersonPartyStatus | None = strawberry.field(
        description="For a party member: retired or in service (在职党员); null for non-members."
    )
    joined_party_on: datetime.date | None = strawberry.field(
        description="Date the person joined the party; null for non-members or when unknown."
    )
    reported_on: datetime.date | None = strawberry.field(
        description="Date an in-service member reported to the community (进社区报到); null if they have not."
    )
    grid_role: PersonGridRole | None = strawberry.field(
        description="For a grid worker: their place in the '1+6' grid force; null for others."
    )
    capacity: int | None = strawberry.field(
        description="How many wishes the person can take on at once as a helper; null means the default limit."
    )

    @strawberry.field(
        description="Full name; shown minimised (e.g. 王**) to viewers without access to the person. Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def name(self, info: Info) -> str:
        value: str = fields.sensitive(self, info, "name")
        return value

    @strawberry.field(
        description="Date of birth. Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def birth_date(self, info: Info) -> datetime.date | None:
        value: datetime.date | None = fields.sensitive(self, info, "birthDate")
        return value

    @strawberry.field(
        description="Mobile phone number. Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def phone(self, info: Info) -> str | None:
        value: str | None = fields.sensitive(self, info, "phone")
        return value

    @strawberry.field(
        description="Resident identity card number (身份证号). Sensitive personal data: masked unless you have full access; full reads are audited."
    )
    def id_number(self, info: Info) -> str:
        value: str = fields.sensitive(self, info, "idNumber")
        return value

    @strawberry.field(
        description="The household the person lives in; null for people living elsewhere. Null also when you may not see it."
    )
    def household(self, info: Info) -> Household | None:
        return fields.related_node(self, info, "household", Household)

    @strawberry.field(
        description="The building the person lives in (through the household); null when none. Null also when you may not see it."
    )
    def building(self, info: Info) -> Building | None:
        return fields.related_node(self, info, "building", Building)

    @strawberry.field(
        description="The party branch (党支部) of a party member; null for non-members. Null also when you may not see it."
    )
    def branch(self, info: Info) -> PartyBranch | None:
        return fields.related_node(self, info, "branch", PartyBranch)

    @strawberry.field(description="Grids a grid worker works.")
    def work_grids(
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
        return fields.related_page(self, info, "workGrids", GridConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Skills the person offers (matching compares them with wishes' required skills).")
    def skills(
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
        return fields.related_page(self, info, "skills", SkillConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Special groups the person belongs to (sensitive personal data).")
    def special_groups(
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
        return fields.related_page(
            self, info, "specialGroups", SpecialGroupConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Micro-wishes the person made.")
    def wishes(
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
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Wishes the person claimed as a helper.")
    def claimed_wishes(
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
        return fields.related_page(
            self, info, "claimedWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Wishes the person fulfilled.")
    def fulfilled_wishes(
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
        return fields.related_page(
            self, info, "fulfilledWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Events the person reported.")
    def reported_events(
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
        return fields.related_page(
            self, info, "reportedEvents", EventConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Disputes the person is a party to.")
    def disputes(
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
        return fields.related_page(
            self, info, "disputes", DisputeConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Council topics the person proposed.")
    def proposed_topics(
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
        return fields.related_page(
            self, info, "proposedTopics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Council topics the person is responsible for implementing.")
    def owned_topics(
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
        return fields.related_page(
            self, info, "ownedTopics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Service activities the person attended.")
    def activities(
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
        return fields.related_page(
            self, info, "activities", ServiceActivityConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Council meetings the person attended.")
    def meetings(
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
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="The person's recorded needs (需求清单; sensitive).")
    def needs(
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
        return fields.related_page(self, info, "needs", NeedConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Home visits the person received.")
    def home_visits(
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
        return fields.related_page(
            self, info, "homeVisits", HomeVisitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Home visits the person made as a grid worker.")
    def visits_made(
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


@strawberry.type(
    description="A page of Person nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class PersonConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Person nodes, each with its cursor.")
    def edges(self) -> list[PersonEdge]:
        return [PersonEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Person]:
        return [Person.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Person nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> PersonAggregate:
        return PersonAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Person in a page, with the cursor pointing at it.")
class PersonEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Person.")
    def node(self) -> Person:
        return Person.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="The community's party committee (党委), over its branches.")
class PartyCommittee(Node):
    name: str = strawberry.field(description="The committee's name.")

    @strawberry.field(description="The community the committee leads. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="The party branches under the committee.")
    def branches(
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
        return fields.related_page(
            self, info, "branches", PartyBranchConnection, first, after, last, before, where, order_by
        )


TYPES["PartyCommittee"] = PartyCommittee
PLAIN_FIELDS["PartyCommittee"] = (("name", "name", None),)


@strawberry.type(
    description="A page of PartyCommittee nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class PartyCommitteeConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's PartyCommittee nodes, each with its cursor.")
    def edges(self) -> list[PartyCommitteeEdge]:
        return [PartyCommitteeEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[PartyCommittee]:
        return [PartyCommittee.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many PartyCommittee nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> PartyCommitteeAggregate:
        return PartyCommitteeAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One PartyCommittee in a page, with the cursor pointing at it.")
class PartyCommitteeEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The PartyCommittee.")
    def node(self) -> PartyCommittee:
        return PartyCommittee.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A party branch (党支部): its members claim and fulfil wishes, also as a team.")
class PartyBranch(Node):
    name: str = strawberry.field(description="The branch's name.")

    @strawberry.field(description="The committee the branch is under. Null also when you may not see it.")
    def committee(self, info: Info) -> PartyCommittee | None:
        return fields.related_node(self, info, "committee", PartyCommittee)

    @strawberry.field(description="The branch's party members.")
    def members(
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
        return fields.related_page(self, info, "members", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Wishes the branch claimed as a team.")
    def claimed_wishes(
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
        return fields.related_page(
            self, info, "claimedWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Wishes the branch fulfilled as a team.")
    def fulfilled_wishes(
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
        return fields.related_page(
            self, info, "fulfilledWishes", WishConnection, first, after, last, before, where, order_by
        )


TYPES["PartyBranch"] = PartyBranch
PLAIN_FIELDS["PartyBranch"] = (("name", "name", None),)


@strawberry.type(
    description="A page of PartyBranch nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class PartyBranchConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's PartyBranch nodes, each with its cursor.")
    def edges(self) -> list[PartyBranchEdge]:
        return [PartyBranchEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[PartyBranch]:
        return [PartyBranch.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many PartyBranch nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> PartyBranchAggregate:
        return PartyBranchAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One PartyBranch in a page, with the cursor pointing at it.")
class PartyBranchEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The PartyBranch.")
    def node(self) -> PartyBranch:
        return PartyBranch.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A resident enterprise or institution (驻地企事业单位) that co-builds with the community.")
class Unit(Node):
    name: str = strawberry.field(description="The unit's name.")
    kind: UnitKind = strawberry.field(description="Enterprise, institution or school; null when not recorded.")
    address: str = strawberry.field(description="Street address; null when not recorded.")

    @strawberry.field(
        description="The grid the unit is located in; null when outside the grids. Null also when you may not see it."
    )
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field(
        description="The co-building agreement the unit signed; null when it has none. Null also when you may not see it."
    )
    def agreement(self, info: Info) -> Agreement | None:
        return fields.related_node(self, info, "agreement", Agreement)

    @strawberry.field(description="Resources the unit offers to the community (rooms, venues, equipment).")
    def resources(
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
        return fields.related_page(
            self, info, "resources", ResourceConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Wishes the unit claimed.")
    def claimed_wishes(
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
        return fields.related_page(
            self, info, "claimedWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Wishes the unit fulfilled.")
    def fulfilled_wishes(
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
        return fields.related_page(
            self, info, "fulfilledWishes", WishConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Disputes the unit is a party to.")
    def disputes(
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


@strawberry.type(
    description="A page of Unit nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class UnitConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Unit nodes, each with its cursor.")
    def edges(self) -> list[UnitEdge]:
        return [UnitEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Unit]:
        return [Unit.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Unit nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> UnitAggregate:
        return UnitAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Unit in a page, with the cursor pointing at it.")
class UnitEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Unit.")
    def node(self) -> Unit:
        return Unit.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A co-building agreement (共驻共建共享协议) between a unit and the community.")
class Agreement(Node):
    title: str = strawberry.field(description="The agreement's title.")
    signed_on: datetime.date = strawberry.field(description="Date it was signed; null when unknown.")
    joint_creations: list[str] = strawberry.field(
        description="Its 'six joint creations' (六联创) commitments, as JOINT_CREATIONS codes."
    )
    collaborations: list[str] = strawberry.field(
        description="Its 'seven collaborations' (七协同) commitments, as collaboration codes."
    )

    @strawberry.field(description="The unit that signed it. Null also when you may not see it.")
    def unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "unit", Unit)

    @strawberry.field(description="The community it was signed with. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)


TYPES["Agreement"] = Agreement
PLAIN_FIELDS["Agreement"] = (
    ("title", "title", None),
    ("signed_on", "signedOn", None),
    ("joint_creations", "jointCreations", None),
    ("collaborations", "collaborations", None),
)


@strawberry.type(
    description="A page of Agreement nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class AgreementConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Agreement nodes, each with its cursor.")
    def edges(self) -> list[AgreementEdge]:
        return [AgreementEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Agreement]:
        return [Agreement.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Agreement nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> AgreementAggregate:
        return AgreementAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Agreement in a page, with the cursor pointing at it.")
class AgreementEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Agreement.")
    def node(self) -> Agreement:
        return Agreement.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A shared resource a unit offers: a party activity room, a venue, a sports ground, equipment."
)
class Resource(Node):
    name: str = strawberry.field(description="The resource's name.")
    kind: ResourceKind = strawberry.field(description="What kind of resource it is; null when not recorded.")
    description: str = strawberry.field(description="What it offers and how to use it; null when not written.")
    capacity: int = strawberry.field(description="How many people it holds; null when not recorded.")

    @strawberry.field(description="The unit offering it. Null also when you may not see it.")
    def unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "unit", Unit)

    @strawberry.field(
        description="The grid it is located in; null when outside the grids. Null also when you may not see it."
    )
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)


TYPES["Resource"] = Resource
PLAIN_FIELDS["Resource"] = (
    ("name", "name", None),
    ("kind", "kind", ResourceKind),
    ("description", "description", None),
    ("capacity", "capacity", None),
)


@strawberry.type(
    description="A page of Resource nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class ResourceConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Resource nodes, each with its cursor.")
    def edges(self) -> list[ResourceEdge]:
        return [ResourceEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Resource]:
        return [Resource.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Resource nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> ResourceAggregate:
        return ResourceAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Resource in a page, with the cursor pointing at it.")
class ResourceEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Resource.")
    def node(self) -> Resource:
        return Resource.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A skill a helper offers and a wish may require (e.g. plumbing, tutoring).")
class Skill(Node):
    name: str = strawberry.field(description="The skill's name.")
    category: SkillCategory = strawberry.field(description="The kind of help the skill gives.")

    @strawberry.field(description="People offering the skill.")
    def people(
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
        return fields.related_page(self, info, "people", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Wishes requiring the skill.")
    def wishes(
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
        return fields.related_page(self, info, "wishes", WishConnection, first, after, last, before, where, order_by)


TYPES["Skill"] = Skill
PLAIN_FIELDS["Skill"] = (
    ("name", "name", None),
    ("category", "category", SkillCategory),
)


@strawberry.type(
    description="A page of Skill nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class SkillConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Skill nodes, each with its cursor.")
    def edges(self) -> list[SkillEdge]:
        return [SkillEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Skill]:
        return [Skill.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Skill nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> SkillAggregate:
        return SkillAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Skill in a page, with the cursor pointing at it.")
class SkillEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Skill.")
    def node(self) -> Skill:
        return Skill.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A micro-wish (微心愿): a small concrete need of a resident that helpers claim and fulfil."
)
class Wish(Node):
    title: str = strawberry.field(description="Short title, e.g. 修理水龙头.")
    description: str = strawberry.field(
        description="What is wished for, in the requester's words; null when only a title was given."
    )
    category: WishCategory = strawberry.field(description="What the wish asks for.")
    urgency: int = strawberry.field(description="Urgency from 1 (can wait) to 4 (urgent); null is read as 1.")
    status: WishStatus = strawberry.field(
        description="Where the wish is in its lifecycle (see README 'The wish lifecycle')."
    )
    head_count: int = strawberry.field(description="How many helpers it needs; null is read as 1.")
    created_at: datetime.datetime = strawberry.field(description="When it was submitted.")
    deadline: datetime.date | None = strawberry.field(
        description="Date after which an open wish expires; null when it has none."
    )
    fulfilled_at: datetime.datetime | None = strawberry.field(description="When it was fulfilled; null until then.")
    version: int = strawberry.field(
        description="Incremented by every step of the wish (its creation is 0): orders its history."
    )

    @strawberry.field(
        description="The resident who made the wish (minimised for helpers). Null also when you may not see it."
    )
    def requester(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "requester", Person)

    @strawberry.field(description="The grid the wish belongs to. Null also when you may not see it.")
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field(description="Skills a helper needs for the wish.")
    def required_skills(
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
        return fields.related_page(
            self, info, "requiredSkills", SkillConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People who claimed the wish.")
    def claimed_by(
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
        return fields.related_page(
            self, info, "claimedBy", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People who fulfilled the wish.")
    def fulfilled_by(
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
        return fields.related_page(
            self, info, "fulfilledBy", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Units that fulfilled the wish.")
    def fulfilling_units(
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
        return fields.related_page(
            self, info, "fulfillingUnits", UnitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Units that claimed the wish.")
    def claiming_units(
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
        return fields.related_page(
            self, info, "claimingUnits", UnitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Party branches that claimed the wish as a team.")
    def claiming_branches(
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
        return fields.related_page(
            self, info, "claimingBranches", PartyBranchConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Party branches that fulfilled the wish as a team.")
    def fulfilling_branches(
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
        return fields.related_page(
            self, info, "fulfillingBranches", PartyBranchConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="Every step of the wish, oldest first by default: who did what, from which status to which."
    )
    def history(
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
        return fields.related_page(
            self, info, "history", WishTransitionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Helpers who declined the wish (matching no longer proposes them).")
    def declined_by(
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
    ("category", "category", WishCategory),
    ("urgency", "urgency", None),
    ("status", "status", WishStatus),
    ("head_count", "headCount", None),
    ("created_at", "createdAt", None),
    ("deadline", "deadline", None),
    ("fulfilled_at", "fulfilledAt", None),
    ("version", "version", None),
)


@strawberry.type(
    description="A page of Wish nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class WishConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Wish nodes, each with its cursor.")
    def edges(self) -> list[WishEdge]:
        return [WishEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Wish]:
        return [Wish.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Wish nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> WishAggregate:
        return WishAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Wish in a page, with the cursor pointing at it.")
class WishEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Wish.")
    def node(self) -> Wish:
        return Wish.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="One step in a wish's history (append-only).")
class WishTransition(Node):
    action: WishTransitionAction = strawberry.field(description="The step taken, e.g. verify, publish, claim, fulfil.")
    from_status: WishStatus | None = strawberry.field(
        description="Status before the step; null for the wish's creation."
    )
    to_status: WishStatus = strawberry.field(description="Status after the step.")
    actor_id: str = strawberry.field(description="Database id of the person who took the step; null for system sweeps.")
    subject_id: str | None = strawberry.field(
        description="Database id of the claimant the step named (a claim or its release); null for other steps."
    )
    note: str | None = strawberry.field(
        description="The note given with the step (e.g. a rejection reason); null when none."
    )
    at: datetime.datetime = strawberry.field(description="When the step was taken.")
    version: int = strawberry.field(
        description="The wish's version this step produced: orders steps within one clock tick."
    )

    @strawberry.field(description="The wish this step belongs to. Null also when you may not see it.")
    def wish(self, info: Info) -> Wish | None:
        return fields.related_node(self, info, "wish", Wish)

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    actor = strawberry.field(
        resolver=references.actor,
        description="The person who took the step (`actorId`); null for the system or one you may not see.",
    )

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    claimant = strawberry.field(
        resolver=references.claimant,
        description="The person, party branch or unit the step named (`subjectId`: claimed, released, declined); null for other steps or one you may not see.",
    )


TYPES["WishTransition"] = WishTransition
PLAIN_FIELDS["WishTransition"] = (
    ("action", "action", WishTransitionAction),
    ("from_status", "fromStatus", WishStatus),
    ("to_status", "toStatus", WishStatus),
    ("actor_id", "actorId", None),
    ("subject_id", "subjectId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(
    description="A page of WishTransition nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class WishTransitionConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's WishTransition nodes, each with its cursor.")
    def edges(self) -> list[WishTransitionEdge]:
        return [WishTransitionEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[WishTransition]:
        return [WishTransition.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many WishTransition nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> WishTransitionAggregate:
        return WishTransitionAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One WishTransition in a page, with the cursor pointing at it.")
class WishTransitionEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The WishTransition.")
    def node(self) -> WishTransition:
        return WishTransition.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="An event (事件): a problem reported in a grid, handled through collect → handle → review (一事一报)."
)
class Event(Node):
    title: str = strawberry.field(description="Short title of the problem.")
    description: str = strawberry.field(description="What was reported; null when only a title was given.")
    category: str = strawberry.field(description="Code of its EventCategory, e.g. FIRE_SAFETY, DISPUTE.")
    status: EventStatus = strawberry.field(description="Where the event is in its lifecycle.")
    source: EventSource = strawberry.field(
        description="How the event came in (patrol, resident, home visit, WeChat group); null when unknown."
    )
    urgent: bool = strawberry.field(description="Whether the reporter marked it urgent; null means no.")
    photos: list[str] | None = strawberry.field(description="URLs of photos sent with the report.")
    reported_at: datetime.datetime = strawberry.field(description="When it was reported.")
    verified_at: datetime.datetime | None = strawberry.field(
        description="When a grid worker verified it; null until then."
    )
    assigned_at: datetime.datetime | None = strawberry.field(
        description="When it was (last) assigned to a handler; null until then."
    )
    started_at: datetime.datetime | None = strawberry.field(
        description="When the handler started work; null until then."
    )
    resolved_at: datetime.datetime | None = strawberry.field(
        description="When the handler resolved it; null until then."
    )
    reviewed_at: datetime.datetime | None = strawberry.field(
        description="When a grid worker reviewed the resolution; null until then."
    )
    closed_at: datetime.datetime | None = strawberry.field(description="When it was closed; null while open.")
    reopened_at: datetime.datetime | None = strawberry.field(
        description="When the reporter last reopened it; null if never."
    )
    stage_started_at: datetime.datetime | None = strawberry.field(
        description="When the current SLA stage began; null when nothing is due."
    )
    stage_warn_at: datetime.datetime | None = strawberry.field(
        description="When the current stage turns YELLOW (80 % of its limit); null when nothing is due."
    )
    stage_due_at: datetime.datetime | None = strawberry.field(
        description="When the current stage is overdue (turns RED); null when nothing is due."
    )
    resolution: str | None = strawberry.field(description="What the handler did to resolve it; null until resolved.")
    evidence_urls: list[str] | None = strawberry.field(
        description="URLs of evidence of the resolution (photos, documents)."
    )
    hold_reason: str | None = strawberry.field(description="Why work is on hold; null unless ON_HOLD.")
    self_handled: bool | None = strawberry.field(
        description="Whether a grid worker handled it on the spot (selfHandleEvent); null means no."
    )
    escalation_level: int = strawberry.field(description="How many times it was escalated; null means never.")
    reopen_count: int = strawberry.field(description="How many times the reporter reopened it; null means never.")
    rating: int | None = strawberry.field(
        description="The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated."
    )
    rating_comment: str | None = strawberry.field(description="The reporter's comment with the rating; null when none.")
    version: int = strawberry.field(description="Incremented by every step of the event: orders its history.")

    @strawberry.field(description="The grid it happened in. Null also when you may not see it.")
    def grid(self, info: Info) -> Grid | None:
        return fields.related_node(self, info, "grid", Grid)

    @strawberry.field(
        description="The building it happened at; null when not at a building. Null also when you may not see it."
    )
    def building(self, info: Info) -> Building | None:
        return fields.related_node(self, info, "building", Building)

    @strawberry.field(
        description="The person who reported it; null when not recorded. Null also when you may not see it."
    )
    def reporter(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "reporter", Person)

    @strawberry.field(
        description="The service activity (e.g. home-visit campaign) it was raised in; null when none. Null also when you may not see it."
    )
    def campaign(self, info: Info) -> ServiceActivity | None:
        return fields.related_node(self, info, "campaign", ServiceActivity)

    @strawberry.field(description="The dispute mediated about it; null when none. Null also when you may not see it.")
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)

    @strawberry.field(description="Council topics raised from it.")
    def topics(
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
        return fields.related_page(
            self, info, "topics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="The person assigned to handle it; null when a unit, department or nobody handles it. Null also when you may not see it."
    )
    def handler_person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "handlerPerson", Person)

    @strawberry.field(description="The unit assigned to handle it; null otherwise. Null also when you may not see it.")
    def handler_unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "handlerUnit", Unit)

    @strawberry.field(
        description="The department assigned to handle it; null otherwise. Null also when you may not see it."
    )
    def handler_department(self, info: Info) -> Department | None:
        return fields.related_node(self, info, "handlerDepartment", Department)

    @strawberry.field(
        description="The event this one duplicates; null unless DUPLICATE. Null also when you may not see it."
    )
    def duplicate_of(self, info: Info) -> Event | None:
        return fields.related_node(self, info, "duplicateOf", Event)

    @strawberry.field(description="Events marked as duplicates of this one.")
    def duplicates(
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
        return fields.related_page(
            self, info, "duplicates", EventConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Every step of the event: who did what, from which status to which.")
    def history(
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


@strawberry.type(
    description="A page of Event nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class EventConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Event nodes, each with its cursor.")
    def edges(self) -> list[EventEdge]:
        return [EventEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Event]:
        return [Event.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Event nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> EventAggregate:
        return EventAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Event in a page, with the cursor pointing at it.")
class EventEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Event.")
    def node(self) -> Event:
        return Event.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A category of events with time limits per SLA stage; the four of the article are built in."
)
class EventCategory(Node):
    code: str = strawberry.field(description="Its code, used in Event.category, e.g. FIRE_SAFETY.")
    name: str = strawberry.field(description="Its name, e.g. 消防安全.")
    verify_hours: float = strawberry.field(description="Hours allowed from report to verification.")
    assign_hours: float = strawberry.field(description="Hours allowed from verification to assignment.")
    start_hours: float = strawberry.field(description="Hours allowed from assignment to the start of work.")
    resolve_hours: float = strawberry.field(description="Hours allowed from the start of work to resolution.")
    hold_hours: float = strawberry.field(description="Hours an event may stay on hold.")
    review_hours: float = strawberry.field(description="Hours allowed from resolution to review.")
    built_in: bool = strawberry.field(
        description="Whether it is one of the four built-in categories (environment, fire, dispute, social)."
    )


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


@strawberry.type(
    description="A page of EventCategory nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class EventCategoryConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's EventCategory nodes, each with its cursor.")
    def edges(self) -> list[EventCategoryEdge]:
        return [EventCategoryEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[EventCategory]:
        return [EventCategory.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many EventCategory nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> EventCategoryAggregate:
        return EventCategoryAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One EventCategory in a page, with the cursor pointing at it.")
class EventCategoryEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The EventCategory.")
    def node(self) -> EventCategory:
        return EventCategory.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="One step in an event's history (append-only).")
class EventStep(Node):
    action: EventStepAction = strawberry.field(description="The step taken.")
    from_status: EventStatus | None = strawberry.field(description="Status before the step; null for the report.")
    to_status: EventStatus = strawberry.field(description="Status after the step.")
    actor_id: str = strawberry.field(description="Database id of the person who took the step.")
    subject_id: str | None = strawberry.field(
        description="Database id of whom the step named (the handler assigned, the event duplicated); null."
    )
    note: str | None = strawberry.field(
        description="The note given with the step (reason, resolution, comment); null when none."
    )
    at: datetime.datetime = strawberry.field(description="When the step was taken.")
    version: int = strawberry.field(
        description="The event's version this step produced: orders steps within one clock tick."
    )

    @strawberry.field(description="The event this step belongs to. Null also when you may not see it.")
    def event(self, info: Info) -> Event | None:
        return fields.related_node(self, info, "event", Event)

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    actor = strawberry.field(
        resolver=references.actor,
        description="The person who took the step (`actorId`); null for the system or one you may not see.",
    )

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    subject = strawberry.field(
        resolver=references.event_subject,
        description="Whom the step named (`subjectId`): the handler assigned (person, unit, department) or the event this one duplicates; null for other steps or one you may not see.",
    )


TYPES["EventStep"] = EventStep
PLAIN_FIELDS["EventStep"] = (
    ("action", "action", EventStepAction),
    ("from_status", "fromStatus", EventStatus),
    ("to_status", "toStatus", EventStatus),
    ("actor_id", "actorId", None),
    ("subject_id", "subjectId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(
    description="A page of EventStep nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class EventStepConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's EventStep nodes, each with its cursor.")
    def edges(self) -> list[EventStepEdge]:
        return [EventStepEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[EventStep]:
        return [EventStep.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many EventStep nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> EventStepAggregate:
        return EventStepAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One EventStep in a page, with the cursor pointing at it.")
class EventStepEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The EventStep.")
    def node(self) -> EventStep:
        return EventStep.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A government department events can be assigned to (e.g. the subdistrict's fire office).")
class Department(Node):
    name: str = strawberry.field(description="The department's name.")
    phone: str | None = strawberry.field(description="Its contact phone; null when not recorded.")

    @strawberry.field(description="The community it serves. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="Events assigned to it.")
    def events(
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
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)


TYPES["Department"] = Department
PLAIN_FIELDS["Department"] = (
    ("name", "name", None),
    ("phone", "phone", None),
)


@strawberry.type(
    description="A page of Department nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class DepartmentConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Department nodes, each with its cursor.")
    def edges(self) -> list[DepartmentEdge]:
        return [DepartmentEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Department]:
        return [Department.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many Department nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> DepartmentAggregate:
        return DepartmentAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Department in a page, with the cursor pointing at it.")
class DepartmentEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Department.")
    def node(self) -> Department:
        return Department.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A dispute (矛盾纠纷) mediated in the Fengqiao way (枫桥经验), arising from an event.")
class Dispute(Node):
    title: str = strawberry.field(description="Short title.")
    description: str = strawberry.field(description="What the dispute is about; null when not written.")
    status: DisputeStatus = strawberry.field(description="Where the mediation stands.")
    outcome: DisputeOutcome | None = strawberry.field(description="How it ended; null while open.")
    agreement: str | None = strawberry.field(
        description="The text of the agreement reached; null unless AGREEMENT_REACHED."
    )
    referred_to: str | None = strawberry.field(
        description="Where it was referred (e.g. a court); null unless REFERRED."
    )
    opened_at: datetime.datetime = strawberry.field(description="When it was opened.")
    closed_at: datetime.datetime | None = strawberry.field(description="When it was closed; null while open.")

    @strawberry.field(description="The event it arises from. Null also when you may not see it.")
    def event(self, info: Info) -> Event | None:
        return fields.related_node(self, info, "event", Event)

    @strawberry.field(
        description="The organisation mediating (e.g. 绍胤工作室); null until one is assigned. Null also when you may not see it."
    )
    def mediator(self, info: Info) -> Organization | None:
        return fields.related_node(self, info, "mediator", Organization)

    @strawberry.field(description="People who are parties to it.")
    def parties(
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
        return fields.related_page(self, info, "parties", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Units that are parties to it.")
    def party_units(
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
        return fields.related_page(
            self, info, "partyUnits", UnitConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Each party with the side it takes.")
    def party_roles(
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
        return fields.related_page(
            self, info, "partyRoles", DisputePartyConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Mediation sessions held.")
    def sessions(
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
        return fields.related_page(
            self, info, "sessions", MediationSessionConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Every step of the dispute.")
    def history(
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


@strawberry.type(
    description="A page of Dispute nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class DisputeConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Dispute nodes, each with its cursor.")
    def edges(self) -> list[DisputeEdge]:
        return [DisputeEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Dispute]:
        return [Dispute.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Dispute nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> DisputeAggregate:
        return DisputeAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Dispute in a page, with the cursor pointing at it.")
class DisputeEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Dispute.")
    def node(self) -> Dispute:
        return Dispute.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A party of a dispute (a person or a unit) and the side it takes.")
class DisputeParty(Node):
    role: DisputePartyRole = strawberry.field(description="The side the party takes.")
    added_at: datetime.datetime = strawberry.field(description="When the party was added.")

    @strawberry.field(description="The dispute. Null also when you may not see it.")
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)

    @strawberry.field(
        description="The person, when the party is a person; null for a unit. Null also when you may not see it."
    )
    def person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "person", Person)

    @strawberry.field(
        description="The unit, when the party is a unit; null for a person. Null also when you may not see it."
    )
    def unit(self, info: Info) -> Unit | None:
        return fields.related_node(self, info, "unit", Unit)


TYPES["DisputeParty"] = DisputeParty
PLAIN_FIELDS["DisputeParty"] = (
    ("role", "role", DisputePartyRole),
    ("added_at", "addedAt", None),
)


@strawberry.type(
    description="A page of DisputeParty nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class DisputePartyConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's DisputeParty nodes, each with its cursor.")
    def edges(self) -> list[DisputePartyEdge]:
        return [DisputePartyEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[DisputeParty]:
        return [DisputeParty.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many DisputeParty nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> DisputePartyAggregate:
        return DisputePartyAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One DisputeParty in a page, with the cursor pointing at it.")
class DisputePartyEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The DisputeParty.")
    def node(self) -> DisputeParty:
        return DisputeParty.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A mediation session of a dispute.")
class MediationSession(Node):
    held_on: datetime.date = strawberry.field(description="Date it was held.")
    notes: str = strawberry.field(description="What was said and agreed; null when not written.")
    attendees: list[str] = strawberry.field(description="Names of those present.")

    @strawberry.field(description="The dispute mediated. Null also when you may not see it.")
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)


TYPES["MediationSession"] = MediationSession
PLAIN_FIELDS["MediationSession"] = (
    ("held_on", "heldOn", None),
    ("notes", "notes", None),
    ("attendees", "attendees", None),
)


@strawberry.type(
    description="A page of MediationSession nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class MediationSessionConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's MediationSession nodes, each with its cursor.")
    def edges(self) -> list[MediationSessionEdge]:
        return [MediationSessionEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[MediationSession]:
        return [MediationSession.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many MediationSession nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> MediationSessionAggregate:
        return MediationSessionAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One MediationSession in a page, with the cursor pointing at it.")
class MediationSessionEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The MediationSession.")
    def node(self) -> MediationSession:
        return MediationSession.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="One step in a dispute's history (append-only).")
class DisputeStep(Node):
    action: DisputeStepAction = strawberry.field(description="The step taken, e.g. open, assign_mediator, close.")
    from_status: DisputeStatus | None = strawberry.field(description="Status before the step; null for the opening.")
    to_status: DisputeStatus = strawberry.field(description="Status after the step.")
    actor_id: str = strawberry.field(description="Database id of the person who took the step.")
    note: str | None = strawberry.field(description="The note given with the step; null when none.")
    at: datetime.datetime = strawberry.field(description="When the step was taken.")
    version: int = strawberry.field(
        description="The dispute's version this step produced: orders steps within one clock tick."
    )

    @strawberry.field(description="The dispute this step belongs to. Null also when you may not see it.")
    def dispute(self, info: Info) -> Dispute | None:
        return fields.related_node(self, info, "dispute", Dispute)

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    actor = strawberry.field(
        resolver=references.actor,
        description="The person who took the step (`actorId`); null for the system or one you may not see.",
    )


TYPES["DisputeStep"] = DisputeStep
PLAIN_FIELDS["DisputeStep"] = (
    ("action", "action", DisputeStepAction),
    ("from_status", "fromStatus", DisputeStatus),
    ("to_status", "toStatus", DisputeStatus),
    ("actor_id", "actorId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(
    description="A page of DisputeStep nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class DisputeStepConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's DisputeStep nodes, each with its cursor.")
    def edges(self) -> list[DisputeStepEdge]:
        return [DisputeStepEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[DisputeStep]:
        return [DisputeStep.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many DisputeStep nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> DisputeStepAggregate:
        return DisputeStepAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One DisputeStep in a page, with the cursor pointing at it.")
class DisputeStepEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The DisputeStep.")
    def node(self) -> DisputeStep:
        return DisputeStep.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A self-governing body: NPC deputy station, women's or elderly association, owners' committee."
)
class Organization(Node):
    name: str = strawberry.field(description="Its name.")
    kind: OrganizationKind = strawberry.field(description="What kind of body it is; null when not recorded.")

    @strawberry.field(description="The community it belongs to. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="Council meetings it attended.")
    def meetings(
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
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Disputes it mediated.")
    def mediated_disputes(
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
        return fields.related_page(
            self, info, "mediatedDisputes", DisputeConnection, first, after, last, before, where, order_by
        )


TYPES["Organization"] = Organization
PLAIN_FIELDS["Organization"] = (
    ("name", "name", None),
    ("kind", "kind", OrganizationKind),
)


@strawberry.type(
    description="A page of Organization nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class OrganizationConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Organization nodes, each with its cursor.")
    def edges(self) -> list[OrganizationEdge]:
        return [OrganizationEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Organization]:
        return [Organization.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many Organization nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> OrganizationAggregate:
        return OrganizationAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Organization in a page, with the cursor pointing at it.")
class OrganizationEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Organization.")
    def node(self) -> Organization:
        return Organization.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A monthly meeting of the residents' council (居民议事会).")
class CouncilMeeting(Node):
    title: str = strawberry.field(description="Its title.")
    held_on: datetime.date = strawberry.field(description="Date it is or was held.")
    place: str | None = strawberry.field(description="Where it is held; null when not recorded.")

    @strawberry.field(description="The community whose council meets. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="Topics on its agenda.")
    def topics(
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
        return fields.related_page(
            self, info, "topics", CouncilTopicConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="People who attended.")
    def attendees(
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
        return fields.related_page(
            self, info, "attendees", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Organisations that attended.")
    def organizations(
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
        return fields.related_page(
            self, info, "organizations", OrganizationConnection, first, after, last, before, where, order_by
        )


TYPES["CouncilMeeting"] = CouncilMeeting
PLAIN_FIELDS["CouncilMeeting"] = (
    ("title", "title", None),
    ("held_on", "heldOn", None),
    ("place", "place", None),
)


@strawberry.type(
    description="A page of CouncilMeeting nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class CouncilMeetingConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's CouncilMeeting nodes, each with its cursor.")
    def edges(self) -> list[CouncilMeetingEdge]:
        return [CouncilMeetingEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[CouncilMeeting]:
        return [CouncilMeeting.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many CouncilMeeting nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> CouncilMeetingAggregate:
        return CouncilMeetingAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One CouncilMeeting in a page, with the cursor pointing at it.")
class CouncilMeetingEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The CouncilMeeting.")
    def node(self) -> CouncilMeeting:
        return CouncilMeeting.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A council topic (议题): proposed, deliberated, supervised and reviewed (提出-协商-监督-复盘)."
)
class CouncilTopic(Node):
    title: str = strawberry.field(description="Its title.")
    description: str = strawberry.field(description="What the problem is; null when not written.")
    category: CouncilTopicCategory = strawberry.field(description="What kind of matter it is.")
    stage: CouncilTopicStage = strawberry.field(description="Where the topic is in its four stages.")
    outcome: CouncilTopicOutcome | None = strawberry.field(description="Result of the review; null until reviewed.")
    proposed_at: datetime.datetime = strawberry.field(description="When it was proposed.")
    rejection_reason: str | None = strawberry.field(description="Why it was rejected; null unless REJECTED.")
    decision: str | None = strawberry.field(description="What the council decided; null until deliberated.")
    deadline: datetime.date | None = strawberry.field(
        description="Date the decision is to be implemented by; null when none."
    )
    progress: int | None = strawberry.field(
        description="Implementation progress in percent (0–100); null before supervision."
    )
    reviewed_at: datetime.datetime | None = strawberry.field(description="When it was reviewed; null until then.")

    @strawberry.field(description="Meetings that discussed it.")
    def meetings(
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
        return fields.related_page(
            self, info, "meetings", CouncilMeetingConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Events it was raised from.")
    def events(
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
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="The community whose council handles it. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(
        description="The person who proposed it; null when proposed by staff on behalf of others. Null also when you may not see it."
    )
    def proposer(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "proposer", Person)

    @strawberry.field(
        description="The person responsible for implementing the decision; null until deliberated. Null also when you may not see it."
    )
    def owner(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "owner", Person)

    @strawberry.field(description="The dated implementation timeline.")
    def updates(
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
        return fields.related_page(
            self, info, "updates", TopicUpdateConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Every step of the topic.")
    def history(
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
        return fields.related_page(
            self, info, "history", TopicStepConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(
        description="The topic this one was merged into; null unless MERGED. Null also when you may not see it."
    )
    def merged_into(self, info: Info) -> CouncilTopic | None:
        return fields.related_node(self, info, "mergedInto", CouncilTopic)

    @strawberry.field(description="Topics merged into this one.")
    def merged_topics(
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
        return fields.related_page(
            self, info, "mergedTopics", CouncilTopicConnection, first, after, last, before, where, order_by
        )


TYPES["CouncilTopic"] = CouncilTopic
PLAIN_FIELDS["CouncilTopic"] = (
    ("title", "title", None),
    ("description", "description", None),
    ("category", "category", CouncilTopicCategory),
    ("stage", "stage", CouncilTopicStage),
    ("outcome", "outcome", CouncilTopicOutcome),
    ("proposed_at", "proposedAt", None),
    ("rejection_reason", "rejectionReason", None),
    ("decision", "decision", None),
    ("deadline", "deadline", None),
    ("progress", "progress", None),
    ("reviewed_at", "reviewedAt", None),
)


@strawberry.type(
    description="A page of CouncilTopic nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class CouncilTopicConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's CouncilTopic nodes, each with its cursor.")
    def edges(self) -> list[CouncilTopicEdge]:
        return [CouncilTopicEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[CouncilTopic]:
        return [CouncilTopic.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many CouncilTopic nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> CouncilTopicAggregate:
        return CouncilTopicAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One CouncilTopic in a page, with the cursor pointing at it.")
class CouncilTopicEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The CouncilTopic.")
    def node(self) -> CouncilTopic:
        return CouncilTopic.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A dated entry of a topic's implementation timeline.")
class TopicUpdate(Node):
    at: datetime.date = strawberry.field(description="Date of the update.")
    progress: int = strawberry.field(description="Progress in percent (0–100) at that date.")
    note: str = strawberry.field(description="What was done; null when not written.")

    @strawberry.field(description="The topic. Null also when you may not see it.")
    def topic(self, info: Info) -> CouncilTopic | None:
        return fields.related_node(self, info, "topic", CouncilTopic)


TYPES["TopicUpdate"] = TopicUpdate
PLAIN_FIELDS["TopicUpdate"] = (
    ("at", "at", None),
    ("progress", "progress", None),
    ("note", "note", None),
)


@strawberry.type(
    description="A page of TopicUpdate nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class TopicUpdateConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's TopicUpdate nodes, each with its cursor.")
    def edges(self) -> list[TopicUpdateEdge]:
        return [TopicUpdateEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[TopicUpdate]:
        return [TopicUpdate.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many TopicUpdate nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> TopicUpdateAggregate:
        return TopicUpdateAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One TopicUpdate in a page, with the cursor pointing at it.")
class TopicUpdateEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The TopicUpdate.")
    def node(self) -> TopicUpdate:
        return TopicUpdate.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="One step in a council topic's history (append-only).")
class TopicStep(Node):
    action: TopicStepAction = strawberry.field(description="The step taken, e.g. accept, deliberate, review.")
    from_stage: CouncilTopicStage | None = strawberry.field(description="Stage before the step; null for the proposal.")
    to_stage: CouncilTopicStage = strawberry.field(description="Stage after the step.")
    actor_id: str | None = strawberry.field(description="Database id of the person who took the step.")
    note: str | None = strawberry.field(description="The note given with the step; null when none.")
    at: datetime.datetime = strawberry.field(description="When the step was taken.")
    version: int = strawberry.field(
        description="The topic's version this step produced: orders steps within one clock tick."
    )

    @strawberry.field(description="The topic this step belongs to. Null also when you may not see it.")
    def topic(self, info: Info) -> CouncilTopic | None:
        return fields.related_node(self, info, "topic", CouncilTopic)

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    actor = strawberry.field(
        resolver=references.actor,
        description="The person who took the step (`actorId`); null for the system or one you may not see.",
    )


TYPES["TopicStep"] = TopicStep
PLAIN_FIELDS["TopicStep"] = (
    ("action", "action", TopicStepAction),
    ("from_stage", "fromStage", CouncilTopicStage),
    ("to_stage", "toStage", CouncilTopicStage),
    ("actor_id", "actorId", None),
    ("note", "note", None),
    ("at", "at", None),
    ("version", "version", None),
)


@strawberry.type(
    description="A page of TopicStep nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class TopicStepConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's TopicStep nodes, each with its cursor.")
    def edges(self) -> list[TopicStepEdge]:
        return [TopicStepEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[TopicStep]:
        return [TopicStep.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many TopicStep nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> TopicStepAggregate:
        return TopicStepAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One TopicStep in a page, with the cursor pointing at it.")
class TopicStepEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The TopicStep.")
    def node(self) -> TopicStep:
        return TopicStep.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A service activity: a birthday party, an after-school or holiday class, a home-visit campaign."
)
class ServiceActivity(Node):
    title: str = strawberry.field(description="Its title.")
    kind: ServiceActivityKind = strawberry.field(description="What kind of activity it is; null when not recorded.")
    held_on: datetime.date = strawberry.field(description="Date it was held; null when not recorded.")

    @strawberry.field(description="The community that held it. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="People who attended (sensitive for special groups).")
    def attendees(
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
        return fields.related_page(
            self, info, "attendees", PersonConnection, first, after, last, before, where, order_by
        )

    @strawberry.field(description="Events raised during it (e.g. urgent problems found on home visits).")
    def events(
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
        return fields.related_page(self, info, "events", EventConnection, first, after, last, before, where, order_by)

    @strawberry.field(
        description="The service-list item it delivers; null when none. Null also when you may not see it."
    )
    def service_item(self, info: Info) -> ServiceItem | None:
        return fields.related_node(self, info, "serviceItem", ServiceItem)


TYPES["ServiceActivity"] = ServiceActivity
PLAIN_FIELDS["ServiceActivity"] = (
    ("title", "title", None),
    ("kind", "kind", ServiceActivityKind),
    ("held_on", "heldOn", None),
)


@strawberry.type(
    description="A page of ServiceActivity nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class ServiceActivityConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's ServiceActivity nodes, each with its cursor.")
    def edges(self) -> list[ServiceActivityEdge]:
        return [ServiceActivityEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[ServiceActivity]:
        return [ServiceActivity.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many ServiceActivity nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> ServiceActivityAggregate:
        return ServiceActivityAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One ServiceActivity in a page, with the cursor pointing at it.")
class ServiceActivityEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The ServiceActivity.")
    def node(self) -> ServiceActivity:
        return ServiceActivity.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A special group (特殊人群) the community serves, e.g. elderly living alone (独居老人).")
class SpecialGroup(Node):
    name: str = strawberry.field(description="Its name.")
    kind: SpecialGroupKind = strawberry.field(description="Which special group it is; null when not recorded.")

    @strawberry.field(description="The community. Null also when you may not see it.")
    def community(self, info: Info) -> Community | None:
        return fields.related_node(self, info, "community", Community)

    @strawberry.field(description="Its members (sensitive personal data: full access only).")
    def members(
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
        return fields.related_page(self, info, "members", PersonConnection, first, after, last, before, where, order_by)

    @strawberry.field(description="Its service list (服务清单).")
    def service_items(
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
        return fields.related_page(
            self, info, "serviceItems", ServiceItemConnection, first, after, last, before, where, order_by
        )


TYPES["SpecialGroup"] = SpecialGroup
PLAIN_FIELDS["SpecialGroup"] = (
    ("name", "name", None),
    ("kind", "kind", SpecialGroupKind),
)


@strawberry.type(
    description="A page of SpecialGroup nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class SpecialGroupConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's SpecialGroup nodes, each with its cursor.")
    def edges(self) -> list[SpecialGroupEdge]:
        return [SpecialGroupEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[SpecialGroup]:
        return [SpecialGroup.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many SpecialGroup nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> SpecialGroupAggregate:
        return SpecialGroupAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One SpecialGroup in a page, with the cursor pointing at it.")
class SpecialGroupEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The SpecialGroup.")
    def node(self) -> SpecialGroup:
        return SpecialGroup.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="An item of a special group's service list (服务清单), e.g. a weekly phone call.")
class ServiceItem(Node):
    name: str = strawberry.field(description="Its name.")
    frequency: ServiceItemFrequency = strawberry.field(description="How often it is delivered; null when not set.")
    description: str = strawberry.field(description="What is delivered; null when not written.")

    @strawberry.field(description="The special group it serves. Null also when you may not see it.")
    def group(self, info: Info) -> SpecialGroup | None:
        return fields.related_node(self, info, "group", SpecialGroup)

    @strawberry.field(description="Activities that delivered it.")
    def activities(
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
        return fields.related_page(
            self, info, "activities", ServiceActivityConnection, first, after, last, before, where, order_by
        )


TYPES["ServiceItem"] = ServiceItem
PLAIN_FIELDS["ServiceItem"] = (
    ("name", "name", None),
    ("frequency", "frequency", ServiceItemFrequency),
    ("description", "description", None),
)


@strawberry.type(
    description="A page of ServiceItem nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class ServiceItemConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's ServiceItem nodes, each with its cursor.")
    def edges(self) -> list[ServiceItemEdge]:
        return [ServiceItemEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[ServiceItem]:
        return [ServiceItem.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many ServiceItem nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> ServiceItemAggregate:
        return ServiceItemAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One ServiceItem in a page, with the cursor pointing at it.")
class ServiceItemEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The ServiceItem.")
    def node(self) -> ServiceItem:
        return ServiceItem.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="A need of a person (需求清单), gathered on home visits, in WeChat groups or on patrol; sensitive."
)
class Need(Node):
    description: str = strawberry.field(description="What is needed.")
    source: NeedSource = strawberry.field(description="How the need was gathered; null when unknown.")
    status: NeedStatus = strawberry.field(description="Whether it is still open.")
    recorded_at: datetime.datetime = strawberry.field(description="When it was recorded.")

    @strawberry.field(description="The person in need. Null also when you may not see it.")
    def person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "person", Person)


TYPES["Need"] = Need
PLAIN_FIELDS["Need"] = (
    ("description", "description", None),
    ("source", "source", NeedSource),
    ("status", "status", NeedStatus),
    ("recorded_at", "recordedAt", None),
)


@strawberry.type(
    description="A page of Need nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class NeedConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's Need nodes, each with its cursor.")
    def edges(self) -> list[NeedEdge]:
        return [NeedEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[Need]:
        return [Need.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many Need nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> NeedAggregate:
        return NeedAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One Need in a page, with the cursor pointing at it.")
class NeedEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The Need.")
    def node(self) -> Need:
        return Need.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(description="A grid worker's visit to a resident (入民户、访民情); sensitive.")
class HomeVisit(Node):
    visited_on: datetime.date = strawberry.field(description="Date of the visit.")
    notes: str = strawberry.field(description="What was found; null when not written.")

    @strawberry.field(description="The grid worker who visited. Null also when you may not see it.")
    def worker(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "worker", Person)

    @strawberry.field(description="The person visited. Null also when you may not see it.")
    def person(self, info: Info) -> Person | None:
        return fields.related_node(self, info, "person", Person)

    @strawberry.field(
        description="The visited person's household; null when they have none. Null also when you may not see it."
    )
    def household(self, info: Info) -> Household | None:
        return fields.related_node(self, info, "household", Household)


TYPES["HomeVisit"] = HomeVisit
PLAIN_FIELDS["HomeVisit"] = (
    ("visited_on", "visitedOn", None),
    ("notes", "notes", None),
)


@strawberry.type(
    description="A page of HomeVisit nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class HomeVisitConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's HomeVisit nodes, each with its cursor.")
    def edges(self) -> list[HomeVisitEdge]:
        return [HomeVisitEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[HomeVisit]:
        return [HomeVisit.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(description="How many HomeVisit nodes match the filter in all pages; counted only when selected.")
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> HomeVisitAggregate:
        return HomeVisitAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One HomeVisit in a page, with the cursor pointing at it.")
class HomeVisitEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The HomeVisit.")
    def node(self) -> HomeVisit:
        return HomeVisit.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.type(
    description="Who read which sensitive fields of whom, when and why (administrators only; never changed)."
)
class AuditEntry(Node):
    at: datetime.datetime = strawberry.field(description="When the request was made.")
    viewer_id: str | None = strawberry.field(description="Database id of the person who made the request.")
    roles: list[str] = strawberry.field(description="The viewer's roles at the time.")
    purpose: str = strawberry.field(description="The purpose the viewer declared; null when none was given.")
    operation: str = strawberry.field(description="Name of the GraphQL operation; null for an anonymous operation.")
    access: AuditEntryAccess | None = strawberry.field(
        description="How the sensitive fields were used; null for entries older than this field (reads)."
    )
    subject_label: str = strawberry.field(description="Type of the entity read, e.g. Person.")
    subject_id: str | None = strawberry.field(
        description="Database id of the entity read; null for a filter or sort over many rows."
    )
    fields: list[str] = strawberry.field(description="The sensitive fields used.")

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    viewer = strawberry.field(
        resolver=references.audit_viewer,
        description="The person who read (`viewerId`); null if no person of the graph.",
    )

    # A domain's field, not the model's: schema/codegen/objects.py EXTRA_FIELDS adds it.
    subject = strawberry.field(
        resolver=references.audit_subject,
        description="Whose data was read (`subjectLabel`, `subjectId`); null for a filter or sort, or one gone.",
    )


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


@strawberry.type(
    description="A page of AuditEntry nodes, in the order asked for: edges with cursors, pageInfo and the total."
)
class AuditEntryConnection:
    page: strawberry.Private[Page]
    # Which rows the list stands for, whatever the page: what its aggregate is taken over.
    source: strawberry.Private[Source | None] = None

    @strawberry.field(description="The page's AuditEntry nodes, each with its cursor.")
    def edges(self) -> list[AuditEntryEdge]:
        return [AuditEntryEdge(edge=e) for e in self.page.edges]

    @strawberry.field(description="The page's nodes, as in `edges` but without their cursors.")
    def nodes(self) -> list[AuditEntry]:
        return [AuditEntry.of(e.node) for e in self.page.edges]

    @strawberry.field(description="Where the page lies: cursors to ask for the next or previous page.")
    def page_info(self) -> PageInfo:
        return PageInfo.of(self.page)

    @strawberry.field(
        description="How many AuditEntry nodes match the filter in all pages; counted only when selected."
    )
    def total_count(self) -> int:
        return fields.total_count(self.page)

    @strawberry.field(
        description="Count, extremes, averages, sums and groups of the whole list: every row the `where` matches that you may see, whatever the page. One query for count/min/max/avg/sum, one per groupBy."
    )
    def aggregate(self) -> AuditEntryAggregate:
        return AuditEntryAggregate(source=aggregates.source_of(self.source))


@strawberry.type(description="One AuditEntry in a page, with the cursor pointing at it.")
class AuditEntryEdge:
    edge: strawberry.Private[Edge]

    @strawberry.field(description="The AuditEntry.")
    def node(self) -> AuditEntry:
        return AuditEntry.of(self.edge.node)

    @strawberry.field(description="Opaque cursor of this edge: pass it as `after` (or `before`) to page on from here.")
    def cursor(self) -> str:
        return self.edge.cursor


@strawberry.enum(
    description="What Community rows may be grouped by: properties of few values, and relationships to named nodes."
)
class CommunityGroupKey(enum.Enum):
    GRIDS = described(
        "grids",
        description="By `grids`, one group per related Grid you may see (rows with none: null): The grids (网格) the community is divided into.",
    )
    PARTY_COMMITTEE = described(
        "partyCommittee",
        description="By `partyCommittee`, one group per related PartyCommittee you may see (rows with none: null): The community's party committee (党委); null when none is recorded.",
    )
    ORGANIZATIONS = described(
        "organizations",
        description="By `organizations`, one group per related Organization you may see (rows with none: null): Self-governing bodies of the community (NPC deputy station, associations, studio).",
    )
    AGREEMENTS = described(
        "agreements",
        description="By `agreements`, one group per related Agreement you may see (rows with none: null): Co-building agreements (共驻共建共享协议) units signed with the community.",
    )
    MEETINGS = described(
        "meetings",
        description="By `meetings`, one group per related CouncilMeeting you may see (rows with none: null): Meetings of the residents' council (居民议事会).",
    )
    TOPICS = described(
        "topics",
        description="By `topics`, one group per related CouncilTopic you may see (rows with none: null): Topics of the residents' council, at any stage.",
    )
    ACTIVITIES = described(
        "activities",
        description="By `activities`, one group per related ServiceActivity you may see (rows with none: null): Service activities held for residents (birthday parties, classes, home-visit campaigns).",
    )
    SPECIAL_GROUPS = described(
        "specialGroups",
        description="By `specialGroups`, one group per related SpecialGroup you may see (rows with none: null): Special groups (特殊人群) of residents the community serves.",
    )


@strawberry.type(
    description="One group of Community rows: how many, and the values of the keys they were grouped by (null for others)."
)
class CommunityGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    grids: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    party_committee: PartyCommittee | None = strawberry.field(
        default=None,
        description="The related PartyCommittee of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    organizations: Organization | None = strawberry.field(
        default=None,
        description="The related Organization of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    agreements: Agreement | None = strawberry.field(
        default=None,
        description="The related Agreement of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    meetings: CouncilMeeting | None = strawberry.field(
        default=None,
        description="The related CouncilMeeting of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    topics: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    activities: ServiceActivity | None = strawberry.field(
        default=None,
        description="The related ServiceActivity of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    special_groups: SpecialGroup | None = strawberry.field(
        default=None,
        description="The related SpecialGroup of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Community"] = (
    ("grids", "grids", Grid.of),
    ("party_committee", "partyCommittee", PartyCommittee.of),
    ("organizations", "organizations", Organization.of),
    ("agreements", "agreements", Agreement.of),
    ("meetings", "meetings", CouncilMeeting.of),
    ("topics", "topics", CouncilTopic.of),
    ("activities", "activities", ServiceActivity.of),
    ("special_groups", "specialGroups", SpecialGroup.of),
)


@strawberry.type(
    description="Figures of every Community the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class CommunityAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[CommunityGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[CommunityGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, CommunityGroup)


@strawberry.enum(
    description="What Grid rows may be grouped by: properties of few values, and relationships to named nodes."
)
class GridGroupKey(enum.Enum):
    KIND = described(
        "kind",
        description="By `kind`: Residential grid, or one of the school grids (学校专属网格) whose workers are teachers.",
    )
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community the grid belongs to.",
    )
    ADJACENT_GRIDS = described(
        "adjacentGrids",
        description="By `adjacentGrids`, one group per related Grid you may see (rows with none: null): Grids sharing a border with this one (matching looks for helpers there too).",
    )
    BUILDINGS = described(
        "buildings",
        description="By `buildings`, one group per related Building you may see (rows with none: null): Buildings in the grid.",
    )
    EVENTS = described(
        "events",
        description="By `events`, one group per related Event you may see (rows with none: null): Events (problems reported) in the grid.",
    )
    WISHES = described(
        "wishes",
        description="By `wishes`, one group per related Wish you may see (rows with none: null): Micro-wishes (微心愿) of the grid's residents.",
    )
    UNITS = described(
        "units",
        description="By `units`, one group per related Unit you may see (rows with none: null): Co-building units located in the grid.",
    )
    RESOURCES = described(
        "resources",
        description="By `resources`, one group per related Resource you may see (rows with none: null): Shared resources (rooms, venues, equipment) located in the grid.",
    )


@strawberry.type(
    description="One group of Grid rows: how many, and the values of the keys they were grouped by (null for others)."
)
class GridGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    kind: GridKind | None = strawberry.field(
        default=None,
        description="`kind` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    adjacent_grids: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    buildings: Building | None = strawberry.field(
        default=None,
        description="The related Building of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    events: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    units: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    resources: Resource | None = strawberry.field(
        default=None,
        description="The related Resource of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Grid"] = (
    ("kind", "kind", GridKind),
    ("community", "community", Community.of),
    ("adjacent_grids", "adjacentGrids", Grid.of),
    ("buildings", "buildings", Building.of),
    ("events", "events", Event.of),
    ("wishes", "wishes", Wish.of),
    ("units", "units", Unit.of),
    ("resources", "resources", Resource.of),
)


@strawberry.type(
    description="Figures of every Grid the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class GridAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[GridGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[GridGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, GridGroup)


@strawberry.enum(
    description="What Building rows may be grouped by: properties of few values, and relationships to named nodes."
)
class BuildingGroupKey(enum.Enum):
    GRID = described(
        "grid",
        description="By `grid`, one group per related Grid you may see (rows with none: null): The grid the building is in.",
    )
    EVENTS = described(
        "events",
        description="By `events`, one group per related Event you may see (rows with none: null): Events reported at the building.",
    )


@strawberry.type(
    description="One group of Building rows: how many, and the values of the keys they were grouped by (null for others)."
)
class BuildingGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    grid: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    events: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Building"] = (
    ("grid", "grid", Grid.of),
    ("events", "events", Event.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Building rows (personal data is never measured)."
)
class BuildingAggregateValues:
    floors: int | None = strawberry.field(description="Number of floors; null when not recorded.")


@strawberry.type(description="The mean of each numeric property of the Building rows.")
class BuildingAggregateAverages:
    floors: float | None = strawberry.field(description="Number of floors; null when not recorded.")


@strawberry.type(description="The total of each numeric property of the Building rows.")
class BuildingAggregateSums:
    floors: int | None = strawberry.field(description="Number of floors; null when not recorded.")


@strawberry.type(
    description="Figures of every Building the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class BuildingAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> BuildingAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(BuildingAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> BuildingAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(BuildingAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> BuildingAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(BuildingAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> BuildingAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(BuildingAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[BuildingGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[BuildingGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, BuildingGroup)


@strawberry.enum(
    description="What Household rows may be grouped by: properties of few values, and relationships to named nodes."
)
class HouseholdGroupKey(enum.Enum):
    BUILDING = described(
        "building",
        description="By `building`, one group per related Building you may see (rows with none: null): The building the household lives in.",
    )
    WISHES = described(
        "wishes",
        description="By `wishes`, one group per related Wish you may see (rows with none: null): Micro-wishes made by the household's members.",
    )


@strawberry.type(
    description="One group of Household rows: how many, and the values of the keys they were grouped by (null for others)."
)
class HouseholdGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    building: Building | None = strawberry.field(
        default=None,
        description="The related Building of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Household"] = (
    ("building", "building", Building.of),
    ("wishes", "wishes", Wish.of),
)


@strawberry.type(
    description="Figures of every Household the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class HouseholdAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[HouseholdGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[HouseholdGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, HouseholdGroup)


@strawberry.enum(
    description="What Person rows may be grouped by: properties of few values, and relationships to named nodes."
)
class PersonGroupKey(enum.Enum):
    GENDER = described("gender", description="By `gender`: Gender; null when not recorded.")
    PARTY_STATUS = described(
        "partyStatus",
        description="By `partyStatus`: For a party member: retired or in service (在职党员); null for non-members.",
    )
    GRID_ROLE = described(
        "gridRole",
        description="By `gridRole`: For a grid worker: their place in the '1+6' grid force; null for others.",
    )
    BUILDING = described(
        "building",
        description="By `building`, one group per related Building you may see (rows with none: null): The building the person lives in (through the household); null when none.",
    )
    BRANCH = described(
        "branch",
        description="By `branch`, one group per related PartyBranch you may see (rows with none: null): The party branch (党支部) of a party member; null for non-members.",
    )
    WORK_GRIDS = described(
        "workGrids",
        description="By `workGrids`, one group per related Grid you may see (rows with none: null): Grids a grid worker works.",
    )
    SKILLS = described(
        "skills",
        description="By `skills`, one group per related Skill you may see (rows with none: null): Skills the person offers (matching compares them with wishes' required skills).",
    )
    SPECIAL_GROUPS = described(
        "specialGroups",
        description="By `specialGroups`, one group per related SpecialGroup you may see (rows with none: null): Special groups the person belongs to (sensitive personal data).",
    )
    WISHES = described(
        "wishes",
        description="By `wishes`, one group per related Wish you may see (rows with none: null): Micro-wishes the person made.",
    )
    CLAIMED_WISHES = described(
        "claimedWishes",
        description="By `claimedWishes`, one group per related Wish you may see (rows with none: null): Wishes the person claimed as a helper.",
    )
    FULFILLED_WISHES = described(
        "fulfilledWishes",
        description="By `fulfilledWishes`, one group per related Wish you may see (rows with none: null): Wishes the person fulfilled.",
    )
    REPORTED_EVENTS = described(
        "reportedEvents",
        description="By `reportedEvents`, one group per related Event you may see (rows with none: null): Events the person reported.",
    )
    DISPUTES = described(
        "disputes",
        description="By `disputes`, one group per related Dispute you may see (rows with none: null): Disputes the person is a party to.",
    )
    PROPOSED_TOPICS = described(
        "proposedTopics",
        description="By `proposedTopics`, one group per related CouncilTopic you may see (rows with none: null): Council topics the person proposed.",
    )
    OWNED_TOPICS = described(
        "ownedTopics",
        description="By `ownedTopics`, one group per related CouncilTopic you may see (rows with none: null): Council topics the person is responsible for implementing.",
    )
    ACTIVITIES = described(
        "activities",
        description="By `activities`, one group per related ServiceActivity you may see (rows with none: null): Service activities the person attended.",
    )
    MEETINGS = described(
        "meetings",
        description="By `meetings`, one group per related CouncilMeeting you may see (rows with none: null): Council meetings the person attended.",
    )


@strawberry.type(
    description="One group of Person rows: how many, and the values of the keys they were grouped by (null for others)."
)
class PersonGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    gender: PersonGender | None = strawberry.field(
        default=None,
        description="`gender` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    party_status: PersonPartyStatus | None = strawberry.field(
        default=None,
        description="`partyStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    grid_role: PersonGridRole | None = strawberry.field(
        default=None,
        description="`gridRole` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    building: Building | None = strawberry.field(
        default=None,
        description="The related Building of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    branch: PartyBranch | None = strawberry.field(
        default=None,
        description="The related PartyBranch of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    work_grids: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    skills: Skill | None = strawberry.field(
        default=None,
        description="The related Skill of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    special_groups: SpecialGroup | None = strawberry.field(
        default=None,
        description="The related SpecialGroup of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    claimed_wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    fulfilled_wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    reported_events: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    disputes: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    proposed_topics: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    owned_topics: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    activities: ServiceActivity | None = strawberry.field(
        default=None,
        description="The related ServiceActivity of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    meetings: CouncilMeeting | None = strawberry.field(
        default=None,
        description="The related CouncilMeeting of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Person"] = (
    ("gender", "gender", PersonGender),
    ("party_status", "partyStatus", PersonPartyStatus),
    ("grid_role", "gridRole", PersonGridRole),
    ("building", "building", Building.of),
    ("branch", "branch", PartyBranch.of),
    ("work_grids", "workGrids", Grid.of),
    ("skills", "skills", Skill.of),
    ("special_groups", "specialGroups", SpecialGroup.of),
    ("wishes", "wishes", Wish.of),
    ("claimed_wishes", "claimedWishes", Wish.of),
    ("fulfilled_wishes", "fulfilledWishes", Wish.of),
    ("reported_events", "reportedEvents", Event.of),
    ("disputes", "disputes", Dispute.of),
    ("proposed_topics", "proposedTopics", CouncilTopic.of),
    ("owned_topics", "ownedTopics", CouncilTopic.of),
    ("activities", "activities", ServiceActivity.of),
    ("meetings", "meetings", CouncilMeeting.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Person rows (personal data is never measured)."
)
class PersonAggregateValues:
    birth_year: int | None = strawberry.field(
        description="Year of birth; null when not recorded (used for age, e.g. elderly from 60)."
    )
    joined_party_on: datetime.date | None = strawberry.field(
        description="Date the person joined the party; null for non-members or when unknown."
    )
    reported_on: datetime.date | None = strawberry.field(
        description="Date an in-service member reported to the community (进社区报到); null if they have not."
    )
    capacity: int | None = strawberry.field(
        description="How many wishes the person can take on at once as a helper; null means the default limit."
    )


@strawberry.type(description="The mean of each numeric property of the Person rows.")
class PersonAggregateAverages:
    birth_year: float | None = strawberry.field(
        description="Year of birth; null when not recorded (used for age, e.g. elderly from 60)."
    )
    capacity: float | None = strawberry.field(
        description="How many wishes the person can take on at once as a helper; null means the default limit."
    )


@strawberry.type(description="The total of each numeric property of the Person rows.")
class PersonAggregateSums:
    birth_year: int | None = strawberry.field(
        description="Year of birth; null when not recorded (used for age, e.g. elderly from 60)."
    )
    capacity: int | None = strawberry.field(
        description="How many wishes the person can take on at once as a helper; null means the default limit."
    )


@strawberry.type(
    description="Figures of every Person the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class PersonAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> PersonAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(PersonAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> PersonAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(PersonAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> PersonAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(PersonAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> PersonAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(PersonAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[PersonGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[PersonGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, PersonGroup)


@strawberry.enum(
    description="What PartyCommittee rows may be grouped by: properties of few values, and relationships to named nodes."
)
class PartyCommitteeGroupKey(enum.Enum):
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community the committee leads.",
    )
    BRANCHES = described(
        "branches",
        description="By `branches`, one group per related PartyBranch you may see (rows with none: null): The party branches under the committee.",
    )


@strawberry.type(
    description="One group of PartyCommittee rows: how many, and the values of the keys they were grouped by (null for others)."
)
class PartyCommitteeGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    branches: PartyBranch | None = strawberry.field(
        default=None,
        description="The related PartyBranch of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["PartyCommittee"] = (
    ("community", "community", Community.of),
    ("branches", "branches", PartyBranch.of),
)


@strawberry.type(
    description="Figures of every PartyCommittee the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class PartyCommitteeAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[PartyCommitteeGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[PartyCommitteeGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, PartyCommitteeGroup)


@strawberry.enum(
    description="What PartyBranch rows may be grouped by: properties of few values, and relationships to named nodes."
)
class PartyBranchGroupKey(enum.Enum):
    COMMITTEE = described(
        "committee",
        description="By `committee`, one group per related PartyCommittee you may see (rows with none: null): The committee the branch is under.",
    )
    CLAIMED_WISHES = described(
        "claimedWishes",
        description="By `claimedWishes`, one group per related Wish you may see (rows with none: null): Wishes the branch claimed as a team.",
    )
    FULFILLED_WISHES = described(
        "fulfilledWishes",
        description="By `fulfilledWishes`, one group per related Wish you may see (rows with none: null): Wishes the branch fulfilled as a team.",
    )


@strawberry.type(
    description="One group of PartyBranch rows: how many, and the values of the keys they were grouped by (null for others)."
)
class PartyBranchGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    committee: PartyCommittee | None = strawberry.field(
        default=None,
        description="The related PartyCommittee of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    claimed_wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    fulfilled_wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["PartyBranch"] = (
    ("committee", "committee", PartyCommittee.of),
    ("claimed_wishes", "claimedWishes", Wish.of),
    ("fulfilled_wishes", "fulfilledWishes", Wish.of),
)


@strawberry.type(
    description="Figures of every PartyBranch the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class PartyBranchAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[PartyBranchGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[PartyBranchGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, PartyBranchGroup)


@strawberry.enum(
    description="What Unit rows may be grouped by: properties of few values, and relationships to named nodes."
)
class UnitGroupKey(enum.Enum):
    KIND = described("kind", description="By `kind`: Enterprise, institution or school; null when not recorded.")
    GRID = described(
        "grid",
        description="By `grid`, one group per related Grid you may see (rows with none: null): The grid the unit is located in; null when outside the grids.",
    )
    AGREEMENT = described(
        "agreement",
        description="By `agreement`, one group per related Agreement you may see (rows with none: null): The co-building agreement the unit signed; null when it has none.",
    )
    RESOURCES = described(
        "resources",
        description="By `resources`, one group per related Resource you may see (rows with none: null): Resources the unit offers to the community (rooms, venues, equipment).",
    )
    CLAIMED_WISHES = described(
        "claimedWishes",
        description="By `claimedWishes`, one group per related Wish you may see (rows with none: null): Wishes the unit claimed.",
    )
    FULFILLED_WISHES = described(
        "fulfilledWishes",
        description="By `fulfilledWishes`, one group per related Wish you may see (rows with none: null): Wishes the unit fulfilled.",
    )
    DISPUTES = described(
        "disputes",
        description="By `disputes`, one group per related Dispute you may see (rows with none: null): Disputes the unit is a party to.",
    )


@strawberry.type(
    description="One group of Unit rows: how many, and the values of the keys they were grouped by (null for others)."
)
class UnitGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    kind: UnitKind | None = strawberry.field(
        default=None,
        description="`kind` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    grid: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    agreement: Agreement | None = strawberry.field(
        default=None,
        description="The related Agreement of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    resources: Resource | None = strawberry.field(
        default=None,
        description="The related Resource of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    claimed_wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    fulfilled_wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    disputes: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Unit"] = (
    ("kind", "kind", UnitKind),
    ("grid", "grid", Grid.of),
    ("agreement", "agreement", Agreement.of),
    ("resources", "resources", Resource.of),
    ("claimed_wishes", "claimedWishes", Wish.of),
    ("fulfilled_wishes", "fulfilledWishes", Wish.of),
    ("disputes", "disputes", Dispute.of),
)


@strawberry.type(
    description="Figures of every Unit the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class UnitAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[UnitGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[UnitGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, UnitGroup)


@strawberry.enum(
    description="What Agreement rows may be grouped by: properties of few values, and relationships to named nodes."
)
class AgreementGroupKey(enum.Enum):
    UNIT = described(
        "unit",
        description="By `unit`, one group per related Unit you may see (rows with none: null): The unit that signed it.",
    )
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community it was signed with.",
    )


@strawberry.type(
    description="One group of Agreement rows: how many, and the values of the keys they were grouped by (null for others)."
)
class AgreementGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    unit: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Agreement"] = (
    ("unit", "unit", Unit.of),
    ("community", "community", Community.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Agreement rows (personal data is never measured)."
)
class AgreementAggregateValues:
    signed_on: datetime.date | None = strawberry.field(description="Date it was signed; null when unknown.")


@strawberry.type(
    description="Figures of every Agreement the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class AgreementAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> AgreementAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(AgreementAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> AgreementAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(AgreementAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[AgreementGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[AgreementGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, AgreementGroup)


@strawberry.enum(
    description="What Resource rows may be grouped by: properties of few values, and relationships to named nodes."
)
class ResourceGroupKey(enum.Enum):
    KIND = described("kind", description="By `kind`: What kind of resource it is; null when not recorded.")
    UNIT = described(
        "unit",
        description="By `unit`, one group per related Unit you may see (rows with none: null): The unit offering it.",
    )
    GRID = described(
        "grid",
        description="By `grid`, one group per related Grid you may see (rows with none: null): The grid it is located in; null when outside the grids.",
    )


@strawberry.type(
    description="One group of Resource rows: how many, and the values of the keys they were grouped by (null for others)."
)
class ResourceGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    kind: ResourceKind | None = strawberry.field(
        default=None,
        description="`kind` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    unit: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    grid: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Resource"] = (
    ("kind", "kind", ResourceKind),
    ("unit", "unit", Unit.of),
    ("grid", "grid", Grid.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Resource rows (personal data is never measured)."
)
class ResourceAggregateValues:
    capacity: int | None = strawberry.field(description="How many people it holds; null when not recorded.")


@strawberry.type(description="The mean of each numeric property of the Resource rows.")
class ResourceAggregateAverages:
    capacity: float | None = strawberry.field(description="How many people it holds; null when not recorded.")


@strawberry.type(description="The total of each numeric property of the Resource rows.")
class ResourceAggregateSums:
    capacity: int | None = strawberry.field(description="How many people it holds; null when not recorded.")


@strawberry.type(
    description="Figures of every Resource the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class ResourceAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> ResourceAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(ResourceAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> ResourceAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(ResourceAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> ResourceAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(ResourceAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> ResourceAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(ResourceAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[ResourceGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[ResourceGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, ResourceGroup)


@strawberry.enum(
    description="What Skill rows may be grouped by: properties of few values, and relationships to named nodes."
)
class SkillGroupKey(enum.Enum):
    CATEGORY = described("category", description="By `category`: The kind of help the skill gives.")
    WISHES = described(
        "wishes",
        description="By `wishes`, one group per related Wish you may see (rows with none: null): Wishes requiring the skill.",
    )


@strawberry.type(
    description="One group of Skill rows: how many, and the values of the keys they were grouped by (null for others)."
)
class SkillGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    category: SkillCategory | None = strawberry.field(
        default=None,
        description="`category` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    wishes: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Skill"] = (
    ("category", "category", SkillCategory),
    ("wishes", "wishes", Wish.of),
)


@strawberry.type(
    description="Figures of every Skill the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class SkillAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[SkillGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[SkillGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, SkillGroup)


@strawberry.enum(
    description="What Wish rows may be grouped by: properties of few values, and relationships to named nodes."
)
class WishGroupKey(enum.Enum):
    CATEGORY = described("category", description="By `category`: What the wish asks for.")
    STATUS = described(
        "status", description="By `status`: Where the wish is in its lifecycle (see README 'The wish lifecycle')."
    )
    GRID = described(
        "grid",
        description="By `grid`, one group per related Grid you may see (rows with none: null): The grid the wish belongs to.",
    )
    REQUIRED_SKILLS = described(
        "requiredSkills",
        description="By `requiredSkills`, one group per related Skill you may see (rows with none: null): Skills a helper needs for the wish.",
    )
    FULFILLING_UNITS = described(
        "fulfillingUnits",
        description="By `fulfillingUnits`, one group per related Unit you may see (rows with none: null): Units that fulfilled the wish.",
    )
    CLAIMING_UNITS = described(
        "claimingUnits",
        description="By `claimingUnits`, one group per related Unit you may see (rows with none: null): Units that claimed the wish.",
    )
    CLAIMING_BRANCHES = described(
        "claimingBranches",
        description="By `claimingBranches`, one group per related PartyBranch you may see (rows with none: null): Party branches that claimed the wish as a team.",
    )
    FULFILLING_BRANCHES = described(
        "fulfillingBranches",
        description="By `fulfillingBranches`, one group per related PartyBranch you may see (rows with none: null): Party branches that fulfilled the wish as a team.",
    )


@strawberry.type(
    description="One group of Wish rows: how many, and the values of the keys they were grouped by (null for others)."
)
class WishGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    category: WishCategory | None = strawberry.field(
        default=None,
        description="`category` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    status: WishStatus | None = strawberry.field(
        default=None,
        description="`status` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    grid: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    required_skills: Skill | None = strawberry.field(
        default=None,
        description="The related Skill of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    fulfilling_units: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    claiming_units: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    claiming_branches: PartyBranch | None = strawberry.field(
        default=None,
        description="The related PartyBranch of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    fulfilling_branches: PartyBranch | None = strawberry.field(
        default=None,
        description="The related PartyBranch of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Wish"] = (
    ("category", "category", WishCategory),
    ("status", "status", WishStatus),
    ("grid", "grid", Grid.of),
    ("required_skills", "requiredSkills", Skill.of),
    ("fulfilling_units", "fulfillingUnits", Unit.of),
    ("claiming_units", "claimingUnits", Unit.of),
    ("claiming_branches", "claimingBranches", PartyBranch.of),
    ("fulfilling_branches", "fulfillingBranches", PartyBranch.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Wish rows (personal data is never measured)."
)
class WishAggregateValues:
    urgency: int | None = strawberry.field(description="Urgency from 1 (can wait) to 4 (urgent); null is read as 1.")
    head_count: int | None = strawberry.field(description="How many helpers it needs; null is read as 1.")
    created_at: datetime.datetime | None = strawberry.field(description="When it was submitted.")
    deadline: datetime.date | None = strawberry.field(
        description="Date after which an open wish expires; null when it has none."
    )
    fulfilled_at: datetime.datetime | None = strawberry.field(description="When it was fulfilled; null until then.")


@strawberry.type(description="The mean of each numeric property of the Wish rows.")
class WishAggregateAverages:
    urgency: float | None = strawberry.field(description="Urgency from 1 (can wait) to 4 (urgent); null is read as 1.")
    head_count: float | None = strawberry.field(description="How many helpers it needs; null is read as 1.")


@strawberry.type(description="The total of each numeric property of the Wish rows.")
class WishAggregateSums:
    urgency: int | None = strawberry.field(description="Urgency from 1 (can wait) to 4 (urgent); null is read as 1.")
    head_count: int | None = strawberry.field(description="How many helpers it needs; null is read as 1.")


@strawberry.type(
    description="Figures of every Wish the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class WishAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> WishAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(WishAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> WishAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(WishAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> WishAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(WishAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> WishAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(WishAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[WishGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[WishGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, WishGroup)


@strawberry.enum(
    description="What WishTransition rows may be grouped by: properties of few values, and relationships to named nodes."
)
class WishTransitionGroupKey(enum.Enum):
    ACTION = described("action", description="By `action`: The step taken, e.g. verify, publish, claim, fulfil.")
    FROM_STATUS = described(
        "fromStatus", description="By `fromStatus`: Status before the step; null for the wish's creation."
    )
    TO_STATUS = described("toStatus", description="By `toStatus`: Status after the step.")
    WISH = described(
        "wish",
        description="By `wish`, one group per related Wish you may see (rows with none: null): The wish this step belongs to.",
    )


@strawberry.type(
    description="One group of WishTransition rows: how many, and the values of the keys they were grouped by (null for others)."
)
class WishTransitionGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    action: WishTransitionAction | None = strawberry.field(
        default=None,
        description="`action` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    from_status: WishStatus | None = strawberry.field(
        default=None,
        description="`fromStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    to_status: WishStatus | None = strawberry.field(
        default=None,
        description="`toStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    wish: Wish | None = strawberry.field(
        default=None,
        description="The related Wish of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["WishTransition"] = (
    ("action", "action", WishTransitionAction),
    ("from_status", "fromStatus", WishStatus),
    ("to_status", "toStatus", WishStatus),
    ("wish", "wish", Wish.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the WishTransition rows (personal data is never measured)."
)
class WishTransitionAggregateValues:
    at: datetime.datetime | None = strawberry.field(description="When the step was taken.")


@strawberry.type(
    description="Figures of every WishTransition the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class WishTransitionAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> WishTransitionAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(WishTransitionAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> WishTransitionAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(WishTransitionAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[WishTransitionGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[WishTransitionGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, WishTransitionGroup)


@strawberry.enum(
    description="What Event rows may be grouped by: properties of few values, and relationships to named nodes."
)
class EventGroupKey(enum.Enum):
    CATEGORY = described("category", description="By `category`: Code of its EventCategory, e.g. FIRE_SAFETY, DISPUTE.")
    STATUS = described("status", description="By `status`: Where the event is in its lifecycle.")
    SOURCE = described(
        "source",
        description="By `source`: How the event came in (patrol, resident, home visit, WeChat group); null when unknown.",
    )
    GRID = described(
        "grid",
        description="By `grid`, one group per related Grid you may see (rows with none: null): The grid it happened in.",
    )
    BUILDING = described(
        "building",
        description="By `building`, one group per related Building you may see (rows with none: null): The building it happened at; null when not at a building.",
    )
    CAMPAIGN = described(
        "campaign",
        description="By `campaign`, one group per related ServiceActivity you may see (rows with none: null): The service activity (e.g. home-visit campaign) it was raised in; null when none.",
    )
    DISPUTE = described(
        "dispute",
        description="By `dispute`, one group per related Dispute you may see (rows with none: null): The dispute mediated about it; null when none.",
    )
    TOPICS = described(
        "topics",
        description="By `topics`, one group per related CouncilTopic you may see (rows with none: null): Council topics raised from it.",
    )
    HANDLER_UNIT = described(
        "handlerUnit",
        description="By `handlerUnit`, one group per related Unit you may see (rows with none: null): The unit assigned to handle it; null otherwise.",
    )
    HANDLER_DEPARTMENT = described(
        "handlerDepartment",
        description="By `handlerDepartment`, one group per related Department you may see (rows with none: null): The department assigned to handle it; null otherwise.",
    )
    DUPLICATE_OF = described(
        "duplicateOf",
        description="By `duplicateOf`, one group per related Event you may see (rows with none: null): The event this one duplicates; null unless DUPLICATE.",
    )
    DUPLICATES = described(
        "duplicates",
        description="By `duplicates`, one group per related Event you may see (rows with none: null): Events marked as duplicates of this one.",
    )


@strawberry.type(
    description="One group of Event rows: how many, and the values of the keys they were grouped by (null for others)."
)
class EventGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    category: str | None = strawberry.field(
        default=None,
        description="`category` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    status: EventStatus | None = strawberry.field(
        default=None,
        description="`status` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    source: EventSource | None = strawberry.field(
        default=None,
        description="`source` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    grid: Grid | None = strawberry.field(
        default=None,
        description="The related Grid of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    building: Building | None = strawberry.field(
        default=None,
        description="The related Building of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    campaign: ServiceActivity | None = strawberry.field(
        default=None,
        description="The related ServiceActivity of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    dispute: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    topics: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    handler_unit: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    handler_department: Department | None = strawberry.field(
        default=None,
        description="The related Department of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    duplicate_of: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    duplicates: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Event"] = (
    ("category", "category", None),
    ("status", "status", EventStatus),
    ("source", "source", EventSource),
    ("grid", "grid", Grid.of),
    ("building", "building", Building.of),
    ("campaign", "campaign", ServiceActivity.of),
    ("dispute", "dispute", Dispute.of),
    ("topics", "topics", CouncilTopic.of),
    ("handler_unit", "handlerUnit", Unit.of),
    ("handler_department", "handlerDepartment", Department.of),
    ("duplicate_of", "duplicateOf", Event.of),
    ("duplicates", "duplicates", Event.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Event rows (personal data is never measured)."
)
class EventAggregateValues:
    reported_at: datetime.datetime | None = strawberry.field(description="When it was reported.")
    verified_at: datetime.datetime | None = strawberry.field(
        description="When a grid worker verified it; null until then."
    )
    assigned_at: datetime.datetime | None = strawberry.field(
        description="When it was (last) assigned to a handler; null until then."
    )
    started_at: datetime.datetime | None = strawberry.field(
        description="When the handler started work; null until then."
    )
    resolved_at: datetime.datetime | None = strawberry.field(
        description="When the handler resolved it; null until then."
    )
    reviewed_at: datetime.datetime | None = strawberry.field(
        description="When a grid worker reviewed the resolution; null until then."
    )
    closed_at: datetime.datetime | None = strawberry.field(description="When it was closed; null while open.")
    reopened_at: datetime.datetime | None = strawberry.field(
        description="When the reporter last reopened it; null if never."
    )
    stage_started_at: datetime.datetime | None = strawberry.field(
        description="When the current SLA stage began; null when nothing is due."
    )
    stage_warn_at: datetime.datetime | None = strawberry.field(
        description="When the current stage turns YELLOW (80 % of its limit); null when nothing is due."
    )
    stage_due_at: datetime.datetime | None = strawberry.field(
        description="When the current stage is overdue (turns RED); null when nothing is due."
    )
    escalation_level: int | None = strawberry.field(description="How many times it was escalated; null means never.")
    reopen_count: int | None = strawberry.field(
        description="How many times the reporter reopened it; null means never."
    )
    rating: int | None = strawberry.field(
        description="The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated."
    )


@strawberry.type(description="The mean of each numeric property of the Event rows.")
class EventAggregateAverages:
    escalation_level: float | None = strawberry.field(description="How many times it was escalated; null means never.")
    reopen_count: float | None = strawberry.field(
        description="How many times the reporter reopened it; null means never."
    )
    rating: float | None = strawberry.field(
        description="The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated."
    )


@strawberry.type(description="The total of each numeric property of the Event rows.")
class EventAggregateSums:
    escalation_level: int | None = strawberry.field(description="How many times it was escalated; null means never.")
    reopen_count: int | None = strawberry.field(
        description="How many times the reporter reopened it; null means never."
    )
    rating: int | None = strawberry.field(
        description="The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated."
    )


@strawberry.type(
    description="Figures of every Event the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class EventAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> EventAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> EventAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> EventAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> EventAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[EventGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[EventGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, EventGroup)


@strawberry.type(
    description="The smallest or largest value of each property of the EventCategory rows (personal data is never measured)."
)
class EventCategoryAggregateValues:
    verify_hours: float | None = strawberry.field(description="Hours allowed from report to verification.")
    assign_hours: float | None = strawberry.field(description="Hours allowed from verification to assignment.")
    start_hours: float | None = strawberry.field(description="Hours allowed from assignment to the start of work.")
    resolve_hours: float | None = strawberry.field(description="Hours allowed from the start of work to resolution.")
    hold_hours: float | None = strawberry.field(description="Hours an event may stay on hold.")
    review_hours: float | None = strawberry.field(description="Hours allowed from resolution to review.")


@strawberry.type(description="The mean of each numeric property of the EventCategory rows.")
class EventCategoryAggregateAverages:
    verify_hours: float | None = strawberry.field(description="Hours allowed from report to verification.")
    assign_hours: float | None = strawberry.field(description="Hours allowed from verification to assignment.")
    start_hours: float | None = strawberry.field(description="Hours allowed from assignment to the start of work.")
    resolve_hours: float | None = strawberry.field(description="Hours allowed from the start of work to resolution.")
    hold_hours: float | None = strawberry.field(description="Hours an event may stay on hold.")
    review_hours: float | None = strawberry.field(description="Hours allowed from resolution to review.")


@strawberry.type(description="The total of each numeric property of the EventCategory rows.")
class EventCategoryAggregateSums:
    verify_hours: float | None = strawberry.field(description="Hours allowed from report to verification.")
    assign_hours: float | None = strawberry.field(description="Hours allowed from verification to assignment.")
    start_hours: float | None = strawberry.field(description="Hours allowed from assignment to the start of work.")
    resolve_hours: float | None = strawberry.field(description="Hours allowed from the start of work to resolution.")
    hold_hours: float | None = strawberry.field(description="Hours an event may stay on hold.")
    review_hours: float | None = strawberry.field(description="Hours allowed from resolution to review.")


@strawberry.type(
    description="Figures of every EventCategory the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class EventCategoryAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> EventCategoryAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventCategoryAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> EventCategoryAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventCategoryAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> EventCategoryAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventCategoryAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> EventCategoryAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventCategoryAggregateSums, found, "sum")


@strawberry.enum(
    description="What EventStep rows may be grouped by: properties of few values, and relationships to named nodes."
)
class EventStepGroupKey(enum.Enum):
    ACTION = described("action", description="By `action`: The step taken.")
    FROM_STATUS = described("fromStatus", description="By `fromStatus`: Status before the step; null for the report.")
    TO_STATUS = described("toStatus", description="By `toStatus`: Status after the step.")
    EVENT = described(
        "event",
        description="By `event`, one group per related Event you may see (rows with none: null): The event this step belongs to.",
    )


@strawberry.type(
    description="One group of EventStep rows: how many, and the values of the keys they were grouped by (null for others)."
)
class EventStepGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    action: EventStepAction | None = strawberry.field(
        default=None,
        description="`action` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    from_status: EventStatus | None = strawberry.field(
        default=None,
        description="`fromStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    to_status: EventStatus | None = strawberry.field(
        default=None,
        description="`toStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    event: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["EventStep"] = (
    ("action", "action", EventStepAction),
    ("from_status", "fromStatus", EventStatus),
    ("to_status", "toStatus", EventStatus),
    ("event", "event", Event.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the EventStep rows (personal data is never measured)."
)
class EventStepAggregateValues:
    at: datetime.datetime | None = strawberry.field(description="When the step was taken.")


@strawberry.type(
    description="Figures of every EventStep the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class EventStepAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> EventStepAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventStepAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> EventStepAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(EventStepAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[EventStepGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[EventStepGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, EventStepGroup)


@strawberry.enum(
    description="What Department rows may be grouped by: properties of few values, and relationships to named nodes."
)
class DepartmentGroupKey(enum.Enum):
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community it serves.",
    )
    EVENTS = described(
        "events",
        description="By `events`, one group per related Event you may see (rows with none: null): Events assigned to it.",
    )


@strawberry.type(
    description="One group of Department rows: how many, and the values of the keys they were grouped by (null for others)."
)
class DepartmentGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    events: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Department"] = (
    ("community", "community", Community.of),
    ("events", "events", Event.of),
)


@strawberry.type(
    description="Figures of every Department the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class DepartmentAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[DepartmentGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[DepartmentGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, DepartmentGroup)


@strawberry.enum(
    description="What Dispute rows may be grouped by: properties of few values, and relationships to named nodes."
)
class DisputeGroupKey(enum.Enum):
    STATUS = described("status", description="By `status`: Where the mediation stands.")
    OUTCOME = described("outcome", description="By `outcome`: How it ended; null while open.")
    EVENT = described(
        "event",
        description="By `event`, one group per related Event you may see (rows with none: null): The event it arises from.",
    )
    MEDIATOR = described(
        "mediator",
        description="By `mediator`, one group per related Organization you may see (rows with none: null): The organisation mediating (e.g. 绍胤工作室); null until one is assigned.",
    )
    PARTY_UNITS = described(
        "partyUnits",
        description="By `partyUnits`, one group per related Unit you may see (rows with none: null): Units that are parties to it.",
    )


@strawberry.type(
    description="One group of Dispute rows: how many, and the values of the keys they were grouped by (null for others)."
)
class DisputeGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    status: DisputeStatus | None = strawberry.field(
        default=None,
        description="`status` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    outcome: DisputeOutcome | None = strawberry.field(
        default=None,
        description="`outcome` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    event: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    mediator: Organization | None = strawberry.field(
        default=None,
        description="The related Organization of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    party_units: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Dispute"] = (
    ("status", "status", DisputeStatus),
    ("outcome", "outcome", DisputeOutcome),
    ("event", "event", Event.of),
    ("mediator", "mediator", Organization.of),
    ("party_units", "partyUnits", Unit.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Dispute rows (personal data is never measured)."
)
class DisputeAggregateValues:
    opened_at: datetime.datetime | None = strawberry.field(description="When it was opened.")
    closed_at: datetime.datetime | None = strawberry.field(description="When it was closed; null while open.")


@strawberry.type(
    description="Figures of every Dispute the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class DisputeAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> DisputeAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(DisputeAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> DisputeAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(DisputeAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[DisputeGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[DisputeGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, DisputeGroup)


@strawberry.enum(
    description="What DisputeParty rows may be grouped by: properties of few values, and relationships to named nodes."
)
class DisputePartyGroupKey(enum.Enum):
    ROLE = described("role", description="By `role`: The side the party takes.")
    DISPUTE = described(
        "dispute",
        description="By `dispute`, one group per related Dispute you may see (rows with none: null): The dispute.",
    )
    UNIT = described(
        "unit",
        description="By `unit`, one group per related Unit you may see (rows with none: null): The unit, when the party is a unit; null for a person.",
    )


@strawberry.type(
    description="One group of DisputeParty rows: how many, and the values of the keys they were grouped by (null for others)."
)
class DisputePartyGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    role: DisputePartyRole | None = strawberry.field(
        default=None,
        description="`role` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    dispute: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    unit: Unit | None = strawberry.field(
        default=None,
        description="The related Unit of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["DisputeParty"] = (
    ("role", "role", DisputePartyRole),
    ("dispute", "dispute", Dispute.of),
    ("unit", "unit", Unit.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the DisputeParty rows (personal data is never measured)."
)
class DisputePartyAggregateValues:
    added_at: datetime.datetime | None = strawberry.field(description="When the party was added.")


@strawberry.type(
    description="Figures of every DisputeParty the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class DisputePartyAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> DisputePartyAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(DisputePartyAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> DisputePartyAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(DisputePartyAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[DisputePartyGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[DisputePartyGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, DisputePartyGroup)


@strawberry.enum(
    description="What MediationSession rows may be grouped by: properties of few values, and relationships to named nodes."
)
class MediationSessionGroupKey(enum.Enum):
    DISPUTE = described(
        "dispute",
        description="By `dispute`, one group per related Dispute you may see (rows with none: null): The dispute mediated.",
    )


@strawberry.type(
    description="One group of MediationSession rows: how many, and the values of the keys they were grouped by (null for others)."
)
class MediationSessionGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    dispute: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["MediationSession"] = (("dispute", "dispute", Dispute.of),)


@strawberry.type(
    description="The smallest or largest value of each property of the MediationSession rows (personal data is never measured)."
)
class MediationSessionAggregateValues:
    held_on: datetime.date | None = strawberry.field(description="Date it was held.")


@strawberry.type(
    description="Figures of every MediationSession the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class MediationSessionAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> MediationSessionAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(MediationSessionAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> MediationSessionAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(MediationSessionAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[MediationSessionGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[MediationSessionGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, MediationSessionGroup)


@strawberry.enum(
    description="What DisputeStep rows may be grouped by: properties of few values, and relationships to named nodes."
)
class DisputeStepGroupKey(enum.Enum):
    ACTION = described("action", description="By `action`: The step taken, e.g. open, assign_mediator, close.")
    FROM_STATUS = described("fromStatus", description="By `fromStatus`: Status before the step; null for the opening.")
    TO_STATUS = described("toStatus", description="By `toStatus`: Status after the step.")
    DISPUTE = described(
        "dispute",
        description="By `dispute`, one group per related Dispute you may see (rows with none: null): The dispute this step belongs to.",
    )


@strawberry.type(
    description="One group of DisputeStep rows: how many, and the values of the keys they were grouped by (null for others)."
)
class DisputeStepGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    action: DisputeStepAction | None = strawberry.field(
        default=None,
        description="`action` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    from_status: DisputeStatus | None = strawberry.field(
        default=None,
        description="`fromStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    to_status: DisputeStatus | None = strawberry.field(
        default=None,
        description="`toStatus` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    dispute: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["DisputeStep"] = (
    ("action", "action", DisputeStepAction),
    ("from_status", "fromStatus", DisputeStatus),
    ("to_status", "toStatus", DisputeStatus),
    ("dispute", "dispute", Dispute.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the DisputeStep rows (personal data is never measured)."
)
class DisputeStepAggregateValues:
    at: datetime.datetime | None = strawberry.field(description="When the step was taken.")


@strawberry.type(
    description="Figures of every DisputeStep the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class DisputeStepAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> DisputeStepAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(DisputeStepAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> DisputeStepAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(DisputeStepAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[DisputeStepGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[DisputeStepGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, DisputeStepGroup)


@strawberry.enum(
    description="What Organization rows may be grouped by: properties of few values, and relationships to named nodes."
)
class OrganizationGroupKey(enum.Enum):
    KIND = described("kind", description="By `kind`: What kind of body it is; null when not recorded.")
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community it belongs to.",
    )
    MEETINGS = described(
        "meetings",
        description="By `meetings`, one group per related CouncilMeeting you may see (rows with none: null): Council meetings it attended.",
    )
    MEDIATED_DISPUTES = described(
        "mediatedDisputes",
        description="By `mediatedDisputes`, one group per related Dispute you may see (rows with none: null): Disputes it mediated.",
    )


@strawberry.type(
    description="One group of Organization rows: how many, and the values of the keys they were grouped by (null for others)."
)
class OrganizationGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    kind: OrganizationKind | None = strawberry.field(
        default=None,
        description="`kind` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    meetings: CouncilMeeting | None = strawberry.field(
        default=None,
        description="The related CouncilMeeting of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    mediated_disputes: Dispute | None = strawberry.field(
        default=None,
        description="The related Dispute of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["Organization"] = (
    ("kind", "kind", OrganizationKind),
    ("community", "community", Community.of),
    ("meetings", "meetings", CouncilMeeting.of),
    ("mediated_disputes", "mediatedDisputes", Dispute.of),
)


@strawberry.type(
    description="Figures of every Organization the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class OrganizationAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[OrganizationGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[OrganizationGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, OrganizationGroup)


@strawberry.enum(
    description="What CouncilMeeting rows may be grouped by: properties of few values, and relationships to named nodes."
)
class CouncilMeetingGroupKey(enum.Enum):
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community whose council meets.",
    )
    TOPICS = described(
        "topics",
        description="By `topics`, one group per related CouncilTopic you may see (rows with none: null): Topics on its agenda.",
    )
    ORGANIZATIONS = described(
        "organizations",
        description="By `organizations`, one group per related Organization you may see (rows with none: null): Organisations that attended.",
    )


@strawberry.type(
    description="One group of CouncilMeeting rows: how many, and the values of the keys they were grouped by (null for others)."
)
class CouncilMeetingGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    topics: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    organizations: Organization | None = strawberry.field(
        default=None,
        description="The related Organization of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["CouncilMeeting"] = (
    ("community", "community", Community.of),
    ("topics", "topics", CouncilTopic.of),
    ("organizations", "organizations", Organization.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the CouncilMeeting rows (personal data is never measured)."
)
class CouncilMeetingAggregateValues:
    held_on: datetime.date | None = strawberry.field(description="Date it is or was held.")


@strawberry.type(
    description="Figures of every CouncilMeeting the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class CouncilMeetingAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> CouncilMeetingAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(CouncilMeetingAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> CouncilMeetingAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(CouncilMeetingAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[CouncilMeetingGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[CouncilMeetingGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, CouncilMeetingGroup)


@strawberry.enum(
    description="What CouncilTopic rows may be grouped by: properties of few values, and relationships to named nodes."
)
class CouncilTopicGroupKey(enum.Enum):
    CATEGORY = described("category", description="By `category`: What kind of matter it is.")
    STAGE = described("stage", description="By `stage`: Where the topic is in its four stages.")
    OUTCOME = described("outcome", description="By `outcome`: Result of the review; null until reviewed.")
    MEETINGS = described(
        "meetings",
        description="By `meetings`, one group per related CouncilMeeting you may see (rows with none: null): Meetings that discussed it.",
    )
    EVENTS = described(
        "events",
        description="By `events`, one group per related Event you may see (rows with none: null): Events it was raised from.",
    )
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community whose council handles it.",
    )
    MERGED_INTO = described(
        "mergedInto",
        description="By `mergedInto`, one group per related CouncilTopic you may see (rows with none: null): The topic this one was merged into; null unless MERGED.",
    )
    MERGED_TOPICS = described(
        "mergedTopics",
        description="By `mergedTopics`, one group per related CouncilTopic you may see (rows with none: null): Topics merged into this one.",
    )


@strawberry.type(
    description="One group of CouncilTopic rows: how many, and the values of the keys they were grouped by (null for others)."
)
class CouncilTopicGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    category: CouncilTopicCategory | None = strawberry.field(
        default=None,
        description="`category` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    stage: CouncilTopicStage | None = strawberry.field(
        default=None,
        description="`stage` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    outcome: CouncilTopicOutcome | None = strawberry.field(
        default=None,
        description="`outcome` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    meetings: CouncilMeeting | None = strawberry.field(
        default=None,
        description="The related CouncilMeeting of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    events: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    merged_into: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    merged_topics: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["CouncilTopic"] = (
    ("category", "category", CouncilTopicCategory),
    ("stage", "stage", CouncilTopicStage),
    ("outcome", "outcome", CouncilTopicOutcome),
    ("meetings", "meetings", CouncilMeeting.of),
    ("events", "events", Event.of),
    ("community", "community", Community.of),
    ("merged_into", "mergedInto", CouncilTopic.of),
    ("merged_topics", "mergedTopics", CouncilTopic.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the CouncilTopic rows (personal data is never measured)."
)
class CouncilTopicAggregateValues:
    proposed_at: datetime.datetime | None = strawberry.field(description="When it was proposed.")
    deadline: datetime.date | None = strawberry.field(
        description="Date the decision is to be implemented by; null when none."
    )
    progress: int | None = strawberry.field(
        description="Implementation progress in percent (0–100); null before supervision."
    )
    reviewed_at: datetime.datetime | None = strawberry.field(description="When it was reviewed; null until then.")


@strawberry.type(description="The mean of each numeric property of the CouncilTopic rows.")
class CouncilTopicAggregateAverages:
    progress: float | None = strawberry.field(
        description="Implementation progress in percent (0–100); null before supervision."
    )


@strawberry.type(description="The total of each numeric property of the CouncilTopic rows.")
class CouncilTopicAggregateSums:
    progress: int | None = strawberry.field(
        description="Implementation progress in percent (0–100); null before supervision."
    )


@strawberry.type(
    description="Figures of every CouncilTopic the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class CouncilTopicAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> CouncilTopicAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(CouncilTopicAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> CouncilTopicAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(CouncilTopicAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> CouncilTopicAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(CouncilTopicAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> CouncilTopicAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(CouncilTopicAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[CouncilTopicGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[CouncilTopicGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, CouncilTopicGroup)


@strawberry.enum(
    description="What TopicUpdate rows may be grouped by: properties of few values, and relationships to named nodes."
)
class TopicUpdateGroupKey(enum.Enum):
    TOPIC = described(
        "topic",
        description="By `topic`, one group per related CouncilTopic you may see (rows with none: null): The topic.",
    )


@strawberry.type(
    description="One group of TopicUpdate rows: how many, and the values of the keys they were grouped by (null for others)."
)
class TopicUpdateGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    topic: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["TopicUpdate"] = (("topic", "topic", CouncilTopic.of),)


@strawberry.type(
    description="The smallest or largest value of each property of the TopicUpdate rows (personal data is never measured)."
)
class TopicUpdateAggregateValues:
    at: datetime.date | None = strawberry.field(description="Date of the update.")
    progress: int | None = strawberry.field(description="Progress in percent (0–100) at that date.")


@strawberry.type(description="The mean of each numeric property of the TopicUpdate rows.")
class TopicUpdateAggregateAverages:
    progress: float | None = strawberry.field(description="Progress in percent (0–100) at that date.")


@strawberry.type(description="The total of each numeric property of the TopicUpdate rows.")
class TopicUpdateAggregateSums:
    progress: int | None = strawberry.field(description="Progress in percent (0–100) at that date.")


@strawberry.type(
    description="Figures of every TopicUpdate the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class TopicUpdateAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> TopicUpdateAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(TopicUpdateAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> TopicUpdateAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(TopicUpdateAggregateValues, found, "max")

    @strawberry.field(description="The mean of each numeric property over the rows that have it; null when none has.")
    async def avg(self, info: Info) -> TopicUpdateAggregateAverages:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(TopicUpdateAggregateAverages, found, "avg")

    @strawberry.field(description="The total of each numeric property over the rows that have it; null when none has.")
    async def sum(self, info: Info) -> TopicUpdateAggregateSums:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(TopicUpdateAggregateSums, found, "sum")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[TopicUpdateGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[TopicUpdateGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, TopicUpdateGroup)


@strawberry.enum(
    description="What TopicStep rows may be grouped by: properties of few values, and relationships to named nodes."
)
class TopicStepGroupKey(enum.Enum):
    ACTION = described("action", description="By `action`: The step taken, e.g. accept, deliberate, review.")
    FROM_STAGE = described("fromStage", description="By `fromStage`: Stage before the step; null for the proposal.")
    TO_STAGE = described("toStage", description="By `toStage`: Stage after the step.")
    TOPIC = described(
        "topic",
        description="By `topic`, one group per related CouncilTopic you may see (rows with none: null): The topic this step belongs to.",
    )


@strawberry.type(
    description="One group of TopicStep rows: how many, and the values of the keys they were grouped by (null for others)."
)
class TopicStepGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    action: TopicStepAction | None = strawberry.field(
        default=None,
        description="`action` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    from_stage: CouncilTopicStage | None = strawberry.field(
        default=None,
        description="`fromStage` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    to_stage: CouncilTopicStage | None = strawberry.field(
        default=None,
        description="`toStage` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    topic: CouncilTopic | None = strawberry.field(
        default=None,
        description="The related CouncilTopic of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["TopicStep"] = (
    ("action", "action", TopicStepAction),
    ("from_stage", "fromStage", CouncilTopicStage),
    ("to_stage", "toStage", CouncilTopicStage),
    ("topic", "topic", CouncilTopic.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the TopicStep rows (personal data is never measured)."
)
class TopicStepAggregateValues:
    at: datetime.datetime | None = strawberry.field(description="When the step was taken.")


@strawberry.type(
    description="Figures of every TopicStep the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class TopicStepAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> TopicStepAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(TopicStepAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> TopicStepAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(TopicStepAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[TopicStepGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[TopicStepGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, TopicStepGroup)


@strawberry.enum(
    description="What ServiceActivity rows may be grouped by: properties of few values, and relationships to named nodes."
)
class ServiceActivityGroupKey(enum.Enum):
    KIND = described("kind", description="By `kind`: What kind of activity it is; null when not recorded.")
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community that held it.",
    )
    EVENTS = described(
        "events",
        description="By `events`, one group per related Event you may see (rows with none: null): Events raised during it (e.g. urgent problems found on home visits).",
    )
    SERVICE_ITEM = described(
        "serviceItem",
        description="By `serviceItem`, one group per related ServiceItem you may see (rows with none: null): The service-list item it delivers; null when none.",
    )


@strawberry.type(
    description="One group of ServiceActivity rows: how many, and the values of the keys they were grouped by (null for others)."
)
class ServiceActivityGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    kind: ServiceActivityKind | None = strawberry.field(
        default=None,
        description="`kind` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    events: Event | None = strawberry.field(
        default=None,
        description="The related Event of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    service_item: ServiceItem | None = strawberry.field(
        default=None,
        description="The related ServiceItem of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["ServiceActivity"] = (
    ("kind", "kind", ServiceActivityKind),
    ("community", "community", Community.of),
    ("events", "events", Event.of),
    ("service_item", "serviceItem", ServiceItem.of),
)


@strawberry.type(
    description="The smallest or largest value of each property of the ServiceActivity rows (personal data is never measured)."
)
class ServiceActivityAggregateValues:
    held_on: datetime.date | None = strawberry.field(description="Date it was held; null when not recorded.")


@strawberry.type(
    description="Figures of every ServiceActivity the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class ServiceActivityAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> ServiceActivityAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(ServiceActivityAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> ServiceActivityAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(ServiceActivityAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[ServiceActivityGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[ServiceActivityGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, ServiceActivityGroup)


@strawberry.enum(
    description="What SpecialGroup rows may be grouped by: properties of few values, and relationships to named nodes."
)
class SpecialGroupGroupKey(enum.Enum):
    KIND = described("kind", description="By `kind`: Which special group it is; null when not recorded.")
    COMMUNITY = described(
        "community",
        description="By `community`, one group per related Community you may see (rows with none: null): The community.",
    )
    SERVICE_ITEMS = described(
        "serviceItems",
        description="By `serviceItems`, one group per related ServiceItem you may see (rows with none: null): Its service list (服务清单).",
    )


@strawberry.type(
    description="One group of SpecialGroup rows: how many, and the values of the keys they were grouped by (null for others)."
)
class SpecialGroupGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    kind: SpecialGroupKind | None = strawberry.field(
        default=None,
        description="`kind` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    community: Community | None = strawberry.field(
        default=None,
        description="The related Community of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    service_items: ServiceItem | None = strawberry.field(
        default=None,
        description="The related ServiceItem of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["SpecialGroup"] = (
    ("kind", "kind", SpecialGroupKind),
    ("community", "community", Community.of),
    ("service_items", "serviceItems", ServiceItem.of),
)


@strawberry.type(
    description="Figures of every SpecialGroup the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class SpecialGroupAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[SpecialGroupGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[SpecialGroupGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, SpecialGroupGroup)


@strawberry.enum(
    description="What ServiceItem rows may be grouped by: properties of few values, and relationships to named nodes."
)
class ServiceItemGroupKey(enum.Enum):
    FREQUENCY = described("frequency", description="By `frequency`: How often it is delivered; null when not set.")
    GROUP = described(
        "group",
        description="By `group`, one group per related SpecialGroup you may see (rows with none: null): The special group it serves.",
    )
    ACTIVITIES = described(
        "activities",
        description="By `activities`, one group per related ServiceActivity you may see (rows with none: null): Activities that delivered it.",
    )


@strawberry.type(
    description="One group of ServiceItem rows: how many, and the values of the keys they were grouped by (null for others)."
)
class ServiceItemGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    frequency: ServiceItemFrequency | None = strawberry.field(
        default=None,
        description="`frequency` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    group: SpecialGroup | None = strawberry.field(
        default=None,
        description="The related SpecialGroup of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )
    activities: ServiceActivity | None = strawberry.field(
        default=None,
        description="The related ServiceActivity of the rows in this group; null when not grouped by it, for rows without one, or one you may not see.",
    )


GROUP_FIELDS["ServiceItem"] = (
    ("frequency", "frequency", ServiceItemFrequency),
    ("group", "group", SpecialGroup.of),
    ("activities", "activities", ServiceActivity.of),
)


@strawberry.type(
    description="Figures of every ServiceItem the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class ServiceItemAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[ServiceItemGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[ServiceItemGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, ServiceItemGroup)


@strawberry.enum(
    description="What Need rows may be grouped by: properties of few values, and relationships to named nodes."
)
class NeedGroupKey(enum.Enum):
    SOURCE = described("source", description="By `source`: How the need was gathered; null when unknown.")
    STATUS = described("status", description="By `status`: Whether it is still open.")


@strawberry.type(
    description="One group of Need rows: how many, and the values of the keys they were grouped by (null for others)."
)
class NeedGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    source: NeedSource | None = strawberry.field(
        default=None,
        description="`source` of the rows in this group; null when not grouped by it or for rows without one.",
    )
    status: NeedStatus | None = strawberry.field(
        default=None,
        description="`status` of the rows in this group; null when not grouped by it or for rows without one.",
    )


GROUP_FIELDS["Need"] = (
    ("source", "source", NeedSource),
    ("status", "status", NeedStatus),
)


@strawberry.type(
    description="The smallest or largest value of each property of the Need rows (personal data is never measured)."
)
class NeedAggregateValues:
    recorded_at: datetime.datetime | None = strawberry.field(description="When it was recorded.")


@strawberry.type(
    description="Figures of every Need the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class NeedAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> NeedAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(NeedAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> NeedAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(NeedAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[NeedGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[NeedGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, NeedGroup)


@strawberry.type(
    description="The smallest or largest value of each property of the HomeVisit rows (personal data is never measured)."
)
class HomeVisitAggregateValues:
    visited_on: datetime.date | None = strawberry.field(description="Date of the visit.")


@strawberry.type(
    description="Figures of every HomeVisit the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class HomeVisitAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> HomeVisitAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(HomeVisitAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> HomeVisitAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(HomeVisitAggregateValues, found, "max")


@strawberry.enum(
    description="What AuditEntry rows may be grouped by: properties of few values, and relationships to named nodes."
)
class AuditEntryGroupKey(enum.Enum):
    ACCESS = described(
        "access",
        description="By `access`: How the sensitive fields were used; null for entries older than this field (reads).",
    )


@strawberry.type(
    description="One group of AuditEntry rows: how many, and the values of the keys they were grouped by (null for others)."
)
class AuditEntryGroup:
    count: int = strawberry.field(description="How many rows are in this group.")
    access: AuditEntryAccess | None = strawberry.field(
        default=None,
        description="`access` of the rows in this group; null when not grouped by it or for rows without one.",
    )


GROUP_FIELDS["AuditEntry"] = (("access", "access", AuditEntryAccess),)


@strawberry.type(
    description="The smallest or largest value of each property of the AuditEntry rows (personal data is never measured)."
)
class AuditEntryAggregateValues:
    at: datetime.datetime | None = strawberry.field(description="When the request was made.")


@strawberry.type(
    description="Figures of every AuditEntry the list holds (its `where`, all pages, only rows you may see: a hidden row is never counted)."
)
class AuditEntryAggregate:
    source: strawberry.Private[Source]

    @strawberry.field(description="How many rows there are.")
    async def count(self, info: Info) -> int:
        return (await aggregates.summary(self.source, info)).count

    @strawberry.field(description="The smallest value of each property; null when no row has one.")
    async def min(self, info: Info) -> AuditEntryAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(AuditEntryAggregateValues, found, "min")

    @strawberry.field(description="The largest value of each property; null when no row has one.")
    async def max(self, info: Info) -> AuditEntryAggregateValues:
        found = await aggregates.summary(self.source, info)
        return aggregates.values(AuditEntryAggregateValues, found, "max")

    @strawberry.field(
        description="The rows counted per group of the keys in `by`: the `first` groups with most rows, most first; a relationship key makes one group per related node."
    )
    async def group_by(
        self,
        info: Info,
        by: Annotated[
            list[AuditEntryGroupKey],
            strawberry.argument(
                description="The keys to group by (at most 3): properties, or relationships (their related node)."
            ),
        ],
        first: Annotated[
            int, strawberry.argument(description="How many groups, those with most rows (at most MAX_PAGE_SIZE).")
        ] = DEFAULT_PAGE_SIZE,
    ) -> list[AuditEntryGroup]:
        return await aggregates.groups(self.source, info, [k.value for k in by], first, AuditEntryGroup)
