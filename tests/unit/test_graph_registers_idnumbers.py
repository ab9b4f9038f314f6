"""Resident identity numbers alone: the check digit, every one-character slip caught, the birth date and the sex."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.registers import idnumbers

TODAY = date(2026, 12, 4)


def build(region: str, born: date, sequence: int) -> str:
    body = f"{region}{born:%Y%m%d}{sequence:03d}"
    return body + idnumbers.check_digit(body)


numbers = st.builds(
    build,
    st.text("0123456789", min_size=6, max_size=6),
    st.dates(date(1900, 1, 1), TODAY),
    st.integers(0, 999),
)


def test_the_standards_own_examples_pass() -> None:
    # GB 11643-1999's worked example ends in X; the template's example is a man born 1958-03-15.
    assert idnumbers.check_digit("11010519491231002") == "X"
    assert idnumbers.problem("11010519491231002X", TODAY) is None
    assert idnumbers.problem("500102195803150037", TODAY) is None
    assert idnumbers.birth_date("500102195803150037") == date(1958, 3, 15)
    assert idnumbers.gender("500102195803150037") == "MALE"
    assert idnumbers.gender("11010519491231002X") == "FEMALE"


@settings(max_examples=300, deadline=None)
@given(numbers)
def test_every_built_number_passes_and_says_its_birth_date_and_sex(number: str) -> None:
    assert idnumbers.problem(number, TODAY) is None
    assert idnumbers.birth_date(number) == date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    assert idnumbers.gender(number) == ("MALE" if int(number[16]) % 2 else "FEMALE")


@settings(max_examples=100, deadline=None)
@given(numbers)
def test_every_single_character_change_fails(number: str) -> None:
    for place in range(18):
        for other in "0123456789X" if place == 17 else "0123456789":
            if other == number[place]:
                continue
            changed = number[:place] + other + number[place + 1 :]
            assert idnumbers.problem(changed, TODAY) is not None, (number, changed)


@pytest.mark.parametrize(
    "number",
    [
        "50010219580315003",  # 17 characters
        "5001021958031500377",  # 19
        "50010219580315003x",  # lower-case x: values.py upper-cases before asking
        "5001021958031500X7",  # X not last
        "500102195803１50037",  # a full-width digit
        "",
    ],
)
def test_a_number_of_the_wrong_shape_is_refused_as_such(number: str) -> None:
    assert idnumbers.problem(number, TODAY) == "BAD_ID_NUMBER"


def test_a_wrong_check_digit_is_named() -> None:
    assert idnumbers.problem("500102195803150031", TODAY) == "ID_CHECK_DIGIT"


def test_an_impossible_or_future_birth_date_is_refused_even_with_the_right_check_digit() -> None:
    assert idnumbers.problem(build("500102", TODAY, 1), TODAY) is None
    assert idnumbers.problem(build("500102", TODAY + timedelta(days=1), 1), TODAY) == "ID_BAD_BIRTH_DATE"
    body = "50010219580230003"  # 30 February
    assert idnumbers.birth_date(body + "0") is None
    assert idnumbers.problem(body + idnumbers.check_digit(body), TODAY) == "ID_BAD_BIRTH_DATE"
