"""`python -m benchmarks.performance.load SPEC`: one side's load from plain threads, timed, with the API's CPU.

The load generator of the performance benchmark, one process per measurement, without gevent: each user is a native
thread with its own client (A: a neo4j sync driver replaying the captured Cypher; B: a urllib3 connection posting the
GraphQL request), and every request is timed inside its thread. All threads are stopped and joined before the
process exits, so none is inside the driver or a socket while the interpreter finalizes; an exception anywhere exits
non-zero, and the benchmark stops on it. The samples, the window and the API processes' CPU time go to the spec's
`samples` file.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import neo4j
import psutil
import urllib3


def _cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds of the given processes and all their descendants (uvicorn's workers)."""
    total = 0.0
    for pid in pids:
        root = psutil.Process(pid)
        for proc in [root, *root.children(recursive=True)]:
            try:
                times = proc.cpu_times()
            except psutil.NoSuchProcess:  # a worker gone between listing and reading: nothing left to count
                continue
            total += times.user + times.system
    return total


def _groups(captured: list[tuple[str, dict[str, Any], str]]) -> list[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    """Consecutive queries the API ran inside one transaction ("tx") are replayed in one; others one by one."""
    groups: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = []
    for query, params, how in captured:
        if how == "tx" and groups and groups[-1][0] == "tx":
            groups[-1][1].append((query, params))
        else:
            groups.append((how, [(query, params)]))
    return groups


class CypherClient:
    """A: the captured queries of one request, in order, as the API ran them, through this user's own driver."""

    def __init__(self, spec: dict[str, Any]) -> None:
        c = spec["cypher"]
        self.database, self.timeout = c["database"], spec["timeout"]
        with Path(c["queries"]).open("rb") as f:
            self.groups = _groups(pickle.load(f))
        self.driver = neo4j.GraphDatabase.driver(
            c["uri"], auth=(c["user"], c["password"]), notifications_min_severity="OFF"
        )

    def request(self) -> None:
        for how, queries in self.groups:
            if how == "tx":
                with self.driver.session(database=self.database) as session:
                    session.execute_write(self._transaction(queries))
                continue
            for query, params in queries:
                self.driver.execute_query(
                    neo4j.Query(query, timeout=self.timeout),  # captured text, not a literal
                    params,
                    database_=self.database,
                    routing_=neo4j.RoutingControl.READ if how == "read" else neo4j.RoutingControl.WRITE,
                )

    def _transaction(self, queries: list[tuple[str, dict[str, Any]]]) -> Callable[[neo4j.ManagedTransaction], int]:
        @neo4j.unit_of_work(timeout=self.timeout)
        def work(tx: neo4j.ManagedTransaction) -> int:
            return sum(len(list(tx.run(q, p))) for q, p in queries)

        return work

    def close(self) -> None:
        self.driver.close()


class GraphQLClient:
    """B: the GraphQL request posted as JSON with the administrator's token on one kept-alive connection; an answer
    with `errors` fails."""

    def __init__(self, spec: dict[str, Any]) -> None:
        g = spec["graphql"]
        self.pool = urllib3.connection_from_url(
            g["url"], maxsize=1, timeout=urllib3.Timeout(connect=30.0, read=spec["http_timeout"] + 30.0), retries=False
        )
        self.body = json.dumps({"query": g["query"], "variables": g["variables"]}).encode()
        self.headers = {"Authorization": f"Bearer {g['token']}", "Content-Type": "application/json"}

    def request(self) -> None:
        response = self.pool.urlopen("POST", "/graphql", body=self.body, headers=self.headers)
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {response.data[:200]!r}")
        answer = json.loads(response.data)
        if "errors" in answer:
            raise RuntimeError(f"GraphQL errors: {json.dumps(answer['errors'])[:300]}")

    def close(self) -> None:
        self.pool.close()


class Load:
    """The users' threads, their samples (end time, latency ms, ok, error) and, with a limit, the requests started."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec, self.limit = spec, spec.get("limit") or 0
        self.samples: list[tuple[float, float, bool, str]] = []
        self.started, self.lock, self.stop = 0, threading.Lock(), threading.Event()
        self.ready = threading.Barrier(spec["users"] + 1)
        self.failures: list[BaseException] = []

    def _take_one(self) -> bool:
        with self.lock:
            if self.stop.is_set() or (self.limit and self.started >= self.limit):
                return False
            self.started += 1
            return True

    def user(self) -> None:
        try:
            client = (CypherClient if self.spec["side"] == "A" else GraphQLClient)(self.spec)
        except BaseException as exc:
            self.failures.append(exc)
            self.ready.abort()
            raise
        try:
            self.ready.wait()
            while self._take_one():
                start = time.perf_counter()
                try:
                    client.request()
                    ok, error = True, ""
                except Exception as exc:  # a failed request is a sample: the report counts and shows errors
                    ok, error = False, repr(exc)[:300]
                elapsed_ms = (time.perf_counter() - start) * 1000
                with self.lock:
                    self.samples.append((time.time(), elapsed_ms, ok, error))
                    if self.limit and len(self.samples) >= self.limit:
                        self.stop.set()
        finally:
            client.close()

    def run(self) -> dict[str, Any]:
        spec = self.spec
        pids: list[int] = spec.get("server_pids", [])
        threads = [threading.Thread(target=self.user, name=f"user-{i}") for i in range(spec["users"])]
        for t in threads:
            t.start()
        try:
            self.ready.wait()  # every user's client is made before the clock starts
            start = time.time()
            if self.limit:  # a fixed count: the window is the whole run
                cpu0, window_start = _cpu_s(pids), start
                self.stop.wait(spec["limit_s"])
            else:
                self.stop.wait(spec["warmup_s"])
                cpu0, window_start = _cpu_s(pids), time.time()
                self.stop.wait(spec["duration_s"])
            window_end, cpu1 = time.time(), _cpu_s(pids)
        finally:
            self.stop.set()  # also when this thread fails: the users stop after their request
            for t in threads:  # each finishes the request it is in; none is left running when the process exits
                t.join(spec["timeout"] + 60)
                if t.is_alive():
                    # Exiting with it in a request is what crashed the locust runs: leave without finalising.
                    print(f"{t.name} still in a request {spec['timeout'] + 60:.0f} s after the stop", file=sys.stderr)
                    os._exit(3)
        if self.failures:
            raise RuntimeError(f"a user failed to start: {self.failures[0]!r}")
        return {
            "times": {"start": start, "window_start": window_start, "window_end": window_end},
            "api_cpu_s": cpu1 - cpu0 if pids else None,
            "samples": self.samples,
        }


def main(spec_file: Path) -> None:
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    result = Load(spec).run()
    Path(spec["samples"]).write_text(json.dumps(result), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
