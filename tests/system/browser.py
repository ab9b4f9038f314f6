"""The browser tests' driver: a node script with playwright-core (the explorer's dev dependency) and headless Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLAYWRIGHT = REPO / "explorer" / "node_modules" / "playwright-core"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def require(ok: bool, reason: str) -> None:
    """Skip locally when a tool is missing; in CI (CI=true) the tools are installed, so fail instead."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def run_script(
    script: Path, base_url: str, screenshot: Path, token: str, built: Path
) -> subprocess.CompletedProcess[str]:
    """`node script base_url screenshot` with the token in the environment (EXPLORER_TOKEN), not in argv, which any
    process may list; skipped without node or Chromium (failed under CI), failed when `built` is missing."""
    node = shutil.which("node")
    require(node is not None, "node not found: install Node.js 20+ to run the browser tests")
    require(Path(CHROMIUM).is_file(), f"{CHROMIUM} not found: apt-get install chromium (or set CHROMIUM)")
    assert built.is_file() and PLAYWRIGHT.is_dir(), f"{built.relative_to(REPO)} not built: run make explorer"
    assert node is not None
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.unlink(missing_ok=True)
    return subprocess.run(
        [node, str(script), base_url, str(screenshot)],
        cwd=REPO,
        env={**os.environ, "EXPLORER_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=180,
    )
