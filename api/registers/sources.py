"""An uploaded file opened as named grids of cells (XLSX, CSV or a zip of CSVs), within the size limits."""

from __future__ import annotations

import csv
import io
import os
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from api.registers.layout import EXPORT_MARK
from graph.core.errors import InvalidInput
from graph.registers import RawValue

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
# A zip whose members unpack to more than this many times the upload limit is refused unread (a zip bomb).
UNPACK_RATIO = 10
WORKBOOKS = (".xlsx", ".xlsm")
ARGUMENT = "file"

Source = bytes | str | os.PathLike[str]
Row = tuple[RawValue, ...]


@dataclass(frozen=True)
class Grid:
    name: str  # the sheet's name, or a CSV file's stem
    rows: tuple[Row, ...]  # from the spreadsheet's row 1; a CSV's rows may be ragged
    hidden: bool = False  # a hidden sheet (another system's lists): read only when it is a register


@dataclass(frozen=True)
class Opened:
    grids: tuple[Grid, ...]
    strays: tuple[str, ...] = ()  # files in a zip that are not CSV
    exported: bool = False  # written by the export (its rows are data throughout)


def open_source(source: Source, filename: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Opened:
    """The grids of an upload, or InvalidInput when it is too large, of another kind, or unreadable."""
    data = _bytes(source, max_bytes)
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix in WORKBOOKS:
        return _workbook(data, max_bytes)
    if suffix == ".csv":
        return Opened((Grid(PurePosixPath(filename).stem, _csv_rows(data, PurePosixPath(filename).name)),))
    if suffix == ".zip":
        return _csv_zip(data, max_bytes)
    raise InvalidInput(
        f"{filename!r} is not a register file: send an .xlsx workbook, a .csv or a .zip of CSVs", ARGUMENT
    )


def _bytes(source: Source, max_bytes: int) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        with Path(source).open("rb") as file:
            data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InvalidInput(f"the file is larger than {max_bytes:,} bytes", ARGUMENT)
    return data


def _archive(data: bytes, max_bytes: int, kind: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise InvalidInput(f"the file is not {kind} ({error})", ARGUMENT) from None
    if sum(info.file_size for info in archive.infolist()) > UNPACK_RATIO * max_bytes:
        raise InvalidInput(f"the file unpacks to more than {UNPACK_RATIO * max_bytes:,} bytes", ARGUMENT)
    return archive


def _workbook(data: bytes, max_bytes: int) -> Opened:
    with _archive(data, max_bytes, "an XLSX workbook") as archive:
        exported = _is_export(archive)
    grids = []
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for meta in book.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            rows = book.get_sheet_by_name(meta.name).to_python(skip_empty_area=False, nrows=MAX_ROWS + 2)
            cells = _limited(meta.name, tuple(tuple(map(_cell, row)) for row in rows))
            grids.append(Grid(meta.name, cells, hidden=meta.visible != SheetVisibleEnum.Visible))
    except CalamineError as error:
        raise InvalidInput(f"the file is not a readable XLSX workbook ({error})", ARGUMENT) from None
    return Opened(tuple(grids), exported=exported)


def _is_export(archive: zipfile.ZipFile) -> bool:
    try:
        with archive.open("docProps/core.xml") as file:
            core = ElementTree.fromstring(file.read(1 << 20))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError):
        return False
    return any(node.tag.endswith("}category") and node.text == EXPORT_MARK for node in core)


def _cell(value: object) -> RawValue:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool | int | float | date | datetime):
        return value
    return str(value)  # a time of day or a duration: text the checks will refuse with a reason


def _limited(name: str, rows: tuple[Row, ...]) -> tuple[Row, ...]:
    end = len(rows)
    while end and all(cell is None for cell in rows[end - 1]):
        end -= 1
    if end > MAX_ROWS:
        raise InvalidInput(f"the sheet {name!r} has more than {MAX_ROWS:,} rows", ARGUMENT)
    return rows[:end]


def _csv_rows(data: bytes, name: str) -> tuple[Row, ...]:
    """A CSV's rows: UTF-8 (with or without BOM), else GB18030 (how Excel in China saves CSV)."""
    if b"\x00" in data:
        raise InvalidInput(f"{name} is not CSV text", ARGUMENT)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InvalidInput(f"{name} is neither UTF-8 nor GB18030 text", ARGUMENT) from None
    rows = []
    try:
        for record in csv.reader(io.StringIO(text, newline="")):
            rows.append(tuple(_cell(cell) for cell in record))
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as error:
        raise InvalidInput(f"{name} cannot be read as CSV ({error})", ARGUMENT) from None
    return _limited(name, tuple(rows))


def _csv_zip(data: bytes, max_bytes: int) -> Opened:
    grids, strays, budget = [], [], UNPACK_RATIO * max_bytes
    with _archive(data, max_bytes, "a zip of CSV files") as archive:
        for info in archive.infolist():
            path = PurePosixPath(_member_name(info))
            if info.is_dir() or path.parts[0] == "__MACOSX" or path.name.startswith("."):
                continue
            if path.suffix.lower() != ".csv":
                strays.append(path.name)
                continue
            content = _unpacked(archive, info, path.name, budget)
            budget -= len(content)
            if budget < 0:
                raise InvalidInput(f"the file unpacks to more than {UNPACK_RATIO * max_bytes:,} bytes", ARGUMENT)
            grids.append(Grid(path.stem, _csv_rows(content, path.name)))
    return Opened(tuple(grids), tuple(strays))


def _unpacked(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, budget: int) -> bytes:
    try:
        with archive.open(info) as file:
            return file.read(budget + 1)  # the sizes a zip declares may lie: read no more than is left
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError) as error:
        # RuntimeError: an encrypted member; NotImplementedError: a compression zipfile lacks
        raise InvalidInput(f"{name} cannot be unpacked ({error})", ARGUMENT) from None


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as written: zip tools on Chinese Windows store names in GBK without saying so."""
    if info.flag_bits & 0x800:
        return info.filename
    raw = info.filename.encode("cp437")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename
