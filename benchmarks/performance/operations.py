"""The requests measured: the CI guard's GraphQL operations, pointed at one synthetic community."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schema.relay import to_global_id

# The CI guard's requests (tests/api/test_query_budget.py OPERATIONS), pointed at one synthetic community: the nested
# lists read its residents only, the candidates are one of its PUBLISHED wishes'.
NESTED = """query($n: Int!, $prefix: String!) { residents(first: $n, orderBy: {field: id}, where: {id: {startsWith: $prefix}}) { edges { node { name
  building { name grid { name gridWorkers(first: 3) { edges { node { name gridRole } } } } } } } } }"""
NODE = "query($id: ID!) { node(id: $id) { id ... on Person { name phone } } }"
CANDIDATES = """query($wish: String!) { wishes(first: 1, orderBy: {field: id}, where: {id: {eq: $wish}, status: {eq: PUBLISHED}}) {
  edges { node { candidates(first: 10) { nodes { score helper { id } } } } } } }"""
STATS = "query($c: ID!) { communityStats(communityId: $c) { partyMembers wishesFulfilled } }"
PLAN = "query($s: ID!) { matchPlan(scope: $s) { openWishes served totalScore } }"


@dataclass(frozen=True)
class Operation:
    name: str
    query: str
    variables: dict[str, Any]


def operations(cid: str, person: str, wish: str, grid: str) -> list[Operation]:
    nested = {"prefix": f"{cid}-"}
    return [
        Operation("node", NODE, {"id": to_global_id("Person", person)}),
        Operation("nested-20", NESTED, {"n": 20, **nested}),
        Operation("nested-100", NESTED, {"n": 100, **nested}),
        Operation("candidates", CANDIDATES, {"wish": wish}),
        Operation("communityStats", STATS, {"c": cid}),
        Operation("matchPlan-grid", PLAN, {"s": to_global_id("Grid", grid)}),
        Operation("matchPlan-community", PLAN, {"s": to_global_id("Community", cid)}),
    ]
