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
<html lang="vi"><head><meta charset="utf-8"><title>Quality checks of the load (Kết quả kiểm tra chất lượng dữ liệu)</title>
<style>{_STYLE}</style></head><body>
<h1>Quality checks of the load <small>(Kết quả kiểm tra chất lượng dữ liệu)</small></h1>
<p>Run <code>{html.escape(run_id)}</code>, written {dt.datetime.now():%Y-%m-%d %H:%M}. Source: <code>quality.check_results</code>.
Great Expectations' own pages: <a href="gx_index.html">gx_index.html</a>.</p>
<p class="summary"><span class="passed">passed (đạt): {counts['passed']}</span><span class="warned">warned (cảnh báo): {counts['warned']}</span>
<span class="failed">failed (không đạt): {counts['failed']}</span></p>
<table><thead><tr><th>status (trạng thái)</th><th>check (kiểm tra)</th><th>table (bảng)</th><th>severity (mức độ)</th><th>details (chi tiết)</th></tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table></body></html>
"""
    index = docs_dir / "index.html"
    if index.exists() and "Quality checks of the load" not in index.read_text(encoding="utf-8", errors="replace")[:2000]:
        index.replace(docs_dir / "gx_index.html")
    index.write_text(page, encoding="utf-8")
    return index
