"""A cell read as its column's kind: text, whole numbers, dates, phones, identity numbers, choices and lists."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from graph.registers import idnumbers
from graph.registers.reasons import Refused
from graph.registers.records import RawValue
from graph.registers.sheets import Column

# A parser turns a non-blank cell into its stored value, or raises Refused; None when the cell is blank after all.
Parser = Callable[[RawValue], Any]

_INT = re.compile(r"[+-]?[0-9]+(?:\.0*)?")
_DATE = re.compile(
    r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]*)?)?)?"
)
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"0[0-9]{2,3}[0-9]{7,8}")
_PHONE_NOISE = str.maketrans("", "", " -\u3000\u2014\u2013\uff0d()（）")
_SEPARATORS = re.compile(r"[、，,;；]")


def text_of(raw: RawValue) -> str:
    """A cell as text: numbers a spreadsheet stored as numbers without their `.0`, dates as YYYY-MM-DD."""
    if isinstance(raw, str):
        return raw.strip()
    if raw is None:
        return ""
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat(sep=" ")
    if isinstance(raw, date):
        return raw.isoformat()
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def is_blank(raw: RawValue) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_int(raw: RawValue) -> int:
    if isinstance(raw, bool):
        raise Refused("NOT_A_NUMBER")
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        if raw.is_integer():
            return int(raw)
        raise Refused("NOT_A_NUMBER")
    text = text_of(raw)
    if _INT.fullmatch(text) is None:
        raise Refused("NOT_A_NUMBER")
    return int(text.split(".", 1)[0])


def parse_date(raw: RawValue) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise Refused("NOT_A_DATE")
    found = _DATE.fullmatch(raw.strip())
    if found is None:
        raise Refused("NOT_A_DATE")
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        raise Refused("NO_SUCH_DATE") from None


def parse_phone(raw: RawValue) -> str:
    """Digits only, the +86 (or 0086) prefix dropped: 13812345678, 02372123456."""
    text = text_of(raw).translate(_PHONE_NOISE)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if _MOBILE.fullmatch(text) is None and _LANDLINE.fullmatch(text) is None:
        raise Refused("BAD_PHONE")
    return text


def normal_id(raw: RawValue) -> str:
    """An identity number as stored: no spaces, X upper-case."""
    return "".join(text_of(raw).split()).upper()


def id_parser(today: date) -> Parser:
    def parse_id(raw: RawValue) -> str:
        number = normal_id(raw)
        code = idnumbers.problem(number, today)
        if code is not None:
            raise Refused(code)
        return number

    return parse_id


def split(raw: RawValue) -> list[str]:
    """The parts of a list cell, trimmed, empty parts dropped, each once in the order written."""
    parts = dict.fromkeys([part.strip() for part in _SEPARATORS.split(text_of(raw))])
    parts.pop("", None)
    return list(parts)


def _lookup(column: Column) -> Callable[[str], str]:
    choices = column.choices or {}
    table = {word: value for value, word in choices.items()} | {value.upper(): value for value in choices}
    words, values = "、".join(choices.values()), ", ".join(choices)

    def stored(text: str) -> str:
        value = table.get(text) or table.get(text.upper())
        if value is None:
            raise Refused("UNKNOWN_CHOICE", choices=words, choices_en=values, part=text)
        return value

    return stored


def parser(column: Column, today: date) -> Parser:
    """The parser of `column`'s kind; list kinds give None when every part is empty."""
    kind = column.kind
    if kind == "enum":
        stored = _lookup(column)
        return lambda raw: stored(text_of(raw))
    if kind == "enums":
        stored = _lookup(column)
        return lambda raw: list(dict.fromkeys(stored(part) for part in split(raw))) or None
    if kind == "names":
        return lambda raw: split(raw) or None
    if kind == "id_number":
        return id_parser(today)
    return {"text": text_of, "int": parse_int, "date": parse_date, "phone": parse_phone}[kind]
