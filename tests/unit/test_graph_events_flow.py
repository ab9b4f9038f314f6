"""The event state machine, pure: every action from every state, terminal states, who may act."""

from __future__ import annotations

import pytest

from graph.core.model import EVENT_ACTIONS, EVENT_STATUSES
from graph.events import flow as sm

# The whole table, written out so a change to the machine shows here: action → states it may leave.
EXPECTED_FROM = {
    "verify": {"REPORTED"},
    "invalidate": {"REPORTED", "VERIFIED"},
    "mark_duplicate": {"REPORTED", "VERIFIED"},
    "assign": {"VERIFIED", "ASSIGNED", "REASSIGNMENT_REQUESTED", "ESCALATED", "REOPENED"},
    "request_reassignment": {"ASSIGNED", "IN_PROGRESS"},
    "start": {"ASSIGNED"},
    "hold": {"IN_PROGRESS"},
    "resume": {"ON_HOLD"},
    "escalate": {"ASSIGNED", "IN_PROGRESS", "ON_HOLD", "REASSIGNMENT_REQUESTED"},
    "resolve": {"IN_PROGRESS"},
    "review": {"RESOLVED"},
    "rework": {"RESOLVED", "REVIEWED"},
    "close": {"REVIEWED"},
    "rate": {"RESOLVED", "REVIEWED", "CLOSED"},
    "reopen": {"CLOSED"},
    "self_handle": {"REPORTED", "VERIFIED"},
}
EXPECTED_TO = {
    "verify": "VERIFIED",
    "invalidate": "INVALID",
    "mark_duplicate": "DUPLICATE",
    "assign": "ASSIGNED",
    "request_reassignment": "REASSIGNMENT_REQUESTED",
    "start": "IN_PROGRESS",
    "hold": "ON_HOLD",
    "resume": "IN_PROGRESS",
    "escalate": "ESCALATED",
    "resolve": "RESOLVED",
    "review": "REVIEWED",
    "rework": "IN_PROGRESS",
    "close": "CLOSED",
    "reopen": "REOPENED",
    "self_handle": "CLOSED",
}


def test_the_model_knows_every_state_and_action() -> None:
    assert set(sm.STATES) == set(EVENT_STATUSES)
    assert set(sm.ACTIONS) | {"report"} == set(EVENT_ACTIONS)
    assert set(EXPECTED_FROM) == set(sm.ACTIONS)


@pytest.mark.parametrize("action", sorted(EXPECTED_FROM))
@pytest.mark.parametrize("state", sm.STATES)
def test_every_action_from_every_state(action: str, state: str) -> None:
    allowed = state in EXPECTED_FROM[action]
    assert sm.MACHINE.can(action, state) is allowed
    if allowed:
        assert sm.MACHINE.target(action, state) == EXPECTED_TO.get(action, state)
    else:
        assert sm.MACHINE.refusal(action, state).endswith(f"that is {state}")


def test_terminal_states_allow_nothing_but_rating_and_reopening_a_closed_event() -> None:
    for state in sm.TERMINAL:
        possible = {a for a in sm.ACTIONS if sm.MACHINE.can(a, state)}
        assert possible == ({"rate", "reopen"} if state == "CLOSED" else set())


def test_a_rating_changes_no_state() -> None:
    assert all(sm.MACHINE.target("rate", s) == s for s in sm.MACHINE.allowed_from("rate"))


def test_who_may_act() -> None:
    assert sm.MACHINE.may("verify", frozenset({sm.STAFF})) and not sm.MACHINE.may(
        "verify", frozenset({sm.REPORTER, sm.HANDLER})
    )
    assert sm.MACHINE.may("start", frozenset({sm.HANDLER})) and not sm.MACHINE.may("start", frozenset({sm.REPORTER}))
    assert sm.MACHINE.may("rate", frozenset({sm.REPORTER})) and not sm.MACHINE.may("rate", frozenset({sm.STAFF}))
    assert sm.MACHINE.may("reopen", frozenset({sm.REPORTER})) and not sm.MACHINE.may(
        "reopen", frozenset({sm.STAFF, sm.GRID})
    )
    assert sm.MACHINE.may("review", frozenset({sm.GRID})) and not sm.MACHINE.may("review", frozenset({sm.HANDLER}))
    assert sm.MACHINE.may("self_handle", frozenset({sm.GRID})) and not sm.MACHINE.may(
        "self_handle", frozenset({sm.STAFF})
    )
    with pytest.raises(ValueError):
        sm.MACHINE.actors("teleport")
