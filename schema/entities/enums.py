"""Generated from graph/core/model.py: the GraphQL enums of the model's closed value sets and sort keys; do not edit.

Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).
tests/test_generated_types.py fails while this file differs from what the generator writes.
"""

from __future__ import annotations

import enum

import strawberry

from schema.values import described


@strawberry.enum(
    description="Values of `Grid.kind`: Residential grid, or one of the school grids (学校专属网格) whose workers are teachers."
)
class GridKind(enum.Enum):
    RESIDENTIAL = described("RESIDENTIAL", description="An ordinary residential grid.")
    SCHOOL = described("SCHOOL", description="A school grid (学校专属网格): teachers serve as its grid workers.")


@strawberry.enum(description="Values of `Person.gender`: Gender.")
class PersonGender(enum.Enum):
    FEMALE = described("FEMALE", description="Female.")
    MALE = described("MALE", description="Male.")


@strawberry.enum(description="Values of `Person.partyStatus`: For a party member: retired or in service (在职党员).")
class PersonPartyStatus(enum.Enum):
    RETIRED = described(
        "RETIRED", description="A retired party member (退休党员), often of Jianfeng Group or the 816 Project."
    )
    IN_SERVICE = described(
        "IN_SERVICE", description="A member working elsewhere who reports to the community (在职党员进社区报到)."
    )


@strawberry.enum(description="Values of `Person.gridRole`: For a grid worker: their place in the '1+6' grid force.")
class PersonGridRole(enum.Enum):
    FULL_TIME = described(
        "FULL_TIME", description="Full-time grid worker (专职网格员), the link of the '1+6' grid force."
    )
    CADRE = described("CADRE", description="A cadre (干部) serving in the grid.")
    VETERAN = described("VETERAN", description="A veteran (退役军人) serving in the grid.")
    VOLUNTEER = described("VOLUNTEER", description="A social volunteer (社会志愿者).")
    BUILDING_HEAD = described("BUILDING_HEAD", description="A property building head (物业楼栋长).")
    UNIT_HEAD = described("UNIT_HEAD", description="A residents' unit head (居民单元长).")
    TEACHER = described("TEACHER", description="A teacher serving a school grid.")


@strawberry.enum(description="Values of `Unit.kind`: Enterprise, institution or school.")
class UnitKind(enum.Enum):
    ENTERPRISE = described("ENTERPRISE", description="An enterprise (企业).")
    INSTITUTION = described("INSTITUTION", description="A public institution (事业单位).")
    SCHOOL = described("SCHOOL", description="A school.")


@strawberry.enum(description="Values of `Resource.kind`: What kind of resource it is.")
class ResourceKind(enum.Enum):
    ACTIVITY_ROOM = described("ACTIVITY_ROOM", description="A party activity room (党员活动室).")
    VENUE = described("VENUE", description="A venue for events, e.g. the retired cadres' home.")
    SPORTS_GROUND = described("SPORTS_GROUND", description="A sports ground, e.g. the gateball court.")
    EQUIPMENT = described("EQUIPMENT", description="Equipment on loan.")


@strawberry.enum(description="Values of `Skill.category`: The kind of help the skill gives.")
class SkillCategory(enum.Enum):
    REPAIR = described("REPAIR", description="Repairs (plumbing, wiring, furniture).")
    CARE = described("CARE", description="Caring for the elderly, the sick or children.")
    EDUCATION = described("EDUCATION", description="Teaching and tutoring.")
    LEGAL = described("LEGAL", description="Legal advice.")
    HEALTH = described("HEALTH", description="Medical and health skills.")
    DAILY_LIFE = described("DAILY_LIFE", description="Everyday help: errands, accompanying, chores.")


@strawberry.enum(description="Values of `Wish.category`: What the wish asks for.")
class WishCategory(enum.Enum):
    REPAIR = described("REPAIR", description="Repairs at home (plumbing, wiring, furniture).")
    CARE = described("CARE", description="Care and company for the elderly, the sick or children.")
    EDUCATION = described("EDUCATION", description="Tutoring, reading and study help.")
    SUPPLIES = described("SUPPLIES", description="Goods: books, clothes, daily supplies.")
    LEGAL = described("LEGAL", description="Legal advice and help with paperwork.")
    DAILY_LIFE = described("DAILY_LIFE", description="Everyday errands: shopping, accompanying, small chores.")
    HEALTH = described("HEALTH", description="Health: check-ups, medicine, rehabilitation.")
    OTHER = described("OTHER", description="Fits none of the other categories.")


