"""The dispute-mediation workflow: its table (pure) and its flow through the step pipeline."""

from __future__ import annotations

from graph.core.model import DISPUTE_STATUSES
from graph.workflow import NEW, Flow, History, Move, StateMachine

STATES = DISPUTE_STATUSES  # the model's list: one source for the API's enum and the machine
OUTCOMES = ("AGREEMENT_REACHED", "NOT_REACHED", "REFERRED")
ROLES = ("APPLICANT", "RESPONDENT", "THIRD_PARTY")
# The actor's relation to the case, a column of its lock: an administrator, or a grid worker of its community.
STAFF = "isStaff"
_STAFF = frozenset({STAFF})
_OPEN = frozenset({"OPEN", "MEDIATING"})

MACHINE = StateMachine(
    noun="dispute",
    states=STATES,
    terminal=frozenset({"CLOSED"}),
    moves={
        "open": Move(frozenset({NEW}), "OPEN", _STAFF),
        "add_party": Move(_OPEN, None, _STAFF),  # stays where it is
        "assign_mediator": Move(_OPEN, "MEDIATING", _STAFF),
        "record_session": Move(frozenset({"MEDIATING"}), "MEDIATING", _STAFF),
        "close": Move(frozenset({"MEDIATING"}), "CLOSED", _STAFF),
        # A case can be handed on (to a court, the police) before any mediation started.
        "refer": Move(_OPEN, "CLOSED", _STAFF),
    },
    who={STAFF: "a grid worker of this community or an administrator"},
    what={
        "open": "open a dispute on this event",
        "add_party": "add a party to this dispute",
        "assign_mediator": "assign this dispute's mediator",
        "record_session": "record a mediation session of this dispute",
    },
    refusal_text="cannot {action} on a {noun} that is {state}",
)

ACTIONS = MACHINE.actions
HISTORY = History("DisputeStep", "OF_DISPUTE", "-h")

FLOW = Flow(label="Dispute", argument="disputeId", machine=MACHINE, history=HISTORY)

# What a closed case needs behind it: mediation held (sessions) and two sides to agree.
MIN_SESSIONS = {"AGREEMENT_REACHED": 1, "NOT_REACHED": 1, "REFERRED": 0}
MIN_PARTIES = {"AGREEMENT_REACHED": 2, "NOT_REACHED": 1, "REFERRED": 1}


def closing_action(outcome: str) -> str:
    """Closing with a referral is its own step, since it is allowed before mediation starts."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    return "refer" if outcome == "REFERRED" else "close"
