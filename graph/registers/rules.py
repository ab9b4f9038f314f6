"""The rules across a row's columns: defaults, columns filled together, ranges, and dates in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.registers.cells import Row, problem, shown
from graph.registers.records import Problem
from graph.registers.sheets import Sheet
from graph.registers.values import is_blank

# A blank cell's stored value.
DEFAULTS: dict[str, dict[str, Any]] = {
    "wishes": {"headCount": 1, "status": "SUBMITTED"},
    "needs": {"status": "OPEN"},
}
# Columns filled both or neither.
PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "residents": (("building", "room"),),
    "units": (("agreement", "signedOn"),),
}
# (column, other column, its values that require the column).
REQUIRED_WHEN: dict[str, tuple[tuple[str, str, frozenset[str]], ...]] = {
    "members": (("reportedOn", "partyStatus", frozenset({"IN_SERVICE"})),),
    "wishes": (("claimant", "status", frozenset({"CLAIMED", "CONFIRMED", "IN_PROGRESS"})),),
}
# column → (lowest, highest or None).
RANGES: dict[str, dict[str, tuple[int, int | None]]] = {
    "buildings": {"floors": (1, None)},
    "members": {"capacity": (0, None)},
    "resources": {"capacity": (0, None)},
    "wishes": {"urgency": (1, 4), "headCount": (1, None)},
}
# (earlier, later): the later date may not come before the earlier.
ORDER: dict[str, tuple[tuple[str, str], ...]] = {"wishes": (("createdAt", "deadline"),)}


def apply(sheet: Sheet, rows: Sequence[Row], problems: list[Problem]) -> None:
    """Fill the sheet's defaults into its rows and report what its cross-column rules refuse."""
    defaults = DEFAULTS.get(sheet.key, {})
    pairs = PAIRS.get(sheet.key, ())
    required_when = REQUIRED_WHEN.get(sheet.key, ())
    ranges = RANGES.get(sheet.key, {})
    order = ORDER.get(sheet.key, ())
    if not (defaults or pairs or required_when or ranges or order):
        return
    for row in rows:
        values, cells = row.values, row.raw.values
        for key, value in defaults.items():
            if is_blank(cells.get(key)):
                values[key] = value
        for one, other in pairs:
            for blank, given in ((one, other), (other, one)):
                if is_blank(cells.get(blank)) and not is_blank(cells.get(given)):
                    zh = sheet.column(given).zh
                    problems.append(problem(sheet, row.number, blank, "", "REQUIRED_WITH", other=zh, other_en=given))
        for key, other, when in required_when:
            value = values.get(other)
            if value in when and is_blank(cells.get(key)):
                column = sheet.column(other)
                word = (column.choices or {}).get(value, value)
                problems.append(
                    problem(
                        sheet,
                        row.number,
                        key,
                        "",
                        "REQUIRED_WHEN",
                        other=column.zh,
                        other_en=other,
                        word=word,
                        value=value,
                    )
                )
        for key, (low, high) in ranges.items():
            number = values.get(key)
            if number is None or (low <= number and (high is None or number <= high)):
                continue
            text = shown(sheet.column(key), cells.get(key))
            if high is None:
                problems.append(problem(sheet, row.number, key, text, "TOO_SMALL", low=low))
            else:
                problems.append(problem(sheet, row.number, key, text, "OUT_OF_RANGE", low=low, high=high))
        for earlier, later in order:
            first, last = values.get(earlier), values.get(later)
            if first is not None and last is not None and last < first:
                text = shown(sheet.column(later), cells.get(later))
                column = sheet.column(earlier)
                problems.append(
                    problem(sheet, row.number, later, text, "DATE_ORDER", other=column.zh, other_en=earlier)
                )
