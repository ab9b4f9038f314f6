"""The tiers' rules: a unit test asking for Neo4j stops the run before anything starts, and every test lies in a tier."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import NEO4J_FIXTURES, TESTS, misplaced, tier_of

EXAMPLE = Path(__file__).with_name("tier_rule") / "uses_neo4j.py"


def test_a_unit_test_asking_for_neo4j_stops_the_run_at_collection() -> None:
    # No NEO4J_URI and no java on PATH: had the run got as far as asking for a Neo4j, it could not have had one.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "PYTEST_"))}
    env.update(PATH=str(Path(sys.executable).parent), JAVA_HOME="/nonexistent")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE.relative_to(TESTS.parent))],
        cwd=TESTS.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 4, output  # a usage error: nothing ran
    assert "uses_neo4j.py::test_counts_nodes asks for graph, but tests/unit runs without Neo4j or Java" in output
    assert "move it to tests/graph" in output


def test_the_rule_names_what_is_wrong_where() -> None:
    assert tier_of(TESTS / "unit" / "test_x.py") == "unit"
    assert tier_of(TESTS / "system" / "sub" / "test_x.py") == "system"
    assert tier_of(TESTS / "test_x.py") is None
    assert misplaced("tests/graph/test_x.py::t", "graph", {"graph", "tmp_path"}) is None
    assert misplaced("tests/api/test_x.py::t", "api", {"client"}) is None
    assert misplaced("tests/unit/test_x.py::t", "unit", {"tmp_path", "monkeypatch"}) is None
    for fixture in NEO4J_FIXTURES:
        why = misplaced("tests/unit/test_x.py::t", "unit", {fixture, "tmp_path"})
        assert why is not None and f"asks for {fixture}," in why
    assert "outside the tiers" in (misplaced("tests/test_x.py::t", None, set()) or "")


def test_every_test_module_lies_in_a_tier() -> None:
    outside = [p for p in TESTS.rglob("test_*.py") if tier_of(p) is None]
    assert outside == []


# Test modules named after a source module: tests/<tier>/test_<package>_<path>[_<aspect>].py.
PACKAGES = ("graph", "api", "seeds")


def named_module(test_file: Path) -> Path | None:
    """The source module a test module's name points at (test_graph_wishes_flow.py: graph/wishes/flow.py; a word
    after it names an aspect: test_api_managed_server_start.py: api/managed/server.py), None if none exists."""
    words = test_file.stem.removeprefix("test_").split("_")
    for end in range(len(words), 1, -1):
        for cuts in range(1 << (end - 2)):
            # Between consecutive words after the package: a folder separator or an underscore of the name.
            path = words[0]
            for i, word in enumerate(words[1:end]):
                path += ("/" if i == 0 or cuts >> (i - 1) & 1 else "_") + word
            if (TESTS.parent / f"{path}.py").is_file():
                return TESTS.parent / f"{path}.py"
    return None


def test_the_naming_rule_finds_modules() -> None:
    root = TESTS.parent
    assert named_module(Path("test_graph_wishes_flow.py")) == root / "graph/wishes/flow.py"
    assert named_module(Path("test_api_managed_server_start.py")) == root / "api/managed/server.py"
    assert named_module(Path("test_graph_wishes_nowhere.py")) is None


def test_every_test_module_named_after_a_source_module_names_one_that_exists() -> None:
    named = [p for p in TESTS.rglob("test_*.py") if p.stem.removeprefix("test_").split("_")[0] in PACKAGES]
    assert len(named) > 30
    assert [str(p.relative_to(TESTS)) for p in named if named_module(p) is None] == []
