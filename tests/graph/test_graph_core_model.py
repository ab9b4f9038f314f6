"""The model's promises hold in the data: every node of a label has each required property (what makes the API's
non-null types honest) and a closed set's property holds one of its values, on the demo and a synthetic community."""

from __future__ import annotations

from typing import LiteralString, cast

from graph.core.db import Graph
from graph.core.model import ENTITIES
from seeds import synthetic
from seeds.load import load, load_demo

# Names come from the model's allow-list only; values are parameters.
MISSING = "MATCH (n:{label}) WHERE n.`{prop}` IS NULL RETURN count(n) AS n, collect(n.id)[..3] AS sample"
UNKNOWN = (
    "MATCH (n:{label}) WHERE n.`{prop}` IS NOT NULL AND NOT n.`{prop}` IN $values "
    "RETURN count(n) AS n, collect(n.`{prop}`)[..3] AS sample"
)


async def _count(graph: Graph, template: str, label: str, prop: str, **params: object) -> tuple[int, list[object]]:
    rows = await graph.read(cast(LiteralString, template.format(label=label, prop=prop)), **params)
    return rows[0]["n"], rows[0]["sample"]


async def test_no_node_lacks_a_required_property_nor_holds_an_unknown_value(graph: Graph) -> None:
    await load_demo(graph, progress=False)
    await load(graph, synthetic.generate(1_000), progress=False)
    counts = await graph.read("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
    present = {r["label"]: r["n"] for r in counts}
    missing, unknown = {}, {}
    for entity in ENTITIES.values():
        for prop in entity.props:
            if prop.required:
                n, sample = await _count(graph, MISSING, entity.label, prop.name)
                if n:
                    missing[f"{entity.label}.{prop.name}"] = (n, sample)
            if prop.values:
                n, sample = await _count(graph, UNKNOWN, entity.label, prop.name, values=list(prop.values))
                if n:
                    unknown[f"{entity.label}.{prop.name}"] = (n, sample)
    assert missing == {}
    assert unknown == {}
    # The check saw the data: the demo's and the community's nodes, built-in event categories from the migrations.
    assert present["Wish"] > 120 and present["Event"] > 400 and present["EventStep"] > 0
    assert present["EventCategory"] >= 4
