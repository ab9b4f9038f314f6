"""Service activities: monthly collective birthday parties for the elderly, and classes for children."""

from __future__ import annotations

from datetime import date

from graph.core.model import ELDERLY_AGE
from seeds import dataset as d
from seeds.clock import day_in_month, month, spread
from seeds.population import Population

# (kind, title, first day) of each class term; more terms than these repeat them per area.
_CLASSES = {
    "AFTER_SCHOOL_CLASS": (
        ("四点半课堂(2023年春季学期)", date(2023, 3, 1)),
        ("四点半课堂(2023年秋季学期)", date(2023, 9, 4)),
    ),
    "HOLIDAY_CLASS": (("七彩假日课堂(2023年寒假)", date(2023, 1, 16)), ("七彩假日课堂(2023年暑假)", date(2023, 7, 10))),
}
_CHILD_AGES = (6, 14)


def build_activities(pop: Population) -> dict[str, list[str]]:
    """The activities' ids by kind, for the service lists that deliver through them."""
    held: dict[str, list[str]] = {}
    _birthday_parties(pop, held)
    _classes(pop, held)
    return held


def _activity(pop: Population, key: str, title: str, kind: str, held: date, ids: dict[str, list[str]]) -> str:
    activity = pop.b.node("ServiceActivity", f"{pop.prefix}-sa-{key}", title=title, kind=kind, heldOn=held)
    pop.b.rel(d.ACTIVITY_IN_COMMUNITY, activity, pop.identity.id)
    ids.setdefault(kind, []).append(activity)
    return activity


def _birthday_parties(pop: Population, ids: dict[str, list[str]]) -> None:
    """Each elderly resident celebrates at one party a year, so attendances are distinct people until they run out."""
    rng, shape = pop.rng, pop.shape
    count, total = shape.birthday_parties, shape.elderly_birthday_attendances
    months = spread(count)
    # Old enough at the earliest party, hence at every one of them.
    oldest_year = month(min(months))[0] - ELDERLY_AGE
    elderly = [p for p in range(pop.residents) if pop.person_rows[p]["birthYear"] <= oldest_year]
    if len(elderly) < -(-total // count):
        raise ValueError("too few elderly residents for the birthday attendances asked for")
    rng.shuffle(elderly)
    cursor = 0
    for k in range(count):
        year, mon = month(months[k])
        suffix = f"(第{k // 12 + 1}场)" if count > 12 else ""
        party = _activity(
            pop,
            f"bd{k + 1}",
            f"{year}年{mon}月老年人集体生日会{suffix}",
            "BIRTHDAY_PARTY",
            day_in_month(rng, months[k], 18, 28),
            ids,
        )
        for _ in range(total // count + (1 if k < total % count else 0)):
            pop.b.rel(d.PERSON_ATTENDED_ACTIVITY, pop.person_ids[elderly[cursor % len(elderly)]], party)
            cursor += 1


def _classes(pop: Population, ids: dict[str, list[str]]) -> None:
    """Every chosen child attends at least one term, some two or three."""
    rng, shape = pop.rng, pop.shape
    classes: list[str] = []
    for kind, count in (("AFTER_SCHOOL_CLASS", shape.after_school_classes), ("HOLIDAY_CLASS", shape.holiday_classes)):
        terms = _CLASSES[kind]
        for k in range(count):
            title, held = terms[k % len(terms)]
            title = title if k < len(terms) else f"{title}(第{k // len(terms) + 1}班)"
            classes.append(_activity(pop, f"{kind.split('_')[0].lower()}{k + 1}", title, kind, held, ids))
    low, high = _CHILD_AGES
    wanted = shape.children_in_after_school_classes
    # Children in difficulty get up to half the places; the classes are open to every child.
    in_difficulty = [c for c in pop.groups["CHILD_IN_DIFFICULTY"] if low <= pop.age(c) <= high]
    children = in_difficulty[: (wanted + 1) // 2]
    chosen = set(children)
    others = [p for p in range(pop.residents) if p not in chosen and low <= pop.age(p) <= high]
    rng.shuffle(others)
    children += others[: wanted - len(children)]
    if len(children) < wanted:
        raise ValueError("too few school-age children for the class places asked for")
    for i, child in enumerate(children):
        attended = {classes[i % len(classes)]}
        for _ in range(rng.choice((0, 0, 1, 2))):
            attended.add(rng.choice(classes))
        for activity in sorted(attended):
            pop.b.rel(d.PERSON_ATTENDED_ACTIVITY, pop.person_ids[child], activity)
