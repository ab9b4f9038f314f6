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
    """The module's mark: skipped without a Docker engine unless it is required (then the test fails instead)."""
    return pytest.mark.skipif(
        not required() and not docker_answers(), reason=f"no Docker engine answers ({REQUIRE}=1 makes this a failure)"
    )


def check_engine() -> None:
    """Fail at once where the tests were required but no engine answers."""
    assert docker_answers(), f"{REQUIRE}=1 but no Docker engine answers (docker info failed)"


def docker(*args: str, timeout: float = 120) -> str:
    """`docker args...`'s standard output; its error output in the assertion when it fails."""
    exe = shutil.which("docker")
    assert exe is not None, "docker CLI not found"
    done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"docker {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-4000:]}"
    return done.stdout
