"""The dashboard: one self-contained HTML file (plotly.js embedded, no network needed) with
the four views the department asks for first."""

from __future__ import annotations

import datetime as dt
import html
import itertools
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
    "match": "#2e7d32",
    "within_tolerance": "#9ccc65",
    "mismatch": "#c62828",
    "not_in_registers": "#90a4ae",
    "not_reported": "#ffb300",
}
PANEL_GAP = 0.02  # between the funding chart's panels, as a share of its width


@dataclass(frozen=True)
class Chart:
    chart_id: str
    title: str
    query: str  # returns a `year` column: the period filter keeps one year's rows
    draw: Callable[[pd.DataFrame], go.Figure]


def _bars(
    frame: pd.DataFrame,
    x: str,
    y: str,
    labels: dict[str, str],
    colour: str | None = None,
    colour_map: dict[str, str] | None = None,
    horizontal: bool = False,
) -> go.Figure:
    """Bars, one trace per value of ``colour`` (stacked), drawn with graph_objects: plotly
    express builds the same figure about ten times slower, and the dashboard draws dozens."""
    groups = frame.groupby(colour, sort=False) if colour else [(None, frame)]
    traces = []
    for name, rows in groups:
        hover = "<br>".join(
            ([f"{labels[colour]}={name}"] if colour else []) + [f"{labels[x]}=%{{x}}", f"{labels[y]}=%{{y}}"]
        )
        traces.append(
            go.Bar(
                x=rows[x],
                y=rows[y],
                name=None if name is None else str(name),
                legendgroup=None if name is None else str(name),
                showlegend=colour is not None,
                orientation="h" if horizontal else "v",
                marker_color=(colour_map or {}).get(name),
                hovertemplate=hover + "<extra></extra>",
            )
        )
    figure = go.Figure(traces)
    figure.update_layout(
        barmode="relative",
        xaxis_title_text=labels[x],
        yaxis_title_text=labels[y],
        legend_title_text=labels.get(colour or "", ""),
    )
    return figure


def _activities_by_month(frame: pd.DataFrame) -> go.Figure:
    return _bars(
        frame,
        x="month",
        y="activities",
        colour="activity_type",
        labels={
            "month": "month (tháng)",
            "activities": "activities (số hoạt động)",
            "activity_type": "activity (loại hoạt động)",
        },
    )


def _top_partners(frame: pd.DataFrame) -> go.Figure:
    top = (
        frame.groupby("partner", as_index=False)["activities"]
        .sum()
        .sort_values(["activities", "partner"], ascending=[False, True])
        .head(15)
    )
    return _bars(
        top.iloc[::-1],
        x="activities",
        y="partner",
        horizontal=True,
        labels={"activities": "activities (số hoạt động)", "partner": "partner (đối tác)"},
    )


def _funding(frame: pd.DataFrame) -> go.Figure:
    """Commitments beside disbursements (never stacked), aid received apart from what the
    province gives to its Lao partners (a gift is not a donor's money): one panel per direction."""
    totals = frame.groupby(["direction", "partner", "transaction_type"], as_index=False, sort=False)[
        ["amount_usd", "amount_original"]
    ].sum()
    directions = list(dict.fromkeys(totals["direction"]))
    colours = dict(zip(dict.fromkeys(totals["transaction_type"]), itertools.cycle(px.colors.qualitative.Plotly)))
    width = (1 - PANEL_GAP * (len(directions) - 1)) / len(directions)
    figure = go.Figure()
    for panel, direction in enumerate(directions, start=1):
        suffix = "" if panel == 1 else str(panel)
        left = (panel - 1) * (width + PANEL_GAP)
        for transaction_type, rows in totals[totals["direction"] == direction].groupby("transaction_type", sort=False):
            figure.add_trace(
                go.Bar(
                    x=rows["partner"],
                    y=rows["amount_usd"],
                    customdata=rows[["amount_original"]],
                    name=transaction_type,
                    legendgroup=transaction_type,
                    offsetgroup=transaction_type,
                    showlegend=transaction_type not in {trace.name for trace in figure.data},
                    marker_color=colours[transaction_type],
                    xaxis=f"x{suffix}",
                    yaxis=f"y{suffix}",
                    hovertemplate=f"transaction (loại giao dịch)={transaction_type}<br>{direction}<br>"
                    "partner (đối tác)=%{x}<br>USD (quy đổi USD)=%{y}<br>"
                    "original currency (nguyên tệ)=%{customdata[0]}<extra></extra>",
                )
            )
        figure.layout[f"xaxis{suffix}"] = {
            "anchor": f"y{suffix}",
            "domain": [left, left + width],
            "title": {"text": "partner (đối tác)"},
        }
        figure.layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}"} | (
            {"title": {"text": "USD (quy đổi USD)"}} if panel == 1 else {"matches": "y", "showticklabels": False}
        )
        figure.add_annotation(
            text=direction, x=left + width / 2, y=1.0, xref="paper", yref="paper", showarrow=False, yanchor="bottom"
        )
    figure.update_layout(barmode="group", legend_title_text="transaction (loại giao dịch)")
    return figure


def _reconciliation(frame: pd.DataFrame) -> go.Figure:
    figure = _bars(
        frame,
        x="period_code",
        y="figures",
        colour="status",
        colour_map=STATUS_COLOURS,
        labels={
            "period_code": "period (kỳ)",
            "figures": "published figures (số liệu công bố)",
            "status": "status (trạng thái)",
        },
    )
    # periods in time order (the query sorts them), not in the order the statuses first meet them
    figure.update_xaxes(categoryorder="array", categoryarray=list(dict.fromkeys(frame["period_code"])))
    return figure


