"""A community's registers (台账) in and out: the sheets, their checks, the writes and the export reads."""

from graph.registers.checks import check
from graph.registers.reasons import REASONS, reason
from graph.registers.records import Checked, Existing, Person, Problem, RawRow, RawValue, Upload
from graph.registers.sheets import BY_KEY, SHEETS, Column, Ref, Sheet

__all__ = [
    "BY_KEY",
    "REASONS",
    "SHEETS",
    "Checked",
    "Column",
    "Existing",
    "Person",
    "Problem",
    "RawRow",
    "RawValue",
    "Ref",
    "Sheet",
    "Upload",
    "check",
    "reason",
]
