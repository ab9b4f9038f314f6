"""A community's headline figures, counted live from the graph; open without a token."""

from __future__ import annotations

from typing import Annotated

import strawberry

from graph import statistics
from schema.context import Info
from schema.relay import own_id


@strawberry.type(description="A community's figures, each counted from the graph at query time.")
class CommunityStats:
    community_id: strawberry.ID = strawberry.field(description="Global id of the community counted.")
    party_branches: int = strawberry.field(
        description="Party branches (党支部) under the community's committee (demo: 10)."
    )
    party_members: int = strawberry.field(description="Party members of those branches (demo: 750).")
    grid_workers: int = strawberry.field(description="People working at least one grid (网格员; demo: 58).")
    school_grids: int = strawberry.field(description="School grids (学校专属网格; demo: 2).")
    co_building_units: int = strawberry.field(description="Units that signed a co-building agreement (demo: 11).")
    wishes_fulfilled: int = strawberry.field(description="Micro-wishes (微心愿) fulfilled (demo: 33).")
    council_problems_solved: int = strawberry.field(
        description="Problems the residents' council (居民议事会) solved (demo: 47)."
    )
    urgent_problems_solved: int = strawberry.field(description="Urgent problems solved in the home-visit campaign.")
    disputes_mediated: int = strawberry.field(description="Disputes mediated (枫桥经验; demo: 16).")
    children_in_after_school_classes: int = strawberry.field(
        description="Children in after-school and holiday classes (demo: 23)."
    )
    birthday_parties: int = strawberry.field(description="Collective birthday parties held (demo: 12).")
    elderly_birthday_attendances: int = strawberry.field(
        description="Attendances of the elderly (60 or older) at those parties (demo: 398)."
    )


@strawberry.type(description="The community figures of the article.")
class CommunityStatsQuery:
    @strawberry.field(description="Figures of a community (global or own id); optional when there is only one.")
    async def community_stats(
        self,
        info: Info,
        community_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The community (global or own id); null: the only one."),
        ] = None,
    ) -> CommunityStats | None:
        cid = own_id(community_id, ("Community",), "communityId") if community_id else None
        found = await statistics.community_stats(info.context.graph, cid)
        if found is None:
            return None
        return CommunityStats(**{**found.__dict__, "community_id": strawberry.ID(found.community_id)})
