"""The cast and the calls of the event tests through GraphQL: who plays each part on a scratch copy of the demo, the
mutations as one of them, a report, an event's history."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, gid, gql_as
from tests.auth import bearer

INPUTS = {
    "reportEvent": "ReportEventInput",
    "assignEvent": "AssignEventInput",
    "markEventDuplicate": "MarkEventDuplicateInput",
    "resolveEvent": "ResolveEventInput",
    "selfHandleEvent": "ResolveEventInput",
    "rateEvent": "RateEventInput",
}
CHANGE = """replayed
  event { id dbId status category light stageStartedAt stageDueAt selfHandled rating ratingComment escalationLevel
          reopenCount holdReason resolution evidenceUrls closedAt resolvedAt photos
          handlerPerson { dbId } handlerUnit { dbId } handlerDepartment { dbId } duplicateOf { dbId }
          building { dbId } grid { dbId } reporter { dbId } }
  step { id action fromStatus toStatus actorId subjectId note at version }
  possibleDuplicates { dbId }"""
HISTORY = """query($id: ID!) { node(id: $id) { ... on Event { history(first: 50, orderBy: {field: version}) {
  edges { node { action fromStatus toStatus actorId subjectId note at version } } } } } }"""


@dataclass(frozen=True)
class Cast:
    staff: str  # a grid worker of the grid (verifies, assigns, closes)
    reviewer: str  # another grid worker of the grid
    handler: str  # a third grid worker, who handles
    outsider: str  # a grid worker of another grid
    reporter: str  # a resident
    grid: str
    building: str
    other_building: str
    unit: str
    department: str

    def token(self, person: str) -> dict[str, str]:
        """The Authorization header of `person`, with the role the demo gives them."""
        workers = (self.staff, self.reviewer, self.handler, self.outsider)
        return bearer(person, "grid_worker" if person in workers else "resident")


async def find_cast(scratch_demo: Graph) -> Cast:
    """The cast, found on the scratch copy of the demo."""
    row = await scratch_demo.read_one(
        """MATCH (g:Grid {kind: 'RESIDENTIAL'})<-[:WORKS_GRID]-(w:GridWorker)
           WITH g, w ORDER BY w.id
           WITH g, collect(w.id) AS ws WHERE size(ws) >= 3
           WITH g, ws ORDER BY g.id LIMIT 1
           MATCH (b:Building)-[:IN_GRID]->(g)
           WITH g, ws, b ORDER BY b.id
           WITH g, ws, collect(b.id) AS bs
           MATCH (o:GridWorker)-[:WORKS_GRID]->(og:Grid) WHERE og <> g AND NOT (o)-[:WORKS_GRID]->(g)
           WITH g, ws, bs, o ORDER BY o.id LIMIT 1
           MATCH (r:Resident) WHERE NOT r:GridWorker
           WITH g, ws, bs, o, r ORDER BY r.id LIMIT 1
           MATCH (u:Unit) WITH g, ws, bs, o, r, u ORDER BY u.id LIMIT 1
           MATCH (d:Department) WITH g, ws, bs, o, r, u, d ORDER BY d.id LIMIT 1
           RETURN g.id AS grid, ws, bs, o.id AS outsider, r.id AS reporter, u.id AS unit, d.id AS department"""
    )
    assert row is not None
    ws, bs = row["ws"], row["bs"]
    return Cast(
        ws[0],
        ws[1],
        ws[2],
        row["outsider"],
        row["reporter"],
        row["grid"],
        bs[0],
        bs[-1],
        row["unit"],
        row["department"],
    )


def call(client: TestClient, field: str, who: dict[str, str], **input: Any) -> dict[str, Any]:
    """The mutation as the person of the `who` header."""
    kind = INPUTS.get(field, "EventStepInput")
    return gql_as(client, who, f"mutation($input: {kind}!) {{ {field}(input: $input) {{ {CHANGE} }} }}", input=input)


def ok(client: TestClient, field: str, who: dict[str, str], **input: Any) -> dict[str, Any]:
    body = call(client, field, who, **input)
    assert "errors" not in body, body["errors"]
    result: dict[str, Any] = body["data"][field]
    return result


def refused(client: TestClient, field: str, who: dict[str, str], **input: Any) -> dict[str, Any]:
    body = call(client, field, who, **input)
    assert body.get("data") is None and body["errors"], body
    error: dict[str, Any] = body["errors"][0]
    return error


def _own(global_id: str) -> str:
    return base64.b64decode(global_id).decode().partition(":")[2]


def p(person: str) -> str:
    return gid("Person", person)


def report(
    client: TestClient,
    c: Cast,
    category: str = "ENVIRONMENT_SANITATION",
    who: dict[str, str] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A report by the cast's resident (or by `who`)."""
    fields = {"category": category, "title": "楼道堆放杂物", "buildingId": c.building}
    return ok(client, "reportEvent", who or c.token(c.reporter), **(fields | extra))


def history(client: TestClient, event: str) -> list[dict[str, Any]]:
    found = data(client, HISTORY, id=event)["node"]["history"]["edges"]
    return [e["node"] for e in found]
