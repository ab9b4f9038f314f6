"""A whole pool scored at once (numpy): for every pair, the score and exclusion scoring.py's per-pair reference gives.

A plan scores hundreds of thousands of pairs (729,250 at 1M residents), most of which the solver never uses: one
Features object per pair was 16 s of the 1M plan. Here a pair is two indexes (its wish's, its helper's); what a
pair's features depend on — is the wish's building among the helper's buildings, its id among the helper's declined
wishes — is one sorted-array lookup over all pairs. The reference functions stay the readable definition and what
candidates and explanations use; tests/unit/test_graph_matching_bulk.py checks the two agree on random pools.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from graph.core.db import Row
from graph.matching.features import entity_label
from graph.matching.scoring import DISTANCE_VALUES, OPEN_WISH, WEIGHTS, Exclusion
from graph.wishes import DEFAULT_CAPACITY

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
# Exclusion codes: 0 for an eligible pair, else 1 + the rule's position in Exclusion (the order they are checked).
RULES = tuple(Exclusion)
ABSENT = -1  # the code of a missing id (a wish without building, household or requester)


@dataclass(frozen=True)
class Scores:
    """Pair i is (wish `wish[i]`, helper `helper[i]`): indexes into the wishes given and into `helper_ids` (sorted, so
    ordering by helper index orders by helper id)."""

    wish: Ints
    helper: Ints
    helper_ids: list[str]
    score: Floats
    exclusion: Ints
    # By helper index: open claims, and the limit (its capacity, else its kind's default).
    open_claims: Ints
    capacity: Ints


class _Codes(dict[str | None, int]):
    """Every id seen, as an integer (None as ABSENT)."""

    def of(self, value: str | None) -> int:
        if value is None:
            return ABSENT
        return self.setdefault(value, len(self))

    def each(self, values: Iterable[str | None]) -> Ints:
        return np.fromiter((self.of(v) for v in values), dtype=np.int64)


class _Sets:
    """Per helper, a set of codes (its buildings, grids, declined wishes …) as sorted keys `helper × size + code`."""

    def __init__(self, lists: Sequence[Sequence[int]], size: int) -> None:
        owners = np.repeat(np.arange(len(lists), dtype=np.int64), [len(x) for x in lists])
        items = np.fromiter((c for x in lists for c in x), dtype=np.int64, count=len(owners))
        self.size = size
        self.keys = np.unique(owners * size + items)

    def contains(self, helper: Ints, code: Ints) -> Bools:
        found: Bools = (_lookup(self.keys, helper * self.size + code) >= 0) & (code != ABSENT)
        return found


def _lookup(keys: Ints, wanted: Ints) -> Ints:
    """The position of each wanted key in the sorted `keys`, or -1."""
    at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
    hit = keys[at] == wanted if len(keys) else np.zeros(len(wanted), dtype=bool)
    return np.where(hit, at, -1)


def _spread(wish: Ints, lists: Sequence[Sequence[int]]) -> tuple[Ints, Ints]:
    """Each pair repeated once per entry of its wish's list (adjacent grids, required skills): (pair, entry)."""
    lengths = np.array([len(x) for x in lists], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    flat = np.fromiter((c for x in lists for c in x), dtype=np.int64, count=int(lengths.sum()))
    counts = lengths[wish]
    pair = np.repeat(np.arange(len(wish), dtype=np.int64), counts)
    offset = np.arange(len(pair), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return pair, flat[starts[wish][pair] + offset]


def _contributions(name: str, values: Floats) -> Ints:
    """round(weight × value, 4) as scoring.score rounds it (Python's round, on each distinct value), in 1/10,000ths."""
    distinct, back = np.unique(WEIGHTS[name] * values, return_inverse=True)
    return np.array([round(round(float(v), 4) * 10_000) for v in distinct], dtype=np.int64)[back.reshape(-1)]


def score_pairs(
    wishes: Sequence[Row], helpers: Sequence[Row], pairs: Sequence[Sequence[str]], loads: Mapping[str, float]
) -> Scores:
    """Every pair's score and first failing hard constraint, from the pool query's rows (all of the wishes and
    helpers the pairs name) and the branch loads."""
    helpers = sorted(helpers, key=lambda h: h["id"])
    codes = _Codes()
    wish_at = {w["id"]: i for i, w in enumerate(wishes)}
    helper_at = {h["id"]: i for i, h in enumerate(helpers)}
    pw = np.fromiter((wish_at[w] for w, _ in pairs), dtype=np.int64, count=len(pairs))
    ph = np.fromiter((helper_at[h] for _, h in pairs), dtype=np.int64, count=len(pairs))

    # Wish by wish, helper by helper: every id as a code.
    wish_code = codes.each(w["id"] for w in wishes)
    building, grid = codes.each(w["building"] for w in wishes), codes.each(w["grid"] for w in wishes)
    household, requester = codes.each(w["household"] for w in wishes), codes.each(w["requester"] for w in wishes)
    adjacent = [[codes.of(a) for a in w["adjacent"]] for w in wishes]
    required = [[codes.of(s) for s in w["required"]] for w in wishes]
    helper_code = codes.each(h["id"] for h in helpers)
    skills = [dict(h["skills"]) for h in helpers]  # as features() reads them: the last level of a skill counts
    skill_keys = [(i, codes.of(s), level) for i, found in enumerate(skills) for s, level in found.items()]
    lists = {
        key: [[codes.of(x) for x in h[key]] for h in helpers]
        for key in ("buildings", "grids", "declined", "claimed", "helpedHouseholds")
    }
    size = len(codes) + 1
    sets = {key: _Sets(found, size) for key, found in lists.items()}

    # The pair's features.
    in_community = np.array([h["inCommunity"] for h in helpers], dtype=bool)[ph]
    grids = sets["grids"]
    near_pair, near = _spread(pw, adjacent)
    adjacent_grid = np.bincount(near_pair, weights=grids.contains(ph[near_pair], near), minlength=len(pw)) > 0
    distance = np.select(
        [
            ~in_community,
            sets["buildings"].contains(ph, building[pw]),
            grids.contains(ph, grid[pw]),
            adjacent_grid,
        ],
        [0.0, DISTANCE_VALUES["BUILDING"], DISTANCE_VALUES["GRID"], DISTANCE_VALUES["ADJACENT_GRID"]],
        DISTANCE_VALUES["COMMUNITY"],
    )
    keys = np.array([i * size + s for i, s, _ in skill_keys], dtype=np.int64)
    levels = np.array([np.nan if level is None else level for _, _, level in skill_keys], dtype=np.float64)
    by_key = np.argsort(keys)
    keys, levels = keys[by_key], levels[by_key]
    asked_pair, asked = _spread(pw, required)
    at = _lookup(keys, ph[asked_pair] * size + asked)
    level = np.where(at >= 0, levels[at] if len(levels) else 0.0, np.nan)
    lacking = np.bincount(asked_pair, weights=np.isnan(level), minlength=len(pw)) > 0
    level_sum = np.bincount(asked_pair, weights=np.nan_to_num(level), minlength=len(pw))
    asked_count = np.array([len(x) for x in required], dtype=np.int64)[pw]
    skill = np.where(asked_count > 0, level_sum / np.maximum(5 * asked_count, 1), 0.5)

    limits = np.array(
        [DEFAULT_CAPACITY[entity_label(h["labels"])] if h["capacity"] is None else h["capacity"] for h in helpers],
        dtype=np.int64,
    )
    claims = np.array([h["openClaims"] for h in helpers], dtype=np.int64)
    capacity, open_claims = limits[ph], claims[ph]
    track = np.array([min(1.0, (h["fulfilled"] + 2 * h["acknowledged"]) / 10) for h in helpers])[ph]
    fairness = np.array(
        [0.5 if h["branch"] is None else 1.0 - min(max(loads.get(h["branch"], 0.0), 0.0), 1.0) for h in helpers]
    )[ph]
    urgency = np.array([min(max((w["urgency"] - 1) / 3, 0.0), 1.0) for w in wishes])[pw]
    continuity = sets["helpedHouseholds"].contains(ph, household[pw]).astype(np.float64)
    spare = np.where(capacity > 0, np.maximum(capacity - open_claims, 0) / np.where(capacity > 0, capacity, 1), 0.0)

    factors = {
        "skill": skill,
        "distance": distance,
        "capacity": spare,
        "trackRecord": track,
        "continuity": continuity,
        "urgency": urgency,
        "fairness": fairness,
    }
    # The rounded contributions summed as integers: round(Σ, 4) of the reference is the same number.
    total = sum((_contributions(name, values) for name, values in factors.items()), np.zeros(len(pw), np.int64))
    failing = [
        np.array([w["status"] != OPEN_WISH for w in wishes], dtype=bool)[pw],
        helper_code[ph] == requester[pw],
        ~np.array([h["isHelper"] for h in helpers], dtype=bool)[ph],
        ~in_community,
        sets["declined"].contains(ph, wish_code[pw]),
        sets["claimed"].contains(ph, wish_code[pw]),
        lacking,
        open_claims >= capacity,
    ]
    exclusion = np.select(failing, np.arange(1, len(RULES) + 1), 0).astype(np.int64)
    return Scores(pw, ph, [h["id"] for h in helpers], total / 10_000, exclusion, claims, limits)
