"""One run's figures from the samples the load process wrote: nearest-rank percentiles over the measured window."""

from __future__ import annotations

import json
import math
from pathlib import Path

from benchmarks.performance.results import Latency


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def summarise(samples_file: Path) -> Latency:
    data = json.loads(samples_file.read_text(encoding="utf-8"))
    window_start, window_end = data["times"]["window_start"], data["times"]["window_end"]
    kept = [s for s in data["samples"] if window_start <= s[0] <= window_end]
    ok = [s[1] for s in kept if s[2]]
    seconds = max(window_end - window_start, 1e-9)
    errors = [s[3] for s in kept if not s[2]]
    cpu_s = data.get("api_cpu_s")
    return Latency(
        p50_ms=percentile(ok, 0.50),
        p99_ms=percentile(ok, 0.99),
        rps=len(ok) / seconds,
        requests=len(ok),
        errors=len(errors),
        seconds=seconds,
        first_error=errors[0][:300] if errors else "",
        # The API processes' CPU over the window, per request completed in it (B only: A does not call the API).
        cpu_ms=cpu_s * 1000 / len(kept) if cpu_s is not None and kept else math.nan,
    )
