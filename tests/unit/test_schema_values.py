"""Values the schema layer converts, without Neo4j: page arguments bounded, global ids, masked phone numbers."""

from __future__ import annotations

import pytest
from graphql import GraphQLError

from graph.access.masks import mask_inner
from graph.core.records import PageArgs
from schema.connections import page_args
from schema.relay import from_global_id, to_global_id


def test_page_arguments_are_bounded() -> None:
    assert page_args(None, None, None, None, 100) == PageArgs(first=20)
    assert page_args(None, None, None, "c", 100) == PageArgs(last=20, before="c")
    for first, last in ((101, None), (-1, None), (None, 101), (5, 5)):
        with pytest.raises(GraphQLError) as err:
            page_args(first, None, last, None, 100)
        assert err.value.extensions is not None and err.value.extensions["code"] == "BAD_USER_INPUT"


def test_global_ids() -> None:
    gid = to_global_id("Grid", "jf-g01")
    assert from_global_id(gid) == ("Grid", "jf-g01")
    assert from_global_id("garbage") is None
    assert from_global_id(to_global_id("Secret", "x")) is None


def test_phone_masking() -> None:
    assert mask_inner("13812341234") == "138****1234"
    assert mask_inner("123") == "***"
