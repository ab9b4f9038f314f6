"""`python -m api neo4j …`: start, stop and check the managed server, dump and restore its database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.managed import backups
from api.managed.errors import MissingTool, NothingToRestore, ServerError, ServerRunning
from api.managed.server import ManagedNeo4j, ServerConfig
from api.settings import Settings

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
            written = backups.dump(manager, to, timeout)
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
        previous = backups.restore(manager, path, timeout)
    except (MissingTool, ServerError) as error:
        raise _fail(error) from None
    if previous is not None:
        typer.echo(f"the database replaced was saved to {previous}")
    typer.echo(f"restored {path} into {manager.home}; start it with: python -m api neo4j start")
