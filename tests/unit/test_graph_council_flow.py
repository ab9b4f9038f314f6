"""The council's topic state machine, alone: the four stages, every refusal and what it says."""

from __future__ import annotations

from typing import cast

import pytest

from graph import council
from graph.core import model
from graph.core.db import Graph
from graph.core.errors import InvalidInput
from graph.council import flow as topics
from graph.workflow import Actor
from seeds.catalog import EVENTS, TOPICS


def test_stages_match_the_model() -> None:
    assert topics.STAGES == model.TOPIC_STAGES
    assert set(topics.OUTCOME.values()) == set(model.TOPIC_OUTCOMES)


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


async def test_a_topic_of_no_known_category_is_refused_before_anything_is_read() -> None:
    with pytest.raises(InvalidInput) as refused:
        await council.propose_topic(cast(Graph, None), Actor("p1"), "jf", "绿化带补植", "roads")
    assert refused.value.argument == "category" and "GREENING" in str(refused.value)


def test_the_demo_proposes_topics_of_known_categories_only() -> None:
    assert set(TOPICS) | {e.topic for e in EVENTS if e.topic} <= set(model.TOPIC_CATEGORIES)
