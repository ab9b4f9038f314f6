"""The managed local Neo4j server: start, credentials, loopback only, stop, and what happens without Java or Maven."""

from __future__ import annotations

import json
import socket
import stat
from collections.abc import Iterator
from typing import Any, LiteralString

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from api.managed import ManagedNeo4j
from graph.core.db import Connection
from tests.neo4j_provider import managed_server, provider_kind

# Each start costs ~10 s, so every test below shares one server and the last one restarts it once.
PROVIDER = provider_kind()
needs_managed = pytest.mark.skipif(
    PROVIDER != "managed", reason=f"tests get Neo4j from {'NEO4J_URI' if PROVIDER == 'env' else 'Docker'}, not managed"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ManagedNeo4j, Connection]]:
    managed = managed_server(tmp_path_factory.mktemp("managed") / "neo4j")
    conn = managed.start()
    yield managed, conn
    managed.stop()


def query(conn: Connection, cypher: LiteralString) -> list[dict[str, Any]]:
    with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
        records, _, _ = driver.execute_query(cypher, database_=conn.database)
    return [record.data() for record in records]


@pytest.mark.neo4j_server
@needs_managed
def test_status_is_running_after_start(server: tuple[ManagedNeo4j, Connection]) -> None:
    managed, conn = server
    status = managed.status()
    assert status.running
    assert status.uri == conn.uri
    assert status.pid == int(managed.pid_file.read_text())


@pytest.mark.neo4j_server
@needs_managed
def test_generated_password_works_and_is_kept_private(server: tuple[ManagedNeo4j, Connection]) -> None:
    managed, conn = server
    assert query(conn, "CREATE (n:Probe {v: 41}) RETURN n.v + 1 AS answer") == [{"answer": 42}]
    assert stat.S_IMODE(managed.connection_file.stat().st_mode) == 0o600
    stored = json.loads(managed.connection_file.read_text())
    assert (stored["uri"], stored["user"], stored["password"]) == (conn.uri, conn.user, conn.password)
    assert len(conn.password) >= 20


@pytest.mark.neo4j_server
@needs_managed
def test_wrong_password_is_refused(server: tuple[ManagedNeo4j, Connection]) -> None:
    _, conn = server
    with pytest.raises(AuthError):
        query(Connection(conn.uri, conn.user, conn.password + "x"), "RETURN 1")


@pytest.mark.neo4j_server
@needs_managed
def test_listens_on_loopback_only(server: tuple[ManagedNeo4j, Connection]) -> None:
    _, conn = server
    settings = {
        row["name"]: row["value"]
        for row in query(
            conn, "SHOW SETTINGS YIELD name, value WHERE name ENDS WITH 'listen_address' RETURN name, value"
        )
    }
    assert settings["server.default_listen_address"] == "127.0.0.1"
    assert settings["server.bolt.listen_address"].startswith("127.0.0.1:")
    assert settings["server.http.listen_address"].startswith("127.0.0.1:")
    # And the OS agrees: the same port on this machine's other address is closed (refused, or dropped by a firewall).
    address = _outward_address()
    if address is None:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(3)
        assert sock.connect_ex((address, _port(conn))) != 0


@pytest.mark.neo4j_server
@needs_managed
def test_stop_then_start_keeps_data_ports_and_password(server: tuple[ManagedNeo4j, Connection]) -> None:
    managed, conn = server
    query(conn, "CREATE (:Kept)")
    assert managed.status().running

    assert managed.stop() is True
    assert managed.status().running is False
    assert not managed.pid_file.exists()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        assert sock.connect_ex(("127.0.0.1", _port(conn))) != 0, "Bolt still answers after stop()"
    assert managed.stop() is False

    assert managed.start() == conn
    assert query(conn, "MATCH (n:Kept) RETURN count(n) AS kept") == [{"kept": 1}]


def _port(conn: Connection) -> int:
    return int(conn.uri.rsplit(":", 1)[1])


def _outward_address() -> str | None:
    """The address this machine would use to reach the network; a UDP connect only consults the routing table."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("8.8.8.8", 53))
        except OSError:
            return None
        address: str = sock.getsockname()[0]
    return None if address.startswith("127.") else address
