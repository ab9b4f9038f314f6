"""What the Docker tests share: whether they run here, and the docker CLI.

They run where a Docker engine answers and are skipped elsewhere, except where TESTS_REQUIRE_DOCKER=1 (CI's Docker
stage sets it) makes a missing engine a failure instead, so that stage cannot pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.neo4j_provider import docker_answers

REQUIRE = "TESTS_REQUIRE_DOCKER"


def required() -> bool:
    return os.environ.get(REQUIRE) == "1"


def runs_here() -> pytest.MarkDecorator:
    """The module's mark: skipped where no Docker engine answers; where they are required, the module fails to
    collect instead (before any fixture, such as the session's Neo4j, is started for nothing)."""
    answers = docker_answers()
    if required() and not answers:
        pytest.fail(f"{REQUIRE}=1 but no Docker engine answers (docker info failed)", pytrace=False)
    return pytest.mark.skipif(not answers, reason=f"no Docker engine answers ({REQUIRE}=1 makes this a failure)")


def docker(*args: str, timeout: float = 120) -> str:
    """`docker args...`'s standard output; its error output in the assertion when it fails."""
    exe = shutil.which("docker")
    assert exe is not None, "docker CLI not found"
    done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"docker {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}"
    return done.stdout
