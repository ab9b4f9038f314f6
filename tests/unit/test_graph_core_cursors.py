"""Page cursors: a round trip, and a cursor of another order or a tampered one refused."""

from __future__ import annotations

from datetime import date

import pytest

from graph.core import cursors
from graph.core.errors import InvalidInput


def test_cursor_round_trip_and_tampering() -> None:
    c = cursors.encode("heldOn", date(2023, 5, 1), "m-1")
    assert cursors.decode(c, "heldOn", "after") == (date(2023, 5, 1), "m-1")
    with pytest.raises(InvalidInput) as wrong_key:
        cursors.decode(c, "id", "after")
    assert wrong_key.value.argument == "after"
    with pytest.raises(InvalidInput):
        cursors.decode("not a cursor!", "id", "before")
