"""The dashboard: one self-contained HTML file (plotly.js embedded, no network needed) with
the four views the department asks for first."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

STATUS_COLOURS = {
    "match": "#2e7d32", "within_tolerance": "#9ccc65", "mismatch": "#c62828",
    "not_in_registers": "#90a4ae", "not_reported": "#ffb300",
}


@dataclass(frozen=True)
class Chart:
    chart_id: str
    title: str
    query: str
    draw: Callable[[pd.DataFrame], go.Figure]


CHARTS = (
    Chart(
        "activities-by-month",
        "Activities by month (hoạt động theo tháng)",
        """
        select make_date(d.year, d.month, 1) as month, t.name_en as activity_type, count(*) as activities
        from marts.fct_activity a
        join marts.dim_date d on d.date_key = a.date_key
        join marts.dim_activity_type t on t.activity_type_code = a.activity_type_code
        group by all order by month, activity_type
        """,
        lambda frame: px.bar(frame, x="month", y="activities", color="activity_type"),
    ),
    Chart(
        "top-partners",
        "Top partners by activities (đối tác có nhiều hoạt động nhất)",
        """
        select coalesce(p.name_vi, p.name_en) as partner, count(*) as activities
        from marts.fct_activity a
        join marts.dim_partner p on p.partner_key = a.partner_key
        where p.partner_type <> 'unknown'
        group by all order by activities desc, partner limit 15
        """,
        lambda frame: px.bar(frame.iloc[::-1], x="activities", y="partner", orientation="h"),
    ),
    Chart(
        "funding-by-donor",
        "Funding by donor and currency, in USD (tài trợ theo nhà tài trợ và loại tiền)",
        """
        select coalesce(p.name_en, 'Unknown donor') as donor, f.currency, f.transaction_type_name as transaction_type,
            sum(f.amount) as amount_original, sum(f.amount_usd) as amount_usd
        from marts.fct_funding f
        left join marts.dim_partner p on p.partner_key = f.partner_key
        where not f.is_in_kind
        group by all order by amount_usd desc nulls last
        """,
        lambda frame: px.bar(frame, x="donor", y="amount_usd", color="currency", hover_data=["transaction_type", "amount_original"]),
    ),
    Chart(
        "reconciliation-by-period",
        "Published figures against the registers, per period (đối chiếu số liệu theo kỳ)",
        """
        select r.period_code, p.start_date, r.status, count(*) as figures
        from marts.rpt_reconciliation r
        join marts.dim_period p on p.period_code = r.period_code
        where r.reported_value is not null
        group by all order by p.start_date, r.period_code, r.status
        """,
        lambda frame: px.bar(frame, x="period_code", y="figures", color="status", color_discrete_map=STATUS_COLOURS,
                             category_orders={"period_code": list(dict.fromkeys(frame["period_code"]))}),
    ),
)


def _figure(chart: Chart, frame: pd.DataFrame) -> go.Figure:
    figure = chart.draw(frame)
    figure.update_layout(margin={"l": 40, "r": 20, "t": 20, "b": 40}, height=420, legend_title_text="", autosize=True)
    return figure


def render_dashboard(connection: duckdb.DuckDBPyConnection, published_at: dt.datetime) -> str:
    """The whole page as one string; charts with no data say so instead of drawing nothing."""
    sections = []
    for chart in CHARTS:
        frame = connection.execute(chart.query).fetchdf()
        if frame.empty:
            body = '<p class="empty">No data for this chart in this load.</p>'
        else:
            body = pio.to_html(_figure(chart, frame), full_html=False, include_plotlyjs=False, div_id=chart.chart_id, default_width="100%",
                               config={"displaylogo": False, "responsive": True})
        sections.append(f'<section data-chart="{chart.chart_id}"><h2>{html.escape(chart.title)}</h2>{body}</section>')
    return PAGE.format(
        plotly_js=get_plotlyjs(),
        published_at=published_at.strftime("%Y-%m-%d %H:%M"),
        sections="\n".join(sections),
    )


def write_dashboard(connection: duckdb.DuckDBPyConnection, folder: Path, published_at: dt.datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "index.html"
    path.write_text(render_dashboard(connection, published_at), encoding="utf-8")
    return path


PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Sở Ngoại vụ Hà Tĩnh: foreign-affairs dashboard</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }}
main {{ max-width: 1200px; }}
section {{ border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 1rem; margin-bottom: 1.5rem; }}
h2 {{ font-size: 1rem; margin: 0.5rem 0; }}
.empty {{ color: #777; }}
</style>
<script>
// Errors are kept where the browser test (and a curious user) can read them.
window.dashboardErrors = [];
window.addEventListener("error", function (event) {{ window.dashboardErrors.push(String(event.message)); }});
</script>
<script>{plotly_js}</script>
</head>
<body>
<h1>Sở Ngoại vụ Hà Tĩnh: foreign-affairs dashboard</h1>
<p>Published warehouse of {published_at}. Figures from the registers and reports loaded in that run.</p>
<main>
{sections}
</main>
</body>
</html>
"""
