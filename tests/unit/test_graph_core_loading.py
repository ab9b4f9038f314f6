"""Loading checks labels, roles and relationship types against the model before any query (graph.core.loading)."""

from __future__ import annotations

from typing import cast

import pytest

from graph.core.db import Graph
from graph.core.loading import add_role, upsert_nodes, upsert_relationships


async def test_loading_rejects_what_the_model_does_not_know() -> None:
    no_db = cast(Graph, None)  # the checks run before any query
    with pytest.raises(ValueError):
        await upsert_nodes(no_db, "Person) DETACH DELETE (n", [])
    with pytest.raises(ValueError):
        await add_role(no_db, "Admin", [])
    with pytest.raises(ValueError):
        await upsert_relationships(no_db, "MEMBER_OF", "Person", "Grid", [])
