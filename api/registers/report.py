"""The problem report of an upload: the list of problems, then the clerk's sheets with each faulty cell marked."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from api.registers import reasons
from api.registers.layout import display_width, is_description_row, text
from api.registers.reading import Header, headers, registers
from api.registers.sources import DEFAULT_MAX_BYTES, Grid, Source, open_source
from graph.access.masks import mask_inner, mask_name, mask_room
from graph.registers import BY_KEY, Column, Problem, RawValue, Sheet

FAULT = PatternFill("solid", fgColor="FFC7CE")  # Excel's own light red for bad cells
BOLD = Font(bold=True)
PROBLEMS = "问题"
HEADERS = ("工作表 sheet", "行 row", "列 column", "值 value", "代码 code", "原因", "reason")
WIDTHS = (12, 8, 16, 24, 22, 50, 50)
Cell = tuple[int, int]  # (spreadsheet row, 0-based column)


def report(
    source: Source,
    filename: str,
    problems: Sequence[Problem],
    path: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Path:
    """Write the report of `problems` found in the upload `source` (read again to copy its sheets, masked)."""
    book = Workbook(write_only=True)
    _problem_sheet(book.create_sheet(PROBLEMS), problems)
    by_sheet: dict[str, list[Problem]] = defaultdict(list)
    for found in problems:
        by_sheet[found.sheet].append(found)
    registers_found, _ = registers(open_source(source, filename, max_bytes).grids)
    for grid, register in registers_found:
        _copy(book.create_sheet(register.zh), grid, register, by_sheet.get(register.key, []))
    book.save(path)
    return Path(path)


def _problem_sheet(sheet: WriteOnlyWorksheet, problems: Sequence[Problem]) -> None:
    _layout(sheet, WIDTHS)
    header = []
    for title in HEADERS:
        cell = WriteOnlyCell(sheet, title)
        cell.font = BOLD
        header.append(cell)
    sheet.append(header)
    for found in problems:
        register = BY_KEY.get(found.sheet)
        column = _column(register, found.column)
        sheet.append(
            [
                register.zh if register is not None else found.sheet,
                found.row,
                column.zh if column is not None else found.column,
                found.value,
                found.code,
                found.zh,
                found.en,
            ]
        )


def _column(register: Sheet | None, key: str | None) -> Column | None:
    if register is None or key is None:
        return None
    return next((c for c in register.columns if c.key == key), None)


def _copy(sheet: WriteOnlyWorksheet, grid: Grid, register: Sheet, problems: Sequence[Problem]) -> None:
    header = headers(register, grid.rows[0])
    marks = _marks(grid, header, problems)
    _layout(sheet, [min(max(display_width(label or "") + 2, 10), 40) for label in grid.rows[0]])
    for number, row in enumerate(grid.rows, start=1):
        plain = number == 1 or (number == 2 and is_description_row(header.columns, row))
        cells = []
        for index, value in enumerate(row):
            shown = value if plain else _masked(header.columns[index] if index < len(header.columns) else None, value)
            cell = WriteOnlyCell(sheet, shown)  # type: ignore[arg-type]  # the stubs leave out date, which it takes
            if (number, index) in marks:
                cell.fill = FAULT
                cell.comment = Comment(marks[(number, index)], "grid-graph", height=120, width=320)
            cells.append(cell)
        sheet.append(cells)


def _layout(sheet: WriteOnlyWorksheet, widths: Sequence[int]) -> None:
    """Column widths and the header frozen, set before the first row as a streamed sheet needs."""
    # Worksheet._setup gives a streamed sheet its column dimensions at runtime; the stubs do not know.
    dimensions = sheet.column_dimensions  # type: ignore[attr-defined]
    for index, width in enumerate(widths, start=1):
        dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def _marks(grid: Grid, header: Header, problems: Sequence[Problem]) -> dict[Cell, str]:
    """The cells to mark and their comments: a problem's cell, a row problem's first cell, a faulty header cell."""
    found: dict[Cell, list[Problem]] = defaultdict(list)
    labels = [text(cell) for cell in grid.rows[0]]
    for problem in problems:
        if problem.row is None:
            if problem.code in (reasons.UNKNOWN_COLUMN, reasons.DUPLICATE_COLUMN):
                places = [i for i, code in header.faulty.items() if code == problem.code and labels[i] == problem.value]
                if places:
                    found[(1, places[-1])].append(problem)
            continue
        index = 0 if problem.column is None else header.positions.get(problem.column)
        if index is not None:
            found[(problem.row, index)].append(problem)
    return {cell: "\n".join(f"{p.zh}\n{p.en}" for p in listed) for cell, listed in found.items()}


def _masked(column: Column | None, value: RawValue) -> RawValue:
    """A copied cell as the report may show it: personal columns masked, and cells under an unknown header too,
    since a misspelt header may stand over ID numbers."""
    shown = text(value)
    if shown is None or (column is not None and not column.personal):
        return value
    if column is None or column.kind in ("id_number", "phone"):
        return mask_inner(shown)
    if column.key == "room":
        return mask_room(shown)
    return mask_name(shown)
