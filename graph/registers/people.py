"""People named by identity number agree: with their number, with the residents' register, with one community."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from graph.registers import idnumbers
from graph.registers.cells import Row, problem, shown
from graph.registers.records import Existing, Problem
from graph.registers.sheets import BY_KEY
from graph.registers.vocabulary import GENDERS

RESIDENTS = BY_KEY["residents"]
# The registers whose rows name a resident by identity number and repeat the name (members, workers, …).
NAMED = tuple(
    s.key for s in BY_KEY.values() if s.key != "residents" and {"idNumber", "name"} <= {c.key for c in s.columns}
)


def residents(rows: Sequence[Row], existing: Existing, community: str | None, problems: list[Problem]) -> None:
    """A resident's gender and birth date as the number says; not registered in another community."""
    for row in rows:
        values = row.values
        number = values.get("idNumber")
        if number is None:
            continue
        gender = values.get("gender")
        if gender is not None and gender != (expected := idnumbers.gender(number)):
            text = shown(RESIDENTS.column("gender"), row.raw.values.get("gender"))
            problems.append(
                problem(
                    RESIDENTS,
                    row.number,
                    "gender",
                    text,
                    "ID_GENDER_MISMATCH",
                    expected=GENDERS[expected],
                    expected_en=expected,
                )
            )
        born = values.get("birthDate")
        if born is not None and born != idnumbers.birth_date(number):
            text = shown(RESIDENTS.column("birthDate"), row.raw.values.get("birthDate"))
            problems.append(problem(RESIDENTS, row.number, "birthDate", text, "ID_BIRTH_DATE_MISMATCH"))
        person = existing.people.get(number)
        if person is not None and community is not None and person.community not in (None, community):
            text = shown(RESIDENTS.column("idNumber"), number)
            problems.append(problem(RESIDENTS, row.number, "idNumber", text, "OTHER_COMMUNITY"))


def names(read: Mapping[str, Sequence[Row]], existing: Existing, problems: list[Problem]) -> None:
    """A row naming a person by number gives the name the residents' register holds (this file's, else the graph's)."""
    in_file = {
        row.values["idNumber"]: row.values["name"]
        for row in read.get("residents", ())
        if "idNumber" in row.values and "name" in row.values
    }
    for key in NAMED:
        sheet = BY_KEY[key]
        for row in read.get(key, ()):
            number, name = row.values.get("idNumber"), row.values.get("name")
            if number is None or name is None:
                continue
            known = in_file.get(number)
            if known is None and (person := existing.people.get(number)) is not None:
                known = person.name
            if known is not None and known != name:
                problems.append(problem(sheet, row.number, "name", shown(sheet.column("name"), name), "NAME_MISMATCH"))
