"""Coverage gaps: special-group members nobody visited or served lately, and whom to send (for staff)."""

from __future__ import annotations

import datetime

import strawberry

from graph import services
from graph.services import CoverageGap as GapRecord
from schema.context import Info
from schema.entities.enums import SpecialGroupKind
from schema.entities.objects import Grid, Household, Person
from schema.errors import user_error
from schema.permissions import STAFF, require
from schema.relay import existing


@strawberry.type(description="A special-group member nobody visited or served in the window, and whom to send.")
class CoverageGap:
    record: strawberry.Private[GapRecord]
    as_of: strawberry.Private[datetime.date]

    @strawberry.field
    def person(self) -> Person:
        return Person.of(self.record.person)

    @strawberry.field
    def groups(self) -> list[SpecialGroupKind]:
        return [SpecialGroupKind(g) for g in self.record.groups]

    @strawberry.field
    def household(self) -> Household | None:
        return Household.of(self.record.household)

    @strawberry.field
    def grid(self) -> Grid | None:
        return Grid.of(self.record.grid)

    @strawberry.field(description="The grid workers of the member's grid, full-time first.")
    def grid_workers(self) -> list[Person]:
        return [Person.of(w) for w in self.record.workers]

    @strawberry.field(description="Last home visit to the member or their household up to asOf, if any.")
    def last_visited_on(self) -> datetime.date | None:
        return self.record.last_visited_on

    @strawberry.field(description="Last service activity the member attended up to asOf, if any.")
    def last_served_on(self) -> datetime.date | None:
        return self.record.last_served_on

    @strawberry.field(description="Days since the last visit or service; null when there was none.")
    def days_without_contact(self) -> int | None:
        dates = [d for d in (self.record.last_visited_on, self.record.last_served_on) if d is not None]
        return (self.as_of - max(dates)).days if dates else None


@strawberry.type
class CoverageGaps:
    total_count: int
    as_of: datetime.date
    days: int
    gaps: list[CoverageGap]


async def _scope(info: Info, scope: str | None) -> tuple[str, str] | None:
    if scope is None:
        return None
    return await existing(info, scope, tuple(services.SCOPES), "scope")


@strawberry.type
class ServiceQuery:
    @strawberry.field(
        description="Special-group members with no home visit (to them or their household) and no attended service "
        "activity in the last `days` days up to `asOf` (default today): never reached first, then longest waiting. "
        "For administrators and grid workers (the members of the grids they work)."
    )
    async def coverage_gaps(
        self,
        info: Info,
        days: int,
        scope: strawberry.ID | None = None,
        as_of: datetime.date | None = None,
        first: int = 50,
        offset: int = 0,
    ) -> CoverageGaps:
        viewer = require(info, *STAFF)
        if days > info.context.max_date_range_days:
            # Also keeps `asOf - days` a date (a billion days overflowed into an internal error).
            raise user_error(f"`days` must be at most {info.context.max_date_range_days:,}", "days")
        today = as_of or datetime.date.today()
        found = await services.coverage_gaps(
            info.context.graph, days, today, await _scope(info, scope), first, offset, viewer=viewer
        )
        gaps = [CoverageGap(record=g, as_of=today) for g in found.gaps]
        return CoverageGaps(total_count=found.total, as_of=today, days=days, gaps=gaps)
