"""The micro-wish lifecycle as a table: which action may leave which state, where it leads, who may take it (pure)."""

from __future__ import annotations

from graph.core.model import WISH_STATUSES
from graph.workflow.machine import NEW, Move, StateMachine
from graph.workflow.pipeline import Flow

STATES = WISH_STATUSES  # the model's list: one source for the API's enum and the machine
TERMINAL = frozenset({"FULFILLED", "REJECTED", "CANCELLED", "WITHDRAWN", "EXPIRED"})
OPEN = frozenset(STATES) - TERMINAL
# Every place is taken: a claim here is a lost race, not a mistake.
PLACES_TAKEN = frozenset({"CLAIMED", "CONFIRMED", "IN_PROGRESS"})
# A claim on a wish in one of these states still occupies the helper's capacity.
OCCUPYING = frozenset({"PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS"})
# Before work starts a claim can be given back, by its holder or by the stale-claim sweep.
NOT_STARTED = frozenset({"PUBLISHED", "CLAIMED", "CONFIRMED"})
_BEFORE_WORK = frozenset({"SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "CONFIRMED"})

# The actor's relations to the wish: columns the wish's lock (and the claimant's) reads, in a transaction.
REQUESTER = "isRequester"  # made the wish
STAFF = "isStaff"  # a grid worker in the wish's community, or an administrator
HELPER = "isHelper"  # holds a claim on the wish, or belongs to a branch that does
SELF = "actsFor"  # is the claimant named in the request, belongs to that branch, or speaks for that unit
SYSTEM = "system"  # the scheduled sweeps (expiry, stale claims)

MACHINE = StateMachine(
    noun="wish",
    states=STATES,
    terminal=TERMINAL,
    moves={
        # The requester, a grid worker of their grid or an administrator: the create rules judge who.
        "create": Move(frozenset({NEW}), "SUBMITTED"),
        "verify": Move(frozenset({"SUBMITTED"}), "VERIFIED", frozenset({STAFF})),
        "reject": Move(frozenset({"SUBMITTED", "VERIFIED"}), "REJECTED", frozenset({STAFF})),
        "publish": Move(frozenset({"VERIFIED"}), "PUBLISHED", frozenset({STAFF})),
        # The last place fills the wish (CLAIMED); before that it stays PUBLISHED (`claim_target`).
        "claim": Move(frozenset({"PUBLISHED"}), "CLAIMED", frozenset({SELF, STAFF})),
        "release": Move(NOT_STARTED, "PUBLISHED", frozenset({SELF, STAFF, SYSTEM})),
        "confirm": Move(frozenset({"CLAIMED"}), "CONFIRMED", frozenset({REQUESTER, STAFF})),
        "start": Move(frozenset({"CLAIMED", "CONFIRMED"}), "IN_PROGRESS", frozenset({HELPER, STAFF})),
        "fulfil": Move(frozenset({"IN_PROGRESS"}), "FULFILLED", frozenset({HELPER, STAFF})),
        "cancel": Move(OPEN, "CANCELLED", frozenset({STAFF})),
        "withdraw": Move(_BEFORE_WORK, "WITHDRAWN", frozenset({REQUESTER})),
        "expire": Move(_BEFORE_WORK, "EXPIRED", frozenset({STAFF, SYSTEM})),
        # A helper declining changes nothing but who is still asked.
        "decline": Move(frozenset({"PUBLISHED"}), "PUBLISHED", frozenset({SELF, STAFF})),
    },
    who={
        HELPER: "one of its helpers",
        REQUESTER: "its requester",
        SELF: "the claimant (a member of the claiming branch, the contact of the claiming unit)",
        STAFF: "a grid worker of its community or an administrator",
    },
)

# The steps of a wish that exists; create makes one.
ACTIONS = tuple(action for action in MACHINE.actions if action != "create")
# Actions on the wish alone; claim, release and decline act for a claimant, and create makes the wish.
TRANSITIONS = ("verify", "reject", "publish", "confirm", "start", "fulfil", "cancel", "withdraw", "expire")
NEEDS_NOTE = frozenset({"reject"})


def claim_target(claims_after: int, head_count: int) -> str:
    """A claim fills the wish only when the claims reach its head count."""
    return "CLAIMED" if claims_after >= head_count else "PUBLISHED"


FETCH = """
MATCH (w:Wish {id: $id})
OPTIONAL MATCH (t:WishTransition {id: $stepId})
RETURN w {.*} AS node, t {.*} AS step
"""

FLOW = Flow(label="Wish", argument="wishId", fetch=FETCH, machine=MACHINE, announce="Wish")
