"""The generated GraphQL types are committed: they must equal what the generator writes from the model."""

from __future__ import annotations

from schema import codegen


def test_generated_types_match_the_model() -> None:
    stale = [str(path.relative_to(codegen.ROOT)) for path in codegen.stale()]
    assert stale == [], "generated types drifted from the model: run `python -m api generate-types` and review"
