"""Exploration for front ends: search, neighbourhoods, paths and nearby resources, as nodes and edges to draw."""

from schema.explore.query import ExploreQuery

__all__ = ["ExploreQuery"]
