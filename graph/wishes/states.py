"""The micro-wish state machine: which action may leave which state, where it leads, and who may take it (pure)."""

from __future__ import annotations

from collections.abc import Mapping

STATES = (
    "SUBMITTED",
    "VERIFIED",
    "REJECTED",
    "PUBLISHED",
    "CLAIMED",
    "CONFIRMED",
    "IN_PROGRESS",
    "FULFILLED",
    "CANCELLED",
    "WITHDRAWN",
    "EXPIRED",
)
TERMINAL = frozenset({"FULFILLED", "REJECTED", "CANCELLED", "WITHDRAWN", "EXPIRED"})
OPEN = frozenset(STATES) - TERMINAL
# Every place is taken: a claim here is a lost race, not a mistake.
PLACES_TAKEN = frozenset({"CLAIMED", "CONFIRMED", "IN_PROGRESS"})
# A claim on a wish in one of these states still occupies the helper's capacity.
OCCUPYING = frozenset({"PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS"})
# Before work starts a claim can be given back, by its holder or by the stale-claim sweep.
NOT_STARTED = frozenset({"PUBLISHED", "CLAIMED", "CONFIRMED"})

_BEFORE_WORK = frozenset({"SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "CONFIRMED"})

_FROM: Mapping[str, frozenset[str]] = {
    "verify": frozenset({"SUBMITTED"}),
    "reject": frozenset({"SUBMITTED", "VERIFIED"}),
    "publish": frozenset({"VERIFIED"}),
    "claim": frozenset({"PUBLISHED"}),
    "release": NOT_STARTED,
    "confirm": frozenset({"CLAIMED"}),
    "start": frozenset({"CLAIMED", "CONFIRMED"}),
    "fulfil": frozenset({"IN_PROGRESS"}),
    "cancel": OPEN,
    "withdraw": _BEFORE_WORK,
    "expire": _BEFORE_WORK,
    "decline": frozenset({"PUBLISHED"}),
}

_TO: Mapping[str, str] = {
    "verify": "VERIFIED",
    "reject": "REJECTED",
    "publish": "PUBLISHED",
    "release": "PUBLISHED",
    "confirm": "CONFIRMED",
    "start": "IN_PROGRESS",
    "fulfil": "FULFILLED",
    "cancel": "CANCELLED",
    "withdraw": "WITHDRAWN",
    "expire": "EXPIRED",
    # A helper declining changes nothing but who is still asked.
    "decline": "PUBLISHED",
}

ACTIONS = tuple(_FROM)
# Actions that name no claimant; claim, release and decline act for one.
TRANSITIONS = ("verify", "reject", "publish", "confirm", "start", "fulfil", "cancel", "withdraw", "expire")
NEEDS_NOTE = frozenset({"reject"})

# The actor's relation to the wish, worked out by the graph layer inside the transaction.
REQUESTER = "requester"  # made the wish
STAFF = "staff"  # a grid worker in the wish's community
HELPER = "helper"  # holds a claim on the wish, or belongs to a branch that does
SELF = "self"  # is the claimant named in the request, or belongs to that branch
SYSTEM = "system"  # the scheduled sweeps (expiry, stale claims)

_ACTORS: Mapping[str, frozenset[str]] = {
    "verify": frozenset({STAFF}),
    "reject": frozenset({STAFF}),
    "publish": frozenset({STAFF}),
    "claim": frozenset({SELF, STAFF}),
    "release": frozenset({SELF, STAFF, SYSTEM}),
    "confirm": frozenset({REQUESTER, STAFF}),
    "start": frozenset({HELPER, STAFF}),
    "fulfil": frozenset({HELPER, STAFF}),
    "cancel": frozenset({STAFF}),
    "withdraw": frozenset({REQUESTER}),
    "expire": frozenset({STAFF, SYSTEM}),
    "decline": frozenset({SELF, STAFF}),
}


def _known(action: str) -> str:
    if action not in _FROM:
        raise ValueError(f"unknown wish action {action!r}")
    return action


def allowed_from(action: str) -> frozenset[str]:
    """The states `action` may leave."""
    return _FROM[_known(action)]


def target(action: str, claims_after: int = 0, head_count: int = 1) -> str:
    """The state `action` leads to; a claim fills the wish only when the claims reach its head count."""
    if _known(action) == "claim":
        return "CLAIMED" if claims_after >= head_count else "PUBLISHED"
    return _TO[action]


def is_terminal(state: str) -> bool:
    return state in TERMINAL


def can(action: str, state: str) -> bool:
    return state in allowed_from(action)


def refusal(action: str, state: str) -> str:
    """What an invalid transition tells the caller: the action and the wish's current state."""
    return f"cannot {action} a wish that is {state}"


def actors(action: str) -> frozenset[str]:
    """The relations to the wish of which at least one entitles an actor to take `action`."""
    return _ACTORS[_known(action)]


def may(action: str, roles: frozenset[str]) -> bool:
    return bool(actors(action) & roles)
