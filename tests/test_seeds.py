"""Seed generators: deterministic, true to the model, and once loaded they give the article's twelve figures."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, cast

import pytest

from graph.core import model
from graph.core.db import Graph
from graph.core.loading import REL_TRIPLES, add_role, count_community, upsert_nodes, upsert_relationships
from graph.statistics import CommunityStats, community_stats
from seeds import jianfeng, synthetic
from seeds.dataset import Dataset
from seeds.load import load, load_demo

# The article's figures (domain.md), written out rather than taken from the seeds so a change there shows here.
ARTICLE_FIGURES = {
    "party_branches": 10,
    "party_members": 750,
    "grid_workers": 58,
    "school_grids": 2,
    "co_building_units": 11,
    "wishes_fulfilled": 33,
    "council_problems_solved": 47,
    "urgent_problems_solved": 36,
    "disputes_mediated": 16,
    "children_in_after_school_classes": 23,
    "birthday_parties": 12,
    "elderly_birthday_attendances": 398,
}

# Properties whose values must come from one of the model's enumerations.
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Grid", "kind"): model.GRID_KINDS,
    ("Person", "gridRole"): model.GRID_ROLES,
    ("Person", "partyStatus"): model.PARTY_STATUSES,
    ("SpecialGroup", "kind"): model.SPECIAL_GROUP_KINDS,
    ("Unit", "kind"): model.UNIT_KINDS,
    ("Resource", "kind"): model.RESOURCE_KINDS,
    ("Wish", "status"): model.WISH_STATUSES,
    ("Event", "category"): tuple(code for code, _, _ in model.BUILT_IN_CATEGORIES),
    ("Event", "status"): model.EVENT_STATUSES,
    ("Event", "source"): model.EVENT_SOURCES,
    ("Dispute", "outcome"): model.DISPUTE_OUTCOMES,
    ("Organization", "kind"): model.ORGANIZATION_KINDS,
    ("CouncilTopic", "stage"): model.TOPIC_STAGES,
    ("CouncilTopic", "outcome"): model.TOPIC_OUTCOMES,
    ("ServiceActivity", "kind"): model.ACTIVITY_KINDS,
}


def _kind_ok(kind: str, value: Any) -> bool:
    checks: dict[str, Callable[[Any], bool]] = {
        "id": lambda v: isinstance(v, str),
        "str": lambda v: isinstance(v, str),
        "int": lambda v: type(v) is int,
        "float": lambda v: isinstance(v, float),
        "bool": lambda v: type(v) is bool,
        "date": lambda v: type(v) is date,
        "datetime": lambda v: isinstance(v, datetime) and v.tzinfo is not None,
        "list": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    }
    return checks[kind](value)


def _figures(stats: CommunityStats | None) -> dict[str, int]:
    assert stats is not None
    return {k: v for k, v in dataclasses.asdict(stats).items() if k != "community_id"}


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return jianfeng.build()


def test_the_demo_is_shaped_after_the_article() -> None:
    assert jianfeng.SHAPE.figures() == ARTICLE_FIGURES


def test_generation_is_deterministic(demo: Dataset) -> None:
    assert jianfeng.build() == demo
    assert synthetic.generate(1_500) == synthetic.generate(1_500)
    other = synthetic.generate(1_500, seed=8)
    assert other.community_id != synthetic.generate(1_500).community_id
    assert other.nodes["Person"] != synthetic.generate(1_500).nodes["Person"]


@pytest.mark.parametrize("make", [jianfeng.build, lambda: synthetic.generate(2_000), lambda: synthetic.generate(100)])
def test_datasets_follow_the_model(make: Callable[[], Dataset]) -> None:
    ds = make()
    labels_of: dict[str, str] = {}
    for label, rows in ds.nodes.items():
        entity = model.ENTITIES[label]
        for row in rows:
            node_id = row["id"]
            assert node_id not in labels_of, f"duplicate id {node_id}"
            assert node_id == ds.community_id or node_id.startswith(f"{ds.community_id}-")
            labels_of[node_id] = label
            for name, value in row.items():
                prop = entity.prop(name)
                assert prop is not None, f"{label}.{name} is not in the model"
                assert _kind_ok(prop.kind, value), f"{label}.{name} = {value!r} is not {prop.kind}"
                allowed = ENUMS.get((label, name))
                assert allowed is None or value in allowed, f"{label}.{name} = {value!r}"
    for role, ids in ds.roles.items():
        assert role in model.PERSON_ROLES.values()
        assert len(set(ids)) == len(ids)
        assert all(labels_of[i] == "Person" for i in ids)
    for key, rel_rows in ds.rels.items():
        assert tuple(key) in REL_TRIPLES
        pairs = {(rel[0], rel[1]) for rel in rel_rows}
        assert len(pairs) == len(rel_rows), f"{key} has duplicate rows"
        for rel in rel_rows:
            assert labels_of.get(rel[0]) == key.src and labels_of.get(rel[1]) == key.dst, f"{key}: {rel}"
    levels = {row[2]["level"] for row in ds.rels[next(k for k in ds.rels if k.type == "HAS_SKILL")] if len(row) == 3}
    assert levels <= {1, 2, 3, 4, 5}


def test_demo_population_looks_like_a_retiree_town(demo: Dataset) -> None:
    people = demo.nodes["Person"]
    ages = [2023 - p["birthYear"] for p in people]
    assert 4_400 <= len(demo.roles["Resident"]) <= 4_600
    assert 0.3 < sum(a >= 60 for a in ages) / len(ages) < 0.5
    assert 0.1 < sum(a < 18 for a in ages) / len(ages) < 0.25
    members = [p for p in people if "partyStatus" in p]
    assert len(members) == 750
    assert all("reportedOn" in p for p in members if p["partyStatus"] == "IN_SERVICE")
    assert sum(p["partyStatus"] == "RETIRED" for p in members) > 500


def test_synthetic_scales_with_residents() -> None:
    small, large = synthetic.generate(1_000), synthetic.generate(8_000)
    assert len(small.roles["Resident"]) == 1_000 and len(large.roles["Resident"]) == 8_000
    for label in ("Household", "Building", "Wish", "Event", "CouncilTopic", "Dispute"):
        ratio = len(large.nodes[label]) / len(small.nodes[label])
        assert 6 < ratio < 10, f"{label} scaled by {ratio}"
    expected = synthetic.shape(9_000).figures()
    assert all(abs(expected[k] - 2 * v) <= 1 for k, v in ARTICLE_FIGURES.items())
    with pytest.raises(ValueError):
        synthetic.generate(50)


async def test_loading_rejects_what_the_model_does_not_know() -> None:
    no_db = cast(Graph, None)  # the checks run before any query
    with pytest.raises(ValueError):
        await upsert_nodes(no_db, "Person) DETACH DELETE (n", [])
    with pytest.raises(ValueError):
        await add_role(no_db, "Admin", [])
    with pytest.raises(ValueError):
        await upsert_relationships(no_db, "MEMBER_OF", "Person", "Grid", [])


async def test_the_demo_loads_with_the_article_figures_and_reloads_idempotently(graph: Graph, demo: Dataset) -> None:
    counts = await load_demo(graph, progress=False)
    assert counts == demo.counts()
    assert _figures(await community_stats(graph, "jf")) == ARTICLE_FIGURES
    first = await count_community(graph, "jf")
    assert first == (demo.node_count, demo.rel_count)

    await load_demo(graph, progress=False)
    assert await count_community(graph, "jf") == first
    assert _figures(await community_stats(graph, "jf")) == ARTICLE_FIGURES


async def test_a_small_synthetic_community_loads_in_proportion(graph: Graph) -> None:
    residents = 2_000
    ds = synthetic.generate(residents)
    await load(graph, ds, progress=False)
    assert await count_community(graph, ds.community_id) == (ds.node_count, ds.rel_count)
    figures = _figures(await community_stats(graph, ds.community_id))
    assert figures == synthetic.shape(residents).figures()
    for name, article in ARTICLE_FIGURES.items():
        assert figures[name] > 0
        assert abs(figures[name] - article * residents / 4_500) <= 1.5, name
