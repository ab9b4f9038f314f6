"""The problems of a file as a whole (its sheets and headers), with their reasons in Chinese and English."""

from __future__ import annotations

from graph.registers import BY_KEY, Problem

UNKNOWN_SHEET = "UNKNOWN_SHEET"
DUPLICATE_SHEET = "DUPLICATE_SHEET"
UNKNOWN_COLUMN = "UNKNOWN_COLUMN"
MISSING_COLUMN = "MISSING_COLUMN"
DUPLICATE_COLUMN = "DUPLICATE_COLUMN"

_SHEET_NAMES = "、".join(s.zh for s in BY_KEY.values())

# code → (Chinese, English); {value} is what the file says, {sheet} the register's Chinese name, {column} and
# {key} the column's Chinese header and English key.
REASONS: dict[str, tuple[str, str]] = {
    UNKNOWN_SHEET: (
        f"无法识别的工作表或文件“{{value}}”：名称应为台账名称（{_SHEET_NAMES}）或其英文名（如 residents）",
        "Unknown sheet or file “{value}”: name it by a register's Chinese name (e.g. 居民) or English key "
        "(e.g. residents)",
    ),
    DUPLICATE_SHEET: (
        "台账“{sheet}”出现了不止一次（“{value}”），只读取了第一个",
        "The register {sheet} appears more than once (“{value}”); only the first was read",
    ),
    UNKNOWN_COLUMN: (
        "无法识别的列“{value}”：表头应为模板中的列名（中文或英文）",
        "Unknown column “{value}”: a header must be one of the template's (Chinese or English)",
    ),
    MISSING_COLUMN: ("缺少必填列“{column}”", "The required column {key} ({column}) is missing"),
    DUPLICATE_COLUMN: (
        "列“{column}”出现了不止一次（“{value}”），只读取了第一列",
        "The column {key} ({column}) appears more than once (“{value}”); only the first was read",
    ),
}


def problem(code: str, sheet: str, value: str, column: str | None = None) -> Problem:
    """A problem of the file: `sheet` is the register's key (or the unknown name as found), `column` a column key."""
    register = BY_KEY.get(sheet)
    known = register.column(column) if register is not None and column is not None else None
    fields = {
        "value": value,
        "sheet": register.zh if register is not None else sheet,
        "column": known.zh if known is not None else (column or ""),
        "key": column or "",
    }
    zh, en = REASONS[code]
    return Problem(sheet, None, column, value, code, zh.format(**fields), en.format(**fields))
