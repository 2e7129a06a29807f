"""Read spreadsheets with python-calamine (several times faster than openpyxl)."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from dagster_project.landing.xlsx_parts import SheetParts, read_workbook_parts
from dagster_project.parsing.text_files import UnreadableFileError, decode_text

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_TABLE_SUFFIXES = {".csv"}
READABLE_SUFFIXES = SPREADSHEET_SUFFIXES | TEXT_TABLE_SUFFIXES
# Vietnamese offices still save CSV from old Excel in Windows-1258.
# ((first row, first column), (last row, last column)), 0-based and inclusive
MergedRange = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[object]]
    hidden: bool
    merged: tuple[MergedRange, ...] | None = None  # None: the format keeps no merges (CSV)
    parts: SheetParts = field(default_factory=SheetParts)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_csv(path: Path) -> list[Sheet]:
    """A CSV file is one sheet named after the file. Windows-1258 writes tone marks as
    combining characters, so text is normalised to NFC like text from a workbook."""
    text = decode_text(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    return [Sheet(path.stem, rows, hidden=False)]


def read_sheets(path: Path) -> list[Sheet]:
    if path.stat().st_size == 0:
        raise UnreadableFileError("the file is empty (0 bytes)")
    if path.suffix.lower() in TEXT_TABLE_SUFFIXES:
        return read_csv(path)
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as error:
        raise UnreadableFileError("the workbook is password-protected; save an unprotected copy") from error
    except (
        python_calamine.CalamineError,
        python_calamine.ZipError,
        python_calamine.XmlError,
        ValueError,
        OSError,
    ) as error:
        raise UnreadableFileError(f"it is not a readable spreadsheet ({error})") from error
    try:
        parts = read_workbook_parts(path)
        sheets = []
        for metadata in workbook.sheets_metadata:
            if str(metadata.typ).split(".")[-1].lower() != "worksheet":
                continue
            sheet = workbook.get_sheet_by_name(metadata.name)
            rows = sheet.to_python(skip_empty_area=False)
            hidden = str(metadata.visible).split(".")[-1].lower() != "visible"
            merged = tuple(sheet.merged_cell_ranges or ())
            sheets.append(Sheet(metadata.name, [list(row) for row in rows], hidden, merged, parts.of(metadata.name)))
        return sheets
    except (python_calamine.CalamineError, ValueError) as error:
        raise UnreadableFileError(f"a sheet could not be read ({error})") from error
    finally:
        workbook.close()
