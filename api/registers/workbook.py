"""The register workbook written by openpyxl: the 说明 sheet, and each register's header, description row and rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from api.registers.layout import EXPORT_MARK, INSTRUCTIONS, SEPARATOR, description, display_width, words
from graph.registers import SHEETS, Column, RawValue, Sheet

FIRST_ROW = 3  # the first row a clerk fills in (after the header and the description row)
VALIDATED_ROWS = 5000  # dropdowns reach this far (further when an export has more rows)
# Typed as text so Excel keeps an ID number's 18 digits, a phone's or a room's leading zero, a code as written.
TEXT_KINDS = ("text", "names", "id_number", "phone")
DESCRIPTION_FONT = Font(italic=True, color="808080")
BOLD = Font(bold=True)

_HOW_TO = (
    (
        "每个工作表是一本台账：第1行是表头（请勿修改），第2行是填写说明（灰色，导入时跳过），"
        "第3行是示例（原样保留时导入时跳过）。请从第3行或第4行起逐行填写，不需要的工作表可以删除或留空。",
        "Each sheet is one register: row 1 the headers (keep them), row 2 how to fill each column (grey, skipped "
        "on import), row 3 an example (skipped on import when left as it is). Enter one row per record from row 3 "
        "or 4; delete or leave empty the sheets you do not need.",
    ),
    (
        "表头可写中文列名或英文列名（如 name），工作表名可写中文名或英文名（如 residents）。"
        "鼠标停在表头上可看到每列的说明。",
        "A header may be the Chinese or the English column name (e.g. name), a sheet name the Chinese or the "
        "English name (e.g. residents). Hover over a header for the column's help.",
    ),
    (
        "有下拉列表的列请从列表中选择；可填多个值的列用顿号“、”分隔；日期写作 2023-03-15；身份证号和电话按文本填写。",
        "Pick from the dropdown where a column has one; separate several values with 、; write dates as "
        "2023-03-15; ID numbers and phone numbers are text.",
    ),
    (
        "也可以每本台账存一个 CSV 文件（UTF-8 或 GB18030 编码，文件名为台账名，如 居民.csv 或 residents.csv），"
        "多个 CSV 可打包成一个 zip 上传。",
        "Each register may also be a CSV file (UTF-8 or GB18030, named after the register: 居民.csv or "
        "residents.csv); zip several CSV files to upload them together.",
    ),
)


def new_book(title_zh: str, title_en: str, *, exported: bool = False) -> Workbook:
    """A workbook holding only its 说明 sheet: the title, how to fill it in, and the registers it has."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one sheet
    sheet.title = INSTRUCTIONS
    sheet.append([f"{title_zh} / {title_en}"])
    sheet["A1"].font = Font(bold=True, size=14)
    for zh, en in _HOW_TO:
        sheet.append([])
        sheet.append([zh])
        sheet.append([en])
    sheet.append([])
    sheet.append(["工作表", "sheet", "必填列 / required columns"])
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    for register in SHEETS:
        sheet.append([register.zh, register.key, "、".join(c.zh for c in register.columns if c.required)])
    for letter, width in (("A", 16), ("B", 14), ("C", 60)):
        sheet.column_dimensions[letter].width = width
    if exported:
        book.properties.category = EXPORT_MARK
    return book


def add_register(book: Workbook, register: Sheet, rows: Iterable[Sequence[RawValue]]) -> Worksheet:
    """A register's sheet: headers with their help, the description row, then `rows` (cells in column order)."""
    sheet: Worksheet = book.create_sheet(register.zh)
    sheet.append([c.zh for c in register.columns])
    sheet.append([description(c) for c in register.columns])
    for row in rows:
        sheet.append(list(row))
    for index, column in enumerate(register.columns, start=1):
        _style_column(sheet, index, column, max(sheet.max_row, VALIDATED_ROWS))
    sheet.freeze_panes = f"A{FIRST_ROW}"
    return sheet


def _style_column(sheet: Worksheet, index: int, column: Column, last: int) -> None:
    letter = get_column_letter(index)
    header, help_row = sheet.cell(1, index), sheet.cell(2, index)
    header.font = BOLD
    header.comment = Comment(_help(column), "grid-graph", height=160, width=320)
    help_row.font = DESCRIPTION_FONT
    values = [sheet.cell(row, index).value for row in range(FIRST_ROW, min(sheet.max_row, 50) + 1)]
    widest = max(display_width(v) for v in [column.zh, help_row.value, *values] if v is not None)
    sheet.column_dimensions[letter].width = min(max(widest + 2, 8), 60)
    if column.kind in TEXT_KINDS:
        sheet.column_dimensions[letter].number_format = "@"
    for row in range(FIRST_ROW, sheet.max_row + 1):
        cell = sheet.cell(row, index)
        if column.kind in TEXT_KINDS:
            cell.number_format = "@"
        elif isinstance(cell.value, date):
            cell.number_format = "yyyy-mm-dd"
    if column.kind == "enum":
        dropdown = DataValidation(type="list", formula1='"' + ",".join(words(column)) + '"', allow_blank=True)
        dropdown.error, dropdown.errorTitle, dropdown.showErrorMessage = "请从下拉列表中选择", "无效的值", True
        dropdown.add(f"{letter}{FIRST_ROW}:{letter}{last}")
        sheet.add_data_validation(dropdown)


def _help(column: Column) -> str:
    lines = [f"{column.zh}（{'必填' if column.required else '选填'}）"]
    lines += [line for line in (column.help_zh, column.help_en) if line]
    lines.append(f"English header: {column.key}")
    if column.choices:
        several = "（可多选，用顿号分隔）" if column.kind == "enums" else ""
        lines.append(f"可选{several}：" + SEPARATOR.join(words(column)))
    return "\n".join(lines)
