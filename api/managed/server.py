"""A managed local Neo4j Community server: jars from Maven Central, one JVM per home directory, loopback only."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

from api.managed import files
from api.managed.errors import INSTALL_JAVA, ServerError, ServerRunning, require, tail
from graph.core.db import Connection

USER = "neo4j"
DATABASE = "neo4j"  # the one database dump and restore carry; `system` (users, the password) stays with each server
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"
# What the stock neo4j.conf passes to the JVM and still matters here; the bootloader would add these, but we launch the
# entry point ourselves so the pid we record is the server's. (AlwaysPreTouch is left out: it slows every start.)
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Dfile.encoding=UTF-8",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)
_NOT_READY = (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, neo4j_errors.TransientError)


@dataclass(frozen=True)
class ServerConfig:
    home: Path
    bolt_port: int | None = None  # None: the port used last time for this home if free, else any free one
    http_port: int | None = None
    heap: str = "2g"  # with the page cache, ~4 GB of a 24 GB machine: room for the API, tests and the OS
    pagecache: str = "2g"


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    uri: str | None


class ManagedNeo4j:
    """Fetches, starts and stops one Neo4j server whose data, logs, conf and credentials live under `config.home`.

    `lib_dir` (default `<home>/lib`) holds the jars; several homes may share one, so tests copy them only once.
    """

    def __init__(self, config: ServerConfig, lib_dir: Path | None = None) -> None:
        self.config = config
        self.home = config.home.resolve()
        self.lib_dir = (lib_dir or self.home / "lib").resolve()

    @property
    def conf_dir(self) -> Path:
        return self.home / "conf"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def connection_file(self) -> Path:
        return self.home / "connection.json"

    def fetch(self) -> None:
        """Copies the server's jars into `lib_dir` with Maven (from ~/.m2 when cached) unless they are there already."""
        files.fetch(self)

    def start(self, timeout: float = 120) -> Connection:
        """Starts the server (fetching it and setting a random password the first time) and waits until Bolt answers."""
        pid = self._pid()
        if pid is not None:
            conn = files.stored_connection(self)
            if conn is None:
                raise ServerError(f"Neo4j is running (pid {pid}) but {self.connection_file} is missing: stop it first")
            # Running already, possibly still starting: wait for it rather than start a second one.
            self._wait_ready(conn, pid, timeout)
            return conn
        files.fetch(self)
        stored = files.read_connection_file(self)
        bolt_port = self.config.bolt_port or free_port(stored.get("bolt_port"))
        http_port = self.config.http_port or free_port(stored.get("http_port"), avoid=bolt_port)
        for sub in ("conf", "data", "logs", "plugins", "run"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        files.write_conf(self, bolt_port, http_port)
        password = stored.get("password")
        # The initial password only takes effect before the system database exists; after that it is fixed.
        if not (self.home / "data" / "databases" / "system").exists():
            password = secrets.token_urlsafe(24)
            self._set_initial_password(password)
        elif not isinstance(password, str):
            raise ServerError(
                f"{self.connection_file} has lost the password of {self.home / 'data'}: delete both to reset"
            )
        conn = Connection(f"bolt://127.0.0.1:{bolt_port}", USER, password)
        files.write_connection_file(self, conn, bolt_port, http_port)
        pid = self._launch()
        try:
            self._wait_ready(conn, pid, timeout)
        except ServerError:
            self.stop()  # never leave a half-started server behind to hold the ports and the store lock
            raise
        return conn

    def stop(self, timeout: float = 60) -> bool:
        """Stops the server (SIGTERM, then SIGKILL after `timeout`); False if it was not running."""
        pid = self._pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        with contextlib.suppress(ProcessLookupError):  # it may exit on its own meanwhile
            os.kill(pid, signal.SIGTERM)
            if not self._wait_exit(pid, timeout):
                os.kill(pid, signal.SIGKILL)
                self._wait_exit(pid, 10)
        self.pid_file.unlink(missing_ok=True)
        return True

    def status(self) -> ServerStatus:
        pid = self._pid()
        conn = files.stored_connection(self) if pid is not None else None
        return ServerStatus(running=pid is not None, pid=pid, uri=conn.uri if conn else None)

    def require_stopped(self, action: str) -> None:
        # neo4j-admin also takes the store lock and refuses a mounted database; this says so before any work is done.
        pid = self._pid()
        if pid is not None:
            raise ServerRunning(f"Neo4j is running (pid {pid}): stop it before the {action} (python -m api neo4j stop)")

    def admin(
        self,
        action: str,
        args: list[str],
        stdin: IO[bytes] | None = None,
        stdout: IO[bytes] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Runs neo4j-admin on this home; its output is kept for the error only (the dump may be on stdout)."""
        env = {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}
        command = [require("java", INSTALL_JAVA), "-cp", f"{self.lib_dir}/*", ADMIN_ENTRY_POINT, *args]
        out = subprocess.PIPE if stdout is None else stdout
        try:
            done = subprocess.run(
                command, env=env, stdin=stdin, stdout=out, stderr=subprocess.PIPE, check=False, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            # run() has killed it; a load cut short leaves the database incomplete, so say what to do.
            raise ServerError(f"{action} did not finish within {timeout:g}s and was stopped: run it again") from None
        if done.returncode != 0:
            output = (done.stdout or b"") + done.stderr
            raise ServerError(f"{action} failed (exit {done.returncode}):\n{tail(output.decode(errors='replace'))}")

    def _launch(self) -> int:
        heap = self.config.heap
        command = [require("java", INSTALL_JAVA), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", f"{self.lib_dir}/*"]
        command += [ENTRY_POINT, f"--home-dir={self.home}", f"--config-dir={self.conf_dir}"]
        # Started by a shell that exits at once, so the JVM is nobody's child here: it outlives this process without a
        # Popen left "still running", and init reaps it. Its own session keeps a Ctrl-C in the terminal from reaching it.
        detach = 'log=$1; shift; "$@" </dev/null >>"$log" 2>&1 & echo $!'
        console = self.home / "logs" / "console.log"
        done = subprocess.run(
            ["sh", "-c", detach, "sh", str(console), *command], capture_output=True, text=True, start_new_session=True
        )
        if done.returncode != 0 or not done.stdout.strip().isdigit():
            raise ServerError(f"could not launch java: {done.stderr.strip() or done.stdout.strip()}")
        pid = int(done.stdout)
        self.pid_file.write_text(str(pid))
        return pid

    def _set_initial_password(self, password: str) -> None:
        # `--` because a token_urlsafe password may begin with "-", which would read as an option. The output, kept for
        # the error, never contains the password; only its length is checked there.
        self.admin("set-initial-password", ["dbms", "set-initial-password", "--", password])

    def _wait_ready(self, conn: Connection, pid: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password), connection_timeout=2.0) as driver:
            while True:
                try:
                    # A real query, not just a handshake: the default database must be online too.
                    with driver.session(database=conn.database) as session:
                        session.run("RETURN 1").consume()
                    return
                except _NOT_READY:
                    pass
                except neo4j_errors.AuthError as error:
                    raise ServerError(f"Neo4j at {conn.uri} refused the stored password: {error.message}") from error
                if not self._alive(pid):
                    raise ServerError(f"Neo4j exited while starting; last log lines:\n{self._logtail()}")
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"Neo4j did not answer on {conn.uri} within {timeout:g}s; last log lines:\n{self._logtail()}"
                    )
                time.sleep(0.5)

    def _wait_exit(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self._alive(pid):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)
        return True

    def _pid(self) -> int | None:
        """The pid in the pid file if that process is alive and is this home's server."""
        try:
            pid = int(self.pid_file.read_text())
        except (FileNotFoundError, ValueError):
            return None
        return pid if self._alive(pid) else None

    def _alive(self, pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return False  # someone else's process took the pid
        cmdline = Path(f"/proc/{pid}/cmdline")
        if not cmdline.exists():
            return True  # no /proc (macOS): the signal check is all there is
        # Guards against a recycled pid, so stop() never signals an unrelated process; empty for zombies too.
        return f"--home-dir={self.home}".encode() in cmdline.read_bytes().split(b"\0")

    def _logtail(self) -> str:
        parts = []
        for name in ("neo4j.log", "console.log"):
            path = self.home / "logs" / name
            if path.exists() and (text := tail(path.read_text(errors="replace"))):
                parts.append(f"--- {path}\n{text}")
        return "\n".join(parts) or "(no log output)"


def free_port(preferred: object = None, avoid: int | None = None) -> int:
    """`preferred` if it can be bound on 127.0.0.1 now, else a port the OS picks."""
    if isinstance(preferred, int) and preferred != avoid and _bindable(preferred):
        return preferred
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if port != avoid:
            return port


def _bindable(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As the JVM binds: connections from the last run in TIME_WAIT must not make the port look busy.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
