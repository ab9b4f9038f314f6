"""The keyed write load of the fault tests: client threads, every answer kept, and the checks that must hold after
any fault on any machine (every acknowledged write stored once, every refusal coded, nothing internal shown)."""

from __future__ import annotations

import asyncio
import base64
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx

from graph.core.db import Connection, Graph
from graph.core.migrations import migrate
from tests.auth import ADMIN, bearer

WRITERS, READERS = 3, 1
# Above the API's own worst case (retry window 10 s + connection acquisition 10 s), so the API answers first.
CLIENT_TIMEOUT_S = 40.0
# How long the API may take to serve writes again after a fault: generous, since a busy 2-core machine is slow to
# restart a JVM; the tests wait for the first acknowledged write, not for a number of them in a time window.
RECOVERY_WITHIN_S = 300.0
CREATE = """mutation($input: CreateWishInput!) { createWish(input: $input) { wish { dbId title } } }"""
READ = "{ wishes(first: 5) { totalCount edges { node { id title } } } }"
STATS = '{ communityStats(communityId: "fc") { partyBranches partyMembers gridWorkers wishesFulfilled } }'
PREFIX = "fault "
REQUESTER = "fc-r"
# Answers a fault may cause, each coded: the database down, or a query that ran past its time on a cold server.
OUTAGE_CODES = frozenset({"SERVICE_UNAVAILABLE", "QUERY_TIMEOUT"})


@dataclass
class Answer:
    sent: float
    answered: float
    status: int | None  # None: no HTTP answer at all (the connection broke)
    codes: list[str]
    data: Any
    text: str


def acked(answer: Answer) -> bool:
    return answer.status == 200 and not answer.codes and answer.data is not None


@dataclass
class Load:
    """What every client thread sent and got; writes keyed by idempotency key."""

    base: str
    requester: str = REQUESTER
    # Each load's own titles: the module's tests share one database.
    prefix: str = field(default_factory=lambda: f"{PREFIX}{uuid.uuid4().hex[:8]} ")
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    writes: dict[str, Answer] = field(default_factory=dict)
    reads: list[Answer] = field(default_factory=list)
    threads: list[threading.Thread] = field(default_factory=list)

    def start(self) -> None:
        for i in range(WRITERS + READERS):
            thread = threading.Thread(target=self._loop, args=(i < WRITERS,), daemon=True)
            thread.start()
            self.threads.append(thread)

    def finish(self) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(CLIENT_TIMEOUT_S + 5)
        assert not any(t.is_alive() for t in self.threads), "a client thread hung"

    def broken_writes(self) -> list[str]:
        """Keys of writes that got no answer at all (the process serving them died)."""
        with self.lock:
            return [k for k, a in self.writes.items() if a.status is None]

    def acked_since(self, t: float) -> int:
        with self.lock:
            return sum(1 for a in self.writes.values() if a.sent >= t and acked(a))

    def wait_for_recovery(self, since: float) -> None:
        """Until a write sent after `since` is acknowledged: the API serves again, by itself."""
        deadline = time.monotonic() + RECOVERY_WITHIN_S
        while self.acked_since(since) == 0:
            assert time.monotonic() < deadline, f"no write acknowledged {RECOVERY_WITHIN_S:g} s after the fault"
            time.sleep(0.2)

    def _loop(self, writer: bool) -> None:
        with httpx.Client(base_url=self.base, timeout=CLIENT_TIMEOUT_S) as client:
            while not self.stop.is_set():
                if writer:
                    key = uuid.uuid4().hex
                    answer = write(client, self, key)
                    with self.lock:
                        self.writes[key] = answer
                else:
                    answer = post(client, READ, ADMIN)
                    with self.lock:
                        self.reads.append(answer)
                time.sleep(0.05)  # a steady load, not a saturating one: the machine has two cores


def post(client: httpx.Client, query: str, headers: dict[str, str], **variables: Any) -> Answer:
    sent = time.monotonic()
    try:
        response = client.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    except httpx.HTTPError as exc:
        return Answer(sent, time.monotonic(), None, [], None, repr(exc))
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
    codes = [str(e.get("extensions", {}).get("code")) for e in body.get("errors") or []]
    return Answer(sent, time.monotonic(), response.status_code, codes, body.get("data"), response.text)


