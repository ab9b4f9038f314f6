"""Neo4j restarted under load: acknowledged writes stored exactly once, outage answers coded, the API recovers alone."""

from __future__ import annotations

import asyncio
import base64
import subprocess
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from api.managed import ManagedNeo4j
from graph.core.db import Connection, Graph
from graph.core.migrations import migrate
from tests.auth import ADMIN, bearer
from tests.neo4j_provider import REPO, managed_server, provider_kind
from tests.system.api_process import free_port, serve_env, start, stop, wait_until_healthy

needs_managed = pytest.mark.skipif(
    provider_kind() != "managed", reason="restarts a managed Neo4j; tests use another one here"
)

WRITERS, READERS = 3, 1
WARM_UP_S, OUTAGE_LOAD_S, RECOVERY_S = 3.0, 6.0, 25.0  # the load's phases; the whole test stays near a minute
# The API's retry window (NEO4J_MAX_RETRY_TIME), shorter than the outage: a restart within the window is absorbed by
# the driver's retries and clients see no error at all (on a quiet machine Neo4j restarts in ~8 s, inside the
# default 10 s), so the test would see no outage to check the refusals of.
RETRY_S = 2.0
ACKS_AFTER_RECOVERY = 10
COLD_S = 5.0  # after the restart, a grace in which a query may still time out on a cold server
# Above the API's own worst case (retry window 10 s + connection acquisition 10 s), so the API answers first.
CLIENT_TIMEOUT_S = 40.0
CREATE = """mutation($input: CreateWishInput!) { createWish(input: $input) { wish { dbId title } } }"""
READ = "{ wishes(first: 5) { totalCount edges { node { id title } } } }"
PREFIX = "fault "
REQUESTER = "fc-r"
# Kept after the run (git-ignored): the API's log says what the driver saw during the restart.
API_LOG = REPO / "tests" / "artifacts" / "fault-api.log"


@dataclass
class Answer:
    sent: float
    answered: float
    status: int | None  # None: no HTTP answer at all
    codes: list[str]
    data: Any
    text: str


@dataclass
class Load:
    """What every client thread sent and got; writes keyed by idempotency key."""

    requester: str
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    writes: dict[str, Answer] = field(default_factory=dict)
    reads: list[Answer] = field(default_factory=list)

    def acked_since(self, t: float) -> int:
        with self.lock:
            return sum(1 for a in self.writes.values() if a.sent >= t and acked(a))


def acked(answer: Answer) -> bool:
    return answer.status == 200 and not answer.codes and answer.data is not None


def post(client: httpx.Client, query: str, headers: dict[str, str], **variables: Any) -> Answer:
    sent = time.monotonic()
    try:
        response = client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    except httpx.HTTPError as exc:
        return Answer(sent, time.monotonic(), None, [], None, repr(exc))
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    codes = [str(e.get("extensions", {}).get("code")) for e in body.get("errors") or []]
    return Answer(sent, time.monotonic(), response.status_code, codes, body.get("data"), response.text)


def write(client: httpx.Client, load: Load, key: str) -> Answer:
    wish = {"requesterId": gid("Person", load.requester), "title": PREFIX + key, "category": "REPAIR"}
    return post(client, CREATE, bearer(load.requester, "resident"), input=wish | {"idempotencyKey": key})


def client_loop(base: str, load: Load, writer: bool) -> None:
    with httpx.Client(base_url=base, timeout=CLIENT_TIMEOUT_S) as client:
        while not load.stop.is_set():
            if writer:
                key = uuid.uuid4().hex
                answer = write(client, load, key)
                with load.lock:
                    load.writes[key] = answer
            else:
                answer = post(client, READ, ADMIN)
                with load.lock:
                    load.reads.append(answer)
            time.sleep(0.05)  # a steady load, not a saturating one: the machine has two cores


def gid(kind: str, own: str) -> str:
    return base64.b64encode(f"{kind}:{own}".encode()).decode()


async def prepare(conn: Connection) -> str:
    """One resident in a household of a building of a grid: all a wish needs (the demo would cost a minute here)."""
    graph = Graph.connect(conn, timeout_s=120)
    try:
        await migrate(graph)
        await graph.write(
            """CREATE (c:Community {id: 'fc', name: '故障社区'})<-[:IN_COMMUNITY]-(g:Grid {id: 'fc-g', name: '一网格',
                      kind: 'RESIDENTIAL'})<-[:IN_GRID]-(b:Building {id: 'fc-b', name: '1栋'})
               CREATE (b)<-[:IN_BUILDING]-(h:Household {id: 'fc-h'})<-[:IN_HOUSEHOLD]-(:Person:Resident {id: $id,
                      name: '住户'})""",
            id=REQUESTER,
        )
        return REQUESTER
    finally:
        await graph.close()


async def stored(conn: Connection) -> list[dict[str, Any]]:
    graph = Graph.connect(conn)
    try:
        return await graph.read(
            "MATCH (w:Wish) WHERE w.title STARTS WITH $prefix RETURN w.title AS title, w.id AS id", prefix=PREFIX
        )
    finally:
        await graph.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ManagedNeo4j, Connection]]:
    managed = managed_server(tmp_path_factory.mktemp("fault") / "neo4j")
    conn = managed.start()
    try:
        yield managed, conn
    finally:
        managed.stop()


