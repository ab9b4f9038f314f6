"""The graphql-http package's server audit (GraphQL over HTTP) against the real app: no MUST fails, no SHOULD warns.

tests/system/http_audit.mjs runs every audit of the pinned graphql-http (explorer/package-lock.json) against a
`python -m api serve` subprocess, signed in as an administrator, and prints one JSON line per audit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.auth import bearer

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tests" / "system" / "http_audit.mjs"
PACKAGE = REPO / "explorer" / "node_modules" / "graphql-http"


def test_graphql_over_http_audit_has_no_must_failure_and_no_should_warning(api_url: str) -> None:
    node = shutil.which("node")
    assert node is not None, "node not found: install Node.js 20+ (README prerequisites)"
    assert PACKAGE.is_dir(), "graphql-http not installed: run make explorer"
    token = bearer("audit-admin", "admin")["Authorization"].removeprefix("Bearer ")
    run = subprocess.run(
        [node, str(SCRIPT), f"{api_url}/graphql"],
        cwd=REPO,
        env={**os.environ, "AUDIT_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, f"http_audit.mjs failed:\n{run.stdout}\n{run.stderr}"
    results = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    # Every audit ran (graphql-http 1.23.1 has 61), so an empty or cut-short run cannot pass.
    assert len(results) >= 60, run.stdout
    assert {r["name"].split()[0] for r in results} == {"MUST", "SHOULD", "MAY"}
    failing = [r for r in results if r["status"] == "error" or (r["status"] != "ok" and r["name"].startswith("MUST"))]
    warning = [r for r in results if r["status"] != "ok" and r["name"].startswith("SHOULD")]
    assert failing == [], failing
    assert warning == [], warning
