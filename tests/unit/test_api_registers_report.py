"""The problem report (pure): the list of problems, the faulty cells marked in a masked copy of the upload."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from api.registers import read, report
from api.registers.layout import description
from graph.access.masks import mask_inner, mask_name
from graph.registers import BY_KEY, Problem

RESIDENTS = BY_KEY["residents"]
# Personal values of the upload: none may appear in the report.
PEOPLE = [
    [
        "李梅",
        "女",
        "500102198001010021",
        "1980-01-01",
        "13800001111",
        "峰顺苑1栋",
        "2单元501",
        "理发",
        "510101197001010011",
    ],
    [
        "张伟",
        "男",
        "50010219900202003X",
        "1990-02-02",
        "02371234567",
        "峰顺苑2栋",
        "3单元101",
        "",
        "510101197001010022",
    ],
    ["赵强", "男", "500102200003030035", "2000-03-03", "", "", "", "", ""],
]


def _upload() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "居民"
    sheet.append([*(c.zh for c in RESIDENTS.columns), "身份证"])  # a misspelt header over ID numbers
    sheet.append([description(c) for c in RESIDENTS.columns])
    for person in PEOPLE:
        sheet.append(person)
    skills = book.create_sheet("技能")
    skills.append(["技能名称", "技能类别"])
    skills.append(["理发", "生活"])
    book.create_sheet("其他").append(["510101197001010033"])  # an unknown sheet is listed, not copied
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _problem(sheet: str, row: int | None, column: str | None, value: str, code: str) -> Problem:
    return Problem(sheet, row, column, value, code, f"{code} 原因", f"{code} reason")


def _marked(sheet: Worksheet) -> dict[str, str]:
    return {
        cell.coordinate: cell.comment.text if cell.comment else ""
        for row in sheet.iter_rows()
        for cell in row
        if cell.fill.fgColor.rgb == "00FFC7CE"
    }


def test_the_report_lists_the_problems_and_marks_exactly_their_cells(tmp_path: Path) -> None:
    data = _upload()
    upload = read(data, "居民台账.xlsx")
    problems = [
        *upload.problems,
        _problem("residents", 3, "idNumber", mask_inner("500102198001010021"), "BAD_ID_NUMBER"),
        _problem("residents", 3, "phone", mask_inner("13800001111"), "BAD_PHONE"),
        _problem("residents", 4, None, "", "DUPLICATE_ROW"),
        _problem("residents", 4, None, "", "ANOTHER_ROW_PROBLEM"),
        _problem("skills", 2, "category", "生活", "UNKNOWN_WORD"),
    ]
    assert [p.code for p in upload.problems] == ["UNKNOWN_SHEET", "UNKNOWN_COLUMN"]
    book = load_workbook(report(data, "居民台账.xlsx", problems, tmp_path / "report.xlsx"))
    assert book.sheetnames == ["问题", "居民", "技能"]

    listed = list(book["问题"].iter_rows(values_only=True))
    assert listed[0] == ("工作表 sheet", "行 row", "列 column", "值 value", "代码 code", "原因", "reason")
    assert listed[1:] == [
        ("其他", None, None, "其他", "UNKNOWN_SHEET", problems[0].zh, problems[0].en),
        ("居民", None, None, "身份证", "UNKNOWN_COLUMN", problems[1].zh, problems[1].en),
        (
            "居民",
            3,
            "公民身份号码",
            "500***********0021",
            "BAD_ID_NUMBER",
            "BAD_ID_NUMBER 原因",
            "BAD_ID_NUMBER reason",
        ),
        ("居民", 3, "联系电话", "138****1111", "BAD_PHONE", "BAD_PHONE 原因", "BAD_PHONE reason"),
        ("居民", 4, None, None, "DUPLICATE_ROW", "DUPLICATE_ROW 原因", "DUPLICATE_ROW reason"),
        ("居民", 4, None, None, "ANOTHER_ROW_PROBLEM", "ANOTHER_ROW_PROBLEM 原因", "ANOTHER_ROW_PROBLEM reason"),
        ("技能", 2, "技能类别", "生活", "UNKNOWN_WORD", "UNKNOWN_WORD 原因", "UNKNOWN_WORD reason"),
    ]

    assert _marked(book["居民"]) == {
        "I1": f"{problems[1].zh}\n{problems[1].en}",
        "C3": "BAD_ID_NUMBER 原因\nBAD_ID_NUMBER reason",
        "E3": "BAD_PHONE 原因\nBAD_PHONE reason",
        "A4": "DUPLICATE_ROW 原因\nDUPLICATE_ROW reason\nANOTHER_ROW_PROBLEM 原因\nANOTHER_ROW_PROBLEM reason",
    }
    assert _marked(book["技能"]) == {"B2": "UNKNOWN_WORD 原因\nUNKNOWN_WORD reason"}


def test_the_report_shows_no_personal_value_of_the_upload(tmp_path: Path) -> None:
    data = _upload()
    problems = [*read(data, "x.xlsx").problems, _problem("residents", 5, "name", mask_name("赵强"), "X")]
    book = load_workbook(report(data, "x.xlsx", problems, tmp_path / "report.xlsx"))
    shown = [
        str(text)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        for text in (cell.value, cell.comment.text if cell.comment else None)
        if text is not None
    ]
    personal = {value for person in PEOPLE for i in (0, 2, 3, 4, 6, 8) if (value := person[i])}
    personal.add("510101197001010033")  # on the unknown sheet
    assert [text for text in shown for value in personal if value in text] == []
    residents = list(book["居民"].iter_rows(min_row=3, values_only=True))
    assert residents[0][:5] == ("李*", "女", "500***********0021", "1*********", "138****1111")
    assert residents[0][5:] == ("峰顺苑1栋", "******", "理发", "510***********0011")
    assert [c.value for c in book["居民"][2]] == [description(c) for c in RESIDENTS.columns] + [None]
    assert list(book["技能"].iter_rows(values_only=True)) == [("技能名称", "技能类别"), ("理发", "生活")]


def test_a_csv_upload_is_reported_under_its_registers_name(tmp_path: Path) -> None:
    data = "name,category\n理发,生活活\n".encode()
    problems = [_problem("skills", 2, "category", "生活活", "UNKNOWN_WORD")]
    book = load_workbook(report(data, "skills.csv", problems, tmp_path / "report.xlsx"))
    assert book.sheetnames == ["问题", "技能"]
    assert _marked(book["技能"]) == {"B2": "UNKNOWN_WORD 原因\nUNKNOWN_WORD reason"}
