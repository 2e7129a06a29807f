"""What calamine does not tell about an .xlsx sheet: hidden columns and which rows hold
formulas. Read from the workbook's XML parts directly (hidden columns sit before the cell
data; formula cells are found with one byte scan), so a large sheet costs one pass."""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# A cell whose first child is a formula: <c r="B7" ...><f>SUM(B3:B6)</f><v>12</v></c>
_FORMULA_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<f[ >/]')
_COLUMN = re.compile(rb"<col\b[^>]*>")
_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class SheetParts:
    hidden_columns: frozenset[int] = frozenset()  # 0-based column positions
    formula_cells: frozenset[tuple[int, int]] = frozenset()  # 0-based (row, column)

    @property
    def formula_rows(self) -> frozenset[int]:
        return frozenset(row for row, _ in self.formula_cells)

    @property
    def formula_columns(self) -> frozenset[int]:
        return frozenset(column for _, column in self.formula_cells)


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - ord("A") + 1
    return index - 1


@dataclass
class WorkbookParts:
    sheets: dict[str, SheetParts] = field(default_factory=dict)

    def of(self, sheet_name: str) -> SheetParts:
        return self.sheets.get(sheet_name, SheetParts())


def _sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in relations.iter(f"{_PACKAGE_REL}Relationship")}
    paths = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        paths[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
    return paths


def _hidden_columns(head: bytes) -> frozenset[int]:
    hidden: set[int] = set()
    for element in _COLUMN.findall(head):
        attributes = dict(_ATTRIBUTE.findall(element))
        if attributes.get(b"hidden") in (b"1", b"true"):
            first, last = int(attributes.get(b"min", b"1")), int(attributes.get(b"max", b"1"))
            hidden.update(range(first - 1, min(last, 16384)))
    return frozenset(hidden)


def read_workbook_parts(path: Path) -> WorkbookParts:
    """Hidden columns and formula rows of every sheet of an .xlsx/.xlsm; empty for other files
    or when the parts cannot be read (the sheet is then read as calamine sees it)."""
    parts = WorkbookParts()
    if path.suffix.lower() not in {".xlsx", ".xlsm"}:
        return parts
    try:
        with zipfile.ZipFile(path) as archive:
            for name, member in _sheet_paths(archive).items():
                data = archive.read(member)
                head = data[: data.find(b"<sheetData")] if b"<sheetData" in data else data
                cells = frozenset((int(row) - 1, _column_index(column)) for column, row in _FORMULA_CELL.findall(data))
                parts.sheets[name] = SheetParts(_hidden_columns(head), cells)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError, OSError):
        return WorkbookParts()
    return parts
