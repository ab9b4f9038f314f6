"""Settings: production refuses the development token secret or a short one, and needs a key for page cursors."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from api.settings import DEV_SECRET, Settings


def test_production_refuses_the_default_or_a_short_secret() -> None:
    with pytest.raises(ValueError, match="AUTH_SECRET"):
        Settings(APP_ENV="production", AUTH_SECRET=DEV_SECRET)
    with pytest.raises(ValueError, match="AUTH_SECRET"):
        Settings(APP_ENV="production", AUTH_SECRET="short")
    assert Settings(APP_ENV="production", AUTH_SECRET="x" * 40).env == "production"
    jwks = "https://idp.example/jwks.json"
    assert Settings(APP_ENV="production", AUTH_JWKS_URL=jwks, CURSOR_KEY="c" * 32).auth_jwks_url


def test_a_refused_setting_is_never_echoed() -> None:
    rejected = "not-long-enough-but-secret-0123"
    with pytest.raises(ValueError) as refused:
        Settings(APP_ENV="production", AUTH_SECRET=rejected)
    assert "AUTH_SECRET of at least 32 random characters" in str(refused.value)
    assert rejected[-8:] not in str(refused.value) and "secret-0" not in str(refused.value)


def test_cursors_are_sealed_with_a_configured_key_in_production() -> None:
    jwks = "https://idp.example/jwks.json"
    with pytest.raises(ValueError, match="CURSOR_KEY"):
        Settings(APP_ENV="production", AUTH_JWKS_URL=jwks)
    with pytest.raises(ValueError, match="CURSOR_KEY"):
        Settings(APP_ENV="production", AUTH_JWKS_URL=jwks, AUTH_SECRET="short")
    with pytest.raises(ValueError, match="CURSOR_KEY"):
        Settings(CURSOR_KEY="short")
    assert Settings(APP_ENV="production", AUTH_JWKS_URL=jwks, CURSOR_KEY="c" * 32).cursor_secret == "c" * 32
    # With a token secret production accepts, cursors need no key of their own (HKDF derives an unrelated one).
    assert Settings(APP_ENV="production", AUTH_SECRET="s" * 40).cursor_secret == "s" * 40


def test_development_without_a_key_draws_one_per_process() -> None:
    first, second = Settings(), Settings()
    assert first.cursor_key_per_process
    assert first.cursor_secret == second.cursor_secret != DEV_SECRET
    assert len(first.cursor_secret) >= 32


@pytest.mark.parametrize("name", ["RATE_LIMIT", "RATE_LIMIT_ANONYMOUS"])
def test_a_rate_that_does_not_parse_refuses_to_start(name: str) -> None:
    with pytest.raises(ValueError, match=f"{name} must read like 600/minute"):
        Settings(**{name: "lots"})  # type: ignore[arg-type]  # by alias, like the environment
    assert Settings(**{name: "10/second;600/minute"}) and Settings(**{name: ""})  # type: ignore[arg-type]


def test_a_worker_may_be_given_longer_to_answer_uvicorns_ping() -> None:
    assert Settings().worker_healthcheck_s == 5  # uvicorn's own
    assert Settings(WORKER_HEALTHCHECK_TIMEOUT="120").worker_healthcheck_s == 120
    with pytest.raises(ValidationError):
        Settings(WORKER_HEALTHCHECK_TIMEOUT="0")
