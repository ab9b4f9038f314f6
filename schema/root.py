"""The GraphQL schema at a glance: per-domain query classes merged into one root, and the subscriptions."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.tools import merge_types

from schema.audit import AuditLog
from schema.council import CouncilMutation, CouncilQuery
from schema.disputes import DisputeMutation
from schema.errors import ErrorCodes
from schema.events import EventMutation
from schema.explore import ExploreQuery
from schema.gate import SignedInOnly
from schema.lists import ListQuery
from schema.matching import MatchingQuery
from schema.nodes import NODE_TYPES
from schema.relay import NodeQuery
from schema.services import ServiceMutation, ServiceQuery
from schema.statistics import StatisticsQuery
from schema.stats import StatsQuery
from schema.subscriptions import Subscription
from schema.wishes import WishMutation

# One line per domain: its query and mutation classes.
QUERIES: tuple[type, ...] = (
    NodeQuery,
    StatsQuery,
    MatchingQuery,
    ListQuery,
    ExploreQuery,
    CouncilQuery,
    ServiceQuery,
    StatisticsQuery,
)
MUTATIONS: tuple[type, ...] = (
    WishMutation,
    EventMutation,
    DisputeMutation,
    CouncilMutation,
    ServiceMutation,
)

Query = merge_types("Query", QUERIES)
Mutation = merge_types("Mutation", MUTATIONS)


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Silent: ErrorCodes logs the unexpected errors; a caller's bad input is not a server error."""


schema = Schema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    types=list(NODE_TYPES.values()),
    extensions=[ErrorCodes, SignedInOnly, AuditLog],
)
