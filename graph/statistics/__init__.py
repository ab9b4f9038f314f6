"""Figures counted live from the graph: a community's headline figures and per-month statistics of any scope."""

from graph.statistics.community import AmbiguousCommunity, CommunityStats, community_stats
from graph.statistics.periods import SCOPES, EventCount, Figures, Statistics, statistics

__all__ = [
    "SCOPES",
    "AmbiguousCommunity",
    "CommunityStats",
    "EventCount",
    "Figures",
    "Statistics",
    "community_stats",
    "statistics",
]
