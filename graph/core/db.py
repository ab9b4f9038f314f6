"""The one async driver per process, and the two ways to run Cypher: read and write."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, LiteralString, NamedTuple, TypeVar

import neo4j
from neo4j import AsyncDriver, AsyncGraphDatabase, RoutingControl
from neo4j import exceptions as neo4j_errors

from graph.core.cursors import Cursors
from graph.core.errors import DatabaseUnavailable, DuplicateKey, GraphError, InvalidInput, QueryTimeout, TooLarge

log = logging.getLogger(__name__)

Row = dict[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str
    password: str
    database: str = "neo4j"

    def __repr__(self) -> str:  # never print the password
        return f"Connection(uri={self.uri!r}, user={self.user!r}, database={self.database!r})"


# Values the driver already returns as plain Python; checked first because they are nearly all of them.
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """Driver values to plain Python: temporal types to date/datetime, recursively through lists and maps."""
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, neo4j.time.DateTime):
        native: datetime = value.to_native()
        return native
    if isinstance(value, neo4j.time.Date):
        day: date = value.to_native()
        return day
    # Scalars inside containers are passed through without a call: results hold thousands of them.
    if isinstance(value, list):
        return [v if type(v) in _PLAIN_TYPES else plain(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _PLAIN_TYPES else plain(v) for k, v in value.items()}
    return value


@contextmanager
def _own_errors() -> Iterator[None]:
    """Driver errors become the project's own, so nothing above graph/ sees a neo4j type."""
    try:
        yield
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError) as exc:
        # IncompleteCommit is a ServiceUnavailable too: the commit's outcome is unknown, and a retry with the same
        # idempotencyKey (graph/idempotency.py) is what makes trying again safe.
        raise DatabaseUnavailable("Neo4j is unreachable") from exc
    except neo4j_errors.ConstraintError as exc:
        raise DuplicateKey("another transaction stored the same unique value first") from exc
    except UnicodeEncodeError as exc:
        # A lone surrogate ("\\udcff") is valid JSON but not UTF-8: the driver cannot send it.
        raise InvalidInput("text must be valid Unicode (no lone surrogates)", "input") from exc
    except neo4j_errors.Neo4jError as exc:
        if "too large to index" in (exc.message or ""):
            raise InvalidInput("a value is too long to be stored: shorten it", "input") from exc
        # A transaction stopped at its time limit: …TransactionTimedOut or …TransactionTimedOutClientConfiguration.
        if (exc.code or "").startswith("Neo.ClientError.Transaction.TransactionTimedOut"):
            raise QueryTimeout("the query ran past its time limit") from exc
        if exc.code == "Neo.TransientError.General.MemoryPoolOutOfMemoryError":
            log.warning("a transaction outgrew the server's transaction memory")
            raise TooLarge("the request needs more transaction memory than the database allows") from exc
        if exc.is_retryable():
            # Still failing when the retry window closed: a database starting or stopping
            # (Neo.TransientError.General.DatabaseUnavailable), deadlocks, lock waits. Worth trying again later.
            log.warning("neo4j transient error outlasted the retries: %s", exc.code)
            raise DatabaseUnavailable(f"Neo4j is busy or restarting ({exc.code})") from exc
        log.error("cypher failed: %s", exc.code)
        raise GraphError(f"query failed ({exc.code})") from exc
    except neo4j_errors.DriverError as exc:
        raise DatabaseUnavailable(f"Neo4j driver error: {type(exc).__name__}") from exc


class Captured(NamedTuple):
    """One query as the graph layer sent it (without PROFILE): `how` is "read", "write" or "tx" (inside
    `Graph.transaction`). The benchmark replays a request's captured queries through the driver alone."""

    query: str
    params: dict[str, Any]
    how: Literal["read", "write", "tx"]


def _db_hits(plan: dict[str, Any] | None) -> int:
    """The database hits of a profiled plan, summed over its operators."""
    if not plan:
        return 0
    return int(plan.get("dbHits", 0)) + sum(_db_hits(child) for child in plan.get("children", []))


class Tx:
    """One managed write transaction as the graph layer sees it: queries in, plain rows out."""

    def __init__(self, tx: neo4j.AsyncManagedTransaction, graph: Graph) -> None:
        self._tx = tx
        self._graph = graph

    async def run(self, query: LiteralString, **params: Any) -> list[Row]:
        self._graph.sending(query, params, "tx")
        # Driver errors propagate untouched, so execute_write can retry the whole unit on transient ones.
        began = time.perf_counter()
        try:
            result = await self._tx.run(self._graph.profiled(query), params)
            rows = [{k: plain(v) for k, v in record.items()} async for record in result]  # type: ignore[no-untyped-call]  # the driver's Record.items is untyped
        finally:
            self._graph.observe("tx", began)
        if self._graph.profile:
            self._graph.db_hits += _db_hits((await result.consume()).profile)
        return rows