def gid(kind: str, own: str) -> str:
    return base64.b64encode(f"{kind}:{own}".encode()).decode()


def write(client: httpx.Client, load: Load, key: str) -> Answer:
    wish = {"requesterId": gid("Person", load.requester), "title": load.prefix + key, "category": "REPAIR"}
    return post(client, CREATE, bearer(load.requester, "resident"), input=wish | {"idempotencyKey": key})


def check_answers(load: Load, broken_allowed: bool = False) -> list[Answer]:
    """Every answer an HTTP 200, data or a refusal coded for an outage, nothing internal; the refused ones. A broken
    connection (no answer) is allowed only where the fault killed the process answering."""
    answers = [*load.writes.values(), *load.reads]
    if not broken_allowed:
        assert all(a.status is not None for a in answers), [a.text for a in answers if a.status is None][:3]
    answered = [a for a in answers if a.status is not None]
    assert all(a.status == 200 for a in answered), {a.status for a in answered}
    assert not [a.text for a in answered if "Traceback" in a.text or "bolt://" in a.text]
    refused = [a for a in answered if a.codes]
    assert all(set(a.codes) <= OUTAGE_CODES for a in refused), [
        a.text[:300] for a in refused if set(a.codes) - OUTAGE_CODES
    ][:3]
    return refused


def retry_and_count(load: Load, conn: Connection) -> tuple[int, int]:
    """Retries every write not acknowledged with its own key, as a client does, then checks the database: each key
    stored exactly once, named by its answer, and nothing stored that was not asked for. (acknowledged, retried)"""
    acked_ids = {k: a.data["createWish"]["wish"]["dbId"] for k, a in load.writes.items() if acked(a)}
    retried = [k for k, a in load.writes.items() if not acked(a)]
    with httpx.Client(base_url=load.base, timeout=CLIENT_TIMEOUT_S) as client:
        for key in retried:
            again = write(client, load, key)
            assert acked(again), again.text
            acked_ids[key] = again.data["createWish"]["wish"]["dbId"]
    rows = asyncio.run(stored(conn, load.prefix))
    per_key = Counter(str(r["title"]).removeprefix(load.prefix) for r in rows)
    stored_ids = {str(r["title"]).removeprefix(load.prefix): r["id"] for r in rows}
    lost = [k for k in acked_ids if per_key[k] == 0]
    duplicated = [k for k, n in per_key.items() if n > 1]
    unasked = [k for k in per_key if k not in load.writes]
    assert (lost, duplicated, unasked) == ([], [], [])
    # Each key's answer names the wish stored for it, also for retries of writes whose first try may have committed.
    assert {k: stored_ids[k] for k in acked_ids} == acked_ids
    return len(acked_ids) - len(retried), len(retried)


async def prepare(conn: Connection) -> None:
    """One resident in a household of a building of a grid: all a wish needs (the demo would cost a minute here)."""
    graph = Graph.connect(conn, timeout_s=120)
    try:
        await migrate(graph)
        await graph.write(
            """MERGE (c:Community {id: 'fc'}) SET c.name = '故障社区'
               MERGE (g:Grid {id: 'fc-g'}) SET g.name = '一网格', g.kind = 'RESIDENTIAL'
               MERGE (g)-[:IN_COMMUNITY]->(c)
               MERGE (b:Building {id: 'fc-b'}) SET b.name = '1栋' MERGE (b)-[:IN_GRID]->(g)
               MERGE (h:Household {id: 'fc-h'}) MERGE (h)-[:IN_BUILDING]->(b)
               MERGE (p:Person:Resident {id: $id}) SET p.name = '住户' MERGE (p)-[:IN_HOUSEHOLD]->(h)""",
            id=REQUESTER,
        )
    finally:
        await graph.close()


async def stored(conn: Connection, prefix: str) -> list[dict[str, Any]]:
    graph = Graph.connect(conn)
    try:
        return await graph.read(
            "MATCH (w:Wish) WHERE w.title STARTS WITH $prefix RETURN w.title AS title, w.id AS id", prefix=prefix
        )
    finally:
        await graph.close()


async def not_online(conn: Connection) -> list[str]:
    """Indexes and constraints' indexes that are not ONLINE."""
    graph = Graph.connect(conn)
    try:
        rows = await graph.read("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state")
        return [f"{r['name']}: {r['state']}" for r in rows]
    finally:
        await graph.close()
