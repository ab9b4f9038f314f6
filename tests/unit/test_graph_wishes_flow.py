"""The wish state machine, pure: every action from every state, where each leads, who may take it."""

from __future__ import annotations

import pytest

from graph.core.model import WISH_STATUSES
from graph.wishes import flow as sm

BEFORE_WORK = {"SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "CONFIRMED"}
TERMINAL = {"FULFILLED", "REJECTED", "CANCELLED", "WITHDRAWN", "EXPIRED"}

# The table, written out again so the module is checked against it rather than against itself.
ALLOWED = {
    "verify": {"SUBMITTED"},
    "reject": {"SUBMITTED", "VERIFIED"},
    "publish": {"VERIFIED"},
    "claim": {"PUBLISHED"},
    "release": {"PUBLISHED", "CLAIMED", "CONFIRMED"},
    "confirm": {"CLAIMED"},
    "start": {"CLAIMED", "CONFIRMED"},
    "fulfil": {"IN_PROGRESS"},
    "cancel": set(WISH_STATUSES) - TERMINAL,
    "withdraw": BEFORE_WORK,
    "expire": BEFORE_WORK,
    "decline": {"PUBLISHED"},
}
TARGET = {
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
    "decline": "PUBLISHED",
}


def test_states_are_the_models() -> None:
    assert set(sm.STATES) == set(WISH_STATUSES)
    assert len(sm.STATES) == 11
    assert set(sm.ACTIONS) == set(ALLOWED)


@pytest.mark.parametrize("action", sorted(ALLOWED))
@pytest.mark.parametrize("state", sm.STATES)
def test_every_action_from_every_state(action: str, state: str) -> None:
    allowed = state in ALLOWED[action]
    assert sm.MACHINE.can(action, state) is allowed
    assert (state in sm.MACHINE.allowed_from(action)) is allowed
    assert sm.MACHINE.refusal(action, state) == f"cannot {action} a wish that is {state}"


def test_no_action_leaves_a_terminal_state() -> None:
    for state in TERMINAL:
        assert sm.MACHINE.is_terminal(state)
        assert not any(sm.MACHINE.can(action, state) for action in sm.ACTIONS)
    assert not any(sm.MACHINE.is_terminal(s) for s in set(sm.STATES) - TERMINAL)


@pytest.mark.parametrize("action", sorted(TARGET))
def test_targets(action: str) -> None:
    assert sm.MACHINE.target(action) == TARGET[action]
    assert sm.MACHINE.target(action) in sm.STATES


def test_a_claim_fills_the_wish_only_at_its_head_count() -> None:
    assert sm.claim_target(claims_after=1, head_count=1) == "CLAIMED"
    assert sm.claim_target(claims_after=1, head_count=2) == "PUBLISHED"
    assert sm.claim_target(claims_after=2, head_count=2) == "CLAIMED"


def test_every_transition_lands_in_a_state_it_may_come_from_or_a_terminal_one() -> None:
    # Nothing strands a wish: each target is terminal or allows some action onward.
    for action in sm.ACTIONS:
        to = sm.MACHINE.target(action)
        assert sm.MACHINE.is_terminal(to) or any(sm.MACHINE.can(a, to) for a in sm.ACTIONS)


def test_the_transition_list_excludes_the_claimant_actions() -> None:
    assert set(sm.TRANSITIONS) == set(sm.ACTIONS) - {"claim", "release", "decline"}
    assert set(sm.NEEDS_NOTE) == {"reject"}


def test_unknown_action() -> None:
    with pytest.raises(ValueError, match="unknown wish action"):
        sm.MACHINE.allowed_from("steal")
    with pytest.raises(ValueError):
        sm.MACHINE.target("steal")


@pytest.mark.parametrize(
    ("action", "roles", "allowed"),
    [
        ("verify", {sm.STAFF}, True),
        ("verify", {sm.REQUESTER, sm.HELPER}, False),
        ("cancel", {sm.STAFF}, True),
        ("cancel", {sm.REQUESTER}, False),
        ("withdraw", {sm.REQUESTER}, True),
        ("withdraw", {sm.STAFF}, False),
        ("release", {sm.SELF}, True),
        ("release", {sm.HELPER}, False),
        ("release", {sm.SYSTEM}, True),
        ("claim", {sm.SYSTEM}, False),
        ("expire", {sm.SYSTEM}, True),
        ("fulfil", {sm.HELPER}, True),
        ("fulfil", set(), False),
        ("confirm", {sm.REQUESTER}, True),
    ],
)
def test_who_may_act(action: str, roles: set[str], allowed: bool) -> None:
    assert sm.MACHINE.may(action, frozenset(roles)) is allowed
