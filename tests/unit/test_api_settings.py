"""Settings: production refuses the development token secret or a short one."""

from __future__ import annotations

import pytest

from api.settings import DEV_SECRET, Settings


def test_production_refuses_the_default_or_a_short_secret() -> None:
    with pytest.raises(ValueError, match="AUTH_SECRET"):
        Settings(APP_ENV="production", AUTH_SECRET=DEV_SECRET)
    with pytest.raises(ValueError, match="AUTH_SECRET"):
        Settings(APP_ENV="production", AUTH_SECRET="short")
    assert Settings(APP_ENV="production", AUTH_SECRET="x" * 40).env == "production"
    assert Settings(APP_ENV="production", AUTH_JWKS_URL="https://idp.example/jwks.json").auth_jwks_url


def test_a_refused_setting_is_never_echoed() -> None:
    rejected = "not-long-enough-but-secret-0123"
    with pytest.raises(ValueError) as refused:
        Settings(APP_ENV="production", AUTH_SECRET=rejected)
    assert "AUTH_SECRET of at least 32 random characters" in str(refused.value)
    assert rejected[-8:] not in str(refused.value) and "secret-0" not in str(refused.value)


@pytest.mark.parametrize("name", ["RATE_LIMIT", "RATE_LIMIT_ANONYMOUS"])
def test_a_rate_that_does_not_parse_refuses_to_start(name: str) -> None:
    with pytest.raises(ValueError, match=f"{name} must read like 600/minute"):
        Settings(**{name: "lots"})  # type: ignore[arg-type]  # by alias, like the environment
    assert Settings(**{name: "10/second;600/minute"}) and Settings(**{name: ""})  # type: ignore[arg-type]
