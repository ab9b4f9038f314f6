"""The `neo4j` command line without a server: status when none runs, start without Java."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.managed import neo4j_app


def test_cli_status_exits_1_when_not_running(tmp_path: Path) -> None:
    result = CliRunner().invoke(neo4j_app, ["status", "--home", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout.strip() == "not running"


def test_cli_start_without_java_exits_2_with_the_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    result = CliRunner().invoke(neo4j_app, ["start", "--home", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("java not found: ")
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
