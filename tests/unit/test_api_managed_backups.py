"""Dump and restore of the managed server refused before anything is touched: an absent file, a home never
started, a restore not confirmed (a real dump and restore: tests/system/test_api_managed_backups.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from api.managed import neo4j_app


def cli(*args: str) -> Any:
    return CliRunner().invoke(neo4j_app, list(args))


def test_restore_of_an_absent_file_exits_4(tmp_path: Path) -> None:
    result = cli("restore", str(tmp_path / "nope.dump"), "--home", str(tmp_path / "home"), "--yes")
    assert result.exit_code == 4
    assert "nope.dump is not a dump file" in result.output
    assert not (tmp_path / "home").exists()


def test_dump_of_a_home_never_started_exits_4(tmp_path: Path) -> None:
    result = cli("dump", "--home", str(tmp_path / "home"), "--to", str(tmp_path / "dumps"))
    assert result.exit_code == 4
    assert "holds no database to dump" in result.output
    assert not (tmp_path / "dumps").exists()


def test_restore_asks_before_replacing(tmp_path: Path) -> None:
    dump_file = tmp_path / "neo4j.dump"
    dump_file.write_bytes(b"not used: the answer is no")
    result = CliRunner().invoke(neo4j_app, ["restore", str(dump_file), "--home", str(tmp_path / "home")], input="n\n")
    assert result.exit_code == 1
    assert "Replace the database" in result.output
    assert not (tmp_path / "home").exists()
