"""Wishes in GraphQL: the mutations of a micro-wish's lifecycle, its claims and sweeps."""

from schema.wishes.mutation import WishMutation

__all__ = ["WishMutation"]
