"""The Neo4j the tests run against: NEO4J_URI if set, else a Docker container, else a managed server from Maven jars.

The tests delete everything in the database they use. A container or managed server is their own; a database named
by NEO4J_URI is not, so they use it only while it is empty (and empty it again when done) or when NEO4J_TEST_MAY_WIPE=1
says its data may go.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from neo4j import GraphDatabase, RoutingControl

from api.managed import ManagedNeo4j, ServerConfig
from graph.core.db import Connection

REPO = Path(__file__).resolve().parents[1]
# Set to 1: the tests may delete the data of the database NEO4J_URI names.
MAY_WIPE = "NEO4J_TEST_MAY_WIPE"
# The same folder the dev server (`python -m api neo4j start`, home .neo4j) uses, so the jars are copied once per clone.
SHARED_LIB = REPO / ".neo4j" / "lib"
# The image a container is started from: NEO4J_IMAGE (read from the environment only, as NEO4J_URI is), else the
# official one; `make images` builds a local stand-in where no public registry can be reached (README "Docker").
IMAGE_VARIABLE = "NEO4J_IMAGE"
IMAGE = "neo4j:5.26-community"
TEST_HEAP = "1g"
TEST_PAGECACHE = "512m"

Provider = Literal["env", "docker", "managed"]


def provider_kind() -> Provider:
    """Which of the three `provide_neo4j` will use here."""
    if os.environ.get("NEO4J_URI"):
        return "env"
    if docker_answers():
        return "docker"
    return "managed"


def docker_answers() -> bool:
    """True if a Docker engine responds; a client without a daemon (as on this project's dev machine) is not enough."""
    docker = shutil.which("docker")
    if docker is None:
        return False
    try:
        done = subprocess.run([docker, "info"], capture_output=True, timeout=5, check=False)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def managed_server(home: Path) -> ManagedNeo4j:
    """A managed server under `home`, sized for tests and sharing the repo's jars."""
    return ManagedNeo4j(ServerConfig(home=home, heap=TEST_HEAP, pagecache=TEST_PAGECACHE), lib_dir=SHARED_LIB)


def provide_neo4j(tmp_root: Path) -> tuple[Connection, Callable[[], None]]:
    """A running Neo4j and the function that disposes of it: stopping a server the tests started, emptying the
    database of NEO4J_URI (after `check_may_wipe` let them use it) so the next run finds it empty too."""
    kind = provider_kind()
    if kind == "env":
        conn = env_connection()
        check_may_wipe(conn)

        def empty_again() -> None:
            empty(conn)

        return conn, empty_again
    if kind == "docker":
        return container()
    server = managed_server(tmp_root / "neo4j")
    conn = server.start()

    def stop() -> None:
        server.stop()

    return conn, stop


def neo4j_image() -> str:
    """The image `container` starts."""
    return os.environ.get(IMAGE_VARIABLE) or IMAGE


def container() -> tuple[Connection, Callable[[], None]]:
    """A Neo4j container of `neo4j_image()` started by testcontainers, and the function that removes it."""
    # Imported here so the other two paths never load Docker's client libraries.
    from testcontainers.community.neo4j import Neo4jContainer

    neo4j = Neo4jContainer(neo4j_image(), username="neo4j", password=secrets.token_urlsafe(16))
    neo4j.with_env("NEO4J_server_memory_heap_max__size", TEST_HEAP)
    neo4j.with_env("NEO4J_server_memory_pagecache_size", TEST_PAGECACHE)
    neo4j.start()
    conn = Connection(neo4j.get_connection_url(), neo4j.username, neo4j.password)
    return conn, neo4j.stop


class NotOurs(RuntimeError):
    """NEO4J_URI names a database holding data, and NEO4J_TEST_MAY_WIPE does not allow deleting it."""


def env_connection() -> Connection:
    """The database NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) names."""
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        raise RuntimeError("NEO4J_PASSWORD is required when NEO4J_URI is set")
    user = os.environ.get("NEO4J_USER", "neo4j")
    return Connection(os.environ["NEO4J_URI"], user, password, os.environ.get("NEO4J_DATABASE", "neo4j"))


def check_may_wipe(conn: Connection) -> None:
    """Raise NotOurs unless the database is empty or NEO4J_TEST_MAY_WIPE=1; only reads it."""
    if os.environ.get(MAY_WIPE) == "1":
        return
    with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
        records, _, _ = driver.execute_query(
            "MATCH (n) RETURN count(n) AS n", database_=conn.database, routing_=RoutingControl.READ
        )
    nodes = int(records[0]["n"])
    if nodes:
        raise NotOurs(
            f"NEO4J_URI is set ({conn.uri}, database {conn.database!r}) and that database holds {nodes} nodes. "
            "The tests delete everything in the database they use, so they refuse to start. Point NEO4J_URI at an "
            "empty database (the tests empty it again when they finish), unset NEO4J_URI to let the tests start "
            f"their own Neo4j, or set {MAY_WIPE}=1 if the data of this one may be deleted."
        )


def empty(conn: Connection, batch: int = 10_000) -> None:
    """Delete every node of the database, in bounded transactions."""
    with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
        while True:
            records, _, _ = driver.execute_query(
                "MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS n",
                batch=batch,
                database_=conn.database,
            )
            if int(records[0]["n"]) < batch:
                return
