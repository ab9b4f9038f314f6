"""Progress lines on stderr, each stamped with the seconds since the benchmark started."""

from __future__ import annotations

import sys
import time

_T0 = time.perf_counter()


def elapsed() -> float:
    return time.perf_counter() - _T0


def say(message: str) -> None:
    print(f"[{elapsed():7.1f} s] {message}", file=sys.stderr, flush=True)
