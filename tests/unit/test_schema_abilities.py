"""`viewer.mutations` is read from the judges of the steps (checked without Neo4j; per role over HTTP in
tests/api/test_viewer.py)."""

from __future__ import annotations

from graph import events, wishes
from graph.access.viewer import ADMIN, GRID_WORKER, PARTY_MEMBER, RESIDENT, UNIT_CONTACT
from graph.workflow import holders, may_ever
from schema.abilities import JUDGES, mutations
from schema.root import schema


def test_every_mutation_of_the_schema_has_a_judge_and_every_action_is_its_table_s() -> None:
    found = schema._schema.mutation_type
    assert found is not None
    assert sorted(JUDGES) == sorted(found.fields), "a new mutation needs its judge in schema/abilities.py"
    for name, judge in JUDGES.items():
        if isinstance(judge, tuple):
            machine, action = judge
            assert action in machine.actions, (name, action)


def test_relations_are_held_with_the_roles_the_locks_read() -> None:
    assert holders({"isStaff"}) == {ADMIN, GRID_WORKER}
    assert holders({"isGridWorker"}) == {GRID_WORKER}
    assert holders({"isRequester"}) == holders({"isReporter"}) and RESIDENT in holders({"isRequester"})
    assert holders({"system"}) == frozenset()
    # A table's row answers for the roles: verify is staff's, withdraw the requester's (any person's).
    assert may_ever(wishes.MACHINE, "verify", {GRID_WORKER}) and not may_ever(wishes.MACHINE, "verify", {RESIDENT})
    assert may_ever(wishes.MACHINE, "withdraw", {RESIDENT})
    # Reviewing is a grid worker's of the event's grid: an administrator's rights stop short of it.
    assert not may_ever(events.MACHINE, "review", {ADMIN})


def test_a_role_s_list_follows_the_tables_when_they_change() -> None:
    resident, helper = set(mutations({RESIDENT})), set(mutations({PARTY_MEMBER}))
    assert {"createWish", "withdrawWish", "reportEvent", "rateEvent", "proposeTopic"} <= resident
    assert not resident & {"verifyWish", "publishWish", "addEventCategory", "recordNeed", "startEvent"}
    assert {"claimWish", "fulfilWish"} <= helper
    assert {"startEvent", "resolveEvent"} <= set(mutations({UNIT_CONTACT}))  # a unit handles events assigned to it
    # A token naming a person but no role: what any person may take.
    assert {"createWish", "reportEvent", "proposeTopic"} <= set(mutations(set())) <= resident
    admin, worker = set(mutations({ADMIN})), set(mutations({GRID_WORKER}))
    assert {"expireOverdueWishes", "addDepartment"} <= admin - worker
    assert {"reviewEvent", "selfHandleEvent"} <= worker - admin
