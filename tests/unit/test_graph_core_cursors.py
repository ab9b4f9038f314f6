"""Page cursors are sealed: a round trip, nothing of the row readable in any decoding, and a cursor of another order,
a tampered one or one made under another key refused as the caller's bad input."""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime

import pytest

from graph.core.cursors import Cursors
from graph.core.errors import InvalidInput

KEY = "k" * 40


def _decodings(cursor: str) -> list[bytes]:
    """Every way a curious client might read a cursor: as is, and through each base64 alphabet and padding."""
    out = [cursor.encode()]
    padded = cursor + "=" * (-len(cursor) % 4)
    for decode in (base64.urlsafe_b64decode, base64.b64decode, base64.b32decode, base64.b16decode):
        try:
            out.append(decode(padded))
        except (binascii.Error, ValueError):
            continue
    return out


def test_cursor_round_trip_and_other_orderings() -> None:
    cursors = Cursors(KEY)
    c = cursors.encode("heldOn", date(2023, 5, 1), "m-1")
    assert cursors.decode(c, "heldOn", "after") == (date(2023, 5, 1), "m-1")
    at = datetime(2023, 5, 1, 8, 30)
    assert cursors.decode(cursors.encode("at", at, "e-2"), "at", "after") == (at, "e-2")
    assert cursors.decode(cursors.encode("closedAt", None, "e-3"), "closedAt", "before") == (None, "e-3")
    with pytest.raises(InvalidInput) as wrong_key:
        cursors.decode(c, "id", "after")
    assert wrong_key.value.argument == "after"
    with pytest.raises(InvalidInput):
        cursors.decode("not a cursor!", "id", "before")


@pytest.mark.parametrize("value", ["3-2-1501", "13812345678", "王小明", 1958, date(1958, 3, 14)])
def test_a_cursor_shows_nothing_of_its_row(value: object) -> None:
    cursor = Cursors(KEY).encode("room", value, "jf-h17")
    shown = str(value).encode()
    for text in _decodings(cursor):
        assert shown not in text and "王".encode() not in text
        assert b"jf-h17" not in text and b"room" not in text
    # Deterministic: the same row in the same ordering is the same cursor wherever it is read; any other row is not.
    assert cursor == Cursors(KEY).encode("room", value, "jf-h17") != Cursors(KEY).encode("room", value, "jf-h18")


def test_sort_values_of_different_lengths_give_cursors_of_one_length() -> None:
    cursors = Cursors(KEY)
    assert len({len(cursors.encode("room", room, "h1")) for room in ("1", "12-3", "1-2-1501")}) == 1


def test_a_tampered_cursor_is_refused() -> None:
    cursors = Cursors(KEY)
    cursor = cursors.encode("room", "3-2-1501", "jf-h17")
    sealed = bytearray(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    for position in (0, 15, 16, len(sealed) // 2, len(sealed) - 1):  # the synthetic IV (tag), the ciphertext
        flipped = bytearray(sealed)
        flipped[position] ^= 0x01
        forged = base64.urlsafe_b64encode(bytes(flipped)).rstrip(b"=").decode()
        with pytest.raises(InvalidInput) as refused:
            cursors.decode(forged, "room", "after")
        assert refused.value.argument == "after"
    with pytest.raises(InvalidInput):
        cursors.decode(cursor[:-4], "room", "after")
    with pytest.raises(InvalidInput):
        cursors.decode(cursor * 40, "room", "after")


def test_a_cursor_made_under_another_key_is_refused() -> None:
    mine, foreign = Cursors(KEY), Cursors("another key, just as long as the first one")
    with pytest.raises(InvalidInput) as refused:
        mine.decode(foreign.encode("id", "jf-p1", "jf-p1"), "id", "before")
    assert refused.value.argument == "before"
    # A codec without a configured secret draws its own key: no other process's cursor opens.
    with pytest.raises(InvalidInput):
        Cursors().decode(Cursors().encode("id", "jf-p1", "jf-p1"), "id", "after")


def test_the_old_plain_cursors_are_refused() -> None:
    """Before they were sealed, cursors were base64 JSON: anyone could read them and forge one."""
    plain = base64.urlsafe_b64encode(b'["room","3-2-1501","jf-h17"]').decode()
    with pytest.raises(InvalidInput):
        Cursors(KEY).decode(plain, "room", "after")
