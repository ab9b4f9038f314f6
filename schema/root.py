"""The GraphQL schema at a glance: per-domain query classes merged into one root."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types

from schema.errors import ErrorCodes
from schema.lists import ListQuery
from schema.nodes import NODE_TYPES
from schema.relay import NodeQuery
from schema.stats import StatsQuery

Query = merge_types("Query", (NodeQuery, StatsQuery, ListQuery))

schema = strawberry.Schema(query=Query, types=list(NODE_TYPES.values()), extensions=[ErrorCodes])
