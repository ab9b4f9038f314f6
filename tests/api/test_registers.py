"""The registers over HTTP on the demo: the template, exports per role against the access oracle, imports (only by
administrators; a file with problems writes nothing and is reported masked), the monthly report."""

from __future__ import annotations

import base64
import io
import json
from collections import Counter
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from starlette.testclient import TestClient

from graph.access.masks import mask_inner
from graph.core.db import Graph
from tests.api.access_oracle import SIGNED_IN, World, the_world
from tests.api.conftest import app_for
from tests.auth import ADMIN

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Plain Cypher, written from README's rules, for what the oracle does not hold: the demo's people and their data.
PEOPLE = "MATCH (p:Person) WHERE p.id STARTS WITH 'jf-' RETURN p.id AS id, p.idNumber AS idNumber"
NODES = "MATCH (n) WHERE n.id STARTS WITH 'jf-' RETURN count(n) AS n"
AUDITED = "MATCH (a:AuditEntry {access: $access, subjectId: 'jf'}) RETURN count(a) AS n"


@pytest.fixture
async def world(demo_graph: Graph) -> World:
    return await the_world(demo_graph)


def workbook(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def sheet_rows(book: Workbook, name: str) -> list[dict[str, Any]]:
    """A register sheet's data rows by Chinese header (row 1 the headers, row 2 the descriptions)."""
    sheet = book[name]
    headers = [str(c.value) for c in sheet[1]]
    return [dict(zip(headers, row, strict=False)) for row in sheet.iter_rows(min_row=3, values_only=True) if any(row)]


def upload(client: TestClient, data: bytes, name: str = "registers.xlsx", **params: str) -> Any:
    return client.post("/registers/import", params=params, files={"file": (name, data, XLSX)})


def test_the_template_is_for_everyone_signed_in(client: TestClient, world: World) -> None:
    for role in SIGNED_IN:
        answer = client.get("/registers/template", headers=world.token(role))
        assert answer.status_code == 200 and answer.headers["content-type"] == XLSX
        assert {"居民", "党员", "网格员", "特殊人群", "共建单位", "微心愿"} <= set(workbook(answer.content).sheetnames)
    refused = client.get("/registers/template", headers={"Authorization": ""})  # no token: anonymous
    assert refused.status_code == 401 and refused.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_only_an_administrator_imports(client: TestClient, world: World) -> None:
    for role in SIGNED_IN:
        if role == "admin":
            continue
        answer = client.post("/registers/import", headers=world.token(role), files={"file": ("x.xlsx", b"PK", XLSX)})
        assert answer.status_code == 403, role
        assert answer.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_each_role_s_export_shows_what_the_table_says(
    client: TestClient, world: World, demo_graph: Graph
) -> None:
    people = {r["id"]: r["idNumber"] for r in await demo_graph.read(PEOPLE)}
    for role in SIGNED_IN:
        answer = client.get("/registers/export", params={"community": "jf"}, headers=world.token(role))
        assert answer.status_code == 200, (role, answer.text)
        residents = sheet_rows(workbook(answer.content), "居民")
        seen = await world.seen(role, "Person") & people.keys()
        full = await world.oracle.full(world.viewers[role])
        expected = Counter(people[p] if p in full else mask_inner(people[p]) for p in seen)
        assert Counter(r["公民身份号码"] for r in residents) == expected, role


async def test_the_demo_exported_imports_back_as_it_is(scratch_client: TestClient, scratch_demo: Graph) -> None:
    exported = scratch_client.get("/registers/export", params={"community": "jf"})
    assert exported.status_code == 200
    before = await scratch_demo.read_one(NODES)
    imports = (await scratch_demo.read_one(AUDITED, access="IMPORT") or {}).get("n", 0)
    dry = upload(scratch_client, exported.content, dryRun="true")
    assert dry.status_code == 200, dry.text
    summary = dry.json()
    assert summary["written"] is False and summary["rows"] > 7000
    assert all(s["new"] == s["changed"] == s["missing"] == 0 for s in summary["sheets"].values()), summary["sheets"]
    done = upload(scratch_client, exported.content)
    assert done.status_code == 200 and done.json()["written"] is True
    assert await scratch_demo.read_one(NODES) == before
    after = await scratch_demo.read_one(AUDITED, access="IMPORT")
    assert after is not None and after["n"] == imports + 2


async def test_a_file_with_problems_writes_nothing_and_reports_them_masked(
    client: TestClient, demo_graph: Graph
) -> None:
    book = workbook(client.get("/registers/export", params={"community": "jf"}).content)
    residents = book["居民"]
    column = [c.value for c in residents[1]].index("公民身份号码") + 1
    good = str(residents.cell(3, column).value)
    broken = good[:-1] + ("0" if good[-1] != "0" else "1")
    residents.cell(3, column).value = broken
    buildings = book["楼栋"]
    grid = [c.value for c in buildings[1]].index("所属网格") + 1
    buildings.cell(3, grid).value = "NO-SUCH-GRID"
    out = io.BytesIO()
    book.save(out)
    before = await demo_graph.read_one(NODES)
    answer = upload(client, out.getvalue())
    assert answer.status_code == 422, answer.text
    error = answer.json()["errors"][0]
    assert error["extensions"]["code"] == "REGISTER_PROBLEMS"
    problems = error["extensions"]["problems"]
    assert {(p["sheet"], p["row"], p["code"]) for p in problems} >= {
        ("residents", 3, "ID_CHECK_DIGIT"),
        ("buildings", 3, "UNKNOWN_REFERENCE"),
    }
    assert all(p["zh"] and p["en"] for p in problems)
    report = base64.b64decode(error["extensions"]["report"])
    cells = {str(v) for ws in workbook(report).worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    text = json.dumps(answer.json(), ensure_ascii=False)
    for secret in (good, broken):
        assert secret not in text and secret not in cells
    assert await demo_graph.read_one(NODES) == before


def test_an_upload_over_the_limit_is_refused_coded(neo4j_connection: Any, demo_graph: Graph) -> None:
    with TestClient(app_for(neo4j_connection, max_upload_bytes=2048), headers=ADMIN) as small:
        answer = upload(small, b"0" * 4096)
    assert answer.status_code == 413
    assert answer.json()["errors"][0]["extensions"]["code"] == "PAYLOAD_TOO_LARGE"


def test_a_file_that_is_no_spreadsheet_is_the_caller_s_error(client: TestClient) -> None:
    answer = upload(client, b"not a workbook at all", "registers.xlsx")
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_the_monthly_report_is_a_workbook_and_a_chart(client: TestClient, world: World) -> None:
    params = {"community": "jf", "month": "2023-04"}
    xlsx = client.get("/registers/monthly", params=params, headers=world.token("resident"))
    assert xlsx.status_code == 200 and xlsx.headers["content-type"] == XLSX
    values = [row for ws in workbook(xlsx.content).worksheets for row in ws.iter_rows(values_only=True)]
    assert any(750 in row for row in values) and any(58 in row for row in values)  # the article's members, workers
    png = client.get("/registers/monthly", params={**params, "format": "png"})
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    bad = client.get("/registers/monthly", params={"community": "jf", "month": "April"})
    assert bad.status_code == 400 and bad.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
