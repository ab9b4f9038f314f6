"""The command line: serve, migrate, seed, checks, registers in and out, schema export, type generation, and the
managed Neo4j server."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import signal
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TypeVar

import typer
import uvicorn

from api.logs import uvicorn_log_config
from api.managed import neo4j_app
from api.registers.commands import add_to as register_commands
from api.settings import Settings
from graph.access.viewer import ROLES
from graph.core.db import Graph

T = TypeVar("T")
app = typer.Typer(help="Community grid governance knowledge-graph API.", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")


def _with_graph(work: Callable[[Graph], Awaitable[T]]) -> T:
    settings = Settings()

    async def run() -> T:
        graph = Graph.connect(settings.connection, timeout_s=600)
        try:
            return await work(graph)
        finally:
            await graph.close()

    return asyncio.run(run())


@contextmanager
def _metrics_shared_by(workers: int) -> Iterator[None]:
    """With several workers, prometheus_client's multiprocess mode: each worker writes its samples to files in a
    fresh folder (set before the workers start) and /metrics on any of them merges all. An operator's own
    PROMETHEUS_MULTIPROC_DIR is used as it is."""
    if workers == 1 or os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        yield
        return
    with tempfile.TemporaryDirectory(prefix="grid-graph-metrics-") as folder:
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
        try:
            yield
        finally:
            del os.environ["PROMETHEUS_MULTIPROC_DIR"]


def _stopped(signum: int, frame: object) -> None:
    # uvicorn finishes the requests in flight and closes the app on SIGTERM, then raises the signal again once its
    # own handler is gone: by then the stop was graceful, so it ends the process with status 0, not "killed".
    raise SystemExit(0)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default APP_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default APP_PORT).")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes behind the port (default WORKERS).")] = None,
) -> None:
    """Serve the GraphQL API with uvicorn (several worker processes share one port; SIGTERM stops gracefully)."""
    settings = Settings()
    _ = settings.connection  # fail fast, before uvicorn starts, when no Neo4j is configured
    workers = workers or settings.workers
    if workers > 1 and not settings.redis_url:
        # Each process would see only its own changes: a subscriber would miss what the other workers did.
        typer.echo(f"{workers} workers share subscriptions through Redis: set REDIS_URL (or run one worker)", err=True)
        raise typer.Exit(2)
    if workers > 1 and settings.cursor_key_per_process:
        # A key of this process's own would differ in each worker: one server's workers must open each other's cursors.
        os.environ["CURSOR_KEY"] = secrets.token_urlsafe(32)
    previous = signal.signal(signal.SIGTERM, _stopped)
    try:
        with _metrics_shared_by(workers):
            uvicorn.run(
                # An import string: each worker process builds its own app (and its own driver) from it.
                "api.main:app",
                host=host or settings.host,
                port=port or settings.port,
                workers=workers,
                log_level="info",
                # uvicorn's access log prints query strings (GET variables may carry phone numbers); RequestLog does not.
                access_log=False,
                log_config=uvicorn_log_config(settings.logs_as),
                timeout_graceful_shutdown=settings.graceful_shutdown_s,
                timeout_worker_healthcheck=settings.worker_healthcheck_s,
            )
    finally:
        signal.signal(signal.SIGTERM, previous)


@app.command()
def migrate() -> None:
    """Create the missing constraints and indexes (idempotent)."""
    from graph.core.migrations import migrate as run_migrations

    count = _with_graph(run_migrations)
    typer.echo(f"created {count} missing constraints and indexes" if count else "constraints and indexes in place")


@app.command()
def seed(
    residents: Annotated[int | None, typer.Option(help="Load a synthetic community of this many residents.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed of the synthetic community.")] = 7,
    replace: Annotated[bool, typer.Option(help="Delete the community's data first (merging never removes).")] = False,
) -> None:
    """Load the Jianfeng demo community (or a synthetic one), idempotently, with a progress bar."""
    from graph.core.model import ENTITIES, PERSON_ROLES
    from seeds.load import load_demo, load_synthetic

    if residents is None:
        counts = _with_graph(lambda g: load_demo(g, replace=replace))
    else:
        counts = _with_graph(lambda g: load_synthetic(g, residents, seed, replace=replace))
    nodes = sum(n for key, n in counts.items() if key in ENTITIES)
    rels = sum(n for key, n in counts.items() if key not in ENTITIES and key not in PERSON_ROLES.values())
    typer.echo(f"loaded {nodes} nodes and {rels} relationships")


@app.command()
def sweep() -> None:
    """Expire wishes past their deadline and release stale claims (STALE_CLAIM_HOURS); run it from cron."""
    from datetime import UTC, datetime, timedelta

    from graph import wishes

    hours = Settings().stale_claim_hours

    async def run(graph: Graph) -> tuple[int, int]:
        expired = await wishes.expire_overdue(graph, datetime.now(UTC))
        released = await wishes.release_stale_claims(graph, timedelta(hours=hours))
        return len(expired), len(released)

    expired, released = _with_graph(run)
    typer.echo(f"expired {expired} wishes, released {released} claims older than {hours} h")


@app.command("check-claim-counts")
def check_claim_counts(
    repair: Annotated[bool, typer.Option(help="Replace the differing communities' counts by the recount.")] = False,
) -> None:
    """Recount each party branch's open claims per community and compare them with the counts matching keeps;
    exit status 1 when they differ (and --repair did not replace them)."""
    from graph import wishes

    found = _with_graph(lambda g: wishes.check_loads(g, repair=repair))
    for m in found:
        typer.echo(f"{m.community} {m.branch}: kept {m.kept}, counted {m.counted}")
    if not found:
        typer.echo("every branch's open-claim count matches its recount")
    elif repair:
        typer.echo(f"replaced {len(found)} differing counts by the recount")
    else:
        typer.echo(f"{len(found)} differing counts (--repair replaces them)", err=True)
        raise typer.Exit(1)


@app.command("rebuild-skill-pools")
def rebuild_skill_pools() -> None:
    """Rebuild every community's best holders of each skill (matching's far helpers); the loader does it for the
    community it loads, so this is for a database loaded before the pools existed, or changed behind the API."""
    from graph import matching

    typer.echo(f"rebuilt {_with_graph(matching.rebuild_skill_pools)} skill pools")


@app.command()
def token(
    person: Annotated[str, typer.Option(help="The person id the token speaks for (its `sub`).")],
    role: Annotated[list[str], typer.Option(help="A role; repeat for several: " + ", ".join(ROLES))],
    unit: Annotated[str | None, typer.Option(help="The unit a unit_contact speaks for.")] = None,
    hours: Annotated[float, typer.Option(help="Lifetime in hours.")] = 12,
) -> None:
    """Mint a development token signed with AUTH_SECRET (production tokens come from the identity provider)."""
    from api.auth import mint

    try:
        typer.echo(mint(Settings(), person, role, unit, hours))
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command("export-schema")
def export_schema(path: Path = Path("schema/schema.graphql")) -> None:
    """Write the SDL the code builds (the committed contract)."""
    from schema.root import schema

    path.write_text(schema.as_str() + "\n", encoding="utf-8")
    typer.echo(f"wrote {path}")


@app.command("trusted-documents")
def trusted_documents() -> None:
    """Rewrite api/trusted_documents.json, the manifest a server with TRUSTED_DOCUMENTS_ONLY runs: every document
    of docs/queries/ and of the TypeScript client (clients/typescript/persisted-documents.json), by sha256."""
    from api import documents

    built = documents.build()
    documents.MANIFEST.write_text(documents.render(built), encoding="utf-8")
    typer.echo(f"wrote {documents.MANIFEST.relative_to(documents.REPO)}: {len(built)} documents")


@app.command("generate-types")
def generate_types() -> None:
    """Rewrite schema/entities/, the GraphQL types generated from the model (graph/core/model.py)."""
    from schema import codegen

    changed = codegen.write()
    for path in changed:
        typer.echo(f"wrote {path}")
    if not changed:
        typer.echo("schema/entities/ is up to date")


register_commands(app, _with_graph)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app()
