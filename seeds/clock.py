"""The seed data's calendar: the twelve months up to the article (27 Oct 2023), in China Standard Time."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8), "CST")
WINDOW_START = datetime(2022, 11, 1, 8, 0, tzinfo=CST)
NOW = datetime(2023, 10, 26, 18, 0, tzinfo=CST)
TODAY = NOW.date()
YEAR = 2023
# The first month of the window, so month offsets 0..11 run from November 2022 to October 2023.
FIRST_MONTH = (2022, 11)


def between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A moment in [start, end) to the minute, during waking hours so reports look like real ones."""
    span = max(1, int((end - start).total_seconds() // 60))
    moment = start + timedelta(minutes=rng.randrange(span))
    if not 7 <= moment.hour < 22:
        moment = moment.replace(hour=rng.randrange(8, 21))
    return min(max(moment, start), end - timedelta(minutes=1))


def later(rng: random.Random, start: datetime, min_hours: float, max_hours: float) -> datetime:
    """A moment some hours after `start`, never after NOW (nothing in the data lies in the future)."""
    moment = start + timedelta(hours=rng.uniform(min_hours, max_hours))
    return min(moment, NOW)


def month(offset: int) -> tuple[int, int]:
    """(year, month) of the window's month `offset` (0 = November 2022)."""
    year, first = FIRST_MONTH
    index = first - 1 + offset % 12
    return year + index // 12, index % 12 + 1


def day_in_month(rng: random.Random, offset: int, first_day: int = 8, last_day: int = 24) -> date:
    year, mon = month(offset)
    return date(year, mon, rng.randint(first_day, last_day))


def spread(count: int) -> list[int]:
    """Month offsets for `count` monthly occasions: one a month when 12, evenly spaced when fewer, cycling when more."""
    if count <= 12:
        return [i * 12 // count for i in range(count)]
    return [i % 12 for i in range(count)]
