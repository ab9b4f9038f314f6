"""Locust users of the performance benchmark: captured Cypher through the neo4j sync driver (A), GraphQL over HTTP (B).

Run by `benchmarks.performance` as `locust -f benchmarks/locustfile.py --headless … CypherUser|GraphQLUser` with
BENCH_SPEC naming a JSON file (written by `benchmarks.performance.measurement.measure`). Every completed request's
end time, latency and outcome is written to the spec's `samples` file when locust quits: percentiles come from every
sample, not from locust's rounded histogram. With `limit` set, locust quits after that many requests instead of at its run time.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gevent
import gevent.threadpool
import neo4j
from locust import User, constant, events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.env import Environment
from locust.exception import StopUser

SPEC: dict[str, Any] = json.loads(Path(os.environ["BENCH_SPEC"]).read_text(encoding="utf-8"))
NAME: str = SPEC["name"]
LIMIT: int = SPEC.get("limit") or 0
TIMEOUT: float = SPEC["timeout"]

# (end time, latency ms, ok, error); the test's start and stop times.
SAMPLES: list[tuple[float, float, bool, str]] = []
TIMES: dict[str, float] = {}
_state: dict[str, Any] = {"started": 0, "environment": None}
# A: one native thread per user (None: the users' greenlets run the driver), each thread with its own driver.
_POOL: Any = gevent.threadpool.ThreadPool(SPEC["users"]) if SPEC.get("threads", True) else None
_local = threading.local()
_drivers: list[neo4j.Driver] = []


def _init(environment: Environment, **_: Any) -> None:
    _state["environment"] = environment


def _start(**_: Any) -> None:
    TIMES["start"] = time.time()


def _record(response_time: float, exception: BaseException | None, **_: Any) -> None:
    SAMPLES.append((time.time(), float(response_time), exception is None, "" if exception is None else repr(exception)))
    environment: Environment | None = _state["environment"]
    if LIMIT and len(SAMPLES) == LIMIT and environment is not None and environment.runner is not None:
        gevent.spawn(environment.runner.quit)  # not from this greenlet: quitting kills the users


def _stop(**_: Any) -> None:
    TIMES.setdefault("stop", time.time())


def _save(**_: Any) -> None:
    TIMES.setdefault("stop", time.time())
    Path(SPEC["samples"]).write_text(json.dumps({"times": TIMES, "samples": SAMPLES}), encoding="utf-8")
    for driver in _drivers:  # sockets of other threads' hubs: closing may complain, exiting closes them anyway
        with contextlib.suppress(Exception):
            driver.close()


for _hook, _listener in (
    (events.init, _init),
    (events.test_start, _start),
    (events.request, _record),
    (events.test_stop, _stop),
    (events.quitting, _save),
):
    _hook.add_listener(_listener)  # type: ignore[no-untyped-call]  # locust's EventHook is untyped


def _take_one() -> None:
    """Count a request about to start; with a limit, users stop once that many have started."""
    if LIMIT and _state["started"] >= LIMIT:
        raise StopUser()
    _state["started"] += 1


def _load_groups(captured: list[tuple[str, dict[str, Any], str]]) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """Consecutive queries the API ran inside one transaction ("tx") are replayed in one; others one by one."""
    groups: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = []
    for query, params, how in captured:
        if how == "tx" and groups and groups[-1][0] == "tx":
            groups[-1][1].append((query, params))
        else:
            groups.append((how, [(query, params)]))
    return groups


with Path(SPEC["cypher"]["queries"]).open("rb") as _f:
    GROUPS = _load_groups(pickle.load(_f))


def _driver() -> neo4j.Driver:
    """This thread's driver (in greenlet mode, this greenlet's): gevent's locks, which the patched driver's pool
    uses, must not be shared between native threads."""
    driver: neo4j.Driver | None = getattr(_local, "driver", None)
    if driver is None:
        c = SPEC["cypher"]
        driver = _local.driver = neo4j.GraphDatabase.driver(
            c["uri"], auth=(c["user"], c["password"]), notifications_min_severity="OFF"
        )
        _drivers.append(driver)
    return driver


def _replay() -> tuple[int, float]:
    """The captured queries of one request, in order, as the API ran them; returns (rows, milliseconds)."""
    driver, database = _driver(), SPEC["cypher"]["database"]
    start = time.perf_counter()
    rows = 0
    for how, queries in GROUPS:
        if how == "tx":
            with driver.session(database=database) as session:
                rows += session.execute_write(_transaction(queries))
            continue
        for query, params in queries:
            result = driver.execute_query(
                neo4j.Query(query, timeout=TIMEOUT),  # captured text, not a literal
                params,
                database_=database,
                routing_=neo4j.RoutingControl.READ if how == "read" else neo4j.RoutingControl.WRITE,
            )
            rows += len(result.records)
    return rows, (time.perf_counter() - start) * 1000


def _transaction(queries: list[tuple[str, dict[str, Any]]]) -> Callable[[neo4j.ManagedTransaction], int]:
    @neo4j.unit_of_work(timeout=TIMEOUT)
    def work(tx: neo4j.ManagedTransaction) -> int:
        return sum(len(list(tx.run(q, p))) for q, p in queries)

    return work


class CypherUser(User):
    """A: the captured queries of one request through the neo4j sync driver, each user's on its own native thread.

    The driver does work under gevent (patched sockets, real concurrency, correct rows), but with the client's core
    saturated by decoding, gevent's cooperative scheduling starved some users for seconds while others ran
    straight through: p50 near the unloaded latency and p99 up to 10x that of a thread pool at the same
    throughput, varying from run to run. So the queries run on gevent's native thread pool (one thread per
    user, preempted by the GIL like any threaded client) and the latency is timed inside the thread;
    `"threads": false` in the spec runs them in the users' greenlets instead.
    """

    wait_time = constant(0)

    @task
    def replay(self) -> None:
        _take_one()
        start = time.perf_counter()
        rows, error = 0, None
        try:
            rows, elapsed_ms = _POOL.apply(_replay) if _POOL is not None else _replay()
        except Exception as exc:
            error, elapsed_ms = exc, (time.perf_counter() - start) * 1000
        self.environment.events.request.fire(
            request_type="cypher",
            name=NAME,
            response_time=elapsed_ms,
            response_length=rows,
            exception=error,
            context={},
        )


class GraphQLUser(FastHttpUser):
    """B: the GraphQL request posted as JSON with the administrator's bearer token; a body with errors fails."""

    wait_time = constant(0)
    network_timeout = SPEC["http_timeout"] + 30.0
    connection_timeout = 30.0

    @task
    def post(self) -> None:
        _take_one()
        g = SPEC["graphql"]
        body = {"query": g["query"], "variables": g["variables"]}
        headers = {"Authorization": f"Bearer {g['token']}"}
        with self.client.post("/graphql", json=body, headers=headers, name=NAME, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}: {(response.text or '')[:200]}")
            elif "errors" in (response.json() or {}):
                response.failure(f"GraphQL errors: {json.dumps(response.json()['errors'])[:300]}")
