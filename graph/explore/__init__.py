"""Relationship exploration: full-text search, neighbourhoods, shortest paths and resources near a grid."""

from graph.explore.subgraphs import (
    ExploreEdge,
    ExploreNode,
    Hit,
    NearResource,
    Subgraph,
    neighborhood,
    paths,
    resources_near,
    search,
)

__all__ = [
    "ExploreEdge",
    "ExploreNode",
    "Hit",
    "NearResource",
    "Subgraph",
    "neighborhood",
    "paths",
    "resources_near",
    "search",
]
