"""Small builders for bad inputs: a register sheet with three valid rows plus what a case adds."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from openpyxl import Workbook

from dagster_project.landing.documents import DocumentLoader
from dagster_project.landing.engine import FamilyLoader, LandingBatch
from dagster_project.landing.specs import DOCUMENT_SPECS, REGISTER_SPECS, REPORT_SPECS

LOADED_AT = dt.datetime(2022, 9, 20, 2, 0)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
OUTBOUND_HEADERS = ["STT", "Ngày đi", "Nước đến", "Đối tác", "Số thành viên", "Mục đích"]
VALID_OUTBOUND = [
    [1, "10/01/2022", "Lào", "Bolikhamsay", 5, "Chúc Tết"],
    [2, "11/02/2022", "Nhật Bản", "JICA", 4, "Khảo sát"],
    [3, "12/03/2022", "Hàn Quốc", "KOICA", 6, "Xúc tiến đầu tư"],
]


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def outbound_sheet(
    extra_rows: list[list[object]] = (), headers: list[str] = OUTBOUND_HEADERS, title: bool = True
) -> list[list[object]]:
    rows = [["SỔ THEO DÕI ĐOÀN RA"]] if title else []
    return [*rows, headers, *VALID_OUTBOUND, *extra_rows]


def land(raw: Path, family: str = "registers") -> LandingBatch:
    specs = {"registers": REGISTER_SPECS, "reports": REPORT_SPECS, "documents": DOCUMENT_SPECS}[family]
    loader = DocumentLoader if family == "documents" else FamilyLoader
    files = sorted(path for path in (raw / family).iterdir())
    return loader(family, specs, raw, "bad-input", LOADED_AT, b"key").land(files)


def reasons(batch: LandingBatch) -> dict[tuple[str, int, str], str]:
    return {(row["_source_file"], row["_row_number"], row["column_name"]): row["reason"] for row in batch.rejected_rows}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese Excel writes it: base letters plus combining tone marks."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = next(mark for mark in decomposed if mark in TONE_MARKS)
            base = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)
