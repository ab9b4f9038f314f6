"""The register layout (pure): how sheets and headers are recognised, and the template's own rows told from data."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from api.registers.layout import (
    column_headed,
    description,
    example,
    is_description_row,
    is_example_row,
    sheet_named,
    text,
)
from graph.registers import BY_KEY, SHEETS, RawValue

RESIDENTS = BY_KEY["residents"]


@pytest.mark.parametrize(
    ("name", "key"),
    [("居民", "residents"), (" Residents ", "residents"), ("UNITS", "units"), ("共建单位", "units"), ("居民表", None)],
)
def test_sheet_names(name: str, key: str | None) -> None:
    found = sheet_named(name)
    assert (found.key if found else None) == key


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("公民身份号码", "idNumber"),
        ("IDNUMBER", "idNumber"),
        (" idnumber ", "idNumber"),
        ("公民身份号码(idNumber)", "idNumber"),
        ("公民身份号码 （ idNumber ）", "idNumber"),
        ("身份证号（idNumber）", "idNumber"),  # either half may name it
        ("姓名(名字)", "name"),
        ("身份证号", None),
        ("姓名(name", None),
    ],
)
def test_headers(header: str, key: str | None) -> None:
    found = column_headed(RESIDENTS, header)
    assert (found.key if found else None) == key


def test_every_sheet_has_distinct_names_and_headers() -> None:
    names = [n for s in SHEETS for n in (s.zh, s.key.lower())]
    assert len(names) == len(set(names))
    for sheet in SHEETS:
        for column in sheet.columns:
            assert column_headed(sheet, column.zh) is column
            assert column_headed(sheet, column.key.upper()) is column


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, None),
        ("  ", None),
        (6.0, "6"),
        (6.5, "6.5"),
        (7, "7"),
        (date(2023, 3, 2), "2023-03-02"),
        (datetime(2023, 3, 2), "2023-03-02"),
        (datetime(2023, 3, 2, 8, 30), "2023-03-02 08:30:00"),
        (" 王 ", "王"),
    ],
)
def test_cells_as_text(value: RawValue, shown: str | None) -> None:
    assert text(value) == shown


def test_the_template_rows_are_told_from_data() -> None:
    columns = list(RESIDENTS.columns)
    described: list[RawValue] = [description(c) for c in columns]
    assert is_description_row(columns, described)
    assert is_description_row(columns, [described[0], None, None])  # a column's description deleted
    assert not is_description_row(columns, [described[1], described[0]])  # under the wrong column
    assert not is_description_row([*columns, None], [*described, "x"])  # something under an unknown header
    assert not is_description_row(columns, [None] * len(columns))

    typed = [example(c) for c in columns]
    assert typed[3] == date(1958, 3, 15)
    as_read: list[RawValue] = [float(v) if isinstance(v, int) else v for v in typed]
    assert is_example_row(columns, as_read)
    assert is_example_row(BY_KEY["buildings"].columns, ["峰顺苑1栋", "建峰大道12号", 6.0, "JF-01"])
    assert not is_example_row(BY_KEY["buildings"].columns, ["峰顺苑1栋", "建峰大道12号", 7.0, "JF-01"])
    assert not is_example_row(BY_KEY["buildings"].columns, ["峰顺苑1栋", "建峰大道12号", 6.0, "JF-01", "x"])
    assert not is_example_row(columns, as_read[:-1])  # a blank where the example has a value
