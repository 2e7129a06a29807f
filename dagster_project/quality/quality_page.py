"""warehouse/quality/index.html: every check of the load, from quality.check_results, as one
self-contained page (no stylesheet or script from the internet: the department's machines
often have none). Great Expectations' own Data Docs stay beside it (gx_index.html), linked
from each suite's row."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter
from pathlib import Path

import duckdb

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.passed { color: #1a7f37; } .failed { color: #b42318; font-weight: bold; } .warned { color: #9a6700; }
.summary span { margin-right: 1.5rem; }
code { font-size: 0.85rem; white-space: pre-wrap; }
"""


def _details(raw: str | None) -> str:
    if not raw or raw in ("{}", "null"):
        return ""
    try:
        data = json.loads(raw)
    except ValueError:
        return raw
    return json.dumps(data, ensure_ascii=False, indent=1)[:1500]


def _sheet_readings(connection: duckdb.DuckDBPyConnection) -> str:
    """How each landed sheet was read: its header cells and the column each went to, the unit
    applied, and its structure rows by kind (quality.sheet_columns, quality.structure_rows)."""
    try:
        columns = connection.execute(
            "select _source_file, _sheet, target_table, header_rows, column_position, header_as_written, "
            "column_name, mapped_by, unit_applied "
            "from quality.sheet_columns order by _source_file, _sheet, column_position nulls last"
        ).fetchall()
        structure = dict(
            ((source, sheet), kinds)
            for source, sheet, kinds in connection.execute(
                "select _source_file, _sheet, string_agg(row_kind || ' ' || n, ', ' order by row_kind) from "
                "(select _source_file, _sheet, row_kind, count(*) as n from quality.structure_rows group by all) "
                "group by all"
            ).fetchall()
        )
    except duckdb.Error:
        return ""
    rows = []
    for source, sheet, table, header_rows, position, header, column, mapped_by, unit in columns:
        kinds = structure.get((source, sheet), "none")
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{html.escape(str(value)) if value is not None else ''}</td>"
                for value in (
                    source,
                    sheet,
                    table,
                    header_rows,
                    position,
                    header,
                    column or "-",
                    mapped_by,
                    unit,
                    kinds,
                )
            )
            + "</tr>"
        )
    return f"""<h2>How each sheet was read <small>(Cách đọc từng trang tính)</small></h2>
<p>Header cells and the column each went to (<code>quality.sheet_columns</code>); rows that are the sheet's structure
(<code>quality.structure_rows</code>: column numbers, sections, totals, notes, signatures), never counted.</p>
<table><thead><tr><th>file (tệp)</th><th>sheet (trang)</th><th>table (bảng)</th>\
<th>header rows (dòng tiêu đề)</th><th>column no. (cột)</th>
<th>header as written (tiêu đề)</th><th>read as (cột chuẩn)</th><th>how (cách nhận)</th><th>unit (đơn vị)</th>\
<th>structure rows (dòng cấu trúc)</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>"""


def render_quality_page(connection: duckdb.DuckDBPyConnection, run_id: str, docs_dir: Path) -> Path:
    rows = connection.execute(
        "select check_name, asset_key, status, severity, details from quality.check_results where run_id = ? "
        "order by status <> 'failed', status <> 'warned', check_name, asset_key",
        [run_id],
    ).fetchall()
    counts = Counter(status for _, _, status, _, _ in rows)
    gx_pages = {path.stem: path.relative_to(docs_dir).as_posix() for path in docs_dir.glob("validations/**/*.html")}
    body = []
    for check, asset, status, severity, details in rows:
        suite = asset.replace("/", ".")
        link = next((page for name, page in gx_pages.items() if suite in page), None)
        asset_cell = f'<a href="{html.escape(link)}">{html.escape(asset)}</a>' if link else html.escape(asset)
        body.append(
            f'<tr><td class="{status}">{status}</td><td>{html.escape(check)}</td><td>{asset_cell}</td>'
            f"<td>{severity}</td><td><code>{html.escape(_details(details))}</code></td></tr>"
        )
    page = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">\
<title>Quality checks of the load (Kết quả kiểm tra chất lượng dữ liệu)</title>
<style>{_STYLE}</style></head><body>
<h1>Quality checks of the load <small>(Kết quả kiểm tra chất lượng dữ liệu)</small></h1>
<p>Run <code>{html.escape(run_id)}</code>, written {dt.datetime.now():%Y-%m-%d %H:%M}. \
Source: <code>quality.check_results</code>.
Great Expectations' own pages: <a href="gx_index.html">gx_index.html</a>.</p>
<p class="summary"><span class="passed">passed (đạt): {counts["passed"]}</span>\
<span class="warned">warned (cảnh báo): {counts["warned"]}</span>
<span class="failed">failed (không đạt): {counts["failed"]}</span></p>
<table><thead><tr><th>status (trạng thái)</th><th>check (kiểm tra)</th><th>table (bảng)</th>\
<th>severity (mức độ)</th><th>details (chi tiết)</th></tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
{_sheet_readings(connection)}
</body></html>
"""
    index = docs_dir / "index.html"
    if (
        index.exists()
        and "Quality checks of the load" not in index.read_text(encoding="utf-8", errors="replace")[:2000]
    ):
        index.replace(docs_dir / "gx_index.html")
    index.write_text(page, encoding="utf-8")
    return index
