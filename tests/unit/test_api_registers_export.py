"""Exporting registers (pure): the template's layout with stored values as words, read back to the same values."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from api.registers import export, read
from api.registers.layout import description
from graph.registers import BY_KEY, SHEETS, Column, RawValue


def _stored(column: Column, word: str) -> Any:
    """A column's example as the graph stores it (the reverse of what the register shows)."""
    back = {w: v for v, w in (column.choices or {}).items()}
    if column.kind == "enum":
        return back[word]
    if column.kind in ("enums", "names"):
        return [back.get(item, item) for item in word.split("、")]
    if column.kind == "date":
        return date.fromisoformat(word)
    if column.kind == "int":
        return int(word)
    return word


def _parsed(column: Column, value: RawValue) -> Any:
    """What the checks make of a cell, as far as this round trip needs."""
    if value is None:
        return None
    back = {w: v for v, w in (column.choices or {}).items()}
    if column.kind == "enum":
        return back[str(value)]
    if column.kind in ("enums", "names"):
        return [back.get(item, item) for item in re.split("[、，,;；]", str(value))]
    if column.kind == "date":
        return value.date() if isinstance(value, datetime) else value
    if column.kind == "int":
        assert isinstance(value, float) and value.is_integer()
        return int(value)
    return value


def _rows() -> dict[str, list[dict[str, Any]]]:
    first = {s.key: {c.key: _stored(c, c.example) for c in s.columns if c.example} for s in SHEETS}
    # A second row unlike the example, with the optional columns left out (blank cells).
    second = {s.key: {c.key: first[s.key][c.key] for c in s.columns if c.required} for s in SHEETS}
    for key, row in second.items():
        name = next(c for c in BY_KEY[key].columns if c.kind == "text" and c.required)
        row[name.key] = "另一条"
    return {key: [first[key], second[key]] for key in first}


def test_export_reads_back_to_the_stored_values(tmp_path: Path) -> None:
    rows = _rows()
    upload = read(export(rows, tmp_path / "export.xlsx"), "export.xlsx")
    assert upload.problems == ()
    for register in SHEETS:
        read_back = [
            {c.key: _parsed(c, raw.values[c.key]) for c in register.columns if raw.values[c.key] is not None}
            for raw in upload.sheets[register.key]
        ]
        assert read_back == rows[register.key], register.key
        assert [raw.number for raw in upload.sheets[register.key]] == [3, 4]


def test_export_has_the_templates_layout(tmp_path: Path) -> None:
    book = load_workbook(export({"residents": _rows()["residents"]}, tmp_path / "export.xlsx"))
    assert book.sheetnames == ["说明", *(s.zh for s in SHEETS)]
    residents = book["居民"]
    assert [c.value for c in residents[2]] == [description(c) for c in BY_KEY["residents"].columns]
    assert residents.max_row == 4
    assert book["技能"].max_row == 2  # no rows: headers and descriptions only
    first = {c.key: residents.cell(3, i).value for i, c in enumerate(BY_KEY["residents"].columns, start=1)}
    assert first["gender"] == "男" and first["skills"] == "水电维修、陪伴探访"
    assert (
        first["idNumber"] == BY_KEY["residents"].column("idNumber").example
        and residents.cell(3, 3).number_format == "@"
    )
    assert first["birthDate"] == datetime(1958, 3, 15) and residents.cell(3, 4).number_format == "yyyy-mm-dd"


def test_an_exported_row_equal_to_the_example_is_data(tmp_path: Path) -> None:
    """The demo community is the template's example: an export of it must import again."""
    community = {c.key: c.example for c in BY_KEY["community"].columns}
    upload = read(export({"community": [community]}, tmp_path / "export.xlsx"), "export.xlsx")
    assert [dict(r.values) for r in upload.sheets["community"]] == [community]


@pytest.mark.parametrize(
    ("key", "value", "shown"),
    [
        ("gender", "FEMALE", "女"),
        ("gender", "UNKNOWN", "UNKNOWN"),  # a value the vocabulary lacks is shown as stored
        ("skills", ["水电维修"], "水电维修"),
        ("skills", [], None),
        ("birthDate", datetime(2000, 1, 2, 3, 4), date(2000, 1, 2)),
        ("phone", 13800000000, "13800000000"),
        ("name", None, None),
    ],
)
def test_stored_values_as_cells(key: str, value: Any, shown: RawValue) -> None:
    from api.registers.export import cell

    assert cell(BY_KEY["residents"].column(key), value) == shown
