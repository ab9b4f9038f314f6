"""Service lists per special group, needs lists per member, and grid workers' home visits, some left overdue."""

from __future__ import annotations

import random
from datetime import timedelta

from seeds.clock import NOW, TODAY, WINDOW_START, between
from seeds.dataset import RelKey
from seeds.population import Population
from seeds.roles import Helpers

FOR_GROUP = RelKey("FOR_GROUP", "ServiceItem", "SpecialGroup")
DELIVERS = RelKey("DELIVERS", "ServiceActivity", "ServiceItem")
HAS_NEED = RelKey("HAS_NEED", "Person", "Need")
VISIT_BY = RelKey("BY", "HomeVisit", "Person")
VISIT_TO = RelKey("TO", "HomeVisit", "Person")

# (name, frequency, description, activity kind it is delivered through) per special group.
SERVICE_ITEMS: dict[str, tuple[tuple[str, str, str, str | None], ...]] = {
    "ELDERLY_ALONE": (
        ("集体生日会", "MONTHLY", "每月为当月过生日的老人集体庆生。", "BIRTHDAY_PARTY"),
        ("电话问候", "WEEKLY", "网格员每周电话问候,确认老人安好。", None),
        ("助餐送餐", "ON_DEMAND", "行动不便的老人由志愿者送餐上门。", None),
        ("健康随访", "MONTHLY", "社区卫生服务站上门测血压、血糖。", None),
    ),
    "CHILD_IN_DIFFICULTY": (
        ("四点半课堂", "WEEKLY", "放学后作业辅导和兴趣活动。", "AFTER_SCHOOL_CLASS"),
        ("七彩假日课堂", "YEARLY", "寒暑假期间的托管与素质课程。", "HOLIDAY_CLASS"),
        ("心理关爱", "MONTHLY", "志愿者一对一陪伴和心理疏导。", None),
    ),
    "DISABLED": (
        ("康复指导", "MONTHLY", "康复按摩与辅具使用指导。", None),
        ("代购代办", "ON_DEMAND", "代购生活用品、代办证件手续。", None),
        ("无障碍改造", "ON_DEMAND", "为家中加装扶手、坡道。", None),
    ),
    "LOST_ONLY_CHILD": (
        ("节日走访慰问", "QUARTERLY", "重要节日上门慰问。", None),
        ("心理疏导", "MONTHLY", "心理咨询师定期谈心。", None),
        ("就医陪护", "ON_DEMAND", "陪同就医、协助住院手续。", None),
    ),
}
NEEDS: dict[str, tuple[str, ...]] = {
    "ELDERLY_ALONE": (
        "希望有人定期上门陪伴聊天",
        "家中电器老化需要检修",
        "行动不便,需要送餐上门",
        "需要协助办理医保报销",
    ),
    "CHILD_IN_DIFFICULTY": (
        "需要课后作业辅导",
        "缺少冬季衣物和学习用品",
        "希望参加假期托管班",
        "家长外出务工,需要心理关爱",
    ),
    "DISABLED": ("需要康复器材", "希望家中加装扶手", "需要协助办理残疾人补贴", "出行不便,需要代购生活用品"),
    "LOST_ONLY_CHILD": ("希望节假日有人陪伴", "需要陪同就医", "需要心理疏导", "希望参加社区文体活动"),
}
NOTES = (
    "老人身体状况良好,叮嘱注意用电安全。",
    "了解近期生活情况,家中暂无困难。",
    "反映家中水管漏水,已登记转物业处理。",
    "孩子学习情况稳定,告知四点半课堂安排。",
    "协助整理医保报销材料,下周再来跟进。",
    "情绪较低落,约定下周再次上门陪伴。",
    "检查燃气、电线,提醒冬季取暖安全。",
)
_SOURCES = ("HOME_VISIT", "WECHAT_GROUP", "PATROL")
_SOURCE_WEIGHTS = (50, 30, 20)
# Share of members whose last visit is long overdue, and of those visited one to three months ago.
OVERDUE_SHARE = 0.08
LATE_SHARE = 0.14


def build_services(pop: Population, helpers: Helpers, activities: dict[str, list[str]]) -> None:
    """Uses its own Random, so the rest of the community is the same with or without these rows."""
    rng = random.Random(f"services-{pop.identity.id}")
    _service_items(pop, activities)
    members: dict[int, list[str]] = {}
    for kind, people in pop.groups.items():
        for person in people:
            members.setdefault(person, []).append(kind)
    needs = visits = 0
    for person in sorted(members):
        needs = _needs(pop, rng, person, members[person], needs)
        visits = _visits(pop, rng, helpers, person, visits)


def _service_items(pop: Population, activities: dict[str, list[str]]) -> None:
    for kind, items in SERVICE_ITEMS.items():
        for k, (name, frequency, description, delivered_by) in enumerate(items):
            item = pop.b.node(
                "ServiceItem",
                f"{pop.prefix}-si-{kind.lower()}-{k + 1}",
                name=name,
                frequency=frequency,
                description=description,
            )
            pop.b.rel(FOR_GROUP, item, f"{pop.prefix}-sg-{kind.lower()}")
            for activity in activities.get(delivered_by or "", []):
                pop.b.rel(DELIVERS, activity, item)


def _needs(pop: Population, rng: random.Random, person: int, kinds: list[str], count: int) -> int:
    wanted = rng.choice((0, 1, 1, 2, 2, 3))
    texts = sorted({text for kind in kinds for text in NEEDS[kind]})
    for text in rng.sample(texts, min(wanted, len(texts))):
        recorded = between(rng, WINDOW_START, NOW)
        if NOW - recorded > timedelta(days=60):
            status = rng.choices(("MET", "CLOSED", "OPEN"), weights=(60, 15, 25))[0]
        else:
            status = rng.choices(("OPEN", "MET"), weights=(70, 30))[0]
        count += 1
        need = pop.b.node(
            "Need",
            f"{pop.prefix}-nd{count}",
            description=text,
            source=rng.choices(_SOURCES, weights=_SOURCE_WEIGHTS)[0],
            status=status,
            recordedAt=recorded,
        )
        pop.b.rel(HAS_NEED, pop.person_ids[person], need)
    return count


def _visits(pop: Population, rng: random.Random, helpers: Helpers, person: int, count: int) -> int:
    """The last visit is recent for most, one to three months old for some, long overdue or never for a few."""
    grid = pop.grid_of(person)
    workers = helpers.workers_by_grid[grid] if grid >= 0 else []
    if not workers:
        return count
    roll = rng.random()
    if roll < OVERDUE_SHARE:
        if rng.random() < 0.4:
            return count  # never visited
        last = rng.randint(120, 300)
    elif roll < OVERDUE_SHARE + LATE_SHARE:
        last = rng.randint(31, 89)
    else:
        last = rng.randint(0, 29)
    ago = [last] + [last + rng.randint(30, 120) * (k + 1) for k in range(rng.randint(0, 3))]
    for days in sorted(ago, reverse=True):
        visited = TODAY - timedelta(days=days)
        if visited < WINDOW_START.date():
            continue
        count += 1
        visit = pop.b.node("HomeVisit", f"{pop.prefix}-hv{count}", visitedOn=visited, notes=rng.choice(NOTES))
        pop.b.rel(VISIT_BY, visit, pop.person_ids[workers[rng.randrange(len(workers))]])
        pop.b.rel(VISIT_TO, visit, pop.person_ids[person])
    return count
