"""Idempotency keys are checked before any query: short enough to index (`once` on a real Neo4j:
tests/graph/test_graph_workflow_pipeline.py)."""

from __future__ import annotations

import pytest


def test_an_idempotency_key_is_short_enough_to_index() -> None:
    from graph.core.errors import InvalidInput
    from graph.workflow.pipeline import MAX_KEY_LENGTH, check_key

    check_key(None)
    check_key("k" * MAX_KEY_LENGTH)
    for bad in ("", "k" * (MAX_KEY_LENGTH + 1)):
        with pytest.raises(InvalidInput, match="idempotencyKey must be 1 to"):
            check_key(bad)
