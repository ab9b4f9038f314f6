"""One community from its identity, shape, units and seed: population first, then everything hanging on it."""

from __future__ import annotations

import random

from seeds.activities import build_activities
from seeds.council import build_council
from seeds.dataset import Builder, Dataset
from seeds.events import build_events
from seeds.partners import UnitSpec, build_partners
from seeds.population import build_population
from seeds.roles import build_roles
from seeds.services import build_services
from seeds.shape import Identity, Shape
from seeds.wishes import build_wishes


def generate_community(identity: Identity, shape: Shape, units: list[UnitSpec], seed: int) -> Dataset:
    """Deterministic for equal arguments: one Random drives every choice, in a fixed order."""
    schools = [u.name for u in units if u.kind == "SCHOOL"]
    signed = sum(1 for u in units if u.signed)
    if len(schools) != shape.school_grids or signed != shape.co_building_units:
        raise ValueError("units must hold one school per school grid and one signed unit per co-building unit")
    rng = random.Random(seed)
    builder = Builder(identity.id)
    pop = build_population(identity, shape, schools, rng, builder)
    helpers = build_roles(pop)
    partners = build_partners(pop, units)
    build_wishes(pop, helpers, partners)
    origins = build_events(pop, helpers, partners)
    build_council(pop, helpers, partners, origins)
    activities = build_activities(pop)
    build_services(pop, helpers, activities)
    return builder.build()
