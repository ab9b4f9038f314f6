"""Row keys: each row once per file, and every reference naming a row of the file or of the community's graph."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graph.registers.cells import Row, problem, shown
from graph.registers.records import Existing, Problem
from graph.registers.sheets import BY_KEY, Sheet
from graph.registers.values import normal_id

Key = tuple[str, ...]


def key_of(sheet: Sheet, values: Mapping[str, Any]) -> Key | None:
    """The row's key as stored (its columns are text, identity numbers or choices: strings already; enum values,
    not words), None when a key column did not parse."""
    try:
        return tuple([values[column] for column in sheet.row_key])
    except KeyError:
        return None


def duplicates(sheet: Sheet, rows: Sequence[Row], problems: list[Problem]) -> dict[Key, int]:
    """Each key with the first row holding it; a later row holding it again is a problem naming that row."""
    first: dict[Key, int] = {}
    for row in rows:
        key = key_of(sheet, row.values)
        if key is None:
            continue
        earlier = first.setdefault(key, row.number)
        if earlier != row.number:
            text = " / ".join(shown(sheet.column(c), v) for c, v in zip(sheet.row_key, key, strict=True))
            problems.append(problem(sheet, row.number, sheet.row_key[0], text, "DUPLICATE_ROW", first=earlier))
    return first


def references(
    sheet: Sheet,
    rows: Sequence[Row],
    in_file: Mapping[str, Mapping[Key, int]],
    existing: Existing,
    problems: list[Problem],
) -> None:
    """Every value a ref's columns hold (each part of a list) is a key of one of its sheets, here or in the graph."""
    for ref in sheet.refs:
        known: set[Key] = set().union(*(in_file.get(t, ()) for t in ref.sheets))
        known.update(*(existing.keys.get(t, ()) for t in ref.sheets))
        # An identity number names a person however it was typed (a wish's claimant is free text).
        by_id = any(BY_KEY[t].column(BY_KEY[t].row_key[0]).kind == "id_number" for t in ref.sheets)
        sheets_zh = "或".join(f"“{BY_KEY[t].zh}”" for t in ref.sheets)
        sheets_en = " or ".join(ref.sheets)
        columns = [sheet.column(c) for c in ref.columns]
        for row in rows:
            values = row.values
            if len(columns) > 1:
                found: list[Any] = [values.get(c) for c in ref.columns]
                # A blank (or unreadable) part of a pair is the pair rule's to report.
                if any(value is None for value in found):
                    continue
                keys: list[Key] = [tuple(found)]
            else:
                value = values.get(ref.columns[0])
                if value is None:
                    continue
                keys = [(part,) for part in value] if isinstance(value, list) else [(value,)]
            for key in keys:
                if key in known or (by_id and len(key) == 1 and (normal_id(key[0]),) in known):
                    continue
                text = " / ".join(shown(c, v) for c, v in zip(columns, key, strict=True))
                problems.append(
                    problem(
                        sheet,
                        row.number,
                        ref.columns[0],
                        text,
                        "UNKNOWN_REFERENCE",
                        sheets=sheets_zh,
                        sheets_en=sheets_en,
                    )
                )