@strawberry.enum(description="Values of `WishTransition.toStatus`: Status after the step.")
class WishStatus(enum.Enum):
    SUBMITTED = described("SUBMITTED", description="Made by the resident; staff have not checked it yet.")
    VERIFIED = described("VERIFIED", description="Checked by staff; not yet visible to helpers.")
    PUBLISHED = described("PUBLISHED", description="Open to helpers to claim (some places may be taken).")
    CLAIMED = described("CLAIMED", description="Every place is claimed; waiting for the requester to confirm.")
    CONFIRMED = described("CONFIRMED", description="The requester confirmed the helpers; work may start.")
    IN_PROGRESS = described("IN_PROGRESS", description="Helpers are working on it.")
    FULFILLED = described("FULFILLED", description="Done (the wish 'lit up').")
    REJECTED = described("REJECTED", description="Refused by staff (the reason is in the history's note). Final.")
    CANCELLED = described("CANCELLED", description="Cancelled by staff. Final.")
    WITHDRAWN = described("WITHDRAWN", description="Withdrawn by the requester. Final.")
    EXPIRED = described("EXPIRED", description="Its deadline passed while still open. Final.")


@strawberry.enum(description="Values of `WishTransition.action`: The step taken, e.g. verify, publish, claim, fulfil.")
class WishTransitionAction(enum.Enum):
    CREATE = described("create", description="The wish was submitted.")
    VERIFY = described("verify", description="Staff checked the wish (审核).")
    REJECT = described("reject", description="Staff rejected the wish.")
    PUBLISH = described("publish", description="Staff published the wish for helpers to claim.")
    CLAIM = described("claim", description="A helper (member, branch or unit) claimed it (认领).")
    RELEASE = described("release", description="The claim was released.")
    CONFIRM = described("confirm", description="The requester confirmed the claim.")
    START = described("start", description="The helper started fulfilling it.")
    FULFIL = described("fulfil", description="The wish was fulfilled (圆梦).")
    CANCEL = described("cancel", description="The wish was cancelled.")
    WITHDRAW = described("withdraw", description="The requester withdrew the wish.")
    EXPIRE = described("expire", description="The deadline passed before it was fulfilled.")
    DECLINE = described("decline", description="The requester declined the claim.")


@strawberry.enum(description="Values of `EventStep.toStatus`: Status after the step.")
class EventStatus(enum.Enum):
    REPORTED = described("REPORTED", description="Reported; waiting for a grid worker to verify it.")
    VERIFIED = described("VERIFIED", description="Verified; waiting to be assigned to a handler.")
    ASSIGNED = described(
        "ASSIGNED", description="Assigned to a handler (person, unit or department); work not started."
    )
    REASSIGNMENT_REQUESTED = described(
        "REASSIGNMENT_REQUESTED", description="The handler asked to hand it on; waiting for a new handler."
    )
    IN_PROGRESS = described("IN_PROGRESS", description="The handler is working on it.")
    ON_HOLD = described("ON_HOLD", description="Work paused (holdReason says why).")
    ESCALATED = described("ESCALATED", description="Escalated to a higher level; waiting for a handler.")
    RESOLVED = described("RESOLVED", description="The handler resolved it; waiting for a grid worker's review.")
    REVIEWED = described("REVIEWED", description="The resolution was reviewed; waiting to be closed.")
    CLOSED = described("CLOSED", description="Closed. The reporter may reopen it for EVENT_REOPEN_DAYS.")
    REOPENED = described("REOPENED", description="Reopened by the reporter; waiting for a handler again.")
    INVALID = described("INVALID", description="Not a real problem. Final.")
    DUPLICATE = described("DUPLICATE", description="Duplicates another event (duplicateOf). Final.")


@strawberry.enum(
    description="Values of `Event.source`: How the event came in (patrol, resident, home visit, WeChat group)."
)
class EventSource(enum.Enum):
    PATROL = described("PATROL", description="Found on a grid worker's patrol.")
    RESIDENT = described("RESIDENT", description="Reported by a resident.")
    HOME_VISIT = described("HOME_VISIT", description="Found on a home visit.")
    WECHAT_GROUP = described("WECHAT_GROUP", description="Raised in a WeChat group.")


