"""The report's targets table: the issue's targets, each judged met or missed from a run's figures."""

from __future__ import annotations

from benchmarks.performance.formatting import factor, ms
from benchmarks.performance.results import OpResult, Run, SizeResult


def _op(size: SizeResult, name: str) -> OpResult | None:
    return next((op for op in size.operations if op.name == name), None)


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def targets(run: Run) -> list[str]:
    """The issue's targets, judged from this run's figures (matchPlan's 10k × 5k is in matching.md)."""
    lines = ["## Targets", "", "| target | measured | verdict |", "| --- | --- | --- |"]
    for size in run.sizes:
        nested = _op(size, "nested-20")
        if nested is not None:
            b_over_a = nested.ratio("p50_ms")
            lines.append(
                f"| B ÷ A p50 ≤ 1.5, nested-20, {size.residents:,} residents | {factor(b_over_a)} "
                f"(A {ms(nested.a.p50_ms)} ms, B {ms(nested.b.p50_ms)} ms) | {_verdict(b_over_a <= 1.5)} |"
            )
    if run.sizes:
        # Per operation, its round trips at each size (a large community's plan reads its pool in chunks).
        counts: dict[str, list[str]] = {}
        for size in run.sizes:
            for op in size.operations:
                counts.setdefault(op.name, []).append(str(op.round_trips))
        trips = ", ".join(f"{name} {' / '.join(found)}" for name, found in counts.items())
        lines.append(f"| one Cypher round trip per root field | {trips} | see below |")
    small, large = (run.sizes[0], run.sizes[-1]) if len(run.sizes) > 1 else (None, None)
    if small is not None and large is not None:
        a, b = _op(small, "candidates"), _op(large, "candidates")
        if a is not None and b is not None:
            for side in ("a", "b"):
                lo, hi = getattr(a, side).p50_ms, getattr(b, side).p50_ms
                growth = hi / lo if lo else float("nan")
                lines.append(
                    f"| candidates p50 at {large.residents:,} ÷ at {small.residents:,} ≤ 1.5 ({side.upper()}) "
                    f"| {factor(growth)} ({ms(lo)} → {ms(hi)} ms; db hits {a.db_hits:,} → {b.db_hits:,}) "
                    f"| {_verdict(growth <= 1.5)} |"
                )
    for size in run.sizes:
        if size.residents >= 1_000_000:
            lines.append(
                f"| {size.residents:,} residents load in ≤ 5 min | {size.load_s:,.0f} s | {_verdict(size.load_s <= 300)} |"
            )
    lines += [
        "",
        "Where the time goes, and what would close each miss: [profiles.md](profiles.md).",
        "",
    ]
    return lines
