"""The managed local Neo4j server without starting one: what happens without Java or Maven (starting, stopping and
the server's settings: tests/system/test_api_managed_server.py; its command line: test_api_managed_commands.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.managed import POM, ManagedNeo4j, MissingTool, ServerConfig


def test_missing_java_is_one_line_saying_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(MissingTool) as caught:
        ManagedNeo4j(ServerConfig(home=tmp_path)).start()
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("java not found: install ")


def test_missing_maven_is_reported_only_when_jars_must_be_fetched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    only_java = tmp_path / "bin"
    only_java.mkdir()
    # Found on PATH is all `fetch` asks of java (it never runs it), so a stub stands in: no Java needed here.
    (only_java / "java").write_text("#!/bin/sh\nexit 0\n")
    (only_java / "java").chmod(0o755)
    monkeypatch.setenv("PATH", str(only_java))
    with pytest.raises(MissingTool, match=r"^mvn not found: install [^\n]+$"):
        ManagedNeo4j(ServerConfig(home=tmp_path / "home")).fetch()
    fetched = tmp_path / "lib"
    fetched.mkdir()
    (fetched / ".fetched").write_text(POM.read_text())
    ManagedNeo4j(ServerConfig(home=tmp_path / "home"), lib_dir=fetched).fetch()  # jars already there: no mvn needed