@strawberry.enum(description="Values of `EventStep.action`: The step taken.")
class EventStepAction(enum.Enum):
    REPORT = described("report", description="The event was reported.")
    VERIFY = described("verify", description="A grid worker verified it.")
    INVALIDATE = described("invalidate", description="Staff found it not a real problem.")
    MARK_DUPLICATE = described("mark_duplicate", description="Staff marked it a duplicate of another event.")
    ASSIGN = described("assign", description="Staff assigned it to a handler.")
    REQUEST_REASSIGNMENT = described("request_reassignment", description="The handler asked to hand it on.")
    START = described("start", description="The handler started work.")
    HOLD = described("hold", description="Work was put on hold.")
    RESUME = described("resume", description="Work resumed after a hold.")
    ESCALATE = described("escalate", description="It was escalated.")
    RESOLVE = described("resolve", description="The handler resolved it.")
    REVIEW = described("review", description="A grid worker reviewed the resolution.")
    REWORK = described("rework", description="The resolution was sent back for more work.")
    CLOSE = described("close", description="Staff closed it.")
    RATE = described("rate", description="The reporter rated the result (no change of status).")
    REOPEN = described("reopen", description="The reporter reopened it.")
    SELF_HANDLE = described("self_handle", description="A grid worker handled it on the spot and closed it.")


@strawberry.enum(description="Values of `DisputeStep.toStatus`: Status after the step.")
class DisputeStatus(enum.Enum):
    OPEN = described("OPEN", description="Opened; no mediator yet.")
    MEDIATING = described("MEDIATING", description="A mediator is working on it.")
    CLOSED = described("CLOSED", description="Closed with an outcome.")


@strawberry.enum(description="Values of `Dispute.outcome`: How it ended.")
class DisputeOutcome(enum.Enum):
    AGREEMENT_REACHED = described(
        "AGREEMENT_REACHED", description="The parties reached an agreement (its text is in `agreement`)."
    )
    NOT_REACHED = described("NOT_REACHED", description="No agreement was reached.")
    REFERRED = described("REFERRED", description="Referred elsewhere (`referredTo` says where).")


@strawberry.enum(description="Values of `DisputeParty.role`: The side the party takes.")
class DisputePartyRole(enum.Enum):
    APPLICANT = described("APPLICANT", description="The party that brought the dispute.")
    RESPONDENT = described("RESPONDENT", description="The party it is brought against.")
    THIRD_PARTY = described("THIRD_PARTY", description="Another party concerned.")


@strawberry.enum(description="Values of `DisputeStep.action`: The step taken, e.g. open, assign_mediator, close.")
class DisputeStepAction(enum.Enum):
    OPEN = described("open", description="The dispute was opened.")
    ADD_PARTY = described("add_party", description="A party was added.")
    ASSIGN_MEDIATOR = described("assign_mediator", description="A mediator was assigned.")
    RECORD_SESSION = described("record_session", description="A mediation session was recorded.")
    CLOSE = described("close", description="The dispute was closed with an outcome.")
    REFER = described("refer", description="The dispute was referred elsewhere.")


@strawberry.enum(description="Values of `Organization.kind`: What kind of body it is.")
class OrganizationKind(enum.Enum):
    NPC_DEPUTY_STATION = described("NPC_DEPUTY_STATION", description="NPC deputy station (人大代表工作站).")
    WOMENS_ASSOCIATION = described("WOMENS_ASSOCIATION", description="Women's association (妇联).")
    ELDERLY_ASSOCIATION = described("ELDERLY_ASSOCIATION", description="Elderly association (老年协会).")
    OWNERS_COMMITTEE = described("OWNERS_COMMITTEE", description="Owners' committee (业委会).")
    MEDIATION_STUDIO = described("MEDIATION_STUDIO", description="A mediation studio, e.g. 绍胤工作室.")


@strawberry.enum(description="Values of `CouncilTopic.category`: What kind of matter it is.")
class CouncilTopicCategory(enum.Enum):
    HOUSE_REPAIR = described(
        "HOUSE_REPAIR",
        description="Repairs of the buildings' shared parts: roofs, outer walls, stairwell wiring, gas pipes.",
    )
    ROAD_RENOVATION = described("ROAD_RENOVATION", description="Roads, pavements and drains of the estate.")
    GREENING = described("GREENING", description="Green belts, trees and small gardens.")
    PROPERTY_MANAGEMENT = described(
        "PROPERTY_MANAGEMENT", description="Property services: charging sheds, refuse points, parking, cleaning."
    )
    PUBLIC_FACILITIES = described(
        "PUBLIC_FACILITIES", description="Shared facilities: lifts, lighting, fitness equipment, notice boards."
    )
    OTHER = described("OTHER", description="Fits none of the other categories.")


