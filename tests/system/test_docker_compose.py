"""docker-compose.yml as a user runs it: `up` brings Neo4j and the API up healthy (the API after Neo4j's
healthcheck), the API answers communityStats to a token minted in its container, and `down` then `up` keeps the data
in the named volume. Images from NEO4J_IMAGE / PYTHON_IMAGE / API_IMAGE as compose takes them (`make images` builds
local ones); a project of its own on free ports, removed with its volume at the end."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator

import pytest

from tests.neo4j_provider import REPO
from tests.system.api_process import free_port
from tests.system.docker_engine import docker, runs_here

pytestmark = runs_here()

# Above Neo4j's healthcheck budget (start_period + retries x (interval + timeout)), so compose decides first.
UP_TIMEOUT_S = 600.0
STATS = '{ communityStats(communityId: "jf") { partyMembers wishesFulfilled } }'


def compose_command() -> list[str]:
    """Compose v2 (`docker compose`) where the plugin is installed, else the standalone `docker-compose`."""
    docker_cli = shutil.which("docker")
    if docker_cli and subprocess.run([docker_cli, "compose", "version"], capture_output=True).returncode == 0:
        return [docker_cli, "compose"]
    standalone = shutil.which("docker-compose")
    assert standalone is not None, "neither `docker compose` nor `docker-compose` is installed"
    return [standalone]


class Compose:
    def __init__(self) -> None:
        self.project = f"gridgraph-test-{secrets.token_hex(4)}"
        self.password = secrets.token_urlsafe(16)
        self.api_port = free_port()
        self.env = {
            **os.environ,
            "COMPOSE_PROJECT_NAME": self.project,
            "NEO4J_PASSWORD": self.password,
            "AUTH_SECRET": secrets.token_urlsafe(32),
            "APP_ENV": "development",
            "SEED_DEMO": "true",
            "API_HOST_PORT": str(self.api_port),
            "NEO4J_HTTP_HOST_PORT": str(free_port()),
            "NEO4J_BOLT_HOST_PORT": str(free_port()),
        }
        self.base = [*compose_command(), "--project-directory", str(REPO), "-f", str(REPO / "docker-compose.yml")]

    def run(self, *args: str, timeout: float = UP_TIMEOUT_S, explain: Callable[[], str] = str) -> str:
        """compose's standard output; its error output, and what `explain` adds, in the assertion when it fails."""
        done = subprocess.run(
            [*self.base, *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        assert done.returncode == 0, (
            f"compose {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}\n{explain()}"
        )
        return done.stdout

    def container(self, service: str) -> str:
        found = self.run("ps", "-q", service).split()
        assert len(found) == 1, f"{service}: {found}"
        return found[0]

    def health(self, service: str) -> str:
        return docker("inspect", "--format", "{{.State.Health.Status}}", self.container(service)).strip()

    def logs(self) -> str:
        done = subprocess.run([*self.base, "logs", "--no-color", "--tail", "40"], env=self.env, capture_output=True)
        return done.stdout.decode(errors="replace")[-6000:]

    def health_log(self, service: str) -> str:
        """The last healthchecks' exit codes and output, for a failure's message."""
        found = subprocess.run([*self.base, "ps", "-q", service], env=self.env, capture_output=True, text=True)
        ids = found.stdout.split()
        if not ids:
            return f"{service}: no container"
        health = subprocess.run(
            ["docker", "inspect", "--format", "{{json .State.Health}}", ids[0]], capture_output=True, text=True
        )
        return f"{service} health: {health.stdout[-3000:]}"

    def diagnosis(self) -> str:
        return f"{self.health_log('neo4j')}\n{self.health_log('api')}\n{self.logs()}"

    def up_healthy(self) -> None:
        """`up -d`, then wait until both services report healthy (compose v1 has no `up --wait`)."""
        # compose waits for Neo4j's healthcheck before the API: a refusal says why, with what the checks saw.
        self.run("up", "-d", explain=self.diagnosis)
        deadline = time.monotonic() + UP_TIMEOUT_S
        while (states := {s: self.health(s) for s in ("neo4j", "api")}) != {"neo4j": "healthy", "api": "healthy"}:
            assert "unhealthy" not in states.values(), f"{states}\n{self.diagnosis()}"
            assert time.monotonic() < deadline, f"not healthy within {UP_TIMEOUT_S:g}s: {states}\n{self.diagnosis()}"
            time.sleep(2)

    def cypher(self, query: str) -> str:
        return self.run(
            "exec", "-T", "neo4j", "cypher-shell", "-u", "neo4j", "-p", self.password, "--format", "plain", query
        )

    def graphql(self, query: str, token: str) -> dict[str, object]:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.api_port}/graphql",
            data=json.dumps({"query": query}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            body: dict[str, object] = json.loads(response.read())
        assert "errors" not in body, body
        return body


@pytest.fixture
def compose() -> Iterator[Compose]:
    project = Compose()
    try:
        yield project
    finally:
        project.run("down", "-v", "--remove-orphans", "--timeout", "30")


def test_compose_up_answers_and_keeps_its_data_across_down_and_up(compose: Compose) -> None:
    compose.up_healthy()
    token = compose.run(
        "exec", "-T", "api", "python", "-m", "api", "token", "--person", "compose-test", "--role", "admin"
    )
    stats = compose.graphql(STATS, token.strip())["data"]
    assert isinstance(stats, dict) and stats["communityStats"]["partyMembers"] > 0, stats
    marker = secrets.token_hex(8)
    compose.cypher(f"CREATE (:ComposeTestMarker {{id: '{marker}'}})")

    compose.run("down", "--timeout", "30")  # containers and network go; the named volume stays
    assert compose.run("ps", "-q").split() == []
    # Without seeding again, so the same figures can only come from the volume.
    compose.env["SEED_DEMO"] = "false"
    compose.up_healthy()

    assert compose.cypher(f"MATCH (m:ComposeTestMarker {{id: '{marker}'}}) RETURN count(m) AS n").split() == ["n", "1"]
    token = compose.run(
        "exec", "-T", "api", "python", "-m", "api", "token", "--person", "compose-test", "--role", "admin"
    )
    assert compose.graphql(STATS, token.strip())["data"] == stats
