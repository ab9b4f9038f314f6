"""Generated from graph/core/model.py: the GraphQL enums of the model's closed value sets and sort keys; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import enum

import strawberry


@strawberry.enum(
    description="Values of `Grid.kind`: Residential grid, or one of the school grids (学校专属网格) whose workers are teachers."
)
class GridKind(enum.Enum):
    RESIDENTIAL = strawberry.enum_value("RESIDENTIAL", description="An ordinary residential grid.")
    SCHOOL = strawberry.enum_value(
        "SCHOOL", description="A school grid (学校专属网格): teachers serve as its grid workers."
    )


@strawberry.enum(description="Values of `Person.gender`: Gender.")
class PersonGender(enum.Enum):
    FEMALE = strawberry.enum_value("FEMALE", description="Female.")
    MALE = strawberry.enum_value("MALE", description="Male.")


@strawberry.enum(description="Values of `Person.partyStatus`: For a party member: retired or in service (在职党员).")
class PersonPartyStatus(enum.Enum):
    RETIRED = strawberry.enum_value(
        "RETIRED", description="A retired party member (退休党员), often of Jianfeng Group or the 816 Project."
    )
    IN_SERVICE = strawberry.enum_value(
        "IN_SERVICE", description="A member working elsewhere who reports to the community (在职党员进社区报到)."
    )


@strawberry.enum(description="Values of `Person.gridRole`: For a grid worker: their place in the '1+6' grid force.")
class PersonGridRole(enum.Enum):
    FULL_TIME = strawberry.enum_value(
        "FULL_TIME", description="Full-time grid worker (专职网格员), the link of the '1+6' grid force."
    )
    CADRE = strawberry.enum_value("CADRE", description="A cadre (干部) serving in the grid.")
    VETERAN = strawberry.enum_value("VETERAN", description="A veteran (退役军人) serving in the grid.")
    VOLUNTEER = strawberry.enum_value("VOLUNTEER", description="A social volunteer (社会志愿者).")
    BUILDING_HEAD = strawberry.enum_value("BUILDING_HEAD", description="A property building head (物业楼栋长).")
    UNIT_HEAD = strawberry.enum_value("UNIT_HEAD", description="A residents' unit head (居民单元长).")
    TEACHER = strawberry.enum_value("TEACHER", description="A teacher serving a school grid.")


@strawberry.enum(description="Values of `Unit.kind`: Enterprise, institution or school.")
class UnitKind(enum.Enum):
    ENTERPRISE = strawberry.enum_value("ENTERPRISE", description="An enterprise (企业).")
    INSTITUTION = strawberry.enum_value("INSTITUTION", description="A public institution (事业单位).")
    SCHOOL = strawberry.enum_value("SCHOOL", description="A school.")


@strawberry.enum(description="Values of `Resource.kind`: What kind of resource it is.")
class ResourceKind(enum.Enum):
    ACTIVITY_ROOM = strawberry.enum_value("ACTIVITY_ROOM", description="A party activity room (党员活动室).")
    VENUE = strawberry.enum_value("VENUE", description="A venue for events, e.g. the retired cadres' home.")
    SPORTS_GROUND = strawberry.enum_value("SPORTS_GROUND", description="A sports ground, e.g. the gateball court.")
    EQUIPMENT = strawberry.enum_value("EQUIPMENT", description="Equipment on loan.")


@strawberry.enum(
    description="Values of `Wish.status`: Where the wish is in its lifecycle (see README 'The wish lifecycle')."
)
class WishStatus(enum.Enum):
    SUBMITTED = strawberry.enum_value("SUBMITTED", description="Made by the resident; staff have not checked it yet.")
    VERIFIED = strawberry.enum_value("VERIFIED", description="Checked by staff; not yet visible to helpers.")
    PUBLISHED = strawberry.enum_value("PUBLISHED", description="Open to helpers to claim (some places may be taken).")
    CLAIMED = strawberry.enum_value(
        "CLAIMED", description="Every place is claimed; waiting for the requester to confirm."
    )
    CONFIRMED = strawberry.enum_value("CONFIRMED", description="The requester confirmed the helpers; work may start.")
    IN_PROGRESS = strawberry.enum_value("IN_PROGRESS", description="Helpers are working on it.")
    FULFILLED = strawberry.enum_value("FULFILLED", description="Done (the wish 'lit up').")
    REJECTED = strawberry.enum_value(
        "REJECTED", description="Refused by staff (the reason is in the history's note). Final."
    )
    CANCELLED = strawberry.enum_value("CANCELLED", description="Cancelled by staff. Final.")
    WITHDRAWN = strawberry.enum_value("WITHDRAWN", description="Withdrawn by the requester. Final.")
    EXPIRED = strawberry.enum_value("EXPIRED", description="Its deadline passed while still open. Final.")


@strawberry.enum(description="Values of `WishTransition.fromStatus`: Status before the step.")
class WishTransitionFromStatus(enum.Enum):
    SUBMITTED = strawberry.enum_value("SUBMITTED", description="Made by the resident; staff have not checked it yet.")
    VERIFIED = strawberry.enum_value("VERIFIED", description="Checked by staff; not yet visible to helpers.")
    PUBLISHED = strawberry.enum_value("PUBLISHED", description="Open to helpers to claim (some places may be taken).")
    CLAIMED = strawberry.enum_value(
        "CLAIMED", description="Every place is claimed; waiting for the requester to confirm."
    )
    CONFIRMED = strawberry.enum_value("CONFIRMED", description="The requester confirmed the helpers; work may start.")
    IN_PROGRESS = strawberry.enum_value("IN_PROGRESS", description="Helpers are working on it.")
    FULFILLED = strawberry.enum_value("FULFILLED", description="Done (the wish 'lit up').")
    REJECTED = strawberry.enum_value(
        "REJECTED", description="Refused by staff (the reason is in the history's note). Final."
    )
    CANCELLED = strawberry.enum_value("CANCELLED", description="Cancelled by staff. Final.")
    WITHDRAWN = strawberry.enum_value("WITHDRAWN", description="Withdrawn by the requester. Final.")
    EXPIRED = strawberry.enum_value("EXPIRED", description="Its deadline passed while still open. Final.")


@strawberry.enum(description="Values of `WishTransition.toStatus`: Status after the step.")
class WishTransitionToStatus(enum.Enum):
    SUBMITTED = strawberry.enum_value("SUBMITTED", description="Made by the resident; staff have not checked it yet.")
    VERIFIED = strawberry.enum_value("VERIFIED", description="Checked by staff; not yet visible to helpers.")
    PUBLISHED = strawberry.enum_value("PUBLISHED", description="Open to helpers to claim (some places may be taken).")
    CLAIMED = strawberry.enum_value(
        "CLAIMED", description="Every place is claimed; waiting for the requester to confirm."
    )
    CONFIRMED = strawberry.enum_value("CONFIRMED", description="The requester confirmed the helpers; work may start.")
    IN_PROGRESS = strawberry.enum_value("IN_PROGRESS", description="Helpers are working on it.")
    FULFILLED = strawberry.enum_value("FULFILLED", description="Done (the wish 'lit up').")
    REJECTED = strawberry.enum_value(
        "REJECTED", description="Refused by staff (the reason is in the history's note). Final."
    )
    CANCELLED = strawberry.enum_value("CANCELLED", description="Cancelled by staff. Final.")
    WITHDRAWN = strawberry.enum_value("WITHDRAWN", description="Withdrawn by the requester. Final.")
    EXPIRED = strawberry.enum_value("EXPIRED", description="Its deadline passed while still open. Final.")


@strawberry.enum(description="Values of `Event.status`: Where the event is in its lifecycle.")
class EventStatus(enum.Enum):
    REPORTED = strawberry.enum_value("REPORTED", description="Reported; waiting for a grid worker to verify it.")
    VERIFIED = strawberry.enum_value("VERIFIED", description="Verified; waiting to be assigned to a handler.")
    ASSIGNED = strawberry.enum_value(
        "ASSIGNED", description="Assigned to a handler (person, unit or department); work not started."
    )
    REASSIGNMENT_REQUESTED = strawberry.enum_value(
        "REASSIGNMENT_REQUESTED", description="The handler asked to hand it on; waiting for a new handler."
    )
    IN_PROGRESS = strawberry.enum_value("IN_PROGRESS", description="The handler is working on it.")
    ON_HOLD = strawberry.enum_value("ON_HOLD", description="Work paused (holdReason says why).")
    ESCALATED = strawberry.enum_value("ESCALATED", description="Escalated to a higher level; waiting for a handler.")
    RESOLVED = strawberry.enum_value(
        "RESOLVED", description="The handler resolved it; waiting for a grid worker's review."
    )
    REVIEWED = strawberry.enum_value("REVIEWED", description="The resolution was reviewed; waiting to be closed.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed. The reporter may reopen it for EVENT_REOPEN_DAYS.")
    REOPENED = strawberry.enum_value("REOPENED", description="Reopened by the reporter; waiting for a handler again.")
    INVALID = strawberry.enum_value("INVALID", description="Not a real problem. Final.")
    DUPLICATE = strawberry.enum_value("DUPLICATE", description="Duplicates another event (duplicateOf). Final.")


@strawberry.enum(
    description="Values of `Event.source`: How the event came in (patrol, resident, home visit, WeChat group)."
)
class EventSource(enum.Enum):
    PATROL = strawberry.enum_value("PATROL", description="Found on a grid worker's patrol.")
    RESIDENT = strawberry.enum_value("RESIDENT", description="Reported by a resident.")
    HOME_VISIT = strawberry.enum_value("HOME_VISIT", description="Found on a home visit.")
    WECHAT_GROUP = strawberry.enum_value("WECHAT_GROUP", description="Raised in a WeChat group.")


@strawberry.enum(description="Values of `EventStep.action`: The step taken.")
class EventStepAction(enum.Enum):
    report = strawberry.enum_value("report", description="The event was reported.")
    verify = strawberry.enum_value("verify", description="A grid worker verified it.")
    invalidate = strawberry.enum_value("invalidate", description="Staff found it not a real problem.")
    mark_duplicate = strawberry.enum_value(
        "mark_duplicate", description="Staff marked it a duplicate of another event."
    )
    assign = strawberry.enum_value("assign", description="Staff assigned it to a handler.")
    request_reassignment = strawberry.enum_value("request_reassignment", description="The handler asked to hand it on.")
    start = strawberry.enum_value("start", description="The handler started work.")
    hold = strawberry.enum_value("hold", description="Work was put on hold.")
    resume = strawberry.enum_value("resume", description="Work resumed after a hold.")
    escalate = strawberry.enum_value("escalate", description="It was escalated.")
    resolve = strawberry.enum_value("resolve", description="The handler resolved it.")
    review = strawberry.enum_value("review", description="A grid worker reviewed the resolution.")
    rework = strawberry.enum_value("rework", description="The resolution was sent back for more work.")
    close = strawberry.enum_value("close", description="Staff closed it.")
    rate = strawberry.enum_value("rate", description="The reporter rated the result (no change of status).")
    reopen = strawberry.enum_value("reopen", description="The reporter reopened it.")
    self_handle = strawberry.enum_value(
        "self_handle", description="A grid worker handled it on the spot and closed it."
    )


@strawberry.enum(description="Values of `EventStep.fromStatus`: Status before the step.")
class EventStepFromStatus(enum.Enum):
    REPORTED = strawberry.enum_value("REPORTED", description="Reported; waiting for a grid worker to verify it.")
    VERIFIED = strawberry.enum_value("VERIFIED", description="Verified; waiting to be assigned to a handler.")
    ASSIGNED = strawberry.enum_value(
        "ASSIGNED", description="Assigned to a handler (person, unit or department); work not started."
    )
    REASSIGNMENT_REQUESTED = strawberry.enum_value(
        "REASSIGNMENT_REQUESTED", description="The handler asked to hand it on; waiting for a new handler."
    )
    IN_PROGRESS = strawberry.enum_value("IN_PROGRESS", description="The handler is working on it.")
    ON_HOLD = strawberry.enum_value("ON_HOLD", description="Work paused (holdReason says why).")
    ESCALATED = strawberry.enum_value("ESCALATED", description="Escalated to a higher level; waiting for a handler.")
    RESOLVED = strawberry.enum_value(
        "RESOLVED", description="The handler resolved it; waiting for a grid worker's review."
    )
    REVIEWED = strawberry.enum_value("REVIEWED", description="The resolution was reviewed; waiting to be closed.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed. The reporter may reopen it for EVENT_REOPEN_DAYS.")
    REOPENED = strawberry.enum_value("REOPENED", description="Reopened by the reporter; waiting for a handler again.")
    INVALID = strawberry.enum_value("INVALID", description="Not a real problem. Final.")
    DUPLICATE = strawberry.enum_value("DUPLICATE", description="Duplicates another event (duplicateOf). Final.")


@strawberry.enum(description="Values of `EventStep.toStatus`: Status after the step.")
class EventStepToStatus(enum.Enum):
    REPORTED = strawberry.enum_value("REPORTED", description="Reported; waiting for a grid worker to verify it.")
    VERIFIED = strawberry.enum_value("VERIFIED", description="Verified; waiting to be assigned to a handler.")
    ASSIGNED = strawberry.enum_value(
        "ASSIGNED", description="Assigned to a handler (person, unit or department); work not started."
    )
    REASSIGNMENT_REQUESTED = strawberry.enum_value(
        "REASSIGNMENT_REQUESTED", description="The handler asked to hand it on; waiting for a new handler."
    )
    IN_PROGRESS = strawberry.enum_value("IN_PROGRESS", description="The handler is working on it.")
    ON_HOLD = strawberry.enum_value("ON_HOLD", description="Work paused (holdReason says why).")
    ESCALATED = strawberry.enum_value("ESCALATED", description="Escalated to a higher level; waiting for a handler.")
    RESOLVED = strawberry.enum_value(
        "RESOLVED", description="The handler resolved it; waiting for a grid worker's review."
    )
    REVIEWED = strawberry.enum_value("REVIEWED", description="The resolution was reviewed; waiting to be closed.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed. The reporter may reopen it for EVENT_REOPEN_DAYS.")
    REOPENED = strawberry.enum_value("REOPENED", description="Reopened by the reporter; waiting for a handler again.")
    INVALID = strawberry.enum_value("INVALID", description="Not a real problem. Final.")
    DUPLICATE = strawberry.enum_value("DUPLICATE", description="Duplicates another event (duplicateOf). Final.")


@strawberry.enum(description="Values of `Dispute.status`: Where the mediation stands.")
class DisputeStatus(enum.Enum):
    OPEN = strawberry.enum_value("OPEN", description="Opened; no mediator yet.")
    MEDIATING = strawberry.enum_value("MEDIATING", description="A mediator is working on it.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed with an outcome.")


@strawberry.enum(description="Values of `Dispute.outcome`: How it ended.")
class DisputeOutcome(enum.Enum):
    AGREEMENT_REACHED = strawberry.enum_value(
        "AGREEMENT_REACHED", description="The parties reached an agreement (its text is in `agreement`)."
    )
    NOT_REACHED = strawberry.enum_value("NOT_REACHED", description="No agreement was reached.")
    REFERRED = strawberry.enum_value("REFERRED", description="Referred elsewhere (`referredTo` says where).")


@strawberry.enum(description="Values of `DisputeParty.role`: The side the party takes.")
class DisputePartyRole(enum.Enum):
    APPLICANT = strawberry.enum_value("APPLICANT", description="The party that brought the dispute.")
    RESPONDENT = strawberry.enum_value("RESPONDENT", description="The party it is brought against.")
    THIRD_PARTY = strawberry.enum_value("THIRD_PARTY", description="Another party concerned.")


@strawberry.enum(description="Values of `DisputeStep.fromStatus`: Status before the step.")
class DisputeStepFromStatus(enum.Enum):
    OPEN = strawberry.enum_value("OPEN", description="Opened; no mediator yet.")
    MEDIATING = strawberry.enum_value("MEDIATING", description="A mediator is working on it.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed with an outcome.")


@strawberry.enum(description="Values of `DisputeStep.toStatus`: Status after the step.")
class DisputeStepToStatus(enum.Enum):
    OPEN = strawberry.enum_value("OPEN", description="Opened; no mediator yet.")
    MEDIATING = strawberry.enum_value("MEDIATING", description="A mediator is working on it.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed with an outcome.")


@strawberry.enum(description="Values of `Organization.kind`: What kind of body it is.")
class OrganizationKind(enum.Enum):
    NPC_DEPUTY_STATION = strawberry.enum_value("NPC_DEPUTY_STATION", description="NPC deputy station (人大代表工作站).")
    WOMENS_ASSOCIATION = strawberry.enum_value("WOMENS_ASSOCIATION", description="Women's association (妇联).")
    ELDERLY_ASSOCIATION = strawberry.enum_value("ELDERLY_ASSOCIATION", description="Elderly association (老年协会).")
    OWNERS_COMMITTEE = strawberry.enum_value("OWNERS_COMMITTEE", description="Owners' committee (业委会).")
    MEDIATION_STUDIO = strawberry.enum_value("MEDIATION_STUDIO", description="A mediation studio, e.g. 绍胤工作室.")


@strawberry.enum(description="Values of `CouncilTopic.stage`: Where the topic is in its four stages.")
class CouncilTopicStage(enum.Enum):
    PROPOSED = strawberry.enum_value(
        "PROPOSED", description="Proposed (提出议题); waiting to be accepted onto an agenda."
    )
    ACCEPTED = strawberry.enum_value("ACCEPTED", description="Accepted onto a meeting's agenda.")
    DELIBERATED = strawberry.enum_value(
        "DELIBERATED", description="Deliberated (协商议题): decision, owner and deadline set."
    )
    SUPERVISED = strawberry.enum_value(
        "SUPERVISED", description="Implementation under supervision (监督落实), with progress updates."
    )
    REVIEWED = strawberry.enum_value(
        "REVIEWED", description="Reviewed after implementation (事后复盘). Final unless reopened."
    )
    REOPENED = strawberry.enum_value("REOPENED", description="Reopened after review: not solved yet.")
    REJECTED = strawberry.enum_value("REJECTED", description="Rejected (rejectionReason says why). Final.")
    MERGED = strawberry.enum_value("MERGED", description="Merged into another topic (mergedInto). Final.")


@strawberry.enum(description="Values of `CouncilTopic.outcome`: Result of the review.")
class CouncilTopicOutcome(enum.Enum):
    SOLVED = strawberry.enum_value("SOLVED", description="The problem is solved.")
    REOPENED = strawberry.enum_value("REOPENED", description="Not solved: the topic was reopened.")


@strawberry.enum(description="Values of `TopicStep.fromStage`: Stage before the step.")
class TopicStepFromStage(enum.Enum):
    PROPOSED = strawberry.enum_value(
        "PROPOSED", description="Proposed (提出议题); waiting to be accepted onto an agenda."
    )
    ACCEPTED = strawberry.enum_value("ACCEPTED", description="Accepted onto a meeting's agenda.")
    DELIBERATED = strawberry.enum_value(
        "DELIBERATED", description="Deliberated (协商议题): decision, owner and deadline set."
    )
    SUPERVISED = strawberry.enum_value(
        "SUPERVISED", description="Implementation under supervision (监督落实), with progress updates."
    )
    REVIEWED = strawberry.enum_value(
        "REVIEWED", description="Reviewed after implementation (事后复盘). Final unless reopened."
    )
    REOPENED = strawberry.enum_value("REOPENED", description="Reopened after review: not solved yet.")
    REJECTED = strawberry.enum_value("REJECTED", description="Rejected (rejectionReason says why). Final.")
    MERGED = strawberry.enum_value("MERGED", description="Merged into another topic (mergedInto). Final.")


@strawberry.enum(description="Values of `TopicStep.toStage`: Stage after the step.")
class TopicStepToStage(enum.Enum):
    PROPOSED = strawberry.enum_value(
        "PROPOSED", description="Proposed (提出议题); waiting to be accepted onto an agenda."
    )
    ACCEPTED = strawberry.enum_value("ACCEPTED", description="Accepted onto a meeting's agenda.")
    DELIBERATED = strawberry.enum_value(
        "DELIBERATED", description="Deliberated (协商议题): decision, owner and deadline set."
    )
    SUPERVISED = strawberry.enum_value(
        "SUPERVISED", description="Implementation under supervision (监督落实), with progress updates."
    )
    REVIEWED = strawberry.enum_value(
        "REVIEWED", description="Reviewed after implementation (事后复盘). Final unless reopened."
    )
    REOPENED = strawberry.enum_value("REOPENED", description="Reopened after review: not solved yet.")
    REJECTED = strawberry.enum_value("REJECTED", description="Rejected (rejectionReason says why). Final.")
    MERGED = strawberry.enum_value("MERGED", description="Merged into another topic (mergedInto). Final.")


@strawberry.enum(description="Values of `ServiceActivity.kind`: What kind of activity it is.")
class ServiceActivityKind(enum.Enum):
    BIRTHDAY_PARTY = strawberry.enum_value("BIRTHDAY_PARTY", description="A collective birthday party for the elderly.")
    AFTER_SCHOOL_CLASS = strawberry.enum_value("AFTER_SCHOOL_CLASS", description="An after-school class (四点半课堂).")
    HOLIDAY_CLASS = strawberry.enum_value("HOLIDAY_CLASS", description="A holiday class (七彩假日课堂).")
    HOME_VISIT_CAMPAIGN = strawberry.enum_value(
        "HOME_VISIT_CAMPAIGN", description="A home-visit campaign (入民户、访民情、解难题)."
    )


@strawberry.enum(description="Values of `SpecialGroup.kind`: Which special group it is.")
class SpecialGroupKind(enum.Enum):
    ELDERLY_ALONE = strawberry.enum_value("ELDERLY_ALONE", description="Elderly living alone (独居老人).")
    CHILD_IN_DIFFICULTY = strawberry.enum_value("CHILD_IN_DIFFICULTY", description="Children in difficulty (困境儿童).")
    DISABLED = strawberry.enum_value("DISABLED", description="Disabled people (残疾人).")
    LOST_ONLY_CHILD = strawberry.enum_value(
        "LOST_ONLY_CHILD", description="Families who lost their only child (失独家庭)."
    )


@strawberry.enum(description="Values of `ServiceItem.frequency`: How often it is delivered.")
class ServiceItemFrequency(enum.Enum):
    WEEKLY = strawberry.enum_value("WEEKLY", description="Every week.")
    MONTHLY = strawberry.enum_value("MONTHLY", description="Every month.")
    QUARTERLY = strawberry.enum_value("QUARTERLY", description="Every quarter.")
    YEARLY = strawberry.enum_value("YEARLY", description="Every year.")
    ON_DEMAND = strawberry.enum_value("ON_DEMAND", description="When asked for.")


@strawberry.enum(description="Values of `Need.source`: How the need was gathered.")
class NeedSource(enum.Enum):
    HOME_VISIT = strawberry.enum_value("HOME_VISIT", description="Gathered on a home visit.")
    WECHAT_GROUP = strawberry.enum_value("WECHAT_GROUP", description="Gathered in a WeChat group.")
    PATROL = strawberry.enum_value("PATROL", description="Found on a patrol.")


@strawberry.enum(description="Values of `Need.status`: Whether it is still open.")
class NeedStatus(enum.Enum):
    OPEN = strawberry.enum_value("OPEN", description="Not met yet.")
    MET = strawberry.enum_value("MET", description="Met.")
    CLOSED = strawberry.enum_value("CLOSED", description="Closed without being met (no longer needed).")


@strawberry.enum(description="Values of `AuditEntry.access`: How the sensitive fields were used.")
class AuditEntryAccess(enum.Enum):
    READ = strawberry.enum_value("READ", description="The fields were read whole.")
    FILTER = strawberry.enum_value("FILTER", description="Rows were filtered by the fields.")
    SORT = strawberry.enum_value("SORT", description="Rows were sorted by the fields.")


@strawberry.enum(description="The SLA traffic light of an event's current stage.")
class SlaLight(enum.Enum):
    GREEN = strawberry.enum_value("GREEN", description="Under 80 % of the current stage's time limit.")
    YELLOW = strawberry.enum_value("YELLOW", description="Between 80 % and 100 % of the limit.")
    RED = strawberry.enum_value("RED", description="Over the limit: overdue.")


@strawberry.enum(description="The properties Community nodes can be sorted by.")
class CommunitySortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The community's name, e.g. 建峰社区."
    )


@strawberry.enum(description="The properties Grid nodes can be sorted by.")
class GridSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The grid's name."
    )
    code = strawberry.enum_value(
        "code", description="Sort by `code`: The grid's short code, unique in the community; null when not assigned."
    )
    kind = strawberry.enum_value(
        "kind",
        description="Sort by `kind`: Residential grid, or one of the school grids (学校专属网格) whose workers are teachers.",
    )


@strawberry.enum(description="The properties Building nodes can be sorted by.")
class BuildingSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The building's name, e.g. 3栋."
    )
    floors = strawberry.enum_value("floors", description="Sort by `floors`: Number of floors; null when not recorded.")


@strawberry.enum(description="The properties Household nodes can be sorted by.")
class HouseholdSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: How the household is called, usually after its head."
    )
    room = strawberry.enum_value(
        "room", description="Sort by `room`: Flat number in the building, e.g. 2-301; null when not recorded."
    )


@strawberry.enum(description="The properties Person nodes can be sorted by.")
class PersonSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name",
        description="Sort by `name`: Full name; shown minimised (e.g. 王**) to viewers without access to the person.",
    )
    birthYear = strawberry.enum_value(
        "birthYear",
        description="Sort by `birthYear`: Year of birth; null when not recorded (used for age, e.g. elderly from 60).",
    )
    joinedPartyOn = strawberry.enum_value(
        "joinedPartyOn",
        description="Sort by `joinedPartyOn`: Date the person joined the party; null for non-members or when unknown.",
    )
    reportedOn = strawberry.enum_value(
        "reportedOn",
        description="Sort by `reportedOn`: Date an in-service member reported to the community (进社区报到); null if they have not.",
    )


@strawberry.enum(description="The properties PartyCommittee nodes can be sorted by.")
class PartyCommitteeSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The committee's name."
    )


@strawberry.enum(description="The properties PartyBranch nodes can be sorted by.")
class PartyBranchSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The branch's name."
    )


@strawberry.enum(description="The properties Unit nodes can be sorted by.")
class UnitSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The unit's name."
    )
    kind = strawberry.enum_value(
        "kind", description="Sort by `kind`: Enterprise, institution or school; null when not recorded."
    )


@strawberry.enum(description="The properties Agreement nodes can be sorted by.")
class AgreementSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: The agreement's title.")
    signedOn = strawberry.enum_value(
        "signedOn", description="Sort by `signedOn`: Date it was signed; null when unknown."
    )


@strawberry.enum(description="The properties Resource nodes can be sorted by.")
class ResourceSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The resource's name."
    )
    kind = strawberry.enum_value(
        "kind", description="Sort by `kind`: What kind of resource it is; null when not recorded."
    )
    capacity = strawberry.enum_value(
        "capacity", description="Sort by `capacity`: How many people it holds; null when not recorded."
    )


@strawberry.enum(description="The properties Skill nodes can be sorted by.")
class SkillSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The skill's name."
    )
    category = strawberry.enum_value(
        "category", description="Sort by `category`: A free-text grouping of skills, e.g. repair, care; null when none."
    )


@strawberry.enum(description="The properties Wish nodes can be sorted by.")
class WishSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: Short title, e.g. 修理水龙头.")
    category = strawberry.enum_value(
        "category",
        description="Sort by `category`: A free-text category, e.g. REPAIR, VISIT, SCHOOL_SUPPLIES; null when none.",
    )
    urgency = strawberry.enum_value(
        "urgency", description="Sort by `urgency`: Urgency from 1 (can wait) to 4 (urgent); null is read as 1."
    )
    status = strawberry.enum_value(
        "status", description="Sort by `status`: Where the wish is in its lifecycle (see README 'The wish lifecycle')."
    )
    createdAt = strawberry.enum_value("createdAt", description="Sort by `createdAt`: When it was submitted.")
    deadline = strawberry.enum_value(
        "deadline", description="Sort by `deadline`: Date after which an open wish expires; null when it has none."
    )
    fulfilledAt = strawberry.enum_value(
        "fulfilledAt", description="Sort by `fulfilledAt`: When it was fulfilled; null until then."
    )


@strawberry.enum(description="The properties WishTransition nodes can be sorted by.")
class WishTransitionSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    toStatus = strawberry.enum_value("toStatus", description="Sort by `toStatus`: Status after the step.")
    at = strawberry.enum_value("at", description="Sort by `at`: When the step was taken.")
    version = strawberry.enum_value(
        "version",
        description="Sort by `version`: The wish's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties Event nodes can be sorted by.")
class EventSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: Short title of the problem.")
    category = strawberry.enum_value(
        "category", description="Sort by `category`: Code of its EventCategory, e.g. FIRE_SAFETY, DISPUTE."
    )
    status = strawberry.enum_value("status", description="Sort by `status`: Where the event is in its lifecycle.")
    source = strawberry.enum_value(
        "source",
        description="Sort by `source`: How the event came in (patrol, resident, home visit, WeChat group); null when unknown.",
    )
    reportedAt = strawberry.enum_value("reportedAt", description="Sort by `reportedAt`: When it was reported.")
    verifiedAt = strawberry.enum_value(
        "verifiedAt", description="Sort by `verifiedAt`: When a grid worker verified it; null until then."
    )
    assignedAt = strawberry.enum_value(
        "assignedAt", description="Sort by `assignedAt`: When it was (last) assigned to a handler; null until then."
    )
    startedAt = strawberry.enum_value(
        "startedAt", description="Sort by `startedAt`: When the handler started work; null until then."
    )
    resolvedAt = strawberry.enum_value(
        "resolvedAt", description="Sort by `resolvedAt`: When the handler resolved it; null until then."
    )
    reviewedAt = strawberry.enum_value(
        "reviewedAt", description="Sort by `reviewedAt`: When a grid worker reviewed the resolution; null until then."
    )
    closedAt = strawberry.enum_value("closedAt", description="Sort by `closedAt`: When it was closed; null while open.")
    reopenedAt = strawberry.enum_value(
        "reopenedAt", description="Sort by `reopenedAt`: When the reporter last reopened it; null if never."
    )
    stageStartedAt = strawberry.enum_value(
        "stageStartedAt",
        description="Sort by `stageStartedAt`: When the current SLA stage began; null when nothing is due.",
    )
    stageWarnAt = strawberry.enum_value(
        "stageWarnAt",
        description="Sort by `stageWarnAt`: When the current stage turns YELLOW (80 % of its limit); null when nothing is due.",
    )
    stageDueAt = strawberry.enum_value(
        "stageDueAt",
        description="Sort by `stageDueAt`: When the current stage is overdue (turns RED); null when nothing is due.",
    )
    escalationLevel = strawberry.enum_value(
        "escalationLevel", description="Sort by `escalationLevel`: How many times it was escalated; null means never."
    )
    rating = strawberry.enum_value(
        "rating",
        description="Sort by `rating`: The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated.",
    )


@strawberry.enum(description="The properties EventCategory nodes can be sorted by.")
class EventCategorySortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    code = strawberry.enum_value(
        "code", description="Sort by `code`: Its code, used in Event.category, e.g. FIRE_SAFETY."
    )
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: Its name, e.g. 消防安全."
    )


@strawberry.enum(description="The properties EventStep nodes can be sorted by.")
class EventStepSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    action = strawberry.enum_value("action", description="Sort by `action`: The step taken.")
    toStatus = strawberry.enum_value("toStatus", description="Sort by `toStatus`: Status after the step.")
    at = strawberry.enum_value("at", description="Sort by `at`: When the step was taken.")
    version = strawberry.enum_value(
        "version",
        description="Sort by `version`: The event's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties Department nodes can be sorted by.")
class DepartmentSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: The department's name."
    )


@strawberry.enum(description="The properties Dispute nodes can be sorted by.")
class DisputeSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: Short title.")
    status = strawberry.enum_value("status", description="Sort by `status`: Where the mediation stands.")
    outcome = strawberry.enum_value("outcome", description="Sort by `outcome`: How it ended; null while open.")
    openedAt = strawberry.enum_value("openedAt", description="Sort by `openedAt`: When it was opened.")
    closedAt = strawberry.enum_value("closedAt", description="Sort by `closedAt`: When it was closed; null while open.")


@strawberry.enum(description="The properties DisputeParty nodes can be sorted by.")
class DisputePartySortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    role = strawberry.enum_value("role", description="Sort by `role`: The side the party takes.")
    addedAt = strawberry.enum_value("addedAt", description="Sort by `addedAt`: When the party was added.")


@strawberry.enum(description="The properties MediationSession nodes can be sorted by.")
class MediationSessionSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    heldOn = strawberry.enum_value("heldOn", description="Sort by `heldOn`: Date it was held.")


@strawberry.enum(description="The properties DisputeStep nodes can be sorted by.")
class DisputeStepSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    toStatus = strawberry.enum_value("toStatus", description="Sort by `toStatus`: Status after the step.")
    at = strawberry.enum_value("at", description="Sort by `at`: When the step was taken.")
    version = strawberry.enum_value(
        "version",
        description="Sort by `version`: The dispute's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties Organization nodes can be sorted by.")
class OrganizationSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: Its name."
    )
    kind = strawberry.enum_value("kind", description="Sort by `kind`: What kind of body it is; null when not recorded.")


@strawberry.enum(description="The properties CouncilMeeting nodes can be sorted by.")
class CouncilMeetingSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: Its title.")
    heldOn = strawberry.enum_value("heldOn", description="Sort by `heldOn`: Date it is or was held.")


@strawberry.enum(description="The properties CouncilTopic nodes can be sorted by.")
class CouncilTopicSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: Its title.")
    category = strawberry.enum_value(
        "category",
        description="Sort by `category`: A free-text category (house repair, roads, greening, property); null when none.",
    )
    stage = strawberry.enum_value("stage", description="Sort by `stage`: Where the topic is in its four stages.")
    outcome = strawberry.enum_value(
        "outcome", description="Sort by `outcome`: Result of the review; null until reviewed."
    )
    proposedAt = strawberry.enum_value("proposedAt", description="Sort by `proposedAt`: When it was proposed.")
    deadline = strawberry.enum_value(
        "deadline", description="Sort by `deadline`: Date the decision is to be implemented by; null when none."
    )
    progress = strawberry.enum_value(
        "progress",
        description="Sort by `progress`: Implementation progress in percent (0–100); null before supervision.",
    )
    reviewedAt = strawberry.enum_value(
        "reviewedAt", description="Sort by `reviewedAt`: When it was reviewed; null until then."
    )


@strawberry.enum(description="The properties TopicUpdate nodes can be sorted by.")
class TopicUpdateSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    at = strawberry.enum_value("at", description="Sort by `at`: Date of the update.")
    progress = strawberry.enum_value(
        "progress", description="Sort by `progress`: Progress in percent (0–100) at that date."
    )


@strawberry.enum(description="The properties TopicStep nodes can be sorted by.")
class TopicStepSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    toStage = strawberry.enum_value("toStage", description="Sort by `toStage`: Stage after the step.")
    at = strawberry.enum_value("at", description="Sort by `at`: When the step was taken.")
    version = strawberry.enum_value(
        "version",
        description="Sort by `version`: The topic's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties ServiceActivity nodes can be sorted by.")
class ServiceActivitySortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = strawberry.enum_value("title", description="Sort by `title`: Its title.")
    kind = strawberry.enum_value(
        "kind", description="Sort by `kind`: What kind of activity it is; null when not recorded."
    )
    heldOn = strawberry.enum_value("heldOn", description="Sort by `heldOn`: Date it was held; null when not recorded.")


@strawberry.enum(description="The properties SpecialGroup nodes can be sorted by.")
class SpecialGroupSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: Its name."
    )
    kind = strawberry.enum_value(
        "kind", description="Sort by `kind`: Which special group it is; null when not recorded."
    )


@strawberry.enum(description="The properties ServiceItem nodes can be sorted by.")
class ServiceItemSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = strawberry.enum_value(  # type: ignore[assignment]
        "name", description="Sort by `name`: Its name."
    )
    frequency = strawberry.enum_value(
        "frequency", description="Sort by `frequency`: How often it is delivered; null when not set."
    )


@strawberry.enum(description="The properties Need nodes can be sorted by.")
class NeedSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    source = strawberry.enum_value(
        "source", description="Sort by `source`: How the need was gathered; null when unknown."
    )
    status = strawberry.enum_value("status", description="Sort by `status`: Whether it is still open.")
    recordedAt = strawberry.enum_value("recordedAt", description="Sort by `recordedAt`: When it was recorded.")


@strawberry.enum(description="The properties HomeVisit nodes can be sorted by.")
class HomeVisitSortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    visitedOn = strawberry.enum_value("visitedOn", description="Sort by `visitedOn`: Date of the visit.")


@strawberry.enum(description="The properties AuditEntry nodes can be sorted by.")
class AuditEntrySortKey(enum.Enum):
    id = strawberry.enum_value("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    at = strawberry.enum_value("at", description="Sort by `at`: When the request was made.")
    viewerId = strawberry.enum_value(
        "viewerId", description="Sort by `viewerId`: Database id of the person who made the request."
    )
    subjectLabel = strawberry.enum_value(
        "subjectLabel", description="Sort by `subjectLabel`: Type of the entity read, e.g. Person."
    )
    subjectId = strawberry.enum_value(
        "subjectId",
        description="Sort by `subjectId`: Database id of the entity read; null for a filter or sort over many rows.",
    )
