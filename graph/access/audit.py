"""The append-only audit log of sensitive personal data: full reads (one entry per person read per request), and
filters and sorts on a sensitive field, which count as reading it (one entry per label and use per request)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.records import SensitiveUse

# Only ever CREATE: no query in the code base sets or deletes an AuditEntry (a test checks).
RECORD = """
UNWIND $entries AS e
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), viewerId: $viewerId, roles: $roles, purpose: $purpose,
                     operation: $operation, access: e.access, subjectLabel: e.label, subjectId: e.id,
                     fields: e.fields})
RETURN count(*) AS written
"""


AUDIT_BATCH = 5_000


def entries(reads: Mapping[tuple[str, str], set[str]], uses: Iterable[SensitiveUse]) -> list[dict[str, object]]:
    """The entries of one request. A filter or sort has no single subject: it weighed the field on every row the
    viewer may read it whole on (other rows never match it), so its entry names the label and fields only."""
    out: list[dict[str, object]] = [
        {"access": "READ", "label": label, "id": node_id, "fields": sorted(fields)}
        for (label, node_id), fields in reads.items()
    ]
    grouped: dict[tuple[str, str], set[str]] = {}
    for use in uses:
        grouped.setdefault((use.how, use.label), set()).add(use.field)
    out += [
        {"access": how, "label": label, "id": None, "fields": sorted(fields)}
        for (how, label), fields in sorted(grouped.items())
    ]
    return out


async def record(
    graph: Graph,
    viewer: Viewer,
    operation: str | None,
    reads: Mapping[tuple[str, str], set[str]],
    uses: Iterable[SensitiveUse] = (),
) -> int:
    """Write who read, filtered or sorted by which sensitive fields of whom, and why; returns the entries written."""
    found = entries(reads, uses)
    written = 0
    # In batches: an export reads a whole community's people whole, one entry each, more than one transaction holds.
    for start in range(0, len(found), AUDIT_BATCH):
        rows = await graph.write(
            RECORD,
            entries=found[start : start + AUDIT_BATCH],
            viewerId=viewer.person_id,
            roles=sorted(viewer.roles),
            purpose=viewer.purpose or "unstated",
            operation=operation or "anonymous operation",
        )
        written += int(rows[0]["written"]) if rows else 0
    return written


# A register import or export moves a community's personal data in bulk: one entry names the community and the
# personal fields the registers hold, whatever the file's size (the rows are in the file, not the log).
TRANSFER = """
CREATE (:AuditEntry {id: randomUUID(), at: datetime(), viewerId: $viewerId, roles: $roles, purpose: $purpose,
                     operation: $operation, access: $access, subjectLabel: 'Community', subjectId: $communityId,
                     fields: $fields})
"""
TRANSFER_FIELDS = ["birthDate", "idNumber", "name", "phone", "room", "specialGroups"]


async def transfer(
    graph: Graph, viewer: Viewer, operation: str, access: str, community_id: str | None, done: bool
) -> None:
    """Record an import (`IMPORT`, whether or not it wrote) or an export (`EXPORT`) of a community's registers."""
    if access not in ("IMPORT", "EXPORT"):
        raise ValueError(f"not a transfer: {access!r}")
    await graph.write(
        TRANSFER,
        viewerId=viewer.person_id,
        roles=sorted(viewer.roles),
        purpose=viewer.purpose or "unstated",
        operation=f"{operation} ({'done' if done else 'nothing written'})",
        access=access,
        communityId=community_id,
        fields=TRANSFER_FIELDS,
    )
