"""The import's graph side on a real Neo4j: the demo's registers, read and written into an empty database, come back
the same; a second import changes nothing; concurrent imports double nothing; a failing import leaves nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import pytest

from graph import registers
from graph.core.db import Graph
from graph.core.loading import delete_everything
from graph.core.migrations import migrate
from graph.registers import writes
from graph.registers.writes import ADMIN
from seeds.load import load_demo
from tests.neo4j_fixtures import DbState

Sheets = dict[str, tuple[dict[str, Any], ...]]
NAMES = [s.key for s in registers.SHEETS]


def as_file(held: registers.Snapshot) -> Sheets:
    """The snapshot's rows as a checked file would hold them (the graph's bookkeeping columns dropped)."""
    return {
        sheet: tuple({k: v for k, v in row.items() if not k.startswith("_")} for row in rows.values())
        for sheet, rows in held.sheets.items()
    }


def comparable(rows: Sheets) -> dict[str, list[tuple[tuple[str, Any], ...]]]:
    def norm(v: Any) -> Any:
        return tuple(sorted(v)) if isinstance(v, list) else v

    return {
        sheet: sorted((tuple(sorted((k, norm(v)) for k, v in row.items())) for row in sheet_rows), key=repr)
        for sheet, sheet_rows in rows.items()
    }


async def count(graph: Graph) -> Mapping[str, int]:
    rows = await graph.read(
        "MATCH (n) WHERE n.id STARTS WITH 'jf-' OR n.id = 'jf' RETURN labels(n)[0] AS l, count(*) AS n"
    )
    return {r["l"]: r["n"] for r in rows}


@pytest.fixture(scope="module")
async def demo_file(session_graph: Graph, db_state: DbState) -> Sheets:
    """The demo's registers as a file, read once; the database is left empty for the tests of this module."""
    await delete_everything(session_graph)
    await load_demo(session_graph, progress=False)
    held = await registers.snapshot(session_graph.read, "jf", NAMES, ADMIN)
    await delete_everything(session_graph)
    db_state.demo_loaded = False
    await migrate(session_graph)
    return as_file(held)


@pytest.fixture
async def empty(session_graph: Graph, demo_file: Sheets) -> Graph:
    await delete_everything(session_graph)
    return session_graph


async def test_the_demo_s_registers_import_into_an_empty_database_as_they_were(empty: Graph, demo_file: Sheets) -> None:
    assert len(demo_file["residents"]) == 4506 and len(demo_file["members"]) == 750
    done = await registers.apply(empty, "jf", demo_file)
    assert done.written and done.problems == ()
    assert {s: c.new for s, c in done.counts.items()} == {s: len(rows) for s, rows in demo_file.items()}
    again = as_file(await registers.snapshot(empty.read, "jf", NAMES, ADMIN))
    assert comparable(again) == comparable(demo_file)
    before = await count(empty)
    second = await registers.apply(empty, "jf", demo_file)
    assert second.written and second.writes == 0
    assert all(c.unchanged == len(demo_file[s]) and c.new == c.changed == 0 for s, c in second.counts.items())
    assert await count(empty) == before


async def test_concurrent_imports_of_one_file_create_each_node_once(empty: Graph, demo_file: Sheets) -> None:
    small = {k: demo_file[k] for k in ("community", "grids", "buildings", "households", "skills")}
    results = await asyncio.gather(*(registers.apply(empty, "jf", small) for _ in range(3)))
    assert all(r.written for r in results)
    assert sorted(r.counts["buildings"].new for r in results) == [0, 0, len(small["buildings"])]
    counted = await count(empty)
    assert counted["Building"] == len(small["buildings"]) and counted["Household"] == len(small["households"])
    assert counted["Grid"] == len(small["grids"])


async def test_a_changed_row_updates_and_a_row_left_out_stays(empty: Graph, demo_file: Sheets) -> None:
    small = {k: demo_file[k] for k in ("community", "grids", "buildings")}
    await registers.apply(empty, "jf", small)
    first, dropped, *rest = small["buildings"]
    changed = {**small, "buildings": ({**first, "floors": first["floors"] + 1}, *rest)}
    done = await registers.apply(empty, "jf", changed)
    counts = done.counts["buildings"]
    assert (counts.new, counts.changed, counts.missing) == (0, 1, ((dropped["name"],),))
    floors = await empty.read(
        "MATCH (b:Building) WHERE b.name IN $names RETURN b.name AS name, b.floors AS floors",
        names=[first["name"], dropped["name"]],
    )
    assert {r["name"]: r["floors"] for r in floors} == {
        first["name"]: first["floors"] + 1,
        dropped["name"]: dropped["floors"],
    }


async def test_an_import_that_fails_half_way_writes_nothing(
    empty: Graph, demo_file: Sheets, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = {k: demo_file[k] for k in ("community", "grids", "buildings", "households")}
    real = writes.statement
    steps: list[str] = []

    def failing_last(step: registers.Step) -> Any:
        steps.append(step.kind)
        if step.kind == "relink" and step.type == "IN_BUILDING":  # the last step: every node is written by now
            return "UNWIND $rows AS row RETURN count(1 / 0) AS n"
        return real(step)

    monkeypatch.setattr(writes, "statement", failing_last)
    with pytest.raises(Exception, match="ArithmeticError"):
        await registers.apply(empty, "jf", small)
    assert "create" in steps  # nodes were written in the transaction before it failed
    assert await count(empty) == {}
