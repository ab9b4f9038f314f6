"""The Jianfeng demo: shaped after the article, generated deterministically, a retiree town's population."""

from __future__ import annotations

import pytest

from seeds import jianfeng, synthetic
from seeds.dataset import Dataset

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
