"""DateTime's reading of values without an offset, and its refusals."""

from __future__ import annotations

import datetime

import pytest
from graphql import GraphQLError

from schema.scalars import parse_datetime


def test_a_value_without_an_offset_takes_the_community_zone() -> None:
    assert parse_datetime("2023-06-01").isoformat() == "2023-06-01T00:00:00+08:00"
    assert parse_datetime("2023-06-01T08:30").isoformat() == "2023-06-01T08:30:00+08:00"


def test_an_offset_before_standard_time_is_cut_to_whole_minutes() -> None:
    """1900 in Asia/Shanghai is local mean time, +08:05:43: Bolt carries whole minutes only (the fuzz found it)."""
    offset = parse_datetime("1900-01-01T00:00:00").utcoffset()
    assert offset is not None and offset % datetime.timedelta(minutes=1) == datetime.timedelta(0)
    assert datetime.timedelta(hours=8) <= offset < datetime.timedelta(hours=8, minutes=6)


@pytest.mark.parametrize(
    "value", ["June 1st", "2023-06-01T00:00:00+08:05:43", "", "0001-01-01T00:00:00", "9999-12-31T23:00:00-08:00"]
)
def test_what_bolt_cannot_carry_or_is_no_date_is_bad_user_input(value: str) -> None:
    with pytest.raises(GraphQLError) as refused:
        parse_datetime(value)
    assert (refused.value.extensions or {}).get("code") == "BAD_USER_INPUT"
