"""The GraphQL schema at a glance: per-domain query and mutation classes merged into one root, and the subscriptions."""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from schema.audit import AuditLog
from schema.codes import ErrorCode
from schema.council import CouncilMutation, CouncilQuery
from schema.disputes import DisputeMutation
from schema.entities.lists import ListQuery, LookupQuery
from schema.errors import ErrorCodes
from schema.events import EventMutation
from schema.explore import ExploreQuery
from schema.gate import SignedInOnly
from schema.matching import MatchingQuery
from schema.relay import TYPES, NodeQuery
from schema.scalars import SCALAR_MAP
from schema.services import ServiceMutation, ServiceQuery
from schema.statistics import CommunityStatsQuery, StatisticsQuery
from schema.subscriptions import Subscription
from schema.viewer import ViewerQuery
from schema.wishes import WishMutation

# One line per domain: its query and mutation classes. Their fields appear in the root types in this order.
QUERIES: tuple[type, ...] = (
    NodeQuery,
    ViewerQuery,
    LookupQuery,
    CommunityStatsQuery,
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
# merge_types takes no description: the root types get theirs on their definitions.
Query.__strawberry_definition__.description = "Reads: lists, lookups, matching, exploring, statistics."  # type: ignore[attr-defined]
Mutation.__strawberry_definition__.description = (  # type: ignore[attr-defined]
    "Writes, each acting as the token's person: an id they may not see is NOT_FOUND, a step they may not take "
    "FORBIDDEN."
)
# Every entity's type (registered as schema.entities.objects is imported, by ListQuery's module): node(id:)
# returns them through the Node interface, so each is listed even where no field names it.
NODE_TYPES: list[type] = list(TYPES.values())
# The types the contract lists though no field returns them: the node types, and the codes of `extensions.code`.
UNRETURNED_TYPES: list[type] = [*NODE_TYPES, ErrorCode]


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        """Silent: ErrorCodes logs the unexpected errors; a caller's bad input is not a server error."""


# The contract: its SDL is the committed schema/schema.graphql (schema.served builds the one the API serves).
schema = Schema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    types=UNRETURNED_TYPES,
    extensions=[ErrorCodes, SignedInOnly, AuditLog],
    config=StrawberryConfig(scalar_map=SCALAR_MAP),
)
