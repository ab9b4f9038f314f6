"""The audit log is append-only in code: no query under graph/ but the audit module's one CREATE touches an
AuditEntry (entries through the API: tests/api/test_audit.py)."""

from __future__ import annotations

import re
from pathlib import Path

from graph.access import audit
from graph.core.records import SensitiveUse

GRAPH = Path(__file__).resolve().parents[2] / "graph"


def test_no_query_in_the_code_changes_or_deletes_audit_entries() -> None:
    mentions = {str(p.relative_to(GRAPH)): p.read_text() for p in GRAPH.rglob("*.py") if "AuditEntry" in p.read_text()}
    writers = {name for name, text in mentions.items() if re.search(r"\(:?\w*:AuditEntry", text)}
    assert writers == {"access/audit.py"}
    assert "CREATE (:AuditEntry" in mentions["access/audit.py"]
    assert not re.search(r"\b(SET|DELETE|REMOVE|MERGE)\b", audit.RECORD)


def test_filters_and_sorts_are_entries_of_their_own() -> None:
    uses = [
        SensitiveUse("Person", "phone", "FILTER"),
        SensitiveUse("Person", "name", "FILTER"),
        SensitiveUse("Household", "room", "SORT"),
    ]
    found = audit.entries({("Person", "p1"): {"phone", "idNumber"}}, uses)
    assert found == [
        {"access": "READ", "label": "Person", "id": "p1", "fields": ["idNumber", "phone"]},
        {"access": "FILTER", "label": "Person", "id": None, "fields": ["name", "phone"]},
        {"access": "SORT", "label": "Household", "id": None, "fields": ["room"]},
    ]
    assert audit.entries({}, []) == []
