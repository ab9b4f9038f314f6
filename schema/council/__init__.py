"""The residents' council in GraphQL: meetings and topics, and topics suggested by recurring events."""

from schema.council.mutation import CouncilMutation
from schema.council.suggestions import CouncilQuery

__all__ = ["CouncilMutation", "CouncilQuery"]
