"""What each claim write adds to the branch loads, and the check's comparison, pure (graph/wishes/loads.py)."""

from __future__ import annotations

import pytest

from graph.core.model import WISH_STATUSES
from graph.wishes import flow
from graph.wishes.loads import Mismatch, deltas, mismatches

# Written out again, so the module is checked against the rule rather than against itself.
OCCUPYING = {"PUBLISHED", "CLAIMED", "CONFIRMED", "IN_PROGRESS"}


@pytest.mark.parametrize("before", [*WISH_STATUSES, None])
@pytest.mark.parametrize("after", WISH_STATUSES)
def test_a_wish_moving_moves_each_claim_it_keeps_by_whether_it_occupies(before: str | None, after: str) -> None:
    expected = (after in OCCUPYING) - (before in OCCUPYING)
    assert deltas(before, after) == {"claimantDelta": expected, "othersDelta": expected}
    assert deltas(before, after, claim=1) == {"claimantDelta": int(after in OCCUPYING), "othersDelta": expected}
    assert deltas(before, after, claim=-1) == {"claimantDelta": -int(before in OCCUPYING), "othersDelta": expected}


def test_a_claim_or_a_release_moves_only_its_own_claim_and_leaving_the_open_states_moves_all() -> None:
    for claims_after in (1, 2):  # the last place fills the wish, an earlier one leaves it PUBLISHED
        after = flow.claim_target(claims_after, 2)
        assert deltas("PUBLISHED", after, claim=1) == {"claimantDelta": 1, "othersDelta": 0}
    for before in sorted(flow.NOT_STARTED):  # where a release may start
        assert deltas(before, "PUBLISHED", claim=-1) == {"claimantDelta": -1, "othersDelta": 0}
    assert deltas("IN_PROGRESS", "FULFILLED")["othersDelta"] == -1
    assert deltas("PUBLISHED", "WITHDRAWN")["othersDelta"] == -1
    assert deltas("CONFIRMED", "IN_PROGRESS")["othersDelta"] == 0
    assert flow.OCCUPYING == OCCUPYING


def test_the_check_reports_every_difference_and_counts_a_missing_load_as_zero() -> None:
    kept = {("c", "b1"): 2, ("c", "b2"): 0, ("c", "b3"): 1, ("d", "b1"): 4}
    counted = {("c", "b1"): 2, ("c", "b3"): 3, ("c", "b4"): 1, ("d", "b2"): 0}
    assert mismatches(kept, counted) == [
        Mismatch("c", "b3", 1, 3),
        Mismatch("c", "b4", 0, 1),
        Mismatch("d", "b1", 4, 0),
    ]
    assert mismatches(counted, counted) == []
