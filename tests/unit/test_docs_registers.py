"""The committed register templates (docs/registers/, linked from README) are what `python -m api template` writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from api.registers import template, template_csv

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "registers"
HINT = "run: python -m api template docs/registers/registers-template.xlsx --csv docs/registers/csv"


def contents(path: Path) -> dict[str, Any]:
    """What a clerk sees: every sheet's cells, comments and dropdowns (not the file's timestamps)."""
    book = load_workbook(path)
    return {
        sheet.title: (
            [[c.value for c in row] for row in sheet.iter_rows()],
            [[c.comment.text if c.comment else None for c in row] for row in sheet.iter_rows(max_row=1)],
            sorted((str(v.sqref), v.formula1 or "") for v in sheet.data_validations.dataValidation),
        )
        for sheet in book.worksheets
    }


def test_the_committed_workbook_is_the_template(tmp_path: Path) -> None:
    template(tmp_path / "t.xlsx")
    assert contents(DOCS / "registers-template.xlsx") == contents(tmp_path / "t.xlsx"), HINT


def test_the_committed_csv_files_are_the_template(tmp_path: Path) -> None:
    template_csv(tmp_path)
    written = {p.name: p.read_bytes() for p in tmp_path.glob("*.csv")}
    committed = {p.name: p.read_bytes() for p in (DOCS / "csv").glob("*.csv")}
    assert committed == written, HINT
