"""Two API processes, one Neo4j, one Redis: a change made through one process reaches subscribers of the other, as
they may read it now (scopes re-read per delivery), its sensitive fields audited like a query's."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from graph.core.db import Connection, Graph
from schema.relay import to_global_id
from tests.auth import ADMIN, bearer
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy
from tests.system.graphql_ws import PROTOCOL, WAIT_S, Api, gql, next_data, subscribed

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")


def start_api(conn: Connection, redis_url: str, log: Path) -> Api:
    port = free_port()
    return Api(port, start(serve_env(conn, REDIS_URL=redis_url), port, log), log)


@pytest.fixture(scope="module")
def apis(
    neo4j_connection: Connection, scratch_demo: Graph, redis_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Api, Api]]:
    """Two `python -m api serve` processes against the session's Neo4j (a demo this module may change) and Redis."""
    folder = tmp_path_factory.mktemp("apis")
    started = [start_api(neo4j_connection, redis_url, folder / f"api{i}.log") for i in (1, 2)]
    try:
        for api in started:
            wait_until_healthy(f"http://127.0.0.1:{api.port}", api.process, api.log)
        yield started[0], started[1]
    finally:
        for api in started:
            stop(api.process, WAIT_S)


@dataclass(frozen=True)
class People:
    """Two residential grids, each with a grid worker who works only there and an adult resident living there."""

    grid: tuple[str, str]
    worker: tuple[str, str]
    resident: tuple[str, str]


@pytest.fixture(scope="module")
async def people(scratch_demo: Graph) -> People:
    rows = await scratch_demo.read(
        """MATCH (g:Grid {kind: 'RESIDENTIAL'})<-[:WORKS_GRID]-(w:GridWorker)
           WHERE NOT EXISTS { (w)-[:WORKS_GRID]->(o:Grid) WHERE o <> g }
           MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g)
           WHERE NOT r:GridWorker AND NOT r:PartyMember AND r.birthYear <= 1990
           WITH g, min(w.id) AS worker, min(r.id) AS resident
           RETURN g.id AS grid, worker, resident ORDER BY grid LIMIT 2"""
    )
    assert len(rows) == 2, rows
    a, b = rows
    return People((a["grid"], b["grid"]), (a["worker"], b["worker"]), (a["resident"], b["resident"]))


WISHES = """subscription($wishId: ID) { wishStatusChanged(wishId: $wishId) {
  action fromStatus toStatus at wish { dbId status } } }"""
EVENTS = """subscription { eventStatusChanged { action fromStatus toStatus event { dbId status } } }"""
CREATE = """mutation($input: CreateWishInput!) { createWish(input: $input) { wish { id dbId status } } }"""
VERIFY = """mutation($input: WishStepInput!) { verifyWish(input: $input) { wish { status } replayed } }"""
PUBLISH = """mutation($input: WishStepInput!) { publishWish(input: $input) { wish { status } } }"""
REPORT = """mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id dbId status } } }"""
VERIFY_EVENT = """mutation($input: EventStepInput!) { verifyEvent(input: $input) { event { status } } }"""


async def new_wish(api: Api, resident: str, title: str) -> tuple[str, str]:
    who = bearer(resident, "resident")
    made = await gql(
        api, who, CREATE, input={"requesterId": to_global_id("Person", resident), "title": title, "category": "REPAIR"}
    )
    wish = made["createWish"]["wish"]
    assert wish["status"] == "SUBMITTED"
    return wish["id"], wish["dbId"]


