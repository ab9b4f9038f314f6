"""Cells read as their column's kind: what each kind accepts, what it stores, and the code of what it refuses."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from graph.registers import BY_KEY, RawValue
from graph.registers.reasons import Refused
from graph.registers.sheets import Column
from graph.registers.values import parser, split, text_of

TODAY = date(2026, 12, 4)


def parse(column: Column, raw: RawValue) -> Any:
    return parser(column, TODAY)(raw)


def refused(column: Column, raw: RawValue) -> str:
    with pytest.raises(Refused) as caught:
        parse(column, raw)
    return caught.value.code


TEXT = Column("t", "文", "text")
INT = Column("n", "数", "int")
DATE = Column("d", "日", "date")
PHONE = Column("p", "电话", "phone")
ID = Column("i", "号", "id_number")
GENDER = BY_KEY["residents"].column("gender")
JOINT = BY_KEY["units"].column("jointCreations")
NAMES = Column("s", "名", "names")


def test_text_is_trimmed_and_a_number_cell_loses_its_point_zero() -> None:
    assert parse(TEXT, "  峰顺苑1栋 ") == "峰顺苑1栋"
    assert parse(TEXT, 302.0) == "302"
    assert parse(TEXT, 302) == "302"
    assert parse(TEXT, date(2023, 4, 1)) == "2023-04-01"


@pytest.mark.parametrize(("raw", "stored"), [(3, 3), (3.0, 3), ("3", 3), (" 3 ", 3), ("3.0", 3), ("-2", -2)])
def test_a_whole_number_in_any_dress_is_accepted(raw: RawValue, stored: int) -> None:
    assert parse(INT, raw) == stored


@pytest.mark.parametrize("raw", [3.5, "3.5", "三", "3人", True, "1e3", date(2023, 4, 1)])
def test_anything_else_is_not_a_number(raw: RawValue) -> None:
    assert refused(INT, raw) == "NOT_A_NUMBER"


@pytest.mark.parametrize(
    "raw",
    [
        "2023-04-01",
        "2023/4/1",
        "2023年4月1日",
        "2023.04.01",
        "2023-04-01 00:00:00",
        date(2023, 4, 1),
        datetime(2023, 4, 1, 9, 30),
    ],
)
def test_dates_as_clerks_write_them(raw: RawValue) -> None:
    assert parse(DATE, raw) == date(2023, 4, 1)


def test_a_date_that_is_not_one_or_does_not_exist() -> None:
    assert refused(DATE, "4月1日") == "NOT_A_DATE"
    assert refused(DATE, "yesterday") == "NOT_A_DATE"
    assert refused(DATE, 45017) == "NOT_A_DATE"
    assert refused(DATE, "2023-02-30") == "NO_SUCH_DATE"
    assert refused(DATE, "2023/13/1") == "NO_SUCH_DATE"


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        (13812345678, "13812345678"),
        (13812345678.0, "13812345678"),
        ("023-72123456", "02372123456"),
        ("02372123456", "02372123456"),
        ("010-1234567", "0101234567"),
        ("0571 8888 8888", "057188888888"),
    ],
)
def test_mobiles_and_landlines_are_stored_without_spaces(raw: RawValue, stored: str) -> None:
    assert parse(PHONE, raw) == stored


@pytest.mark.parametrize("raw", ["12812345678", "1381234567", "138123456789", "72123456", "023-721234", "电话"])
def test_a_number_that_is_neither_is_a_bad_phone(raw: RawValue) -> None:
    assert refused(PHONE, raw) == "BAD_PHONE"


def test_an_identity_number_is_stored_upper_case_without_spaces() -> None:
    assert parse(ID, " 110105 19491231 002x ") == "11010519491231002X"
    assert parse(ID, 500102195803150037) == "500102195803150037"
    assert refused(ID, "500102195803150031") == "ID_CHECK_DIGIT"
    assert refused(ID, "5001021958") == "BAD_ID_NUMBER"


def test_a_choice_is_its_word_or_its_stored_value_in_any_case() -> None:
    assert parse(GENDER, "女") == "FEMALE"
    assert parse(GENDER, " female ") == "FEMALE"
    assert parse(GENDER, "MALE") == "MALE"
    with pytest.raises(Refused) as caught:
        parse(GENDER, "未知")
    assert caught.value.code == "UNKNOWN_CHOICE"
    assert caught.value.details["choices"] == "男、女"


def test_a_list_is_split_on_every_separator_and_its_choices_stored() -> None:
    assert split("水电维修、陪伴探访，理发,  ;；法律咨询 ") == ["水电维修", "陪伴探访", "理发", "法律咨询"]
    assert parse(NAMES, "JF-01、JF-01、JF-02") == ["JF-01", "JF-02"]
    assert parse(NAMES, "、 ，") is None
    assert parse(JOINT, "思想工作联做、public_welfare") == ["IDEOLOGY", "PUBLIC_WELFARE"]
    with pytest.raises(Refused) as caught:
        parse(JOINT, "思想工作联做、环境")
    assert caught.value.details["part"] == "环境"


def test_text_of_shows_a_timed_cell_with_its_time() -> None:
    assert text_of(datetime(2023, 4, 1, 9, 30)) == "2023-04-01 09:30:00"
    assert text_of(datetime(2023, 4, 1)) == "2023-04-01"
    assert text_of(None) == ""
