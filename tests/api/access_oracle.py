"""A second opinion on who sees what: README's role table written again as plain Cypher, one query per label.

Deliberately independent of graph/access: nothing here imports the policy, so a rule the policy forgets (or adds)
shows up as a difference between the API's answer and this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, LiteralString

from graph.core.db import Graph
from tests.auth import ADMIN, bearer

# README: "everyone signed in: places, units, resources, skills, council business, special groups (not their
# members), organisations and services, staff names".
PUBLIC = frozenset(
    {
        "Community",
        "Grid",
        "Building",
        "PartyCommittee",
        "PartyBranch",
        "Unit",
        "Agreement",
        "Resource",
        "Skill",
        "EventCategory",
        "Department",
        "Organization",
        "CouncilMeeting",
        "CouncilTopic",
        "TopicUpdate",
        "TopicStep",
        "ServiceActivity",
        "SpecialGroup",
        "ServiceItem",
    }
)

ADULT = "NOT coalesce({v}.birthYear > $adultBornBy, false)"
LIVES_IN_MY_GRIDS = (
    "$gw AND EXISTS { ({v})-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)"
    "<-[:WORKS_GRID]-(:Person {id: $me}) }"
)

# README's rows, per label: the ids a viewer sees. `$wishes` and `$events`, `$disputes` are the viewer's own
# visible sets, computed first (a requester is seen through a visible wish; a case's parts through the case).
RULES: dict[str, LiteralString] = {
    "Person": """
        MATCH (p:Person)
        WHERE p.id = $me
           OR (p:GridWorker AND NOT coalesce(p.birthYear > $adultBornBy, false))
           OR EXISTS { (p)-[:IN_HOUSEHOLD]->(:Household)<-[:IN_HOUSEHOLD]-(:Person {id: $me}) }
           OR ($gw AND EXISTS { (p)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                                <-[:WORKS_GRID]-(:Person {id: $me}) })
           OR (NOT coalesce(p.birthYear > $adultBornBy, false)
               AND EXISTS { (p)-[:MADE]->(w:Wish) WHERE w.id IN $wishes })
        RETURN p.id AS id""",
    "Household": """
        MATCH (h:Household)
        WHERE EXISTS { (h)<-[:IN_HOUSEHOLD]-(:Person {id: $me}) }
           OR ($gw AND EXISTS { (h)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)<-[:WORKS_GRID]-(:Person {id: $me}) })
        RETURN h.id AS id""",
    "Wish": """
        MATCH (w:Wish)
        WHERE ($gw AND EXISTS { (w)-[:IN_GRID]->(:Grid)<-[:WORKS_GRID]-(:Person {id: $me}) })
           OR EXISTS { (w)<-[:MADE|CLAIMED|FULFILLED]-(:Person {id: $me}) }
           OR EXISTS { (w)<-[:CLAIMED|FULFILLED]-(:PartyBranch)<-[:MEMBER_OF]-(:Person {id: $me}) }
           OR ($helper AND w.status = 'PUBLISHED')
           OR ($unit IS NOT NULL AND EXISTS { (w)<-[:CLAIMED|FULFILLED]-(:Unit {id: $unit}) })
        RETURN w.id AS id""",
    "Event": """
        MATCH (e:Event)
        WHERE ($gw AND EXISTS { (e)-[:IN_GRID]->(:Grid)<-[:WORKS_GRID]-(:Person {id: $me}) })
           OR EXISTS { (e)<-[:REPORTED]-(:Person {id: $me}) }
           OR EXISTS { (e)-[:ASSIGNED_TO]->(x) WHERE x.id = $me OR ($unit IS NOT NULL AND x.id = $unit) }
        RETURN e.id AS id""",
    "Need": """
        MATCH (p:Person)-[:HAS_NEED]->(n:Need)
        WHERE p.id = $me
           OR ($gw AND EXISTS { (p)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                                <-[:WORKS_GRID]-(:Person {id: $me}) })
        RETURN n.id AS id""",
    "HomeVisit": """
        MATCH (v:HomeVisit)-[:TO]->(p:Person)
        WHERE p.id = $me OR EXISTS { (v)-[:BY]->(:Person {id: $me}) }
           OR ($gw AND EXISTS { (p)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                                <-[:WORKS_GRID]-(:Person {id: $me}) })
        RETURN v.id AS id""",
    "Dispute": """
        MATCH (d:Dispute)
        WHERE ($gw AND EXISTS { (d)-[:ARISES_FROM]->(:Event)-[:IN_GRID]->(:Grid)<-[:WORKS_GRID]-(:Person {id: $me}) })
           OR EXISTS { (d)-[:HAS_PARTY]->(:DisputeParty)-[:PARTY]->(x)
                       WHERE x.id = $me OR ($unit IS NOT NULL AND x.id = $unit) }
        RETURN d.id AS id""",
    # A case's parts and history: seen with the case.
    "WishTransition": "MATCH (t:WishTransition)-[:OF_WISH]->(w:Wish) WHERE w.id IN $wishes RETURN t.id AS id",
    "EventStep": "MATCH (s:EventStep)-[:OF_EVENT]->(e:Event) WHERE e.id IN $events RETURN s.id AS id",
    "DisputeStep": "MATCH (s:DisputeStep)-[:OF_DISPUTE]->(d:Dispute) WHERE d.id IN $disputes RETURN s.id AS id",
    "DisputeParty": "MATCH (d:Dispute)-[:HAS_PARTY]->(x:DisputeParty) WHERE d.id IN $disputes RETURN x.id AS id",
    "MediationSession": "MATCH (d:Dispute)-[:HAD_SESSION]->(s:MediationSession) WHERE d.id IN $disputes "
    "RETURN s.id AS id",
    # README: "Only administrators read it".
    "AuditEntry": "MATCH (a:AuditEntry) WHERE false RETURN a.id AS id",
}
# Computed first: the sets other labels' rules stand on, by the parameter that carries them.
FIRST = {"Wish": "wishes", "Event": "events", "Dispute": "disputes"}

# README: sensitive fields and special-group membership whole only to the person, a grid worker of their grid, an
# administrator.
FULL: LiteralString = """
MATCH (p:Person)
WHERE p.id = $me
   OR ($gw AND EXISTS { (p)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                        <-[:WORKS_GRID]-(:Person {id: $me}) })
