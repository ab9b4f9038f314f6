"""A community's grids, residents and special groups, indexed by position for the generators that follow."""

from __future__ import annotations

import random
from array import array
from dataclasses import dataclass, field
from math import ceil, sqrt

from seeds import dataset as d
from seeds import names
from seeds.catalog import SPECIAL_GROUPS
from seeds.clock import YEAR
from seeds.dataset import Builder, Row
from seeds.housing import build_housing
from seeds.shape import Identity, Shape


@dataclass
class Population:
    """The people and places of one community, indexed by position for the generators that follow."""

    identity: Identity
    shape: Shape
    rng: random.Random
    b: Builder
    grid_ids: list[str] = field(default_factory=list)
    estates: list[str] = field(default_factory=list)
    building_ids: list[str] = field(default_factory=list)
    building_names: list[str] = field(default_factory=list)
    building_grid: array[int] = field(default_factory=lambda: array("i"))
    grid_buildings: list[range] = field(default_factory=list)
    building_people: list[range] = field(default_factory=list)
    person_ids: list[str] = field(default_factory=list)
    person_rows: list[Row] = field(default_factory=list)
    person_building: array[int] = field(default_factory=lambda: array("i"))
    schools: list[str] = field(default_factory=list)
    groups: dict[str, list[int]] = field(default_factory=lambda: {kind: [] for kind, _ in SPECIAL_GROUPS})
    residents: int = 0

    @property
    def prefix(self) -> str:
        return self.identity.id

    @property
    def residential(self) -> range:
        return range(self.shape.residential_grids)

    def age(self, person: int) -> int:
        year: int = self.person_rows[person]["birthYear"]
        return YEAR - year

    def grid_of(self, person: int) -> int:
        """The grid someone lives in, -1 for the few who work here but live elsewhere."""
        building = self.person_building[person]
        return self.building_grid[building] if building >= 0 else -1

    def grid_people(self, grid: int) -> range:
        buildings = self.grid_buildings[grid]
        if not buildings:
            return range(0)
        return range(self.building_people[buildings.start].start, self.building_people[buildings.stop - 1].stop)

    def pick(self, people: range, min_age: int, max_age: int, taken: set[int], tries: int = 60) -> int | None:
        """A random person of `people` in the age band and not in `taken`; sampling keeps this O(1) at any size."""
        if not people:
            return None
        for _ in range(tries):
            person = people[self.rng.randrange(len(people))]
            if person not in taken and min_age <= self.age(person) <= max_age:
                return person
        return None

    def add_person(self, gender: str, birth_year: int, name: str, building: int) -> int:
        index = len(self.person_ids)
        person_id = f"{self.prefix}-p{index}"
        born = names.birth_date(index, birth_year)
        row: Row = {"id": person_id, "name": name, "gender": gender, "birthYear": birth_year, "birthDate": born}
        row["idNumber"] = names.id_number(index, born, gender == "FEMALE", self.identity.region)
        if YEAR - birth_year >= 16:
            row["phone"] = names.phone(self.rng)
        self.person_ids.append(person_id)
        self.person_rows.append(row)
        self.person_building.append(building)
        self.b.add("Person", row)
        return index


def build_population(
    identity: Identity, shape: Shape, schools: list[str], rng: random.Random, b: Builder
) -> Population:
    pop = Population(identity, shape, rng, b, schools=schools)
    b.node(
        "Community",
        identity.id,
        name=identity.name,
        city=identity.city,
        district=identity.district,
        subdistrict=identity.subdistrict,
    )
    _grids(pop)
    build_housing(pop)
    for kind, name in SPECIAL_GROUPS:
        group_id = b.node("SpecialGroup", f"{pop.prefix}-sg-{kind.lower()}", name=name, kind=kind)
        b.rel(d.GROUP_IN_COMMUNITY, group_id, identity.id)
        for person in pop.groups[kind]:
            b.rel(d.IN_SPECIAL_GROUP, pop.person_ids[person], group_id)
    return pop


def _grids(pop: Population) -> None:
    b, ident, count = pop.b, pop.identity, pop.shape.residential_grids
    for g in pop.residential:
        pop.estates.append(names.estate_name(g))
        grid_id = b.node(
            "Grid",
            f"{pop.prefix}-g{g + 1:02d}",
            name=f"{ident.name}第{g + 1}网格",
            code=f"{pop.prefix.upper()}-{g + 1:02d}",
            kind="RESIDENTIAL",
        )
        pop.grid_ids.append(grid_id)
    for s, school in enumerate(pop.schools):
        grid_id = b.node(
            "Grid",
            f"{pop.prefix}-gs{s + 1}",
            name=f"{school}专属网格",
            code=f"{pop.prefix.upper()}-S{s + 1}",
            kind="SCHOOL",
        )
        pop.grid_ids.append(grid_id)
    for grid_id in pop.grid_ids:
        b.rel(d.GRID_IN_COMMUNITY, grid_id, ident.id)
    # Residential grids lie in rows of a rough rectangle; each touches its right and lower neighbour.
    cols = max(1, ceil(sqrt(count * 2.5)))
    for g in range(count):
        for other in (g + 1 if (g + 1) % cols else -1, g + cols):
            if 0 <= other < count:
                b.rel(d.ADJACENT_TO, pop.grid_ids[g], pop.grid_ids[other])
    for s in range(len(pop.schools)):
        near = s * count // len(pop.schools)
        for g in {near, min(near + 1, count - 1)}:
            b.rel(d.ADJACENT_TO, pop.grid_ids[g], pop.grid_ids[count + s])
