"""Special groups' services: needs lists, home visits, service items and activities, and coverage gaps."""

from graph.services.care import (
    MAX_GAPS,
    SCOPES,
    CoverageGap,
    CoverageGaps,
    Recorded,
    add_service_item,
    coverage_gaps,
    record_activity,
    record_attendance,
    record_home_visit,
    record_need,
    set_need_status,
)

__all__ = [
    "MAX_GAPS",
    "SCOPES",
    "CoverageGap",
    "CoverageGaps",
    "Recorded",
    "add_service_item",
    "coverage_gaps",
    "record_activity",
    "record_attendance",
    "record_home_visit",
    "record_need",
    "set_need_status",
]
