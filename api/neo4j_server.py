"""A managed local Neo4j Community server: jars from Maven Central, one JVM per home directory, loopback only."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from neo4j import GraphDatabase
from neo4j import exceptions as neo4j_errors

from api.settings import Settings
from graph.core.db import Connection

POM = Path(__file__).resolve().parents[1] / "tools" / "neo4j" / "pom.xml"
USER = "neo4j"
DATABASE = "neo4j"  # the one database dump and restore carry; `system` (users, the password) stays with each server
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_ENTRY_POINT = "org.neo4j.server.startup.Neo4jAdminCommand"
INSTALL_JAVA = "install a Java 17 JDK (apt-get install openjdk-17-jre-headless)"
INSTALL_MAVEN = "install Maven (apt-get install maven)"
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


class MissingTool(RuntimeError):
    """A program the managed server needs is not on PATH; the message is one line saying what to install."""


class ServerError(RuntimeError):
    """The managed server could not be fetched, started or reached."""


class ServerRunning(ServerError):
    """Dump and restore need the server stopped: Community cannot dump or load a database that is online."""


class NothingToRestore(ServerError):
    """The dump file is absent, or the home holds no database to dump."""


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
        _require("java", INSTALL_JAVA)
        stamp = self.lib_dir / ".fetched"
        if not POM.exists():
            raise ServerError(f"{POM} is missing: run from a checkout of the project")
        if stamp.exists() and stamp.read_text() == POM.read_text():
            return
        mvn = _require("mvn", INSTALL_MAVEN)
        # Copy next to the target and swap it in, so an interrupted or concurrent fetch never leaves half a lib.
        staging = self.lib_dir.with_name(f"{self.lib_dir.name}.tmp-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        command = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies", f"-DoutputDirectory={staging}"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            raise ServerError(
                f"mvn could not fetch Neo4j (exit {done.returncode}):\n{_tail(done.stdout + done.stderr)}"
            )
        (staging / ".fetched").write_text(POM.read_text())
        shutil.rmtree(self.lib_dir, ignore_errors=True)
        staging.replace(self.lib_dir)

    def start(self, timeout: float = 120) -> Connection:
        """Starts the server (fetching it and setting a random password the first time) and waits until Bolt answers."""
        pid = self._pid()
        if pid is not None:
            conn = self._stored_connection()
            if conn is None:
                raise ServerError(f"Neo4j is running (pid {pid}) but {self.connection_file} is missing: stop it first")
            # Running already, possibly still starting: wait for it rather than start a second one.
            self._wait_ready(conn, pid, timeout)
            return conn
        self.fetch()
        stored = self._read_connection_file()
        bolt_port = self.config.bolt_port or _free_port(stored.get("bolt_port"))
        http_port = self.config.http_port or _free_port(stored.get("http_port"), avoid=bolt_port)
        for sub in ("conf", "data", "logs", "plugins", "run"):
            (self.home / sub).mkdir(parents=True, exist_ok=True)
        self._write_conf(bolt_port, http_port)
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
        self._write_connection_file(conn, bolt_port, http_port)
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
        conn = self._stored_connection() if pid is not None else None
        return ServerStatus(running=pid is not None, pid=pid, uri=conn.uri if conn else None)

    def dump(self, to_dir: Path | None = None, timeout: float | None = None) -> Path:
        """Writes the stopped server's `neo4j` database to `<to_dir>/neo4j-<UTC time>.dump` (default `<home>/dumps`)."""
        self._require_stopped("dump")
        if not (self.home / "data" / "databases" / DATABASE).is_dir():
            raise NothingToRestore(f"{self.home} holds no database to dump: start the server once first")
        self.fetch()
        return self._write_dump(to_dir or self.home / "dumps", "", timeout)

    def _write_dump(self, to_dir: Path, tag: str, timeout: float | None) -> Path:
        target_dir = to_dir.resolve()
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{DATABASE}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}{tag}.dump"
        if target.exists():
            raise ServerError(f"{target} exists already: wait a second or choose another folder")
        # Streamed into a partial file and renamed when complete, so a failed dump never looks like a good one.
        partial = target.with_name(target.name + ".partial")
        try:
            with partial.open("wb") as out:
                self._admin("dump", ["database", "dump", "--to-stdout", DATABASE], stdout=out, timeout=timeout)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return target

    def restore(self, from_dump: Path, timeout: float | None = None) -> Path | None:
        """Replaces the stopped server's `neo4j` database with a dump; its own password and `system` database stay.

        The database replaced is dumped first (to `<home>/dumps/neo4j-<time>-before-restore.dump`, returned; None when
        there was none) and put back if the load fails: a failed load leaves no database at all.
        """
        self._require_stopped("restore")
        if not from_dump.is_file():
            raise NothingToRestore(f"{from_dump} is not a dump file")
        self.fetch()
        if not (self.conf_dir / "neo4j.conf").exists():
            # A home never started: neo4j-admin needs the conf to find the data folder; start() rewrites it anyway.
            for sub in ("conf", "data", "logs", "run"):
                (self.home / sub).mkdir(parents=True, exist_ok=True)
            bolt_port = _free_port()
            self._write_conf(bolt_port, _free_port(avoid=bolt_port))
        # Reads only the archive's header: a file that is no dump is refused before anything is replaced.
        try:
            self._load(from_dump, ["--info"], timeout)
        except ServerError as error:
            raise NothingToRestore(f"{from_dump} is not a readable Neo4j dump; {error}") from None
        previous = None
        if (self.home / "data" / "databases" / DATABASE).is_dir():
            previous = self._write_dump(self.home / "dumps", "-before-restore", timeout)
        try:
            self._load(from_dump, ["--overwrite-destination=true"], timeout)
        except ServerError as error:
            if previous is None:
                raise
            # A dump cut short passes --info and fails halfway, after the old store was deleted.
            self._load(previous, ["--overwrite-destination=true"], timeout)
            raise ServerError(f"{error}\nthe database it replaced was put back from {previous}") from None
        return previous

    def _load(self, dump: Path, options: list[str], timeout: float | None) -> None:
        with dump.open("rb") as archive:
            command = ["database", "load", "--from-stdin", *options, DATABASE]
            self._admin("restore", command, stdin=archive, timeout=timeout)

    def _require_stopped(self, action: str) -> None:
        # neo4j-admin also takes the store lock and refuses a mounted database; this says so before any work is done.
        pid = self._pid()
        if pid is not None:
            raise ServerRunning(f"Neo4j is running (pid {pid}): stop it before the {action} (python -m api neo4j stop)")

    def _admin(
        self,
        action: str,
        args: list[str],
        stdin: IO[bytes] | None = None,
        stdout: IO[bytes] | None = None,
        timeout: float | None = None,
    ) -> None:
        """Runs neo4j-admin on this home; its output is kept for the error only (the dump may be on stdout)."""
        env = {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}
        command = [_require("java", INSTALL_JAVA), "-cp", f"{self.lib_dir}/*", ADMIN_ENTRY_POINT, *args]
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
            raise ServerError(f"{action} failed (exit {done.returncode}):\n{_tail(output.decode(errors='replace'))}")

    def _launch(self) -> int:
        heap = self.config.heap
        command = [_require("java", INSTALL_JAVA), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", f"{self.lib_dir}/*"]
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
        self._admin("set-initial-password", ["dbms", "set-initial-password", "--", password])

    def _write_conf(self, bolt_port: int, http_port: int) -> None:
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
            "server.memory.heap.initial_size": self.config.heap,
            "server.memory.heap.max_size": self.config.heap,
            "server.memory.pagecache.size": self.config.pagecache,
            "server.directories.data": str(self.home / "data"),
            "server.directories.logs": str(self.home / "logs"),
            "server.directories.plugins": str(self.home / "plugins"),
            "server.directories.run": str(self.home / "run"),
            "server.directories.lib": str(self.lib_dir),
            "dbms.usage_report.enabled": "false",
            # Unsupported settings; they cut a stop from ~10 s to ~1 s by not waiting for Bolt threads that are idle
            # anyway on a single-user server.
            "internal.server.bolt.thread_pool_shutdown_wait_time": "1s",
            "internal.server.bolt.connection_shutdown_wait_time": "1s",
        }
        lines = ["# Written by api/neo4j_server.py on every start; edits are lost."]
        lines += [f"{key}={value}" for key, value in settings.items()]
        (self.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")

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
                    raise ServerError(f"Neo4j exited while starting; last log lines:\n{self._log_tail()}")
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"Neo4j did not answer on {conn.uri} within {timeout:g}s; last log lines:\n{self._log_tail()}"
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

    def _log_tail(self) -> str:
        parts = []
        for name in ("neo4j.log", "console.log"):
            path = self.home / "logs" / name
            if path.exists() and (text := _tail(path.read_text(errors="replace"))):
                parts.append(f"--- {path}\n{text}")
        return "\n".join(parts) or "(no log output)"

    def _read_connection_file(self) -> dict[str, Any]:
        try:
            data = json.loads(self.connection_file.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

    def _stored_connection(self) -> Connection | None:
        data = self._read_connection_file()
        if not all(isinstance(data.get(key), str) for key in ("uri", "user", "password")):
            return None
        return Connection(data["uri"], data["user"], data["password"])

    def _write_connection_file(self, conn: Connection, bolt_port: int, http_port: int) -> None:
        data = {
            "uri": conn.uri,
            "user": conn.user,
            "password": conn.password,
            "bolt_port": bolt_port,
            "http_port": http_port,
        }
        staging = self.connection_file.with_suffix(".tmp")
        staging.unlink(missing_ok=True)
        # Created 0600 from the start: the password is never readable by others, not even briefly.
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump(data, out, indent=2)
        staging.replace(self.connection_file)


def _require(tool: str, install: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise MissingTool(f"{tool} not found: {install}")
    return path


def _free_port(preferred: object = None, avoid: int | None = None) -> int:
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


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


neo4j_app = typer.Typer(help="The managed local Neo4j server, used when NEO4J_URI is not set.", no_args_is_help=True)

Home = Annotated[
    Path | None,
    typer.Option(help="Server directory [default: NEO4J_HOME from the environment or .env, else .neo4j]"),
]


def _manager(home: Path | None) -> ManagedNeo4j:
    # Through Settings, which reads .env as the app does, so both agree on where the server and its password live.
    return ManagedNeo4j(ServerConfig(home=home or Settings().neo4j_home))


@neo4j_app.command()
def start(home: Home = None, timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 120.0) -> None:
    """Start the server (downloading it the first time) and print its Bolt URI."""
    try:
        conn = _manager(home).start(timeout=timeout)
    except (MissingTool, ServerError) as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(2 if isinstance(error, MissingTool) else 1) from None
    typer.echo(conn.uri)


@neo4j_app.command()
def stop(home: Home = None) -> None:
    """Stop the server if it is running."""
    typer.echo("stopped" if _manager(home).stop() else "not running")


@neo4j_app.command()
def status(home: Home = None) -> None:
    """Print whether the server is running; exit 1 if it is not."""
    state = _manager(home).status()
    if not state.running:
        typer.echo("not running")
        raise typer.Exit(1)
    typer.echo(f"running pid={state.pid} uri={state.uri}")


AdminTimeout = Annotated[float | None, typer.Option(help="Seconds neo4j-admin may take (default: no limit).")]


def _fail(error: ServerError | MissingTool) -> typer.Exit:
    """The error on stderr and its exit code: 2 a tool is missing, 3 the server is running, 4 nothing to restore."""
    typer.echo(str(error), err=True)
    codes: list[tuple[type[Exception], int]] = [(MissingTool, 2), (ServerRunning, 3), (NothingToRestore, 4)]
    return typer.Exit(next((code for kind, code in codes if isinstance(error, kind)), 1))


@neo4j_app.command()
def dump(
    home: Home = None,
    to: Annotated[Path | None, typer.Option(help="Folder for the dump (default: <home>/dumps).")] = None,
    restart: Annotated[bool, typer.Option(help="Stop a running server first and start it again afterwards.")] = False,
    timeout: AdminTimeout = None,
) -> None:
    """Dump the stopped server's database to a file and print its path (exit 3 if the server is running)."""
    manager = _manager(home)
    try:
        was_running = restart and manager.stop()
        try:
            written = manager.dump(to, timeout)
        finally:
            if was_running:
                manager.start()
    except (MissingTool, ServerError) as error:
        raise _fail(error) from None
    typer.echo(written)


@neo4j_app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A file written by `neo4j dump`.")],
    home: Home = None,
    yes: Annotated[bool, typer.Option("--yes", help="Replace the database without asking.")] = False,
    timeout: AdminTimeout = None,
) -> None:
    """Replace the stopped server's database with a dump (exit 3 if the server is running, 4 if the file is absent)."""
    manager = _manager(home)
    if not yes:
        typer.confirm(f"Replace the database in {manager.home} with {path}?", abort=True)
    try:
        previous = manager.restore(path, timeout)
    except (MissingTool, ServerError) as error:
        raise _fail(error) from None
    if previous is not None:
        typer.echo(f"the database replaced was saved to {previous}")
    typer.echo(f"restored {path} into {manager.home}; start it with: python -m api neo4j start")
