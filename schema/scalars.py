"""DateTime: ISO 8601, where a time without an offset (or a date alone) is read in the community's time zone."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import strawberry
from graphql import GraphQLError
from strawberry.types.scalar import ScalarDefinition

from schema.errors import BAD_USER_INPUT

# The community's time zone (COMMUNITY_TIMEZONE): set once at start by api.app.create_app.
_ZONE: list[ZoneInfo] = [ZoneInfo("Asia/Shanghai")]


def use_time_zone(name: str) -> None:
    _ZONE[0] = ZoneInfo(name)


def parse_datetime(value: object) -> datetime.datetime:
    """A point in time: one with an offset as given; a local date-time or a date at the community's local time.

    A value without an offset compared with the graph's zoned times would match nothing at all (Neo4j compares
    a local date-time with a zoned one as null), so it is never passed on as it is.
    """
    if isinstance(value, datetime.datetime):
        found = value
    elif isinstance(value, str):
        try:
            found = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            raise GraphQLError(
                "not a date-time: give ISO 8601, e.g. 2023-06-01, 2023-06-01T08:00 or 2023-06-01T08:00:00+08:00",
                extensions={"code": BAD_USER_INPUT},
            ) from None
    else:
        raise GraphQLError("a date-time is given as an ISO 8601 string", extensions={"code": BAD_USER_INPUT})
    if found.tzinfo is not None:
        given = found.utcoffset()
        if given is not None and given % datetime.timedelta(minutes=1):
            # Bolt carries offsets in whole minutes: the driver would fail on this one.
            raise GraphQLError(
                "a date-time's offset is whole minutes, e.g. +08:00", extensions={"code": BAD_USER_INPUT}
            )
        return _in_range(found)
    # The zone's offset at that moment as a fixed offset: the driver packs those as given offsets do (a ZoneInfo
    # sent as it is crashed the driver's native packing). Before standard time a zone's offset is local mean time
    # (Shanghai's was +08:05:43), which Bolt cannot carry: it is cut to whole minutes.
    offset = found.replace(tzinfo=_ZONE[0]).utcoffset()
    assert offset is not None
    return _in_range(found.replace(tzinfo=datetime.timezone(offset - offset % datetime.timedelta(minutes=1))))


def _in_range(found: datetime.datetime) -> datetime.datetime:
    """The value, if its instant is one the driver can send: in UTC between the years 1 and 9999."""
    try:
        found.astimezone(datetime.UTC)
    except OverflowError:
        raise GraphQLError(
            "a date-time is between the years 1 and 9999 in UTC", extensions={"code": BAD_USER_INPUT}
        ) from None
    return found


DateTime = strawberry.scalar(
    name="DateTime",
    description=(
        "A point in time, ISO 8601. Answers always carry an offset (2023-06-01T08:30:00+08:00). Given without an "
        "offset (2023-06-01T08:30) or as a date alone (2023-06-01, midnight), it is read in the community's time "
        "zone (the COMMUNITY_TIMEZONE setting, Asia/Shanghai by default). Anything else is BAD_USER_INPUT."
    ),
    serialize=lambda value: value.isoformat(),
    parse_value=parse_datetime,
)

# Every datetime.datetime of the schema's Python types is this scalar (StrawberryConfig.scalar_map).
SCALAR_MAP: dict[object, ScalarDefinition] = {datetime.datetime: DateTime}
