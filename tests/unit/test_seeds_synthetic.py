"""Synthetic communities scale with their residents, in the demo's proportions."""

from __future__ import annotations

import pytest

from seeds import synthetic
from tests.unit.test_seeds_jianfeng import ARTICLE_FIGURES


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
