"""The dispute and council state machines, alone: every step from every state, and what a refusal says."""

from __future__ import annotations

import pytest

from graph.core import model
from graph.council import flow as topics
from graph.disputes import flow as disputes


def test_states_match_the_model() -> None:
    assert disputes.STATES == model.DISPUTE_STATUSES
    assert disputes.OUTCOMES == model.DISPUTE_OUTCOMES
    assert disputes.ROLES == model.PARTY_ROLES
    assert topics.STAGES == model.TOPIC_STAGES
    assert set(topics.OUTCOME.values()) == set(model.TOPIC_OUTCOMES)


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


def _walk(*actions: str) -> str:
    stage = "PROPOSED"
    for action in actions:
        assert topics.MACHINE.can(action, stage), f"{action} from {stage}"
        stage = topics.MACHINE.target(action, stage)
    return stage


def test_a_topic_goes_through_the_four_stages() -> None:
    assert _walk("accept", "deliberate", "supervise", "supervise", "solve") == "REVIEWED"
    assert _walk("accept", "deliberate", "supervise", "reopen", "deliberate", "supervise", "solve") == "REVIEWED"
    assert _walk("reject") == "REJECTED"
    assert _walk("merge") == "MERGED"
    assert _walk("accept", "merge") == "MERGED"


def test_finished_topics_take_no_step() -> None:
    for stage in topics.TERMINAL:
        assert not any(topics.MACHINE.can(action, stage) for action in topics.ACTIONS)
        assert topics.MACHINE.is_terminal(stage)


@pytest.mark.parametrize(
    ("action", "stage"),
    [
        ("deliberate", "PROPOSED"),
        ("supervise", "ACCEPTED"),
        ("solve", "DELIBERATED"),
        ("accept", "ACCEPTED"),
        ("reject", "DELIBERATED"),
        ("merge", "SUPERVISED"),
        ("reopen", "REOPENED"),
    ],
)
def test_out_of_order_topic_steps_are_refused(action: str, stage: str) -> None:
    assert not topics.MACHINE.can(action, stage)
    assert topics.MACHINE.refusal(action, stage) == f"cannot {action} a topic that is {stage}"


def test_reasons_are_needed_to_reject_and_reopen() -> None:
    assert frozenset({"reject", "reopen"}) == topics.NEEDS_NOTE
    assert topics.OUTCOME == {"solve": "SOLVED", "reopen": "REOPENED"}
    with pytest.raises(ValueError):
        topics.MACHINE.target("approve")
