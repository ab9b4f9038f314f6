"""What an import passes between its stages: the file's rows as read, the graph's keys, the problems found."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# A cell as a reader hands it over: text, a number, a spreadsheet date, or None for a blank cell.
RawValue = str | int | float | bool | date | datetime | None


@dataclass(frozen=True)
class Problem:
    """One thing a clerk must fix: where (sheet key, spreadsheet row number, column key), the value as the report
    may show it (masked when personal), a stable code, and the reason in Chinese and English. `row`/`column` are
    None for a problem of a whole sheet or file (an unknown header, a missing required column)."""

    sheet: str
    row: int | None
    column: str | None
    value: str
    code: str
    zh: str
    en: str


@dataclass(frozen=True)
class RawRow:
    number: int  # the row's number in the spreadsheet, as the clerk sees it (the header is row 1)
    values: Mapping[str, RawValue]  # column key → cell; only the sheet's known columns


@dataclass(frozen=True)
class Upload:
    """A file as read: the rows of each register it holds (by sheet key, only those present), the columns each
    sheet had, and problems of the file itself (an unknown sheet or header, a required column missing)."""

    sheets: Mapping[str, tuple[RawRow, ...]]
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Person:
    """What the graph holds of a person a register row names by ID number (for the consistency checks)."""

    id: str
    name: str
    gender: str | None
    birth_date: date | None
    community: str | None  # the community the person is registered in (None: none yet)


@dataclass(frozen=True)
class Existing:
    """The keys of what the graph already holds in the community, per sheet key (each key a tuple of the sheet's
    `row_key` values, as stored: enum values, not words), and the people by ID number anywhere in the graph."""

    keys: Mapping[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    people: Mapping[str, Person] = field(default_factory=dict)


@dataclass(frozen=True)
class Checked:
    """The rows ready to write (sheet key → rows of typed values by column key: str, int, date, list[str] for
    names/enums, enum columns as stored values; blank optional cells absent) and every problem found. Nothing
    is written unless `problems` is empty."""

    rows: Mapping[str, tuple[Mapping[str, Any], ...]]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems
