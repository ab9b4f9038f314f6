"""Who may run which mutation: every mutation of the schema, without a token, as a role that may not, as one that may."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from starlette.testclient import TestClient

from graph.access.viewer import GRID_WORKER, UNIT_CONTACT
from graph.core.db import Graph
from tests.api.access_rows_council import COUNCIL_ROWS
from tests.api.access_rows_events import EVENT_ROWS
from tests.api.access_rows_services import SERVICE_ROWS
from tests.api.access_rows_wishes import WISH_ROWS, match_plan, wish_in
from tests.api.access_world import (
    MUTATIONS,
    NO_TOKEN,
    Row,
    World,
    code,
    document,
    find_world,
    other_grids_worker,
    snapshot,
)
from tests.api.gql import gid, gql_as
from tests.auth import ADMIN, bearer

# The matrix: for every mutation of the schema, a subject prepared in the state the step needs, a person whose role
# may not take it, and one whose role may (tests/api/access_world.py, the rows by family in tests/api/access_rows_*).
ROWS: dict[str, Row] = WISH_ROWS | EVENT_ROWS | COUNCIL_ROWS | SERVICE_ROWS


@pytest.fixture
async def world(scratch_demo: Graph) -> World:
    return await find_world(scratch_demo)


@pytest.mark.parametrize("name", MUTATIONS)
async def test_who_may_run_each_mutation(
    name: str, scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    row = ROWS.get(name)
    assert row is not None, f"{name} has no row in the access matrix"
    g = scratch_demo
    variables, subject = await row.prepare(g, world)
    query = document(name)
    before = await snapshot(g, subject)

    anonymous = gql_as(scratch_client, NO_TOKEN, query, **variables)
    assert (code(anonymous), anonymous.get("data")) == ("UNAUTHENTICATED", None), anonymous
    # Refused for the role, or (a target the person may not see) answered as an id that names nothing.
    denied = gql_as(scratch_client, world.token(row.denied), query, **variables)
    assert code(denied) in ("FORBIDDEN", "NOT_FOUND"), denied
    message = denied["errors"][0]["message"]
    assert (
        message.startswith("no ")
        if code(denied) == "NOT_FOUND"
        else ("you may not" in message or "reserved" in message or "not linked" in message)
    )
    assert await snapshot(g, subject) == before, "a refused mutation wrote nothing"

    allowed = gql_as(scratch_client, world.token(row.allowed), query, **variables)
    assert "errors" not in allowed, allowed
    assert allowed["data"][name] is not None
    assert await snapshot(g, subject) != before or name in SWEEPS, "the allowed mutation wrote"


# The sweeps may find nothing to do.
SWEEPS = frozenset({"expireOverdueWishes", "releaseStaleClaims"})


async def test_matching_and_staff_reads_by_role(scratch_client: TestClient, scratch_demo: Graph, world: World) -> None:
    w, g = world, scratch_demo
    wish = gid("Wish", await wish_in(g, w, "PUBLISHED"))
    elsewhere = bearer(await other_grids_worker(g, w), GRID_WORKER)
    reads: list[tuple[str, dict[str, Any], tuple[dict[str, str], ...], tuple[dict[str, str], ...]]] = [
        (
            "query($id: ID!) { node(id: $id) { ... on Wish { candidates(first: 1) { nodes { score } } } } }",
            {"id": wish},
            (w.token("R"),),
            (w.token("W"), ADMIN),
        ),
        (
            # About a helper the grid worker sees (staff): one they may not see is answered as a missing one.
            "query($w: ID!, $h: ID!) { explainExclusion(wishId: $w, helperId: $h) { excluded } }",
            {"w": wish, "h": gid("Person", w.handler)},
            (w.token("R"), w.token("H")),
            (w.token("W"), ADMIN),
        ),
        (
            "query($s: ID!) { matchPlan(scope: $s) { fingerprint } }",
            {"s": gid("Grid", w.grid)},
            (w.token("R"), elsewhere),
            (w.token("W"), ADMIN),
        ),
        (
            # A grid worker's row is visible to everyone signed in; their suggestions only to them and staff.
            "query($id: ID!) { node(id: $id) { ... on Person { suggestedWishes(first: 1) { nodes { score } } } } }",
            {"id": gid("Person", w.worker)},
            (w.token("R"),),
            (w.token("W"), w.token("W2"), ADMIN),
        ),
        (
            "query($id: ID!) { node(id: $id) { ... on Unit { suggestedWishes(first: 1) { nodes { score } } } } }",
            {"id": gid("Unit", w.unit)},
            (w.token("R"), bearer(w.resident, UNIT_CONTACT, unit="jf-u-none")),
            (bearer(w.resident, UNIT_CONTACT, unit=w.unit), w.token("W"), ADMIN),
        ),
        (
            "{ coverageGaps(days: 30, first: 1) { totalCount } }",
            {},
            (w.token("R"), w.token("H")),
            (w.token("W"), ADMIN),
        ),
        (
            "query($s: ID!) { suggestedTopics(scope: $s, first: 1) { nodes { size } } }",
            {"s": gid("Community", "jf")},
            (w.token("R"),),
            (w.token("W"), ADMIN),
        ),
    ]
    for query, variables, denied, allowed in reads:
        for token in denied:
            body = gql_as(scratch_client, token, query, **variables)
            assert code(body) == "FORBIDDEN", (query, body)
        for token in allowed:
            body = gql_as(scratch_client, token, query, **variables)
            assert "errors" not in body, (query, body)


async def test_a_grid_worker_applies_plans_of_their_own_grid_only(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    variables, _ = await match_plan(scratch_demo, world)
    query = document("applyMatchPlan")
    before = await snapshot(scratch_demo, None)
    elsewhere = bearer(await other_grids_worker(scratch_demo, world), GRID_WORKER)
    body = gql_as(scratch_client, elsewhere, query, **variables)
    assert code(body) == "FORBIDDEN"
    assert body["errors"][0]["message"] == (
        "you may not plan this grid's wishes: only a grid worker of it or an administrator may"
    )
    # An administrator's account that is no person of the graph cannot act: claims name who made them.
    assert code(gql_as(scratch_client, ADMIN, query, **variables)) == "FORBIDDEN"
    assert await snapshot(scratch_demo, None) == before


# Steps on the community's own business, which any grid worker of the community takes: council meetings and
# topics, service items and activities. Every other step a grid worker may take acts on their grids' rows only.
COMMUNITY_WIDE = frozenset(
    {
        "scheduleCouncilMeeting",
        "acceptTopic",
        "rejectTopic",
        "mergeTopic",
        "deliberateTopic",
        "superviseTopic",
        "reviewTopic",
        "addServiceItem",
        "recordServiceActivity",
    }
)
GRID_STEPS = sorted(n for n, r in ROWS.items() if r.allowed in ("W", "W2") and n not in COMMUNITY_WIDE)


def missing_twin(variables: dict[str, Any], argument: str) -> dict[str, Any]:
    """The variables with `argument`'s id replaced by one that names nothing (of the same label)."""
    fields = dict(variables["input"])
    value = fields[argument]
    first = value[0] if isinstance(value, list) else value
    label = base64.b64decode(first).decode().split(":", 1)[0]
    ghost = gid(label, "jf-none-0")
    fields[argument] = [ghost] if isinstance(value, list) else ghost
    return {**variables, "input": fields}


