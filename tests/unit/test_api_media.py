"""Accept negotiation for /graphql (pure): which of the two JSON media types a header asks for, or neither."""

from __future__ import annotations

import pytest

from api.media import GRAPHQL_RESPONSE, negotiate

NEW, OLD = GRAPHQL_RESPONSE, "application/json"


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, OLD),  # no Accept: the older type, which every client reads
        ("", OLD),
        ("*/*", OLD),
        ("application/*", OLD),
        (OLD, OLD),
        (NEW, NEW),
        (f"{NEW}, {OLD};q=0.9", NEW),
        (f"{OLD}, {NEW}", NEW),  # equally preferred: the current spec's type
        (f"{NEW};q=0.5, {OLD}", OLD),  # the higher q wins
        (f"{OLD};q=0, */*", NEW),  # the old type refused outright
        (f"{NEW};q=0, */*", OLD),
        ("text/html, application/xhtml+xml, */*;q=0.8", OLD),  # a browser
        (f"  {NEW.upper()} ; q=1 ", NEW),  # case and spaces do not matter
        ("text/html", None),
        ("text/csv, application/xml", None),
        (f"{OLD};q=0", None),
        (f"{NEW};q=0, {OLD};q=0", None),
        (f"{OLD};q=abc", None),  # a malformed q counts as 0
    ],
)
def test_negotiate(accept: str | None, media: str | None) -> None:
    assert negotiate(accept) == media
