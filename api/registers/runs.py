"""An import, an export or a monthly report from the request to the file: the steps the CLI and HTTP share."""

from __future__ import annotations

import asyncio
import logging
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from api.registers.export import export
from api.registers.reading import read
from api.registers.report import report
from graph import registers, statistics
from graph.access import audit
from graph.access.masks import mask_inner
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.errors import InvalidInput, NotFound
from graph.matching import rebuild_skill_pools
from graph.wishes import rebuild_loads
from schema.privacy import shown

log = logging.getLogger(__name__)
ID_LIKE = re.compile(r"\d{17}[\dXx]")


@dataclass(frozen=True)
class Imported:
    """What an import did: per sheet its new, changed, unchanged and missing rows; every problem (then nothing was
    written) and the report that marks them; `written` when the graph now says what the file says."""

    community_id: str | None
    filename: str
    dry_run: bool
    written: bool
    rows: int
    counts: Mapping[str, registers.Counts] = field(default_factory=dict)
    problems: tuple[registers.Problem, ...] = ()
    report: bytes | None = None

    def summary(self) -> dict[str, Any]:
        """The JSON an endpoint answers and the CLI prints: counts, never a personal value (problems are masked)."""
        return {
            "community": self.community_id,
            "file": self.filename,
            "dryRun": self.dry_run,
            "written": self.written,
            "rows": self.rows,
            "sheets": {
                sheet: {"new": c.new, "changed": c.changed, "unchanged": c.unchanged, "missing": len(c.missing)}
                for sheet, c in self.counts.items()
            },
            "problems": [
                {
                    "sheet": p.sheet,
                    "row": p.row,
                    "column": p.column,
                    "value": p.value,
                    "code": p.code,
                    "zh": p.zh,
                    "en": p.en,
                }
                for p in self.problems
            ],
        }


def _community(upload: registers.Upload, given: str | None) -> str | None:
    if given:
        return given
    rows = upload.sheets.get("community", ())
    value = rows[0].values.get("id") if rows else None
    return str(value).strip() if value else None


def _problem_report(data: bytes, filename: str, problems: tuple[registers.Problem, ...]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="register-report-") as tmp:
        path = Path(tmp) / "report.xlsx"
        report(data, filename, problems, path, max_bytes=len(data) + 1)
        return path.read_bytes()


