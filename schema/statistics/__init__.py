"""Statistics in GraphQL: a community's headline figures, and any scope's figures per month and period."""

from schema.statistics.community import CommunityStatsQuery
from schema.statistics.periods import StatisticsQuery

__all__ = ["CommunityStatsQuery", "StatisticsQuery"]