async def test_a_change_through_one_process_reaches_subscribers_of_the_other_as_their_role_allows(
    apis: tuple[Api, Api], people: People
) -> None:
    one, two = apis
    a_id, a_db = await new_wish(two, people.resident[0], "subscription test: wish A")
    b_id, b_db = await new_wish(two, people.resident[1], "subscription test: wish B")
    async with (
        subscribed(one, ADMIN, WISHES) as admin,
        subscribed(one, bearer(people.worker[0], "grid_worker"), WISHES) as worker_a,
        subscribed(one, bearer(people.worker[1], "grid_worker"), WISHES) as worker_b,
        subscribed(two, ADMIN, WISHES, wishId=b_id) as only_b,
    ):
        step = {"wishId": a_id, "idempotencyKey": "subscriptions-verify-a"}
        first = await gql(two, bearer(people.worker[0], "grid_worker"), VERIFY, input=step)
        assert first["verifyWish"] == {"wish": {"status": "VERIFIED"}, "replayed": False}
        seen = (await next_data(admin))["wishStatusChanged"]
        assert seen["action"] == "VERIFY"
        assert (seen["fromStatus"], seen["toStatus"]) == ("SUBMITTED", "VERIFIED")
        assert seen["wish"] == {"dbId": a_db, "status": "VERIFIED"}
        assert (await next_data(worker_a))["wishStatusChanged"]["wish"]["dbId"] == a_db

        # A replay changes nothing and publishes nothing; then a change in the other grid.
        again = await gql(two, bearer(people.worker[0], "grid_worker"), VERIFY, input=step)
        assert again["verifyWish"]["replayed"] is True
        await gql(two, bearer(people.worker[1], "grid_worker"), VERIFY, input={"wishId": b_id})

        # Messages keep their order: the next thing each receives says what was skipped for them.
        assert (await next_data(admin))["wishStatusChanged"]["wish"]["dbId"] == b_db  # not the replay
        assert (await next_data(worker_b))["wishStatusChanged"]["wish"]["dbId"] == b_db  # not wish A
        assert (await next_data(only_b))["wishStatusChanged"]["wish"]["dbId"] == b_db  # filtered by id
        # Wish B lies outside worker A's grids: nothing arrives.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(worker_a.recv(), 2)


async def test_an_event_status_change_arrives(apis: tuple[Api, Api], people: People) -> None:
    one, two = apis
    worker = bearer(people.worker[0], "grid_worker")
    async with subscribed(one, worker, EVENTS) as ws:
        report = {
            "category": "ENVIRONMENT_SANITATION",
            "title": "subscription test: litter",
            "gridId": to_global_id("Grid", people.grid[0]),
            "source": "PATROL",
        }
        event = (await gql(two, bearer(people.resident[0], "resident"), REPORT, input=report))["reportEvent"]["event"]
        reported = (await next_data(ws))["eventStatusChanged"]
        assert (reported["fromStatus"], reported["toStatus"]) == (None, "REPORTED")
        assert reported["event"]["dbId"] == event["dbId"]
        await gql(two, worker, VERIFY_EVENT, input={"eventId": event["id"]})
        verified = (await next_data(ws))["eventStatusChanged"]
        assert (verified["action"], verified["fromStatus"], verified["toStatus"]) == ("VERIFY", "REPORTED", "VERIFIED")
        assert verified["event"] == {"dbId": event["dbId"], "status": "VERIFIED"}


async def closed_code(api: Api, payload: dict[str, str]) -> int | None:
    async with connect(api.ws, subprotocols=[PROTOCOL], open_timeout=WAIT_S) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": payload}))
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), WAIT_S)
    return closed.value.rcvd.code if closed.value.rcvd else None


async def test_a_bad_or_missing_token_is_refused(apis: tuple[Api, Api]) -> None:
    one, _ = apis
    assert await closed_code(one, {"Authorization": "Bearer not-a-token"}) == 4403
    assert await closed_code(one, {}) == 4403
    # A bad token in the handshake's header: the connection is never accepted.
    with pytest.raises(InvalidStatus) as refused:
        async with connect(one.ws, subprotocols=[PROTOCOL], additional_headers={"Authorization": "Bearer x"}):
            pass
    assert refused.value.response.status_code == 403
    # The header's token alone signs in (connection_init without a payload token).
    async with connect(one.ws, subprotocols=[PROTOCOL], additional_headers=ADMIN, open_timeout=WAIT_S) as ws:
        await ws.send(json.dumps({"type": "connection_init"}))
        assert json.loads(await asyncio.wait_for(ws.recv(), WAIT_S))["type"] == "connection_ack"


READ = """{ grids(first: 5) { totalCount edges { node { id name buildings(first: 3) { edges { node { name } } } } } }
  wishes(first: 5, orderBy: {field: createdAt, direction: DESC}) { edges { node { dbId title status } } } }"""


