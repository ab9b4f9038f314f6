"""Events (一事一报): reports with duplicate suggestions, the handling lifecycle with its SLA clock, categories."""

from graph.events.handling import DEFAULT_REOPEN_DAYS, EventResult, Step, history, step
from graph.events.reports import add_category, add_department, report

__all__ = ["DEFAULT_REOPEN_DAYS", "EventResult", "Step", "add_category", "add_department", "history", "report", "step"]
