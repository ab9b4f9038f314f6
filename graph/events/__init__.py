"""Events (一事一报): reports with duplicate suggestions, the handling lifecycle with its SLA clock, categories."""

from graph.events.categories import add_category, add_department
from graph.events.flow import FLOW, MACHINE
from graph.events.handling import DEFAULT_REOPEN_DAYS, Step, history, step
from graph.events.reports import report
from graph.events.sla import light_at, stage_limit, stage_times

__all__ = [
    "DEFAULT_REOPEN_DAYS",
    "FLOW",
    "MACHINE",
    "Step",
    "add_category",
    "add_department",
    "history",
    "light_at",
    "report",
    "stage_limit",
    "stage_times",
    "step",
]
