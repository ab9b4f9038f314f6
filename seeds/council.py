"""The monthly residents' council: meetings, who attended, and topics moving through the four stages."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, time

from seeds import dataset as d
from seeds.catalog import ORGANIZATIONS, TOPICS
from seeds.clock import CST, day_in_month, month, spread
from seeds.council_flow import TopicFlow, add_flow, add_side_topics
from seeds.events import Origins
from seeds.partners import Partners
from seeds.population import Population
from seeds.roles import Helpers

# Topics not (yet) solved, in turn: reopened at review, or still at an earlier stage.
_UNSOLVED = (("REOPENED", "REOPENED"), ("SUPERVISED", None), ("DELIBERATED", None), ("ACCEPTED", None))
_STAGE_INDEX = {"ACCEPTED": 0, "DELIBERATED": 1, "SUPERVISED": 2}
_NOTES = {
    "SOLVED": "经议事会协商确定方案,居民代表监督落实,事后复盘居民满意。",
    "REOPENED": "复盘时居民反映问题反弹,重新列入议题。",
    None: "正在按议事流程推进。",
}


def build_council(pop: Population, helpers: Helpers, partners: Partners, origins: Origins) -> None:
    chains, held, areas = _meetings(pop, helpers, partners)
    shape, rng = pop.shape, pop.rng
    plan: list[tuple[str, str | None]] = [("REVIEWED", "SOLVED")] * shape.council_problems_solved
    unsolved = shape.topics - shape.council_problems_solved
    plan += [_UNSOLVED[j % len(_UNSOLVED)] for j in range(unsolved)]
    used: set[str] = set()
    people = [pop.person_ids[m] for m in helpers.members]
    made: list[tuple[str, str]] = []
    for i, (stage, outcome) in enumerate(plan):
        slot = rng.randrange(len(chains))
        chain = chains[slot]
        if stage in ("REVIEWED", "REOPENED"):
            span = min(len(chain), rng.randint(2, 4))
            start = rng.randrange(len(chain) - span + 1)
        else:  # still under way, so it was discussed up to the latest meeting
            span = min(len(chain), rng.randint(1, _STAGE_INDEX[stage] + 1))
            start = len(chain) - span
        meetings = chain[start : start + span]
        category = rng.choice(list(TOPICS))
        grid = rng.choice(areas[slot])
        if category == "HOUSE_REPAIR":
            buildings = pop.grid_buildings[grid]
            place = pop.building_names[buildings[rng.randrange(len(buildings))]]
        else:
            place = pop.estates[grid]
        title = rng.choice(TOPICS[category]).format(place=place)
        dates, staff = [held[m] for m in meetings], pop.person_ids[helpers.worker(grid)]
        flow = TopicFlow(f"{pop.prefix}-ct{i + 1}", stage, outcome, dates, people, staff)
        topic = pop.b.node(
            "CouncilTopic",
            flow.id,
            title=title,
            description=f"居民提出{title}。{_NOTES[outcome]}",
            category=category,
            stage=stage,
            outcome=outcome,
            **add_flow(pop, flow),
        )
        made.append((topic, category))
        for meeting in meetings:
            pop.b.rel(d.DISCUSSED, f"{pop.prefix}-cm{meeting + 1}", topic)
        first = datetime.combine(held[meetings[0]], time(9), CST)
        for event in _origins(pop, origins.get(category, []), first, used, 1 if rng.random() < 0.8 else 2):
            pop.b.rel(d.FROM_EVENT, topic, event)
    add_side_topics(pop, helpers, people, made, origins, used)


def _origins(
    pop: Population, found: list[tuple[datetime, str, int]], before: datetime, used: set[str], wanted: int
) -> list[str]:
    """Up to `wanted` unused events of the topic's kind reported before the meeting that first took it up."""
    earlier = bisect_left(found, (before, "", -1))
    picked: list[str] = []
    for _ in range(8 * wanted if earlier else 0):
        event_id = found[pop.rng.randrange(earlier)][1]
        if event_id not in used:
            used.add(event_id)
            picked.append(event_id)
            if len(picked) == wanted:
                break
    return picked


def _meetings(
    pop: Population, helpers: Helpers, partners: Partners
) -> tuple[list[list[int]], list[date], list[list[int]]]:
    """Meetings as chains per area (one a month), their dates, and the residential grids of each area."""
    b, rng, count = pop.b, pop.rng, pop.shape.meetings
    slots = -(-count // 12)
    grids = pop.shape.residential_grids
    chains: list[list[int]] = [[] for _ in range(slots)]
    held: list[date] = []
    months = spread(count) if count <= 12 else [k % 12 for k in range(count)]
    areas = [[g for g in range(grids) if g * slots // grids == s] or [s % grids] for s in range(slots)]
    bodies = [partners.org_ids[kind] for kind, _ in ORGANIZATIONS]
    for k in range(count):
        slot = k // 12 if count > 12 else 0
        year, mon = month(months[k])
        held.append(day_in_month(rng, months[k], 10, 20))
        suffix = f"(第{slot + 1}片区)" if slots > 1 else ""
        meeting = b.node(
            "CouncilMeeting", f"{pop.prefix}-cm{k + 1}", title=f"{year}年{mon}月居民议事会{suffix}", heldOn=held[-1]
        )
        b.rel(d.MEETING_IN_COMMUNITY, meeting, pop.identity.id)
        chains[slot].append(k)
        for org in bodies:
            if rng.random() < 0.85:
                b.rel(d.ORG_ATTENDED, org, meeting)
        if rng.random() < 0.3:
            b.rel(d.ORG_ATTENDED, partners.org_ids["MEDIATION_STUDIO"], meeting)
        for person in _attendees(pop, helpers, areas[slot]):
            b.rel(d.PERSON_ATTENDED_MEETING, pop.person_ids[person], meeting)
    return chains, held, areas


def _attendees(pop: Population, helpers: Helpers, area: list[int]) -> list[int]:
    """Full-time workers of the area, about eight members and ten residents."""
    rng = pop.rng
    people = {w for g in area for w in helpers.workers_by_grid[g][:1]}
    for _ in range(8):
        people.add(helpers.members[rng.randrange(len(helpers.members))])
    for _ in range(10):
        resident = pop.pick(pop.grid_people(rng.choice(area)), 18, 90, people)
        if resident is not None:
            people.add(resident)
    return sorted(people)
