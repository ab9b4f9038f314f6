"""How each demo council topic got where it is: proposer, decision, owner, implementation timeline and history."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from seeds import dataset as d
from seeds.catalog import TOPICS
from seeds.clock import CST, NOW, between
from seeds.events import Origins
from seeds.population import Population

TOPIC_IN_COMMUNITY = d.RelKey("IN_COMMUNITY", "CouncilTopic", "Community")
PROPOSED = d.RelKey("PROPOSED", "Person", "CouncilTopic")
OWNED_BY = d.RelKey("OWNED_BY", "CouncilTopic", "Person")
HAS_UPDATE = d.RelKey("HAS_UPDATE", "CouncilTopic", "TopicUpdate")
OF_TOPIC = d.RelKey("OF_TOPIC", "TopicStep", "CouncilTopic")
MERGED_INTO = d.RelKey("MERGED_INTO", "CouncilTopic", "CouncilTopic")

_DECISIONS = (
    "议事会表决通过实施方案,由社区牵头、物业配合,资金从社区公益金列支。",
    "协商确定分步实施,先行排查再统一整改,居民代表全程参与监督。",
    "经表决委托共建单位承担施工,业委会负责验收。",
)
_UPDATES = ("完成现场勘查和方案公示。", "施工单位进场,完成主体工程。", "收尾整改,居民代表现场查看。", "全部完工。")
_REJECTIONS = ("不属于社区议事范围,已转相关部门处理。", "诉求已在其他渠道解决,无需上会。")
# Stages after acceptance, in order: a topic at a later stage went through every earlier one.
_ORDER = ("ACCEPTED", "DELIBERATED", "SUPERVISED", "REVIEWED")

Step = tuple[str, str | None, str, datetime, str | None]


@dataclass(frozen=True)
class TopicFlow:
    """A topic discussed at meetings on `dates` (in order), now at `stage`; `people` may propose and own it."""

    id: str
    stage: str
    outcome: str | None
    dates: list[date]
    people: list[str]


def _at(day: date, hour: int = 9) -> datetime:
    return min(datetime.combine(day, time(hour), CST), NOW)


def add_flow(pop: Population, flow: TopicFlow) -> dict[str, object]:
    """Write the topic's proposer, owner, timeline and history; returns the properties its node takes."""
    b, rng = pop.b, random.Random(flow.id)
    b.rel(TOPIC_IN_COMMUNITY, flow.id, pop.identity.id)
    proposed = _at(flow.dates[0] - timedelta(days=rng.randint(3, 20)), 10)
    b.rel(PROPOSED, rng.choice(flow.people), flow.id)
    steps: list[Step] = [
        ("propose", None, "PROPOSED", proposed, None),
        ("accept", "PROPOSED", "ACCEPTED", _at(flow.dates[0]), None),
    ]
    props: dict[str, object] = {"proposedAt": proposed}
    reached = _ORDER.index("REVIEWED" if flow.stage == "REOPENED" else flow.stage)
    if reached >= 1:
        decided = flow.dates[min(1, len(flow.dates) - 1)] if reached == 1 else flow.dates[0]
        props |= {"decision": rng.choice(_DECISIONS), "deadline": decided + timedelta(days=rng.randint(30, 90))}
        b.rel(OWNED_BY, flow.id, rng.choice(flow.people))
        steps.append(("deliberate", "ACCEPTED", "DELIBERATED", _at(decided, 11), None))
        props["progress"] = 0
    if reached >= 2:
        start = _at(decided, 11)
        end = _at(flow.dates[-1]) if reached == 3 and len(flow.dates) > 1 else NOW
        count = rng.randint(2, 4)
        final = 100 if reached == 3 else rng.randint(30, 90)
        before = "DELIBERATED"
        for k in range(count):
            at = start + (end - start) * (k + 1) / (count + 1)
            progress = final * (k + 1) // count
            update = b.node(
                "TopicUpdate", f"{flow.id}-u{k + 1}", at=at.date(), progress=progress, note=_UPDATES[min(k, 3)]
            )
            b.rel(HAS_UPDATE, flow.id, update)
            steps.append(("supervise", before, "SUPERVISED", at, f"{progress}%"))
            before = "SUPERVISED"
        props["progress"] = final
    if reached == 3:
        reviewed = _at(flow.dates[-1], 11)
        # The council's review step is named by its verdict, as graph/council takes it: solve or reopen.
        action = "solve" if flow.stage == "REVIEWED" else "reopen"
        steps.append((action, "SUPERVISED", flow.stage, max(reviewed, steps[-1][3]), flow.outcome))
        props["reviewedAt"] = max(reviewed, steps[-1][3])
    _history(pop, flow.id, steps)
    return props


def add_side_topic(
    pop: Population, topic_id: str, stage: str, at: datetime, people: list[str], into: str
) -> dict[str, object]:
    """A topic that never reached an agenda: still PROPOSED, REJECTED with a reason, or MERGED into `into`."""
    b, rng = pop.b, random.Random(topic_id)
    b.rel(TOPIC_IN_COMMUNITY, topic_id, pop.identity.id)
    b.rel(PROPOSED, rng.choice(people), topic_id)
    steps: list[Step] = [("propose", None, "PROPOSED", at, None)]
    props: dict[str, object] = {"proposedAt": at}
    later = min(at + timedelta(days=rng.randint(2, 10)), NOW)
    if stage == "REJECTED":
        props["rejectionReason"] = rng.choice(_REJECTIONS)
        steps.append(("reject", "PROPOSED", "REJECTED", later, str(props["rejectionReason"])))
    elif stage == "MERGED":
        b.rel(MERGED_INTO, topic_id, into)
        steps.append(("merge", "PROPOSED", "MERGED", later, into))
    _history(pop, topic_id, steps)
    return props


def _history(pop: Population, topic_id: str, steps: list[Step]) -> None:
    for version, (action, before, after, at, note) in enumerate(steps, start=1):
        step = pop.b.node(
            "TopicStep",
            f"{topic_id}-h{version}",
            action=action,
            fromStage=before,
            toStage=after,
            note=note,
            at=at,
            version=version,
        )
        pop.b.rel(OF_TOPIC, step, topic_id)


def add_side_topics(
    pop: Population, people: list[str], made: list[tuple[str, str]], origins: Origins, used: set[str]
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
        props = add_side_topic(pop, topic_id, stage, at, people, into)
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
