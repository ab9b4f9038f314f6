"""Reported events through their lifecycle, the home-visit campaign that raised some, and mediated disputes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from seeds import dataset as d
from seeds.catalog import EVENTS, EventSpec
from seeds.clock import CST, NOW, WINDOW_START, between, later
from seeds.event_history import Made, build_history
from seeds.mediation import Case, add_case
from seeds.partners import Partners
from seeds.population import Population
from seeds.roles import Helpers

_BY_CATEGORY: dict[str, list[EventSpec]] = defaultdict(list)
for _spec in EVENTS:
    _BY_CATEGORY[_spec.category].append(_spec)

_CATEGORY_WEIGHTS = {"ENVIRONMENT_SANITATION": 45, "FIRE_SAFETY": 20, "SOCIAL_SECURITY": 25, "DISPUTE": 10}
_CAMPAIGN_CATEGORIES = {"SOCIAL_SECURITY": 50, "FIRE_SAFETY": 25, "ENVIRONMENT_SANITATION": 25}
_STATUS_WEIGHTS = {
    "CLOSED": 70,
    "RESOLVED": 8,
    "IN_PROGRESS": 7,
    "ASSIGNED": 5,
    "VERIFIED": 4,
    "REPORTED": 4,
    "INVALID": 2,
}
_SOURCE_WEIGHTS = {"PATROL": 40, "RESIDENT": 25, "WECHAT_GROUP": 25, "HOME_VISIT": 10}
# Campaign events besides the urgent closed ones: routine finds, and urgent ones not closed yet.
_CAMPAIGN_OTHERS = (
    (False, "CLOSED"),
    (True, "IN_PROGRESS"),
    (False, "CLOSED"),
    (False, "RESOLVED"),
    (True, "RESOLVED"),
    (False, "CLOSED"),
    (False, "ASSIGNED"),
)
# Disputes not (yet) settled, in turn; None is one still being mediated.
_DISPUTE_OTHERS = ("NOT_REACHED", "REFERRED", None)
_DONE = ("CLOSED", "RESOLVED", "INVALID")

# Events a council topic can grow from: topic category -> [(reportedAt, event id, grid)], in report order.
Origins = dict[str, list[tuple[datetime, str, int]]]


def _weighted(pop: Population, weights: dict[str, int]) -> str:
    return pop.rng.choices(list(weights), weights=list(weights.values()))[0]


class _Events:
    def __init__(self, pop: Population, helpers: Helpers) -> None:
        self.pop, self.helpers = pop, helpers
        self.origins: Origins = defaultdict(list)
        self.count = 0
        self.made: list[Made] = []

    def reporter(self, grid: int, source: str) -> int:
        pop = self.pop
        workers = self.helpers.workers_by_grid[grid]
        if source in ("RESIDENT", "WECHAT_GROUP"):
            resident = pop.pick(pop.grid_people(grid), 16, 90, set())
            if resident is not None:
                return resident
        if workers:
            return workers[pop.rng.randrange(len(workers))]
        return self.helpers.members[pop.rng.randrange(len(self.helpers.members))]

    def add(
        self,
        spec: EventSpec,
        status: str,
        source: str,
        urgent: bool,
        grid: int,
        reported: datetime,
        closed: datetime | None = None,
    ) -> tuple[str, int]:
        pop, rng = self.pop, self.pop.rng
        buildings = pop.grid_buildings[grid]
        building = buildings[rng.randrange(len(buildings))]
        if status == "CLOSED" and closed is None:
            closed = later(rng, reported, 1, 48) if urgent else later(rng, reported, 4, 240)
        self.count += 1
        event_id = f"{pop.prefix}-e{self.count}"
        row = {
            "id": event_id,
            "title": f"{pop.building_names[building]}{spec.title}",
            "description": spec.description,
            "category": spec.category,
            "status": status,
            "source": source,
            "urgent": urgent,
            "reportedAt": reported,
        }
        if status == "CLOSED" and closed is not None:
            row["closedAt"] = closed
        pop.b.add("Event", row)
        pop.b.rel(d.EVENT_IN_GRID, event_id, pop.grid_ids[grid])
        pop.b.rel(d.AT_BUILDING, event_id, pop.building_ids[building])
        reporter = pop.person_ids[self.reporter(grid, source)]
        pop.b.rel(d.REPORTED, reporter, event_id)
        # Completed with stage times, handler and history once every event exists (seeds.event_history).
        self.made.append(Made(row, grid, reporter))
        if spec.topic:
            self.origins[spec.topic].append((reported, event_id, grid))
        return event_id, building

    def reported_at(self, status: str, start: datetime = WINDOW_START) -> datetime:
        """Finished events spread over the window; open ones were reported in the last three weeks."""
        if status in _DONE:
            return between(self.pop.rng, start, NOW - timedelta(days=2))
        return between(self.pop.rng, max(start, NOW - timedelta(days=21)), NOW - timedelta(hours=2))


def build_events(pop: Population, helpers: Helpers, partners: Partners) -> Origins:
    events = _Events(pop, helpers)
    _campaigns(pop, helpers, events)
    _disputes(pop, partners, events)
    shape, rng = pop.shape, pop.rng
    routine = shape.events - shape.urgent_problems_solved - shape.campaign_other_events - shape.disputes
    for _ in range(max(0, routine)):
        status, source = _weighted(pop, _STATUS_WEIGHTS), _weighted(pop, _SOURCE_WEIGHTS)
        if shape.school_grids and rng.random() < 0.05:
            grid = shape.residential_grids + rng.randrange(shape.school_grids)
        else:
            grid = rng.randrange(shape.residential_grids)
        spec = rng.choice(_BY_CATEGORY[_weighted(pop, _CATEGORY_WEIGHTS)])
        events.add(spec, status, source, rng.random() < 0.08, grid, events.reported_at(status))
    for found in events.origins.values():
        found.sort()
    build_history(pop, helpers, events.made)
    return events.origins


def _campaigns(pop: Population, helpers: Helpers, events: _Events) -> None:
    b, rng, shape = pop.b, pop.rng, pop.shape
    count, grids = shape.campaigns, shape.residential_grids
    campaigns: list[tuple[str, datetime, list[int]]] = []
    for k in range(count):
        held = date(2023, 3, 1) + timedelta(days=7 * (k % 8))
        title = pop.identity.campaign if count == 1 else f"{pop.identity.campaign}(第{k + 1}片区)"
        activity = b.node(
            "ServiceActivity", f"{pop.prefix}-sa-visit{k + 1}", title=title, kind="HOME_VISIT_CAMPAIGN", heldOn=held
        )
        b.rel(d.ACTIVITY_IN_COMMUNITY, activity, pop.identity.id)
        covered = [g for g in range(grids) if g * count // grids == k] or [k % grids]
        volunteers = {w for g in covered for w in helpers.workers_by_grid[g]}
        for _ in range(max(2, len(helpers.members) // (40 * count))):
            volunteers.add(helpers.members[rng.randrange(len(helpers.members))])
        for person in sorted(volunteers):
            b.rel(d.PERSON_ATTENDED_ACTIVITY, pop.person_ids[person], activity)
        campaigns.append((activity, datetime.combine(held, time(9), CST), covered))
    plan = [(True, "CLOSED")] * shape.urgent_problems_solved
    plan += [_CAMPAIGN_OTHERS[j % len(_CAMPAIGN_OTHERS)] for j in range(shape.campaign_other_events)]
    for urgent, status in plan:
        activity, start, covered = campaigns[rng.randrange(count)]
        spec = rng.choice(_BY_CATEGORY[_weighted(pop, _CAMPAIGN_CATEGORIES)])
        grid = covered[rng.randrange(len(covered))]
        event_id, _ = events.add(spec, status, "HOME_VISIT", urgent, grid, events.reported_at(status, start))
        b.rel(d.RAISED_IN, event_id, activity)


def _disputes(pop: Population, partners: Partners, events: _Events) -> None:
    rng, shape = pop.rng, pop.shape
    outcomes: list[str | None] = ["AGREEMENT_REACHED"] * shape.disputes_mediated
    outcomes += [_DISPUTE_OTHERS[j % len(_DISPUTE_OTHERS)] for j in range(shape.disputes - shape.disputes_mediated)]
    for i, outcome in enumerate(outcomes):
        spec = rng.choice(_BY_CATEGORY["DISPUTE"])
        status = "CLOSED" if outcome else "IN_PROGRESS"
        reported = events.reported_at(status)
        opened = later(rng, reported, 2, 48)
        closed = later(rng, opened, 72, 24 * 30) if outcome else None
        grid = rng.randrange(shape.residential_grids)
        event_closed = later(rng, closed, 1, 24) if closed else None
        event_id, building = events.add(
            spec, status, rng.choice(("RESIDENT", "WECHAT_GROUP", "PATROL")), False, grid, reported, event_closed
        )
        # The studio leads mediation; some cases that failed there had gone through the deputies' station.
        mediator = "NPC_DEPUTY_STATION" if outcome == "NOT_REACHED" and i % 2 else "MEDIATION_STUDIO"
        people = pop.building_people[building]
        parties: set[int] = set()
        for _ in range(2):
            party = pop.pick(people, 18, 95, parties) if people else None
            party = party if party is not None else pop.pick(range(pop.residents), 18, 95, parties)
            if party is not None:
                parties.add(party)
        title, org_id = f"{pop.building_names[building]}{spec.title}", partners.org_ids[mediator]
        staff = pop.person_ids[events.helpers.worker(grid)]
        case_id = f"{pop.prefix}-dp{i + 1}"
        parts = (event_id, org_id, mediator, sorted(parties), staff)
        add_case(pop, Case(case_id, title, spec.description, outcome, opened, closed, *parts))
