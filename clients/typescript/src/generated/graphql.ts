/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new micro-wish (微心愿); it starts SUBMITTED in the requester's home grid. */
export type CreateWishInput = {
  /** What the wish asks for. */
  category: WishCategory;
  /** The day after which the open wish expires; not in the past. Null: no deadline. */
  deadline?: string | null | undefined;
  /** The details helpers need; may be empty. */
  description?: string;
  /** How many helpers the wish needs. */
  headCount?: number;
  /** Any string unique to this request of yours (e.g. a UUID). Sending it again returns the first result (`replayed: true`) and changes nothing; reusing it for a different request is IDEMPOTENCY_KEY_REUSED. Null: no replay protection. */
  idempotencyKey?: string | null | undefined;
  /** The resident in need: the signed-in person, or one of their grid's residents for a grid worker. */
  requesterId: string | number;
  /** Skills a helper must have (Skill ids); an unknown one is BAD_USER_INPUT. */
  requiredSkillIds?: Array<string | number>;
  /** What is wished for, in a few words; must not be blank. */
  title: string;
  /** 1 (can wait) to 4 (urgent). */
  urgency?: number;
};

/** Values of `EventStep.toStatus`: Status after the step. */
export type EventStatus =
  /** Assigned to a handler (person, unit or department); work not started. */
  | 'ASSIGNED'
  /** Closed. The reporter may reopen it for EVENT_REOPEN_DAYS. */
  | 'CLOSED'
  /** Duplicates another event (duplicateOf). Final. */
  | 'DUPLICATE'
  /** Escalated to a higher level; waiting for a handler. */
  | 'ESCALATED'
  /** Not a real problem. Final. */
  | 'INVALID'
  /** The handler is working on it. */
  | 'IN_PROGRESS'
  /** Work paused (holdReason says why). */
  | 'ON_HOLD'
  /** The handler asked to hand it on; waiting for a new handler. */
  | 'REASSIGNMENT_REQUESTED'
  /** Reopened by the reporter; waiting for a handler again. */
  | 'REOPENED'
  /** Reported; waiting for a grid worker to verify it. */
  | 'REPORTED'
  /** The handler resolved it; waiting for a grid worker's review. */
  | 'RESOLVED'
  /** The resolution was reviewed; waiting to be closed. */
  | 'REVIEWED'
  /** Verified; waiting to be assigned to a handler. */
  | 'VERIFIED';

/** What kind of helper a candidate is. */
export type HelperKind =
  /** A person: party member, volunteer or grid worker. */
  | 'PERSON'
  /** A co-building unit (共建单位), acting through its contact. */
  | 'UNIT';

/** Values of `Resource.kind`: What kind of resource it is. */
export type ResourceKind =
  /** A party activity room (党员活动室). */
  | 'ACTIVITY_ROOM'
  /** Equipment on loan. */
  | 'EQUIPMENT'
  /** A sports ground, e.g. the gateball court. */
  | 'SPORTS_GROUND'
  /** A venue for events, e.g. the retired cadres' home. */
  | 'VENUE';

/** A role: what a token grants, or what the graph says a person is. */
export type Role =
  /** A community administrator: sees and may do everything. */
  | 'ADMIN'
  /** A grid worker: the people, cases and home visits of the grids they work. */
  | 'GRID_WORKER'
  /** A party member: a helper of published wishes. */
  | 'PARTY_MEMBER'
  /** A resident: their own data, household and cases. */
  | 'RESIDENT'
  /** The contact of a co-building unit: speaks for the unit the token names. */
  | 'UNIT_CONTACT'
  /** A volunteer: a helper of published wishes. */
  | 'VOLUNTEER';

/** Values of `SpecialGroup.kind`: Which special group it is. */
export type SpecialGroupKind =
  /** Children in difficulty (困境儿童). */
  | 'CHILD_IN_DIFFICULTY'
  /** Disabled people (残疾人). */
  | 'DISABLED'
  /** Elderly living alone (独居老人). */
  | 'ELDERLY_ALONE'
  /** Families who lost their only child (失独家庭). */
  | 'LOST_ONLY_CHILD';

