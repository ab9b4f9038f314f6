"""The residents' council topic state machine: propose, deliberate, supervise, review, and the ways out (pure)."""

from __future__ import annotations

from collections.abc import Mapping

from graph.core.model import TOPIC_STAGES

STAGES = TOPIC_STAGES  # the model's list: one source for the API's enum and the machine
TERMINAL = frozenset({"REVIEWED", "REJECTED", "MERGED"})
OPEN = frozenset(STAGES) - TERMINAL

_FROM: Mapping[str, frozenset[str]] = {
    "accept": frozenset({"PROPOSED"}),
    "reject": frozenset({"PROPOSED"}),
    # Like proposals in Decidim, a topic is merged while it is still being evaluated.
    "merge": frozenset({"PROPOSED", "ACCEPTED"}),
    # A reopened topic goes back to deliberation.
    "deliberate": frozenset({"ACCEPTED", "REOPENED"}),
    "supervise": frozenset({"DELIBERATED", "SUPERVISED"}),
    "solve": frozenset({"SUPERVISED"}),
    "reopen": frozenset({"SUPERVISED"}),
}
_TO: Mapping[str, str] = {
    "accept": "ACCEPTED",
    "reject": "REJECTED",
    "merge": "MERGED",
    "deliberate": "DELIBERATED",
    "supervise": "SUPERVISED",
    "solve": "REVIEWED",
    "reopen": "REOPENED",
}
OUTCOME = {"solve": "SOLVED", "reopen": "REOPENED"}
ACTIONS = tuple(_FROM)
NEEDS_NOTE = frozenset({"reject", "reopen"})


def _known(action: str) -> str:
    if action not in _FROM:
        raise ValueError(f"unknown topic action {action!r}")
    return action


def allowed_from(action: str) -> frozenset[str]:
    return _FROM[_known(action)]


def can(action: str, stage: str) -> bool:
    return stage in allowed_from(action)


def target(action: str) -> str:
    return _TO[_known(action)]


def is_terminal(stage: str) -> bool:
    return stage in TERMINAL


def refusal(action: str, stage: str) -> str:
    return f"cannot {action} a topic that is {stage}"
