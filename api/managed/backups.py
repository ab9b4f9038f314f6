"""Backups of the managed server's `neo4j` database with neo4j-admin: dump to a file, restore from one (stopped only)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from api.managed.errors import NothingToRestore, ServerError
from api.managed.files import fetch, write_conf
from api.managed.server import DATABASE, ManagedNeo4j, free_port


def dump(server: ManagedNeo4j, to_dir: Path | None = None, timeout: float | None = None) -> Path:
    """Writes the stopped server's `neo4j` database to `<to_dir>/neo4j-<UTC time>.dump` (default `<home>/dumps`)."""
    server.require_stopped("dump")
    if not (server.home / "data" / "databases" / DATABASE).is_dir():
        raise NothingToRestore(f"{server.home} holds no database to dump: start the server once first")
    fetch(server)
    return _write_dump(server, to_dir or server.home / "dumps", "", timeout)


def _write_dump(server: ManagedNeo4j, to_dir: Path, tag: str, timeout: float | None) -> Path:
    target_dir = to_dir.resolve()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{DATABASE}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}{tag}.dump"
    if target.exists():
        raise ServerError(f"{target} exists already: wait a second or choose another folder")
    # Streamed into a partial file and renamed when complete, so a failed dump never looks like a good one.
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as out:
            server.admin("dump", ["database", "dump", "--to-stdout", DATABASE], stdout=out, timeout=timeout)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore(server: ManagedNeo4j, from_dump: Path, timeout: float | None = None) -> Path | None:
    """Replaces the stopped server's `neo4j` database with a dump; its own password and `system` database stay.

    The database replaced is dumped first (to `<home>/dumps/neo4j-<time>-before-restore.dump`, returned; None when
    there was none) and put back if the load fails: a failed load leaves no database at all.
    """
    server.require_stopped("restore")
    if not from_dump.is_file():
        raise NothingToRestore(f"{from_dump} is not a dump file")
    fetch(server)
    if not (server.conf_dir / "neo4j.conf").exists():
        # A home never started: neo4j-admin needs the conf to find the data folder; start() rewrites it anyway.
        for sub in ("conf", "data", "logs", "run"):
            (server.home / sub).mkdir(parents=True, exist_ok=True)
        bolt_port = free_port()
        write_conf(server, bolt_port, free_port(avoid=bolt_port))
    # Reads only the archive's header: a file that is no dump is refused before anything is replaced.
    try:
        _load(server, from_dump, ["--info"], timeout)
    except ServerError as error:
        raise NothingToRestore(f"{from_dump} is not a readable Neo4j dump; {error}") from None
    previous = None
    if (server.home / "data" / "databases" / DATABASE).is_dir():
        previous = _write_dump(server, server.home / "dumps", "-before-restore", timeout)
    try:
        _load(server, from_dump, ["--overwrite-destination=true"], timeout)
    except ServerError as error:
        if previous is None:
            raise
        # A dump cut short passes --info and fails halfway, after the old store was deleted.
        _load(server, previous, ["--overwrite-destination=true"], timeout)
        raise ServerError(f"{error}\nthe database it replaced was put back from {previous}") from None
    return previous


def _load(server: ManagedNeo4j, dump: Path, options: list[str], timeout: float | None) -> None:
    with dump.open("rb") as archive:
        command = ["database", "load", "--from-stdin", *options, DATABASE]
        server.admin("restore", command, stdin=archive, timeout=timeout)
