"""The event SLA clock and light, pure: a clock for every open state, the light's boundaries, stage times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from graph.events import flow as sm
from graph.events import sla


def test_every_open_state_has_a_clock_and_terminal_ones_none() -> None:
    assert {s for s in sm.STATES if sla.stage_limit(s)} == set(sm.OPEN)
    assert set(sla.STAGES.values()) == set(sla.LIMITS)


START = datetime(2024, 1, 1, 8, tzinfo=UTC)
LIMIT = timedelta(hours=10)


@pytest.mark.parametrize(
    ("share", "expected"),
    [(0, "GREEN"), (0.79, "GREEN"), (0.80, "YELLOW"), (0.9, "YELLOW"), (1.0, "YELLOW"), (1.01, "RED"), (3, "RED")],
)
def test_the_light_at_shares_of_the_limit(share: float, expected: str) -> None:
    assert sla.light(START, LIMIT, START + LIMIT * share) == expected
    warn, due = sla.stage_times(START, 10)
    assert sla.light_at(warn, due, START + LIMIT * share) == expected


def test_stage_times_and_no_light_without_a_clock() -> None:
    assert sla.stage_times(START, 10) == (START + timedelta(hours=8), START + timedelta(hours=10))
    assert sla.stage_times(START, None) == (None, None)
    assert sla.light_at(None, None, START) is None
    assert sla.reopen_open_until(START, 7) == START + timedelta(days=7)
