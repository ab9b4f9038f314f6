"""Seeded histories replayed through the workflows' own tables: every seeded case got to its state by allowed steps.

The check (`errors`) knows nothing of how the seeds build a history: it replays what was written, step by step,
through the pure machine. tests/graph/test_seeds_history.py runs it on what Neo4j holds after loading.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest

from graph import council, disputes, events, wishes
from graph.council.flow import OUTCOME
from graph.disputes.flow import closing_action
from graph.wishes.flow import claim_target
from graph.workflow import NEW, SYSTEM_ACTOR, StateMachine
from seeds import jianfeng, synthetic
from seeds.clock import NOW
from seeds.dataset import Dataset
from seeds.history import moments, walk

SMALL = 300  # residents of the small synthetic community the tests seed


@dataclass(frozen=True)
class Kind:
    """Where a workflow keeps its cases and their histories, and the table they are replayed through."""

    label: str
    history: str
    of: str
    state: str
    states: tuple[str, str]
    created: str  # the case's property holding when it was made: its first step's time
    machine: StateMachine
    first: int  # the version of a case's first step (a wish's create step writes 0)


KINDS = (
    Kind("Wish", "WishTransition", "OF_WISH", "status", ("fromStatus", "toStatus"), "createdAt", wishes.MACHINE, 0),
    Kind("Event", "EventStep", "OF_EVENT", "status", ("fromStatus", "toStatus"), "reportedAt", events.MACHINE, 1),
    Kind("Dispute", "DisputeStep", "OF_DISPUTE", "status", ("fromStatus", "toStatus"), "openedAt", disputes.MACHINE, 1),
    Kind("CouncilTopic", "TopicStep", "OF_TOPIC", "stage", ("fromStage", "toStage"), "proposedAt", council.MACHINE, 1),
)
Row = Mapping[str, Any]


def errors(kind: Kind, case: Row, steps: Iterable[Row], people: frozenset[str] | None = None) -> list[str]:
    """What is wrong with one case's history, replayed from a new case through the kind's table; [] if nothing.

    Each step leaves the state the one before led to, is allowed there by the table and leads where the table says
    (a wish's claim leads to CLAIMED only with its last place, the workflow's own rule); versions count up from the
    kind's first; times run from the case's making, in order, never after the demo's now; every step names its
    actor (one of `people` when given, or the sweeps' system); the last leaves the case in its current state.
    """
    found: list[str] = []
    ordered = sorted(steps, key=lambda s: s["version"])
    if not ordered:
        return [f"{case['id']}: no history"]
    before, after = kind.states
    state, claims, at = NEW, 0, case[kind.created]
    if ordered[0]["at"] != at:
        found.append(f"{case['id']}: first step at {ordered[0]['at']}, the case was made at {at}")
    for version, step in enumerate(ordered, start=kind.first):
        where = f"{case['id']} v{step['version']} {step['action']}"
        if step["version"] != version:
            found.append(f"{where}: version {step['version']}, expected {version}")
        if (step.get(before) or NEW) != state:
            found.append(f"{where}: leaves {step.get(before)}, the case was {state or 'new'}")
        if not kind.machine.can(step["action"], state):
            found.append(f"{where}: not allowed from {state or 'new'}")
        else:
            target = kind.machine.target(step["action"], state)
            claims += {"claim": 1, "release": -1}.get(step["action"], 0) if kind.label == "Wish" else 0
            if kind.label == "Wish" and step["action"] == "claim":
                target = claim_target(claims, case.get("headCount") or 1)
            if step[after] != target:
                found.append(f"{where}: led to {step[after]}, the table leads to {target}")
        if not at <= step["at"] <= NOW:
            found.append(f"{where}: at {step['at']}, before the step before ({at}) or after now")
        actor = step.get("actorId")
        if actor is None or (people is not None and actor not in people and actor != SYSTEM_ACTOR):
            found.append(f"{where}: actor {actor!r} is no person of the graph")
        state, at = step[after], step["at"]
    if state != case[kind.state]:
        found.append(f"{case['id']}: history ends at {state}, the case is {case[kind.state]}")
    if case.get("version") not in (None, ordered[-1]["version"]):
        found.append(f"{case['id']}: version {case.get('version')}, its last step's is {ordered[-1]['version']}")
    return found


def dataset_errors(ds: Dataset, kind: Kind) -> list[str]:
    """`errors` for every case of `kind` in a dataset, its steps found by their relationship to the case."""
    steps = {row["id"]: row for row in ds.nodes.get(kind.history, [])}
    of: dict[str, list[Row]] = defaultdict(list)
    for key, rows in ds.rels.items():
        if key.type == kind.of:
            for row in rows:
                of[row[1]].append(steps[row[0]])
    people = frozenset(p["id"] for p in ds.nodes["Person"])
    return [e for case in ds.nodes[kind.label] for e in errors(kind, case, of[case["id"]], people)]


@pytest.fixture(scope="module", params=["demo", "small"])
def seeded(request: pytest.FixtureRequest) -> Dataset:
    return jianfeng.build() if request.param == "demo" else synthetic.generate(SMALL)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.label)
def test_every_seeded_case_got_to_its_state_along_its_table(seeded: Dataset, kind: Kind) -> None:
    assert seeded.nodes[kind.label]
    assert dataset_errors(seeded, kind) == []


def test_a_wish_has_a_claim_step_for_each_of_its_claims(seeded: Dataset) -> None:
    claimed: dict[str, set[str]] = defaultdict(set)
    for key, rows in seeded.rels.items():
        if key.type == "CLAIMED":
            for row in rows:
                claimed[row[1]].add(row[0])
    steps: dict[str, list[str]] = defaultdict(list)
    for step in seeded.nodes["WishTransition"]:
        if step["action"] == "claim":
            steps[step["id"].rsplit("-t", 1)[0]].append(step["actorId"])
    assert {wish: len(who) for wish, who in steps.items()} == {wish: len(who) for wish, who in claimed.items()}
    units = {unit["id"] for unit in seeded.nodes["Unit"]}
    # A person claims for themself; a grid worker claims for a unit.
    assert all(set(steps[wish]) <= who or who <= units for wish, who in claimed.items())
    requesters = {row[1]: row[0] for key, rows in seeded.rels.items() if key.type == "MADE" for row in rows}
    assert all(requesters[wish] not in who for wish, who in claimed.items())


# The check itself: each kind of mistake a history can hold is found.
WISH = wishes.MACHINE
T0 = datetime(2023, 5, 1, 9, tzinfo=NOW.tzinfo)


def _wish(status: str, head_count: int = 1) -> dict[str, Any]:
    return {"id": "w", "status": status, "headCount": head_count, "createdAt": T0, "version": None}


def _steps(actions: list[str], refined: dict[int, str] | None = None) -> list[dict[str, Any]]:
    return [
        {"action": a, "fromStatus": b, "toStatus": c, "at": T0 + timedelta(hours=i), "version": i, "actorId": "p"}
        for i, (a, b, c) in enumerate(walk(WISH, actions, refined))
    ]


def test_the_check_passes_a_true_history_and_finds_each_kind_of_lie() -> None:
    wish = KINDS[0]
    assert errors(wish, _wish("CLAIMED"), _steps(["create", "verify", "publish", "claim"])) == []
    assert errors(wish, _wish("FULFILLED"), []) == ["w: no history"]
    assert "ends at PUBLISHED" in errors(wish, _wish("FULFILLED"), _steps(["create", "verify", "publish"]))[0]
    skipped = _steps(["create", "verify", "publish"])
    del skipped[1]
    assert any("not allowed from SUBMITTED" in e for e in errors(wish, _wish("PUBLISHED"), skipped))
    one_of_two = _steps(["create", "verify", "publish", "claim"])
    assert "the table leads to PUBLISHED" in errors(wish, _wish("CLAIMED", 2), one_of_two)[0]
    two = _steps(["create", "verify", "publish", "claim", "claim"], {3: "PUBLISHED"})
    assert errors(wish, _wish("CLAIMED", 2), two) == []
    late = _steps(["create", "verify"])
    late[1]["at"] = NOW + timedelta(days=1)
    assert "after now" in errors(wish, _wish("VERIFIED"), late)[0]
    nobody = _steps(["create"])
    assert "no person" in errors(wish, _wish("SUBMITTED"), nobody, frozenset({"q"}))[0]


def test_moments_run_in_order_from_start_to_end() -> None:
    rng = random.Random(1)
    end = T0 + timedelta(days=3, microseconds=5)
    found = moments(rng, T0, end, 5)
    assert len(found) == 5 and found[-1] == end
    assert all(a < b for a, b in zip([T0, *found], found, strict=False))
    assert moments(rng, T0, end, 0) == []


def test_a_closed_case_ends_with_the_step_its_outcome_takes(seeded: Dataset) -> None:
    last: dict[str, Row] = {}
    for label in ("DisputeStep", "TopicStep"):
        for step in seeded.nodes[label]:
            case = step["id"].rsplit("-h", 1)[0]
            if case not in last or last[case]["version"] < step["version"]:
                last[case] = step
    for case in seeded.nodes["Dispute"]:
        if case["status"] == "CLOSED":
            assert last[case["id"]]["action"] == closing_action(case["outcome"]), case["id"]
    for topic in seeded.nodes["CouncilTopic"]:
        if topic["stage"] in ("REVIEWED", "REOPENED"):
            assert OUTCOME[last[topic["id"]]["action"]] == topic["outcome"], topic["id"]
