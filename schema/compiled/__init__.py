"""The compiled read path: selections of plain fields and relationship pages shaped straight from the records read."""

from schema.compiled.executor import CompiledExecutor
from schema.compiled.plans import Planner
from schema.compiled.shapes import Fallback, Run

__all__ = ["CompiledExecutor", "Fallback", "Planner", "Run"]
