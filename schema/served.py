"""The schema the API serves: the contract schema's types and extensions, with the request limits and caches."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from strawberry.schema.config import StrawberryConfig

from schema.caches import CACHES
from schema.compiled import CompiledExecutor
from schema.complexity import Limits, limit_extensions
from schema.errors import ErrorCodes, ProductionErrorCodes
from schema.root import UNRETURNED_TYPES, Mutation, Query, Schema, schema
from schema.scalars import SCALAR_MAP
from schema.subscriptions import Subscription


@lru_cache(maxsize=8)
def build_schema(limits: Limits, production: bool, compiled: bool = True) -> Schema:
    """The served schema: the SDL of `schema.root.schema`, with the limits, and in production without
    introspection or suggestions of any name; `compiled` serves plain selections through their compiled plans
    (schema/compiled), else every field through its resolver."""
    config = StrawberryConfig(
        disable_field_suggestions=production,
        batching_config={"max_operations": limits.max_operations},
        scalar_map=SCALAR_MAP,
    )
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        types=UNRETURNED_TYPES,
        # The contract schema's own extensions first (ErrorCodes codes and masks what the limits refuse); the caches
        # before the limits, whose cost check adds to the validation errors the validation cache sets.
        extensions=[*_contract_extensions(production), *CACHES, *limit_extensions(limits, production)],
        config=config,
        execution_context_class=CompiledExecutor if compiled else None,
    )


def _contract_extensions(production: bool) -> list[Any]:
    """The contract schema's extensions; in production its error codes withhold graphql-core's suggestions."""
    if not production:
        return list(schema.extensions)
    return [ProductionErrorCodes if extension is ErrorCodes else extension for extension in schema.extensions]
