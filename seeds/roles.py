"""Party members, grid workers and volunteers drawn from the residents, and the skills that make them helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from seeds import dataset as d
from seeds import names
from seeds.catalog import ELDER_SKILLS, SKILL_INDEX, SKILLS, YOUNGER_SKILLS
from seeds.clock import YEAR
from seeds.population import Population

_CN_DIGITS = "零一二三四五六七八九十"
# The "1+6" force besides the full-time worker and teachers: the demo's 42, stretched to any number.
_FORCE = ("BUILDING_HEAD",) * 10 + ("CADRE",) * 8 + ("VETERAN",) * 8 + ("VOLUNTEER",) * 8 + ("UNIT_HEAD",) * 8
_AGE_BANDS = {
    "FULL_TIME": (25, 50),
    "TEACHER": (26, 55),
    "CADRE": (30, 59),
    "VETERAN": (45, 78),
    "VOLUNTEER": (20, 70),
    "BUILDING_HEAD": (45, 75),
    "UNIT_HEAD": (40, 75),
}
RETIRED_SHARE = 0.8
_LEVELS = {level: {"level": level} for level in range(1, 6)}
# Cadres and veterans in the grids are most often party members (the 816 veterans above all).
_PARTY_ROLES = ("CADRE", "VETERAN")


@dataclass
class Helpers:
    """Members, grid workers per grid, and the helpers who take on wishes: their skills (indexes) and capacity."""

    members: list[int] = field(default_factory=list)
    workers_by_grid: list[list[int]] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    by_skill: list[list[int]] = field(default_factory=lambda: [[] for _ in SKILLS])
    skills: dict[int, list[int]] = field(default_factory=dict)
    capacity: dict[int, int] = field(default_factory=dict)
    skill_ids: list[str] = field(default_factory=list)

    def worker(self, grid: int, pick: int = 0) -> int:
        """A grid worker of `grid` (the `pick`-th, cycling), or of the community when the grid has none."""
        workers = self.workers_by_grid[grid] or [w for ws in self.workers_by_grid for w in ws]
        return workers[pick % len(workers)]


def _branch_name(i: int) -> str:
    """第一党支部 … 第九十九党支部, then arabic numerals as branch rosters do."""
    number = i + 1
    if number > 99:
        return f"第{number}党支部"
    tens, ones = divmod(number, 10)
    written = (_CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (_CN_DIGITS[ones] if ones else "")
    return f"第{written}党支部"


def _day(pop: Population, year: int, start_month: int = 1, end_month: int = 12) -> date:
    start = date(year, start_month, 1)
    return start + timedelta(days=pop.rng.randrange((date(year, end_month, 28) - start).days + 1))


def build_roles(pop: Population) -> Helpers:
    helpers = Helpers()
    _party(pop, helpers)
    taken = set(helpers.members)
    _grid_workers(pop, helpers, taken)
    _volunteers(pop, helpers, taken)
    _skills(pop, helpers)
    return helpers


def _party(pop: Population, helpers: Helpers) -> None:
    b, rng, shape = pop.b, pop.rng, pop.shape
    committee = b.node("PartyCommittee", f"{pop.prefix}-pc", name=pop.identity.committee)
    b.rel(d.COMMITTEE_IN_COMMUNITY, committee, pop.identity.id)
    branches = []
    for i in range(shape.party_branches):
        branches.append(b.node("PartyBranch", f"{pop.prefix}-pb{i + 1}", name=f"{pop.identity.name}{_branch_name(i)}"))
        b.rel(d.UNDER, branches[-1], committee)
    retired_goal = round(shape.party_members * RETIRED_SHARE)
    everyone = range(pop.residents)
    chosen: set[int] = set()
    while len(chosen) < shape.party_members:
        retired = len(chosen) < retired_goal
        band = (58, 95) if retired else (22, 57)
        person = pop.pick(everyone, *band, chosen)
        if person is None:
            person = pop.pick(everyone, 18, 120, chosen, tries=10_000)
        if person is None:
            raise ValueError("too few adults for the party members asked for")
        chosen.add(person)
        row = pop.person_rows[person]
        age = pop.age(person)
        row["partyStatus"] = "RETIRED" if retired else "IN_SERVICE"
        joined = min(YEAR - 1, row["birthYear"] + rng.randint(20, max(20, min(40, age - 1))))
        row["joinedPartyOn"] = _day(pop, joined)
        if not retired:
            row["reportedOn"] = _day(pop, rng.choice((2021, 2022, 2023)), 1, 9)
        # Branches follow the grids, as residential branches do; school-grid residents do not exist.
        grid = pop.grid_of(person)
        b.rel(d.MEMBER_OF, pop.person_ids[person], branches[grid * shape.party_branches // shape.residential_grids])
        b.role("PartyMember", pop.person_ids[person])
        helpers.members.append(person)


def _grid_workers(pop: Population, helpers: Helpers, members: set[int]) -> None:
    shape, b = pop.shape, pop.b
    grids = shape.residential_grids
    teachers = min(max(shape.school_grids, round(shape.grid_workers * 6 / 58)), shape.grid_workers - grids)
    plan = [(g, "FULL_TIME") for g in range(grids)]
    plan += [(grids + t % shape.school_grids, "TEACHER") for t in range(teachers)]
    others = shape.grid_workers - len(plan)
    # Roles come in blocks dealt round the grids, so every grid gets a mix of them.
    plan += [(k % grids, _FORCE[k * len(_FORCE) // others]) for k in range(others)]
    helpers.workers_by_grid = [[] for _ in pop.grid_ids]
    members_by_grid: list[list[int]] = [[] for _ in pop.grid_ids]
    for member in members:
        members_by_grid[pop.grid_of(member)].append(member)
    workers: set[int] = set()
    for grid, role in plan:
        low, high = _AGE_BANDS[role]
        if role == "TEACHER":  # teachers come from the school and do not live in the community
            age = pop.rng.randint(low, high)
            gender = pop.rng.choice(("MALE", "FEMALE"))
            person = pop.add_person(gender, YEAR - age, names.person_name(pop.rng, gender, YEAR - age), -1)
        else:
            party = members_by_grid[grid] if role in _PARTY_ROLES else []
            person = _resident_worker(pop, party, pop.grid_people(grid), low, high, workers)
        workers.add(person)
        pop.person_rows[person]["gridRole"] = role
        b.rel(d.WORKS_GRID, pop.person_ids[person], pop.grid_ids[grid])
        b.role("GridWorker", pop.person_ids[person])
        if role == "VOLUNTEER":
            b.role("Volunteer", pop.person_ids[person])
        helpers.workers_by_grid[grid].append(person)
    helpers.people += sorted(workers)


def _resident_worker(pop: Population, party: list[int], grid: range, low: int, high: int, taken: set[int]) -> int:
    """A member of `party` in the age band if any, else a resident of the grid, else any adult resident."""
    person = _member_in_band(pop, party, low, high, taken)
    if person is None:
        person = pop.pick(grid, low, high, taken)
    if person is None:
        person = pop.pick(range(pop.residents), 18, 80, taken, tries=10_000)
    if person is None:
        raise ValueError("too few adults for the grid workers asked for")
    return person


def _member_in_band(pop: Population, candidates: list[int], low: int, high: int, taken: set[int]) -> int | None:
    for _ in range(30 if candidates else 0):
        person = candidates[pop.rng.randrange(len(candidates))]
        if person not in taken and low <= pop.age(person) <= high:
            return person
    return None


def _volunteers(pop: Population, helpers: Helpers, members: set[int]) -> None:
    """Half the volunteers are members under 76, half other residents; grid workers are never counted twice."""
    shape, rng = pop.shape, pop.rng
    volunteers: set[int] = set()
    workers = set(helpers.people)
    blocked = workers | members  # who may not be drawn as a non-member volunteer
    attempts = 0
    while len(volunteers) < shape.volunteers and attempts < 50 * shape.volunteers:
        attempts += 1
        person: int | None
        if len(volunteers) % 2 == 0:
            member = helpers.members[rng.randrange(len(helpers.members))]
            fits = member not in volunteers and member not in workers and pop.age(member) <= 75
            person = member if fits else None
        else:
            person = pop.pick(range(pop.residents), 18, 70, blocked)
        if person is None:
            continue
        volunteers.add(person)
        blocked.add(person)
        pop.b.role("Volunteer", pop.person_ids[person])
    # Members up to eighty stay active helpers; the oldest are members, not helpers.
    active = {m for m in helpers.members if pop.age(m) <= 80}
    helpers.people = sorted(workers | volunteers | active)


def _skills(pop: Population, helpers: Helpers) -> None:
    rng, b = pop.rng, pop.b
    for spec in SKILLS:
        helpers.skill_ids.append(
            b.node("Skill", f"{pop.prefix}-skill-{spec.key}", name=spec.name, category=spec.category)
        )
    elder = [SKILL_INDEX[k] for k in ELDER_SKILLS]
    younger = [SKILL_INDEX[k] for k in YOUNGER_SKILLS]
    for person in helpers.people:
        age = pop.age(person)
        leaning = elder if age >= 60 else younger
        chosen: set[int] = set()
        for _ in range(rng.choice((1, 2, 2, 3))):
            chosen.add(rng.choice(leaning) if rng.random() < 0.6 else rng.randrange(len(SKILLS)))
        helpers.skills[person] = sorted(chosen)
        for skill in helpers.skills[person]:
            helpers.by_skill[skill].append(person)
            level = rng.choices((1, 2, 3, 4, 5), weights=(10, 25, 35, 20, 10))[0]
            b.rel(d.HAS_SKILL, pop.person_ids[person], helpers.skill_ids[skill], _LEVELS[level])
        capacity = rng.randint(2, 5) if age < 70 else rng.randint(2, 3)
        helpers.capacity[person] = capacity
        pop.person_rows[person]["capacity"] = capacity
