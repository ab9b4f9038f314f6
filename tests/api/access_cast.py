"""The cast of the role × read matrix: people of the demo playing each role, found once per session by an
administrator's queries (the demo is deterministic)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.testclient import TestClient

from tests.api.gql import data_as as read
from tests.auth import ADMIN, bearer


@dataclass(frozen=True)
class Cast:
    """People of the demo playing each role, found by an administrator's query."""

    grid: str
    other_grid: str
    worker: str
    resident: str
    resident_phone: str
    stranger: str
    stranger_phone: str
    member: str
    unit: str

    def headers(self, who: str) -> dict[str, str]:
        return {
            "anonymous": {},
            "admin": ADMIN,
            "worker": bearer(self.worker, "grid_worker"),
            "resident": bearer(self.resident, "resident"),
            "member": bearer(self.member, "party_member", "resident"),
            "unit": bearer("unit-contact", "unit_contact", unit=self.unit),
        }[who]


LIVES_IN = "{building: {some: {grid: {some: {id: {eq: $grid}}}}}}"
_CAST: list[Cast] = []


def the_cast(client: TestClient) -> Cast:
    """The cast, found on the first call of the session."""
    if not _CAST:
        _CAST.append(_find_cast(client))
    return _CAST[0]


def _first_id(body: dict[str, Any], field: str) -> str:
    edges = body[field]["edges"]
    assert edges, f"the demo has no {field} for this test"
    value: str = edges[0]["node"]["dbId"]
    return value


def _resident(client: TestClient, grid: str, in_grid: bool) -> tuple[str, str]:
    where = LIVES_IN if in_grid else "{building: {some: {grid: {some: {NOT: {id: {eq: $grid}}}}}}}"
    q = (
        "query($grid: String!) { residents(first: 1, where: {AND: [{gridRole: {isNull: true}}, "
        "{phone: {isNull: false}}, {birthYear: {lte: 1990}}, {partyStatus: {isNull: true}}, " + where + "]}) "
        "{ edges { node { dbId phone } } } }"
    )
    node = read(client, ADMIN, q, grid=grid)["residents"]["edges"][0]["node"]
    return node["dbId"], node["phone"]


def _find_cast(client: TestClient) -> Cast:
    body = read(
        client,
        ADMIN,
        "{ gridWorkers(first: 1, where: {AND: [{workGrids: {some: {kind: {eq: RESIDENTIAL}}}},"
        " {gridRole: {eq: FULL_TIME}}]}) { edges { node { dbId workGrids(first: 5) { edges { node { dbId } } } } } } }",
    )
    worker = body["gridWorkers"]["edges"][0]["node"]
    grids = [e["node"]["dbId"] for e in worker["workGrids"]["edges"]]
    grid = grids[0]
    resident, resident_phone = _resident(client, grid, in_grid=True)
    stranger, stranger_phone = _resident(client, grid, in_grid=False)
    member = _first_id(
        read(
            client,
            ADMIN,
            "query($grid: String!) { partyMembers(first: 1, where: {AND: [{gridRole: {isNull: true}},"
            " {NOT: " + LIVES_IN + "}]}) { edges { node { dbId } } } }",
            grid=grid,
        ),
        "partyMembers",
    )
    unit = _first_id(read(client, ADMIN, "{ units(first: 1) { edges { node { dbId } } } }"), "units")
    other = read(
        client,
        ADMIN,
        "query($g: [String!]) { grids(first: 1, where: {NOT: {id: {in: $g}}}) { edges { node { dbId } } } }",
        g=grids,
    )
    other_grid = _first_id(other, "grids")
    return Cast(grid, other_grid, worker["dbId"], resident, resident_phone, stranger, stranger_phone, member, unit)
