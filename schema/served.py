"""The schema the API serves: the contract schema's types and extensions, with the request limits and caches."""

from __future__ import annotations

from functools import lru_cache

from strawberry.schema.config import StrawberryConfig

from schema.caches import CACHES
from schema.complexity import Limits, limit_extensions
from schema.root import NODE_TYPES, Mutation, Query, Schema, schema
from schema.subscriptions import Subscription


@lru_cache(maxsize=8)
def build_schema(limits: Limits, production: bool) -> Schema:
    """The served schema: the SDL of `schema.root.schema`, with the limits, and in production without
    introspection or field suggestions."""
    config = StrawberryConfig(
        disable_field_suggestions=production,
        batching_config={"max_operations": limits.max_operations},
    )
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=NODE_TYPES,
        # The contract schema's own extensions first (ErrorCodes codes and masks what the limits refuse).
        extensions=[*schema.extensions, *limit_extensions(limits, production), *CACHES],
        config=config,
    )