CHARTS = (
    Chart(
        "activities-by-month",
        "Activities by month (hoạt động theo tháng)",
        """
        select make_date(d.year, d.month, 1) as month, d.year, t.name_en || ' (' || t.name_vi || ')' as activity_type,
            count(*) as activities
        from marts.fct_activity a
        join marts.dim_date d on d.date_key = a.date_key
        join marts.dim_activity_type t on t.activity_type_code = a.activity_type_code
        group by all order by month, activity_type
        """,
        _activities_by_month,
    ),
    Chart(
        "top-partners",
        "Top partners by activities (đối tác có nhiều hoạt động nhất)",
        """
        select coalesce(p.name_vi, p.name_en) as partner, d.year, count(*) as activities
        from marts.fct_activity a
        join marts.dim_partner p on p.partner_key = a.partner_key
        join marts.dim_date d on d.date_key = a.date_key
        where p.partner_type <> 'unknown'
        group by all
        """,
        _top_partners,
    ),
    Chart(
        "funding-by-donor",
        "Funding in USD: aid received by donor, support given by recipient (tài trợ theo loại giao dịch và chiều)",
        """
        select
            case when f.activity_type_code = 'gift' then 'Given by the province (tỉnh trao tặng)'
                 else 'Received by the province (tỉnh tiếp nhận)' end as direction,
            coalesce(
                case when f.activity_type_code = 'gift' then coalesce(r.name_vi, r.name_en) else p.name_en end,
                'Unknown (chưa rõ)'
            ) as partner,
            f.transaction_type_name as transaction_type, year(f.value_date) as year,
            sum(f.amount) as amount_original, sum(f.amount_usd) as amount_usd
        from marts.fct_funding f
        left join marts.dim_partner p on p.partner_key = f.partner_key
        left join marts.dim_partner r on r.partner_key = f.recipient_partner_key
        where not f.is_in_kind
        group by all order by amount_usd desc nulls last
        """,
        _funding,
    ),
    Chart(
        "reconciliation-by-period",
        "Published figures against the registers, per period (đối chiếu số liệu theo kỳ)",
        """
        select r.period_code, year(p.end_date) as year, p.start_date, r.status, count(*) as figures
        from marts.rpt_reconciliation r
        join marts.dim_period p on p.period_code = r.period_code
        where r.reported_value is not null
        group by all order by p.start_date, r.period_code, r.status
        """,
        _reconciliation,
    ),
)


def _figure(chart: Chart, frame: pd.DataFrame) -> go.Figure:
    figure = chart.draw(frame)
    figure.update_layout(margin={"l": 40, "r": 20, "t": 30, "b": 40}, height=420, autosize=True)
    return figure


def _chart_html(chart: Chart, frame: pd.DataFrame, year: str) -> str:
    div_id = chart.chart_id if year == "all" else f"{chart.chart_id}-{year}"
    hidden = "" if year == "all" else " hidden"
    if frame.empty:
        return (
            f'<div class="view" data-year="{year}"{hidden}>'
            '<p class="empty">No data for this chart (không có số liệu).</p></div>'
        )
    plot = pio.to_html(
        _figure(chart, frame),
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        default_width="100%",
        config={"displaylogo": False, "responsive": True},
    )
    return f'<div class="view" data-year="{year}"{hidden}>{plot}</div>'


def render_dashboard(connection: duckdb.DuckDBPyConnection, published_at: dt.datetime) -> str:
    """The whole page as one string; one view per chart for all years and one per year, the
    period filter shows one of them; charts with no data say so instead of drawing nothing."""
    frames = {chart.chart_id: connection.execute(chart.query).fetchdf() for chart in CHARTS}
    years = sorted(
        {int(year) for frame in frames.values() if "year" in frame for year in frame["year"].dropna()}, reverse=True
    )
    sections = []
    for chart in CHARTS:
        frame = frames[chart.chart_id]
        views = [_chart_html(chart, frame, "all")] + [
            _chart_html(chart, frame[frame["year"] == year], str(year)) for year in years
        ]
        sections.append(
            f'<section data-chart="{chart.chart_id}"><h2>{html.escape(chart.title)}</h2>{"".join(views)}</section>'
        )
    options = "".join(f'<option value="{year}">{year}</option>' for year in years)
    return PAGE.format(
        plotly_js=get_plotlyjs(),
        published_at=published_at.strftime("%Y-%m-%d %H:%M"),
        sections="\n".join(sections),
        options=options,
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
<h1>Sở Ngoại vụ Hà Tĩnh: foreign-affairs dashboard (bảng điều khiển đối ngoại)</h1>
<p>Published warehouse of {published_at}. Figures from the registers and reports loaded in that run.</p>
<p><label for="period-filter">Period (kỳ): </label>\
<select id="period-filter"><option value="all">All years (tất cả các năm)</option>{options}</select></p>
<main>
{sections}
</main>
<script>
document.getElementById("period-filter").addEventListener("change", function (event) {{
  var year = event.target.value;
  document.querySelectorAll(".view").forEach(function (view) {{
    view.hidden = view.dataset.year !== year;
    if (!view.hidden) {{ \
view.querySelectorAll(".js-plotly-plot").forEach(function (plot) {{ Plotly.Plots.resize(plot); }}); }}
  }});
}});
</script>
</body>
</html>
"""


def render_dashboard_page(database: Path, folder: Path) -> Path:
    """Write the dashboard of the build file ``database`` into ``folder``."""
    with duckdb.connect(str(database)) as connection:
        return write_dashboard(connection, folder, dt.datetime.now())
