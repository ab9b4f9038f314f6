"""The dispute state machine, alone: every step from every state, and what a refusal says."""

from __future__ import annotations

import pytest

from graph.core import model
from graph.disputes import flow as disputes


def test_states_match_the_model() -> None:
    assert disputes.STATES == model.DISPUTE_STATUSES
    assert disputes.OUTCOMES == model.DISPUTE_OUTCOMES
    assert disputes.ROLES == model.PARTY_ROLES


@pytest.mark.parametrize(
    ("action", "allowed"),
    [
        ("add_party", {"OPEN", "MEDIATING"}),
        ("assign_mediator", {"OPEN", "MEDIATING"}),
        ("record_session", {"MEDIATING"}),
        ("close", {"MEDIATING"}),
        ("refer", {"OPEN", "MEDIATING"}),
    ],
)
def test_dispute_steps_leave_only_their_states(action: str, allowed: set[str]) -> None:
    assert {s for s in disputes.STATES if disputes.MACHINE.can(action, s)} == allowed
    assert not disputes.MACHINE.can(action, "CLOSED")


def test_dispute_targets_and_refusals() -> None:
    assert disputes.MACHINE.target("assign_mediator", "OPEN") == "MEDIATING"
    assert disputes.MACHINE.target("add_party", "OPEN") == "OPEN"
    assert disputes.MACHINE.target("add_party", "MEDIATING") == "MEDIATING"
    assert disputes.MACHINE.target("close", "MEDIATING") == "CLOSED"
    assert disputes.closing_action("REFERRED") == "refer"
    assert disputes.closing_action("AGREEMENT_REACHED") == disputes.closing_action("NOT_REACHED") == "close"
    assert disputes.MACHINE.refusal("record_session", "CLOSED") == "cannot record session on a dispute that is CLOSED"
    assert disputes.MACHINE.is_terminal("CLOSED") and not disputes.MACHINE.is_terminal("MEDIATING")
    with pytest.raises(ValueError):
        disputes.MACHINE.can("mediate", "OPEN")
    with pytest.raises(ValueError):
        disputes.closing_action("SETTLED")