/** Why a plan leaves a wish short of helpers. */
export type UnmatchedReason =
  /** There are candidates, but the plan could give none of them to this wish. */
  | 'HELPERS_AT_CAPACITY'
  /** No helper passes the wish's hard constraints. */
  | 'NO_ELIGIBLE_HELPER'
  /** Some places are filled, fewer than the wish needs. */
  | 'PARTIALLY_STAFFED';

/** Values of `Wish.category`: What the wish asks for. */
export type WishCategory =
  /** Care and company for the elderly, the sick or children. */
  | 'CARE'
  /** Everyday errands: shopping, accompanying, small chores. */
  | 'DAILY_LIFE'
  /** Tutoring, reading and study help. */
  | 'EDUCATION'
  /** Health: check-ups, medicine, rehabilitation. */
  | 'HEALTH'
  /** Legal advice and help with paperwork. */
  | 'LEGAL'
  /** Fits none of the other categories. */
  | 'OTHER'
  /** Repairs at home (plumbing, wiring, furniture). */
  | 'REPAIR'
  /** Goods: books, clothes, daily supplies. */
  | 'SUPPLIES';

/** Values of `WishTransition.toStatus`: Status after the step. */
export type WishStatus =
  /** Cancelled by staff. Final. */
  | 'CANCELLED'
  /** Every place is claimed; waiting for the requester to confirm. */
  | 'CLAIMED'
  /** The requester confirmed the helpers; work may start. */
  | 'CONFIRMED'
  /** Its deadline passed while still open. Final. */
  | 'EXPIRED'
  /** Done (the wish 'lit up'). */
  | 'FULFILLED'
  /** Helpers are working on it. */
  | 'IN_PROGRESS'
  /** Open to helpers to claim (some places may be taken). */
  | 'PUBLISHED'
  /** Refused by staff (the reason is in the history's note). Final. */
  | 'REJECTED'
  /** Made by the resident; staff have not checked it yet. */
  | 'SUBMITTED'
  /** Checked by staff; not yet visible to helpers. */
  | 'VERIFIED'
  /** Withdrawn by the requester. Final. */
  | 'WITHDRAWN';

/** One step of a wish's lifecycle; `note` is the reason where one is needed. */
export type WishStepInput = {
  /** Any string unique to this request of yours (e.g. a UUID). Sending it again returns the first result (`replayed: true`) and changes nothing; reusing it for a different request is IDEMPOTENCY_KEY_REUSED. Null: no replay protection. */
  idempotencyKey?: string | null | undefined;
  /** Free text kept in the step's history entry; the reason where the step needs one. */
  note?: string | null | undefined;
  /** The wish (global or own id). */
  wishId: string | number;
};

/** Values of `WishTransition.action`: The step taken, e.g. verify, publish, claim, fulfil. */
export type WishTransitionAction =
  /** The wish was cancelled. */
  | 'CANCEL'
  /** A helper (member, branch or unit) claimed it (认领). */
  | 'CLAIM'
  /** The requester confirmed the claim. */
  | 'CONFIRM'
  /** The wish was submitted. */
  | 'CREATE'
  /** The requester declined the claim. */
  | 'DECLINE'
  /** The deadline passed before it was fulfilled. */
  | 'EXPIRE'
  /** The wish was fulfilled (圆梦). */
  | 'FULFIL'
  /** Staff published the wish for helpers to claim. */
  | 'PUBLISH'
  /** Staff rejected the wish. */
  | 'REJECT'
  /** The claim was released. */
  | 'RELEASE'
  /** The helper started fulfilling it. */
  | 'START'
  /** Staff checked the wish (审核). */
  | 'VERIFY'
  /** The requester withdrew the wish. */
  | 'WITHDRAW';

export type CreateWishMutationVariables = Exact<{
  input: CreateWishInput;
}>;


export type CreateWishMutation = { createWish: { wish: { id: string, dbId: string, status: WishStatus, title: string } } };

export type PublishWishMutationVariables = Exact<{
  input: WishStepInput;
}>;


export type PublishWishMutation = { publishWish: { wish: { id: string, status: WishStatus } } };

export type VerifyWishMutationVariables = Exact<{
  input: WishStepInput;
}>;


