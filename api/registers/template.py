"""The blank registers a clerk fills in: one XLSX workbook, or one CSV per register."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from api.registers.layout import description, example
from api.registers.workbook import add_register, new_book
from graph.registers import SHEETS


def template(path: str | os.PathLike[str]) -> Path:
    """Write the template workbook: 说明, then one sheet per register with its headers, descriptions and example."""
    book = new_book("社区台账导入模板", "Community registers: import template")
    for register in SHEETS:
        add_register(book, register, [[example(c) for c in register.columns]])
    book.save(path)
    return Path(path)


def template_csv(directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write `<key>.csv` per register (UTF-8 with BOM, so Excel opens it as Chinese): headers, descriptions, example."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for register in SHEETS:
        path = folder / f"{register.key}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow([c.zh for c in register.columns])
            writer.writerow([description(c) for c in register.columns])
            writer.writerow([c.example for c in register.columns])
        written.append(path)
    return tuple(written)