@strawberry.enum(description="Values of `TopicStep.toStage`: Stage after the step.")
class CouncilTopicStage(enum.Enum):
    PROPOSED = described("PROPOSED", description="Proposed (提出议题); waiting to be accepted onto an agenda.")
    ACCEPTED = described("ACCEPTED", description="Accepted onto a meeting's agenda.")
    DELIBERATED = described("DELIBERATED", description="Deliberated (协商议题): decision, owner and deadline set.")
    SUPERVISED = described(
        "SUPERVISED", description="Implementation under supervision (监督落实), with progress updates."
    )
    REVIEWED = described("REVIEWED", description="Reviewed after implementation (事后复盘). Final unless reopened.")
    REOPENED = described("REOPENED", description="Reopened after review: not solved yet.")
    REJECTED = described("REJECTED", description="Rejected (rejectionReason says why). Final.")
    MERGED = described("MERGED", description="Merged into another topic (mergedInto). Final.")


@strawberry.enum(description="Values of `CouncilTopic.outcome`: Result of the review.")
class CouncilTopicOutcome(enum.Enum):
    SOLVED = described("SOLVED", description="The problem is solved.")
    REOPENED = described("REOPENED", description="Not solved: the topic was reopened.")


@strawberry.enum(description="Values of `TopicStep.action`: The step taken, e.g. accept, deliberate, review.")
class TopicStepAction(enum.Enum):
    PROPOSE = described("propose", description="The topic was proposed (提议).")
    ACCEPT = described("accept", description="The council accepted the topic.")
    REJECT = described("reject", description="The council rejected the topic.")
    MERGE = described("merge", description="The topic was merged into another.")
    DELIBERATE = described("deliberate", description="The council deliberated it (商议).")
    SUPERVISE = described("supervise", description="Its carrying-out was supervised (监督).")
    SOLVE = described("solve", description="Reviewed: the problem is solved.")
    REOPEN = described("reopen", description="Reviewed: not solved, the topic was reopened.")


@strawberry.enum(description="Values of `ServiceActivity.kind`: What kind of activity it is.")
class ServiceActivityKind(enum.Enum):
    BIRTHDAY_PARTY = described("BIRTHDAY_PARTY", description="A collective birthday party for the elderly.")
    AFTER_SCHOOL_CLASS = described("AFTER_SCHOOL_CLASS", description="An after-school class (四点半课堂).")
    HOLIDAY_CLASS = described("HOLIDAY_CLASS", description="A holiday class (七彩假日课堂).")
    HOME_VISIT_CAMPAIGN = described(
        "HOME_VISIT_CAMPAIGN", description="A home-visit campaign (入民户、访民情、解难题)."
    )


@strawberry.enum(description="Values of `SpecialGroup.kind`: Which special group it is.")
class SpecialGroupKind(enum.Enum):
    ELDERLY_ALONE = described("ELDERLY_ALONE", description="Elderly living alone (独居老人).")
    CHILD_IN_DIFFICULTY = described("CHILD_IN_DIFFICULTY", description="Children in difficulty (困境儿童).")
    DISABLED = described("DISABLED", description="Disabled people (残疾人).")
    LOST_ONLY_CHILD = described("LOST_ONLY_CHILD", description="Families who lost their only child (失独家庭).")


@strawberry.enum(description="Values of `ServiceItem.frequency`: How often it is delivered.")
class ServiceItemFrequency(enum.Enum):
    WEEKLY = described("WEEKLY", description="Every week.")
    MONTHLY = described("MONTHLY", description="Every month.")
    QUARTERLY = described("QUARTERLY", description="Every quarter.")
    YEARLY = described("YEARLY", description="Every year.")
    ON_DEMAND = described("ON_DEMAND", description="When asked for.")


@strawberry.enum(description="Values of `Need.source`: How the need was gathered.")
class NeedSource(enum.Enum):
    HOME_VISIT = described("HOME_VISIT", description="Gathered on a home visit.")
    WECHAT_GROUP = described("WECHAT_GROUP", description="Gathered in a WeChat group.")
    PATROL = described("PATROL", description="Found on a patrol.")


