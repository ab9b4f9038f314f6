"""Disputes in GraphQL: the mutations of a mediation case."""

from schema.disputes.mutation import DisputeMutation

__all__ = ["DisputeMutation"]
