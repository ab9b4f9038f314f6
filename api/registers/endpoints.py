"""The registers over HTTP: the template, an import (administrators, a file upload), an export, the monthly report."""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from api.auth import resolved
from api.limits import error_response, language_of
from api.registers.runs import export_registers, import_file, monthly
from api.registers.template import template
from graph.access.viewer import Viewer
from graph.core.errors import GraphError, InvalidInput, NotFound, TooLarge
from schema.codes import ErrorCode
from schema.messages import localise

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PREFIX = "/registers"


def _file(data: bytes, filename: str, media: str = XLSX) -> Response:
    # RFC 5987: Chinese file names travel percent-encoded in filename*.
    disposition = (
        f"attachment; filename=\"{filename.encode('ascii', 'replace').decode()}\"; filename*=UTF-8''{quote(filename)}"
    )
    return Response(data, media_type=media, headers={"Content-Disposition": disposition})


def _refused(request: Request, exc: GraphError) -> JSONResponse:
    language = language_of(request.scope)
    if isinstance(exc, TooLarge):
        english = (
            "the import needs more transaction memory than the database allows (all rows are written in one "
            "transaction): import the file's sheets in several files, or give Neo4j a larger heap"
        )
        chinese = "导入需要的事务内存超过数据库上限（全部行在一个事务中写入）：请把文件按工作表拆分后分别导入，或增大 Neo4j 堆内存"
        extensions = {"code": ErrorCode.PAYLOAD_TOO_LARGE.name} | ({"detail": english} if language == "zh" else {})
        message = chinese if language == "zh" else english
        return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status_code=413)
    if isinstance(exc, NotFound):
        return error_response(404, str(exc), ErrorCode.NOT_FOUND, language=language, argument=exc.argument)
    if isinstance(exc, InvalidInput):
        return error_response(400, str(exc), ErrorCode.BAD_USER_INPUT, language=language, argument=exc.argument)
    raise exc


def _signed_in(request: Request) -> JSONResponse | None:
    """Registers hold people: every endpoint but the monthly report (aggregate statistics) needs a token."""
    viewer: Viewer = request.state.viewer
    if not viewer.anonymous:
        return None
    message = "sign in: the registers need a bearer token"
    headers = {"WWW-Authenticate": "Bearer"}
    return error_response(401, message, ErrorCode.UNAUTHENTICATED, headers, language_of(request.scope))


def _admin(request: Request) -> JSONResponse | None:
    viewer: Viewer = request.state.viewer
    if viewer.anonymous:
        return _signed_in(request)
    if viewer.admin:
        return None
    message = "only a community administrator may import registers"
    return error_response(403, message, ErrorCode.FORBIDDEN, language=language_of(request.scope))


async def template_endpoint(request: Request) -> Response:
    refused = _signed_in(request)
    if refused is not None:
        return refused

    with tempfile.TemporaryDirectory(prefix="register-template-") as tmp:
        path = Path(tmp) / "template.xlsx"
        template(path)
        return _file(path.read_bytes(), "社区台账导入模板.xlsx")


async def import_endpoint(request: Request, max_bytes: int, timeout_s: float) -> Response:
    """POST a multipart form with `file` (XLSX, CSV or a zip of CSVs); `?community=` names the community when the
    file has no 社区 sheet, `?dryRun=true` checks and compares without writing. 200: what was (or would be)
    written; 422 REGISTER_PROBLEMS: the problems and the marked workbook (base64), nothing written."""
    refused = _admin(request)
    if refused is not None:
        return refused
    language = language_of(request.scope)
    # Closed when read: the parts Starlette spooled to disk go with it.
    async with request.form(max_files=1, max_fields=4, max_part_size=max_bytes) as form:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            message = "send the register file as the multipart field `file`"
            return error_response(400, message, ErrorCode.BAD_USER_INPUT, language=language, argument="file")
        data = await upload.read()
        filename = upload.filename or "upload.xlsx"
    dry_run = request.query_params.get("dryRun", "false").lower() in ("1", "true", "yes")
    try:
        done = await import_file(
            request.app.state.graph,
            request.state.viewer,
            data,
            filename,
            request.query_params.get("community") or None,
            dry_run,
            max_bytes,
            timeout_s,
        )
    except GraphError as exc:
        return _refused(request, exc)
    body: dict[str, Any] = done.summary()
    if not done.problems:
        return JSONResponse(body)
    english = f"the file has {len(done.problems)} problems; nothing was written"
    extensions: dict[str, Any] = {
        "code": ErrorCode.REGISTER_PROBLEMS.name,
        "problems": body.pop("problems"),
        "report": base64.b64encode(done.report or b"").decode(),
        "reportMediaType": XLSX,
        "summary": body,
    }
    message = localise(ErrorCode.REGISTER_PROBLEMS, language, english, {})
    return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status_code=422)


async def export_endpoint(request: Request) -> Response:
    refused = _signed_in(request)
    if refused is not None:
        return refused
    community = request.query_params.get("community", "")
    graph = request.app.state.graph
    try:
        # The viewer's grids, households and branches: what scopes an export, as they scope every read.
        data = await export_registers(graph, await resolved(graph, request.state.viewer), community)
    except GraphError as exc:
        return _refused(request, exc)
    return _file(data, f"{community}-registers.xlsx")


async def monthly_endpoint(request: Request) -> Response:
    """`?community=&month=YYYY-MM&format=xlsx|png`: the month's report a community sends its subdistrict."""
    community = request.query_params.get("community", "")
    month = request.query_params.get("month", "")
    try:
        xlsx, png = await monthly(request.app.state.graph, community, month)
    except GraphError as exc:
        return _refused(request, exc)
    if request.query_params.get("format") == "png":
        return _file(png, f"{community}-{month}.png", "image/png")
    return _file(xlsx, f"{community}-{month}-monthly.xlsx")


def routes(max_upload_bytes: int, import_timeout_s: float) -> list[Route]:
    """Mounted under PREFIX behind the same token check and rate limit as /graphql (api/app.py)."""

    async def importer(request: Request) -> Response:
        return await import_endpoint(request, max_upload_bytes, import_timeout_s)

    return [
        Route("/template", template_endpoint),
        Route("/import", importer, methods=["POST"]),
        Route("/export", export_endpoint),
        Route("/monthly", monthly_endpoint),
    ]