@pytest.fixture(scope="module")
def requester(server: tuple[ManagedNeo4j, Connection]) -> str:
    """The demo loaded; a resident living in a grid, who may make wishes for themself."""
    return asyncio.run(prepare(server[1]))


@pytest.fixture(scope="module")
def api(server: tuple[ManagedNeo4j, Connection], requester: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`python -m api serve` on a free port: a real server process the restart must not touch."""
    _, conn = server
    port = free_port()
    process = start(serve_env(conn, NEO4J_MAX_RETRY_TIME=str(RETRY_S)), port, API_LOG)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, API_LOG, within_s=30)
        yield base, process
    finally:
        stop(process, 10)


@pytest.mark.neo4j_server
@needs_managed
def test_a_neo4j_restart_under_load_loses_and_doubles_nothing(
    server: tuple[ManagedNeo4j, Connection], api: tuple[str, subprocess.Popen[bytes]], requester: str
) -> None:
    managed, conn = server
    base, process = api
    load = Load(requester)
    threads = [
        threading.Thread(target=client_loop, args=(base, load, i < WRITERS), daemon=True)
        for i in range(WRITERS + READERS)
    ]
    for thread in threads:
        thread.start()
    try:
        time.sleep(WARM_UP_S)
        down = time.monotonic()
        assert managed.stop(), "the managed Neo4j was not running"
        time.sleep(OUTAGE_LOAD_S)  # the load goes on against a stopped database
        restarted = managed.start()
        up = time.monotonic()
        assert restarted.uri == conn.uri, "the restart moved Neo4j to another port"
        deadline = up + RECOVERY_S
        while load.acked_since(up + COLD_S) < ACKS_AFTER_RECOVERY and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        load.stop.set()
        for thread in threads:
            thread.join(CLIENT_TIMEOUT_S + 5)
    assert not any(t.is_alive() for t in threads), "a client thread hung"
    assert process.poll() is None, "the API process exited"

    answers = [*load.writes.values(), *load.reads]
    refused = [a for a in answers if a.codes]
    assert all(a.status is not None for a in answers), [a.text for a in answers if a.status is None][:3]
    assert all(a.status == 200 for a in answers), {a.status for a in answers}
    assert not [a.text for a in answers if "Traceback" in a.text or "bolt://" in a.text]

    def when(a: Answer) -> tuple[float, float, str]:
        return round(a.sent - down, 1), round(a.answered - down, 1), a.text[:300]

    unavailable = [a for a in refused if set(a.codes) == {"SERVICE_UNAVAILABLE"}]
    # A query on the just-restarted (cold, and here CPU-starved) server may pass NEO4J_QUERY_TIMEOUT: coded, allowed.
    timed_out = [a for a in refused if set(a.codes) == {"QUERY_TIMEOUT"}]
    assert len(unavailable) + len(timed_out) == len(refused), f"{[when(a) for a in refused][:3]} (see {API_LOG})"
    assert unavailable, "no request was refused while Neo4j was down: the test saw no outage"
    # Refused only around the outage: answered after the stop, sent before the restart was ready (or just after it).
    assert all(down <= a.answered and a.sent < up for a in unavailable), [when(a) for a in unavailable]
    assert all(down <= a.answered and a.sent < up + COLD_S for a in timed_out), [when(a) for a in timed_out]
    writes_after = [a for a in load.writes.values() if a.sent >= up + COLD_S]
    assert writes_after and all(acked(a) for a in writes_after), "writes after the restart were not acknowledged"
    assert load.acked_since(up + COLD_S) >= ACKS_AFTER_RECOVERY

    # A client's retry of every refused write, with its own key, now that the database is back.
    acked_ids = {k: a.data["createWish"]["wish"]["dbId"] for k, a in load.writes.items() if acked(a)}
    retried = [k for k, a in load.writes.items() if not acked(a)]
    with httpx.Client(base_url=base, timeout=CLIENT_TIMEOUT_S) as client:
        for key in retried:
            again = write(client, load, key)
            assert acked(again), again.text
            acked_ids[key] = again.data["createWish"]["wish"]["dbId"]

    rows = asyncio.run(stored(conn))
    per_key = Counter(str(r["title"]).removeprefix(PREFIX) for r in rows)
    stored_ids = {str(r["title"]).removeprefix(PREFIX): r["id"] for r in rows}
    lost = [k for k in acked_ids if per_key[k] == 0]
    duplicated = [k for k, n in per_key.items() if n > 1]
    unasked = [k for k in per_key if k not in load.writes]
    print(
        f"\nfault: requests={len(answers)} (writes={len(load.writes)}, reads={len(load.reads)}) "
        f"acknowledged={len(answers) - len(refused)} (writes={sum(acked(a) for a in load.writes.values())}) "
        f"refused during outage={len(refused)} "
        f"(SERVICE_UNAVAILABLE={len(unavailable)}, QUERY_TIMEOUT={len(timed_out)}) retried with their key={len(retried)} lost={len(lost)} duplicated={len(duplicated)} "
        f"outage={up - down:.1f}s"
    )
    assert (lost, duplicated, unasked) == ([], [], [])
    # Each key's answer names the wish stored for it, also for retries of writes whose first try may have committed.
    assert {k: stored_ids[k] for k in acked_ids} == acked_ids
