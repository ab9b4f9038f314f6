"""A community's registers written out in the template's layout, so an export can be edited and imported again."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from api.registers.layout import SEPARATOR
from api.registers.workbook import add_register, new_book
from graph.registers import SHEETS, Column, RawValue


def export(rows: Mapping[str, Sequence[Mapping[str, Any]]], path: str | os.PathLike[str]) -> Path:
    """Write every register (by sheet key) with its stored rows as the clerk's words: enums as Chinese words, lists
    joined with 、, dates as date cells. Registers without rows are written with their headers only."""
    book = new_book("社区台账导出", "Community registers: export", exported=True)
    for register in SHEETS:
        stored = rows.get(register.key, ())
        add_register(book, register, ([cell(c, row.get(c.key)) for c in register.columns] for row in stored))
    book.save(path)
    return Path(path)


def cell(column: Column, value: Any) -> RawValue:
    """A stored value as the register shows it."""
    if value is None:
        return None
    native = value.to_native() if hasattr(value, "to_native") else value  # the driver's Date and DateTime
    choices = column.choices or {}
    if column.kind in ("enums", "names"):
        items = [native] if isinstance(native, str) else list(native)
        return SEPARATOR.join(choices.get(str(item), str(item)) for item in items) or None
    if column.kind == "enum":
        return choices.get(str(native), str(native))
    if column.kind == "date":
        if isinstance(native, datetime):
            return native.date()
        if isinstance(native, date):
            return native
        return str(native)
    if column.kind == "int" and isinstance(native, int | float) and not isinstance(native, bool):
        return native
    return str(native)
