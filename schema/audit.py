"""Writes the request's full reads of sensitive fields, and its filters and sorts on them, to the audit log before
the answer leaves; no log, no data."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionResult, StreamExecutionResult

from graph.access import audit
from graph.core.errors import GraphError
from schema.errors import SERVICE_UNAVAILABLE

log = logging.getLogger(__name__)


class AuditLog(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:
        yield
        # Raised after execution, this replaces the whole answer: nothing read leaves unlogged. (A subscription has
        # read nothing yet here: its messages are audited one by one, below.)
        await self._write()

    async def on_stream_result(self, result: StreamExecutionResult) -> AsyncIterator[None]:
        # Each message of a subscription is resolved after on_execute, on its own: its reads are written before it
        # is sent, and a message whose reads cannot be written goes without its data. (Other operations' reads were
        # written by on_execute.)
        if isinstance(result, ExecutionResult):
            try:
                await self._write()
            except GraphQLError as error:
                result.data, result.errors = None, [error]
        yield

    async def _write(self) -> None:
        """Writes the reads recorded since the last write, and forgets them."""
        ctx = self.execution_context
        context = ctx.context
        reads = getattr(context, "full_reads", None)
        uses = getattr(context, "sensitive_uses", None)
        if not reads and not uses:
            return
        context.full_reads = {}
        try:
            await audit.record(context.graph, context.viewer, ctx.operation_name, reads or {}, uses or ())
        except GraphError:
            log.error("audit log unavailable: personal data withheld from the answer")
            raise GraphQLError(
                "Personal data cannot be shown while the audit log is unavailable; try again shortly.",
                extensions={"code": SERVICE_UNAVAILABLE},
            ) from None
