"""The files of a managed server's home: its jars (fetched with Maven), neo4j.conf, and connection.json (mode 0600)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any

from api.managed.errors import INSTALL_JAVA, INSTALL_MAVEN, ServerError, require, tail
from graph.core.db import Connection

if TYPE_CHECKING:
    from api.managed.server import ManagedNeo4j

POM = Path(__file__).resolve().parents[2] / "tools" / "neo4j" / "pom.xml"


def fetch(server: ManagedNeo4j) -> None:
    """Copies the server's jars into `lib_dir` with Maven (from ~/.m2 when cached) unless they are there already."""
    require("java", INSTALL_JAVA)
    if not POM.exists():
        raise ServerError(f"{POM} is missing: run from a checkout of the project")
    server.lib_dir.parent.mkdir(parents=True, exist_ok=True)
    # Servers sharing one lib (the tests' and `make run`'s, started together on a fresh clone) fetch it once: the
    # others wait, then find it.
    with open(server.lib_dir.with_name(f"{server.lib_dir.name}.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _fetch_unlocked(server)


def _fetch_unlocked(server: ManagedNeo4j) -> None:
    stamp = server.lib_dir / ".fetched"
    if stamp.exists() and stamp.read_text() == POM.read_text():
        return
    mvn = require("mvn", INSTALL_MAVEN)
    # Copy next to the target and swap it in, so an interrupted fetch never leaves half a lib.
    staging = server.lib_dir.with_name(f"{server.lib_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    command = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={staging}"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise ServerError(f"mvn could not fetch Neo4j (exit {done.returncode}):\n{tail(done.stdout + done.stderr)}")
    (staging / ".fetched").write_text(POM.read_text())
    shutil.rmtree(server.lib_dir, ignore_errors=True)
    staging.replace(server.lib_dir)


def write_conf(server: ManagedNeo4j, bolt_port: int, http_port: int) -> None:
    settings = {
        "server.default_listen_address": "127.0.0.1",
        "server.default_advertised_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{bolt_port}",
        "server.http.listen_address": f"127.0.0.1:{http_port}",
        # Advertised too, else routing tables and the log point clients at the default ports 7687/7474.
        "server.bolt.advertised_address": f"127.0.0.1:{bolt_port}",
        "server.http.advertised_address": f"127.0.0.1:{http_port}",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "server.memory.heap.initial_size": server.config.heap,
        "server.memory.heap.max_size": server.config.heap,
        "server.memory.pagecache.size": server.config.pagecache,
        "server.directories.data": str(server.home / "data"),
        "server.directories.logs": str(server.home / "logs"),
        "server.directories.plugins": str(server.home / "plugins"),
        "server.directories.run": str(server.home / "run"),
        "server.directories.lib": str(server.lib_dir),
        "dbms.usage_report.enabled": "false",
        # Unsupported settings; they cut a stop from ~10 s to ~1 s by not waiting for Bolt threads that are idle
        # anyway on a single-user server.
        "internal.server.bolt.thread_pool_shutdown_wait_time": "1s",
        "internal.server.bolt.connection_shutdown_wait_time": "1s",
    }
    lines = ["# Written by api/managed/server.py on every start; edits are lost."]
    lines += [f"{key}={value}" for key, value in settings.items()]
    (server.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")


def read_connection_file(server: ManagedNeo4j) -> dict[str, Any]:
    try:
        data = json.loads(server.connection_file.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def stored_connection(server: ManagedNeo4j) -> Connection | None:
    data = read_connection_file(server)
    if not all(isinstance(data.get(key), str) for key in ("uri", "user", "password")):
        return None
    return Connection(data["uri"], data["user"], data["password"])


def write_connection_file(server: ManagedNeo4j, conn: Connection, bolt_port: int, http_port: int) -> None:
    data = {
        "uri": conn.uri,
        "user": conn.user,
        "password": conn.password,
        "bolt_port": bolt_port,
        "http_port": http_port,
    }
    staging = server.connection_file.with_suffix(".tmp")
    staging.unlink(missing_ok=True)
    # Created 0600 from the start: the password is never readable by others, not even briefly.
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(data, out, indent=2)
    staging.replace(server.connection_file)
