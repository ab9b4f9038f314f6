"""Every problem an import reports: its stable code and the reason a clerk reads, in Chinese and English."""

from __future__ import annotations

from typing import Any

# code → (Chinese, English). The texts name what is expected; their {placeholders} are filled by `reason`. They
# never hold a personal value: the report shows the cell itself, masked.
REASONS: dict[str, tuple[str, str]] = {
    "UNKNOWN_SHEET": ("不是可导入的台账", "not a register this import knows"),
    "REQUIRED": ("必填", "required"),
    "NOT_A_NUMBER": ("应为整数，如 3", "expected a whole number, e.g. 3"),
    "NOT_A_DATE": (
        "应为日期，如 2023-04-01、2023/4/1 或 2023年4月1日",
        "expected a date, e.g. 2023-04-01, 2023/4/1 or 2023年4月1日",
    ),
    "NO_SUCH_DATE": ("日期不存在，请核对年月日", "no such day: check the year, month and day"),
    "BAD_PHONE": (
        "应为11位手机号（如 13812345678）或带区号的座机号（如 023-72123456）",
        "expected an 11-digit mobile number (e.g. 13812345678) or a landline with its area code (e.g. 023-72123456)",
    ),
    "BAD_ID_NUMBER": (
        "应为18位居民身份证号码：17位数字，末位为数字或X",
        "expected an 18-character resident identity number: 17 digits, then a digit or X",
    ),
    "ID_CHECK_DIGIT": (
        "身份证号码校验位不符，请逐位核对",
        "the identity number's check digit does not match: a character is wrong",
    ),
    "ID_BAD_BIRTH_DATE": (
        "身份证号码第7至14位的出生日期无效或晚于今天",
        "the birth date in the identity number (characters 7 to 14) is not a valid past date",
    ),
    "ID_BIRTH_DATE_MISMATCH": (
        "与身份证号码中的出生日期不一致",
        "differs from the birth date in the identity number",
    ),
    "ID_GENDER_MISMATCH": (
        "与身份证号码不一致：号码第17位表示“{expected}”",
        "differs from the identity number: its 17th character says {expected_en}",
    ),
    "UNKNOWN_CHOICE": ("应为以下之一：{choices}", "expected one of: {choices} (or {choices_en})"),
    "DUPLICATE_ROW": ("与第{first}行重复", "repeats row {first}"),
    "UNKNOWN_REFERENCE": (
        "在本文件及社区已有的{sheets}中找不到",
        "not found in {sheets_en}, in this file or already in the community",
    ),
    "NAME_MISMATCH": (
        "与居民台账中该身份证号码的姓名不一致",
        "differs from the name the residents' register holds for this identity number",
    ),
    "OTHER_COMMUNITY": (
        "此人已登记在其他社区，请先在原社区办理迁出",
        "this person is registered in another community: move them out there first",
    ),
    "COMMUNITY_MISMATCH": ("应为当前社区的编号 {expected}", "expected the current community's id {expected}"),
    "COMMUNITY_REQUIRED": (
        "请添加“社区”工作表，或在某个社区内导入",
        "add the community sheet, or import within a community",
    ),
    "ONE_ROW_ONLY": ("“社区”工作表只能有一行", "the community sheet holds one row only"),
    "REQUIRED_WITH": ("填写“{other}”时必填", "required when {other_en} is given"),
    "REQUIRED_WHEN": ("“{other}”为“{word}”时必填", "required when {other_en} is {value} ({word})"),
    "OUT_OF_RANGE": ("应为{low}至{high}之间的整数", "expected a whole number from {low} to {high}"),
    "TOO_SMALL": ("应为不小于{low}的整数", "expected a whole number of at least {low}"),
    "DATE_ORDER": ("不能早于“{other}”", "must not be before {other_en}"),
}


class Refused(ValueError):
    """A value or a row refused: the problem's code and the details its reason text names."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(code)
        self.code = code
        self.details = details


def reason(code: str, **details: Any) -> tuple[str, str]:
    """The Chinese and English reason for `code`, its placeholders filled from `details`."""
    zh, en = REASONS[code]
    return zh.format(**details), en.format(**details)
