"""Coverage gaps: special-group members nobody visited or served lately, and whom to send (for staff)."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Annotated

import strawberry

from graph import services
from graph.services import CoverageGap as GapRecord
from schema.context import Info
from schema.entities.enums import SpecialGroupKind
from schema.entities.objects import Grid, Household, Person
from schema.errors import user_error
from schema.pages import Connection, connection, window
from schema.permissions import STAFF, require
from schema.relay import existing

AFTER = "Read on after this cursor (a previous page's `pageInfo.endCursor`)."


@strawberry.type(description="A special-group member nobody visited or served in the window, and whom to send.")
class CoverageGap:
    record: strawberry.Private[GapRecord]
    as_of: strawberry.Private[datetime.date]

    @strawberry.field(description="The special-group member nobody reached.")
    def person(self) -> Person:
        return Person.of(self.record.person)

    @strawberry.field(description="The kinds of special group the member belongs to.")
    def groups(self) -> list[SpecialGroupKind]:
        return [SpecialGroupKind(g) for g in self.record.groups]

    @strawberry.field(description="The member's household; null when they have none (or it is not visible).")
    def household(self) -> Household | None:
        return Household.of(self.record.household)

    @strawberry.field(description="The grid of the household's building; null without a household.")
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


@strawberry.type(description="A page of coverage gaps, never reached first, then longest waiting.")
class CoverageGapConnection(Connection[CoverageGap]):
    as_of: datetime.date = strawberry.field(description="The day the window ends on.")
    days: int = strawberry.field(description="The window's length in days.")
    total_count: int | None = strawberry.field(description="How many members are gaps in all.")

    @strawberry.field(
        description="The page's gaps.", deprecation_reason="Use `nodes` (or `edges`), as on every connection."
    )
    def gaps(self) -> list[CoverageGap]:
        return [e.node for e in self.edges]


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
        days: Annotated[
            int,
            strawberry.argument(
                description="The window's length in days, ending on asOf; at most the server's date-range limit."
            ),
        ],
        scope: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="Only members of this Community or Grid (global or own id); null: all the viewer may see."
            ),
        ] = None,
        as_of: Annotated[
            datetime.date | None,
            strawberry.argument(
                description="The day the window ends on (contacts after it do not count); null: today."
            ),
        ] = None,
        first: Annotated[int | None, strawberry.argument(description=f"How many, 0 to {services.MAX_GAPS}.")] = 50,
        after: Annotated[str | None, strawberry.argument(description=AFTER)] = None,
        offset: Annotated[
            int | None,
            strawberry.argument(description="Gaps to skip.", deprecation_reason="Page with `after` instead."),
        ] = None,
    ) -> CoverageGapConnection:
        viewer = require(info, *STAFF)
        if days > info.context.max_date_range_days:
            # Also keeps `asOf - days` a date (a billion days overflowed into an internal error).
            raise user_error(f"`days` must be at most {info.context.max_date_range_days:,}", "days")
        today = as_of or datetime.date.today()
        cursors = info.context.graph.cursors
        at = window(cursors, f"gaps:{scope}:{days}", first, after, services.MAX_GAPS)
        if offset is not None and after is None:
            if offset < 0:
                raise user_error("`offset` must not be negative", "offset")
            at = dataclasses.replace(at, start=offset)
        # The gaps are read from the page's start (the list is ordered in Cypher, not held here).
        found = await services.coverage_gaps(
            info.context.graph, days, today, await _scope(info, scope), at.size, at.start, viewer=viewer
        )
        edges, page_info = connection(
            list(found.gaps),
            _person_id,
            lambda g: CoverageGap(record=g, as_of=today),
            at,
            cursors,
            found.total,
            at.start,
        )
        return CoverageGapConnection(edges=edges, page_info=page_info, total_count=found.total, as_of=today, days=days)


def _person_id(gap: GapRecord) -> str:
    return gap.person.id