class Graph:
    """Runs Cypher in managed (retrying) transactions against one named database.

    `round_trips` counts every query sent, so tests can bound the queries a request makes; with `profile` on,
    every query runs under PROFILE and `db_hits` adds up the database hits Neo4j reports (the CI guard).
    While `captured` is a list, every query sent is appended to it (the benchmark's capture of a request).
    `cursors` seals the page cursors of every read with `cursor_secret` (None: a random key for this graph alone).
    """

    def __init__(
        self, driver: AsyncDriver, database: str, timeout_s: float = 15.0, cursor_secret: str | None = None
    ) -> None:
        self._driver = driver
        self.database = database
        self.timeout_s = timeout_s
        self.cursors = Cursors(cursor_secret)
        self.round_trips = 0
        self.profile = False
        self.db_hits = 0
        # True from a call that found Neo4j unreachable until one succeeds (see `_probe`).
        self.away = False
        self.captured: list[Captured] | None = None
        # Called with ("read" | "write" | "tx", seconds) after each query; the API points it at its metrics.
        self.observer: Callable[[str, float], None] | None = None
        # Handed each committed status change by the step pipeline (graph.workflow); the API points it at its broker.
        self.publisher: Callable[[Any], Awaitable[None]] | None = None

    def observe(self, how: str, began: float) -> None:
        if self.observer is not None:
            self.observer(how, time.perf_counter() - began)

    def sending(self, query: str, params: dict[str, Any], how: Literal["read", "write", "tx"]) -> None:
        """Counts (and, while capturing, records) a query about to be sent."""
        self.round_trips += 1
        if self.captured is not None:
            self.captured.append(Captured(query, params, how))

    def profiled(self, query: LiteralString) -> LiteralString:
        return "PROFILE " + query if self.profile else query

    @contextmanager
    def _watched(self) -> Iterator[None]:
        try:
            yield
        except DatabaseUnavailable:
            self.away = True
            raise
        self.away = False

    async def _probe(self) -> None:
        """While Neo4j is known to be away, one quick connect (no retries) first: a request then fails in milliseconds
        instead of waiting out the retry window again for each of its queries; once Neo4j answers, queries retry."""
        if self.away:
            await self._driver.verify_connectivity()

    @classmethod
    def connect(
        cls, conn: Connection, timeout_s: float = 15.0, retry_s: float = 10.0, cursor_secret: str | None = None
    ) -> Graph:
        """A driver for `conn`; nothing is sent until the first query. Transient failures retry for `retry_s`."""
        driver = AsyncGraphDatabase.driver(
            conn.uri,
            auth=(conn.user, conn.password),
            connection_acquisition_timeout=10.0,
            # A host that drops packets fails a connect in this time rather than the driver's 30 s.
            connection_timeout=5.0,
            max_transaction_retry_time=retry_s,
            # A connection idle this long is pinged before reuse, so one left over from before a Neo4j restart is
            # dropped there instead of failing a query (busy connections are never idle this long: no cost under load).
            liveness_check_timeout=2.0,
            # Planner hints about labels not yet created (an empty database) are noise for an API.
            notifications_min_severity="OFF",
        )
        return cls(driver, conn.database, timeout_s, cursor_secret)

    async def close(self) -> None:
        await self._driver.close()

    async def read(self, query: LiteralString, **params: Any) -> list[Row]:
        return await self._run(query, params, RoutingControl.READ)

    async def write(self, query: LiteralString, **params: Any) -> list[Row]:
        return await self._run(query, params, RoutingControl.WRITE)

    async def read_one(self, query: LiteralString, **params: Any) -> Row | None:
        rows = await self.read(query, **params)
        return rows[0] if rows else None

    async def transaction(self, work: Callable[[Tx], Awaitable[T]], timeout_s: float | None = None) -> T:
        """Run `work` in ONE managed write transaction, retried as a whole on transient errors (deadlocks too).

        `work` may run more than once, so it must have no effects outside the transaction. Exceptions it
        raises roll the transaction back and reach the caller unchanged. `timeout_s` replaces the graph's own
        limit for this transaction (a register import's, which is one transaction however large).
        """

        @neo4j.unit_of_work(timeout=timeout_s or self.timeout_s)
        async def unit(tx: neo4j.AsyncManagedTransaction) -> T:
            return await work(Tx(tx, self))

        with self._watched(), _own_errors():
            await self._probe()
            async with self._driver.session(database=self.database) as session:
                return await session.execute_write(unit)

    async def _run(self, query: LiteralString, params: dict[str, Any], routing: RoutingControl) -> list[Row]:
        how: Literal["read", "write"] = "read" if routing == RoutingControl.READ else "write"
        self.sending(query, params, how)
        began = time.perf_counter()
        try:
            with self._watched(), _own_errors():
                await self._probe()
                result = await self._driver.execute_query(
                    neo4j.Query(self.profiled(query), timeout=self.timeout_s),
                    params,
                    database_=self.database,
                    routing_=routing,
                )
        finally:
            self.observe(how, began)
        if self.profile:
            self.db_hits += _db_hits(result.summary.profile)
        return [{k: plain(v) for k, v in record.items()} for record in result.records]  # type: ignore[no-untyped-call]  # the driver's Record.items is untyped
