"""The access matrix of tests/api/test_access_mutations.py covers every mutation of the schema (checked without
Neo4j; the matrix itself runs over HTTP there)."""

from __future__ import annotations

from tests.api.access_world import MUTATIONS
from tests.api.test_access_mutations import ROWS


def test_every_mutation_of_the_schema_has_a_row() -> None:
    assert sorted(ROWS) == MUTATIONS, "a new mutation needs a row in the access matrix"
