"""Generated from graph/core/model.py: every entity's `where` and `orderBy` inputs; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import strawberry

from schema.entities.enums import (
    AgreementSortKey,
    AuditEntryAccess,
    AuditEntrySortKey,
    BuildingSortKey,
    CommunitySortKey,
    CouncilMeetingSortKey,
    CouncilTopicCategory,
    CouncilTopicOutcome,
    CouncilTopicSortKey,
    CouncilTopicStage,
    DepartmentSortKey,
    DisputeOutcome,
    DisputePartyRole,
    DisputePartySortKey,
    DisputeSortKey,
    DisputeStatus,
    DisputeStepAction,
    DisputeStepSortKey,
    EventCategorySortKey,
    EventSortKey,
    EventSource,
    EventStatus,
    EventStepAction,
    EventStepSortKey,
    GridKind,
    GridSortKey,
    HomeVisitSortKey,
    HouseholdSortKey,
    MediationSessionSortKey,
    NeedSortKey,
    NeedSource,
    NeedStatus,
    OrganizationKind,
    OrganizationSortKey,
    PartyBranchSortKey,
    PartyCommitteeSortKey,
    PersonGender,
    PersonGridRole,
    PersonPartyStatus,
    PersonSortKey,
    ResourceKind,
    ResourceSortKey,
    ServiceActivityKind,
    ServiceActivitySortKey,
    ServiceItemFrequency,
    ServiceItemSortKey,
    SkillCategory,
    SkillSortKey,
    SlaLight,
    SpecialGroupKind,
    SpecialGroupSortKey,
    TopicStepAction,
    TopicStepSortKey,
    TopicUpdateSortKey,
    UnitKind,
    UnitSortKey,
    WishCategory,
    WishSortKey,
    WishStatus,
    WishTransitionAction,
    WishTransitionSortKey,
)
from schema.filters import (
    BooleanFilter,
    DateFilter,
    DateTimeFilter,
    FloatFilter,
    IDFilter,
    IntFilter,
    ListFilter,
    SortDirection,
    StringFilter,
)


@strawberry.input(description="Matches a GridKind value.")
class GridKindFilter:
    eq: GridKind | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[GridKind] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a PersonGender value.")
class PersonGenderFilter:
    eq: PersonGender | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[PersonGender] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a PersonPartyStatus value.")
class PersonPartyStatusFilter:
    eq: PersonPartyStatus | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[PersonPartyStatus] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a PersonGridRole value.")
class PersonGridRoleFilter:
    eq: PersonGridRole | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[PersonGridRole] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a UnitKind value.")
class UnitKindFilter:
    eq: UnitKind | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[UnitKind] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a ResourceKind value.")
class ResourceKindFilter:
    eq: ResourceKind | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[ResourceKind] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a SkillCategory value.")
class SkillCategoryFilter:
    eq: SkillCategory | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[SkillCategory] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a WishCategory value.")
class WishCategoryFilter:
    eq: WishCategory | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[WishCategory] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a WishStatus value.")
class WishStatusFilter:
    eq: WishStatus | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[WishStatus] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a WishTransitionAction value.")
class WishTransitionActionFilter:
    eq: WishTransitionAction | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[WishTransitionAction] | None = strawberry.field(
        default=None, name="in", description="One of these values."
    )
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a EventStatus value.")
class EventStatusFilter:
    eq: EventStatus | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[EventStatus] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a EventSource value.")
class EventSourceFilter:
    eq: EventSource | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[EventSource] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a EventStepAction value.")
class EventStepActionFilter:
    eq: EventStepAction | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[EventStepAction] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a DisputeStatus value.")
class DisputeStatusFilter:
    eq: DisputeStatus | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[DisputeStatus] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a DisputeOutcome value.")
class DisputeOutcomeFilter:
    eq: DisputeOutcome | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[DisputeOutcome] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a DisputePartyRole value.")
class DisputePartyRoleFilter:
    eq: DisputePartyRole | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[DisputePartyRole] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a DisputeStepAction value.")
class DisputeStepActionFilter:
    eq: DisputeStepAction | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[DisputeStepAction] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a OrganizationKind value.")
class OrganizationKindFilter:
    eq: OrganizationKind | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[OrganizationKind] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a CouncilTopicCategory value.")
class CouncilTopicCategoryFilter:
    eq: CouncilTopicCategory | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[CouncilTopicCategory] | None = strawberry.field(
        default=None, name="in", description="One of these values."
    )
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a CouncilTopicStage value.")
class CouncilTopicStageFilter:
    eq: CouncilTopicStage | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[CouncilTopicStage] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a CouncilTopicOutcome value.")
class CouncilTopicOutcomeFilter:
    eq: CouncilTopicOutcome | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[CouncilTopicOutcome] | None = strawberry.field(
        default=None, name="in", description="One of these values."
    )
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a TopicStepAction value.")
class TopicStepActionFilter:
    eq: TopicStepAction | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[TopicStepAction] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a ServiceActivityKind value.")
class ServiceActivityKindFilter:
    eq: ServiceActivityKind | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[ServiceActivityKind] | None = strawberry.field(
        default=None, name="in", description="One of these values."
    )
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a SpecialGroupKind value.")
class SpecialGroupKindFilter:
    eq: SpecialGroupKind | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[SpecialGroupKind] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a ServiceItemFrequency value.")
class ServiceItemFrequencyFilter:
    eq: ServiceItemFrequency | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[ServiceItemFrequency] | None = strawberry.field(
        default=None, name="in", description="One of these values."
    )
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a NeedSource value.")
class NeedSourceFilter:
    eq: NeedSource | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[NeedSource] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a NeedStatus value.")
class NeedStatusFilter:
    eq: NeedStatus | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[NeedStatus] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a AuditEntryAccess value.")
class AuditEntryAccessFilter:
    eq: AuditEntryAccess | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[AuditEntryAccess] | None = strawberry.field(default=None, name="in", description="One of these values.")
    is_null: bool | None = strawberry.field(
        default=None, description="true: the value is missing; false: it is present."
    )


@strawberry.input(description="Matches a SlaLight value.")
class SlaLightFilter:
    eq: SlaLight | None = strawberry.field(default=None, description="Equal to this value.")
    in_: list[SlaLight] | None = strawberry.field(default=None, name="in", description="One of these values.")


@strawberry.input(description="Filters Community nodes; the fields given all have to match (AND).")
class CommunityWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(
        default=None, description="Matches `name`: The community's name, e.g. 建峰社区."
    )
    city: StringFilter | None = strawberry.field(
        default=None, description="Matches `city`: City it lies in, e.g. 重庆 (Chongqing); null when not recorded."
    )
    district: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `district`: District it lies in, e.g. 涪陵区 (Fuling); null when not recorded.",
    )
    subdistrict: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `subdistrict`: Subdistrict (街道) it lies in, e.g. 白涛街道 (Baitao); null when not recorded.",
    )
    grids: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `grids` (Grid nodes): some, none or all of them matching a filter.",
    )
    party_committee: PartyCommitteeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `partyCommittee` (PartyCommittee nodes): some, none or all of them matching a filter.",
    )
    organizations: OrganizationRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `organizations` (Organization nodes): some, none or all of them matching a filter.",
    )
    agreements: AgreementRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `agreements` (Agreement nodes): some, none or all of them matching a filter.",
    )
    meetings: CouncilMeetingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `meetings` (CouncilMeeting nodes): some, none or all of them matching a filter.",
    )
    topics: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `topics` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    activities: ServiceActivityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `activities` (ServiceActivity nodes): some, none or all of them matching a filter.",
    )
    special_groups: SpecialGroupRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `specialGroups` (SpecialGroup nodes): some, none or all of them matching a filter.",
    )
    AND: list[CommunityWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[CommunityWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: CommunityWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Community nodes related to the one filtered, through a relationship field.")
class CommunityRelationFilter:
    some: CommunityWhere | None = strawberry.field(
        default=None, description="At least one related Community matches (and there is one)."
    )
    none: CommunityWhere | None = strawberry.field(
        default=None, description="No related Community matches (true when there are none)."
    )
    all: CommunityWhere | None = strawberry.field(
        default=None, description="Every related Community matches (true when there are none)."
    )


@strawberry.input(description="How to sort Community nodes: one key and a direction; ties are broken by id.")
class CommunityOrder:
    field: CommunitySortKey = strawberry.field(default=CommunitySortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Grid nodes; the fields given all have to match (AND).")
class GridWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The grid's name.")
    code: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `code`: The grid's short code, unique in the community; null when not assigned.",
    )
    kind: GridKindFilter | None = strawberry.field(
        default=None,
        description="Matches `kind`: Residential grid, or one of the school grids (学校专属网格) whose workers are teachers.",
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    adjacent_grids: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `adjacentGrids` (Grid nodes): some, none or all of them matching a filter.",
    )
    buildings: BuildingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `buildings` (Building nodes): some, none or all of them matching a filter.",
    )
    grid_workers: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `gridWorkers` (Person nodes): some, none or all of them matching a filter.",
    )
    events: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `events` (Event nodes): some, none or all of them matching a filter.",
    )
    wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `wishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    units: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `units` (Unit nodes): some, none or all of them matching a filter.",
    )
    resources: ResourceRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `resources` (Resource nodes): some, none or all of them matching a filter.",
    )
    AND: list[GridWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[GridWhere] | None = strawberry.field(default=None, description="At least one filter of the list matches.")
    NOT: GridWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Grid nodes related to the one filtered, through a relationship field.")
class GridRelationFilter:
    some: GridWhere | None = strawberry.field(
        default=None, description="At least one related Grid matches (and there is one)."
    )
    none: GridWhere | None = strawberry.field(
        default=None, description="No related Grid matches (true when there are none)."
    )
    all: GridWhere | None = strawberry.field(
        default=None, description="Every related Grid matches (true when there are none)."
    )


@strawberry.input(description="How to sort Grid nodes: one key and a direction; ties are broken by id.")
class GridOrder:
    field: GridSortKey = strawberry.field(default=GridSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Building nodes; the fields given all have to match (AND).")
class BuildingWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(
        default=None, description="Matches `name`: The building's name, e.g. 3栋."
    )
    address: StringFilter | None = strawberry.field(
        default=None, description="Matches `address`: Street address; null when not recorded."
    )
    floors: IntFilter | None = strawberry.field(
        default=None, description="Matches `floors`: Number of floors; null when not recorded."
    )
    grid: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `grid` (Grid nodes): some, none or all of them matching a filter.",
    )
    households: HouseholdRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `households` (Household nodes): some, none or all of them matching a filter.",
    )
    residents: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `residents` (Person nodes): some, none or all of them matching a filter.",
    )
    events: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `events` (Event nodes): some, none or all of them matching a filter.",
    )
    AND: list[BuildingWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[BuildingWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: BuildingWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Building nodes related to the one filtered, through a relationship field.")
class BuildingRelationFilter:
    some: BuildingWhere | None = strawberry.field(
        default=None, description="At least one related Building matches (and there is one)."
    )
    none: BuildingWhere | None = strawberry.field(
        default=None, description="No related Building matches (true when there are none)."
    )
    all: BuildingWhere | None = strawberry.field(
        default=None, description="Every related Building matches (true when there are none)."
    )


@strawberry.input(description="How to sort Building nodes: one key and a direction; ties are broken by id.")
class BuildingOrder:
    field: BuildingSortKey = strawberry.field(default=BuildingSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Household nodes; the fields given all have to match (AND).")
class HouseholdWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(
        default=None, description="Matches `name`: How the household is called, usually after its head."
    )
    room: StringFilter | None = strawberry.field(
        default=None, description="Matches `room`: Flat number in the building, e.g. 2-301; null when not recorded."
    )
    building: BuildingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `building` (Building nodes): some, none or all of them matching a filter.",
    )
    members: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `members` (Person nodes): some, none or all of them matching a filter.",
    )
    wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `wishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    home_visits: HomeVisitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `homeVisits` (HomeVisit nodes): some, none or all of them matching a filter.",
    )
    AND: list[HouseholdWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[HouseholdWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: HouseholdWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Household nodes related to the one filtered, through a relationship field.")
class HouseholdRelationFilter:
    some: HouseholdWhere | None = strawberry.field(
        default=None, description="At least one related Household matches (and there is one)."
    )
    none: HouseholdWhere | None = strawberry.field(
        default=None, description="No related Household matches (true when there are none)."
    )
    all: HouseholdWhere | None = strawberry.field(
        default=None, description="Every related Household matches (true when there are none)."
    )


@strawberry.input(description="How to sort Household nodes: one key and a direction; ties are broken by id.")
class HouseholdOrder:
    field: HouseholdSortKey = strawberry.field(default=HouseholdSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Person nodes; the fields given all have to match (AND).")
class PersonWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `name`: Full name; shown minimised (e.g. 王**) to viewers without access to the person.",
    )
    gender: PersonGenderFilter | None = strawberry.field(
        default=None, description="Matches `gender`: Gender; null when not recorded."
    )
    birth_year: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `birthYear`: Year of birth; null when not recorded (used for age, e.g. elderly from 60).",
    )
    birth_date: DateFilter | None = strawberry.field(default=None, description="Matches `birthDate`: Date of birth.")
    phone: StringFilter | None = strawberry.field(default=None, description="Matches `phone`: Mobile phone number.")
    id_number: StringFilter | None = strawberry.field(
        default=None, description="Matches `idNumber`: Resident identity card number (身份证号)."
    )
    party_status: PersonPartyStatusFilter | None = strawberry.field(
        default=None,
        description="Matches `partyStatus`: For a party member: retired or in service (在职党员); null for non-members.",
    )
    joined_party_on: DateFilter | None = strawberry.field(
        default=None,
        description="Matches `joinedPartyOn`: Date the person joined the party; null for non-members or when unknown.",
    )
    reported_on: DateFilter | None = strawberry.field(
        default=None,
        description="Matches `reportedOn`: Date an in-service member reported to the community (进社区报到); null if they have not.",
    )
    grid_role: PersonGridRoleFilter | None = strawberry.field(
        default=None,
        description="Matches `gridRole`: For a grid worker: their place in the '1+6' grid force; null for others.",
    )
    capacity: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `capacity`: How many wishes the person can take on at once as a helper; null means the default limit.",
    )
    household: HouseholdRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `household` (Household nodes): some, none or all of them matching a filter.",
    )
    building: BuildingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `building` (Building nodes): some, none or all of them matching a filter.",
    )
    branch: PartyBranchRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `branch` (PartyBranch nodes): some, none or all of them matching a filter.",
    )
    work_grids: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `workGrids` (Grid nodes): some, none or all of them matching a filter.",
    )
    skills: SkillRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `skills` (Skill nodes): some, none or all of them matching a filter.",
    )
    special_groups: SpecialGroupRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `specialGroups` (SpecialGroup nodes): some, none or all of them matching a filter.",
    )
    wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `wishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    claimed_wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `claimedWishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    fulfilled_wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `fulfilledWishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    reported_events: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `reportedEvents` (Event nodes): some, none or all of them matching a filter.",
    )
    disputes: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `disputes` (Dispute nodes): some, none or all of them matching a filter.",
    )
    proposed_topics: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `proposedTopics` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    owned_topics: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `ownedTopics` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    activities: ServiceActivityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `activities` (ServiceActivity nodes): some, none or all of them matching a filter.",
    )
    meetings: CouncilMeetingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `meetings` (CouncilMeeting nodes): some, none or all of them matching a filter.",
    )
    needs: NeedRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `needs` (Need nodes): some, none or all of them matching a filter.",
    )
    home_visits: HomeVisitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `homeVisits` (HomeVisit nodes): some, none or all of them matching a filter.",
    )
    visits_made: HomeVisitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `visitsMade` (HomeVisit nodes): some, none or all of them matching a filter.",
    )
    AND: list[PersonWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[PersonWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: PersonWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Person nodes related to the one filtered, through a relationship field.")
class PersonRelationFilter:
    some: PersonWhere | None = strawberry.field(
        default=None, description="At least one related Person matches (and there is one)."
    )
    none: PersonWhere | None = strawberry.field(
        default=None, description="No related Person matches (true when there are none)."
    )
    all: PersonWhere | None = strawberry.field(
        default=None, description="Every related Person matches (true when there are none)."
    )


@strawberry.input(description="How to sort Person nodes: one key and a direction; ties are broken by id.")
class PersonOrder:
    field: PersonSortKey = strawberry.field(default=PersonSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters PartyCommittee nodes; the fields given all have to match (AND).")
class PartyCommitteeWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The committee's name.")
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    branches: PartyBranchRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `branches` (PartyBranch nodes): some, none or all of them matching a filter.",
    )
    AND: list[PartyCommitteeWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[PartyCommitteeWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: PartyCommitteeWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches PartyCommittee nodes related to the one filtered, through a relationship field.")
class PartyCommitteeRelationFilter:
    some: PartyCommitteeWhere | None = strawberry.field(
        default=None, description="At least one related PartyCommittee matches (and there is one)."
    )
    none: PartyCommitteeWhere | None = strawberry.field(
        default=None, description="No related PartyCommittee matches (true when there are none)."
    )
    all: PartyCommitteeWhere | None = strawberry.field(
        default=None, description="Every related PartyCommittee matches (true when there are none)."
    )


@strawberry.input(description="How to sort PartyCommittee nodes: one key and a direction; ties are broken by id.")
class PartyCommitteeOrder:
    field: PartyCommitteeSortKey = strawberry.field(
        default=PartyCommitteeSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters PartyBranch nodes; the fields given all have to match (AND).")
class PartyBranchWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The branch's name.")
    committee: PartyCommitteeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `committee` (PartyCommittee nodes): some, none or all of them matching a filter.",
    )
    members: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `members` (Person nodes): some, none or all of them matching a filter.",
    )
    claimed_wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `claimedWishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    fulfilled_wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `fulfilledWishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    AND: list[PartyBranchWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[PartyBranchWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: PartyBranchWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches PartyBranch nodes related to the one filtered, through a relationship field.")
class PartyBranchRelationFilter:
    some: PartyBranchWhere | None = strawberry.field(
        default=None, description="At least one related PartyBranch matches (and there is one)."
    )
    none: PartyBranchWhere | None = strawberry.field(
        default=None, description="No related PartyBranch matches (true when there are none)."
    )
    all: PartyBranchWhere | None = strawberry.field(
        default=None, description="Every related PartyBranch matches (true when there are none)."
    )


@strawberry.input(description="How to sort PartyBranch nodes: one key and a direction; ties are broken by id.")
class PartyBranchOrder:
    field: PartyBranchSortKey = strawberry.field(default=PartyBranchSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Unit nodes; the fields given all have to match (AND).")
class UnitWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The unit's name.")
    kind: UnitKindFilter | None = strawberry.field(
        default=None, description="Matches `kind`: Enterprise, institution or school; null when not recorded."
    )
    address: StringFilter | None = strawberry.field(
        default=None, description="Matches `address`: Street address; null when not recorded."
    )
    grid: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `grid` (Grid nodes): some, none or all of them matching a filter.",
    )
    agreement: AgreementRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `agreement` (Agreement nodes): some, none or all of them matching a filter.",
    )
    resources: ResourceRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `resources` (Resource nodes): some, none or all of them matching a filter.",
    )
    claimed_wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `claimedWishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    fulfilled_wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `fulfilledWishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    disputes: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `disputes` (Dispute nodes): some, none or all of them matching a filter.",
    )
    AND: list[UnitWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[UnitWhere] | None = strawberry.field(default=None, description="At least one filter of the list matches.")
    NOT: UnitWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Unit nodes related to the one filtered, through a relationship field.")
class UnitRelationFilter:
    some: UnitWhere | None = strawberry.field(
        default=None, description="At least one related Unit matches (and there is one)."
    )
    none: UnitWhere | None = strawberry.field(
        default=None, description="No related Unit matches (true when there are none)."
    )
    all: UnitWhere | None = strawberry.field(
        default=None, description="Every related Unit matches (true when there are none)."
    )


@strawberry.input(description="How to sort Unit nodes: one key and a direction; ties are broken by id.")
class UnitOrder:
    field: UnitSortKey = strawberry.field(default=UnitSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Agreement nodes; the fields given all have to match (AND).")
class AgreementWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(default=None, description="Matches `title`: The agreement's title.")
    signed_on: DateFilter | None = strawberry.field(
        default=None, description="Matches `signedOn`: Date it was signed; null when unknown."
    )
    joint_creations: ListFilter | None = strawberry.field(
        default=None,
        description="Matches `jointCreations`: Its 'six joint creations' (六联创) commitments, as JOINT_CREATIONS codes.",
    )
    collaborations: ListFilter | None = strawberry.field(
        default=None,
        description="Matches `collaborations`: Its 'seven collaborations' (七协同) commitments, as collaboration codes.",
    )
    unit: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `unit` (Unit nodes): some, none or all of them matching a filter.",
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    AND: list[AgreementWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[AgreementWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: AgreementWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Agreement nodes related to the one filtered, through a relationship field.")
class AgreementRelationFilter:
    some: AgreementWhere | None = strawberry.field(
        default=None, description="At least one related Agreement matches (and there is one)."
    )
    none: AgreementWhere | None = strawberry.field(
        default=None, description="No related Agreement matches (true when there are none)."
    )
    all: AgreementWhere | None = strawberry.field(
        default=None, description="Every related Agreement matches (true when there are none)."
    )


@strawberry.input(description="How to sort Agreement nodes: one key and a direction; ties are broken by id.")
class AgreementOrder:
    field: AgreementSortKey = strawberry.field(default=AgreementSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Resource nodes; the fields given all have to match (AND).")
class ResourceWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The resource's name.")
    kind: ResourceKindFilter | None = strawberry.field(
        default=None, description="Matches `kind`: What kind of resource it is; null when not recorded."
    )
    description: StringFilter | None = strawberry.field(
        default=None, description="Matches `description`: What it offers and how to use it; null when not written."
    )
    capacity: IntFilter | None = strawberry.field(
        default=None, description="Matches `capacity`: How many people it holds; null when not recorded."
    )
    unit: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `unit` (Unit nodes): some, none or all of them matching a filter.",
    )
    grid: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `grid` (Grid nodes): some, none or all of them matching a filter.",
    )
    AND: list[ResourceWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[ResourceWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: ResourceWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Resource nodes related to the one filtered, through a relationship field.")
class ResourceRelationFilter:
    some: ResourceWhere | None = strawberry.field(
        default=None, description="At least one related Resource matches (and there is one)."
    )
    none: ResourceWhere | None = strawberry.field(
        default=None, description="No related Resource matches (true when there are none)."
    )
    all: ResourceWhere | None = strawberry.field(
        default=None, description="Every related Resource matches (true when there are none)."
    )


@strawberry.input(description="How to sort Resource nodes: one key and a direction; ties are broken by id.")
class ResourceOrder:
    field: ResourceSortKey = strawberry.field(default=ResourceSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Skill nodes; the fields given all have to match (AND).")
class SkillWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The skill's name.")
    category: SkillCategoryFilter | None = strawberry.field(
        default=None, description="Matches `category`: The kind of help the skill gives."
    )
    people: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `people` (Person nodes): some, none or all of them matching a filter.",
    )
    wishes: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `wishes` (Wish nodes): some, none or all of them matching a filter.",
    )
    AND: list[SkillWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[SkillWhere] | None = strawberry.field(default=None, description="At least one filter of the list matches.")
    NOT: SkillWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Skill nodes related to the one filtered, through a relationship field.")
class SkillRelationFilter:
    some: SkillWhere | None = strawberry.field(
        default=None, description="At least one related Skill matches (and there is one)."
    )
    none: SkillWhere | None = strawberry.field(
        default=None, description="No related Skill matches (true when there are none)."
    )
    all: SkillWhere | None = strawberry.field(
        default=None, description="Every related Skill matches (true when there are none)."
    )


@strawberry.input(description="How to sort Skill nodes: one key and a direction; ties are broken by id.")
class SkillOrder:
    field: SkillSortKey = strawberry.field(default=SkillSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Wish nodes; the fields given all have to match (AND).")
class WishWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(
        default=None, description="Matches `title`: Short title, e.g. 修理水龙头."
    )
    description: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `description`: What is wished for, in the requester's words; null when only a title was given.",
    )
    category: WishCategoryFilter | None = strawberry.field(
        default=None, description="Matches `category`: What the wish asks for."
    )
    urgency: IntFilter | None = strawberry.field(
        default=None, description="Matches `urgency`: Urgency from 1 (can wait) to 4 (urgent); null is read as 1."
    )
    status: WishStatusFilter | None = strawberry.field(
        default=None,
        description="Matches `status`: Where the wish is in its lifecycle (see README 'The wish lifecycle').",
    )
    head_count: IntFilter | None = strawberry.field(
        default=None, description="Matches `headCount`: How many helpers it needs; null is read as 1."
    )
    created_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `createdAt`: When it was submitted."
    )
    deadline: DateFilter | None = strawberry.field(
        default=None, description="Matches `deadline`: Date after which an open wish expires; null when it has none."
    )
    fulfilled_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `fulfilledAt`: When it was fulfilled; null until then."
    )
    version: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `version`: Incremented by every step of the wish (its creation is 0): orders its history.",
    )
    requester: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `requester` (Person nodes): some, none or all of them matching a filter.",
    )
    grid: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `grid` (Grid nodes): some, none or all of them matching a filter.",
    )
    required_skills: SkillRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `requiredSkills` (Skill nodes): some, none or all of them matching a filter.",
    )
    claimed_by: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `claimedBy` (Person nodes): some, none or all of them matching a filter.",
    )
    fulfilled_by: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `fulfilledBy` (Person nodes): some, none or all of them matching a filter.",
    )
    fulfilling_units: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `fulfillingUnits` (Unit nodes): some, none or all of them matching a filter.",
    )
    claiming_units: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `claimingUnits` (Unit nodes): some, none or all of them matching a filter.",
    )
    claiming_branches: PartyBranchRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `claimingBranches` (PartyBranch nodes): some, none or all of them matching a filter.",
    )
    fulfilling_branches: PartyBranchRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `fulfillingBranches` (PartyBranch nodes): some, none or all of them matching a filter.",
    )
    history: WishTransitionRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `history` (WishTransition nodes): some, none or all of them matching a filter.",
    )
    declined_by: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `declinedBy` (Person nodes): some, none or all of them matching a filter.",
    )
    AND: list[WishWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[WishWhere] | None = strawberry.field(default=None, description="At least one filter of the list matches.")
    NOT: WishWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Wish nodes related to the one filtered, through a relationship field.")
class WishRelationFilter:
    some: WishWhere | None = strawberry.field(
        default=None, description="At least one related Wish matches (and there is one)."
    )
    none: WishWhere | None = strawberry.field(
        default=None, description="No related Wish matches (true when there are none)."
    )
    all: WishWhere | None = strawberry.field(
        default=None, description="Every related Wish matches (true when there are none)."
    )


@strawberry.input(description="How to sort Wish nodes: one key and a direction; ties are broken by id.")
class WishOrder:
    field: WishSortKey = strawberry.field(default=WishSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters WishTransition nodes; the fields given all have to match (AND).")
class WishTransitionWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    action: WishTransitionActionFilter | None = strawberry.field(
        default=None, description="Matches `action`: The step taken, e.g. verify, publish, claim, fulfil."
    )
    from_status: WishStatusFilter | None = strawberry.field(
        default=None, description="Matches `fromStatus`: Status before the step; null for the wish's creation."
    )
    to_status: WishStatusFilter | None = strawberry.field(
        default=None, description="Matches `toStatus`: Status after the step."
    )
    actor_id: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `actorId`: Database id of the person who took the step; null for system sweeps.",
    )
    subject_id: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `subjectId`: Database id of the claimant the step named (a claim or its release); null for other steps.",
    )
    note: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `note`: The note given with the step (e.g. a rejection reason); null when none.",
    )
    at: DateTimeFilter | None = strawberry.field(default=None, description="Matches `at`: When the step was taken.")
    version: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `version`: The wish's version this step produced: orders steps within one clock tick.",
    )
    wish: WishRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `wish` (Wish nodes): some, none or all of them matching a filter.",
    )
    AND: list[WishTransitionWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[WishTransitionWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: WishTransitionWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches WishTransition nodes related to the one filtered, through a relationship field.")
class WishTransitionRelationFilter:
    some: WishTransitionWhere | None = strawberry.field(
        default=None, description="At least one related WishTransition matches (and there is one)."
    )
    none: WishTransitionWhere | None = strawberry.field(
        default=None, description="No related WishTransition matches (true when there are none)."
    )
    all: WishTransitionWhere | None = strawberry.field(
        default=None, description="Every related WishTransition matches (true when there are none)."
    )


@strawberry.input(description="How to sort WishTransition nodes: one key and a direction; ties are broken by id.")
class WishTransitionOrder:
    field: WishTransitionSortKey = strawberry.field(
        default=WishTransitionSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Event nodes; the fields given all have to match (AND).")
class EventWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(
        default=None, description="Matches `title`: Short title of the problem."
    )
    description: StringFilter | None = strawberry.field(
        default=None, description="Matches `description`: What was reported; null when only a title was given."
    )
    category: StringFilter | None = strawberry.field(
        default=None, description="Matches `category`: Code of its EventCategory, e.g. FIRE_SAFETY, DISPUTE."
    )
    status: EventStatusFilter | None = strawberry.field(
        default=None, description="Matches `status`: Where the event is in its lifecycle."
    )
    source: EventSourceFilter | None = strawberry.field(
        default=None,
        description="Matches `source`: How the event came in (patrol, resident, home visit, WeChat group); null when unknown.",
    )
    urgent: BooleanFilter | None = strawberry.field(
        default=None, description="Matches `urgent`: Whether the reporter marked it urgent; null means no."
    )
    photos: ListFilter | None = strawberry.field(
        default=None, description="Matches `photos`: URLs of photos sent with the report."
    )
    reported_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `reportedAt`: When it was reported."
    )
    verified_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `verifiedAt`: When a grid worker verified it; null until then."
    )
    assigned_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `assignedAt`: When it was (last) assigned to a handler; null until then."
    )
    started_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `startedAt`: When the handler started work; null until then."
    )
    resolved_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `resolvedAt`: When the handler resolved it; null until then."
    )
    reviewed_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `reviewedAt`: When a grid worker reviewed the resolution; null until then."
    )
    closed_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `closedAt`: When it was closed; null while open."
    )
    reopened_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `reopenedAt`: When the reporter last reopened it; null if never."
    )
    stage_started_at: DateTimeFilter | None = strawberry.field(
        default=None,
        description="Matches `stageStartedAt`: When the current SLA stage began; null when nothing is due.",
    )
    stage_warn_at: DateTimeFilter | None = strawberry.field(
        default=None,
        description="Matches `stageWarnAt`: When the current stage turns YELLOW (80 % of its limit); null when nothing is due.",
    )
    stage_due_at: DateTimeFilter | None = strawberry.field(
        default=None,
        description="Matches `stageDueAt`: When the current stage is overdue (turns RED); null when nothing is due.",
    )
    resolution: StringFilter | None = strawberry.field(
        default=None, description="Matches `resolution`: What the handler did to resolve it; null until resolved."
    )
    evidence_urls: ListFilter | None = strawberry.field(
        default=None, description="Matches `evidenceUrls`: URLs of evidence of the resolution (photos, documents)."
    )
    hold_reason: StringFilter | None = strawberry.field(
        default=None, description="Matches `holdReason`: Why work is on hold; null unless ON_HOLD."
    )
    self_handled: BooleanFilter | None = strawberry.field(
        default=None,
        description="Matches `selfHandled`: Whether a grid worker handled it on the spot (selfHandleEvent); null means no.",
    )
    escalation_level: IntFilter | None = strawberry.field(
        default=None, description="Matches `escalationLevel`: How many times it was escalated; null means never."
    )
    reopen_count: IntFilter | None = strawberry.field(
        default=None, description="Matches `reopenCount`: How many times the reporter reopened it; null means never."
    )
    rating: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `rating`: The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated.",
    )
    rating_comment: StringFilter | None = strawberry.field(
        default=None, description="Matches `ratingComment`: The reporter's comment with the rating; null when none."
    )
    version: IntFilter | None = strawberry.field(
        default=None, description="Matches `version`: Incremented by every step of the event: orders its history."
    )
    grid: GridRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `grid` (Grid nodes): some, none or all of them matching a filter.",
    )
    building: BuildingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `building` (Building nodes): some, none or all of them matching a filter.",
    )
    reporter: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `reporter` (Person nodes): some, none or all of them matching a filter.",
    )
    campaign: ServiceActivityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `campaign` (ServiceActivity nodes): some, none or all of them matching a filter.",
    )
    dispute: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `dispute` (Dispute nodes): some, none or all of them matching a filter.",
    )
    topics: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `topics` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    handler_person: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `handlerPerson` (Person nodes): some, none or all of them matching a filter.",
    )
    handler_unit: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `handlerUnit` (Unit nodes): some, none or all of them matching a filter.",
    )
    handler_department: DepartmentRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `handlerDepartment` (Department nodes): some, none or all of them matching a filter.",
    )
    duplicate_of: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `duplicateOf` (Event nodes): some, none or all of them matching a filter.",
    )
    duplicates: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `duplicates` (Event nodes): some, none or all of them matching a filter.",
    )
    history: EventStepRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `history` (EventStep nodes): some, none or all of them matching a filter.",
    )
    light: SlaLightFilter | None = strawberry.field(
        default=None, description="Events whose current SLA light is this colour (computed at query time)."
    )
    overdue: bool | None = strawberry.field(
        default=None, description="true: the current stage is past its due time; false: it is not (or nothing is due)."
    )
    AND: list[EventWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[EventWhere] | None = strawberry.field(default=None, description="At least one filter of the list matches.")
    NOT: EventWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Event nodes related to the one filtered, through a relationship field.")
class EventRelationFilter:
    some: EventWhere | None = strawberry.field(
        default=None, description="At least one related Event matches (and there is one)."
    )
    none: EventWhere | None = strawberry.field(
        default=None, description="No related Event matches (true when there are none)."
    )
    all: EventWhere | None = strawberry.field(
        default=None, description="Every related Event matches (true when there are none)."
    )


@strawberry.input(description="How to sort Event nodes: one key and a direction; ties are broken by id.")
class EventOrder:
    field: EventSortKey = strawberry.field(default=EventSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters EventCategory nodes; the fields given all have to match (AND).")
class EventCategoryWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    code: StringFilter | None = strawberry.field(
        default=None, description="Matches `code`: Its code, used in Event.category, e.g. FIRE_SAFETY."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: Its name, e.g. 消防安全.")
    verify_hours: FloatFilter | None = strawberry.field(
        default=None, description="Matches `verifyHours`: Hours allowed from report to verification."
    )
    assign_hours: FloatFilter | None = strawberry.field(
        default=None, description="Matches `assignHours`: Hours allowed from verification to assignment."
    )
    start_hours: FloatFilter | None = strawberry.field(
        default=None, description="Matches `startHours`: Hours allowed from assignment to the start of work."
    )
    resolve_hours: FloatFilter | None = strawberry.field(
        default=None, description="Matches `resolveHours`: Hours allowed from the start of work to resolution."
    )
    hold_hours: FloatFilter | None = strawberry.field(
        default=None, description="Matches `holdHours`: Hours an event may stay on hold."
    )
    review_hours: FloatFilter | None = strawberry.field(
        default=None, description="Matches `reviewHours`: Hours allowed from resolution to review."
    )
    built_in: BooleanFilter | None = strawberry.field(
        default=None,
        description="Matches `builtIn`: Whether it is one of the four built-in categories (environment, fire, dispute, social).",
    )
    AND: list[EventCategoryWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[EventCategoryWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: EventCategoryWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches EventCategory nodes related to the one filtered, through a relationship field.")
class EventCategoryRelationFilter:
    some: EventCategoryWhere | None = strawberry.field(
        default=None, description="At least one related EventCategory matches (and there is one)."
    )
    none: EventCategoryWhere | None = strawberry.field(
        default=None, description="No related EventCategory matches (true when there are none)."
    )
    all: EventCategoryWhere | None = strawberry.field(
        default=None, description="Every related EventCategory matches (true when there are none)."
    )


@strawberry.input(description="How to sort EventCategory nodes: one key and a direction; ties are broken by id.")
class EventCategoryOrder:
    field: EventCategorySortKey = strawberry.field(
        default=EventCategorySortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters EventStep nodes; the fields given all have to match (AND).")
class EventStepWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    action: EventStepActionFilter | None = strawberry.field(
        default=None, description="Matches `action`: The step taken."
    )
    from_status: EventStatusFilter | None = strawberry.field(
        default=None, description="Matches `fromStatus`: Status before the step; null for the report."
    )
    to_status: EventStatusFilter | None = strawberry.field(
        default=None, description="Matches `toStatus`: Status after the step."
    )
    actor_id: StringFilter | None = strawberry.field(
        default=None, description="Matches `actorId`: Database id of the person who took the step."
    )
    subject_id: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `subjectId`: Database id of whom the step named (the handler assigned, the event duplicated); null.",
    )
    note: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `note`: The note given with the step (reason, resolution, comment); null when none.",
    )
    at: DateTimeFilter | None = strawberry.field(default=None, description="Matches `at`: When the step was taken.")
    version: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `version`: The event's version this step produced: orders steps within one clock tick.",
    )
    event: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `event` (Event nodes): some, none or all of them matching a filter.",
    )
    AND: list[EventStepWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[EventStepWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: EventStepWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches EventStep nodes related to the one filtered, through a relationship field.")
class EventStepRelationFilter:
    some: EventStepWhere | None = strawberry.field(
        default=None, description="At least one related EventStep matches (and there is one)."
    )
    none: EventStepWhere | None = strawberry.field(
        default=None, description="No related EventStep matches (true when there are none)."
    )
    all: EventStepWhere | None = strawberry.field(
        default=None, description="Every related EventStep matches (true when there are none)."
    )


@strawberry.input(description="How to sort EventStep nodes: one key and a direction; ties are broken by id.")
class EventStepOrder:
    field: EventStepSortKey = strawberry.field(default=EventStepSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Department nodes; the fields given all have to match (AND).")
class DepartmentWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: The department's name.")
    phone: StringFilter | None = strawberry.field(
        default=None, description="Matches `phone`: Its contact phone; null when not recorded."
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    events: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `events` (Event nodes): some, none or all of them matching a filter.",
    )
    AND: list[DepartmentWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[DepartmentWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: DepartmentWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Department nodes related to the one filtered, through a relationship field.")
class DepartmentRelationFilter:
    some: DepartmentWhere | None = strawberry.field(
        default=None, description="At least one related Department matches (and there is one)."
    )
    none: DepartmentWhere | None = strawberry.field(
        default=None, description="No related Department matches (true when there are none)."
    )
    all: DepartmentWhere | None = strawberry.field(
        default=None, description="Every related Department matches (true when there are none)."
    )


@strawberry.input(description="How to sort Department nodes: one key and a direction; ties are broken by id.")
class DepartmentOrder:
    field: DepartmentSortKey = strawberry.field(default=DepartmentSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Dispute nodes; the fields given all have to match (AND).")
class DisputeWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(default=None, description="Matches `title`: Short title.")
    description: StringFilter | None = strawberry.field(
        default=None, description="Matches `description`: What the dispute is about; null when not written."
    )
    status: DisputeStatusFilter | None = strawberry.field(
        default=None, description="Matches `status`: Where the mediation stands."
    )
    outcome: DisputeOutcomeFilter | None = strawberry.field(
        default=None, description="Matches `outcome`: How it ended; null while open."
    )
    agreement: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `agreement`: The text of the agreement reached; null unless AGREEMENT_REACHED.",
    )
    referred_to: StringFilter | None = strawberry.field(
        default=None, description="Matches `referredTo`: Where it was referred (e.g. a court); null unless REFERRED."
    )
    opened_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `openedAt`: When it was opened."
    )
    closed_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `closedAt`: When it was closed; null while open."
    )
    event: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `event` (Event nodes): some, none or all of them matching a filter.",
    )
    mediator: OrganizationRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `mediator` (Organization nodes): some, none or all of them matching a filter.",
    )
    parties: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `parties` (Person nodes): some, none or all of them matching a filter.",
    )
    party_units: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `partyUnits` (Unit nodes): some, none or all of them matching a filter.",
    )
    party_roles: DisputePartyRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `partyRoles` (DisputeParty nodes): some, none or all of them matching a filter.",
    )
    sessions: MediationSessionRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `sessions` (MediationSession nodes): some, none or all of them matching a filter.",
    )
    history: DisputeStepRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `history` (DisputeStep nodes): some, none or all of them matching a filter.",
    )
    AND: list[DisputeWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[DisputeWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: DisputeWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Dispute nodes related to the one filtered, through a relationship field.")
class DisputeRelationFilter:
    some: DisputeWhere | None = strawberry.field(
        default=None, description="At least one related Dispute matches (and there is one)."
    )
    none: DisputeWhere | None = strawberry.field(
        default=None, description="No related Dispute matches (true when there are none)."
    )
    all: DisputeWhere | None = strawberry.field(
        default=None, description="Every related Dispute matches (true when there are none)."
    )


@strawberry.input(description="How to sort Dispute nodes: one key and a direction; ties are broken by id.")
class DisputeOrder:
    field: DisputeSortKey = strawberry.field(default=DisputeSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters DisputeParty nodes; the fields given all have to match (AND).")
class DisputePartyWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    role: DisputePartyRoleFilter | None = strawberry.field(
        default=None, description="Matches `role`: The side the party takes."
    )
    added_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `addedAt`: When the party was added."
    )
    dispute: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `dispute` (Dispute nodes): some, none or all of them matching a filter.",
    )
    person: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `person` (Person nodes): some, none or all of them matching a filter.",
    )
    unit: UnitRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `unit` (Unit nodes): some, none or all of them matching a filter.",
    )
    AND: list[DisputePartyWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[DisputePartyWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: DisputePartyWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches DisputeParty nodes related to the one filtered, through a relationship field.")
class DisputePartyRelationFilter:
    some: DisputePartyWhere | None = strawberry.field(
        default=None, description="At least one related DisputeParty matches (and there is one)."
    )
    none: DisputePartyWhere | None = strawberry.field(
        default=None, description="No related DisputeParty matches (true when there are none)."
    )
    all: DisputePartyWhere | None = strawberry.field(
        default=None, description="Every related DisputeParty matches (true when there are none)."
    )


@strawberry.input(description="How to sort DisputeParty nodes: one key and a direction; ties are broken by id.")
class DisputePartyOrder:
    field: DisputePartySortKey = strawberry.field(
        default=DisputePartySortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters MediationSession nodes; the fields given all have to match (AND).")
class MediationSessionWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    held_on: DateFilter | None = strawberry.field(default=None, description="Matches `heldOn`: Date it was held.")
    notes: StringFilter | None = strawberry.field(
        default=None, description="Matches `notes`: What was said and agreed; null when not written."
    )
    attendees: ListFilter | None = strawberry.field(
        default=None, description="Matches `attendees`: Names of those present."
    )
    dispute: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `dispute` (Dispute nodes): some, none or all of them matching a filter.",
    )
    AND: list[MediationSessionWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[MediationSessionWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: MediationSessionWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(
    description="Matches MediationSession nodes related to the one filtered, through a relationship field."
)
class MediationSessionRelationFilter:
    some: MediationSessionWhere | None = strawberry.field(
        default=None, description="At least one related MediationSession matches (and there is one)."
    )
    none: MediationSessionWhere | None = strawberry.field(
        default=None, description="No related MediationSession matches (true when there are none)."
    )
    all: MediationSessionWhere | None = strawberry.field(
        default=None, description="Every related MediationSession matches (true when there are none)."
    )


@strawberry.input(description="How to sort MediationSession nodes: one key and a direction; ties are broken by id.")
class MediationSessionOrder:
    field: MediationSessionSortKey = strawberry.field(
        default=MediationSessionSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters DisputeStep nodes; the fields given all have to match (AND).")
class DisputeStepWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    action: DisputeStepActionFilter | None = strawberry.field(
        default=None, description="Matches `action`: The step taken, e.g. open, assign_mediator, close."
    )
    from_status: DisputeStatusFilter | None = strawberry.field(
        default=None, description="Matches `fromStatus`: Status before the step; null for the opening."
    )
    to_status: DisputeStatusFilter | None = strawberry.field(
        default=None, description="Matches `toStatus`: Status after the step."
    )
    actor_id: StringFilter | None = strawberry.field(
        default=None, description="Matches `actorId`: Database id of the person who took the step."
    )
    note: StringFilter | None = strawberry.field(
        default=None, description="Matches `note`: The note given with the step; null when none."
    )
    at: DateTimeFilter | None = strawberry.field(default=None, description="Matches `at`: When the step was taken.")
    version: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `version`: The dispute's version this step produced: orders steps within one clock tick.",
    )
    dispute: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `dispute` (Dispute nodes): some, none or all of them matching a filter.",
    )
    AND: list[DisputeStepWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[DisputeStepWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: DisputeStepWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches DisputeStep nodes related to the one filtered, through a relationship field.")
class DisputeStepRelationFilter:
    some: DisputeStepWhere | None = strawberry.field(
        default=None, description="At least one related DisputeStep matches (and there is one)."
    )
    none: DisputeStepWhere | None = strawberry.field(
        default=None, description="No related DisputeStep matches (true when there are none)."
    )
    all: DisputeStepWhere | None = strawberry.field(
        default=None, description="Every related DisputeStep matches (true when there are none)."
    )


@strawberry.input(description="How to sort DisputeStep nodes: one key and a direction; ties are broken by id.")
class DisputeStepOrder:
    field: DisputeStepSortKey = strawberry.field(default=DisputeStepSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Organization nodes; the fields given all have to match (AND).")
class OrganizationWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: Its name.")
    kind: OrganizationKindFilter | None = strawberry.field(
        default=None, description="Matches `kind`: What kind of body it is; null when not recorded."
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    meetings: CouncilMeetingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `meetings` (CouncilMeeting nodes): some, none or all of them matching a filter.",
    )
    mediated_disputes: DisputeRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `mediatedDisputes` (Dispute nodes): some, none or all of them matching a filter.",
    )
    AND: list[OrganizationWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[OrganizationWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: OrganizationWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Organization nodes related to the one filtered, through a relationship field.")
class OrganizationRelationFilter:
    some: OrganizationWhere | None = strawberry.field(
        default=None, description="At least one related Organization matches (and there is one)."
    )
    none: OrganizationWhere | None = strawberry.field(
        default=None, description="No related Organization matches (true when there are none)."
    )
    all: OrganizationWhere | None = strawberry.field(
        default=None, description="Every related Organization matches (true when there are none)."
    )


@strawberry.input(description="How to sort Organization nodes: one key and a direction; ties are broken by id.")
class OrganizationOrder:
    field: OrganizationSortKey = strawberry.field(
        default=OrganizationSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters CouncilMeeting nodes; the fields given all have to match (AND).")
class CouncilMeetingWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(default=None, description="Matches `title`: Its title.")
    held_on: DateFilter | None = strawberry.field(default=None, description="Matches `heldOn`: Date it is or was held.")
    place: StringFilter | None = strawberry.field(
        default=None, description="Matches `place`: Where it is held; null when not recorded."
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    topics: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `topics` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    attendees: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `attendees` (Person nodes): some, none or all of them matching a filter.",
    )
    organizations: OrganizationRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `organizations` (Organization nodes): some, none or all of them matching a filter.",
    )
    AND: list[CouncilMeetingWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[CouncilMeetingWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: CouncilMeetingWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches CouncilMeeting nodes related to the one filtered, through a relationship field.")
class CouncilMeetingRelationFilter:
    some: CouncilMeetingWhere | None = strawberry.field(
        default=None, description="At least one related CouncilMeeting matches (and there is one)."
    )
    none: CouncilMeetingWhere | None = strawberry.field(
        default=None, description="No related CouncilMeeting matches (true when there are none)."
    )
    all: CouncilMeetingWhere | None = strawberry.field(
        default=None, description="Every related CouncilMeeting matches (true when there are none)."
    )


@strawberry.input(description="How to sort CouncilMeeting nodes: one key and a direction; ties are broken by id.")
class CouncilMeetingOrder:
    field: CouncilMeetingSortKey = strawberry.field(
        default=CouncilMeetingSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters CouncilTopic nodes; the fields given all have to match (AND).")
class CouncilTopicWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(default=None, description="Matches `title`: Its title.")
    description: StringFilter | None = strawberry.field(
        default=None, description="Matches `description`: What the problem is; null when not written."
    )
    category: CouncilTopicCategoryFilter | None = strawberry.field(
        default=None, description="Matches `category`: What kind of matter it is."
    )
    stage: CouncilTopicStageFilter | None = strawberry.field(
        default=None, description="Matches `stage`: Where the topic is in its four stages."
    )
    outcome: CouncilTopicOutcomeFilter | None = strawberry.field(
        default=None, description="Matches `outcome`: Result of the review; null until reviewed."
    )
    proposed_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `proposedAt`: When it was proposed."
    )
    rejection_reason: StringFilter | None = strawberry.field(
        default=None, description="Matches `rejectionReason`: Why it was rejected; null unless REJECTED."
    )
    decision: StringFilter | None = strawberry.field(
        default=None, description="Matches `decision`: What the council decided; null until deliberated."
    )
    deadline: DateFilter | None = strawberry.field(
        default=None, description="Matches `deadline`: Date the decision is to be implemented by; null when none."
    )
    progress: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `progress`: Implementation progress in percent (0–100); null before supervision.",
    )
    reviewed_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `reviewedAt`: When it was reviewed; null until then."
    )
    meetings: CouncilMeetingRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `meetings` (CouncilMeeting nodes): some, none or all of them matching a filter.",
    )
    events: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `events` (Event nodes): some, none or all of them matching a filter.",
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    proposer: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `proposer` (Person nodes): some, none or all of them matching a filter.",
    )
    owner: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `owner` (Person nodes): some, none or all of them matching a filter.",
    )
    updates: TopicUpdateRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `updates` (TopicUpdate nodes): some, none or all of them matching a filter.",
    )
    history: TopicStepRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `history` (TopicStep nodes): some, none or all of them matching a filter.",
    )
    merged_into: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `mergedInto` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    merged_topics: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `mergedTopics` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    AND: list[CouncilTopicWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[CouncilTopicWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: CouncilTopicWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches CouncilTopic nodes related to the one filtered, through a relationship field.")
class CouncilTopicRelationFilter:
    some: CouncilTopicWhere | None = strawberry.field(
        default=None, description="At least one related CouncilTopic matches (and there is one)."
    )
    none: CouncilTopicWhere | None = strawberry.field(
        default=None, description="No related CouncilTopic matches (true when there are none)."
    )
    all: CouncilTopicWhere | None = strawberry.field(
        default=None, description="Every related CouncilTopic matches (true when there are none)."
    )


@strawberry.input(description="How to sort CouncilTopic nodes: one key and a direction; ties are broken by id.")
class CouncilTopicOrder:
    field: CouncilTopicSortKey = strawberry.field(
        default=CouncilTopicSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters TopicUpdate nodes; the fields given all have to match (AND).")
class TopicUpdateWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    at: DateFilter | None = strawberry.field(default=None, description="Matches `at`: Date of the update.")
    progress: IntFilter | None = strawberry.field(
        default=None, description="Matches `progress`: Progress in percent (0–100) at that date."
    )
    note: StringFilter | None = strawberry.field(
        default=None, description="Matches `note`: What was done; null when not written."
    )
    topic: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `topic` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    AND: list[TopicUpdateWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[TopicUpdateWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: TopicUpdateWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches TopicUpdate nodes related to the one filtered, through a relationship field.")
class TopicUpdateRelationFilter:
    some: TopicUpdateWhere | None = strawberry.field(
        default=None, description="At least one related TopicUpdate matches (and there is one)."
    )
    none: TopicUpdateWhere | None = strawberry.field(
        default=None, description="No related TopicUpdate matches (true when there are none)."
    )
    all: TopicUpdateWhere | None = strawberry.field(
        default=None, description="Every related TopicUpdate matches (true when there are none)."
    )


@strawberry.input(description="How to sort TopicUpdate nodes: one key and a direction; ties are broken by id.")
class TopicUpdateOrder:
    field: TopicUpdateSortKey = strawberry.field(default=TopicUpdateSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters TopicStep nodes; the fields given all have to match (AND).")
class TopicStepWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    action: TopicStepActionFilter | None = strawberry.field(
        default=None, description="Matches `action`: The step taken, e.g. accept, deliberate, review."
    )
    from_stage: CouncilTopicStageFilter | None = strawberry.field(
        default=None, description="Matches `fromStage`: Stage before the step; null for the proposal."
    )
    to_stage: CouncilTopicStageFilter | None = strawberry.field(
        default=None, description="Matches `toStage`: Stage after the step."
    )
    actor_id: StringFilter | None = strawberry.field(
        default=None, description="Matches `actorId`: Database id of the person who took the step."
    )
    note: StringFilter | None = strawberry.field(
        default=None, description="Matches `note`: The note given with the step; null when none."
    )
    at: DateTimeFilter | None = strawberry.field(default=None, description="Matches `at`: When the step was taken.")
    version: IntFilter | None = strawberry.field(
        default=None,
        description="Matches `version`: The topic's version this step produced: orders steps within one clock tick.",
    )
    topic: CouncilTopicRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `topic` (CouncilTopic nodes): some, none or all of them matching a filter.",
    )
    AND: list[TopicStepWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[TopicStepWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: TopicStepWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches TopicStep nodes related to the one filtered, through a relationship field.")
class TopicStepRelationFilter:
    some: TopicStepWhere | None = strawberry.field(
        default=None, description="At least one related TopicStep matches (and there is one)."
    )
    none: TopicStepWhere | None = strawberry.field(
        default=None, description="No related TopicStep matches (true when there are none)."
    )
    all: TopicStepWhere | None = strawberry.field(
        default=None, description="Every related TopicStep matches (true when there are none)."
    )


@strawberry.input(description="How to sort TopicStep nodes: one key and a direction; ties are broken by id.")
class TopicStepOrder:
    field: TopicStepSortKey = strawberry.field(default=TopicStepSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters ServiceActivity nodes; the fields given all have to match (AND).")
class ServiceActivityWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    title: StringFilter | None = strawberry.field(default=None, description="Matches `title`: Its title.")
    kind: ServiceActivityKindFilter | None = strawberry.field(
        default=None, description="Matches `kind`: What kind of activity it is; null when not recorded."
    )
    held_on: DateFilter | None = strawberry.field(
        default=None, description="Matches `heldOn`: Date it was held; null when not recorded."
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    attendees: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `attendees` (Person nodes): some, none or all of them matching a filter.",
    )
    events: EventRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `events` (Event nodes): some, none or all of them matching a filter.",
    )
    service_item: ServiceItemRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `serviceItem` (ServiceItem nodes): some, none or all of them matching a filter.",
    )
    AND: list[ServiceActivityWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[ServiceActivityWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: ServiceActivityWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(
    description="Matches ServiceActivity nodes related to the one filtered, through a relationship field."
)
class ServiceActivityRelationFilter:
    some: ServiceActivityWhere | None = strawberry.field(
        default=None, description="At least one related ServiceActivity matches (and there is one)."
    )
    none: ServiceActivityWhere | None = strawberry.field(
        default=None, description="No related ServiceActivity matches (true when there are none)."
    )
    all: ServiceActivityWhere | None = strawberry.field(
        default=None, description="Every related ServiceActivity matches (true when there are none)."
    )


@strawberry.input(description="How to sort ServiceActivity nodes: one key and a direction; ties are broken by id.")
class ServiceActivityOrder:
    field: ServiceActivitySortKey = strawberry.field(
        default=ServiceActivitySortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters SpecialGroup nodes; the fields given all have to match (AND).")
class SpecialGroupWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: Its name.")
    kind: SpecialGroupKindFilter | None = strawberry.field(
        default=None, description="Matches `kind`: Which special group it is; null when not recorded."
    )
    community: CommunityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `community` (Community nodes): some, none or all of them matching a filter.",
    )
    members: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `members` (Person nodes): some, none or all of them matching a filter.",
    )
    service_items: ServiceItemRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `serviceItems` (ServiceItem nodes): some, none or all of them matching a filter.",
    )
    AND: list[SpecialGroupWhere] | None = strawberry.field(
        default=None, description="Every filter of the list matches."
    )
    OR: list[SpecialGroupWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: SpecialGroupWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches SpecialGroup nodes related to the one filtered, through a relationship field.")
class SpecialGroupRelationFilter:
    some: SpecialGroupWhere | None = strawberry.field(
        default=None, description="At least one related SpecialGroup matches (and there is one)."
    )
    none: SpecialGroupWhere | None = strawberry.field(
        default=None, description="No related SpecialGroup matches (true when there are none)."
    )
    all: SpecialGroupWhere | None = strawberry.field(
        default=None, description="Every related SpecialGroup matches (true when there are none)."
    )


@strawberry.input(description="How to sort SpecialGroup nodes: one key and a direction; ties are broken by id.")
class SpecialGroupOrder:
    field: SpecialGroupSortKey = strawberry.field(
        default=SpecialGroupSortKey.id, description="The property to sort by."
    )
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters ServiceItem nodes; the fields given all have to match (AND).")
class ServiceItemWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    name: StringFilter | None = strawberry.field(default=None, description="Matches `name`: Its name.")
    frequency: ServiceItemFrequencyFilter | None = strawberry.field(
        default=None, description="Matches `frequency`: How often it is delivered; null when not set."
    )
    description: StringFilter | None = strawberry.field(
        default=None, description="Matches `description`: What is delivered; null when not written."
    )
    group: SpecialGroupRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `group` (SpecialGroup nodes): some, none or all of them matching a filter.",
    )
    activities: ServiceActivityRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `activities` (ServiceActivity nodes): some, none or all of them matching a filter.",
    )
    AND: list[ServiceItemWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[ServiceItemWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: ServiceItemWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches ServiceItem nodes related to the one filtered, through a relationship field.")
class ServiceItemRelationFilter:
    some: ServiceItemWhere | None = strawberry.field(
        default=None, description="At least one related ServiceItem matches (and there is one)."
    )
    none: ServiceItemWhere | None = strawberry.field(
        default=None, description="No related ServiceItem matches (true when there are none)."
    )
    all: ServiceItemWhere | None = strawberry.field(
        default=None, description="Every related ServiceItem matches (true when there are none)."
    )


@strawberry.input(description="How to sort ServiceItem nodes: one key and a direction; ties are broken by id.")
class ServiceItemOrder:
    field: ServiceItemSortKey = strawberry.field(default=ServiceItemSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters Need nodes; the fields given all have to match (AND).")
class NeedWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    description: StringFilter | None = strawberry.field(
        default=None, description="Matches `description`: What is needed."
    )
    source: NeedSourceFilter | None = strawberry.field(
        default=None, description="Matches `source`: How the need was gathered; null when unknown."
    )
    status: NeedStatusFilter | None = strawberry.field(
        default=None, description="Matches `status`: Whether it is still open."
    )
    recorded_at: DateTimeFilter | None = strawberry.field(
        default=None, description="Matches `recordedAt`: When it was recorded."
    )
    person: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `person` (Person nodes): some, none or all of them matching a filter.",
    )
    AND: list[NeedWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[NeedWhere] | None = strawberry.field(default=None, description="At least one filter of the list matches.")
    NOT: NeedWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches Need nodes related to the one filtered, through a relationship field.")
class NeedRelationFilter:
    some: NeedWhere | None = strawberry.field(
        default=None, description="At least one related Need matches (and there is one)."
    )
    none: NeedWhere | None = strawberry.field(
        default=None, description="No related Need matches (true when there are none)."
    )
    all: NeedWhere | None = strawberry.field(
        default=None, description="Every related Need matches (true when there are none)."
    )


@strawberry.input(description="How to sort Need nodes: one key and a direction; ties are broken by id.")
class NeedOrder:
    field: NeedSortKey = strawberry.field(default=NeedSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters HomeVisit nodes; the fields given all have to match (AND).")
class HomeVisitWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    visited_on: DateFilter | None = strawberry.field(
        default=None, description="Matches `visitedOn`: Date of the visit."
    )
    notes: StringFilter | None = strawberry.field(
        default=None, description="Matches `notes`: What was found; null when not written."
    )
    worker: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `worker` (Person nodes): some, none or all of them matching a filter.",
    )
    person: PersonRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `person` (Person nodes): some, none or all of them matching a filter.",
    )
    household: HouseholdRelationFilter | None = strawberry.field(
        default=None,
        description="Matches on the related `household` (Household nodes): some, none or all of them matching a filter.",
    )
    AND: list[HomeVisitWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[HomeVisitWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: HomeVisitWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches HomeVisit nodes related to the one filtered, through a relationship field.")
class HomeVisitRelationFilter:
    some: HomeVisitWhere | None = strawberry.field(
        default=None, description="At least one related HomeVisit matches (and there is one)."
    )
    none: HomeVisitWhere | None = strawberry.field(
        default=None, description="No related HomeVisit matches (true when there are none)."
    )
    all: HomeVisitWhere | None = strawberry.field(
        default=None, description="Every related HomeVisit matches (true when there are none)."
    )


@strawberry.input(description="How to sort HomeVisit nodes: one key and a direction; ties are broken by id.")
class HomeVisitOrder:
    field: HomeVisitSortKey = strawberry.field(default=HomeVisitSortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )


@strawberry.input(description="Filters AuditEntry nodes; the fields given all have to match (AND).")
class AuditEntryWhere:
    id: IDFilter | None = strawberry.field(
        default=None, description="Matches `id`: The database id (as `dbId` shows it)."
    )
    at: DateTimeFilter | None = strawberry.field(default=None, description="Matches `at`: When the request was made.")
    viewer_id: StringFilter | None = strawberry.field(
        default=None, description="Matches `viewerId`: Database id of the person who made the request."
    )
    roles: ListFilter | None = strawberry.field(
        default=None, description="Matches `roles`: The viewer's roles at the time."
    )
    purpose: StringFilter | None = strawberry.field(
        default=None, description="Matches `purpose`: The purpose the viewer declared; null when none was given."
    )
    operation: StringFilter | None = strawberry.field(
        default=None, description="Matches `operation`: Name of the GraphQL operation; null for an anonymous operation."
    )
    access: AuditEntryAccessFilter | None = strawberry.field(
        default=None,
        description="Matches `access`: How the sensitive fields were used; null for entries older than this field (reads).",
    )
    subject_label: StringFilter | None = strawberry.field(
        default=None, description="Matches `subjectLabel`: Type of the entity read, e.g. Person."
    )
    subject_id: StringFilter | None = strawberry.field(
        default=None,
        description="Matches `subjectId`: Database id of the entity read; null for a filter or sort over many rows.",
    )
    fields: ListFilter | None = strawberry.field(
        default=None, description="Matches `fields`: The sensitive fields used."
    )
    AND: list[AuditEntryWhere] | None = strawberry.field(default=None, description="Every filter of the list matches.")
    OR: list[AuditEntryWhere] | None = strawberry.field(
        default=None, description="At least one filter of the list matches."
    )
    NOT: AuditEntryWhere | None = strawberry.field(default=None, description="The filter does not match.")


@strawberry.input(description="Matches AuditEntry nodes related to the one filtered, through a relationship field.")
class AuditEntryRelationFilter:
    some: AuditEntryWhere | None = strawberry.field(
        default=None, description="At least one related AuditEntry matches (and there is one)."
    )
    none: AuditEntryWhere | None = strawberry.field(
        default=None, description="No related AuditEntry matches (true when there are none)."
    )
    all: AuditEntryWhere | None = strawberry.field(
        default=None, description="Every related AuditEntry matches (true when there are none)."
    )


@strawberry.input(description="How to sort AuditEntry nodes: one key and a direction; ties are broken by id.")
class AuditEntryOrder:
    field: AuditEntrySortKey = strawberry.field(default=AuditEntrySortKey.id, description="The property to sort by.")
    direction: SortDirection = strawberry.field(
        default=SortDirection.ASC,
        description="Ascending (the default) or descending; missing values sort last ascending, first descending.",
    )