@strawberry.enum(description="Values of `Need.status`: Whether it is still open.")
class NeedStatus(enum.Enum):
    OPEN = described("OPEN", description="Not met yet.")
    MET = described("MET", description="Met.")
    CLOSED = described("CLOSED", description="Closed without being met (no longer needed).")


@strawberry.enum(description="Values of `AuditEntry.access`: How the sensitive fields were used.")
class AuditEntryAccess(enum.Enum):
    READ = described("READ", description="The fields were read whole.")
    FILTER = described("FILTER", description="Rows were filtered by the fields.")
    SORT = described("SORT", description="Rows were sorted by the fields.")
    IMPORT = described(
        "IMPORT", description="The community's registers were imported from a file (subject: the community)."
    )
    EXPORT = described(
        "EXPORT", description="The community's registers were exported to a file (subject: the community)."
    )


@strawberry.enum(description="The SLA traffic light of an event's current stage.")
class SlaLight(enum.Enum):
    GREEN = described("GREEN", description="Under 80 % of the current stage's time limit.")
    YELLOW = described("YELLOW", description="Between 80 % and 100 % of the limit.")
    RED = described("RED", description="Over the limit: overdue.")


@strawberry.enum(description="The properties Community nodes can be sorted by.")
class CommunitySortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The community's name, e.g. 建峰社区.")


@strawberry.enum(description="The properties Grid nodes can be sorted by.")
class GridSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The grid's name.")
    code = described(
        "code", description="Sort by `code`: The grid's short code, unique in the community; null when not assigned."
    )
    kind = described(
        "kind",
        description="Sort by `kind`: Residential grid, or one of the school grids (学校专属网格) whose workers are teachers.",
    )


@strawberry.enum(description="The properties Building nodes can be sorted by.")
class BuildingSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The building's name, e.g. 3栋.")
    floors = described("floors", description="Sort by `floors`: Number of floors; null when not recorded.")


@strawberry.enum(description="The properties Household nodes can be sorted by.")
class HouseholdSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: How the household is called, usually after its head.")
    room = described(
        "room", description="Sort by `room`: Flat number in the building, e.g. 2-301; null when not recorded."
    )


@strawberry.enum(description="The properties Person nodes can be sorted by.")
class PersonSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described(
        "name",
        description="Sort by `name`: Full name; shown minimised (e.g. 王**) to viewers without access to the person.",
    )
    birthYear = described(
        "birthYear",
        description="Sort by `birthYear`: Year of birth; null when not recorded (used for age, e.g. elderly from 60).",
    )
    joinedPartyOn = described(
        "joinedPartyOn",
        description="Sort by `joinedPartyOn`: Date the person joined the party; null for non-members or when unknown.",
    )
    reportedOn = described(
        "reportedOn",
        description="Sort by `reportedOn`: Date an in-service member reported to the community (进社区报到); null if they have not.",
    )


@strawberry.enum(description="The properties PartyCommittee nodes can be sorted by.")
class PartyCommitteeSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The committee's name.")


@strawberry.enum(description="The properties PartyBranch nodes can be sorted by.")
class PartyBranchSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The branch's name.")


@strawberry.enum(description="The properties Unit nodes can be sorted by.")
class UnitSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The unit's name.")
    kind = described("kind", description="Sort by `kind`: Enterprise, institution or school; null when not recorded.")


@strawberry.enum(description="The properties Agreement nodes can be sorted by.")
class AgreementSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: The agreement's title.")
    signedOn = described("signedOn", description="Sort by `signedOn`: Date it was signed; null when unknown.")


@strawberry.enum(description="The properties Resource nodes can be sorted by.")
class ResourceSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The resource's name.")
    kind = described("kind", description="Sort by `kind`: What kind of resource it is; null when not recorded.")
    capacity = described(
        "capacity", description="Sort by `capacity`: How many people it holds; null when not recorded."
    )


@strawberry.enum(description="The properties Skill nodes can be sorted by.")
class SkillSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The skill's name.")
    category = described("category", description="Sort by `category`: The kind of help the skill gives.")


