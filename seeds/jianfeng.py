"""The demo: Jianfeng Community (建峰社区), Baitao Subdistrict, Fuling District, Chongqing, as of October 2023."""

from __future__ import annotations

from seeds.dataset import Dataset
from seeds.generator import generate_community
from seeds.partners import UnitSpec
from seeds.shape import Identity, Shape

SEED = 816  # after the 816 Project whose veterans retired here

IDENTITY = Identity(
    id="jf",
    name="建峰社区",
    city="重庆市",
    district="涪陵区",
    subdistrict="白涛街道",
    committee="建峰社区党委",
    mediation_studio="绍胤工作室",
)

# The twelve figures are the article's; the rest sizes a community of about 4,500 residents around them.
SHAPE = Shape(
    residents=4_500,
    residential_grids=10,
    school_grids=2,
    party_branches=10,
    party_members=750,
    grid_workers=58,
    volunteers=160,
    co_building_units=11,
    other_units=2,
    resources=7,
    wishes=120,
    wishes_fulfilled=33,
    events=400,
    campaigns=1,
    urgent_problems_solved=36,
    campaign_other_events=27,
    disputes=22,
    disputes_mediated=16,
    meetings=12,
    topics=60,
    council_problems_solved=47,
    birthday_parties=12,
    elderly_birthday_attendances=398,
    after_school_classes=2,
    holiday_classes=2,
    children_in_after_school_classes=23,
)

# Fictional names: the community's own name is real, no unit here claims to be a real company or school.
UNITS: list[UnitSpec] = [
    UnitSpec("峰城实验小学", "SCHOOL"),
    UnitSpec("峰城中学", "SCHOOL"),
    UnitSpec("峰源化工有限公司", "ENTERPRISE"),
    UnitSpec("峰达物流有限公司", "ENTERPRISE"),
    UnitSpec("峰和热电有限公司", "ENTERPRISE"),
    UnitSpec("白涛峰联建材有限公司", "ENTERPRISE"),
    UnitSpec("建峰片区物业服务有限公司", "ENTERPRISE"),
    UnitSpec("白涛街道社区卫生服务站", "INSTITUTION"),
    UnitSpec("白涛供电服务站", "INSTITUTION"),
    UnitSpec("白涛邮政所", "INSTITUTION"),
    UnitSpec("建峰片区警务室", "INSTITUTION"),
    UnitSpec("峰悦便利店", "ENTERPRISE", signed=False),
    UnitSpec("白涛乐龄养老服务站", "INSTITUTION", signed=False),
]


def build() -> Dataset:
    return generate_community(IDENTITY, SHAPE, UNITS, SEED)