@pytest.mark.parametrize("name", GRID_STEPS)
async def test_a_grid_worker_of_another_grid_acts_on_nothing_of_this_one(
    name: str, scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    """What another grid holds is, to them, what does not exist: the same NOT_FOUND, and nothing changes."""
    g = scratch_demo
    variables, subject = await ROWS[name].prepare(g, world)
    before = await snapshot(g, subject)
    elsewhere = bearer(await other_grids_worker(g, world), GRID_WORKER)
    body = gql_as(scratch_client, elsewhere, document(name), **variables)
    assert await snapshot(g, subject) == before, "nothing changes"
    if name == "applyMatchPlan":  # a plan names its grid, which everyone signed in may see
        assert code(body) == "FORBIDDEN", body
        return
    assert code(body) == "NOT_FOUND", body
    error = body["errors"][0]
    twin = gql_as(scratch_client, elsewhere, document(name), **missing_twin(variables, error["extensions"]["argument"]))
    assert twin["errors"][0]["extensions"] == error["extensions"]
    assert twin["errors"][0]["message"].split(" ")[:-1] == error["message"].split(" ")[:-1]


@pytest.mark.parametrize("name", sorted(COMMUNITY_WIDE))
async def test_community_business_is_any_grid_worker_s(
    name: str, scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    variables, _ = await ROWS[name].prepare(scratch_demo, world)
    elsewhere = bearer(await other_grids_worker(scratch_demo, world), GRID_WORKER)
    body = gql_as(scratch_client, elsewhere, document(name), **variables)
    assert "errors" not in body, body


# README's workflow rules as a second opinion, for every mutation and every person of the world: who may take the
# step on the prepared subject (W, W2: the grid's workers, W2 handling its events; R: the resident who requested
# or reported it; R2: a neighbour with no part in it; H: the helper who claimed it; X: another grid's worker).
# Anyone not named is refused with a code and nothing changes.
STAFF = frozenset({"W", "W2"})
CLAIMANT_STEPS = ("claimWish", "declineWish", "releaseWishClaim")
UNIQUE_NAMES = {"addEventCategory": "code", "addDepartment": "name"}
GRID_WORKERS_OWN = frozenset({"reviewEvent", "selfHandleEvent", "recordHomeVisit"})
# V: a volunteer, U: a unit's contact, A: an administrator (each a person of the graph with no part in the subject).
EVERYONE = frozenset({"W", "W2", "R", "R2", "H", "X", "V", "U", "A"})
MAY: dict[str, frozenset[str]] = {
    **dict.fromkeys(["verifyWish", "rejectWish", "publishWish", "cancelWish", "expireWish", "applyMatchPlan"], STAFF),
    "createWish": frozenset({"R", "W", "W2"}),  # the requester, or staff for a resident of their grid
    "withdrawWish": frozenset({"R"}),
    # Staff take a resident's or a helper's step for them (a wish asked for at the office, a claim by phone).
    "confirmWish": STAFF | {"R"},
    **dict.fromkeys(["startWish", "fulfilWish"], STAFF | {"H"}),
    # Steps naming the claimant: staff act for helpers they see (people of their grids) only.
    **dict.fromkeys(CLAIMANT_STEPS, frozenset({"H"})),
    **dict.fromkeys(
        ["expireOverdueWishes", "releaseStaleClaims", "addEventCategory", "addDepartment"], frozenset({"A"})
    ),
    "reportEvent": EVERYONE,
    **dict.fromkeys(
        ["verifyEvent", "invalidateEvent", "markEventDuplicate", "assignEvent", "selfHandleEvent", "closeEvent"], STAFF
    ),
    # The handler's steps: the handler (W2), or another worker of the grid standing in.
    **dict.fromkeys(
        ["requestEventReassignment", "startEvent", "holdEvent", "resumeEvent", "escalateEvent", "resolveEvent"], STAFF
    ),
    "reviewEvent": frozenset({"W"}),  # not the handler's own work
    "reworkEvent": STAFF,
    **dict.fromkeys(["rateEvent", "reopenEvent"], frozenset({"R"})),
    **dict.fromkeys(
        ["openDispute", "addDisputeParty", "assignMediator", "recordMediationSession", "closeDispute"], STAFF
    ),
    **dict.fromkeys(["recordNeed", "setNeedStatus", "recordHomeVisit", "recordAttendance"], STAFF),
    **dict.fromkeys(["addServiceItem", "recordServiceActivity"], STAFF | {"X"}),
    "scheduleCouncilMeeting": STAFF | {"X"},
    "recordMeetingAttendance": STAFF,
    "proposeTopic": EVERYONE,
    **dict.fromkeys(
        ["acceptTopic", "rejectTopic", "mergeTopic", "deliberateTopic", "superviseTopic", "reviewTopic"],
        STAFF | {"X"},
    ),
}
HELPER_IN_GRID = """MATCH (:Person {id: $helper})-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)
                    -[:IN_GRID]->(:Grid {id: $grid}) RETURN true AS yes LIMIT 1"""
REFUSALS = frozenset({"UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT"})


@pytest.mark.parametrize("name", MUTATIONS)
async def test_every_person_of_the_world_against_the_readme(
    name: str, scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    assert name in MAY, f"{name} has no rule in the README oracle"
    g = scratch_demo
    # Each person gets a subject of their own: the helper takes many claims here.
    await g.write("MATCH (h:Person {id: $id}) SET h.capacity = 100", id=world.helper)
    volunteer = await g.read_one(
        "MATCH (v:Volunteer) WHERE NOT v:GridWorker AND NOT v:PartyMember AND NOT v.id IN $taken "
        "RETURN v.id AS id ORDER BY id LIMIT 1",
        taken=[world.resident, world.neighbour, world.helper],
    )
    assert volunteer is not None
    others = {
        "X": bearer(await other_grids_worker(g, world), GRID_WORKER),
        "V": bearer(volunteer["id"], "volunteer", "resident"),
        "U": bearer(volunteer["id"], UNIT_CONTACT, unit=world.unit),
        "A": bearer(volunteer["id"], "admin"),
    }
    # Administrators take every step staff take, but a grid worker's own acts (README) and a plan computed by
    # someone else (its fingerprint is its computer's view).
    admin_too = ("W" in MAY[name] or name in CLAIMANT_STEPS) and name not in GRID_WORKERS_OWN | {"applyMatchPlan"}
    may = MAY[name] | ({"A"} if admin_too else set())
    if name in CLAIMANT_STEPS and await g.read_one(HELPER_IN_GRID, helper=world.helper, grid=world.grid):
        may |= STAFF
    differences = []
    for who in sorted(EVERYONE | {"NOBODY"}):
        variables, subject = await ROWS[name].prepare(g, world)
        if name in UNIQUE_NAMES:  # a code or name stored once: each person's request names its own
            field = UNIQUE_NAMES[name]
            variables = {"input": {**variables["input"], field: f"{variables['input'][field]}_{who}"}}
        before = await snapshot(g, subject)
        token = others.get(who) or world.token(who)
        body = gql_as(scratch_client, token, document(name), **variables)
        changed = await snapshot(g, subject) != before
        took = "errors" not in body and (changed or name in SWEEPS)
        if took != (who in may) or (not took and (changed or code(body) not in REFUSALS)):
            differences.append((who, code(body), changed, (body.get("errors") or [{}])[0].get("message")))
    assert differences == [], differences


async def test_a_duplicate_of_another_grid_s_event_is_answered_as_a_missing_one(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    """markEventDuplicate told a hidden event (another grid's) from an id that names nothing."""
    g = scratch_demo
    variables, subject = await ROWS["markEventDuplicate"].prepare(g, world)
    row = await g.read_one(
        """MATCH (e:Event)-[:IN_GRID]->(o:Grid) WHERE o.id <> $grid AND NOT EXISTS { (o)<-[:WORKS_GRID]-(:Person {id: $w}) }
           RETURN e.id AS id ORDER BY id LIMIT 1""",
        grid=world.grid,
        w=world.worker,
    )
    assert row is not None
    before = await snapshot(g, subject)
    answers = []
    for other in (row["id"], "jf-e-none"):
        fields = {**variables["input"], "duplicateOfId": gid("Event", other)}
        body = gql_as(scratch_client, world.token("W"), document("markEventDuplicate"), input=fields)
        answers.append((body["errors"][0]["extensions"], body["errors"][0]["message"].replace(other, "x")))
    assert answers[0] == answers[1] == ({"code": "NOT_FOUND", "argument": "duplicateOfId"}, "no event 'x'")
    assert await snapshot(g, subject) == before
