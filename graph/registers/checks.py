"""An upload checked whole, without I/O: every cell, row, key, reference and person, before anything is written."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from graph.registers import cells, keys, people, rules
from graph.registers.cells import Row, problem
from graph.registers.reasons import reason
from graph.registers.records import Checked, Existing, Problem, Upload
from graph.registers.sheets import BY_KEY, SHEETS

COMMUNITY = BY_KEY["community"]
_SHEET_ORDER = {sheet.key: index for index, sheet in enumerate(SHEETS)}
_COLUMN_ORDER = {(sheet.key, column.key): index for sheet in SHEETS for index, column in enumerate(sheet.columns)}


def check(upload: Upload, existing: Existing, community_id: str | None, *, today: date | None = None) -> Checked:
    """The upload's rows typed, and every problem: the reader's first, then the checks' in sheet, row, column order.

    `community_id` is the community imported into (None: the file's community sheet says which). Rows that parsed
    are returned even when other rules refuse them, so that a dry run can count them; nothing may be written
    unless the result is `ok`."""
    today = today or date.today()
    found: list[Problem] = []
    read: dict[str, list[Row]] = {}
    for key, raw_rows in upload.sheets.items():
        sheet = BY_KEY.get(key)
        if sheet is None:
            found.append(Problem(key, None, None, "", "UNKNOWN_SHEET", *reason("UNKNOWN_SHEET")))
            continue
        present = upload.columns.get(key)
        absent = frozenset() if present is None else frozenset(c.key for c in sheet.columns) - set(present)
        read[key] = cells.parse(sheet, raw_rows, today, absent, found)
    community = _community(read.get("community", []), community_id, found)
    for key, rows in read.items():
        rules.apply(BY_KEY[key], rows, found)
    # The community sheet's second row is refused as such, not as a repeat of the first.
    in_file = {
        key: keys.duplicates(BY_KEY[key], rows, [] if key == COMMUNITY.key else found) for key, rows in read.items()
    }
    for key, rows in read.items():
        keys.references(BY_KEY[key], rows, in_file, existing, found)
    people.residents(read.get("residents", []), existing, community, found)
    people.names(read, existing, found)
    found.sort(key=_place)
    return Checked(
        {key: tuple(row.values for row in rows if row.whole) for key, rows in read.items()},
        (*upload.problems, *found),
    )


def _community(rows: Sequence[Row], community_id: str | None, found: list[Problem]) -> str | None:
    """The community the rows belong to: the one imported into, else the community sheet's (its one row)."""
    if not rows:
        if community_id is None:
            found.append(problem(COMMUNITY, None, None, "", "COMMUNITY_REQUIRED"))
        return community_id
    found.extend(problem(COMMUNITY, row.number, None, "", "ONE_ROW_ONLY") for row in rows[1:])
    given = rows[0].values.get("id")
    if community_id is not None and given is not None and given != community_id:
        found.append(problem(COMMUNITY, rows[0].number, "id", str(given), "COMMUNITY_MISMATCH", expected=community_id))
    return community_id or given


def _place(found: Problem) -> tuple[int, int, int]:
    return (
        _SHEET_ORDER.get(found.sheet, len(SHEETS)),
        found.row or 0,
        -1 if found.column is None else _COLUMN_ORDER.get((found.sheet, found.column), -1),
    )