RETURN p.id AS id"""

ALL: LiteralString = "MATCH (n) WHERE $label IN labels(n) AND n.id IS NOT NULL RETURN n.id AS id"


@dataclass(frozen=True)
class Viewer:
    """Who asks: a person of the graph (or none), the roles their token holds, the unit a contact speaks for."""

    person: str | None
    roles: frozenset[str]
    unit: str | None = None

    @property
    def admin(self) -> bool:
        return "admin" in self.roles


class Oracle:
    """The ids of each label a viewer sees, by README's table. Every read is memoised by its query and parameters: the
    demo does not change under the oracle, and the tests ask the same questions thousands of times."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._memo: dict[tuple[str, tuple[tuple[str, Any], ...]], frozenset[str]] = {}

    async def _read(self, cypher: LiteralString, **params: Any) -> frozenset[str]:
        key = (cypher, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items())))
        if key not in self._memo:
            self._memo[key] = frozenset(r["id"] for r in await self.graph.read(cypher, **params))
        return self._memo[key]

    async def everything(self, label: str) -> frozenset[str]:
        return await self._read(ALL, label=label)

    async def full(self, viewer: Viewer) -> frozenset[str]:
        """The people whose sensitive fields and memberships the viewer sees whole."""
        if viewer.admin:
            return await self.everything("Person")
        return await self._read(FULL, me=viewer.person, gw="grid_worker" in viewer.roles)

    async def visible(self, viewer: Viewer, label: str) -> frozenset[str]:
        if viewer.admin:
            return await self.everything(label)
        if viewer.person is None:
            return frozenset()
        if label in PUBLIC:
            return await self.everything(label)
        rule = RULES.get(label)
        if rule is None:
            return frozenset()  # deny by default: a label README does not open is nobody's but administrators'
        sets: dict[str, list[str]] = {name: [] for name in FIRST.values()}
        if label not in FIRST:
            sets = {name: sorted(await self.visible(viewer, first)) for first, name in FIRST.items()}
        helper = bool(viewer.roles & {"party_member", "volunteer", "unit_contact"})
        return await self._read(
            rule,
            me=viewer.person,
            unit=viewer.unit if "unit_contact" in viewer.roles else None,
            gw="grid_worker" in viewer.roles,
            helper=helper,
            adultBornBy=datetime.now(UTC).year - 18,
            **sets,
        )


