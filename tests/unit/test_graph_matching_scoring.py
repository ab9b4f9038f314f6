"""Pure tests of the hard constraints and the weighted score (no Neo4j)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from graph.matching.scoring import DISTANCE_VALUES, WEIGHTS, Exclusion, Features, exclusion, rank, score

BASE = Features(
    wish_id="w1",
    helper_id="h1",
    wish_status="PUBLISHED",
    urgency=2,
    is_helper=True,
    distance="GRID",
    is_requester=False,
    declined=False,
    claimed=False,
    skill_levels=(3,),
    open_claims=1,
    capacity=3,
    fulfilled=2,
    acknowledged=1,
    helped_household=False,
    branch_load=0.5,
)

features = st.builds(
    Features,
    wish_id=st.just("w"),
    helper_id=st.text(min_size=1, max_size=3),
    wish_status=st.just("PUBLISHED"),
    urgency=st.integers(1, 4),
    is_helper=st.just(True),
    distance=st.sampled_from(list(DISTANCE_VALUES)),
    is_requester=st.just(False),
    declined=st.just(False),
    claimed=st.just(False),
    skill_levels=st.lists(st.integers(1, 5), max_size=3).map(tuple),
    open_claims=st.integers(0, 2),
    capacity=st.integers(3, 6),
    fulfilled=st.integers(0, 20),
    acknowledged=st.integers(0, 5),
    helped_household=st.booleans(),
    branch_load=st.none() | st.floats(0, 1),
)


def test_weights_sum_to_one() -> None:
    assert abs(sum(WEIGHTS.values()) - 1.0) < 1e-9


@given(features)
def test_factors_add_up_to_the_score(f: Features) -> None:
    s = score(f)
    assert abs(sum(x.contribution for x in s.factors) - s.score) < 1e-9
    assert 0.0 <= s.score <= 1.0
    assert [x.name for x in s.factors] == list(WEIGHTS)


def test_closer_scores_higher() -> None:
    by_distance = [score(dataclasses.replace(BASE, distance=d)).score for d in DISTANCE_VALUES]
    assert by_distance == sorted(by_distance, reverse=True)
    assert len(set(by_distance)) == len(by_distance)


def test_better_skill_more_capacity_and_continuity_score_higher() -> None:
    assert score(dataclasses.replace(BASE, skill_levels=(5,))).score > score(BASE).score
    assert score(dataclasses.replace(BASE, open_claims=0)).score > score(BASE).score
    assert score(dataclasses.replace(BASE, helped_household=True)).score > score(BASE).score
    assert score(dataclasses.replace(BASE, branch_load=0.0)).score > score(BASE).score


def test_the_first_failing_constraint_is_reported() -> None:
    assert exclusion(BASE) is None
    assert exclusion(dataclasses.replace(BASE, skill_levels=(None,), open_claims=3)) is Exclusion.LACKS_SKILL
    assert exclusion(dataclasses.replace(BASE, open_claims=3)) is Exclusion.NO_CAPACITY
    assert exclusion(dataclasses.replace(BASE, is_requester=True, declined=True)) is Exclusion.IS_REQUESTER
    assert exclusion(dataclasses.replace(BASE, declined=True)) is Exclusion.ALREADY_DECLINED
    assert exclusion(dataclasses.replace(BASE, distance=None, is_helper=False)) is Exclusion.NOT_A_HELPER
    assert exclusion(dataclasses.replace(BASE, wish_status="FULFILLED", is_helper=False)) is Exclusion.WISH_NOT_OPEN


def test_rank_drops_excluded_and_orders_by_score_then_id() -> None:
    a = dataclasses.replace(BASE, helper_id="a")
    b = dataclasses.replace(BASE, helper_id="b")
    strong = dataclasses.replace(BASE, helper_id="c", skill_levels=(5,))
    excluded = dataclasses.replace(BASE, helper_id="d", is_requester=True)
    assert [s.features.helper_id for s in rank([b, excluded, a, strong])] == ["c", "a", "b"]
