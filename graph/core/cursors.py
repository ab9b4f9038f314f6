"""Sealed keyset cursors: the sort keys, their values and the last row's id, encrypted and authenticated (AES-SIV)."""

from __future__ import annotations

import base64
import binascii
import json
import os
from datetime import date, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from graph.core.errors import InvalidInput

# A sort value's length would show through the ciphertext's: plaintexts are padded to a multiple of this.
PAD_TO = 64
# Longer than any cursor this codec makes (a long sort value is a few hundred characters): refused before decoding.
MAX_CURSOR_CHARS = 2048
# Binds a sealed cursor to its purpose and format: a ciphertext made for anything else does not open.
ASSOCIATED = b"grid-graph cursor v1"


def _encode_value(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_encode_value(v) for v in value]
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    return value


def _decode_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode_value(v) for v in value]
    if isinstance(value, dict) and "dt" in value:
        return datetime.fromisoformat(value["dt"])
    if isinstance(value, dict) and "d" in value:
        return date.fromisoformat(value["d"])
    return value


class Cursors:
    """Makes and opens cursors with one server key: a cursor shows nothing of the row (a sorted-by phone or room
    stays inside), and one tampered with or made under another key is refused as the caller's bad input.

    AES-SIV (RFC 5297) is deterministic: a row's cursor in one ordering is the same string wherever it is read (a
    nested page and the same page loaded on its own agree), which tells a client only what it already knows.
    `secret` is key material of any length (HKDF derives the AES-SIV key, so a secret shared with another purpose
    yields an unrelated key); None draws a random key, right for one process: its cursors die with it.
    """

    def __init__(self, secret: str | bytes | None = None) -> None:
        material = secret.encode() if isinstance(secret, str) else secret
        key = HKDF(SHA256(), length=64, salt=None, info=ASSOCIATED).derive(material or os.urandom(32))
        self._aead = AESSIV(key)

    def encode(self, key: str, value: Any, node_id: str) -> str:
        raw = json.dumps([key, _encode_value(value), node_id], ensure_ascii=False, separators=(",", ":")).encode()
        raw += b" " * (-len(raw) % PAD_TO)  # JSON ignores trailing whitespace
        sealed = self._aead.encrypt(raw, [ASSOCIATED])
        return base64.urlsafe_b64encode(sealed).rstrip(b"=").decode()

    def decode(self, cursor: str, key: str, argument: str) -> tuple[Any, str]:
        """The (sort value, id) inside a cursor made for sort key `key`; anything else is the caller's error."""
        invalid = InvalidInput(f"`{argument}` is not a valid cursor", argument)
        if len(cursor) > MAX_CURSOR_CHARS:
            raise invalid
        try:
            sealed = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            raw = self._aead.decrypt(sealed, [ASSOCIATED])
            sort_key, value, node_id = json.loads(raw)
            decoded = _decode_value(value)
        # Only this codec's own output opens, so the JSON errors are a safety net: a key leaked, a format changed.
        except (InvalidTag, binascii.Error, ValueError, TypeError, UnicodeError, RecursionError) as exc:
            raise invalid from exc
        if sort_key != key or not isinstance(node_id, str):
            raise InvalidInput(
                f"`{argument}` was made for another ordering; request the first page again",
                argument,
            )
        return decoded, node_id
