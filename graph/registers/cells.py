"""A sheet's rows read cell by cell: each value typed by its column, each refusal a problem showing the masked cell."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from graph.access.masks import mask_inner, mask_name, mask_room
from graph.registers import values
from graph.registers.reasons import Refused, reason
from graph.registers.records import Problem, RawRow, RawValue
from graph.registers.sheets import Column, Sheet


@dataclass(slots=True)
class Row:
    """A row as read: its spreadsheet number, the values that parsed (blank cells absent), the cells as given, and
    whether every cell parsed (only such rows are handed to the writer)."""

    number: int
    values: dict[str, Any]
    raw: RawRow
    whole: bool


def shown(column: Column, value: RawValue) -> str:
    """A value as a report may show it: personal values masked, others as given."""
    text = values.text_of(value)
    if not column.personal or not text:
        return text
    if column.kind in ("id_number", "phone"):
        return mask_inner(text)
    if column.key == "room":
        return mask_room(text)
    return mask_name(text)


def problem(sheet: Sheet, row: int | None, column: str | None, text: str, code: str, **details: Any) -> Problem:
    """A problem at a place; `text` is the value as shown (see `shown`)."""
    zh, en = reason(code, **details)
    return Problem(sheet.key, row, column, text, code, zh, en)


def parse(
    sheet: Sheet, rows: Iterable[RawRow], today: date, absent: Collection[str], problems: list[Problem]
) -> list[Row]:
    """Every row with a value, parsed; a blank row (a template's empty lines) is skipped. A required column in
    `absent` (missing from the file: the reader reported it once) leaves its rows unwritten without a problem each."""
    parsers = [(column.key, column, column.required, values.parser(column, today)) for column in sheet.columns]
    read_rows: list[Row] = []
    for raw in rows:
        cells = raw.values
        parsed: dict[str, Any] = {}
        whole, filled, start = True, False, len(problems)
        for key, column, required, parse in parsers:
            cell = cells.get(key)
            if cell.__class__ is str:
                cell = cell.strip()
            value = None
            if cell is not None and cell != "":
                filled = True
                try:
                    value = parse(cell)
                except Refused as refused:
                    part = refused.details.get("part", cell)
                    problems.append(
                        problem(sheet, raw.number, key, shown(column, part), refused.code, **refused.details)
                    )
                    whole = False
                    continue
            if value is not None:
                parsed[key] = value
            elif required:
                whole = False
                if key not in absent:
                    problems.append(problem(sheet, raw.number, key, "", "REQUIRED"))
        if filled:
            read_rows.append(Row(raw.number, parsed, raw, whole))
        else:
            del problems[start:]
    return read_rows
