"""The rules of the test tiers; no fixtures here (each tier's conftest brings what it needs).

tests/unit    no Neo4j, no Java: pure logic, schema building, layering, SDL drift, settings, parsing (`make unit`)
tests/graph   graph/ and seeds/ functions against the session's real Neo4j
tests/api     HTTP through the real Starlette app (TestClient) over that Neo4j
tests/system  real processes: API servers, managed Neo4j servers, redis-server, Chromium

A test module is named after the source module it tests, whole dotted path: tests/unit/test_graph_wishes_flow.py
tests graph/wishes/flow.py, tests/api/test_api_auth.py api/auth.py through HTTP, tests/graph/test_seeds_load.py
seeds/load.py; one source module may have a test module in several tiers. Tests of schema/ and of behaviour across
modules (access, hardening, fuzzing, the GraphQL API of each domain) keep names of their own.

Tiers run in that order; within one, modules run by what they need of the database (see `database_phase`). Every test
carries its tier as a marker (`-m unit`, `-m "not system"`). A test outside the tiers, or a unit test that
asks for a Neo4j fixture, stops the run at collection. With NEO4J_URI set, the run stops before any test if that
database holds data and NEO4J_TEST_MAY_WIPE=1 does not allow deleting it (tests/neo4j_provider.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The helper modules next to the api and graph tests (their fixtures and checks, tests/api/fuzz_answers.py, ...) show
# a failing assert's values the way test modules do.
pytest.register_assert_rewrite("tests.api", "tests.graph")

TESTS = Path(__file__).resolve().parent
TIERS = ("unit", "graph", "api", "system")
# The fixtures of tests/neo4j_fixtures.py and of the tier conftests that stand on them.
NEO4J_FIXTURES = frozenset(
    {"neo4j_connection", "db_state", "session_graph", "graph", "demo_graph", "scratch_demo", "client", "scratch_client"}
)


def tier_of(path: Path) -> str | None:
    """The tier folder `path` lies in, if any."""
    parts = path.resolve().relative_to(TESTS).parts
    return parts[0] if len(parts) > 1 and parts[0] in TIERS else None


def misplaced(nodeid: str, tier: str | None, fixtures: set[str]) -> str | None:
    """Why a test does not belong where it is, or None."""
    if tier is None:
        return f"{nodeid} is outside the tiers: move it into one of tests/{{{','.join(TIERS)}}}"
    wanted = sorted(fixtures & NEO4J_FIXTURES)
    if tier == "unit" and wanted:
        return (
            f"{nodeid} asks for {', '.join(wanted)}, but tests/unit runs without Neo4j or Java: "
            "move it to tests/graph (graph functions) or tests/api (HTTP through the app)"
        )
    return None


def database_phase(fixtures: set[str]) -> int:
    """When a test's module runs within its tier: first those needing no demo (those emptying the database among
    them), then the demo's readers, then the modules changing a copy of it, so the demo is loaded as few times as
    possible (a module's phase is that of its most demanding test)."""
    if "scratch_demo" in fixtures:
        return 3
    if "demo_graph" in fixtures:
        return 2
    return 1 if "graph" in fixtures else 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    wrong = []
    tiers: dict[pytest.Item, int] = {}
    phases: dict[Path, int] = {}
    for item in items:
        if TESTS not in item.path.resolve().parents:
            continue  # not a test of this suite
        tier = tier_of(item.path)
        fixtures = set(getattr(item, "fixturenames", ()))
        if tier is not None:
            item.add_marker(tier)
            tiers[item] = TIERS.index(tier)
        why = misplaced(item.nodeid, tier, fixtures)
        if why:
            wrong.append(why)
        phases[item.path] = max(phases.get(item.path, 0), database_phase(fixtures))
    if wrong:
        raise pytest.UsageError("tests in the wrong tier:\n  " + "\n  ".join(wrong))
    # Tier by tier (unit first), modules by database phase, each module's tests together and in their own order.
    first: dict[Path, int] = {}
    for index, item in enumerate(items):
        first.setdefault(item.path, index)
    items.sort(key=lambda i: (tiers.get(i, len(TIERS)), phases.get(i.path, 0), first[i.path]))


def pytest_collection_finish(session: pytest.Session) -> None:
    """With NEO4J_URI set and a test that uses Neo4j selected: refuse before any test runs if the tests may not wipe
    that database."""
    if session.config.option.collectonly or not os.environ.get("NEO4J_URI"):
        return
    if not any("neo4j_connection" in getattr(item, "fixturenames", ()) for item in session.items):
        return
    from tests.neo4j_provider import NotOurs, check_may_wipe, env_connection

    try:
        check_may_wipe(env_connection())
    except NotOurs as refusal:
        pytest.exit(str(refusal), returncode=pytest.ExitCode.USAGE_ERROR)