async def import_file(
    graph: Graph,
    viewer: Viewer,
    data: bytes,
    filename: str,
    community_id: str | None,
    dry_run: bool,
    max_bytes: int,
    timeout_s: float | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> Imported:
    """Read, check every row, then (unless a dry run or a problem) write all rows in one transaction; audited."""
    # Reading, checking and the report are CPU work of seconds on a large file: off the event loop, so the worker
    # keeps answering other requests meanwhile.
    upload = await asyncio.to_thread(read, data, filename, max_bytes=max_bytes)
    rows = sum(len(r) for r in upload.sheets.values())
    cid = _community(upload, community_id)
    if cid is None:
        checked = await asyncio.to_thread(registers.check, upload, registers.Existing(), None)
        applied = None
    else:
        existing = await registers.existing(graph, cid, {k: [r.values for r in v] for k, v in upload.sheets.items()})
        checked = await asyncio.to_thread(registers.check, upload, existing, community_id)
        applied = (
            await registers.apply(graph, cid, checked.rows, dry_run, on_batch, timeout_s=timeout_s)
            if checked.ok
            else None
        )
    problems = checked.problems + (applied.problems if applied else ())
    written = applied is not None and applied.written
    await audit.transfer(graph, viewer, f"import {filename}", "IMPORT", cid, written)
    if written and cid is not None:
        # What matching keeps beside the data: claims and skills may have changed.
        await rebuild_loads(graph, [cid])
        await rebuild_skill_pools(graph, [cid])
    log.info(
        "register import of %s into %s: %d rows, %d problems, written %s", filename, cid, rows, len(problems), written
    )
    return Imported(
        cid,
        filename,
        dry_run,
        written,
        rows,
        applied.counts if applied else {},
        problems,
        await asyncio.to_thread(_problem_report, data, filename, problems) if problems else None,
    )


# Register columns holding a person's (or household's) personal data, and the field of the model they show.
PERSONAL = {
    "name": "name",
    "idNumber": "idNumber",
    "birthDate": "birthDate",
    "phone": "phone",
    "room": "room",
    "requester": "idNumber",
}


def _as_shown(sheet: registers.Sheet, row: Mapping[str, Any], reads: dict[tuple[str, str], set[str]]) -> dict[str, Any]:
    """A row as the viewer may see it: personal columns masked as answers mask them, each full read noted for the
    audit. Rows without `_full` hold no one's personal data."""
    out = {c.key: row.get(c.key) for c in sheet.columns}
    if "_full" not in row:
        return out
    label = "Household" if sheet.key == "households" else "Person"
    node_id = str(row.get("_person") or row["_id"])

    def record(lbl: str, nid: str, fld: str) -> None:
        reads.setdefault((lbl, nid), set()).add(fld)

    props = {PERSONAL[k]: v for k, v in out.items() if k in PERSONAL} | {"_full": row["_full"], "_named": row["_named"]}
    for key, fld in PERSONAL.items():
        if key in out:
            out[key] = shown(label if fld != "room" else "Household", node_id, props, fld, record)
    if "claimant" in out and not row["_full"] and out["claimant"]:
        # People among the claimants are named by identity number; units and branches by name.
        out["claimant"] = [mask_inner(c) if ID_LIKE.fullmatch(c) else c for c in out["claimant"]]
    return out


async def export_registers(graph: Graph, viewer: Viewer, community_id: str) -> bytes:
    """The community's registers as the template's workbook: whole for administrators, scoped and masked (and
    each full read audited) for others. Exported whole, it imports into an empty database as the same community."""
    found = await registers.rows(graph, community_id, "community", viewer)
    if not found:
        raise NotFound(f"no community {community_id!r} you may see", "community")
    reads: dict[tuple[str, str], set[str]] = {}
    sheets: dict[str, list[dict[str, Any]]] = {}
    for sheet in registers.SHEETS:
        got = found if sheet.key == "community" else await registers.rows(graph, community_id, sheet.key, viewer)
        sheets[sheet.key] = [_as_shown(sheet, row, reads) for row in got]
    await audit.record(graph, viewer, f"export registers of {community_id}", reads)
    await audit.transfer(graph, viewer, f"export registers of {community_id}", "EXPORT", community_id, True)
    with tempfile.TemporaryDirectory(prefix="register-export-") as tmp:
        path = Path(tmp) / "registers.xlsx"
        await asyncio.to_thread(export, sheets, path)
        return path.read_bytes()


def month_range(month: str) -> tuple[date, date]:
    """'2023-04' → the first and last day of that month; anything else is the caller's mistake."""
    try:
        year, number = (int(part) for part in month.split("-"))
        start = date(year, number, 1)
    except ValueError:
        raise InvalidInput(f"month must be YYYY-MM, not {month!r}", "month") from None
    end = date(year + number // 12, number % 12 + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


async def monthly(graph: Graph, community_id: str, month: str) -> tuple[bytes, bytes]:
    """The monthly report a community sends its subdistrict: the article's figures and the month's, as XLSX and PNG."""
    from api.registers.monthly import monthly_report  # matplotlib: loaded by the first report, not by every worker

    start, end = month_range(month)
    standing = await statistics.community_stats(graph, community_id)
    if standing is None:
        raise NotFound(f"no community {community_id!r}", "community")
    period = await statistics.statistics(graph, "Community", community_id, start, end)
    totals = period.totals
    figures: dict[str, int | float] = {
        "partyBranches": standing.party_branches,
        "partyMembers": standing.party_members,
        "gridWorkers": standing.grid_workers,
        "schoolGrids": standing.school_grids,
        "coBuildingUnits": standing.co_building_units,
        "wishesFulfilled": totals.wishes_fulfilled,
        "councilProblemsSolved": totals.topics_solved,
        "eventsReported": sum(e.count for e in totals.events_by_category_and_state),
        "eventsClosed": totals.events_closed,
        "eventsClosedOnTime": totals.closed_on_time,
        "homeVisits": totals.home_visits,
        "activityAttendances": totals.activity_attendances,
        "peopleServed": totals.people_served,
    }
    name = (await registers.rows(graph, community_id, "community", Viewer(roles=frozenset({"admin"}))))[0]["name"]
    with tempfile.TemporaryDirectory(prefix="monthly-report-") as tmp:
        xlsx, png = Path(tmp) / "report.xlsx", Path(tmp) / "chart.png"
        await asyncio.to_thread(monthly_report, figures, month, name, xlsx, png)
        return xlsx.read_bytes(), png.read_bytes()
