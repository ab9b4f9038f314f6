"""The report's plots: p50 latency against community size per operation, B ÷ A, and the API's CPU per request."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # after use(): the backend is chosen before pyplot loads
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, NullFormatter

from benchmarks.performance.results import OpResult, Run

LATENCY_PNG = "performance-latency.png"
RATIO_PNG = "performance-ratio.png"
CPU_PNG = "performance-cpu.png"


def _tick(value: float, _: int | None = None) -> str:
    """Log-axis labels at 1, 2 and 5 times a power of ten, as plain numbers."""
    return f"{value:g}" if f"{value:.0e}"[0] in "125" else ""


_TICKS = FuncFormatter(_tick)


def _residents(n: int) -> str:
    return f"{n / 1e6:g}M" if n >= 1_000_000 else f"{n / 1e3:g}k" if n >= 1000 else str(n)


def _run_label(side: str, users: int, workers: int) -> str:
    return f"{side}, {users} user{'s' if users > 1 else ''}" + (f", WORKERS={workers}" if side == "B" else "")


def _log_axis(ax: Axes) -> None:
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(_TICKS)
    ax.yaxis.set_minor_formatter(_TICKS)


def plots(run: Run, out: Path) -> None:
    """p50 latency (A and B, every concurrency) against residents per operation; B ÷ A p50 and the API's CPU per
    request, per B run, per operation and size."""
    if not run.sizes:
        return
    names = [op.name for op in run.sizes[0].operations]
    # Sizes with every operation measured: the report is redrawn while a size is still being measured.
    done = [s for s in run.sizes if {o.name for o in s.operations} >= set(names)]
    if not done:
        return
    sizes = [s.residents for s in done]
    by_name = {name: [next(o for o in s.operations if o.name == name) for s in done] for name in names}
    series = [("A", u, 0) for u in run.users] + [("B", u, w) for u, w in run.b_runs]

    cols = 4
    rows = (len(names) + cols - 1) // cols
    fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 3.6 * rows), squeeze=False)
    for ax, name in zip(axes.flat, names, strict=False):
        ops = by_name[name]
        for side, users, workers in series:
            points = [(n, lat.p50_ms) for n, o in zip(sizes, ops, strict=True) if (lat := o.get(side, users, workers))]
            points = [(n, v) for n, v in points if v == v and v > 0]
            if not points:
                continue
            style = ("o" if side == "A" else "s") + ("-" if users == min(run.users) else "--")
            color = "C0" if side == "A" else f"C{workers}"
            # Open markers for several users: with one size there is no line to tell them apart.
            fill = color if users == min(run.users) else "none"
            ax.plot(*zip(*points, strict=True), style, color=color, mfc=fill, label=_run_label(side, users, workers))
        ax.set_xscale("log")
        _log_axis(ax)
        ax.set_xticks(sizes, [_residents(n) for n in sizes])
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.margins(x=0.15)
        ax.set_title(name)
        ax.set_xlabel("residents")
        ax.set_ylabel("p50 latency (ms, log)")
        ax.grid(True, which="both", alpha=0.3)
    for ax in list(axes.flat)[len(names) :]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower right", bbox_to_anchor=(0.98, 0.05), fontsize=8)
    fig.suptitle("p50 latency: 1 user (solid, filled) and several (dashed, open)")
    fig.tight_layout()
    fig.savefig(out / LATENCY_PNG, dpi=110)
    plt.close(fig)

    for file, figure, ylabel, title in (
        (RATIO_PNG, lambda o, u, w: o.ratio(u, w), "B p50 ÷ A p50 (log)", "B ÷ A p50"),
        (CPU_PNG, _cpu_ms, "API CPU ms per request (log)", "API CPU per request"),
    ):
        fig, axes2 = plt.subplots(1, len(run.b_runs), figsize=(6.5 * len(run.b_runs), 4.6), squeeze=False)
        width = 0.8 / len(sizes)
        for ax, (users, workers) in zip(axes2.flat, run.b_runs, strict=True):
            for i, s in enumerate(done):
                xs = [k + (i - (len(sizes) - 1) / 2) * width for k in range(len(names))]
                values = [figure(by_name[n][i], users, workers) for n in names]
                shown = [v if v == v else 0.0 for v in values]
                bottom = 1.0 if file == RATIO_PNG else 0.0
                # Ratios from parity (1) up or down, on a log scale: 2x and 0.5x look alike.
                bars = ax.bar(
                    xs,
                    [v - bottom if v else 0.0 for v in shown],
                    width,
                    bottom=bottom or None,
                    label=f"{s.residents:,} residents",
                )
                ax.bar_label(bars, labels=[_short(v) for v in values], fontsize=6, padding=1)
            if file == RATIO_PNG:
                ax.axhline(1.0, color="black", linewidth=0.8)
            _log_axis(ax)
            ax.set_xticks(range(len(names)), names, rotation=25, ha="right")
            ax.set_ylabel(ylabel)
            ax.set_title(f"{title}, {users} user{'s' if users > 1 else ''}, WORKERS={workers}")
            ax.grid(True, axis="y", which="both", alpha=0.3)
        handles, labels = axes2.flat[0].get_legend_handles_labels()
        fig.legend(handles, labels, loc="upper center", ncol=len(sizes))
        fig.tight_layout(rect=(0, 0, 1, 0.92))
        fig.savefig(out / file, dpi=110)
        plt.close(fig)


def _cpu_ms(op: OpResult, users: int, workers: int) -> float:
    lat = op.get("B", users, workers)
    return lat.cpu_ms if lat is not None else float("nan")


def _short(value: float) -> str:
    return "" if value != value else f"{value:.0f}" if value >= 10 else f"{value:.1f}"
