"""Writes the request's full reads of sensitive fields, and its filters and sorts on them, to the audit log before
the answer leaves; no log, no data."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from graph.access import audit
from graph.core.errors import GraphError
from schema.errors import SERVICE_UNAVAILABLE

log = logging.getLogger(__name__)


class AuditLog(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:
        yield
        ctx = self.execution_context
        context = ctx.context
        reads = getattr(context, "full_reads", None)
        uses = getattr(context, "sensitive_uses", None)
        if not reads and not uses:
            return
        try:
            await audit.record(context.graph, context.viewer, ctx.operation_name, reads or {}, uses or ())
        except GraphError:
            log.error("audit log unavailable: personal data withheld from the answer")
            # Raised after execution, this replaces the whole answer: nothing read leaves unlogged.
            raise GraphQLError(
                "Personal data cannot be shown while the audit log is unavailable; try again shortly.",
                extensions={"code": SERVICE_UNAVAILABLE},
            ) from None
