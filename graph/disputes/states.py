"""The dispute-mediation state machine: which step may leave which state and where it leads (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from graph.core.model import DISPUTE_STATUSES

STATES = DISPUTE_STATUSES  # the model's list: one source for the API's enum and the machine
OUTCOMES = ("AGREEMENT_REACHED", "NOT_REACHED", "REFERRED")
ROLES = ("APPLICANT", "RESPONDENT", "THIRD_PARTY")

_FROM: Mapping[str, frozenset[str]] = {
    "add_party": frozenset({"OPEN", "MEDIATING"}),
    "assign_mediator": frozenset({"OPEN", "MEDIATING"}),
    "record_session": frozenset({"MEDIATING"}),
    "close": frozenset({"MEDIATING"}),
    # A case can be handed on (to a court, the police) before any mediation started.
    "refer": frozenset({"OPEN", "MEDIATING"}),
}
_TO: Mapping[str, str | None] = {
    "add_party": None,  # stays where it is
    "assign_mediator": "MEDIATING",
    "record_session": "MEDIATING",
    "close": "CLOSED",
    "refer": "CLOSED",
}
ACTIONS = tuple(_FROM)
# What a closed case needs behind it: mediation held (sessions) and two sides to agree.
MIN_SESSIONS = {"AGREEMENT_REACHED": 1, "NOT_REACHED": 1, "REFERRED": 0}
MIN_PARTIES = {"AGREEMENT_REACHED": 2, "NOT_REACHED": 1, "REFERRED": 1}


def _known(action: str) -> str:
    if action not in _FROM:
        raise ValueError(f"unknown dispute action {action!r}")
    return action


def closing_action(outcome: str) -> str:
    """Closing with a referral is its own step, since it is allowed before mediation starts."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    return "refer" if outcome == "REFERRED" else "close"


def can(action: str, state: str) -> bool:
    return state in _FROM[_known(action)]


def target(action: str, state: str) -> str:
    return _TO[_known(action)] or state


def is_terminal(state: str) -> bool:
    return state == "CLOSED"


def refusal(action: str, state: str) -> str:
    return f"cannot {action.replace('_', ' ')} on a dispute that is {state}"
