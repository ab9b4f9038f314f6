"""Opening uploads (pure): the size, row and unpacking limits, and files that are not registers, refused cleanly."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from api.registers import read, template
from api.registers.sources import MAX_ROWS, UNPACK_RATIO, open_source
from graph.core.errors import InvalidInput


def test_a_file_over_the_limit_is_refused_from_bytes_and_from_a_path(tmp_path: Path) -> None:
    path = template(tmp_path / "t.xlsx")
    size = path.stat().st_size
    assert read(path, "t.xlsx", max_bytes=size).problems == ()
    with pytest.raises(InvalidInput, match="larger than"):
        read(path, "t.xlsx", max_bytes=size - 1)
    with pytest.raises(InvalidInput, match="larger than") as refused:
        read(path.read_bytes(), "t.xlsx", max_bytes=size - 1)
    assert refused.value.argument == "file"


def test_rows_beyond_the_limit_are_refused() -> None:
    header = "技能名称,技能类别\n"
    assert len(read((header + "理发,生活\n" * (MAX_ROWS - 1)).encode(), "skills.csv").sheets["skills"]) == MAX_ROWS - 1
    with pytest.raises(InvalidInput, match="more than 200,000 rows"):
        read((header + "理发,生活\n" * MAX_ROWS).encode(), "skills.csv")


def test_trailing_blank_rows_do_not_count() -> None:
    opened = open_source(b"name,category\n\n,\n x , y \n\n,,\n", "skills.csv")
    assert opened.grids[0].rows == (("name", "category"), (), (None, None), ("x", "y"))


def test_a_zip_bomb_is_refused_unread() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("skills.csv", b"0" * (UNPACK_RATIO * 10_000 + 1))
    data = buffer.getvalue()
    assert len(data) < 10_000
    with pytest.raises(InvalidInput, match="unpacks to more than"):
        read(data, "x.zip", max_bytes=10_000)
    with pytest.raises(InvalidInput, match="unpacks to more than"):
        read(data, "x.xlsx", max_bytes=10_000)


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"%PDF-1.4 not a workbook", "t.xlsx", "not an XLSX workbook"),
        (b"PK\x03\x04 broken", "t.xlsx", "not an XLSX workbook"),
        (b"%PDF-1.4", "x.zip", "not a zip of CSV files"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "skills.csv", "not CSV text"),
        (b"\xff\xfe\xfd\x81\x30", "skills.csv", "neither UTF-8 nor GB18030"),
        (b"name\n", "skills.xls", "not a register file"),
        (b"name\n", "skills", "not a register file"),
    ],
)
def test_what_is_not_a_register_file_is_refused_with_a_reason(content: bytes, filename: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read(content, filename)


def test_a_zip_that_is_no_workbook_is_refused_as_xlsx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("skills.csv", b"name\n")
    with pytest.raises(InvalidInput, match="not a readable XLSX workbook"):
        read(buffer.getvalue(), "t.xlsx")


def test_a_workbook_is_read_from_its_first_cell() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["B3"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    grid = open_source(buffer.getvalue(), "t.xlsx").grids[0]
    assert grid.rows == ((None, None), (None, None), (None, "x"))


def test_a_damaged_member_of_a_zip_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("skills.csv", "技能名称,技能类别\n理发,生活\n" * 50)
    data = bytearray(buffer.getvalue())
    start = 30 + len("skills.csv")  # the member's compressed bytes follow its local header
    data[start + 5 : start + 25] = b"\xff" * 20
    with pytest.raises(InvalidInput, match=r"skills\.csv cannot be unpacked"):
        read(bytes(data), "x.zip")
