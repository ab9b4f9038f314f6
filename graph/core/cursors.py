"""Opaque keyset cursors: the sort key's value and the id of the last row seen."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date, datetime
from typing import Any

from graph.core.errors import InvalidInput


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict) and "dt" in value:
        return datetime.fromisoformat(value["dt"])
    if isinstance(value, dict) and "d" in value:
        return date.fromisoformat(value["d"])
    return value


def encode(key: str, value: Any, node_id: str) -> str:
    raw = json.dumps([key, _encode_value(value), node_id], ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode()


def decode(cursor: str, key: str, argument: str) -> tuple[Any, str]:
    """The (sort value, id) inside a cursor made for sort key `key`; anything else is the caller's error."""
    try:
        sort_key, value, node_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        decoded = _decode_value(value)
    # RecursionError: JSON nested deeper than the parser goes ("[[[[…"), which only a forged cursor is.
    except (binascii.Error, ValueError, TypeError, UnicodeError, RecursionError) as exc:
        raise InvalidInput(f"`{argument}` is not a valid cursor", argument) from exc
    if sort_key != key or not isinstance(node_id, str):
        raise InvalidInput(
            f"`{argument}` was made for another ordering; request the first page again",
            argument,
        )
    return decoded, node_id
