"""Hostile mutations against the real app, on a throw-away copy of the demo: generated mutations, hostile strings in
every String/ID leaf of every mutation input. Whatever arrives, the client sees data or a stable coded error, never an
internal one, a stack trace or a word of Cypher (reads: tests/api/test_fuzz.py)."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis_graphql import mutations
from starlette.testclient import TestClient

from tests.api.fuzz_answers import FUZZ_SETTINGS, MUTATION_TYPE
from tests.api.fuzz_fillers import Fillers, node_ids
from tests.api.fuzz_generated import MUTATION_EXAMPLES, _post_generated, _report, per_root_field
from tests.api.fuzz_hostile import Barrage, values_for
from tests.api.fuzz_sites import mutation_sites


def test_generated_mutations(scratch_client: TestClient) -> None:
    times: list[float] = []
    assert MUTATION_TYPE is not None
    operations = per_root_field(mutations, MUTATION_TYPE)

    @settings(max_examples=MUTATION_EXAMPLES, **FUZZ_SETTINGS)
    @given(operation=operations)
    def run(operation: str) -> None:
        _post_generated(scratch_client, operation, times)

    run()
    _report("mutations", times)
    assert len(times) >= MUTATION_EXAMPLES


def test_hostile_strings_in_every_mutation_input(scratch_client: TestClient) -> None:
    fillers = Fillers(node_ids(scratch_client))
    sites = mutation_sites(fillers)
    barrage = Barrage(scratch_client)
    started = time.perf_counter()
    for index, site in enumerate(sites):
        for value in values_for(site, index):
            barrage.send(site, value)
    print(f"\nhostile mutations: {len(sites)} sites, {barrage.sent} sent in {time.perf_counter() - started:.1f} s")
    assert not barrage.problems, barrage.verdict()
    assert {s.name.split("(")[0] for s in sites} >= {"Mutation.createWish", "Mutation.reportEvent"}
