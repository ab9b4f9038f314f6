"""Enum values with a description, typed as the plain value they stand for (so `Enum.X.value` stays a str)."""

from __future__ import annotations

from typing import cast

import strawberry


def described(text: str, description: str) -> str:
    """An enum member's value and its description; strawberry unwraps it when the enum is decorated."""
    return cast(str, strawberry.enum_value(text, description=description))