@strawberry.enum(description="The properties Wish nodes can be sorted by.")
class WishSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: Short title, e.g. 修理水龙头.")
    category = described("category", description="Sort by `category`: What the wish asks for.")
    urgency = described(
        "urgency", description="Sort by `urgency`: Urgency from 1 (can wait) to 4 (urgent); null is read as 1."
    )
    status = described(
        "status", description="Sort by `status`: Where the wish is in its lifecycle (see README 'The wish lifecycle')."
    )
    createdAt = described("createdAt", description="Sort by `createdAt`: When it was submitted.")
    deadline = described(
        "deadline", description="Sort by `deadline`: Date after which an open wish expires; null when it has none."
    )
    fulfilledAt = described("fulfilledAt", description="Sort by `fulfilledAt`: When it was fulfilled; null until then.")


@strawberry.enum(description="The properties WishTransition nodes can be sorted by.")
class WishTransitionSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    toStatus = described("toStatus", description="Sort by `toStatus`: Status after the step.")
    at = described("at", description="Sort by `at`: When the step was taken.")
    version = described(
        "version",
        description="Sort by `version`: The wish's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties Event nodes can be sorted by.")
class EventSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: Short title of the problem.")
    category = described(
        "category", description="Sort by `category`: Code of its EventCategory, e.g. FIRE_SAFETY, DISPUTE."
    )
    status = described("status", description="Sort by `status`: Where the event is in its lifecycle.")
    source = described(
        "source",
        description="Sort by `source`: How the event came in (patrol, resident, home visit, WeChat group); null when unknown.",
    )
    reportedAt = described("reportedAt", description="Sort by `reportedAt`: When it was reported.")
    verifiedAt = described(
        "verifiedAt", description="Sort by `verifiedAt`: When a grid worker verified it; null until then."
    )
    assignedAt = described(
        "assignedAt", description="Sort by `assignedAt`: When it was (last) assigned to a handler; null until then."
    )
    startedAt = described(
        "startedAt", description="Sort by `startedAt`: When the handler started work; null until then."
    )
    resolvedAt = described(
        "resolvedAt", description="Sort by `resolvedAt`: When the handler resolved it; null until then."
    )
    reviewedAt = described(
        "reviewedAt", description="Sort by `reviewedAt`: When a grid worker reviewed the resolution; null until then."
    )
    closedAt = described("closedAt", description="Sort by `closedAt`: When it was closed; null while open.")
    reopenedAt = described(
        "reopenedAt", description="Sort by `reopenedAt`: When the reporter last reopened it; null if never."
    )
    stageStartedAt = described(
        "stageStartedAt",
        description="Sort by `stageStartedAt`: When the current SLA stage began; null when nothing is due.",
    )
    stageWarnAt = described(
        "stageWarnAt",
        description="Sort by `stageWarnAt`: When the current stage turns YELLOW (80 % of its limit); null when nothing is due.",
    )
    stageDueAt = described(
        "stageDueAt",
        description="Sort by `stageDueAt`: When the current stage is overdue (turns RED); null when nothing is due.",
    )
    escalationLevel = described(
        "escalationLevel", description="Sort by `escalationLevel`: How many times it was escalated; null means never."
    )
    rating = described(
        "rating",
        description="Sort by `rating`: The reporter's rating of the result, 1 (poor) to 5 (excellent); null until rated.",
    )


@strawberry.enum(description="The properties EventCategory nodes can be sorted by.")
class EventCategorySortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    code = described("code", description="Sort by `code`: Its code, used in Event.category, e.g. FIRE_SAFETY.")
    name = described("name", description="Sort by `name`: Its name, e.g. 消防安全.")


@strawberry.enum(description="The properties EventStep nodes can be sorted by.")
class EventStepSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    action = described("action", description="Sort by `action`: The step taken.")
    toStatus = described("toStatus", description="Sort by `toStatus`: Status after the step.")
    at = described("at", description="Sort by `at`: When the step was taken.")
    version = described(
        "version",
        description="Sort by `version`: The event's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties Department nodes can be sorted by.")
class DepartmentSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: The department's name.")


@strawberry.enum(description="The properties Dispute nodes can be sorted by.")
class DisputeSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: Short title.")
    status = described("status", description="Sort by `status`: Where the mediation stands.")
    outcome = described("outcome", description="Sort by `outcome`: How it ended; null while open.")
    openedAt = described("openedAt", description="Sort by `openedAt`: When it was opened.")
    closedAt = described("closedAt", description="Sort by `closedAt`: When it was closed; null while open.")


@strawberry.enum(description="The properties DisputeParty nodes can be sorted by.")
class DisputePartySortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    role = described("role", description="Sort by `role`: The side the party takes.")
    addedAt = described("addedAt", description="Sort by `addedAt`: When the party was added.")