export type VerifyWishMutation = { verifyWish: { replayed: boolean, wish: { id: string, status: WishStatus } } };

export type WishStatusChangedSubscriptionVariables = Exact<{
  wishId?: string | number | null | undefined;
}>;


export type WishStatusChangedSubscription = { wishStatusChanged: { action: WishTransitionAction, fromStatus: WishStatus | null, toStatus: WishStatus, at: string, wish: { id: string, status: WishStatus } } };

export type CommunityStatsQueryVariables = Exact<{
  community?: string | number | null | undefined;
}>;


export type CommunityStatsQuery = { communityStats: { partyBranches: number, partyMembers: number, gridWorkers: number, schoolGrids: number, coBuildingUnits: number, wishesFulfilled: number, councilProblemsSolved: number, urgentProblemsSolved: number, disputesMediated: number, childrenInAfterSchoolClasses: number, birthdayParties: number, elderlyBirthdayAttendances: number } | null };

export type CoverageGapsQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type CoverageGapsQuery = { coverageGaps: { asOf: string, days: number, totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ groups: Array<SpecialGroupKind>, lastVisitedOn: string | null, lastServedOn: string | null, daysWithoutContact: number | null, person: { id: string, name: string }, household: { id: string } | null, grid: { name: string } | null, gridWorkers: Array<{ id: string, name: string }> }> } };

export type FamilyNeighbourhoodQueryVariables = Exact<{
  household?: string | number | null | undefined;
}>;


export type FamilyNeighbourhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, label: string, name: string, properties: unknown }>, edges: Array<{ id: string, type: string, source: string, target: string }> } | null };

export type GridWorkerDashboardQueryVariables = Exact<{
  grid?: string | number | null | undefined;
}>;


