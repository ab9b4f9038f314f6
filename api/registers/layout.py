"""The register workbook's layout, the one definition its writers and its reader share: names, headers, rows 2 and 3."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from graph.registers import SHEETS, Column, RawValue, Sheet

# Sheets a workbook may carry besides the registers: the template's instructions and a problem report's list.
IGNORED_SHEETS = frozenset({"说明", "readme", "问题", "problems"})
INSTRUCTIONS = "说明"
# An export's workbook says so in its document properties: its rows are data, so a row that happens to equal the
# template's example (the demo community is the example) is read, not skipped as a clerk's leftover example.
EXPORT_MARK = "grid-graph register export"
SEPARATOR = "、"  # between the values of a names/enums cell, as a clerk writes a list in Chinese

_SHEET_NAMES = {name: sheet for sheet in SHEETS for name in (sheet.zh, sheet.key.lower())}
# "姓名(name)", "姓名（name）": a header in both languages.
_BOTH = re.compile(r"^(?P<first>[^()（）]*?)\s*[(（]\s*(?P<second>[^()（）]*?)\s*[)）]$")


def plain(name: object) -> str:
    return str(name).strip().lower()


def is_ignored(name: str) -> bool:
    return plain(name) in IGNORED_SHEETS


def sheet_named(name: str) -> Sheet | None:
    """The register a sheet (or a CSV file's stem) is, by its Chinese name or its key; None if neither."""
    return _SHEET_NAMES.get(plain(name))


def column_headed(sheet: Sheet, header: str) -> Column | None:
    """The column a header cell names: its Chinese header, its key (any case), or both as "姓名(name)"."""
    text = header.strip()
    names = [text]
    both = _BOTH.match(text)
    if both:
        names += [both["first"], both["second"]]
    for name in names:
        for column in sheet.columns:
            if name == column.zh or plain(name) == column.key.lower():
                return column
    return None


def words(column: Column) -> tuple[str, ...]:
    """An enum column's Chinese words, in the vocabulary's order."""
    return tuple((column.choices or {}).values())


def description(column: Column) -> str:
    """Row 2 of the template under this column: 必填/选填, then what to write."""
    marker = "必填" if column.required else "选填"
    if column.kind == "enum":
        body = "/".join(words(column)) + (f"（{column.help_zh}）" if column.help_zh else "")
    elif column.kind == "enums":
        body = "可多选，用顿号分隔：" + "/".join(words(column))
    else:
        body = column.help_zh
    return f"{marker}：{body}" if body else marker


def example(column: Column) -> RawValue:
    """Row 3 of the template under this column, typed as a spreadsheet cell (a number, a date, text)."""
    if not column.example:
        return None
    if column.kind == "int":
        return int(column.example)
    if column.kind == "date":
        return date.fromisoformat(column.example)
    return column.example


def text(value: RawValue) -> str | None:
    """A cell as text, for comparing and masking: 6.0 is "6", a date is YYYY-MM-DD, a blank is None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip() or None


def is_blank(row: Sequence[RawValue]) -> bool:
    return all(text(cell) is None for cell in row)


def is_description_row(columns: Sequence[Column | None], row: Sequence[RawValue]) -> bool:
    """Every filled cell is the description the template writes for its column."""
    filled = [(i, cell) for i, cell in enumerate(row) if text(cell) is not None]
    return bool(filled) and all(
        i < len(columns) and (c := columns[i]) is not None and text(cell) == description(c) for i, cell in filled
    )


def is_example_row(columns: Sequence[Column | None], row: Sequence[RawValue]) -> bool:
    """Every cell is the template's example for its column (blank where the example is, and under unknown headers)."""
    if is_blank(row):
        return False
    width = max(len(columns), len(row))
    cells = [row[i] if i < len(row) else None for i in range(width)]
    return all(
        text(cell) == (text(example(c)) if (c := columns[i] if i < len(columns) else None) else None)
        for i, cell in enumerate(cells)
    )


def display_width(value: object) -> int:
    """How many narrow characters a text takes: a Chinese character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))
