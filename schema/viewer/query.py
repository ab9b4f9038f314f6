"""`viewer`: the signed-in person, their roles (the token's and the graph's), grids, home, branch, unit, and what
their roles may ever call; so an app needs neither to decode its token nor to build global ids."""

from __future__ import annotations

import enum

import strawberry

from graph.access.profile import Profile, profile
from graph.access.viewer import ADMIN, GRID_WORKER, PARTY_MEMBER, RESIDENT, UNIT_CONTACT, VOLUNTEER
from graph.core.records import NodeRecord
from schema import abilities
from schema.context import Info
from schema.entities.objects import Grid, Household, PartyBranch, Person, Unit


@strawberry.enum(description="A role: what a token grants, or what the graph says a person is.")
class Role(enum.Enum):
    ADMIN = strawberry.enum_value(ADMIN, description="A community administrator: sees and may do everything.")
    GRID_WORKER = strawberry.enum_value(
        GRID_WORKER, description="A grid worker: the people, cases and home visits of the grids they work."
    )
    PARTY_MEMBER = strawberry.enum_value(PARTY_MEMBER, description="A party member: a helper of published wishes.")
    VOLUNTEER = strawberry.enum_value(VOLUNTEER, description="A volunteer: a helper of published wishes.")
    RESIDENT = strawberry.enum_value(RESIDENT, description="A resident: their own data, household and cases.")
    UNIT_CONTACT = strawberry.enum_value(
        UNIT_CONTACT, description="The contact of a co-building unit: speaks for the unit the token names."
    )


def _roles(names: tuple[str, ...] | frozenset[str]) -> list[Role]:
    # Each value is its role's name in lower case (graph/access/viewer.py).
    return [role for role in Role if role.name.lower() in names]


@strawberry.type(
    description="The signed-in caller: the person their token names, their roles, where they belong and what "
    "they may do. Everything here is read with the caller's own rights, like any other field."
)
class Viewer:
    found: strawberry.Private[Profile]

    @strawberry.field(
        description="The person the token names, whole (your own sensitive fields are shown, and their reading is "
        "audited as any full read); null when the token names no person of the graph."
    )
    async def person(self, info: Info) -> Person | None:
        person_id = info.context.viewer.person_id
        if not self.found.found or person_id is None:
            return None
        return Person.of(await info.context.node_loader("Person").load(person_id))

    @strawberry.field(description="The roles the token grants: the API judges every read and step by these.")
    def roles(self, info: Info) -> list[Role]:
        return _roles(info.context.viewer.roles)

    @strawberry.field(
        description="The roles the graph records for the person (resident, party member, grid worker, volunteer); "
        "a role the token does not grant gives no rights."
    )
    def person_roles(self) -> list[Role]:
        return _roles(self.found.roles)

    @strawberry.field(
        description="The grids the person works as a grid worker (ordered by id); their rights there need the token's "
        "GRID_WORKER role."
    )
    async def grids(self, info: Info) -> list[Grid]:
        return [Grid.of(r) for r in await _load(info, "Grid", self.found.grids) if r is not None]

    @strawberry.field(description="The households the person lives in (usually one).")
    async def households(self, info: Info) -> list[Household]:
        return [Household.of(r) for r in await _load(info, "Household", self.found.households) if r is not None]

    @strawberry.field(description="The party branch the person belongs to; null for a person of no branch.")
    async def branch(self, info: Info) -> PartyBranch | None:
        found = [r for r in await _load(info, "PartyBranch", self.found.branches[:1]) if r is not None]
        return PartyBranch.of(found[0]) if found else None

    @strawberry.field(description="The co-building unit a unit contact's token speaks for; null for any other token.")
    async def unit(self, info: Info) -> Unit | None:
        unit_id = info.context.viewer.unit
        return None if unit_id is None else Unit.of(await info.context.node_loader("Unit").load(unit_id))

    @strawberry.field(
        description="The mutations the token's roles may ever call (names, in the schema's order). Each call is "
        "still judged on its case: whether you hold the relation the step asks for (its requester, handler, a "
        "grid worker of its grid) and whether its state allows it. Empty when the token names no person: every "
        "mutation acts as one."
    )
    def mutations(self, info: Info) -> list[str]:
        viewer = info.context.viewer
        return abilities.mutations(viewer.roles) if viewer.person_id is not None else []


async def _load(info: Info, label: str, ids: tuple[str, ...]) -> list[NodeRecord | None]:
    return list(await info.context.node_loader(label).load_many(ids))


@strawberry.type
class ViewerQuery:
    @strawberry.field(
        description="Who you are signed in as: the person, roles, grids, household, branch, unit and the mutations "
        "your roles may call. Without a token: UNAUTHENTICATED, like every field but aggregate statistics."
    )
    async def viewer(self, info: Info) -> Viewer:
        return Viewer(found=await profile(info.context.graph, info.context.viewer))
