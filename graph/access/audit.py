"""The append-only audit log of full reads of sensitive personal data: one entry per person read per request."""

from __future__ import annotations

from collections.abc import Mapping

from graph.access.viewer import Viewer
from graph.core.db import Graph

# Only ever CREATE: no query in the code base sets or deletes an AuditEntry (a test checks).
RECORD = """
UNWIND $entries AS e
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), viewerId: $viewerId, roles: $roles, purpose: $purpose,
                     operation: $operation, subjectLabel: e.label, subjectId: e.id, fields: e.fields})
RETURN count(*) AS written
"""


async def record(graph: Graph, viewer: Viewer, operation: str | None, reads: Mapping[tuple[str, str], set[str]]) -> int:
    """Write who read which sensitive fields of whom, and why; returns the entries written."""
    if not reads:
        return 0
    entries = [{"label": label, "id": node_id, "fields": sorted(fields)} for (label, node_id), fields in reads.items()]
    rows = await graph.write(
        RECORD,
        entries=entries,
        viewerId=viewer.person_id,
        roles=sorted(viewer.roles),
        purpose=viewer.purpose or "unstated",
        operation=operation or "anonymous operation",
    )
    return int(rows[0]["written"]) if rows else 0
