"""Bulk scoring (graph.matching.bulk) against the per-pair reference on random pools: the same score and the same
first failing constraint for every pair (no Neo4j)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from graph.matching.bulk import RULES, score_pairs
from graph.matching.features import branch_loads, features
from graph.matching.scoring import exclusion, score

IDS = [f"x{i}" for i in range(8)]  # buildings, grids, households and skills drawn from one small set: they collide


def _some(rng: random.Random, most: int) -> list[str]:
    return rng.sample(IDS, rng.randint(0, most))


def pool(seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[list[str]], dict[str, float]]:
    rng = random.Random(seed)
    wishes: list[dict[str, Any]] = [
        {
            "id": f"w{i}",
            "status": rng.choice(("PUBLISHED", "PUBLISHED", "PUBLISHED", "CLAIMED")),
            "urgency": rng.randint(0, 5),
            "required": _some(rng, 3),
            "requester": rng.choice((None, "h0", "h1", "p9")),
            "household": rng.choice((None, *IDS)),
            "building": rng.choice((None, *IDS)),
            "grid": rng.choice(IDS),
            "adjacent": _some(rng, 3),
        }
        for i in range(rng.randint(1, 6))
    ]
    helpers: list[dict[str, Any]] = [
        {
            "id": f"h{i}",
            "labels": rng.choice((["Person", "Volunteer"], ["Unit"])),
            "isHelper": rng.random() < 0.9,
            "inCommunity": rng.random() < 0.9,
            "buildings": _some(rng, 2),
            "grids": _some(rng, 3),
            # a skill twice, and a level that is null, as the graph may hold them
            "skills": [[s, rng.choice((None, 0, 1, 2, 3, 4, 5, 5))] for s in _some(rng, 4) + _some(rng, 1)],
            "declined": [w["id"] for w in wishes if rng.random() < 0.1],
            "claimed": [w["id"] for w in wishes if rng.random() < 0.1],
            "openClaims": rng.randint(0, 4),
            "capacity": rng.choice((None, 0, 1, 2, 3, 7)),
            "fulfilled": rng.randint(0, 9),
            "acknowledged": rng.randint(0, 4),
            "helpedHouseholds": _some(rng, 2),
            "branch": rng.choice((None, "b1", "b2", "b3")),
        }
        for i in rng.sample(range(10), rng.randint(1, 7))
    ]
    pairs: list[list[str]] = [[w["id"], h["id"]] for w in wishes for h in helpers if rng.random() < 0.7]
    loads = branch_loads([{"branch": b, "claims": rng.randint(0, 13)} for b in ("b1", "b2")])
    return wishes, helpers, pairs, loads


@pytest.mark.parametrize("seed", range(400))
def test_bulk_scores_and_exclusions_equal_the_reference(seed: int) -> None:
    wishes, helpers, pairs, loads = pool(seed)
    bulk = score_pairs(wishes, helpers, pairs, loads)
    by_id = {h["id"]: h for h in helpers}
    wish_ids = [w["id"] for w in wishes]
    got = [
        (wish_ids[w], bulk.helper_ids[h], s, RULES[e - 1] if e else None)
        for w, h, s, e in zip(bulk.wish, bulk.helper, bulk.score, bulk.exclusion, strict=True)
    ]
    expected = []
    for wish_id, helper_id in pairs:
        f = features(wishes[wish_ids.index(wish_id)], by_id[helper_id], loads)
        expected.append((wish_id, helper_id, score(f).score, exclusion(f)))
    assert got == expected  # scores compared exactly, not approximately


def test_the_random_pools_reach_every_rule_and_score() -> None:
    # Otherwise the comparison above could pass on pools that never exercise a rule.
    reached, scores = set(), set()
    for seed in range(400):
        bulk = score_pairs(*pool(seed))
        reached |= set(bulk.exclusion.tolist())
        scores |= set(bulk.score[bulk.exclusion == 0].tolist())
    assert reached == set(range(len(RULES) + 1))
    assert len(scores) > 100
