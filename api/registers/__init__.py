"""Registers (台账) as files: reading uploads, the template, problem reports, exports and the monthly report."""

from api.registers.export import export
from api.registers.monthly import monthly_report
from api.registers.reading import read
from api.registers.report import report
from api.registers.sources import DEFAULT_MAX_BYTES, MAX_ROWS
from api.registers.template import template, template_csv

__all__ = ["DEFAULT_MAX_BYTES", "MAX_ROWS", "export", "monthly_report", "read", "report", "template", "template_csv"]
