"""The report table the department sends for a period (``warehouse report 2022-9M``): every
indicator in the order of its reports, the value counted from the registers, the value already
published, the qualifier and the reconciliation status, as a formatted Excel sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dagster_project.analyst_access import connect_published
from dagster_project.codelists import load_indicators
from dagster_project.parsing.periods import PeriodFormatError, period_from_code

STATUS_VI = {
    "match": "Khớp",
    "within_tolerance": "Khớp trong ngưỡng",
    "mismatch": "Lệch",
    "not_in_registers": "Sổ theo dõi chưa có",
    "not_reported": "Chưa công bố",
    None: "Không có số liệu",
}
QUALIFIER_VI = {"exact": "", "approx": "khoảng / gần", "over": "trên / hơn", "under": "dưới"}
UNIT_VI = {
    "delegation": "đoàn",
    "person": "lượt người",
    "event": "hội nghị, hội thảo",
    "agreement": "thỏa thuận",
    "project": "dự án",
    "organisation": "tổ chức",
    "case": "vụ việc",
    "dossier": "hồ sơ",
    "permit": "giấy phép",
    "page": "trang",
    "hour": "giờ",
    "vehicle": "lượt phương tiện",
    "vessel": "tàu",
    "country": "quốc gia",
    "unit": "đơn vị",
    "USD": "USD",
    "VND": "đồng",
}
HEADERS = (
    ("STT", 6),
    ("Chỉ tiêu", 52),
    ("Đơn vị tính", 16),
    ("Theo sổ theo dõi", 18),
    ("Số liệu đã công bố", 18),
    ("Ghi chú số liệu", 16),
    ("Đối chiếu", 20),
    ("Nguồn công bố", 40),
)
# Excel shows these with the reader's separators: 1.150.000 and 10.206,45 on a Vietnamese system.
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"


class ReportError(ValueError):
    """The period or the warehouse cannot give a report (the message says which)."""


@dataclass(frozen=True)
class ReportLine:
    number: int
    indicator_code: str
    label_vi: str
    unit: str
    register_value: Decimal | None
    reported_value: Decimal | None
    qualifier: str | None
    status: str | None
    source_document: str | None


# Where a published figure comes from, as a reader names it: the publication a report table
# names ("Nguồn"), the title of a narrative report, else the file's name (never a path).
SOURCES_QUERY = """
select s.indicator_code,
    string_agg(distinct coalesce(
        nullif(s.published_source, ''), nullif(d.title, ''), regexp_replace(s.source_file, '^.*/', '')
    ), '; ')
from marts.fct_reported_indicator_source s
left join landing.documents d on d._source_file = s.source_file
where s.period_code = ?
group by 1
"""


def normalise_period_code(text: str) -> str:
    """ "2022-9m", " 2021-h1 " -> "2022-9M", "2021-H1"; raises ReportError on anything else."""
    code = text.strip().upper()
    try:
        return period_from_code(code).code
    except PeriodFormatError as error:
        raise ReportError(f"{text!r} is not a period code such as 2022-9M, 2021-H1, 2020 or 2022-Q3: {error}") from None


def report_lines(connection: duckdb.DuckDBPyConnection, period_code: str) -> tuple[str, list[ReportLine]]:
    """The period's Vietnamese name and one line per indicator of the codelist; lines without
    data stay empty (the caller warns when all of them are)."""
    period_code = normalise_period_code(period_code)
    period = connection.execute("select name_vi from marts.dim_period where period_code = ?", [period_code]).fetchone()
    rows = connection.execute(
        "select indicator_code, register_value, reported_value, qualifier, status "
        "from marts.rpt_reconciliation where period_code = ?",
        [period_code],
    ).fetchall()
    sources = dict(connection.execute(SOURCES_QUERY, [period_code]).fetchall())
    by_code = {row[0]: (*row, sources.get(row[0])) for row in rows}
    lines = []
    # Every line of the department's table, in the codelist's order (the order of its reports);
    # a line neither counted nor published stays in place, empty.
    for number, indicator in enumerate(load_indicators().values(), start=1):
        _, register, reported, qualifier, status, source = by_code.get(indicator.code, (None,) * 6)
        lines.append(
            ReportLine(
                number,
                indicator.code,
                indicator.name_vi,
                UNIT_VI.get(indicator.unit, indicator.unit),
                register,
                reported,
                qualifier,
                status,
                source,
            )
        )
    return (period[0] if period else period_code), lines


def _number(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def as_text(cell) -> None:
    """openpyxl stores any string starting with '=' as a formula; text from sources and reports
    (a title such as '=cmd|...') must stay text that Excel shows, never something it runs."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def write_period_report(warehouse: Path, period_code: str, out: Path) -> list[ReportLine]:
    with connect_published(warehouse) as connection:
        period_name, lines = report_lines(connection, period_code)
        published_at = connection.execute("select max(published_at) from quality.load_runs where published").fetchone()[
            0
        ]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = period_code
    sheet["A1"] = f"Số liệu công tác đối ngoại: {period_name}"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = (
        (f"Kho dữ liệu Sở Ngoại vụ Hà Tĩnh, lần nạp {published_at:%d/%m/%Y %H:%M}; lập ngày {dt.date.today():%d/%m/%Y}")
        if published_at
        else "Kho dữ liệu Sở Ngoại vụ Hà Tĩnh"
    )
    sheet["A2"].font = Font(italic=True, color="555555")
    header_row = 4
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column, (title, width) in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=header_row, column=column, value=title)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for offset, line in enumerate(lines, start=1):
        row = header_row + offset
        values = (
            line.number,
            line.label_vi,
            line.unit,
            _number(line.register_value),
            _number(line.reported_value),
            QUALIFIER_VI.get(line.qualifier or "", line.qualifier),
            STATUS_VI.get(line.status, line.status),
            line.source_document,
        )
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=value)
            if column in (4, 5) and value is not None:
                cell.number_format = INTEGER_FORMAT if isinstance(value, int) else DECIMAL_FORMAT
            if column == 2 or column == 8:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if line.status == "mismatch":
            sheet.cell(row=row, column=7).font = Font(bold=True, color="C00000")
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(HEADERS))}{header_row + len(lines)}"
    legend = workbook.create_sheet("Chú giải")
    legend.append(["Đối chiếu", "Meaning"])
    for code, label in STATUS_VI.items():
        legend.append([label, (code or "neither counted nor published").replace("_", " ")])
    legend.column_dimensions["A"].width = 24
    legend.column_dimensions["B"].width = 24
    for cell in (cell for each in workbook.worksheets for row in each.iter_rows() for cell in row):
        as_text(cell)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return lines
