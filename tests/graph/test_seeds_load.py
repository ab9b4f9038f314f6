"""Seeds loaded into a real Neo4j (seeds.load): the demo gives the article's twelve figures and reloads
idempotently; a small synthetic community loads in proportion."""

from __future__ import annotations

import dataclasses

import pytest

from graph.core.db import Graph
from graph.core.loading import count_community
from graph.statistics import CommunityStats, community_stats
from seeds import jianfeng, synthetic
from seeds.dataset import Dataset
from seeds.load import load, load_demo
from tests.unit.test_seeds_jianfeng import ARTICLE_FIGURES


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return jianfeng.build()


def _figures(stats: CommunityStats | None) -> dict[str, int]:
    assert stats is not None
    return {k: v for k, v in dataclasses.asdict(stats).items() if k != "community_id"}


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
