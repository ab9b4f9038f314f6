"""How the report's tables and the plots' labels write milliseconds and B ÷ A factors."""

from __future__ import annotations


def ms(value: float) -> str:
    if value != value:  # NaN: nothing completed
        return "–"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def factor(value: float) -> str:
    return "–" if value != value else f"{value:.2f}"
