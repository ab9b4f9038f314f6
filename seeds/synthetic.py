"""Synthetic communities of any size, shaped like the demo and scaled by their number of residents."""

from __future__ import annotations

from seeds import jianfeng, names
from seeds.dataset import Dataset
from seeds.generator import generate_community
from seeds.partners import UnitSpec
from seeds.shape import Identity, Shape

MIN_RESIDENTS = 100


def community_id(residents: int, seed: int = 7) -> str:
    return f"syn{residents}" if seed == 7 else f"syn{residents}s{seed}"


def shape(residents: int) -> Shape:
    if residents < MIN_RESIDENTS:
        raise ValueError(f"a synthetic community needs at least {MIN_RESIDENTS} residents")
    return jianfeng.SHAPE.scaled(residents)


def units(scaled: Shape) -> list[UnitSpec]:
    """One school per school grid, then enterprises and institutions in turn; the last ones unsigned."""
    specs = [UnitSpec(names.unit_name("SCHOOL", s), "SCHOOL") for s in range(scaled.school_grids)]
    others = scaled.co_building_units - scaled.school_grids + scaled.other_units
    for k in range(others):
        kind = "ENTERPRISE" if k % 2 == 0 else "INSTITUTION"
        signed = k < scaled.co_building_units - scaled.school_grids
        specs.append(UnitSpec(names.unit_name(kind, k // 2), kind, signed))
    return specs


def generate(residents: int, seed: int = 7) -> Dataset:
    """A community of exactly `residents` residents with id syn<residents> (syn<residents>s<seed> off the default)."""
    scaled = shape(residents)
    cid = community_id(residents, seed)
    identity = Identity(
        id=cid,
        name=f"合成{residents}社区",
        city="重庆市",
        district="合成区",
        subdistrict="合成街道",
        committee=f"合成{residents}社区党委",
        mediation_studio=f"合成{residents}社区调解工作室",
        # A region of its own per community (the demo's is 500102): synthetic communities loaded side by side
        # never share a person's number (each uses at most a few dozen codes upward from its own).
        region=510000 + (residents + 31 * seed) % 97 * 100,
    )
    return generate_community(identity, scaled, units(scaled), seed)
