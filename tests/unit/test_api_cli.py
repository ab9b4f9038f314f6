"""The command line, without Neo4j: `token` mints what the API accepts, `serve` configures uvicorn's logging."""

from __future__ import annotations

import os
from typing import Any

import pytest
import typer
import uvicorn
from pydantic import SecretStr
from typer.testing import CliRunner

from api import cli
from api.auth import TokenVerifier, mint
from api.settings import Settings
from tests.auth import TEST_SECRET


def test_the_cli_mints_a_token_the_api_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTH_SECRET", TEST_SECRET)
    result = CliRunner().invoke(cli.app, ["token", "--person", "p9", "--role", "grid_worker", "--role", "resident"])
    assert result.exit_code == 0, result.output
    settings = Settings.model_construct(auth_secret=SecretStr(TEST_SECRET))
    viewer = TokenVerifier(settings).viewer(f"Bearer {result.output.strip()}")
    assert viewer.person_id == "p9"
    assert viewer.roles == frozenset({"grid_worker", "resident"})
    refused = CliRunner().invoke(cli.app, ["token", "--person", "p9", "--role", "king"])
    assert refused.exit_code != 0
    assert mint(settings, "p1", ["admin"]).count(".") == 2


def test_serve_turns_uvicorn_access_log_off(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))  # the module `serve` calls
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "unused")
    cli.serve(host=None, port=None, workers=1)
    [kwargs] = calls
    assert kwargs["access_log"] is False
    assert kwargs["log_config"]["loggers"]["api"]["level"] == "INFO"
    assert kwargs["log_config"]["loggers"]["neo4j"]["level"] == "WARNING"


def test_serve_gives_its_workers_one_cursor_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each worker would draw its own key in development: a cursor from one would be refused by the next."""
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: None)
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "unused")
    monkeypatch.setenv("CURSOR_KEY", "placeholder, removed below and restored after the test")
    monkeypatch.delenv("CURSOR_KEY")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", "/nonexistent")  # keeps serve from making a metrics folder
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # several workers need one (never reached here)
    cli.serve(host=None, port=None, workers=1)
    assert "CURSOR_KEY" not in os.environ
    cli.serve(host=None, port=None, workers=3)
    shared = os.environ["CURSOR_KEY"]
    assert len(shared) >= 32 and not Settings().cursor_key_per_process


def test_serve_refuses_several_workers_without_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each process would see only its own changes: a subscriber on one worker would miss the others' writes."""
    served: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: served.append(kwargs["workers"]))
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "unused")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", "/nonexistent")
    monkeypatch.setenv("REDIS_URL", "")
    with pytest.raises(typer.Exit) as refused:
        cli.serve(host=None, port=None, workers=2)
    assert refused.value.exit_code == 2 and served == []
    cli.serve(host=None, port=None, workers=1)
    assert served == [1]
