"""Generated from graph/core/model.py: the GraphQL enums of the model's closed value sets and sort keys; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum
class GridKind(enum.Enum):
    RESIDENTIAL = "RESIDENTIAL"
    SCHOOL = "SCHOOL"


@strawberry.enum
class PersonGender(enum.Enum):
    FEMALE = "FEMALE"
    MALE = "MALE"


@strawberry.enum
class PersonPartyStatus(enum.Enum):
    RETIRED = "RETIRED"
    IN_SERVICE = "IN_SERVICE"


@strawberry.enum
class PersonGridRole(enum.Enum):
    FULL_TIME = "FULL_TIME"
    CADRE = "CADRE"
    VETERAN = "VETERAN"
    VOLUNTEER = "VOLUNTEER"
    BUILDING_HEAD = "BUILDING_HEAD"
    UNIT_HEAD = "UNIT_HEAD"
    TEACHER = "TEACHER"


@strawberry.enum
class UnitKind(enum.Enum):
    ENTERPRISE = "ENTERPRISE"
    INSTITUTION = "INSTITUTION"
    SCHOOL = "SCHOOL"


@strawberry.enum
class ResourceKind(enum.Enum):
    ACTIVITY_ROOM = "ACTIVITY_ROOM"
    VENUE = "VENUE"
    SPORTS_GROUND = "SPORTS_GROUND"
    EQUIPMENT = "EQUIPMENT"


@strawberry.enum
class SkillCategory(enum.Enum):
    REPAIR = "REPAIR"
    CARE = "CARE"
    EDUCATION = "EDUCATION"
    LEGAL = "LEGAL"
    HEALTH = "HEALTH"
    DAILY_LIFE = "DAILY_LIFE"


@strawberry.enum
class WishCategory(enum.Enum):
    REPAIR = "REPAIR"
    CARE = "CARE"
    EDUCATION = "EDUCATION"
    SUPPLIES = "SUPPLIES"
    LEGAL = "LEGAL"
    DAILY_LIFE = "DAILY_LIFE"
    HEALTH = "HEALTH"
    OTHER = "OTHER"


@strawberry.enum
class WishStatus(enum.Enum):
    SUBMITTED = "SUBMITTED"
    VERIFIED = "VERIFIED"
    PUBLISHED = "PUBLISHED"
    CLAIMED = "CLAIMED"
    CONFIRMED = "CONFIRMED"
    IN_PROGRESS = "IN_PROGRESS"
    FULFILLED = "FULFILLED"
    REJECTED = "REJECTED"
    CANCELLED = "CANCELLED"
    WITHDRAWN = "WITHDRAWN"
    EXPIRED = "EXPIRED"


@strawberry.enum
class WishTransitionAction(enum.Enum):
    CREATE = "create"
    VERIFY = "verify"
    REJECT = "reject"
    PUBLISH = "publish"
    CLAIM = "claim"
    RELEASE = "release"
    CONFIRM = "confirm"
    START = "start"
    FULFIL = "fulfil"
    CANCEL = "cancel"
    WITHDRAW = "withdraw"
    EXPIRE = "expire"
    DECLINE = "decline"


@strawberry.enum
class EventStatus(enum.Enum):
    REPORTED = "REPORTED"
    VERIFIED = "VERIFIED"
    ASSIGNED = "ASSIGNED"
    REASSIGNMENT_REQUESTED = "REASSIGNMENT_REQUESTED"
    IN_PROGRESS = "IN_PROGRESS"
    ON_HOLD = "ON_HOLD"
    ESCALATED = "ESCALATED"
    RESOLVED = "RESOLVED"
    REVIEWED = "REVIEWED"
    CLOSED = "CLOSED"
    REOPENED = "REOPENED"
    INVALID = "INVALID"
    DUPLICATE = "DUPLICATE"


@strawberry.enum
class EventSource(enum.Enum):
    PATROL = "PATROL"
    RESIDENT = "RESIDENT"
    HOME_VISIT = "HOME_VISIT"
    WECHAT_GROUP = "WECHAT_GROUP"


@strawberry.enum
class EventStepAction(enum.Enum):
    REPORT = "report"
    VERIFY = "verify"
    INVALIDATE = "invalidate"
    MARK_DUPLICATE = "mark_duplicate"
    ASSIGN = "assign"
    REQUEST_REASSIGNMENT = "request_reassignment"
    START = "start"
    HOLD = "hold"
    RESUME = "resume"
    ESCALATE = "escalate"
    RESOLVE = "resolve"
    REVIEW = "review"
    REWORK = "rework"
    CLOSE = "close"
    RATE = "rate"
    REOPEN = "reopen"
    SELF_HANDLE = "self_handle"


@strawberry.enum
class DisputeStatus(enum.Enum):
    OPEN = "OPEN"
    MEDIATING = "MEDIATING"
    CLOSED = "CLOSED"


@strawberry.enum
class DisputeOutcome(enum.Enum):
    AGREEMENT_REACHED = "AGREEMENT_REACHED"
    NOT_REACHED = "NOT_REACHED"
    REFERRED = "REFERRED"


@strawberry.enum
class DisputePartyRole(enum.Enum):
    APPLICANT = "APPLICANT"
    RESPONDENT = "RESPONDENT"
    THIRD_PARTY = "THIRD_PARTY"


@strawberry.enum
class DisputeStepAction(enum.Enum):
    OPEN = "open"
    ADD_PARTY = "add_party"
    ASSIGN_MEDIATOR = "assign_mediator"
    RECORD_SESSION = "record_session"
    CLOSE = "close"
    REFER = "refer"


@strawberry.enum
class OrganizationKind(enum.Enum):
    NPC_DEPUTY_STATION = "NPC_DEPUTY_STATION"
    WOMENS_ASSOCIATION = "WOMENS_ASSOCIATION"
    ELDERLY_ASSOCIATION = "ELDERLY_ASSOCIATION"
    OWNERS_COMMITTEE = "OWNERS_COMMITTEE"
    MEDIATION_STUDIO = "MEDIATION_STUDIO"


@strawberry.enum
class CouncilTopicStage(enum.Enum):
    PROPOSED = "PROPOSED"
    ACCEPTED = "ACCEPTED"
    DELIBERATED = "DELIBERATED"
    SUPERVISED = "SUPERVISED"
    REVIEWED = "REVIEWED"
    REOPENED = "REOPENED"
    REJECTED = "REJECTED"
    MERGED = "MERGED"


@strawberry.enum
class CouncilTopicOutcome(enum.Enum):
    SOLVED = "SOLVED"
    REOPENED = "REOPENED"


@strawberry.enum
class TopicStepAction(enum.Enum):
    PROPOSE = "propose"
    ACCEPT = "accept"
    REJECT = "reject"
    MERGE = "merge"
    DELIBERATE = "deliberate"
    SUPERVISE = "supervise"
    SOLVE = "solve"
    REOPEN = "reopen"


@strawberry.enum
class ServiceActivityKind(enum.Enum):
    BIRTHDAY_PARTY = "BIRTHDAY_PARTY"
    AFTER_SCHOOL_CLASS = "AFTER_SCHOOL_CLASS"
    HOLIDAY_CLASS = "HOLIDAY_CLASS"
    HOME_VISIT_CAMPAIGN = "HOME_VISIT_CAMPAIGN"


@strawberry.enum
class SpecialGroupKind(enum.Enum):
    ELDERLY_ALONE = "ELDERLY_ALONE"
    CHILD_IN_DIFFICULTY = "CHILD_IN_DIFFICULTY"
    DISABLED = "DISABLED"
    LOST_ONLY_CHILD = "LOST_ONLY_CHILD"


@strawberry.enum
class ServiceItemFrequency(enum.Enum):
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    YEARLY = "YEARLY"
    ON_DEMAND = "ON_DEMAND"


@strawberry.enum
class NeedSource(enum.Enum):
    HOME_VISIT = "HOME_VISIT"
    WECHAT_GROUP = "WECHAT_GROUP"
    PATROL = "PATROL"


@strawberry.enum
class NeedStatus(enum.Enum):
    OPEN = "OPEN"
    MET = "MET"
    CLOSED = "CLOSED"


@strawberry.enum
class AuditEntryAccess(enum.Enum):
    READ = "READ"
    FILTER = "FILTER"
    SORT = "SORT"


@strawberry.enum
class SlaLight(enum.Enum):
    GREEN = "GREEN"
    YELLOW = "YELLOW"
    RED = "RED"


@strawberry.enum
class CommunitySortKey(enum.Enum):
    id = "id"
    name = "name"


@strawberry.enum
class GridSortKey(enum.Enum):
    id = "id"
    name = "name"
    code = "code"
    kind = "kind"


@strawberry.enum
class BuildingSortKey(enum.Enum):
    id = "id"
    name = "name"
    floors = "floors"


@strawberry.enum
class HouseholdSortKey(enum.Enum):
    id = "id"
    name = "name"
    room = "room"


@strawberry.enum
class PersonSortKey(enum.Enum):
    id = "id"
    name = "name"
    birthYear = "birthYear"
    joinedPartyOn = "joinedPartyOn"
    reportedOn = "reportedOn"


@strawberry.enum
class PartyCommitteeSortKey(enum.Enum):
    id = "id"
    name = "name"


@strawberry.enum
class PartyBranchSortKey(enum.Enum):
    id = "id"
    name = "name"


@strawberry.enum
class UnitSortKey(enum.Enum):
    id = "id"
    name = "name"
    kind = "kind"


@strawberry.enum
class AgreementSortKey(enum.Enum):
    id = "id"
    title = "title"
    signedOn = "signedOn"


@strawberry.enum
class ResourceSortKey(enum.Enum):
    id = "id"
    name = "name"
    kind = "kind"
    capacity = "capacity"


@strawberry.enum
class SkillSortKey(enum.Enum):
    id = "id"
    name = "name"
    category = "category"


@strawberry.enum
class WishSortKey(enum.Enum):
    id = "id"
    title = "title"
    category = "category"
    urgency = "urgency"
    status = "status"
    createdAt = "createdAt"
    deadline = "deadline"
    fulfilledAt = "fulfilledAt"


@strawberry.enum
class WishTransitionSortKey(enum.Enum):
    id = "id"
    toStatus = "toStatus"
    at = "at"
    version = "version"


@strawberry.enum
class EventSortKey(enum.Enum):
    id = "id"
    title = "title"
    category = "category"
    status = "status"
    source = "source"
    reportedAt = "reportedAt"
    verifiedAt = "verifiedAt"
    assignedAt = "assignedAt"
    startedAt = "startedAt"
    resolvedAt = "resolvedAt"
    reviewedAt = "reviewedAt"
    closedAt = "closedAt"
    reopenedAt = "reopenedAt"
    stageStartedAt = "stageStartedAt"
    stageWarnAt = "stageWarnAt"
    stageDueAt = "stageDueAt"
    escalationLevel = "escalationLevel"
    rating = "rating"


@strawberry.enum
class EventCategorySortKey(enum.Enum):
    id = "id"
    code = "code"
    name = "name"


@strawberry.enum
class EventStepSortKey(enum.Enum):
    id = "id"
    action = "action"
    toStatus = "toStatus"
    at = "at"
    version = "version"


@strawberry.enum
class DepartmentSortKey(enum.Enum):
    id = "id"
    name = "name"


@strawberry.enum
class DisputeSortKey(enum.Enum):
    id = "id"
    title = "title"
    status = "status"
    outcome = "outcome"
    openedAt = "openedAt"
    closedAt = "closedAt"


@strawberry.enum
class DisputePartySortKey(enum.Enum):
    id = "id"
    role = "role"
    addedAt = "addedAt"


@strawberry.enum
class MediationSessionSortKey(enum.Enum):
    id = "id"
    heldOn = "heldOn"


@strawberry.enum
class DisputeStepSortKey(enum.Enum):
    id = "id"
    toStatus = "toStatus"
    at = "at"
    version = "version"


@strawberry.enum
class OrganizationSortKey(enum.Enum):
    id = "id"
    name = "name"
    kind = "kind"


@strawberry.enum
class CouncilMeetingSortKey(enum.Enum):
    id = "id"
    title = "title"
    heldOn = "heldOn"


@strawberry.enum
class CouncilTopicSortKey(enum.Enum):
    id = "id"
    title = "title"
    category = "category"
    stage = "stage"
    outcome = "outcome"
    proposedAt = "proposedAt"
    deadline = "deadline"
    progress = "progress"
    reviewedAt = "reviewedAt"


@strawberry.enum
class TopicUpdateSortKey(enum.Enum):
    id = "id"
    at = "at"
    progress = "progress"


@strawberry.enum
class TopicStepSortKey(enum.Enum):
    id = "id"
    toStage = "toStage"
    at = "at"
    version = "version"


@strawberry.enum
class ServiceActivitySortKey(enum.Enum):
    id = "id"
    title = "title"
    kind = "kind"
    heldOn = "heldOn"


@strawberry.enum
class SpecialGroupSortKey(enum.Enum):
    id = "id"
    name = "name"
    kind = "kind"


@strawberry.enum
class ServiceItemSortKey(enum.Enum):
    id = "id"
    name = "name"
    frequency = "frequency"


@strawberry.enum
class NeedSortKey(enum.Enum):
    id = "id"
    source = "source"
    status = "status"
    recordedAt = "recordedAt"


@strawberry.enum
class HomeVisitSortKey(enum.Enum):
    id = "id"
    visitedOn = "visitedOn"


@strawberry.enum
class AuditEntrySortKey(enum.Enum):
    id = "id"
    at = "at"
    viewerId = "viewerId"
    subjectLabel = "subjectLabel"
    subjectId = "subjectId"