@strawberry.enum(description="The properties MediationSession nodes can be sorted by.")
class MediationSessionSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    heldOn = described("heldOn", description="Sort by `heldOn`: Date it was held.")


@strawberry.enum(description="The properties DisputeStep nodes can be sorted by.")
class DisputeStepSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    toStatus = described("toStatus", description="Sort by `toStatus`: Status after the step.")
    at = described("at", description="Sort by `at`: When the step was taken.")
    version = described(
        "version",
        description="Sort by `version`: The dispute's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties Organization nodes can be sorted by.")
class OrganizationSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: Its name.")
    kind = described("kind", description="Sort by `kind`: What kind of body it is; null when not recorded.")


@strawberry.enum(description="The properties CouncilMeeting nodes can be sorted by.")
class CouncilMeetingSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: Its title.")
    heldOn = described("heldOn", description="Sort by `heldOn`: Date it is or was held.")


@strawberry.enum(description="The properties CouncilTopic nodes can be sorted by.")
class CouncilTopicSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: Its title.")
    category = described("category", description="Sort by `category`: What kind of matter it is.")
    stage = described("stage", description="Sort by `stage`: Where the topic is in its four stages.")
    outcome = described("outcome", description="Sort by `outcome`: Result of the review; null until reviewed.")
    proposedAt = described("proposedAt", description="Sort by `proposedAt`: When it was proposed.")
    deadline = described(
        "deadline", description="Sort by `deadline`: Date the decision is to be implemented by; null when none."
    )
    progress = described(
        "progress",
        description="Sort by `progress`: Implementation progress in percent (0–100); null before supervision.",
    )
    reviewedAt = described("reviewedAt", description="Sort by `reviewedAt`: When it was reviewed; null until then.")


@strawberry.enum(description="The properties TopicUpdate nodes can be sorted by.")
class TopicUpdateSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    at = described("at", description="Sort by `at`: Date of the update.")
    progress = described("progress", description="Sort by `progress`: Progress in percent (0–100) at that date.")


@strawberry.enum(description="The properties TopicStep nodes can be sorted by.")
class TopicStepSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    toStage = described("toStage", description="Sort by `toStage`: Stage after the step.")
    at = described("at", description="Sort by `at`: When the step was taken.")
    version = described(
        "version",
        description="Sort by `version`: The topic's version this step produced: orders steps within one clock tick.",
    )


@strawberry.enum(description="The properties ServiceActivity nodes can be sorted by.")
class ServiceActivitySortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    title = described("title", description="Sort by `title`: Its title.")
    kind = described("kind", description="Sort by `kind`: What kind of activity it is; null when not recorded.")
    heldOn = described("heldOn", description="Sort by `heldOn`: Date it was held; null when not recorded.")


@strawberry.enum(description="The properties SpecialGroup nodes can be sorted by.")
class SpecialGroupSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: Its name.")
    kind = described("kind", description="Sort by `kind`: Which special group it is; null when not recorded.")


@strawberry.enum(description="The properties ServiceItem nodes can be sorted by.")
class ServiceItemSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    name = described("name", description="Sort by `name`: Its name.")
    frequency = described("frequency", description="Sort by `frequency`: How often it is delivered; null when not set.")


@strawberry.enum(description="The properties Need nodes can be sorted by.")
class NeedSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    source = described("source", description="Sort by `source`: How the need was gathered; null when unknown.")
    status = described("status", description="Sort by `status`: Whether it is still open.")
    recordedAt = described("recordedAt", description="Sort by `recordedAt`: When it was recorded.")


@strawberry.enum(description="The properties HomeVisit nodes can be sorted by.")
class HomeVisitSortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    visitedOn = described("visitedOn", description="Sort by `visitedOn`: Date of the visit.")


@strawberry.enum(description="The properties AuditEntry nodes can be sorted by.")
class AuditEntrySortKey(enum.Enum):
    id = described("id", description="Sort by `id`: The database id (as `dbId` shows it).")
    at = described("at", description="Sort by `at`: When the request was made.")
    viewerId = described("viewerId", description="Sort by `viewerId`: Database id of the person who made the request.")
    subjectLabel = described(
        "subjectLabel", description="Sort by `subjectLabel`: Type of the entity read, e.g. Person."
    )
    subjectId = described(
        "subjectId",
        description="Sort by `subjectId`: Database id of the entity read; null for a filter or sort over many rows.",
    )
