"""Registers (台账) as files: reading uploads, the template, problem reports and exports (the monthly report, which
draws with matplotlib, is `api.registers.monthly`, imported only when a report is asked for)."""

from api.registers.export import export
from api.registers.reading import read
from api.registers.report import report
from api.registers.sources import DEFAULT_MAX_BYTES, MAX_ROWS
from api.registers.template import template, template_csv

__all__ = ["DEFAULT_MAX_BYTES", "MAX_ROWS", "export", "read", "report", "template", "template_csv"]
