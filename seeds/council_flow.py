"""How each demo council topic got where it is: proposer, decision, owner, implementation timeline and history."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from graph.council import FLOW, MACHINE
from seeds import dataset as d
from seeds.catalog import TOPICS
from seeds.clock import CST, NOW, between
from seeds.events import Origins
from seeds.history import Entry, store, walk
from seeds.population import Population
from seeds.roles import Helpers

TOPIC_IN_COMMUNITY = d.RelKey("IN_COMMUNITY", "CouncilTopic", "Community")
PROPOSED = d.RelKey("PROPOSED", "Person", "CouncilTopic")
OWNED_BY = d.RelKey("OWNED_BY", "CouncilTopic", "Person")
HAS_UPDATE = d.RelKey("HAS_UPDATE", "CouncilTopic", "TopicUpdate")
MERGED_INTO = d.RelKey("MERGED_INTO", "CouncilTopic", "CouncilTopic")

_DECISIONS = (
    "议事会表决通过实施方案,由社区牵头、物业配合,资金从社区公益金列支。",
    "协商确定分步实施,先行排查再统一整改,居民代表全程参与监督。",
    "经表决委托共建单位承担施工,业委会负责验收。",
)
_UPDATES = ("完成现场勘查和方案公示。", "施工单位进场,完成主体工程。", "收尾整改,居民代表现场查看。", "全部完工。")
_REJECTIONS = ("不属于社区议事范围,已转相关部门处理。", "诉求已在其他渠道解决,无需上会。")
_REOPENED = "复盘时居民反映问题反弹,重新列入议题。"

# When each action on a topic's path was taken, and the note it left; an action listed twice was taken twice.
Taken = dict[str, list[tuple[datetime, str | None]]]


@dataclass(frozen=True)
class TopicFlow:
    """A topic discussed at meetings on `dates` (in order), now at `stage`; `people` may propose and own it, `staff`
    (a grid worker of its area) takes the council's steps."""

    id: str
    stage: str
    outcome: str | None
    dates: list[date]
    people: list[str]
    staff: str


def _at(day: date, hour: int = 9) -> datetime:
    return min(datetime.combine(day, time(hour), CST), NOW)


def add_flow(pop: Population, flow: TopicFlow) -> dict[str, object]:
    """Write the topic's proposer, owner, timeline and history; returns the properties its node takes."""
    b, rng = pop.b, random.Random(flow.id)
    b.rel(TOPIC_IN_COMMUNITY, flow.id, pop.identity.id)
    proposed = _at(flow.dates[0] - timedelta(days=rng.randint(3, 20)), 10)
    proposer = rng.choice(flow.people)
    b.rel(PROPOSED, proposer, flow.id)
    # The table's way to the topic's stage: which of the council's steps it went through.
    path = MACHINE.path(flow.stage)
    reviewed = path[-1] in ("solve", "reopen")
    taken: Taken = {"propose": [(proposed, None)], "accept": [(_at(flow.dates[0]), None)]}
    props: dict[str, object] = {"proposedAt": proposed}
    if "deliberate" in path:
        decided = flow.dates[min(1, len(flow.dates) - 1)] if path[-1] == "deliberate" else flow.dates[0]
        props |= {"decision": rng.choice(_DECISIONS), "deadline": decided + timedelta(days=rng.randint(30, 90))}
        b.rel(OWNED_BY, flow.id, rng.choice(flow.people))
        taken["deliberate"] = [(_at(decided, 11), None)]
        props["progress"] = 0
    if "supervise" in path:
        start = _at(decided, 11)
        end = _at(flow.dates[-1]) if reviewed and len(flow.dates) > 1 else NOW
        count = rng.randint(2, 4)
        final = 100 if reviewed else rng.randint(30, 90)
        taken["supervise"] = []
        for k in range(count):
            at = start + (end - start) * (k + 1) / (count + 1)
            progress = final * (k + 1) // count
            update = b.node(
                "TopicUpdate", f"{flow.id}-u{k + 1}", at=at.date(), progress=progress, note=_UPDATES[min(k, 3)]
            )
            b.rel(HAS_UPDATE, flow.id, update)
            taken["supervise"].append((at, f"{progress}%"))
        props["progress"] = final
    if reviewed:
        at = max(_at(flow.dates[-1], 11), taken["supervise"][-1][0])
        taken[path[-1]] = [(at, flow.outcome if path[-1] == "solve" else _REOPENED)]
        props["reviewedAt"] = at
    _history(pop, flow.id, path, taken, proposer, flow.staff)
    return props


def add_side_topic(
    pop: Population, topic_id: str, stage: str, at: datetime, people: list[str], into: str, staff: str
) -> dict[str, object]:
    """A topic that never reached an agenda: still PROPOSED, REJECTED with a reason, or MERGED into `into`."""
    b, rng = pop.b, random.Random(topic_id)
    b.rel(TOPIC_IN_COMMUNITY, topic_id, pop.identity.id)
    proposer = rng.choice(people)
    b.rel(PROPOSED, proposer, topic_id)
    path = MACHINE.path(stage)
    taken: Taken = {"propose": [(at, None)]}
    props: dict[str, object] = {"proposedAt": at}
    later = min(at + timedelta(days=rng.randint(2, 10)), NOW)
    if "reject" in path:
        props["rejectionReason"] = rng.choice(_REJECTIONS)
        taken["reject"] = [(later, str(props["rejectionReason"]))]
    elif "merge" in path:
        b.rel(MERGED_INTO, topic_id, into)
        taken["merge"] = [(later, into)]
    _history(pop, topic_id, path, taken, proposer, staff)
    return props


def _history(pop: Population, topic_id: str, path: tuple[str, ...], taken: Taken, proposer: str, staff: str) -> None:
    """The topic's steps along `path`, each action as often as it was taken; the proposer proposed, staff did the rest."""
    actions = [action for action in path for _ in taken[action]]
    times = [moment for action in path for moment in taken[action]]
    steps = walk(MACHINE, actions)
    entries = [
        Entry(*step, proposer if step[0] == "propose" else staff, at, note)
        for step, (at, note) in zip(steps, times, strict=True)
    ]
    store(pop.b, FLOW, topic_id, entries)


def add_side_topics(
    pop: Population, helpers: Helpers, people: list[str], made: list[tuple[str, str]], origins: Origins, used: set[str]
) -> None:
    """About one topic in seven never reached an agenda: some wait, some were rejected, some merged into another."""
    count = 3 * max(1, pop.shape.topics // 20)
    for j in range(count):
        topic_id = f"{pop.prefix}-ct{len(made) + j + 1}"
        rng = random.Random(topic_id)
        stage = ("PROPOSED", "REJECTED", "MERGED")[j % 3]
        category = rng.choice(list(TOPICS))
        grid = rng.randrange(len(pop.estates))
        title = rng.choice(TOPICS[category]).format(place=pop.estates[grid])
        at = between(rng, NOW - timedelta(days=60), NOW - timedelta(days=1))
        into = next((t for t, c in made if c == category), made[0][0])
        props = add_side_topic(pop, topic_id, stage, at, people, into, pop.person_ids[helpers.worker(grid)])
        pop.b.node(
            "CouncilTopic",
            topic_id,
            title=title,
            description=f"居民提出{title}。",
            category=category,
            stage=stage,
            **props,
        )
        found = [e for reported, e, _ in origins.get(category, []) if e not in used and reported < at]
        for event_id in rng.sample(found, min(len(found), rng.randint(1, 2))):
            used.add(event_id)
            pop.b.rel(d.FROM_EVENT, topic_id, event_id)
