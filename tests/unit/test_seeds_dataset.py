"""Generated datasets follow the model: ids, properties of the model's kinds, enumerations, roles and relationship
triples (the demo's and synthetic communities' shapes: test_seeds_jianfeng.py, test_seeds_synthetic.py; loading them:
tests/graph/test_seeds_load.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from graph.core import model
from graph.core.loading import REL_TRIPLES
from seeds import jianfeng, synthetic
from seeds.dataset import Dataset

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