ROLES = ("anonymous", "admin", "worker", "resident", "member", "volunteer", "unit")
SIGNED_IN = ROLES[1:]


class World:
    """The demo's people in each role, found by plain Cypher, and the oracle's view of each."""

    def __init__(self, row: dict[str, Any], oracle: Oracle) -> None:
        self.row, self.oracle = row, oracle
        unit = row["unit"]
        self.viewers = {
            "anonymous": Viewer(None, frozenset()),
            "admin": Viewer("admin-test", frozenset({"admin"})),
            "worker": Viewer(row["worker"], frozenset({"grid_worker"})),
            "resident": Viewer(row["resident"], frozenset({"resident"})),
            "member": Viewer(row["member"], frozenset({"party_member", "resident"})),
            "volunteer": Viewer(row["volunteer"], frozenset({"volunteer", "resident"})),
            "unit": Viewer("unit-contact", frozenset({"unit_contact"}), unit),
        }

    def token(self, role: str) -> dict[str, str]:
        if role == "anonymous":
            return {"Authorization": ""}
        if role == "admin":
            return ADMIN
        v = self.viewers[role]
        assert v.person is not None
        return bearer(v.person, *sorted(v.roles), unit=v.unit)

    async def seen(self, role: str, label: str) -> frozenset[str]:
        return await self.oracle.visible(self.viewers[role], label)


CAST = """
MATCH (r:Resident)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid {kind: 'RESIDENTIAL'})
WHERE NOT r:GridWorker AND NOT r:PartyMember AND NOT r:Volunteer AND EXISTS { (r)-[:MADE]->(:Wish) }
  AND EXISTS { (g)<-[:WORKS_GRID]-(:GridWorker) }
WITH g, r ORDER BY r.id LIMIT 1
MATCH (w:GridWorker)-[:WORKS_GRID]->(g) WITH g, r, w ORDER BY w.id LIMIT 1
OPTIONAL MATCH (m:PartyMember)-[:MEMBER_OF]->(:PartyBranch) WHERE NOT m:GridWorker
WITH g, r, w, m ORDER BY EXISTS { (m)-[:CLAIMED|FULFILLED]->(:Wish) } DESC, m.id LIMIT 1
OPTIONAL MATCH (v:Volunteer) WHERE NOT v:GridWorker AND NOT v:PartyMember WITH g, r, w, m, v ORDER BY v.id LIMIT 1
OPTIONAL MATCH (u:Unit)-[:CLAIMED|FULFILLED]->(:Wish) WITH g, r, w, m, v, u ORDER BY u.id LIMIT 1
RETURN w.id AS worker, g.id AS grid, r.id AS resident, m.id AS member, v.id AS volunteer, u.id AS unit
"""
_WORLD: list[World] = []


async def the_world(demo_graph: Graph) -> World:
    """The cast and its oracle, found on the first call of the session (the demo is deterministic)."""
    if not _WORLD:
        row = await demo_graph.read_one(CAST)
        assert row is not None and None not in dict(row).values(), f"the demo lacks a role of the cast: {row}"
        _WORLD.append(World(dict(row), Oracle(demo_graph)))
    return _WORLD[0]
