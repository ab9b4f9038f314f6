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
    CouncilTopicOutcome,
    CouncilTopicSortKey,
    CouncilTopicStage,
    DepartmentSortKey,
    DisputeOutcome,
    DisputePartyRole,
    DisputePartySortKey,
    DisputeSortKey,
    DisputeStatus,
    DisputeStepFromStatus,
    DisputeStepSortKey,
    DisputeStepToStatus,
    EventCategorySortKey,
    EventSortKey,
    EventSource,
    EventStatus,
    EventStepAction,
    EventStepFromStatus,
    EventStepSortKey,
    EventStepToStatus,
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
    SkillSortKey,
    SlaLight,
    SpecialGroupKind,
    SpecialGroupSortKey,
    TopicStepFromStage,
    TopicStepSortKey,
    TopicStepToStage,
    TopicUpdateSortKey,
    UnitKind,
    UnitSortKey,
    WishSortKey,
    WishStatus,
    WishTransitionFromStatus,
    WishTransitionSortKey,
    WishTransitionToStatus,
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


@strawberry.input
class GridKindFilter:
    eq: GridKind | None = None
    in_: list[GridKind] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class PersonGenderFilter:
    eq: PersonGender | None = None
    in_: list[PersonGender] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class PersonPartyStatusFilter:
    eq: PersonPartyStatus | None = None
    in_: list[PersonPartyStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class PersonGridRoleFilter:
    eq: PersonGridRole | None = None
    in_: list[PersonGridRole] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class UnitKindFilter:
    eq: UnitKind | None = None
    in_: list[UnitKind] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class ResourceKindFilter:
    eq: ResourceKind | None = None
    in_: list[ResourceKind] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class WishStatusFilter:
    eq: WishStatus | None = None
    in_: list[WishStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class WishTransitionFromStatusFilter:
    eq: WishTransitionFromStatus | None = None
    in_: list[WishTransitionFromStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class WishTransitionToStatusFilter:
    eq: WishTransitionToStatus | None = None
    in_: list[WishTransitionToStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class EventStatusFilter:
    eq: EventStatus | None = None
    in_: list[EventStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class EventSourceFilter:
    eq: EventSource | None = None
    in_: list[EventSource] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class EventStepActionFilter:
    eq: EventStepAction | None = None
    in_: list[EventStepAction] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class EventStepFromStatusFilter:
    eq: EventStepFromStatus | None = None
    in_: list[EventStepFromStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class EventStepToStatusFilter:
    eq: EventStepToStatus | None = None
    in_: list[EventStepToStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class DisputeStatusFilter:
    eq: DisputeStatus | None = None
    in_: list[DisputeStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class DisputeOutcomeFilter:
    eq: DisputeOutcome | None = None
    in_: list[DisputeOutcome] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class DisputePartyRoleFilter:
    eq: DisputePartyRole | None = None
    in_: list[DisputePartyRole] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class DisputeStepFromStatusFilter:
    eq: DisputeStepFromStatus | None = None
    in_: list[DisputeStepFromStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class DisputeStepToStatusFilter:
    eq: DisputeStepToStatus | None = None
    in_: list[DisputeStepToStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class OrganizationKindFilter:
    eq: OrganizationKind | None = None
    in_: list[OrganizationKind] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class CouncilTopicStageFilter:
    eq: CouncilTopicStage | None = None
    in_: list[CouncilTopicStage] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class CouncilTopicOutcomeFilter:
    eq: CouncilTopicOutcome | None = None
    in_: list[CouncilTopicOutcome] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class TopicStepFromStageFilter:
    eq: TopicStepFromStage | None = None
    in_: list[TopicStepFromStage] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class TopicStepToStageFilter:
    eq: TopicStepToStage | None = None
    in_: list[TopicStepToStage] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class ServiceActivityKindFilter:
    eq: ServiceActivityKind | None = None
    in_: list[ServiceActivityKind] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class SpecialGroupKindFilter:
    eq: SpecialGroupKind | None = None
    in_: list[SpecialGroupKind] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class ServiceItemFrequencyFilter:
    eq: ServiceItemFrequency | None = None
    in_: list[ServiceItemFrequency] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class NeedSourceFilter:
    eq: NeedSource | None = None
    in_: list[NeedSource] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class NeedStatusFilter:
    eq: NeedStatus | None = None
    in_: list[NeedStatus] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class AuditEntryAccessFilter:
    eq: AuditEntryAccess | None = None
    in_: list[AuditEntryAccess] | None = strawberry.field(default=None, name="in")
    is_null: bool | None = None


@strawberry.input
class SlaLightFilter:
    eq: SlaLight | None = None
    in_: list[SlaLight] | None = strawberry.field(default=None, name="in")


@strawberry.input(description="Filters Community; fields combine with AND.")
class CommunityWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    city: StringFilter | None = None
    district: StringFilter | None = None
    subdistrict: StringFilter | None = None
    grids: GridRelationFilter | None = None
    party_committee: PartyCommitteeRelationFilter | None = None
    organizations: OrganizationRelationFilter | None = None
    agreements: AgreementRelationFilter | None = None
    meetings: CouncilMeetingRelationFilter | None = None
    topics: CouncilTopicRelationFilter | None = None
    activities: ServiceActivityRelationFilter | None = None
    special_groups: SpecialGroupRelationFilter | None = None
    AND: list[CommunityWhere] | None = None
    OR: list[CommunityWhere] | None = None
    NOT: CommunityWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class CommunityRelationFilter:
    some: CommunityWhere | None = None
    none: CommunityWhere | None = None
    all: CommunityWhere | None = None


@strawberry.input(
    description="One sort key of Community; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class CommunityOrder:
    field: CommunitySortKey = CommunitySortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Grid; fields combine with AND.")
class GridWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    code: StringFilter | None = None
    kind: GridKindFilter | None = None
    community: CommunityRelationFilter | None = None
    adjacent_grids: GridRelationFilter | None = None
    buildings: BuildingRelationFilter | None = None
    grid_workers: PersonRelationFilter | None = None
    events: EventRelationFilter | None = None
    wishes: WishRelationFilter | None = None
    units: UnitRelationFilter | None = None
    resources: ResourceRelationFilter | None = None
    AND: list[GridWhere] | None = None
    OR: list[GridWhere] | None = None
    NOT: GridWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class GridRelationFilter:
    some: GridWhere | None = None
    none: GridWhere | None = None
    all: GridWhere | None = None


@strawberry.input(
    description="One sort key of Grid; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class GridOrder:
    field: GridSortKey = GridSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Building; fields combine with AND.")
class BuildingWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    address: StringFilter | None = None
    floors: IntFilter | None = None
    grid: GridRelationFilter | None = None
    households: HouseholdRelationFilter | None = None
    residents: PersonRelationFilter | None = None
    events: EventRelationFilter | None = None
    AND: list[BuildingWhere] | None = None
    OR: list[BuildingWhere] | None = None
    NOT: BuildingWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class BuildingRelationFilter:
    some: BuildingWhere | None = None
    none: BuildingWhere | None = None
    all: BuildingWhere | None = None


@strawberry.input(
    description="One sort key of Building; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class BuildingOrder:
    field: BuildingSortKey = BuildingSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Household; fields combine with AND.")
class HouseholdWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    room: StringFilter | None = None
    building: BuildingRelationFilter | None = None
    members: PersonRelationFilter | None = None
    wishes: WishRelationFilter | None = None
    home_visits: HomeVisitRelationFilter | None = None
    AND: list[HouseholdWhere] | None = None
    OR: list[HouseholdWhere] | None = None
    NOT: HouseholdWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class HouseholdRelationFilter:
    some: HouseholdWhere | None = None
    none: HouseholdWhere | None = None
    all: HouseholdWhere | None = None


@strawberry.input(
    description="One sort key of Household; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class HouseholdOrder:
    field: HouseholdSortKey = HouseholdSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Person; fields combine with AND.")
class PersonWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    gender: PersonGenderFilter | None = None
    birth_year: IntFilter | None = None
    birth_date: DateFilter | None = None
    phone: StringFilter | None = None
    id_number: StringFilter | None = None
    party_status: PersonPartyStatusFilter | None = None
    joined_party_on: DateFilter | None = None
    reported_on: DateFilter | None = None
    grid_role: PersonGridRoleFilter | None = None
    capacity: IntFilter | None = None
    household: HouseholdRelationFilter | None = None
    building: BuildingRelationFilter | None = None
    branch: PartyBranchRelationFilter | None = None
    work_grids: GridRelationFilter | None = None
    skills: SkillRelationFilter | None = None
    special_groups: SpecialGroupRelationFilter | None = None
    wishes: WishRelationFilter | None = None
    claimed_wishes: WishRelationFilter | None = None
    fulfilled_wishes: WishRelationFilter | None = None
    reported_events: EventRelationFilter | None = None
    disputes: DisputeRelationFilter | None = None
    proposed_topics: CouncilTopicRelationFilter | None = None
    owned_topics: CouncilTopicRelationFilter | None = None
    activities: ServiceActivityRelationFilter | None = None
    meetings: CouncilMeetingRelationFilter | None = None
    needs: NeedRelationFilter | None = None
    home_visits: HomeVisitRelationFilter | None = None
    visits_made: HomeVisitRelationFilter | None = None
    AND: list[PersonWhere] | None = None
    OR: list[PersonWhere] | None = None
    NOT: PersonWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class PersonRelationFilter:
    some: PersonWhere | None = None
    none: PersonWhere | None = None
    all: PersonWhere | None = None


@strawberry.input(
    description="One sort key of Person; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class PersonOrder:
    field: PersonSortKey = PersonSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters PartyCommittee; fields combine with AND.")
class PartyCommitteeWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    community: CommunityRelationFilter | None = None
    branches: PartyBranchRelationFilter | None = None
    AND: list[PartyCommitteeWhere] | None = None
    OR: list[PartyCommitteeWhere] | None = None
    NOT: PartyCommitteeWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class PartyCommitteeRelationFilter:
    some: PartyCommitteeWhere | None = None
    none: PartyCommitteeWhere | None = None
    all: PartyCommitteeWhere | None = None


@strawberry.input(
    description="One sort key of PartyCommittee; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class PartyCommitteeOrder:
    field: PartyCommitteeSortKey = PartyCommitteeSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters PartyBranch; fields combine with AND.")
class PartyBranchWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    committee: PartyCommitteeRelationFilter | None = None
    members: PersonRelationFilter | None = None
    claimed_wishes: WishRelationFilter | None = None
    fulfilled_wishes: WishRelationFilter | None = None
    AND: list[PartyBranchWhere] | None = None
    OR: list[PartyBranchWhere] | None = None
    NOT: PartyBranchWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class PartyBranchRelationFilter:
    some: PartyBranchWhere | None = None
    none: PartyBranchWhere | None = None
    all: PartyBranchWhere | None = None


@strawberry.input(
    description="One sort key of PartyBranch; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class PartyBranchOrder:
    field: PartyBranchSortKey = PartyBranchSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Unit; fields combine with AND.")
class UnitWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    kind: UnitKindFilter | None = None
    address: StringFilter | None = None
    grid: GridRelationFilter | None = None
    agreement: AgreementRelationFilter | None = None
    resources: ResourceRelationFilter | None = None
    claimed_wishes: WishRelationFilter | None = None
    fulfilled_wishes: WishRelationFilter | None = None
    disputes: DisputeRelationFilter | None = None
    AND: list[UnitWhere] | None = None
    OR: list[UnitWhere] | None = None
    NOT: UnitWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class UnitRelationFilter:
    some: UnitWhere | None = None
    none: UnitWhere | None = None
    all: UnitWhere | None = None


@strawberry.input(
    description="One sort key of Unit; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class UnitOrder:
    field: UnitSortKey = UnitSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Agreement; fields combine with AND.")
class AgreementWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    signed_on: DateFilter | None = None
    joint_creations: ListFilter | None = None
    collaborations: ListFilter | None = None
    unit: UnitRelationFilter | None = None
    community: CommunityRelationFilter | None = None
    AND: list[AgreementWhere] | None = None
    OR: list[AgreementWhere] | None = None
    NOT: AgreementWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class AgreementRelationFilter:
    some: AgreementWhere | None = None
    none: AgreementWhere | None = None
    all: AgreementWhere | None = None


@strawberry.input(
    description="One sort key of Agreement; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class AgreementOrder:
    field: AgreementSortKey = AgreementSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Resource; fields combine with AND.")
class ResourceWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    kind: ResourceKindFilter | None = None
    description: StringFilter | None = None
    capacity: IntFilter | None = None
    unit: UnitRelationFilter | None = None
    grid: GridRelationFilter | None = None
    AND: list[ResourceWhere] | None = None
    OR: list[ResourceWhere] | None = None
    NOT: ResourceWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class ResourceRelationFilter:
    some: ResourceWhere | None = None
    none: ResourceWhere | None = None
    all: ResourceWhere | None = None


@strawberry.input(
    description="One sort key of Resource; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class ResourceOrder:
    field: ResourceSortKey = ResourceSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Skill; fields combine with AND.")
class SkillWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    category: StringFilter | None = None
    people: PersonRelationFilter | None = None
    wishes: WishRelationFilter | None = None
    AND: list[SkillWhere] | None = None
    OR: list[SkillWhere] | None = None
    NOT: SkillWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class SkillRelationFilter:
    some: SkillWhere | None = None
    none: SkillWhere | None = None
    all: SkillWhere | None = None


@strawberry.input(
    description="One sort key of Skill; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class SkillOrder:
    field: SkillSortKey = SkillSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Wish; fields combine with AND.")
class WishWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    description: StringFilter | None = None
    category: StringFilter | None = None
    urgency: IntFilter | None = None
    status: WishStatusFilter | None = None
    head_count: IntFilter | None = None
    created_at: DateTimeFilter | None = None
    deadline: DateFilter | None = None
    fulfilled_at: DateTimeFilter | None = None
    requester: PersonRelationFilter | None = None
    grid: GridRelationFilter | None = None
    required_skills: SkillRelationFilter | None = None
    claimed_by: PersonRelationFilter | None = None
    fulfilled_by: PersonRelationFilter | None = None
    fulfilling_units: UnitRelationFilter | None = None
    claiming_units: UnitRelationFilter | None = None
    claiming_branches: PartyBranchRelationFilter | None = None
    fulfilling_branches: PartyBranchRelationFilter | None = None
    history: WishTransitionRelationFilter | None = None
    declined_by: PersonRelationFilter | None = None
    AND: list[WishWhere] | None = None
    OR: list[WishWhere] | None = None
    NOT: WishWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class WishRelationFilter:
    some: WishWhere | None = None
    none: WishWhere | None = None
    all: WishWhere | None = None


@strawberry.input(
    description="One sort key of Wish; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class WishOrder:
    field: WishSortKey = WishSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters WishTransition; fields combine with AND.")
class WishTransitionWhere:
    id: IDFilter | None = None
    action: StringFilter | None = None
    from_status: WishTransitionFromStatusFilter | None = None
    to_status: WishTransitionToStatusFilter | None = None
    actor_id: StringFilter | None = None
    note: StringFilter | None = None
    at: DateTimeFilter | None = None
    version: IntFilter | None = None
    wish: WishRelationFilter | None = None
    AND: list[WishTransitionWhere] | None = None
    OR: list[WishTransitionWhere] | None = None
    NOT: WishTransitionWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class WishTransitionRelationFilter:
    some: WishTransitionWhere | None = None
    none: WishTransitionWhere | None = None
    all: WishTransitionWhere | None = None


@strawberry.input(
    description="One sort key of WishTransition; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class WishTransitionOrder:
    field: WishTransitionSortKey = WishTransitionSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Event; fields combine with AND.")
class EventWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    description: StringFilter | None = None
    category: StringFilter | None = None
    status: EventStatusFilter | None = None
    source: EventSourceFilter | None = None
    urgent: BooleanFilter | None = None
    photos: ListFilter | None = None
    reported_at: DateTimeFilter | None = None
    verified_at: DateTimeFilter | None = None
    assigned_at: DateTimeFilter | None = None
    started_at: DateTimeFilter | None = None
    resolved_at: DateTimeFilter | None = None
    reviewed_at: DateTimeFilter | None = None
    closed_at: DateTimeFilter | None = None
    reopened_at: DateTimeFilter | None = None
    stage_started_at: DateTimeFilter | None = None
    stage_warn_at: DateTimeFilter | None = None
    stage_due_at: DateTimeFilter | None = None
    resolution: StringFilter | None = None
    evidence_urls: ListFilter | None = None
    hold_reason: StringFilter | None = None
    self_handled: BooleanFilter | None = None
    escalation_level: IntFilter | None = None
    reopen_count: IntFilter | None = None
    rating: IntFilter | None = None
    rating_comment: StringFilter | None = None
    version: IntFilter | None = None
    grid: GridRelationFilter | None = None
    building: BuildingRelationFilter | None = None
    reporter: PersonRelationFilter | None = None
    campaign: ServiceActivityRelationFilter | None = None
    dispute: DisputeRelationFilter | None = None
    topics: CouncilTopicRelationFilter | None = None
    handler_person: PersonRelationFilter | None = None
    handler_unit: UnitRelationFilter | None = None
    handler_department: DepartmentRelationFilter | None = None
    duplicate_of: EventRelationFilter | None = None
    duplicates: EventRelationFilter | None = None
    history: EventStepRelationFilter | None = None
    light: SlaLightFilter | None = None
    overdue: bool | None = None
    AND: list[EventWhere] | None = None
    OR: list[EventWhere] | None = None
    NOT: EventWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class EventRelationFilter:
    some: EventWhere | None = None
    none: EventWhere | None = None
    all: EventWhere | None = None


@strawberry.input(
    description="One sort key of Event; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class EventOrder:
    field: EventSortKey = EventSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters EventCategory; fields combine with AND.")
class EventCategoryWhere:
    id: IDFilter | None = None
    code: StringFilter | None = None
    name: StringFilter | None = None
    verify_hours: FloatFilter | None = None
    assign_hours: FloatFilter | None = None
    start_hours: FloatFilter | None = None
    resolve_hours: FloatFilter | None = None
    hold_hours: FloatFilter | None = None
    review_hours: FloatFilter | None = None
    built_in: BooleanFilter | None = None
    AND: list[EventCategoryWhere] | None = None
    OR: list[EventCategoryWhere] | None = None
    NOT: EventCategoryWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class EventCategoryRelationFilter:
    some: EventCategoryWhere | None = None
    none: EventCategoryWhere | None = None
    all: EventCategoryWhere | None = None


@strawberry.input(
    description="One sort key of EventCategory; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class EventCategoryOrder:
    field: EventCategorySortKey = EventCategorySortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters EventStep; fields combine with AND.")
class EventStepWhere:
    id: IDFilter | None = None
    action: EventStepActionFilter | None = None
    from_status: EventStepFromStatusFilter | None = None
    to_status: EventStepToStatusFilter | None = None
    actor_id: StringFilter | None = None
    subject_id: StringFilter | None = None
    note: StringFilter | None = None
    at: DateTimeFilter | None = None
    version: IntFilter | None = None
    event: EventRelationFilter | None = None
    AND: list[EventStepWhere] | None = None
    OR: list[EventStepWhere] | None = None
    NOT: EventStepWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class EventStepRelationFilter:
    some: EventStepWhere | None = None
    none: EventStepWhere | None = None
    all: EventStepWhere | None = None


@strawberry.input(
    description="One sort key of EventStep; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class EventStepOrder:
    field: EventStepSortKey = EventStepSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Department; fields combine with AND.")
class DepartmentWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    phone: StringFilter | None = None
    community: CommunityRelationFilter | None = None
    events: EventRelationFilter | None = None
    AND: list[DepartmentWhere] | None = None
    OR: list[DepartmentWhere] | None = None
    NOT: DepartmentWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class DepartmentRelationFilter:
    some: DepartmentWhere | None = None
    none: DepartmentWhere | None = None
    all: DepartmentWhere | None = None


@strawberry.input(
    description="One sort key of Department; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class DepartmentOrder:
    field: DepartmentSortKey = DepartmentSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Dispute; fields combine with AND.")
class DisputeWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    description: StringFilter | None = None
    status: DisputeStatusFilter | None = None
    outcome: DisputeOutcomeFilter | None = None
    agreement: StringFilter | None = None
    referred_to: StringFilter | None = None
    opened_at: DateTimeFilter | None = None
    closed_at: DateTimeFilter | None = None
    event: EventRelationFilter | None = None
    mediator: OrganizationRelationFilter | None = None
    parties: PersonRelationFilter | None = None
    party_units: UnitRelationFilter | None = None
    party_roles: DisputePartyRelationFilter | None = None
    sessions: MediationSessionRelationFilter | None = None
    history: DisputeStepRelationFilter | None = None
    AND: list[DisputeWhere] | None = None
    OR: list[DisputeWhere] | None = None
    NOT: DisputeWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class DisputeRelationFilter:
    some: DisputeWhere | None = None
    none: DisputeWhere | None = None
    all: DisputeWhere | None = None


@strawberry.input(
    description="One sort key of Dispute; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class DisputeOrder:
    field: DisputeSortKey = DisputeSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters DisputeParty; fields combine with AND.")
class DisputePartyWhere:
    id: IDFilter | None = None
    role: DisputePartyRoleFilter | None = None
    added_at: DateTimeFilter | None = None
    dispute: DisputeRelationFilter | None = None
    person: PersonRelationFilter | None = None
    unit: UnitRelationFilter | None = None
    AND: list[DisputePartyWhere] | None = None
    OR: list[DisputePartyWhere] | None = None
    NOT: DisputePartyWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class DisputePartyRelationFilter:
    some: DisputePartyWhere | None = None
    none: DisputePartyWhere | None = None
    all: DisputePartyWhere | None = None


@strawberry.input(
    description="One sort key of DisputeParty; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class DisputePartyOrder:
    field: DisputePartySortKey = DisputePartySortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters MediationSession; fields combine with AND.")
class MediationSessionWhere:
    id: IDFilter | None = None
    held_on: DateFilter | None = None
    notes: StringFilter | None = None
    attendees: ListFilter | None = None
    dispute: DisputeRelationFilter | None = None
    AND: list[MediationSessionWhere] | None = None
    OR: list[MediationSessionWhere] | None = None
    NOT: MediationSessionWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class MediationSessionRelationFilter:
    some: MediationSessionWhere | None = None
    none: MediationSessionWhere | None = None
    all: MediationSessionWhere | None = None


@strawberry.input(
    description="One sort key of MediationSession; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class MediationSessionOrder:
    field: MediationSessionSortKey = MediationSessionSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters DisputeStep; fields combine with AND.")
class DisputeStepWhere:
    id: IDFilter | None = None
    action: StringFilter | None = None
    from_status: DisputeStepFromStatusFilter | None = None
    to_status: DisputeStepToStatusFilter | None = None
    actor_id: StringFilter | None = None
    note: StringFilter | None = None
    at: DateTimeFilter | None = None
    version: IntFilter | None = None
    dispute: DisputeRelationFilter | None = None
    AND: list[DisputeStepWhere] | None = None
    OR: list[DisputeStepWhere] | None = None
    NOT: DisputeStepWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class DisputeStepRelationFilter:
    some: DisputeStepWhere | None = None
    none: DisputeStepWhere | None = None
    all: DisputeStepWhere | None = None


@strawberry.input(
    description="One sort key of DisputeStep; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class DisputeStepOrder:
    field: DisputeStepSortKey = DisputeStepSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Organization; fields combine with AND.")
class OrganizationWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    kind: OrganizationKindFilter | None = None
    community: CommunityRelationFilter | None = None
    meetings: CouncilMeetingRelationFilter | None = None
    mediated_disputes: DisputeRelationFilter | None = None
    AND: list[OrganizationWhere] | None = None
    OR: list[OrganizationWhere] | None = None
    NOT: OrganizationWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class OrganizationRelationFilter:
    some: OrganizationWhere | None = None
    none: OrganizationWhere | None = None
    all: OrganizationWhere | None = None


@strawberry.input(
    description="One sort key of Organization; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class OrganizationOrder:
    field: OrganizationSortKey = OrganizationSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters CouncilMeeting; fields combine with AND.")
class CouncilMeetingWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    held_on: DateFilter | None = None
    place: StringFilter | None = None
    community: CommunityRelationFilter | None = None
    topics: CouncilTopicRelationFilter | None = None
    attendees: PersonRelationFilter | None = None
    organizations: OrganizationRelationFilter | None = None
    AND: list[CouncilMeetingWhere] | None = None
    OR: list[CouncilMeetingWhere] | None = None
    NOT: CouncilMeetingWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class CouncilMeetingRelationFilter:
    some: CouncilMeetingWhere | None = None
    none: CouncilMeetingWhere | None = None
    all: CouncilMeetingWhere | None = None


@strawberry.input(
    description="One sort key of CouncilMeeting; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class CouncilMeetingOrder:
    field: CouncilMeetingSortKey = CouncilMeetingSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters CouncilTopic; fields combine with AND.")
class CouncilTopicWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    description: StringFilter | None = None
    category: StringFilter | None = None
    stage: CouncilTopicStageFilter | None = None
    outcome: CouncilTopicOutcomeFilter | None = None
    proposed_at: DateTimeFilter | None = None
    rejection_reason: StringFilter | None = None
    decision: StringFilter | None = None
    deadline: DateFilter | None = None
    progress: IntFilter | None = None
    reviewed_at: DateTimeFilter | None = None
    meetings: CouncilMeetingRelationFilter | None = None
    events: EventRelationFilter | None = None
    community: CommunityRelationFilter | None = None
    proposer: PersonRelationFilter | None = None
    owner: PersonRelationFilter | None = None
    updates: TopicUpdateRelationFilter | None = None
    history: TopicStepRelationFilter | None = None
    merged_into: CouncilTopicRelationFilter | None = None
    merged_topics: CouncilTopicRelationFilter | None = None
    AND: list[CouncilTopicWhere] | None = None
    OR: list[CouncilTopicWhere] | None = None
    NOT: CouncilTopicWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class CouncilTopicRelationFilter:
    some: CouncilTopicWhere | None = None
    none: CouncilTopicWhere | None = None
    all: CouncilTopicWhere | None = None


@strawberry.input(
    description="One sort key of CouncilTopic; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class CouncilTopicOrder:
    field: CouncilTopicSortKey = CouncilTopicSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters TopicUpdate; fields combine with AND.")
class TopicUpdateWhere:
    id: IDFilter | None = None
    at: DateFilter | None = None
    progress: IntFilter | None = None
    note: StringFilter | None = None
    topic: CouncilTopicRelationFilter | None = None
    AND: list[TopicUpdateWhere] | None = None
    OR: list[TopicUpdateWhere] | None = None
    NOT: TopicUpdateWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class TopicUpdateRelationFilter:
    some: TopicUpdateWhere | None = None
    none: TopicUpdateWhere | None = None
    all: TopicUpdateWhere | None = None


@strawberry.input(
    description="One sort key of TopicUpdate; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class TopicUpdateOrder:
    field: TopicUpdateSortKey = TopicUpdateSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters TopicStep; fields combine with AND.")
class TopicStepWhere:
    id: IDFilter | None = None
    action: StringFilter | None = None
    from_stage: TopicStepFromStageFilter | None = None
    to_stage: TopicStepToStageFilter | None = None
    actor_id: StringFilter | None = None
    note: StringFilter | None = None
    at: DateTimeFilter | None = None
    version: IntFilter | None = None
    topic: CouncilTopicRelationFilter | None = None
    AND: list[TopicStepWhere] | None = None
    OR: list[TopicStepWhere] | None = None
    NOT: TopicStepWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class TopicStepRelationFilter:
    some: TopicStepWhere | None = None
    none: TopicStepWhere | None = None
    all: TopicStepWhere | None = None


@strawberry.input(
    description="One sort key of TopicStep; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class TopicStepOrder:
    field: TopicStepSortKey = TopicStepSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters ServiceActivity; fields combine with AND.")
class ServiceActivityWhere:
    id: IDFilter | None = None
    title: StringFilter | None = None
    kind: ServiceActivityKindFilter | None = None
    held_on: DateFilter | None = None
    community: CommunityRelationFilter | None = None
    attendees: PersonRelationFilter | None = None
    events: EventRelationFilter | None = None
    service_item: ServiceItemRelationFilter | None = None
    AND: list[ServiceActivityWhere] | None = None
    OR: list[ServiceActivityWhere] | None = None
    NOT: ServiceActivityWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class ServiceActivityRelationFilter:
    some: ServiceActivityWhere | None = None
    none: ServiceActivityWhere | None = None
    all: ServiceActivityWhere | None = None


@strawberry.input(
    description="One sort key of ServiceActivity; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class ServiceActivityOrder:
    field: ServiceActivitySortKey = ServiceActivitySortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters SpecialGroup; fields combine with AND.")
class SpecialGroupWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    kind: SpecialGroupKindFilter | None = None
    community: CommunityRelationFilter | None = None
    members: PersonRelationFilter | None = None
    service_items: ServiceItemRelationFilter | None = None
    AND: list[SpecialGroupWhere] | None = None
    OR: list[SpecialGroupWhere] | None = None
    NOT: SpecialGroupWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class SpecialGroupRelationFilter:
    some: SpecialGroupWhere | None = None
    none: SpecialGroupWhere | None = None
    all: SpecialGroupWhere | None = None


@strawberry.input(
    description="One sort key of SpecialGroup; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class SpecialGroupOrder:
    field: SpecialGroupSortKey = SpecialGroupSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters ServiceItem; fields combine with AND.")
class ServiceItemWhere:
    id: IDFilter | None = None
    name: StringFilter | None = None
    frequency: ServiceItemFrequencyFilter | None = None
    description: StringFilter | None = None
    group: SpecialGroupRelationFilter | None = None
    activities: ServiceActivityRelationFilter | None = None
    AND: list[ServiceItemWhere] | None = None
    OR: list[ServiceItemWhere] | None = None
    NOT: ServiceItemWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class ServiceItemRelationFilter:
    some: ServiceItemWhere | None = None
    none: ServiceItemWhere | None = None
    all: ServiceItemWhere | None = None


@strawberry.input(
    description="One sort key of ServiceItem; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class ServiceItemOrder:
    field: ServiceItemSortKey = ServiceItemSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters Need; fields combine with AND.")
class NeedWhere:
    id: IDFilter | None = None
    description: StringFilter | None = None
    source: NeedSourceFilter | None = None
    status: NeedStatusFilter | None = None
    recorded_at: DateTimeFilter | None = None
    person: PersonRelationFilter | None = None
    AND: list[NeedWhere] | None = None
    OR: list[NeedWhere] | None = None
    NOT: NeedWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class NeedRelationFilter:
    some: NeedWhere | None = None
    none: NeedWhere | None = None
    all: NeedWhere | None = None


@strawberry.input(
    description="One sort key of Need; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class NeedOrder:
    field: NeedSortKey = NeedSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters HomeVisit; fields combine with AND.")
class HomeVisitWhere:
    id: IDFilter | None = None
    visited_on: DateFilter | None = None
    notes: StringFilter | None = None
    worker: PersonRelationFilter | None = None
    person: PersonRelationFilter | None = None
    household: HouseholdRelationFilter | None = None
    AND: list[HomeVisitWhere] | None = None
    OR: list[HomeVisitWhere] | None = None
    NOT: HomeVisitWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class HomeVisitRelationFilter:
    some: HomeVisitWhere | None = None
    none: HomeVisitWhere | None = None
    all: HomeVisitWhere | None = None


@strawberry.input(
    description="One sort key of HomeVisit; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class HomeVisitOrder:
    field: HomeVisitSortKey = HomeVisitSortKey.id
    direction: SortDirection = SortDirection.ASC


@strawberry.input(description="Filters AuditEntry; fields combine with AND.")
class AuditEntryWhere:
    id: IDFilter | None = None
    at: DateTimeFilter | None = None
    viewer_id: StringFilter | None = None
    roles: ListFilter | None = None
    purpose: StringFilter | None = None
    operation: StringFilter | None = None
    access: AuditEntryAccessFilter | None = None
    subject_label: StringFilter | None = None
    subject_id: StringFilter | None = None
    fields: ListFilter | None = None
    AND: list[AuditEntryWhere] | None = None
    OR: list[AuditEntryWhere] | None = None
    NOT: AuditEntryWhere | None = None


@strawberry.input(
    description="some: at least one related node matches; none: no related node matches; all: every one matches."
)
class AuditEntryRelationFilter:
    some: AuditEntryWhere | None = None
    none: AuditEntryWhere | None = None
    all: AuditEntryWhere | None = None


@strawberry.input(
    description="One sort key of AuditEntry; `orderBy` takes a list of them, the first deciding, the id breaking ties last."
)
class AuditEntryOrder:
    field: AuditEntrySortKey = AuditEntrySortKey.id
    direction: SortDirection = SortDirection.ASC