export type GridWorkerDashboardQuery = { node:
    | { name: string, wishes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, urgency: number, status: WishStatus, candidates: { totalCount: number | null, nodes: Array<{ score: number, helperKind: HelperKind, helper:
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { name: string, id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { id: string }
                | { name: string, id: string }
                | { id: string }
                | { id: string }
              , factors: Array<{ name: string, contribution: number }>, paths: Array<{ nodes: Array<{ id: string, name: string }>, edges: Array<{ type: string, source: string, target: string }> }> }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type MatchPlanQueryVariables = Exact<{
  scope?: string | number | null | undefined;
}>;


export type MatchPlanQuery = { matchPlan: { openWishes: number, served: number, placesFilled: number, totalScore: number, provenOptimal: boolean, fingerprint: string, greedy: { served: number, placesFilled: number, totalScore: number }, unmatched: Array<{ wishId: string, reason: UnmatchedReason }>, assignments: Array<{ score: number, wish: { title: string }, helper:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export type MemberToFamilyQueryVariables = Exact<{
  member?: string | number | null | undefined;
  household?: string | number | null | undefined;
}>;


export type MemberToFamilyQuery = { paths: Array<{ nodes: Array<{ id: string, label: string, name: string }>, edges: Array<{ type: string, source: string, target: string }> }> };

export type MyGridOpenWishesQueryVariables = Exact<{
  grid?: string | number | null | undefined;
}>;


export type MyGridOpenWishesQuery = { node:
    | { name: string, wishes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, urgency: number, status: WishStatus, headCount: number, requester: { name: string, building: { name: string } | null } | null }> } }
    | Record<PropertyKey, never>
   | null };

export type SearchQueryVariables = Exact<{
  text?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ score: number, label: string, node: { id: string, name: string } }> } };

export type SuggestedTopicsQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuggestedTopicsQuery = { suggestedTopics: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ category: string, size: number, grid: { name: string }, building: { name: string } | null, events: { totalCount: number, nodes: Array<{ id: string, title: string, reportedAt: string, status: EventStatus }> } }> } };

export type VenuesNearGridQueryVariables = Exact<{
  grid?: string | number | null | undefined;
}>;


export type VenuesNearGridQuery = { resourcesNear: { items: Array<{ hops: number | null, resource: { name: string, kind: ResourceKind, capacity: number }, unit: { name: string }, grid: { name: string } }>, nodes: Array<{ id: string, label: string, name: string }>, edges: Array<{ type: string, source: string, target: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { roles: Array<Role>, personRoles: Array<Role>, mutations: Array<string>, person: { id: string, name: string, phone: string | null, household: { id: string, name: string } | null } | null, grids: Array<{ id: string, name: string }>, households: Array<{ id: string, name: string }>, branch: { id: string, name: string } | null, unit: { id: string, name: string } | null } };

export type WishCandidatesQueryVariables = Exact<{
  wish?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type WishCandidatesQuery = { node:
    | { title: string, candidates: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { score: number, helperKind: HelperKind, helper:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { name: string, id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { name: string, id: string }
              | { id: string }
              | { id: string }
            , factors: Array<{ name: string, value: number, weight: number, contribution: number }>, paths: Array<{ nodes: Array<{ id: string, label: string, name: string }>, edges: Array<{ type: string, source: string, target: string }> }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type WishDetailQueryVariables = Exact<{
  wish?: string | number;
}>;


export type WishDetailQuery = { wish: { id: string, title: string, status: WishStatus, urgency: number, createdAt: string, requester: { id: string, name: string } | null, grid: { id: string, name: string } | null, history: { edges: Array<{ node: { action: WishTransitionAction, fromStatus: WishStatus | null, toStatus: WishStatus, at: string, note: string | null, actor: { id: string, name: string } | null, claimant:
            | { __typename: 'Agreement', id: string }
            | { __typename: 'AuditEntry', id: string }
            | { __typename: 'Building', id: string }
            | { __typename: 'Community', id: string }
            | { __typename: 'CouncilMeeting', id: string }
            | { __typename: 'CouncilTopic', id: string }
            | { __typename: 'Department', id: string }
            | { __typename: 'Dispute', id: string }
            | { __typename: 'DisputeParty', id: string }
            | { __typename: 'DisputeStep', id: string }
            | { __typename: 'Event', id: string }
            | { __typename: 'EventCategory', id: string }
            | { __typename: 'EventStep', id: string }
            | { __typename: 'Grid', id: string }
            | { __typename: 'HomeVisit', id: string }
            | { __typename: 'Household', id: string }
            | { __typename: 'MediationSession', id: string }
            | { __typename: 'Need', id: string }
            | { __typename: 'Organization', id: string }
            | { __typename: 'PartyBranch', id: string }
            | { __typename: 'PartyCommittee', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'Resource', id: string }
            | { __typename: 'ServiceActivity', id: string }
            | { __typename: 'ServiceItem', id: string }
            | { __typename: 'Skill', id: string }
            | { __typename: 'SpecialGroup', id: string }
            | { __typename: 'TopicStep', id: string }
            | { __typename: 'TopicUpdate', id: string }
            | { __typename: 'Unit', id: string }
            | { __typename: 'Wish', id: string }
            | { __typename: 'WishTransition', id: string }
           | null } }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CreateWishDocument = new TypedDocumentString("mutation CreateWish($input: CreateWishInput!) { createWish(input: $input) { wish { dbId id status title } } }", {"hash":"657aef06942012ea88ddac6a772387f061b7ea85efee0395dd132e83061f0603"}) as unknown as TypedDocumentString<CreateWishMutation, CreateWishMutationVariables>;
export const PublishWishDocument = new TypedDocumentString("mutation PublishWish($input: WishStepInput!) { publishWish(input: $input) { wish { id status } } }", {"hash":"2e3706348712d2550dd7b07a96a867e78292805ddef4cfe1ddec22f30fdeb9b2"}) as unknown as TypedDocumentString<PublishWishMutation, PublishWishMutationVariables>;
export const VerifyWishDocument = new TypedDocumentString("mutation VerifyWish($input: WishStepInput!) { verifyWish(input: $input) { replayed wish { id status } } }", {"hash":"fb08bf5b6c9aae15ac0b16d11cac16d52b2b6ecbd8e8aa5d533e83d3783d34a2"}) as unknown as TypedDocumentString<VerifyWishMutation, VerifyWishMutationVariables>;
export const WishStatusChangedDocument = new TypedDocumentString("subscription WishStatusChanged($wishId: ID) { wishStatusChanged(wishId: $wishId) { action at fromStatus toStatus wish { id status } } }", {"hash":"4455e24c9b4de077e18049f246b3ef60e35fa5e5e0f932dc2ee3950a81e80bcb"}) as unknown as TypedDocumentString<WishStatusChangedSubscription, WishStatusChangedSubscriptionVariables>;
export const CommunityStatsDocument = new TypedDocumentString("query CommunityStats($community: ID = \"Q29tbXVuaXR5Ompm\") { communityStats(communityId: $community) { birthdayParties childrenInAfterSchoolClasses coBuildingUnits councilProblemsSolved disputesMediated elderlyBirthdayAttendances gridWorkers partyBranches partyMembers schoolGrids urgentProblemsSolved wishesFulfilled } }", {"hash":"7ac33d292dba77ecc2892ef84bd29414a865b347aae787a876fe5967507b8ddd"}) as unknown as TypedDocumentString<CommunityStatsQuery, CommunityStatsQueryVariables>;
export const CoverageGapsDocument = new TypedDocumentString("query CoverageGaps($after: String = null, $scope: ID = \"Q29tbXVuaXR5Ompm\") { coverageGaps(days: 90, scope: $scope, first: 20, after: $after) { asOf days nodes { daysWithoutContact grid { name } gridWorkers { id name } groups household { id } lastServedOn lastVisitedOn person { id name } } pageInfo { endCursor hasNextPage } totalCount } }", {"hash":"e8e56203cc7236b105607e3187f3225440257542f95c6a4255aa6eb8a77dd62e"}) as unknown as TypedDocumentString<CoverageGapsQuery, CoverageGapsQueryVariables>;
export const FamilyNeighbourhoodDocument = new TypedDocumentString("query FamilyNeighbourhood($household: ID = \"SG91c2Vob2xkOmpmLWgxMjE=\") { neighborhood(id: $household, depth: 2, limit: 60) { edges { id source target type } nodes { id label name properties } truncated } }", {"hash":"ec3cab00ea6989b4e8868c90c2e26eaf38d0b42b6f8afd5bca89f282dc5d9b9b"}) as unknown as TypedDocumentString<FamilyNeighbourhoodQuery, FamilyNeighbourhoodQueryVariables>;
export const GridWorkerDashboardDocument = new TypedDocumentString("query GridWorkerDashboard($grid: ID = \"R3JpZDpqZi1nMDI=\") { node(id: $grid) { ... on Grid { name wishes( first: 30 where: {status: {in: [PUBLISHED, CLAIMED]}} orderBy: [{field: urgency, direction: DESC}, {field: createdAt, direction: ASC}] ) { nodes { candidates { nodes { factors { contribution name } helper { id ... on Person { name } ... on Unit { name } } helperKind paths { edges { source target type } nodes { id name } } score } totalCount } id status title urgency } pageInfo { endCursor hasNextPage } totalCount } } } }", {"hash":"9c47edda077fdbd58d45cef03a5eded7d329dbf6f5bdfaf1235be4d1abd04a77"}) as unknown as TypedDocumentString<GridWorkerDashboardQuery, GridWorkerDashboardQueryVariables>;
export const MatchPlanDocument = new TypedDocumentString("query MatchPlan($scope: ID = \"Q29tbXVuaXR5Ompm\") { matchPlan(scope: $scope) { assignments { helper { id } score wish { title } } fingerprint greedy { placesFilled served totalScore } openWishes placesFilled provenOptimal served totalScore unmatched { reason wishId } } }", {"hash":"73485b937a2bb1be825a3d7c3e9115dd5a61cf3f3dacb953d877a3865d4c12b0"}) as unknown as TypedDocumentString<MatchPlanQuery, MatchPlanQueryVariables>;
export const MemberToFamilyDocument = new TypedDocumentString("query MemberToFamily($household: ID = \"SG91c2Vob2xkOmpmLWgxMjE=\", $member: ID = \"UGVyc29uOmpmLXAzNjc=\") { paths(fromId: $member, toId: $household, maxLength: 6, first: 3) { edges { source target type } nodes { id label name } } }", {"hash":"bc0b73471e57d6f893e2b139a1b57faa26f7c151c854d48a3422552dc8a896f6"}) as unknown as TypedDocumentString<MemberToFamilyQuery, MemberToFamilyQueryVariables>;
export const MyGridOpenWishesDocument = new TypedDocumentString("query MyGridOpenWishes($grid: ID = \"R3JpZDpqZi1nMDI=\") { node(id: $grid) { ... on Grid { name wishes( first: 20 where: {status: {in: [PUBLISHED, CLAIMED]}} orderBy: [{field: urgency, direction: DESC}, {field: createdAt, direction: ASC}] ) { nodes { headCount id requester { building { name } name } status title urgency } pageInfo { endCursor hasNextPage } totalCount } } } }", {"hash":"13a7e227e1d96503e0c87ad440a1b9d2532804869686bf63f8f9f75876096e91"}) as unknown as TypedDocumentString<MyGridOpenWishesQuery, MyGridOpenWishesQueryVariables>;
export const SearchDocument = new TypedDocumentString("query Search($after: String = null, $text: String = \"建峰\") { search(text: $text, first: 10, after: $after) { nodes { label node { id name } score } pageInfo { endCursor hasNextPage } } }", {"hash":"b32dc6a52edf04a6627be205a856590a41dbd78de6783de7b6c468961023fb77"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SuggestedTopicsDocument = new TypedDocumentString("query SuggestedTopics($after: String = null, $scope: ID = \"Q29tbXVuaXR5Ompm\") { suggestedTopics(scope: $scope, minEvents: 3, first: 10, after: $after) { nodes { building { name } category events(first: 5) { nodes { id reportedAt status title } totalCount } grid { name } size } pageInfo { endCursor hasNextPage } } }", {"hash":"1328fd1a26d50315bcdf3ed5ce414ed4a667e02a4e12fa7b8033f7a561b15389"}) as unknown as TypedDocumentString<SuggestedTopicsQuery, SuggestedTopicsQueryVariables>;
export const VenuesNearGridDocument = new TypedDocumentString("query VenuesNearGrid($grid: ID = \"R3JpZDpqZi1nMDI=\") { resourcesNear(gridId: $grid) { edges { source target type } items { grid { name } hops resource { capacity kind name } unit { name } } nodes { id label name } } }", {"hash":"0ef4562255fa8f65422f689cac93eb553fee2855926c28e680de32e9543465f6"}) as unknown as TypedDocumentString<VenuesNearGridQuery, VenuesNearGridQueryVariables>;
export const ViewerDocument = new TypedDocumentString("query Viewer { viewer { branch { id name } grids { id name } households { id name } mutations person { household { id name } id name phone } personRoles roles unit { id name } } }", {"hash":"4ba1bba86847be15f0909843bef46edd49eb55c40014d8138af434a7511f9ff3"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const WishCandidatesDocument = new TypedDocumentString("query WishCandidates($after: String = null, $wish: ID = \"V2lzaDpqZi13MzQ=\") { node(id: $wish) { ... on Wish { candidates(first: 5, after: $after) { edges { cursor node { factors { contribution name value weight } helper { id ... on Person { name } ... on Unit { name } } helperKind paths { edges { source target type } nodes { id label name } } score } } pageInfo { endCursor hasNextPage } totalCount } title } } }", {"hash":"cc37123ba47a6671bcd2a23c57adb5eb4a4c241b785767ffd15639c00f7c1499"}) as unknown as TypedDocumentString<WishCandidatesQuery, WishCandidatesQueryVariables>;
export const WishDetailDocument = new TypedDocumentString("query WishDetail($wish: ID! = \"V2lzaDpqZi13MzQ=\") { wish(id: $wish) { createdAt grid { id name } history(first: 20, orderBy: {field: version}) { edges { node { action actor { id name } at claimant { __typename id } fromStatus note toStatus } } } id requester { id name } status title urgency } }", {"hash":"3dfdb3c3686a8d5aa61659c7aba9027070f3ed2b3ecef93c58c86895c02e943b"}) as unknown as TypedDocumentString<WishDetailQuery, WishDetailQueryVariables>;
