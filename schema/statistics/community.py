"""A community's headline figures, counted live from the graph; open without a token."""

from __future__ import annotations

import strawberry

from graph import statistics
from schema.context import Info
from schema.relay import own_id


@strawberry.type(description="A community's figures, each counted from the graph at query time.")
class CommunityStats:
    community_id: strawberry.ID
    party_branches: int
    party_members: int
    grid_workers: int
    school_grids: int
    co_building_units: int
    wishes_fulfilled: int
    council_problems_solved: int
    urgent_problems_solved: int = strawberry.field(description="Urgent problems solved in the home-visit campaign.")
    disputes_mediated: int
    children_in_after_school_classes: int
    birthday_parties: int
    elderly_birthday_attendances: int


@strawberry.type
class CommunityStatsQuery:
    @strawberry.field(description="Figures of a community (global or own id); optional when there is only one.")
    async def community_stats(self, info: Info, community_id: strawberry.ID | None = None) -> CommunityStats | None:
        cid = own_id(community_id, ("Community",), "communityId") if community_id else None
        found = await statistics.community_stats(info.context.graph, cid)
        if found is None:
            return None
        return CommunityStats(**{**found.__dict__, "community_id": strawberry.ID(found.community_id)})
