"""The committed SDL is the contract: it must equal the schema the code builds."""

from __future__ import annotations

from pathlib import Path

from schema.root import schema

SDL = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"


def test_committed_schema_matches_code() -> None:
    built = schema.as_str() + "\n"
    assert SDL.read_text(encoding="utf-8") == built, "schema drifted: run `python -m api export-schema` and review"


def test_contract_names_the_promised_fields() -> None:
    sdl = SDL.read_text(encoding="utf-8")
    for expected in (
        "interface Node",
        # Arguments with a description print one per line.
        "  node(\n",
        "    ids: [ID!]!\n  ): [Node]!",
        "    communityId: ID = null\n  ): CommunityStats",
        "elderlyBirthdayAttendances: Int!",
        "type PageInfo",
        "input GridWhere",
        "  wishes(",
        "  people(",
        "  communities(",
    ):
        assert expected in sdl
