"""Write a departmental-style workbook: a title row, a blank row, then the header."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

FIXED_TIMESTAMP = dt.datetime(2022, 9, 15, 8, 0, 0)
SAMPLE_MARK = "MẪU - dữ liệu tổng hợp (SAMPLE, synthetic)"


def write_workbook(path: Path, sheets: list[tuple[str, str, list[str], list[list[object]]]]) -> None:
    """``sheets`` is a list of (sheet name, title, headers, rows)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, title, headers, rows in sheets:
        sheet = workbook.create_sheet(name)
        sheet.append([title])
        sheet["A1"].font = Font(bold=True)
        sheet.append([])
        sheet.append(headers)
        for cell in sheet[3]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        for column, header in zip(sheet.iter_cols(min_row=3, max_row=3), headers):
            sheet.column_dimensions[column[0].column_letter].width = max(12, len(header) + 4)
        for row in sheet.iter_rows(min_row=4):
            for cell in row:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "dd/mm/yyyy"
    # Fixed document properties keep regenerated files byte-stable apart from zip metadata.
    workbook.properties.creator = "hatinh-warehouse sample generator"
    workbook.properties.created = FIXED_TIMESTAMP
    workbook.properties.modified = FIXED_TIMESTAMP
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
