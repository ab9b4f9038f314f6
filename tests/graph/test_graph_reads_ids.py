"""A bare database id among several types: every visible node of those types with that id, none hidden."""

from __future__ import annotations

from graph.access.viewer import SYSTEM, Viewer
from graph.core.db import Graph
from graph.reads import ids

STRANGER = Viewer(person_id="someone-else", roles=frozenset({"resident"}))


async def test_an_id_names_each_type_that_uses_it_and_none_it_hides(graph: Graph) -> None:
    await graph.write(
        "CREATE (:Grid {id: 'twin', name: 'a grid'}), (:Person {id: 'twin', name: 'a person'}), "
        "(:Person {id: 'alone', name: 'another'}), (:Wish {id: 'wish-only', title: 'a wish'})"
    )
    labels = ("Grid", "Person", "Wish")
    found = await ids.by_any_label(graph, ["twin", "alone", "nothing", "wish-only"], labels, SYSTEM)
    assert [r.label for r in found["twin"]] == ["Grid", "Person"]
    assert [(r.label, r.props["name"]) for r in found["alone"]] == [("Person", "another")]
    assert found["nothing"] == ()
    assert [r.label for r in found["wish-only"]] == ["Wish"]
    # Only the types asked for are looked in.
    assert [r.label for r in (await ids.by_any_label(graph, ["twin"], ("Person",), SYSTEM))["twin"]] == ["Person"]
    # A stranger sees the public grid, not the person: the twin is no ambiguity to them, and reveals nobody.
    seen = await ids.by_any_label(graph, ["twin", "alone"], labels, STRANGER)
    assert [r.label for r in seen["twin"]] == ["Grid"]
    assert seen["alone"] == ()
