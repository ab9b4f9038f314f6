"""Resident units with their co-building agreements and shared venues, and the self-governing bodies."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from graph.core.model import COLLABORATIONS, JOINT_CREATIONS
from seeds import dataset as d
from seeds.catalog import ORGANIZATIONS, RESOURCES
from seeds.population import Population


class UnitSpec(NamedTuple):
    name: str
    kind: str
    signed: bool = True


@dataclass
class Partners:
    unit_ids: list[str] = field(default_factory=list)
    unit_grid: list[int] = field(default_factory=list)
    signed: list[int] = field(default_factory=list)
    org_ids: dict[str, str] = field(default_factory=dict)


def build_partners(pop: Population, units: list[UnitSpec]) -> Partners:
    partners = Partners()
    _units(pop, units, partners)
    _resources(pop, units, partners)
    b, ident = pop.b, pop.identity
    bodies = [(kind, f"{ident.name}{name}") for kind, name in ORGANIZATIONS]
    for kind, name in [*bodies, ("MEDIATION_STUDIO", ident.mediation_studio)]:
        org_id = b.node("Organization", f"{pop.prefix}-org-{kind.lower().replace('_', '-')}", name=name, kind=kind)
        b.rel(d.ORG_IN_COMMUNITY, org_id, ident.id)
        partners.org_ids[kind] = org_id
    return partners


def _subset(pop: Population, values: tuple[str, ...], smallest: int) -> list[str]:
    """Most agreements commit to every item; the rest to a subset, kept in the model's order."""
    if pop.rng.random() < 0.5:
        return list(values)
    keep = set(pop.rng.sample(values, pop.rng.randint(smallest, len(values))))
    return [v for v in values if v in keep]


def _units(pop: Population, units: list[UnitSpec], partners: Partners) -> None:
    b, ident, rng = pop.b, pop.identity, pop.rng
    grids = pop.shape.residential_grids
    others = [u for u in units if u.kind != "SCHOOL"]
    school_index = other_index = 0
    for k, unit in enumerate(units):
        if unit.kind == "SCHOOL":
            grid = grids + school_index
            school_index += 1
            place = unit.name
        else:
            grid = other_index * grids // len(others)
            other_index += 1
            place = f"{pop.estates[grid]}旁"
        unit_id = b.node(
            "Unit",
            f"{pop.prefix}-u{k + 1}",
            name=unit.name,
            kind=unit.kind,
            address=f"{ident.city}{ident.district}{ident.subdistrict}{place}",
        )
        b.rel(d.UNIT_LOCATED_IN, unit_id, pop.grid_ids[grid])
        partners.unit_ids.append(unit_id)
        partners.unit_grid.append(grid)
        if not unit.signed:
            continue
        partners.signed.append(k)
        signed_on = date(2021, 3, 1) + timedelta(days=rng.randrange(820))
        agreement = b.node(
            "Agreement",
            f"{pop.prefix}-ag{k + 1}",
            title=f"{ident.name}与{unit.name}共驻共建共享协议",
            signedOn=signed_on,
            jointCreations=_subset(pop, JOINT_CREATIONS, 3),
            collaborations=_subset(pop, COLLABORATIONS, 4),
        )
        b.rel(d.SIGNED, unit_id, agreement)
        b.rel(d.WITH, agreement, ident.id)


def _resources(pop: Population, units: list[UnitSpec], partners: Partners) -> None:
    b = pop.b
    schools = [k for k in partners.signed if units[k].kind == "SCHOOL"]
    lenders = [k for k in partners.signed if units[k].kind != "SCHOOL"] or partners.signed
    offered: dict[tuple[int, str], int] = {}
    for i in range(pop.shape.resources):
        spec = RESOURCES[i % len(RESOURCES)]
        owners = schools if "学校" in spec.name and schools else lenders
        unit = owners[(i // len(RESOURCES) + i) % len(owners)]
        name = spec.name if i < len(RESOURCES) else f"{units[unit].name}{spec.name}"
        # A unit offering a second venue of a kind numbers it: a register names a venue by its unit and its name.
        offered[(unit, name)] = offered.get((unit, name), 0) + 1
        if offered[(unit, name)] > 1:
            name = f"{name}{offered[(unit, name)]}号"
        resource = b.node(
            "Resource",
            f"{pop.prefix}-r{i + 1}",
            name=name,
            kind=spec.kind,
            description=spec.description,
            capacity=spec.capacity,
        )
        b.rel(d.OFFERS, partners.unit_ids[unit], resource)
        b.rel(d.RESOURCE_LOCATED_IN, resource, pop.grid_ids[partners.unit_grid[unit]])
