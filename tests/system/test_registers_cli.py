"""The registers at the command line, as real processes on the demo: template, export, a dry-run import of the
export (nothing to change), a broken file (exit 1, a report, no personal value printed), the monthly report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from graph.core.db import Connection, Graph
from tests.system.api_process import REPO, serve_env


def cli(conn: Connection, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "api", *args],
        cwd=REPO,
        env=serve_env(conn),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_registers_round_trip_at_the_command_line(
    neo4j_connection: Connection, demo_graph: Graph, tmp_path: Path
) -> None:
    template = cli(neo4j_connection, "template", str(tmp_path / "template.xlsx"), "--csv", str(tmp_path / "csv"))
    assert template.returncode == 0, template.stderr
    assert (tmp_path / "csv" / "residents.csv").exists() and (tmp_path / "template.xlsx").exists()

    exported = cli(neo4j_connection, "export", "jf", str(tmp_path / "jf.xlsx"))
    assert exported.returncode == 0, exported.stderr

    dry = cli(neo4j_connection, "import", str(tmp_path / "jf.xlsx"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    summary = json.loads(dry.stdout)
    assert summary["written"] is False and summary["community"] == "jf"
    assert all(s["new"] == s["changed"] == 0 for s in summary["sheets"].values()), summary["sheets"]

    book = load_workbook(tmp_path / "jf.xlsx")
    residents = book["居民"]
    column = [c.value for c in residents[1]].index("公民身份号码") + 1
    good = str(residents.cell(3, column).value)
    residents.cell(3, column).value = good[:-1] + ("0" if good[-1] != "0" else "1")
    book.save(tmp_path / "broken.xlsx")
    broken = cli(neo4j_connection, "import", str(tmp_path / "broken.xlsx"))
    assert broken.returncode == 1
    report = tmp_path / "broken-问题报告.xlsx"
    assert report.exists() and "问题" in load_workbook(report).sheetnames
    assert "ID_CHECK_DIGIT" in broken.stderr or "身份" in broken.stderr
    assert good[:-1] not in broken.stdout + broken.stderr  # no ID number, whole or nearly, is printed

    monthly = cli(neo4j_connection, "monthly-report", "jf", "2023-04", "--folder", str(tmp_path / "monthly"))
    assert monthly.returncode == 0, monthly.stderr
    assert (tmp_path / "monthly" / "jf-2023-04-monthly.png").read_bytes()[:4] == b"\x89PNG"
