"""The signed-in caller as the API sees them: the `viewer` root field."""

from schema.viewer.query import ViewerQuery

__all__ = ["ViewerQuery"]
