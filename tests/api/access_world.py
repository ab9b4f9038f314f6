"""The world of the mutation access matrix: the demo people around one residential grid, the shape of a row (a subject
prepared in the state the step needs, a person whose role may not take it, one whose role may), and what a test reads
of the graph and the answers."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from graphql import GraphQLObjectType

from graph.access.viewer import GRID_WORKER, PARTY_MEMBER, RESIDENT
from graph.core.db import Graph
from schema.root import schema
from tests.auth import ADMIN, bearer

NO_TOKEN = {"Authorization": ""}
TODAY = date.today()


def mutation_type() -> GraphQLObjectType:
    found = schema._schema.mutation_type
    assert found is not None
    return found


MUTATIONS = sorted(mutation_type().fields)


@dataclass(frozen=True)
class World:
    """Demo people around one residential grid: two of its grid workers, residents, a helper with no claims."""

    grid: str
    worker: str  # W: a grid worker of the grid
    handler: str  # W2: another grid worker of the grid, who handles events
    resident: str  # R: lives in the grid; requests wishes, reports events, proposes topics
    neighbour: str  # R2: another resident, with no part in anything prepared
    helper: str  # H: holds no claim yet
    unit: str
    studio: str
    group: str

    def token(self, who: str) -> dict[str, str]:
        return {
            "W": bearer(self.worker, GRID_WORKER),
            "W2": bearer(self.handler, GRID_WORKER),
            "R": bearer(self.resident, RESIDENT),
            "R2": bearer(self.neighbour, RESIDENT),
            "H": bearer(self.helper, PARTY_MEMBER),
            # An administrator's account (not a person of the graph): enough for the steps that act as nobody.
            "ADMIN": ADMIN,
            # A valid token whose person the graph does not hold.
            "NOBODY": bearer("jf-p-nobody", RESIDENT),
        }[who]


async def find_world(scratch_demo: Graph) -> World:
    """The world, found on the scratch copy of the demo."""
    row = await scratch_demo.read_one(
        """MATCH (g:Grid {kind: 'RESIDENTIAL'})<-[:WORKS_GRID]-(w:GridWorker)
           WITH g, w ORDER BY w.id
           WITH g, collect(w.id) AS ws WHERE size(ws) >= 2
           WITH g, ws ORDER BY g.id LIMIT 1
           MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g)
           WHERE NOT r:GridWorker AND NOT r:PartyMember AND NOT r:Volunteer
           WITH g, ws, r ORDER BY r.id LIMIT 1
           MATCH (n:Resident)-[:IN_HOUSEHOLD]->(:Household)
           WHERE NOT n:GridWorker AND n <> r
           WITH g, ws, r, n ORDER BY n.id LIMIT 1
           MATCH (h:Person)
           WHERE NOT h:GridWorker AND NOT h.id IN [r.id, n.id] AND NOT (h)-[:CLAIMED|DECLINED]->()
             AND coalesce(h.capacity, 3) >= 2
           WITH g, ws, r, n, h ORDER BY h.id LIMIT 1
           MATCH (u:Unit) WITH g, ws, r, n, h, u ORDER BY u.id LIMIT 1
           MATCH (o:Organization {kind: 'MEDIATION_STUDIO'})
           MATCH (sg:SpecialGroup)-[:IN_COMMUNITY]->(:Community {id: 'jf'})
           WITH g, ws, r, n, h, u, o, sg ORDER BY sg.id LIMIT 1
           RETURN g.id AS grid, ws, r.id AS r, n.id AS n, h.id AS h, u.id AS u, o.id AS o, sg.id AS sg"""
    )
    assert row is not None
    return World(row["grid"], row["ws"][0], row["ws"][1], row["r"], row["n"], row["h"], row["u"], row["o"], row["sg"])


Prepared = tuple[dict[str, Any], str | None]  # the mutation's variables, and the node it changes (if it exists yet)
Prepare = Callable[[Graph, World], Awaitable[Prepared]]


@dataclass(frozen=True)
class Row:
    prepare: Prepare
    denied: str  # who may not (World.token)
    allowed: str  # who may


SNAPSHOT = """
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
OPTIONAL MATCH (s) WHERE s.id = $subject
RETURN nodes, rels, properties(s) AS subject
"""


async def snapshot(g: Graph, subject: str | None) -> dict[str, Any]:
    row = await g.read_one(SNAPSHOT, subject=subject)
    assert row is not None
    return dict(row)


def document(name: str) -> str:
    """The mutation with its input (if it takes one), answering only `__typename`: no personal data read."""
    args = mutation_type().fields[name].args
    if "input" in args:
        return f"mutation($input: {args['input'].type}) {{ {name}(input: $input) {{ __typename }} }}"
    return f"mutation {{ {name} {{ __typename }} }}"


def code(body: dict[str, Any]) -> str | None:
    errors = body.get("errors") or [{}]
    found: str | None = errors[0].get("extensions", {}).get("code")
    return found


async def other_grids_worker(g: Graph, w: World) -> str:
    row = await g.read_one(
        """MATCH (o:GridWorker)-[:WORKS_GRID]->(:Grid) WHERE NOT (o)-[:WORKS_GRID]->(:Grid {id: $grid})
           RETURN o.id AS id ORDER BY id LIMIT 1""",
        grid=w.grid,
    )
    assert row is not None
    return str(row["id"])
