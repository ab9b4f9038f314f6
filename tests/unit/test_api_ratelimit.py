"""The rate limiter alone, in memory: budgets per subject and per address, refusals with the time to wait."""

from __future__ import annotations

import pytest

from api.ratelimit import RateLimiter, rates


def limiter(signed_in: str = "3/minute", anonymous: str = "2/minute") -> RateLimiter:
    return RateLimiter(None, rates(signed_in), rates(anonymous))


async def outcomes(limit: RateLimiter, n: int, subject: str | None, address: str = "10.0.0.1") -> list[bool]:
    return [await limit.hit(subject, address) is None for _ in range(n)]


async def test_a_subject_gets_its_budget_then_refusals() -> None:
    limit = limiter()
    assert await outcomes(limit, 5, "jf-p38") == [True, True, True, False, False]
    refusal = await limit.hit("jf-p38", "10.0.0.1")
    assert refusal is not None and 1 <= refusal.retry_after <= 60
    assert refusal.message == f"too many requests: at most 3 per 1 minute; retry after {refusal.retry_after} s"


async def test_budgets_are_per_subject_and_per_address() -> None:
    limit = limiter()
    assert await outcomes(limit, 4, "a") == [True, True, True, False]
    assert await outcomes(limit, 4, "b") == [True, True, True, False]  # another token, the same address
    assert await outcomes(limit, 3, None, "10.0.0.1") == [True, True, False]  # anonymous: by address
    assert await outcomes(limit, 3, None, "10.0.0.2") == [True, True, False]


async def test_every_window_must_allow() -> None:
    limit = limiter(signed_in="3/hour;2/day")
    assert await outcomes(limit, 3, "a") == [True, True, False]  # the day's window refuses the third
    refusal = await limit.hit("a", "x")
    assert refusal is not None and str(refusal.limit) == "2 per 1 day"


@pytest.mark.parametrize("text", ["", "  "])
async def test_an_empty_rate_is_no_limit(text: str) -> None:
    limit = limiter(signed_in=text, anonymous=text)
    assert await outcomes(limit, 50, "a") == [True] * 50
    assert await outcomes(limit, 50, None) == [True] * 50


async def test_an_unreachable_redis_lets_requests_through() -> None:
    limit = RateLimiter("redis://127.0.0.1:1/0", rates("1/minute"), rates("1/minute"))
    assert await outcomes(limit, 3, "a") == [True, True, True]
    await limit.close()
