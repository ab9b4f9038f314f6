"""Tokens for tests: every app the suite builds verifies with TEST_SECRET."""

from __future__ import annotations

from pydantic import SecretStr

from api.auth import mint
from api.settings import Settings

TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789"
_SETTINGS = Settings.model_construct(auth_secret=SecretStr(TEST_SECRET))


def bearer(person_id: str, *roles: str, unit: str | None = None, hours: float = 12) -> dict[str, str]:
    """The Authorization header of a token for `person_id` holding `roles`, valid for `hours`."""
    return {"Authorization": f"Bearer {mint(_SETTINGS, person_id, roles, unit, hours)}"}


# Reads in tests that are not about access run as a community administrator.
ADMIN = bearer("admin-test", "admin")
