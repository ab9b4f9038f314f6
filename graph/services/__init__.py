"""Special groups' services: needs lists, home visits, service items and activities, and coverage gaps."""

from graph.services.activities import ACTIVITIES, ITEMS, add_service_item, record_activity, record_attendance
from graph.services.casework import NEEDS, VISITS, record_home_visit, record_need, set_need_status
from graph.services.coverage import MAX_GAPS, SCOPES, CoverageGap, CoverageGaps, coverage_gaps

__all__ = [
    "ACTIVITIES",
    "ITEMS",
    "MAX_GAPS",
    "NEEDS",
    "SCOPES",
    "VISITS",
    "CoverageGap",
    "CoverageGaps",
    "add_service_item",
    "coverage_gaps",
    "record_activity",
    "record_attendance",
    "record_home_visit",
    "record_need",
    "set_need_status",
]
