"""Households of a retiree-heavy company town packed into blocks of flats, and the blocks into grids."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from seeds import dataset as d
from seeds import names
from seeds.clock import YEAR

if TYPE_CHECKING:
    from seeds.population import Population

# Household kinds with their weights: many elderly couples and elderly people living alone.
_KINDS = ("alone", "elder_couple", "three_generations", "family", "couple", "single", "elder_with_child")
_WEIGHTS = (12, 26, 14, 22, 12, 8, 6)
_GENDERS = ("MALE", "FEMALE")


def _household_members(rng: random.Random, kind: str) -> list[tuple[str, int]]:
    """(gender, age) of each member, head first."""
    if kind == "alone":
        return [(rng.choice(("FEMALE", "FEMALE", "MALE")), rng.randint(65, 95))]
    if kind == "elder_couple":
        age = rng.randint(60, 90)
        return [("MALE", age), ("FEMALE", max(58, age - rng.randint(0, 5)))]
    if kind == "elder_with_child":
        return [(rng.choice(_GENDERS), rng.randint(75, 95)), (rng.choice(_GENDERS), rng.randint(45, 62))]
    if kind == "single":
        return [(rng.choice(_GENDERS), rng.randint(20, 59))]
    if kind == "couple":
        age = rng.randint(23, 59)
        return [("MALE", age), ("FEMALE", max(21, age - rng.randint(0, 4)))]
    members: list[tuple[str, int]] = []
    if kind == "three_generations":
        elder = rng.randint(62, 85)
        members += [("MALE", elder), ("FEMALE", elder - rng.randint(0, 4))]
        parent = rng.randint(max(30, elder - 35), elder - 24)
        members.append((rng.choice(_GENDERS), parent))
        if rng.random() < 0.7:
            members.append(("FEMALE" if members[-1][0] == "MALE" else "MALE", parent + rng.randint(-3, 3)))
    else:
        parent = rng.randint(28, 50)
        members += [("MALE", parent), ("FEMALE", parent - rng.randint(0, 4))]
    for _ in range(1 if rng.random() < 0.72 else 2):
        members.append((rng.choice(_GENDERS), rng.randint(0, min(17, parent - 22))))
    return members


def _rooms(rng: random.Random) -> tuple[int, list[str]]:
    """Floors of a new building and its occupied rooms (about one flat in ten stands empty)."""
    floors = rng.choices((5, 6, 7, 11, 18), weights=(20, 35, 30, 10, 5))[0]
    units = rng.choice((1, 2, 2, 3))
    rooms = [names.room(u, f, door) for u in range(1, units + 1) for f in range(1, floors + 1) for door in (1, 2)]
    return floors, [r for r in rooms if rng.random() > 0.1]


def build_housing(pop: Population) -> None:
    """Exactly `shape.residents` residents in households, filling buildings in order (so ranges index them)."""
    rng, b, shape = pop.rng, pop.b, pop.shape
    floors: list[int] = []
    rooms: list[str] = []
    household = 0
    while len(pop.person_ids) < shape.residents:
        if not rooms:
            floor_count, rooms = _rooms(rng)
            floors.append(floor_count)
            rooms.reverse()
            pop.building_people.append(range(len(pop.person_ids), len(pop.person_ids)))
        building = len(floors) - 1
        # The first households take each kind in turn, so even a tiny community has every age group.
        kind = _KINDS[household] if household < len(_KINDS) else rng.choices(_KINDS, weights=_WEIGHTS)[0]
        members = _household_members(rng, kind)[: shape.residents - len(pop.person_ids)]
        family = names.surname(rng)
        household_id = f"{pop.prefix}-h{household}"
        people = []
        for gender, age in members:
            own = family if gender == "MALE" or age < 18 or rng.random() < 0.3 else None
            person = pop.add_person(gender, YEAR - age, names.person_name(rng, gender, YEAR - age, own), building)
            people.append(person)
            b.rel(d.IN_HOUSEHOLD, pop.person_ids[person], household_id)
            b.role("Resident", pop.person_ids[person])
            if rng.random() < 0.015:
                pop.groups["DISABLED"].append(person)
            if age <= 16 and rng.random() < 0.03:
                pop.groups["CHILD_IN_DIFFICULTY"].append(person)
        if kind == "alone":
            pop.groups["ELDERLY_ALONE"] += people
        elif kind == "elder_couple" and rng.random() < 0.04:
            pop.groups["LOST_ONLY_CHILD"] += people
        b.node(
            "Household", household_id, name=names.household_name(pop.person_rows[people[0]]["name"]), room=rooms.pop()
        )
        b.rel(d.IN_BUILDING, household_id, f"{pop.prefix}-b{building}")
        start = pop.building_people[building].start
        pop.building_people[building] = range(start, len(pop.person_ids))
        household += 1
    pop.residents = len(pop.person_ids)
    _buildings(pop, floors)


def _buildings(pop: Population, floors: list[int]) -> None:
    grids = pop.shape.residential_grids
    while len(floors) < grids:  # only a community smaller than its grids needs this: an empty block per grid
        floors.append(6)
        pop.building_people.append(range(pop.residents, pop.residents))
    count = len(floors)
    for j, floor_count in enumerate(floors):
        grid = j * grids // count  # contiguous runs, so a grid's buildings (and residents) are index ranges
        if len(pop.grid_buildings) <= grid:
            pop.grid_buildings.append(range(j, j))
        start = pop.grid_buildings[grid].start
        pop.grid_buildings[grid] = range(start, j + 1)
        _add_building(pop, j, names.building_name(pop.estates[grid], j - start + 1), floor_count, grid)
    for s, school in enumerate(pop.schools):
        start = len(pop.building_ids)
        for suffix, floor_count in (("教学楼", 5), ("综合楼", 4)):
            _add_building(pop, len(pop.building_ids), f"{school}{suffix}", floor_count, grids + s)
            pop.building_people.append(range(pop.residents, pop.residents))
        pop.grid_buildings.append(range(start, len(pop.building_ids)))


def _add_building(pop: Population, index: int, name: str, floor_count: int, grid: int) -> None:
    ident = pop.identity
    building_id = pop.b.node(
        "Building",
        f"{pop.prefix}-b{index}",
        name=name,
        floors=floor_count,
        address=f"{ident.city}{ident.district}{ident.subdistrict}{ident.name}{name}",
    )
    pop.b.rel(d.BUILDING_IN_GRID, building_id, pop.grid_ids[grid])
    pop.building_ids.append(building_id)
    pop.building_names.append(name)
    pop.building_grid.append(grid)
