"""Typed errors a UI can show: every workflow step refused for its state is INVALID_STATE (with the state and what the
viewer could do now), for a role that may never take it FORBIDDEN; and each family of codes in Chinese with zh-CN."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, LiteralString

import pytest
from starlette.testclient import TestClient

from graph.core.db import Connection, Graph
from graph.council import flow as council
from graph.disputes import flow as disputes
from graph.events import flow as events
from graph.wishes import flow as wishes
from graph.workflow import StateMachine
from tests.api.access_world import World, code, document, find_world, snapshot
from tests.api.conftest import app_for
from tests.api.gql import gid
from tests.api.test_access_mutations import ROWS
from tests.auth import ADMIN, bearer

WISH = (wishes.MACHINE, "Wish", "status")
EVENT = (events.MACHINE, "Event", "status")
DISPUTE = (disputes.MACHINE, "Dispute", "status")
TOPIC = (council.MACHINE, "CouncilTopic", "stage")
# Every mutation that takes a workflow step on a case that exists: its table, the case's label and state, its action.
STEPS: dict[str, tuple[tuple[StateMachine, str, str], str]] = {
    **{f"{a}Wish": (WISH, a) for a in ("verify", "reject", "publish", "confirm", "start", "cancel", "withdraw")},
    **{f"{a}Wish": (WISH, a) for a in ("expire", "fulfil", "claim", "decline")},
    "releaseWishClaim": (WISH, "release"),
    **{f"{a}Event": (EVENT, a) for a in ("verify", "invalidate", "assign", "start", "hold", "resume", "escalate")},
    **{f"{a}Event": (EVENT, a) for a in ("resolve", "review", "rework", "close", "rate", "reopen")},
    "markEventDuplicate": (EVENT, "mark_duplicate"),
    "requestEventReassignment": (EVENT, "request_reassignment"),
    "selfHandleEvent": (EVENT, "self_handle"),
    "addDisputeParty": (DISPUTE, "add_party"),
    "assignMediator": (DISPUTE, "assign_mediator"),
    "recordMediationSession": (DISPUTE, "record_session"),
    "closeDispute": (DISPUTE, "close"),
    **{f"{a}Topic": (TOPIC, a) for a in ("accept", "reject", "merge", "deliberate", "supervise")},
    "reviewTopic": (TOPIC, "solve"),
}
# A role a rule beyond the table refuses on this case only (a handler reviewing their own work): another event they
# could review, so a wrong state is what they are told first.
CASE_RULES = frozenset({"reviewEvent"})
# Steps a helper takes on a wish they hold no claim on: an administrator takes them on the helper's behalf instead.
HIDDEN_UNLESS_PUBLISHED = frozenset({"claimWish", "declineWish"})
SET_STATE: dict[str, LiteralString] = {
    "Wish": "MATCH (c:Wish {id: $id}) SET c.status = $state",
    "Event": "MATCH (c:Event {id: $id}) SET c.status = $state",
    "Dispute": "MATCH (c:Dispute {id: $id}) SET c.status = $state",
    "CouncilTopic": "MATCH (c:CouncilTopic {id: $id}) SET c.stage = $state",
}


@pytest.fixture
async def world(scratch_demo: Graph) -> World:
    return await find_world(scratch_demo)


def _wrong_state(machine: StateMachine, action: str) -> str:
    """A state the step may not leave: an open one where there is, so the case could still move on."""
    refused = [s for s in machine.states if not machine.can(action, s)]
    return next((s for s in refused if not machine.is_terminal(s)), refused[0])


def test_the_sweep_covers_every_step_of_every_table() -> None:
    covered = {(table[0].noun, action) for table, action in STEPS.values()}
    creating = {"create", "report", "open", "propose", "reopen"}
    for machine in (wishes.MACHINE, events.MACHINE, disputes.MACHINE, council.MACHINE):
        steps = {a for a in machine.actions if a not in creating or (machine.noun, a) == ("event", "reopen")}
        # A topic's `reopen` is reviewTopic(solved: false), `refer` closeDispute(outcome: REFERRED): the same mutations.
        steps -= {"reopen"} if machine is council.MACHINE else set()
        steps -= {"refer"} if machine is disputes.MACHINE else set()
        assert {(machine.noun, a) for a in steps} <= covered, machine.noun


@pytest.mark.parametrize("name", sorted(STEPS))
async def test_a_step_in_the_wrong_state_says_the_state_and_a_role_that_never_may_is_forbidden(
    name: str, scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    (machine, label, _), action = STEPS[name]
    row = ROWS[name]
    variables, subject = await row.prepare(scratch_demo, world)
    assert subject is not None
    state = _wrong_state(machine, action)
    await scratch_demo.write(SET_STATE[label], id=subject, state=state)
    before = await snapshot(scratch_demo, subject)

    if name in HIDDEN_UNLESS_PUBLISHED:
        # A helper sees a wish only while it is PUBLISHED: in any other state it is hidden, answered as missing.
        assert code(_post(scratch_client, world.token(row.allowed), name, variables)) == "NOT_FOUND"
        body = _post(scratch_client, bearer(world.worker, "admin"), name, variables)
    else:
        body = _post(scratch_client, world.token(row.allowed), name, variables)
    error = body["errors"][0]
    extensions = error["extensions"]
    assert extensions["code"] == "INVALID_STATE", (name, body)
    assert (extensions["currentStatus"], extensions["action"]) == (state, action.upper())
    could = {a.upper() for a in machine.actions if machine.can(a, state)}
    assert set(extensions["allowedActions"]) <= could and action.upper() not in extensions["allowedActions"]
    assert state in error["message"]

    if name not in CASE_RULES:
        denied = _post(scratch_client, world.token(row.denied), name, variables)
        # Refused for the role whatever the state; or, where the case is hidden from them, answered as a missing one.
        assert code(denied) in ("FORBIDDEN", "NOT_FOUND"), (name, denied)
    assert await snapshot(scratch_demo, subject) == before, "a refused step wrote nothing"


def _post(
    client: TestClient, token: dict[str, str], name: str, variables: dict[str, Any], **headers: str
) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": document(name), "variables": variables}, headers=token | headers)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


ZH = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


async def test_a_resident_publishing_their_own_wish_is_forbidden_in_english_and_chinese(
    scratch_client: TestClient, scratch_demo: Graph, world: World
) -> None:
    """The issue's case: a resident's publishWish on their SUBMITTED wish said BAD_USER_INPUT, as if they could later."""
    variables, _ = await ROWS["verifyWish"].prepare(scratch_demo, world)
    english = _post(scratch_client, world.token("R"), "publishWish", variables)["errors"][0]
    chinese = _post(scratch_client, world.token("R"), "publishWish", variables, **ZH)["errors"][0]
    assert english["extensions"] == {"code": "FORBIDDEN"} and english["message"].startswith("you may not publish")
    assert chinese["extensions"] == {"code": "FORBIDDEN", "detail": english["message"]}
    assert chinese["message"] == "您的角色无权执行此操作"
    # Staff may publish, once the wish is verified: the state is what refuses, with what they could do now.
    staff = _post(scratch_client, world.token("W"), "publishWish", variables, **ZH)["errors"][0]
    assert staff["extensions"] == {
        "code": "INVALID_STATE",
        "argument": "wishId",
        "currentStatus": "SUBMITTED",
        "action": "PUBLISH",
        "allowedActions": ["VERIFY", "REJECT", "CANCEL", "EXPIRE"],
        "detail": "cannot publish a wish that is SUBMITTED",
    }
    assert (
        staff["message"] == "该心愿当前状态为 SUBMITTED，不能执行 PUBLISH；现在可以执行：VERIFY、REJECT、CANCEL、EXPIRE"
    )


def test_input_missing_ids_and_validation_in_chinese_and_english(client: TestClient) -> None:
    cases = [
        ("{ wishes(first: -1) { totalCount } }", "BAD_USER_INPUT", "输入有误"),
        ("{ wishes(first: 1) { nope } }", "GRAPHQL_VALIDATION_FAILED", "查询无法解析或与接口定义不符"),
        (
            "query($id: ID!) { statistics(scope: $id) { totals { wishesFulfilled } } }",
            "NOT_FOUND",
            "找不到所指的对象",
        ),
    ]
    for query, expected, chinese in cases:
        variables = {"id": gid("Grid", "nowhere")}
        english = client.post("/graphql", json={"query": query, "variables": variables}).json()
        zh = client.post("/graphql", json={"query": query, "variables": variables}, headers=ZH).json()
        assert english["errors"][0]["extensions"]["code"] == zh["errors"][0]["extensions"]["code"] == expected
        assert not _chinese(english["errors"][0]["message"]) and "detail" not in english["errors"][0]["extensions"]
        assert zh["errors"][0]["message"].startswith(chinese), zh
        assert zh["errors"][0]["extensions"]["detail"] == english["errors"][0]["message"]


def test_signing_in_and_limits_in_chinese(client: TestClient) -> None:
    anonymous = client.post(
        "/graphql", json={"query": "{ wishes(first: 1) { totalCount } }"}, headers=ZH | {"Authorization": ""}
    )
    bad_token = client.post("/graphql", json={"query": "{ __typename }"}, headers=ZH | {"Authorization": "Bearer x"})
    for response, status in ((anonymous, 200), (bad_token, 401)):
        error = response.json()["errors"][0]
        assert response.status_code == status and error["extensions"]["code"] == "UNAUTHENTICATED"
        assert error["message"].startswith("请先登录") and not _chinese(error["extensions"]["detail"])


def test_the_http_edge_s_refusals_in_chinese_and_english(tight: TestClient) -> None:
    big = {"query": "{ __typename }", "variables": {"pad": "x" * 4000}}
    refusals = [
        (tight.post("/graphql", json=big, headers=ZH), 413, "PAYLOAD_TOO_LARGE", "请求体超过上限 2,048 字节"),
        (
            tight.post("/graphql", content=b"not json", headers=ZH | {"Content-Type": "application/json"}),
            400,
            "BAD_REQUEST",
            "请求格式有误",
        ),
        (
            tight.post("/graphql", content=b"{}", headers=ZH | {"Content-Type": "text/plain"}),
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "POST",
        ),
        (
            tight.post("/graphql", json=[{"query": "{ __typename }"}] * 3, headers=ZH),
            400,
            "QUERY_TOO_COMPLEX",
            "查询过于复杂",
        ),
    ]
    aliases = {"query": "{ a: __typename b: __typename c: __typename }"}
    refusals.append((tight.post("/graphql", json=aliases, headers=ZH), 200, "QUERY_TOO_COMPLEX", "查询过于复杂"))
    for response, status, expected, chinese in refusals:
        error = response.json()["errors"][0]
        assert (response.status_code, error["extensions"]["code"]) == (status, expected), response.text
        assert error["message"].startswith(chinese) and _chinese(error["message"]), error
        assert not _chinese(error["extensions"]["detail"])
    english = tight.post("/graphql", json=big).json()["errors"][0]
    assert english == {
        "message": "the request body exceeds the limit of 2,048 bytes",
        "extensions": {"code": "PAYLOAD_TOO_LARGE"},
    }


@pytest.fixture
def limited(neo4j_connection: Connection) -> Iterator[TestClient]:
    with TestClient(app_for(neo4j_connection, rate_limit="1/minute")) as client:
        yield client


def test_a_rate_refusal_in_chinese_says_when_to_retry(limited: TestClient) -> None:
    first = limited.post("/graphql", json={"query": "{ __typename }"}, headers=ADMIN)
    over = limited.post("/graphql", json={"query": "{ __typename }"}, headers=ADMIN | ZH)
    assert first.status_code == 200 and over.status_code == 429
    error = over.json()["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["message"] == f"请求过于频繁，请 {over.headers['Retry-After']} 秒后重试"
