"""A register upload read into raw rows per sheet: sheets and headers recognised, the template's own rows skipped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from api.registers import reasons
from api.registers.layout import (
    column_headed,
    is_blank,
    is_description_row,
    is_example_row,
    is_ignored,
    sheet_named,
    text,
)
from api.registers.sources import DEFAULT_MAX_BYTES, Grid, Source, open_source
from graph.registers import Column, Problem, RawRow, RawValue, Sheet, Upload


@dataclass(frozen=True)
class Header:
    """What row 1 of a register's sheet says: the column under each cell (None: blank or unknown), where each
    column is first found, the faulty header cells (index → problem code) and the problems."""

    columns: tuple[Column | None, ...]
    positions: dict[str, int]
    faulty: dict[int, str]
    problems: tuple[Problem, ...]


def read(source: Source, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Upload:
    """Read an upload (.xlsx, .csv named by its register, or a .zip of such CSVs); InvalidInput if it is unreadable."""
    opened = open_source(source, filename, max_bytes)
    problems = [reasons.problem(reasons.UNKNOWN_SHEET, name, name) for name in opened.strays if not _ignored(name)]
    sheets: dict[str, tuple[RawRow, ...]] = {}
    columns: dict[str, tuple[str, ...]] = {}
    found, unknown = registers(opened.grids)
    problems += unknown
    for grid, sheet in found:
        header = headers(sheet, grid.rows[0])
        problems += header.problems
        sheets[sheet.key] = tuple(_rows(grid, header, skip_examples=not opened.exported))
        columns[sheet.key] = tuple(header.positions)
    return Upload(sheets, columns, tuple(problems))


def registers(grids: Sequence[Grid]) -> tuple[list[tuple[Grid, Sheet]], list[Problem]]:
    """The grids that are registers, each with its sheet (blank, ignored and hidden unknown grids left out, the first
    of a register kept), and the problems of the others (an unknown name, a register seen again)."""
    found: list[tuple[Grid, Sheet]] = []
    problems: list[Problem] = []
    for grid in grids:
        name = grid.name.strip()
        if _ignored(name) or all(is_blank(row) for row in grid.rows):
            continue
        sheet = sheet_named(name)
        if sheet is None and grid.hidden:
            continue
        if sheet is None:
            problems.append(reasons.problem(reasons.UNKNOWN_SHEET, name, name))
        elif any(sheet is seen for _, seen in found):
            problems.append(reasons.problem(reasons.DUPLICATE_SHEET, sheet.key, name))
        else:
            found.append((grid, sheet))
    return found, problems


def _ignored(name: str) -> bool:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return is_ignored(name) or is_ignored(stem)


def headers(sheet: Sheet, row: Sequence[RawValue]) -> Header:
    """Recognise row 1: each cell names a column by its Chinese header or key; every required column must be there."""
    columns: list[Column | None] = []
    positions: dict[str, int] = {}
    faulty: dict[int, str] = {}
    problems: list[Problem] = []
    for index, cell in enumerate(row):
        label = text(cell)
        column = column_headed(sheet, label) if label is not None else None
        columns.append(column)
        if label is None:
            continue
        if column is None:
            faulty[index] = reasons.UNKNOWN_COLUMN
            problems.append(reasons.problem(reasons.UNKNOWN_COLUMN, sheet.key, label))
        elif column.key in positions:
            faulty[index] = reasons.DUPLICATE_COLUMN
            problems.append(reasons.problem(reasons.DUPLICATE_COLUMN, sheet.key, label, column.key))
        else:
            positions[column.key] = index
    problems += [
        reasons.problem(reasons.MISSING_COLUMN, sheet.key, "", c.key)
        for c in sheet.columns
        if c.required and c.key not in positions
    ]
    return Header(tuple(columns), positions, faulty, tuple(problems))


def _rows(grid: Grid, header: Header, *, skip_examples: bool) -> list[RawRow]:
    rows = []
    for number, row in enumerate(grid.rows[1:], start=2):
        if is_blank(row) or (number == 2 and is_description_row(header.columns, row)):
            continue
        if skip_examples and is_example_row(header.columns, row):
            continue
        values = {key: row[index] if index < len(row) else None for key, index in header.positions.items()}
        rows.append(RawRow(number, values))
    return rows
