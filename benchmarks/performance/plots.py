"""The report's two plots: p50 latency against community size per operation, and B ÷ A per operation and size."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # after use(): the backend is chosen before pyplot loads
from matplotlib.ticker import FuncFormatter, NullFormatter

from benchmarks.performance.formatting import ms
from benchmarks.performance.results import Run

LATENCY_PNG = "performance-latency.png"
RATIO_PNG = "performance-ratio.png"


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
                    ax.annotate(ms(v), (n, v), textcoords="offset points", xytext=(6, 0), fontsize=7, va="center")
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
