"""A community's registers (台账) in and out: the sheets, their checks, the writes and the export reads."""

from graph.registers.checks import check
from graph.registers.plan import Counts, Plan, Step, plan
from graph.registers.reasons import REASONS, reason
from graph.registers.records import Checked, Existing, Person, Problem, RawRow, RawValue, Upload
from graph.registers.sheets import BY_KEY, SHEETS, Column, Ref, Sheet
from graph.registers.snapshot import Snapshot, rows, snapshot
from graph.registers.writes import Applied, apply, existing

__all__ = [
    "BY_KEY",
    "REASONS",
    "SHEETS",
    "Applied",
    "Checked",
    "Column",
    "Counts",
    "Existing",
    "Person",
    "Plan",
    "Problem",
    "RawRow",
    "RawValue",
    "Ref",
    "Sheet",
    "Snapshot",
    "Step",
    "Upload",
    "apply",
    "check",
    "existing",
    "plan",
    "reason",
    "rows",
    "snapshot",
]
