"""What a viewer's roles may ever call: each mutation linked to the table row (or the gate) that judges its caller.

Who may take a step is said once, where the step is judged: a workflow's table names the relations that entitle an
actor (graph/<domain>/flow.py), `graph.workflow.holders` says which token roles can hold each relation, and the
steps outside a table check staff (`isStaff`) in their Cypher or an administrator (`require`) in their resolver.
This module only links each mutation to that judge; a unit test keeps it complete.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph import council, disputes, events, wishes
from graph.access.viewer import ADMIN
from graph.workflow import StateMachine, holders, may_ever
from schema.permissions import STAFF

# A mutation's judge: a table and its action, or the roles its own check admits.
Judge = tuple[StateMachine, str] | frozenset[str]

# Steps outside the tables that check the actor is staff of the community (`isStaff` in their Cypher).
COMMUNITY_STAFF = holders({"isStaff"})
# Steps a resolver reserves with `require`.
ADMINS = frozenset({ADMIN})
STAFF_ROLES = frozenset(STAFF)


def _rows(machine: StateMachine, **actions: str) -> dict[str, Judge]:
    return {name: (machine, action) for name, action in actions.items()}


JUDGES: dict[str, Judge] = {
    **_rows(
        wishes.MACHINE,
        createWish="create",
        verifyWish="verify",
        rejectWish="reject",
        publishWish="publish",
        confirmWish="confirm",
        startWish="start",
        cancelWish="cancel",
        withdrawWish="withdraw",
        expireWish="expire",
        fulfilWish="fulfil",
        claimWish="claim",
        releaseWishClaim="release",
        declineWish="decline",
    ),
    "applyMatchPlan": STAFF_ROLES,
    "expireOverdueWishes": ADMINS,
    "releaseStaleClaims": ADMINS,
    **_rows(
        events.MACHINE,
        reportEvent="report",
        verifyEvent="verify",
        invalidateEvent="invalidate",
        requestEventReassignment="request_reassignment",
        startEvent="start",
        holdEvent="hold",
        resumeEvent="resume",
        escalateEvent="escalate",
        reviewEvent="review",
        reworkEvent="rework",
        closeEvent="close",
        reopenEvent="reopen",
        markEventDuplicate="mark_duplicate",
        assignEvent="assign",
        resolveEvent="resolve",
        selfHandleEvent="self_handle",
        rateEvent="rate",
    ),
    "addEventCategory": ADMINS,
    "addDepartment": ADMINS,
    **_rows(
        disputes.MACHINE,
        openDispute="open",
        addDisputeParty="add_party",
        assignMediator="assign_mediator",
        recordMediationSession="record_session",
        closeDispute="close",
    ),
    "scheduleCouncilMeeting": COMMUNITY_STAFF,
    "recordMeetingAttendance": COMMUNITY_STAFF,
    **_rows(
        council.MACHINE,
        proposeTopic="propose",
        acceptTopic="accept",
        rejectTopic="reject",
        mergeTopic="merge",
        deliberateTopic="deliberate",
        superviseTopic="supervise",
        reviewTopic="solve",
    ),
    "recordNeed": COMMUNITY_STAFF,
    "setNeedStatus": COMMUNITY_STAFF,
    "recordHomeVisit": COMMUNITY_STAFF,
    "addServiceItem": COMMUNITY_STAFF,
    "recordServiceActivity": COMMUNITY_STAFF,
    "recordAttendance": COMMUNITY_STAFF,
}


def may_call(name: str, roles: Iterable[str]) -> bool:
    """Whether a person whose token holds `roles` could ever be allowed `name` (each call is still judged)."""
    judge = JUDGES[name]
    if isinstance(judge, frozenset):
        return bool(judge & frozenset(roles))
    machine, action = judge
    return may_ever(machine, action, roles)


def mutations(roles: Iterable[str]) -> list[str]:
    """The mutations a person with `roles` may ever call, in the schema's order of JUDGES."""
    held = frozenset(roles)
    return [name for name in JUDGES if may_call(name, held)]
