"""The performance benchmark's results: their JSON form, the markdown report and the matplotlib plots."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # after use(): the backend is chosen before pyplot loads
from matplotlib.ticker import FuncFormatter, NullFormatter

OUT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks"
LATENCY_PNG = "performance-latency.png"
RATIO_PNG = "performance-ratio.png"


@dataclass
class Latency:
    """One side of one operation under locust: latencies of the requests completed in the measured window."""

    p50_ms: float
    p99_ms: float
    rps: float
    requests: int
    errors: int
    seconds: float
    first_error: str = ""


@dataclass
class OpResult:
    name: str
    graphql: str
    variables: dict[str, Any]
    round_trips: int
    db_hits: int
    # One request, unprofiled, in-process: decides whether the operation is measured for a duration or a count.
    single_ms: float
    # None: measured for the run's duration after its warm-up; else a fixed number of requests, no warm-up.
    fixed_count: int | None
    a: Latency
    b: Latency

    def ratio(self, q: str) -> float:
        a, b = getattr(self.a, q), getattr(self.b, q)
        return float(b / a) if a else float("nan")


@dataclass
class SizeResult:
    residents: int
    community: str
    nodes: int
    relationships: int
    load_s: float
    others: list[str]
    operations: list[OpResult] = field(default_factory=list)


@dataclass
class Run:
    started: str
    machine: dict[str, str]
    users: int
    duration_s: float
    warmup_s: float
    slow_ms: float
    slow_requests: int
    slow_budget_s: float
    query_timeout_s: float
    slow_users: int = 2
    # A's driver calls on native threads (the default) or in locust's greenlets (--a-greenlets).
    a_threads: bool = True
    sizes: list[SizeResult] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Run:
        data = json.loads(text)
        sizes = []
        for s in data.pop("sizes"):
            ops = [OpResult(**{**o, "a": Latency(**o["a"]), "b": Latency(**o["b"])}) for o in s.pop("operations")]
            sizes.append(SizeResult(**s, operations=ops))
        return cls(**data, sizes=sizes)


def _ms(value: float) -> str:
    if value != value:  # NaN: nothing completed
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _side(lat: Latency) -> list[str]:
    errors = f" ({lat.errors} errors)" if lat.errors else ""
    return [_ms(lat.p50_ms), _ms(lat.p99_ms), f"{lat.rps:,.1f}{errors}"]


def _ratio(value: float) -> str:
    return "–" if value != value else f"{value:.2f}"


def op_table(size: SizeResult) -> list[str]:
    head = (
        "| operation | round trips | db hits | A p50 ms | A p99 ms | A req/s | B p50 ms | B p99 ms | B req/s "
        "| B÷A p50 | B÷A p99 |"
    )
    rows = [head, "|" + " --- |" * 11]
    for op in size.operations:
        name = f"{op.name} †{op.fixed_count}" if op.fixed_count else op.name
        cells = [
            name,
            str(op.round_trips),
            f"{op.db_hits:,}",
            *_side(op.a),
            *_side(op.b),
            _ratio(op.ratio("p50_ms")),
            _ratio(op.ratio("p99_ms")),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    failures = [
        (op.name, side, lat) for op in size.operations for side, lat in (("A", op.a), ("B", op.b)) if lat.errors
    ]
    if failures:
        rows.append("")
        rows += [f"- {name} {side}: {lat.errors} errors; first: {lat.first_error}" for name, side, lat in failures]
    return rows


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
            ratio = nested.ratio("p50_ms")
            lines.append(
                f"| B ÷ A p50 ≤ 1.5, nested-20, {size.residents:,} residents | {_ratio(ratio)} "
                f"(A {_ms(nested.a.p50_ms)} ms, B {_ms(nested.b.p50_ms)} ms) | {_verdict(ratio <= 1.5)} |"
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
                ratio = hi / lo if lo else float("nan")
                lines.append(
                    f"| candidates p50 at {large.residents:,} ÷ at {small.residents:,} ≤ 1.5 ({side.upper()}) "
                    f"| {_ratio(ratio)} ({_ms(lo)} → {_ms(hi)} ms; db hits {a.db_hits:,} → {b.db_hits:,}) "
                    f"| {_verdict(ratio <= 1.5)} |"
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


def markdown(run: Run) -> str:
    m = run.machine
    lines = [
        "# Performance benchmark: the API against its own Cypher",
        "",
        f"Run {run.started} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores), {m.get('ram', '?')} RAM, "
        f"{m.get('os', '?')}; Python {m.get('python', '?')}, Neo4j {m.get('neo4j', '?')} "
        f"(heap {m.get('heap', '?')}, page cache {m.get('pagecache', '?')}), neo4j driver {m.get('driver', '?')}, "
        f"uvicorn {m.get('uvicorn', '?')} (1 worker), locust {m.get('locust', '?')}. "
        f"The whole run took {run.seconds / 60:.1f} min.",
        "",
        "Written by `make bench` (`python -m benchmarks.performance`; `python -m benchmarks.report` redraws the "
        "report and plots from `performance.json`). Single runs, not averages. Each size is a synthetic community "
        "from `seeds.load.load_synthetic` (the demo's shape scaled to its residents). Every operation is measured "
        "two ways, one after the other, on the same machine:",
        "",
        "- **A** — the Cypher the API ran for one request of the operation, captured by `graph.db.Graph.captured` "
        "(text and parameters, in order, from the real app in-process) and replayed through the neo4j **sync** "
        "driver: `execute_query` per query with the API's routing and timeout (queries the API ran in one "
        "transaction, in one). "
        + (
            "Locust users (`benchmarks/locustfile.py`, `CypherUser`) hand each replay to one native thread per "
            "user, each with its own driver, and fire locust request events timed inside the thread. Not in the "
            "users' greenlets: the driver works under gevent, but with the client's core saturated, gevent's "
            "cooperative scheduling starved some users for seconds (p50 at the unloaded latency, p99 up to 10x "
            "a thread pool's at the same throughput, varying from run to run)."
            if run.a_threads
            else "Run by locust users (`benchmarks/locustfile.py`, `CypherUser`) in their own greenlets "
            "(`--a-greenlets`): with the client's core saturated, gevent's cooperative scheduling can starve some "
            "users, which lowers A's p50 and raises its p99 at the same throughput."
        ),
        "- **B** — the GraphQL request posted as JSON over HTTP on loopback by a locust `FastHttpUser` to "
        "`python -m api serve` (uvicorn, one worker, `APP_ENV=production`) with an administrator's bearer token; "
        "an answer with `errors` counts as a failure.",
        "",
        f"Both sides: {run.users} concurrent users, no wait between requests, one locust process. Latencies are "
        f"those of the requests completed in the measured window ({run.duration_s:g} s after a {run.warmup_s:g} s "
        "warm-up); req/s is completed requests per second of that window; p99 is the nearest-rank percentile of "
        "every sample (not locust's rounded histogram). An operation whose single request took more than "
        f"{run.slow_ms:,.0f} ms in-process (marked †N) is instead measured as a fixed count of N requests from "
        f"{run.slow_users} concurrent users, without warm-up: N is {run.slow_requests}, or fewer, down to one per "
        "user, when "
        f"N single requests would take over {run.slow_budget_s:g} s; its p99 is then the maximum or close to it. "
        "Round trips and database hits are those of one request with every query under `PROFILE` (as in the CI "
        "guard, after `fresh_plans`); A sends the same queries, so they hold for both sides. Transactions may run "
        f"{run.query_timeout_s:g} s (`NEO4J_QUERY_TIMEOUT`, server and A alike). `node` reads a phone number "
        "whole, so each of its requests, on both sides, also writes an `AuditEntry`, as the API does.",
        "",
        "Locust, the API and Neo4j share the machine's cores: the figures are the whole stack's on this machine. "
        "B÷A is what the API adds over the bare driver calls: token check, GraphQL parsing, validation and cost "
        "check, resolvers, the async driver, result shaping, JSON and HTTP — and, as the API serves with one "
        "uvicorn worker, its requests' Python work queues on one core. For `candidates` and `matchPlan` it also "
        "includes the scoring and, for `matchPlan`, the OR-Tools solver: work with no Cypher to compare with.",
        "",
        *targets(run),
        "## Loading",
        "",
        "| residents | community | nodes | relationships | generate + load | target ≤ 5 min |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for s in run.sizes:
        ok = "yes" if s.load_s <= 300 else "**no**"
        lines.append(
            f"| {s.residents:,} | `{s.community}` | {s.nodes:,} | {s.relationships:,} | {s.load_s:,.1f} s | {ok} |"
        )
    lines += [
        "",
        "Generation (Python) and the batched `UNWIND` load together, into a database that held the community "
        "before (deleted first, not timed) and the other communities named below.",
    ]
    for s in run.sizes:
        lines += [
            "",
            f"## {s.residents:,} residents (`{s.community}`)",
            "",
            f"Also in the database: {', '.join(f'`{c}`' for c in s.others) or 'nothing else'}.",
            "",
            *op_table(s),
        ]
    lines += [
        "",
        "## Plots",
        "",
        f"![p50 latency against community size]({LATENCY_PNG})",
        "",
        f"![B ÷ A per operation and size]({RATIO_PNG})",
        "",
        "## The operations",
        "",
        "The requests of the CI guard (`tests/test_query_budget.py`), pointed at the synthetic community: the "
        "nested lists are limited to its residents (`where: {id: {startsWith: …}}`), the candidates to one of "
        "its PUBLISHED wishes.",
        "",
    ]
    if run.sizes:
        for op in run.sizes[-1].operations:
            lines += [
                f"**{op.name}** `{json.dumps(op.variables, ensure_ascii=False)}`",
                "",
                "```graphql",
                op.graphql,
                "```",
                "",
            ]
    return "\n".join(lines)


def _tick(value: float, _: int | None = None) -> str:
    """Log-axis labels at 1, 2 and 5 times a power of ten, as plain numbers."""
    return f"{value:g}" if f"{value:.0e}"[0] in "125" else ""


_TICKS = FuncFormatter(_tick)


def _residents(n: int) -> str:
    return f"{n / 1e6:g}M" if n >= 1_000_000 else f"{n / 1e3:g}k" if n >= 1000 else str(n)


def plots(run: Run, out: Path) -> None:
    """p50 latency (A and B) against residents per operation, and B ÷ A per operation per size."""
    if not run.sizes:
        return
    names = [op.name for op in run.sizes[0].operations]
    # Sizes with every operation measured: the report is redrawn while a size is still being measured.
    done = [s for s in run.sizes if {o.name for o in s.operations} >= set(names)]
    sizes = [s.residents for s in done]
    by_name = {name: [next(o for o in s.operations if o.name == name) for s in done] for name in names}

    cols = 4
    rows = (len(names) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(4 * cols, 3.4 * rows), squeeze=False)
    for ax, name in zip(axes.flat, names, strict=False):
        ops = by_name[name]
        ax.plot(sizes, [o.a.p50_ms for o in ops], "o-", label="A: Cypher via driver")
        ax.plot(sizes, [o.b.p50_ms for o in ops], "s-", label="B: GraphQL over HTTP")
        values = [v for o in ops for v in (o.a.p50_ms, o.b.p50_ms) if v == v and v > 0]
        for o, n in zip(ops, sizes, strict=True):
            for v in (o.a.p50_ms, o.b.p50_ms):
                if v == v and v > 0:
                    ax.annotate(_ms(v), (n, v), textcoords="offset points", xytext=(6, 0), fontsize=7, va="center")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(sizes, [_residents(n) for n in sizes])
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.yaxis.set_major_formatter(_TICKS)
        ax.yaxis.set_minor_formatter(_TICKS)
        ax.margins(x=0.25)
        if values:  # at least a factor 2.5 tall, so a 1-2-5 tick always shows
            ax.set_ylim(min(values) / 1.6, max(values) * 1.6)
        ax.set_title(name)
        ax.set_xlabel("residents")
        ax.set_ylabel("p50 latency (ms, log)")
        ax.grid(True, which="both", alpha=0.3)
    for ax in list(axes.flat)[len(names) :]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower right", bbox_to_anchor=(0.98, 0.08))
    fig.suptitle(f"p50 latency, {run.users} concurrent users")
    fig.tight_layout()
    fig.savefig(out / LATENCY_PNG, dpi=110)
    plt.close(fig)

    fig, axes2 = plt.subplots(1, 2, figsize=(14, 4.6), squeeze=False)
    width = 0.8 / len(sizes)
    for ax, q, title in zip(axes2.flat, ("p50_ms", "p99_ms"), ("B ÷ A, p50", "B ÷ A, p99"), strict=True):
        for i, s in enumerate(done):
            xs = [k + (i - (len(sizes) - 1) / 2) * width for k in range(len(names))]
            ratios = [by_name[n][i].ratio(q) for n in names]
            # From parity (1) up or down, on a log scale: 2x and 0.5x look alike.
            bars = ax.bar(xs, [r - 1 for r in ratios], width, bottom=1, label=f"{s.residents:,} residents")
            ax.bar_label(bars, labels=[f"{r:.0f}" if r >= 10 else f"{r:.1f}" for r in ratios], fontsize=7, padding=1)
        ax.axhline(1.0, color="black", linewidth=0.8)
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(_TICKS)
        ax.yaxis.set_minor_formatter(_TICKS)
        ax.set_xticks(range(len(names)), names, rotation=25, ha="right")
        ax.set_ylabel("B latency ÷ A latency (log)")
        ax.set_title(title)
        ax.grid(True, axis="y", which="both", alpha=0.3)
    handles, labels = axes2.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper center", ncol=len(sizes))
    fig.tight_layout(rect=(0, 0, 1, 0.93))
    fig.savefig(out / RATIO_PNG, dpi=110)
    plt.close(fig)


def write(run: Run, out: Path = OUT) -> Path:
    """The JSON results, the markdown report and both plots into `out`; returns the report's path."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "performance.json").write_text(run.to_json(), encoding="utf-8")
    plots(run, out)
    report = out / "performance.md"
    report.write_text(markdown(run), encoding="utf-8")
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Rewrite the report and plots from a performance.json.")
    parser.add_argument("results", type=Path, nargs="?", default=OUT / "performance.json")
    args = parser.parse_args()
    print(write(Run.from_json(args.results.read_text(encoding="utf-8")), args.results.parent))