async def test_both_processes_answer_the_same_read(apis: tuple[Api, Api]) -> None:
    one, two = apis
    first, second = await gql(one, ADMIN, READ), await gql(two, ADMIN, READ)
    assert first["grids"]["totalCount"] > 0 and first["wishes"]["edges"]
    assert first == second


WATCH = """subscription Watch($wishId: ID) { wishStatusChanged(wishId: $wishId) { action wish { dbId } } }"""


async def test_a_worker_who_leaves_the_grid_stops_receiving_its_changes(
    apis: tuple[Api, Api], people: People, scratch_demo: Graph
) -> None:
    # Who the subscriber is in the graph (the grids they work) is read for each delivery, not once at sign-in.
    one, two = apis
    worker, grid = people.worker[0], people.grid[0]
    staff = bearer(people.worker[1], "admin")  # an administrator (a person of the graph) takes the steps
    wish_id, wish_db = await new_wish(two, people.resident[0], "subscription test: the worker leaves")
    async with (
        subscribed(one, bearer(worker, "grid_worker"), WATCH, wishId=wish_id) as ws,
        subscribed(one, ADMIN, WATCH, wishId=wish_id) as admin,
    ):
        await gql(two, staff, VERIFY, input={"wishId": wish_id})
        assert (await next_data(ws))["wishStatusChanged"] == {"action": "VERIFY", "wish": {"dbId": wish_db}}
        assert (await next_data(admin))["wishStatusChanged"]["action"] == "VERIFY"
        left = await scratch_demo.write(
            "MATCH (:Person {id: $worker})-[r:WORKS_GRID]->(:Grid {id: $grid}) "
            "WITH r, properties(r) AS props DELETE r RETURN props",
            worker=worker,
            grid=grid,
        )
        assert len(left) == 1
        try:
            await gql(two, staff, PUBLISH, input={"wishId": wish_id})
            assert (await next_data(admin))["wishStatusChanged"] == {"action": "PUBLISH", "wish": {"dbId": wish_db}}
            # The admin's copy has arrived; the worker, no longer in the wish's grid, gets nothing.
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(ws.recv(), 2)
        finally:
            await scratch_demo.write(
                "MATCH (p:Person {id: $worker}), (g:Grid {id: $grid}) CREATE (p)-[r:WORKS_GRID]->(g) SET r = $props",
                worker=worker,
                grid=grid,
                props=left[0]["props"],
            )


WATCH_REQUESTER = """subscription WatchRequester($wishId: ID) { wishStatusChanged(wishId: $wishId) {
  wish { requester { dbId idNumber } } } }"""
AUDITED = """query($viewer: String!) { auditEntries(first: 10, where: {viewerId: {eq: $viewer},
  operation: {eq: "WatchRequester"}}) { edges { node { subjectId fields operation roles } } } }"""


async def test_a_sensitive_field_delivered_whole_is_audited_like_a_query(apis: tuple[Api, Api], people: People) -> None:
    one, two = apis
    worker, resident = people.worker[0], people.resident[0]
    staff = bearer(people.worker[1], "admin")  # an administrator (a person of the graph) takes the steps
    wish_id, _ = await new_wish(two, resident, "subscription test: audited delivery")
    async with subscribed(one, bearer(worker, "grid_worker"), WATCH_REQUESTER, wishId=wish_id) as ws:
        await gql(two, staff, VERIFY, input={"wishId": wish_id})
        requester = (await next_data(ws))["wishStatusChanged"]["wish"]["requester"]
        # Delivered whole (the worker has full access to residents of their grid), so written before it was sent.
        assert requester["dbId"] == resident and requester["idNumber"] and "*" not in requester["idNumber"]
        entries = [e["node"] for e in (await gql(one, ADMIN, AUDITED, viewer=worker))["auditEntries"]["edges"]]
        assert entries == [
            {"subjectId": resident, "fields": ["idNumber"], "operation": "WatchRequester", "roles": ["grid_worker"]}
        ]
        # Each message is audited on its own.
        await gql(two, staff, PUBLISH, input={"wishId": wish_id})
        await next_data(ws)
        assert len((await gql(one, ADMIN, AUDITED, viewer=worker))["auditEntries"]["edges"]) == 2
