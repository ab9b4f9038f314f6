"""Events in GraphQL: the mutations of an event's lifecycle, its categories and departments."""

from schema.events.mutation import EventMutation

__all__ = ["EventMutation"]
