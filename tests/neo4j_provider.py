"""The Neo4j the tests run against: NEO4J_URI if set, else a Docker container, else a managed server from Maven jars."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from api.managed import ManagedNeo4j, ServerConfig
from graph.core.db import Connection

REPO = Path(__file__).resolve().parents[1]
# The same folder the dev server (`python -m api neo4j start`, home .neo4j) uses, so the jars are copied once per clone.
SHARED_LIB = REPO / ".neo4j" / "lib"
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
    """A running Neo4j and the function that disposes of it (a no-op for a server the tests do not own)."""
    kind = provider_kind()
    if kind == "env":
        password = os.environ.get("NEO4J_PASSWORD")
        if password is None:
            raise RuntimeError("NEO4J_PASSWORD is required when NEO4J_URI is set")
        user = os.environ.get("NEO4J_USER", "neo4j")
        conn = Connection(os.environ["NEO4J_URI"], user, password, os.environ.get("NEO4J_DATABASE", "neo4j"))
        return conn, lambda: None
    if kind == "docker":
        return _container()
    server = managed_server(tmp_root / "neo4j")
    conn = server.start()

    def stop() -> None:
        server.stop()

    return conn, stop


def _container() -> tuple[Connection, Callable[[], None]]:
    # Imported here so the other two paths never load Docker's client libraries.
    from testcontainers.community.neo4j import Neo4jContainer

    container = Neo4jContainer(IMAGE, username="neo4j", password=secrets.token_urlsafe(16))
    container.with_env("NEO4J_server_memory_heap_max__size", TEST_HEAP)
    container.with_env("NEO4J_server_memory_pagecache_size", TEST_PAGECACHE)
    container.start()
    conn = Connection(container.get_connection_url(), container.username, container.password)
    return conn, container.stop
