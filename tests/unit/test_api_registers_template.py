"""The register template (pure): its sheets, headers with help, description and example rows, dropdowns, formats."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from api.registers import template, template_csv
from api.registers.layout import description, words
from graph.registers import BY_KEY, SHEETS


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Worksheet]:
    path = template(tmp_path_factory.mktemp("template") / "t.xlsx")
    workbook = load_workbook(path)
    return {sheet.title: sheet for sheet in workbook.worksheets}


def test_instructions_first_then_one_sheet_per_register(book: dict[str, Worksheet]) -> None:
    assert list(book) == ["说明", *(s.zh for s in SHEETS)]
    instructions = [c for row in book["说明"].iter_rows(values_only=True) for c in row if c]
    assert {s.zh for s in SHEETS} <= set(instructions)
    assert {s.key for s in SHEETS} <= set(instructions)
    assert any("第2行" in str(c) for c in instructions) and any("row 2" in str(c) for c in instructions)


@pytest.mark.parametrize("key", [s.key for s in SHEETS])
def test_headers_descriptions_and_example(book: dict[str, Worksheet], key: str) -> None:
    register = BY_KEY[key]
    sheet = book[register.zh]
    header, described, example = (list(row) for row in sheet.iter_rows(min_row=1, max_row=3))
    assert [c.value for c in header] == [c.zh for c in register.columns]
    assert [c.value for c in described] == [description(c) for c in register.columns]
    assert sheet.freeze_panes == "A3"
    for index, (column, head, help_cell, cell) in enumerate(
        zip(register.columns, header, described, example, strict=True), start=1
    ):
        letter = get_column_letter(index)
        assert head.font.bold
        assert head.comment is not None and column.key in head.comment.text
        assert column.help_zh in head.comment.text and column.help_en in head.comment.text
        assert all(word in head.comment.text for word in words(column))
        assert help_cell.font.italic and help_cell.font.color.rgb == "00808080"
        assert str(help_cell.value).startswith("必填" if column.required else "选填")
        value = cell.value.date().isoformat() if isinstance(cell.value, datetime) else cell.value
        assert (str(value) if value is not None else "") == column.example
        if column.kind in ("id_number", "phone", "text", "names"):
            assert cell.number_format == "@"
            assert sheet.column_dimensions[letter].number_format == "@"
        elif column.kind == "date" and column.example:
            assert cell.number_format == "yyyy-mm-dd"
        else:
            assert cell.number_format == "General"
        assert sheet.column_dimensions[letter].width >= 8


@pytest.mark.parametrize("key", [s.key for s in SHEETS])
def test_dropdowns_for_single_choice_columns(book: dict[str, Worksheet], key: str) -> None:
    register = BY_KEY[key]
    sheet = book[register.zh]
    found = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    letters = {c.key: get_column_letter(i) for i, c in enumerate(register.columns, start=1)}
    expected = {
        f"{letters[c.key]}3:{letters[c.key]}5000": '"' + ",".join(words(c)) + '"'
        for c in register.columns
        if c.kind == "enum"
    }
    assert found == expected


def test_enums_columns_list_their_words_in_the_description() -> None:
    column = BY_KEY["units"].column("collaborations")
    assert description(column) == "选填：可多选，用顿号分隔：" + "/".join(words(column))
    assert description(BY_KEY["residents"].column("idNumber")) == "必填：18位居民身份证号码，末位可为X"
    assert description(BY_KEY["residents"].column("gender")) == "必填：男/女（与身份证号一致）"
    assert description(BY_KEY["community"].column("city")) == "必填"


def test_csv_template_one_file_per_register_with_bom(tmp_path: Path) -> None:
    paths = template_csv(tmp_path / "csv")
    assert [p.name for p in paths] == [f"{s.key}.csv" for s in SHEETS]
    for path, register in zip(paths, SHEETS, strict=True):
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        with path.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
        assert rows == [
            [c.zh for c in register.columns],
            [description(c) for c in register.columns],
            [c.example for c in register.columns],
        ]
