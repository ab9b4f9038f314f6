"""Special groups in GraphQL: coverage gaps, and mutations for needs, home visits, service items and activities."""

from schema.services.coverage import ServiceQuery
from schema.services.mutation import ServiceMutation

__all__ = ["ServiceMutation", "ServiceQuery"]
