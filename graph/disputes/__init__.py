"""Dispute mediation (枫桥经验): a case from an event, its parties and mediator, sessions and the outcome."""

from graph.disputes.cases import open_dispute
from graph.disputes.flow import FLOW, MACHINE, OUTCOMES, closing_action
from graph.disputes.mediation import add_party, assign_mediator, close_dispute, record_session

__all__ = [
    "FLOW",
    "MACHINE",
    "OUTCOMES",
    "add_party",
    "assign_mediator",
    "close_dispute",
    "closing_action",
    "open_dispute",
    "record_session",
]
