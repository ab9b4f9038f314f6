"""Reading register uploads (pure): templates read as nothing, sheets and headers recognised, file problems found."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook

from api.registers import read, template, template_csv
from api.registers.layout import description
from graph.registers import BY_KEY, SHEETS, Upload


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _csv(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue().encode(encoding)


def _xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.worksheets[0])
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _codes(upload: Upload) -> list[tuple[str, str | None, str, str]]:
    return [(p.code, p.column, p.sheet, p.value) for p in upload.problems]


def test_the_template_reads_as_every_register_with_no_rows(tmp_path: Path) -> None:
    upload = read(template(tmp_path / "t.xlsx"), "台账模板.xlsx")
    assert upload.problems == ()
    assert set(upload.sheets) == set(BY_KEY)
    assert all(rows == () for rows in upload.sheets.values())
    assert upload.columns["residents"] == tuple(c.key for c in BY_KEY["residents"].columns)


def test_the_csv_template_reads_as_nothing_one_file_or_zipped(tmp_path: Path) -> None:
    paths = template_csv(tmp_path / "csv")
    for path in paths:
        upload = read(path.read_bytes(), path.name)
        assert upload.problems == ()
        assert upload.sheets == {path.stem: ()}
    upload = read(_zip({p.name: p.read_bytes() for p in paths}), "registers.zip")
    assert upload.problems == ()
    assert set(upload.sheets) == {s.key for s in SHEETS}
    assert sum(len(rows) for rows in upload.sheets.values()) == 0


def test_filled_rows_are_read_with_their_spreadsheet_numbers(tmp_path: Path) -> None:
    path = template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    sheet = book["居民"]
    sheet["A4"] = "  李梅 "  # row 3, the example, stays; row 4 is the clerk's first row
    sheet["C4"] = "500102198001010021"
    sheet["D4"] = date(1980, 1, 1)
    sheet["A6"] = "张伟"  # row 5 left blank
    sheet["E6"] = 13800000000
    book.save(path)
    rows = read(path, "t.xlsx").sheets["residents"]
    assert [r.number for r in rows] == [4, 6]
    assert rows[0].values["name"] == "李梅"
    assert rows[0].values["idNumber"] == "500102198001010021"
    assert rows[0].values["birthDate"] == date(1980, 1, 1)
    assert rows[0].values["phone"] is None
    assert rows[1].values["phone"] == 13800000000.0 and isinstance(rows[1].values["phone"], float)
    assert set(rows[0].values) == {c.key for c in BY_KEY["residents"].columns}


def test_a_changed_example_row_is_data(tmp_path: Path) -> None:
    path = template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["技能"]["A3"] = "理发"
    book.save(path)
    rows = read(path, "t.xlsx").sheets["skills"]
    assert [(r.number, dict(r.values)) for r in rows] == [(3, {"name": "理发", "category": "维修"})]


def test_english_and_bilingual_headers_and_sheet_names() -> None:
    data = _xlsx({" SKILLS ": [["Name", "技能类别(category)"], ["理发", "生活"]], "README": [["anything"]]})
    upload = read(data, "x.xlsx")
    assert upload.problems == ()
    assert [dict(r.values) for r in upload.sheets["skills"]] == [{"name": "理发", "category": "生活"}]
    assert upload.columns["skills"] == ("name", "category")


def test_unknown_sheet_and_column_missing_and_duplicate_columns() -> None:
    data = _xlsx(
        {
            "居民表": [["姓名"], ["王"]],
            "技能": [["技能名称", "备注", "name"], ["理发", "x", "y"]],
            "Sheet2": [],  # an empty sheet is not a problem
            "问题": [["a report's list is ignored"]],
        }
    )
    upload = read(data, "x.xlsx")
    assert _codes(upload) == [
        ("UNKNOWN_SHEET", None, "居民表", "居民表"),
        ("UNKNOWN_COLUMN", None, "skills", "备注"),
        ("DUPLICATE_COLUMN", "name", "skills", "name"),
        ("MISSING_COLUMN", "category", "skills", ""),
    ]
    assert all(p.row is None and p.zh and p.en for p in upload.problems)
    assert "技能类别" in upload.problems[3].zh and "category" in upload.problems[3].en
    assert [dict(r.values) for r in upload.sheets["skills"]] == [{"name": "理发"}]  # the first "name" column


def test_hidden_sheets_are_read_only_when_they_are_registers() -> None:
    book = Workbook()
    lists = book.worksheets[0]
    lists.title = "下拉选项"
    lists.append(["男", "女"])
    lists.sheet_state = "hidden"
    skills = book.create_sheet("技能")
    skills.append(["技能名称", "技能类别"])
    skills.append(["理发", "生活"])
    skills.sheet_state = "hidden"
    book.create_sheet("说明")  # a workbook shows one sheet at least
    buffer = io.BytesIO()
    book.save(buffer)
    upload = read(buffer.getvalue(), "x.xlsx")
    assert upload.problems == ()
    assert [r.values["name"] for r in upload.sheets["skills"]] == ["理发"]


def test_a_register_twice_is_read_once() -> None:
    data = _zip({"skills.csv": _csv([["name", "category"], ["理发", "生活"]]), "技能.csv": _csv([["name"]])})
    upload = read(data, "x.zip")
    assert _codes(upload) == [("DUPLICATE_SHEET", None, "skills", "技能")]
    assert len(upload.sheets["skills"]) == 1


def test_gb18030_csv_named_in_chinese() -> None:
    data = _csv([["技能名称", "技能类别"], ["陪伴探访", "关爱"], ["", ""], ["心理疏导", "健康"]], "gb18030")
    upload = read(data, "技能.csv")
    assert upload.problems == ()
    assert [(r.number, r.values["name"]) for r in upload.sheets["skills"]] == [(2, "陪伴探访"), (4, "心理疏导")]


def test_a_zip_with_gbk_names_and_other_files() -> None:
    gbk = "技能.csv".encode("gbk")
    placeholder = b"x" * (len(gbk) - 4) + b".csv"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(placeholder.decode(), _csv([["技能名称", "技能类别"], ["理发", "生活"]]))
        archive.writestr("说明.txt", b"ignored")
        archive.writestr("居民.xlsx", b"not read from a zip")
        archive.writestr("__MACOSX/._x.csv", b"\x00\x01")
    # As zip tools on Chinese Windows write a name: GBK bytes, without the UTF-8 flag.
    data = buffer.getvalue().replace(placeholder, gbk)
    upload = read(data, "x.zip")
    assert [r.values["name"] for r in upload.sheets["skills"]] == ["理发"]
    assert _codes(upload) == [("UNKNOWN_SHEET", None, "居民.xlsx", "居民.xlsx")]


def test_a_description_row_is_skipped_only_when_it_is_the_templates() -> None:
    name, category = BY_KEY["skills"].columns
    described = _csv([["技能名称", "技能类别"], [description(name), description(category)], ["理发", "生活"]])
    assert [r.number for r in read(described, "skills.csv").sheets["skills"]] == [3]
    other = _csv([["技能名称", "技能类别"], ["必填：别的", ""], ["理发", "生活"]])
    assert [r.number for r in read(other, "skills.csv").sheets["skills"]] == [2, 3]
