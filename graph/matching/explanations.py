"""Why a helper is (not) a candidate for a wish, and the paths in the graph that justify a match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.matching import pool, queries
from graph.matching.features import branch_loads, entity_label, features
from graph.matching.scoring import Features, exclusion
from graph.reads import nodes


@dataclass(frozen=True)
class Explanation:
    """`wish_found`/`helper_found`: the node exists and the viewer may see it (a hidden one reads as missing)."""

    wish_found: bool
    helper_found: bool
    features: Features | None
    excluded_by: str | None  # an Exclusion name, or None when the helper is eligible


@dataclass(frozen=True)
class PathNode:
    label: str
    id: str
    name: str
    named: bool  # the viewer may see the name whole (else the schema masks it)


@dataclass(frozen=True)
class PathEdge:
    type: str
    source: str
    target: str


@dataclass(frozen=True)
class GraphPath:
    nodes: tuple[PathNode, ...]
    edges: tuple[PathEdge, ...]


async def explain(graph: Graph, wish_id: str, helper_id: str, *, viewer: Viewer) -> Explanation:
    """Why the helper is (not) a candidate for the wish, if `viewer` may see both."""
    rows = await pool.read(graph, viewer, pairs=[{"wish": wish_id, "helper": helper_id}])
    if not rows:
        wish = await nodes.by_ids(graph, "Wish", [wish_id], viewer)
        return Explanation(wish_found=bool(wish), helper_found=False, features=None, excluded_by=None)
    row = rows[0]
    f = features(row["wishes"][0], row["helpers"][0], branch_loads(row["branchClaims"]))
    reason = exclusion(f)
    return Explanation(True, True, f, reason.name if reason else None)


async def paths(
    graph: Graph, pairs: Sequence[tuple[str, str]], *, viewer: Viewer
) -> dict[tuple[str, str], tuple[GraphPath, ...]]:
    """The paths that justify each (wish, helper) match: where they meet, and the skills they share; only through
    nodes `viewer` may see."""
    rows = await graph.read(
        queries.paths(viewer), pairs=[{"wish": w, "helper": h} for w, h in pairs], **scopes.params(viewer)
    )
    out: dict[tuple[str, str], tuple[GraphPath, ...]] = {}
    for row in rows:
        out[(row["wishId"], row["helperId"])] = tuple(
            GraphPath(
                tuple(PathNode(entity_label(n["labels"]), n["id"], n["name"], n["named"]) for n in p["nodes"]),
                tuple(PathEdge(e["type"], e["source"], e["target"]) for e in p["edges"]),
            )
            for p in row["paths"]
        )
    return {pair: out.get(pair, ()) for pair in pairs}
