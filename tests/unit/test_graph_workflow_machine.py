"""The state machine every workflow's table is read by, alone: moves, targets, who may act, what refusals say."""

from __future__ import annotations

import pytest

from graph import council, disputes, events, wishes
from graph.core.errors import Forbidden, InvalidInput, InvalidState
from graph.workflow.machine import NEW, Move, StateMachine

MACHINES = (wishes.MACHINE, events.MACHINE, disputes.MACHINE, council.MACHINE)
STAFF, OWNER = "isStaff", "isOwner"
TABLE = StateMachine(
    noun="case",
    states=("OPEN", "SHUT"),
    terminal=frozenset({"SHUT"}),
    moves={
        "open": Move(frozenset({NEW}), "OPEN"),
        "note": Move(frozenset({"OPEN"}), None, frozenset({OWNER, STAFF})),
        "shut_down": Move(frozenset({"OPEN"}), "SHUT", frozenset({STAFF})),
    },
    who={OWNER: "its owner", STAFF: "staff"},
    what={"note": "write on this case"},
)


def test_the_table_answers_every_question() -> None:
    assert TABLE.actions == ("open", "note", "shut_down")
    assert TABLE.open == frozenset({"OPEN"})
    assert TABLE.roles == frozenset({OWNER, STAFF})
    assert TABLE.allowed_from("shut_down") == frozenset({"OPEN"})
    assert TABLE.can("open", NEW) and not TABLE.can("open", "OPEN")
    assert TABLE.target("open") == "OPEN" and TABLE.target("shut_down", "OPEN") == "SHUT"
    assert TABLE.is_terminal("SHUT") and not TABLE.is_terminal("OPEN")


def test_a_move_without_a_target_stays_where_it_is() -> None:
    assert TABLE.target("note", "OPEN") == "OPEN"


def test_a_move_without_actors_leaves_the_actor_to_the_workflow() -> None:
    assert TABLE.may("open", frozenset())
    assert not TABLE.may("shut_down", frozenset({OWNER}))
    assert TABLE.may("note", frozenset({OWNER}))


def test_a_role_that_may_take_the_step_is_told_the_state_and_what_it_could_do_now() -> None:
    with pytest.raises(InvalidState) as refused:
        TABLE.verdict("shut_down", "SHUT", frozenset({STAFF}), "caseId")
    assert str(refused.value) == "cannot shut down a case that is SHUT"
    assert isinstance(refused.value, InvalidInput) and refused.value.argument == "caseId"
    assert (refused.value.noun, refused.value.action, refused.value.state) == ("case", "shut_down", "SHUT")
    assert refused.value.allowed == ()
    # An owner asking to shut an open case is refused for their role; one asking to write on a shut one, for its state.
    with pytest.raises(InvalidState) as refused:
        TABLE.verdict("note", "SHUT", frozenset({OWNER}), "caseId")
    assert refused.value.allowed == ()


def test_a_role_that_may_never_take_the_step_is_forbidden_whatever_the_state() -> None:
    for state in ("OPEN", "SHUT"):
        with pytest.raises(Forbidden, match=r"^you may not shut down this case: only staff may$"):
            TABLE.verdict("shut_down", state, frozenset({OWNER}), "caseId")


def test_the_steps_offered_are_those_of_the_state_and_the_role() -> None:
    assert TABLE.allowed("OPEN", frozenset({STAFF})) == ("note", "shut_down")
    assert TABLE.allowed("OPEN", frozenset({OWNER})) == ("note",)
    assert TABLE.allowed("OPEN", frozenset()) == ()
    implied = StateMachine(
        noun="case",
        states=TABLE.states,
        terminal=TABLE.terminal,
        moves=TABLE.moves,
        implies={"isBoss": frozenset({STAFF})},
    )
    assert implied.allowed("OPEN", frozenset({"isBoss"})) == ("note", "shut_down")


def test_who_may_act_is_said_in_the_tables_order() -> None:
    with pytest.raises(Forbidden, match=r"^you may not write on this case: only its owner or staff may$"):
        TABLE.verdict("note", "OPEN", frozenset(), "caseId")
    with pytest.raises(Forbidden, match=r"^you may not shut down this case for them: only staff may$"):
        TABLE.verdict("shut_down", "OPEN", frozenset({OWNER}), "caseId", whom=" for them")
    assert TABLE.verdict("shut_down", "OPEN", frozenset({STAFF}), "caseId") == "SHUT"


def test_an_unknown_action_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown case action 'explode'"):
        TABLE.can("explode", "OPEN")


# Two ways to DONE: straight (`finish`) or through CHECKED; `recheck` keeps the state and is never on a path.
ROUTES = StateMachine(
    noun="job",
    states=("NEW_JOB", "CHECKED", "DONE", "LOST"),
    terminal=frozenset({"DONE", "LOST"}),
    moves={
        "start": Move(frozenset({NEW}), "NEW_JOB"),
        "check": Move(frozenset({"NEW_JOB"}), "CHECKED"),
        "recheck": Move(frozenset({"CHECKED"}), None),
        "approve": Move(frozenset({"CHECKED"}), "DONE"),
        "finish": Move(frozenset({"NEW_JOB", "CHECKED"}), "DONE"),
        "skip": Move(frozenset({"NEW_JOB"}), "DONE"),
    },
)


def test_a_path_is_the_fewest_actions_from_a_new_case_ties_going_to_the_table_order() -> None:
    assert ROUTES.path("NEW_JOB") == ("start",)
    assert ROUTES.path("DONE") == ("start", "finish")  # `skip` is as short but comes later in the table
    assert ROUTES.path("DONE", avoid={"finish"}) == ("start", "skip")
    assert ROUTES.path("DONE", via=("CHECKED",)) == ("start", "check", "approve")
    assert ROUTES.path("DONE", via=("CHECKED",), avoid={"approve"}) == ("start", "check", "finish")
    assert ROUTES.path(NEW) == ()


def test_a_state_the_table_cannot_reach_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no job path from a new case to LOST"):
        ROUTES.path("LOST")
    with pytest.raises(ValueError, match=r"no job path from a new case to CHECKED avoiding \[.check.\]"):
        ROUTES.path("DONE", via=("CHECKED",), avoid={"check"})


@pytest.mark.parametrize("machine", MACHINES, ids=lambda m: m.noun)
def test_every_state_of_every_workflow_has_a_path_that_replays_to_it(machine: StateMachine) -> None:
    for state in machine.states:
        at = NEW
        for action in machine.path(state):
            assert machine.can(action, at), (state, action, at)
            at = machine.target(action, at)
        assert at == state
