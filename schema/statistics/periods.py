"""Figures of a period: per community, grid or party branch, a row per month and the period's totals."""

from __future__ import annotations

import datetime
from typing import Annotated

import strawberry

from graph import statistics
from graph.statistics import Figures
from schema.context import Info
from schema.errors import user_error
from schema.relay import public, to_global_id


@strawberry.type(description="Events of one category in one state.")
class EventCount:
    category: str = strawberry.field(description="The EventCategory code, e.g. FIRE_SAFETY.")
    status: str = strawberry.field(description="The EventStatus the events are in now, e.g. CLOSED.")
    count: int = strawberry.field(description="How many of the scope's events reported in the period.")


@strawberry.type(
    description="One month's figures, or the period's (month null). Events are counted in the month reported; "
    "closing times and on-time rate in the month closed; wishes, topics and services in the month done."
)
class StatisticsFigures:
    record: strawberry.Private[Figures]

    @strawberry.field(description="'YYYY-MM', or null for the whole period.")
    def month(self) -> str | None:
        return self.record.month

    @strawberry.field(
        description="Events reported in the month (period), counted per category and current state; sorted by "
        "category, then state; only non-zero counts."
    )
    def events_by_category_and_state(self) -> list[EventCount]:
        return [
            EventCount(category=c.category, status=c.status, count=c.count)
            for c in self.record.events_by_category_and_state
        ]

    @strawberry.field(description="Events reported in the month (period).")
    def events_reported(self) -> int:
        return self.record.events_reported

    @strawberry.field(description="Events closed in the month (period), whenever reported.")
    def events_closed(self) -> int:
        return self.record.events_closed

    @strawberry.field(description="Median hours from report to close of the events closed; null when none closed.")
    def median_hours_to_close(self) -> float | None:
        return self.record.median_hours_to_close

    @strawberry.field(
        description="Of eventsClosed, those closed by their deadline (the event's due time, else its category's "
        "time limits summed)."
    )
    def closed_on_time(self) -> int:
        return self.record.closed_on_time

    @strawberry.field(description="Share (0–1) of closed events closed by their deadline; null when none closed.")
    def on_time_rate(self) -> float | None:
        return self.record.on_time_rate

    @strawberry.field(
        description="Micro-wishes (微心愿) fulfilled in the month (period); a branch's: by it or its members."
    )
    def wishes_fulfilled(self) -> int:
        return self.record.wishes_fulfilled

    @strawberry.field(description="Council topics reviewed with outcome SOLVED.")
    def topics_solved(self) -> int:
        return self.record.topics_solved

    @strawberry.field(
        description="Home visits (入户走访) made in the month (period): to the scope's residents; a branch's, by "
        "its members."
    )
    def home_visits(self) -> int:
        return self.record.home_visits

    @strawberry.field(description="Residents' attendances at service activities (not the home-visit campaign's staff).")
    def activity_attendances(self) -> int:
        return self.record.activity_attendances

    @strawberry.field(description="Home visits plus activity attendances.")
    def services_delivered(self) -> int:
        return self.record.services_delivered

    @strawberry.field(description="Distinct people visited or attending; a period's is not the sum of its months'.")
    def people_served(self) -> int:
        return self.record.people_served


@strawberry.type(description="A scope's figures for a period: one row per month, and the period's totals.")
class Statistics:
    scope: strawberry.ID = strawberry.field(description="The scope counted (its global id, however `scope` named it).")
    from_: datetime.date | None = strawberry.field(
        name="from", description="The period's first day (inclusive); null: from the earliest data."
    )
    to: datetime.date | None = strawberry.field(
        description="The period's last day (inclusive); null: up to the latest data."
    )
    months: list[StatisticsFigures] = strawberry.field(
        description="One row per month, oldest first: every month of [from, to] when both are given (zeros where "
        "nothing happened), else only the months with data."
    )
    totals: StatisticsFigures = strawberry.field(description="The whole period's figures (`month` null).")


@strawberry.type
class StatisticsQuery:
    @strawberry.field(
        description="Figures of a community, grid or party branch (global id) for the period [from, to], per month "
        "and in total. A grid counts what happened in it; a party branch, what its members did."
    )
    async def statistics(
        self,
        info: Info,
        scope: Annotated[
            strawberry.ID,
            strawberry.argument(description="The global id of a Community, Grid or PartyBranch."),
        ],
        from_: Annotated[
            datetime.date | None,
            strawberry.argument(name="from", description="First day counted (inclusive); null: no lower bound."),
        ] = None,
        to: Annotated[
            datetime.date | None,
            strawberry.argument(
                description="Last day counted (inclusive); null: no upper bound. At most MAX_DATE_RANGE_DAYS "
                "after `from`."
            ),
        ] = None,
    ) -> Statistics:
        decoded = await public(info, scope, tuple(statistics.SCOPES), "scope")
        longest = info.context.max_date_range_days
        if from_ is not None and to is not None and (to - from_).days + 1 > longest:
            # Every month of the range is answered, data or not: 0001-9999 was 120,000 months, 31 MB.
            raise user_error(f"`from`..`to` spans more than {longest:,} days: ask for a shorter period", "to")
        found = await statistics.statistics(info.context.graph, decoded[0], decoded[1], from_, to)
        return Statistics(
            scope=strawberry.ID(to_global_id(*decoded)),
            from_=found.start,
            to=found.end,
            months=[StatisticsFigures(record=m) for m in found.months],
            totals=StatisticsFigures(record=found.totals),
        )
