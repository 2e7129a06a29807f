"""What analysts and BI tools get from one published load of the shipped sample: comments in
the database, the dbt docs site, Parquet exports, `warehouse sql`, the analyst
questions of docs/bi-and-postgresql.md, the period report in Excel and the dashboard rendered in headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest

from dagster_project.dbt_project import assets_manifest_path
from dagster_project.paths import PROJECT_ROOT
from tests.conftest import warehouse_cli

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")


def run_cli(*args: str) -> tuple[int, str]:
    process = warehouse_cli(*args)
    output, _ = process.communicate(timeout=120)
    return process.returncode, output


def marts_tables(connection) -> list[str]:
    return [
        name
        for (name,) in connection.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts' order by table_name"
        ).fetchall()
    ]


def test_marts_tables_and_at_least_90_percent_of_columns_carry_bilingual_comments(sample_db):
    described, total = sample_db.execute(
        "select count(comment), count(*) from duckdb_columns() where schema_name = 'marts'"
    ).fetchone()
    assert described / total >= 0.9
    tables = sample_db.execute("select table_name, comment from duckdb_tables() where schema_name = 'marts'").fetchall()
    assert tables and all(comment for _, comment in tables)
    # English with the Vietnamese term beside it, e.g. "1 for a delegation, else 0 (số đoàn)".
    comments = [
        comment or ""
        for (comment,) in sample_db.execute(
            "select comment from duckdb_columns() where schema_name = 'marts'"
        ).fetchall()
    ]
    bilingual = [comment for comment in comments if re.search(r"\(.*[à-ỹđĐ].*\)", comment)]
    assert len(bilingual) / len(comments) >= 0.9, set(comments) - set(bilingual)
    assert "1 for a delegation, else 0 (số đoàn)" in comments  # a comma in the YAML does not cut it short


def test_docs_site_is_one_static_page_describing_the_marts(published_sample):
    page = published_sample.parent / "docs" / "index.html"
    text = page.read_text(encoding="utf-8")
    # The static page embeds the manifest and the catalog of this build: no server, no fetch.
    assert "fct_reported_indicator" in text and "rpt_reconciliation" in text
    assert "manifest.json" not in re.findall(r'fetch\(["\']([^"\']+)', text)


def test_every_marts_table_has_a_parquet_export_with_the_same_rows(published_sample, sample_db):
    exports = published_sample.parent / "exports"
    tables = marts_tables(sample_db)
    assert sorted(path.stem for path in exports.glob("*.parquet")) == tables
    for table in tables:
        exported = sample_db.execute(f"select count(*) from read_parquet('{exports / table}.parquet')").fetchone()[0]
        assert exported == sample_db.execute(f"select count(*) from marts.{table}").fetchone()[0], table
    # Same figures, not only the same row count.
    assert (
        sample_db.execute(
            "select count(*) from (select * from marts.fct_funding "
            f"except select * from read_parquet('{exports}/fct_funding.parquet'))"
        ).fetchone()[0]
        == 0
    )


def test_sql_table_shows_whole_numbers_right_aligned_and_writes_parquet(published_sample, sample_db, tmp_path):
    """Issue 14: at the default width amounts were cut with '…' and counts shown as 11.0000."""
    import pandas

    query = (
        "select period_code, indicator_code, register_value, reported_value from marts.rpt_reconciliation "
        "where period_code = '2020' and indicator_code in ('outbound_delegations', 'ngo_aid_committed') order by 2"
    )
    code, output = run_cli("sql", query, "--warehouse", str(published_sample))
    assert code == 0, output
    assert "…" not in output and "11.0000" not in output
    assert re.search(r"outbound_delegations\s*│\s+11 │\s+11 │", output), output
    largest = sample_db.execute("select max(amount_vnd) from marts.fct_funding").fetchone()[0]
    code, output = run_cli(
        "sql",
        "select funding_id, currency, amount, amount_vnd, value_date, item_description from marts.fct_funding "
        "order by amount_vnd desc nulls last limit 3",
        "--warehouse",
        str(published_sample),
    )
    assert code == 0, output
    assert f"{int(largest):,}" in output and "…" not in output, output  # the widest number, whole, with separators
    target = tmp_path / "answer.parquet"
    code, output = run_cli("sql", query, "--parquet", str(target), "--warehouse", str(published_sample))
    assert code == 0, output
    assert pandas.read_parquet(target)["indicator_code"].tolist() == ["ngo_aid_committed", "outbound_delegations"]
    # The published Parquet exports open with pandas in the project's environment (pyarrow).
    assert len(pandas.read_parquet(published_sample.parent / "exports" / "fct_activity.parquet")) > 0


def test_sql_command_prints_a_table_writes_csv_and_refuses_to_write(published_sample, sample_db):
    query = (
        "select indicator_code, cast(value as integer) as value from marts.fct_reported_indicator "
        "where period_code = '2022-9M' and indicator_code in ('outbound_delegations', 'outbound_persons') order by 1"
    )
    code, output = run_cli("sql", query, "--warehouse", str(published_sample))
    assert code == 0, output
    assert "outbound_delegations" in output and "36" in output and "248" in output
    code, output = run_cli("sql", query, "--csv", "--warehouse", str(published_sample))
    assert code == 0, output
    assert list(csv.reader(io.StringIO(output))) == [
        ["indicator_code", "value"],
        ["outbound_delegations", "36"],
        ["outbound_persons", "248"],
    ]
    code, output = run_cli("sql", query, "--json", "--warehouse", str(published_sample))
    assert code == 0, output
    assert json.loads(output) == [
        {"indicator_code": "outbound_delegations", "value": 36},
        {"indicator_code": "outbound_persons", "value": 248},
    ]
    before = published_sample.read_bytes()
    code, output = run_cli("sql", "delete from marts.fct_activity", "--warehouse", str(published_sample))
    assert code == 1 and "read-only" in output and "Traceback" not in output
    assert published_sample.read_bytes() == before


def readme_analyst_queries() -> list[tuple[str, str]]:
    readme = (PROJECT_ROOT / "docs" / "bi-and-postgresql.md").read_text(encoding="utf-8")
    section = readme.split("## Analyst questions", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"### (.+?)\n.*?```sql\n(.*?)```", section, flags=re.S)


def test_readme_analyst_questions_answer_from_the_sample(sample_db):
    queries = dict(readme_analyst_queries())
    assert len(queries) >= 4
    answers = {question: sample_db.execute(sql).fetchall() for question, sql in queries.items()}
    assert all(answers.values()), [question for question, rows in answers.items() if not rows]
    # Spot checks against the registers: the first question's 2022 figures add up to the register counts.
    abroad = next(rows for question, rows in answers.items() if question.lower().startswith("delegations abroad"))
    total_2022 = sum(row[2] for row in abroad if row[1] == 2022)
    assert (
        total_2022
        == sample_db.execute(
            "select count(*) from marts.fct_activity "
            "where activity_type_code = 'outbound_delegation' and year(activity_date) = 2022"
        ).fetchone()[0]
    )


def report_rows(path: Path) -> tuple[openpyxl.worksheet.worksheet.Worksheet, list[tuple]]:
    sheet = openpyxl.load_workbook(path).active
    header = next(index for index, row in enumerate(sheet.iter_rows(values_only=True), start=1) if row[0] == "STT")
    return sheet, [row for row in sheet.iter_rows(min_row=header + 1, values_only=True)]


def test_period_report_for_nine_months_2022_has_36_delegations_and_248_persons(published_sample, tmp_path):
    out = tmp_path / "r.xlsx"
    code, output = run_cli(
        "report", "2022-9m", "--out", str(out), "--warehouse", str(published_sample)
    )  # lower case is fine
    assert code == 0, output
    sheet, rows = report_rows(out)
    by_label = {row[1]: row for row in rows}
    assert by_label["Số đoàn ra"][3:5] == (36, 36) and by_label["Số đoàn ra"][6] == "Khớp"
    # Sources as a reader names them: the report table's publication and the bulletin's title, not paths.
    source = by_label["Số đoàn ra"][7]
    assert (
        "Bản tin đối ngoại Quý III/2022" in source
        and "/" not in source.replace("III/2022", "")
        and ".xlsx" not in source
    ), source
    assert by_label["Số lượt cán bộ đi công tác nước ngoài"][3:5] == (248, 248)
    # Lines in the codelist's order (the order of the department's reports), numbered.
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    assert rows[0][1] == "Số đoàn ra" and rows[1][1] == "Số lượt cán bộ đi công tác nước ngoài"
    # Formatted: a frozen header, grouped thousands, readable widths.
    first_data_row = sheet[sheet.freeze_panes].row
    assert sheet.cell(row=first_data_row - 1, column=1).value == "STT"
    assert sheet.cell(row=first_data_row, column=4).number_format == "#,##0"
    assert sheet.column_dimensions["B"].width >= 40
    # Published figures the registers do not count, and approximate ones, say so.
    statuses = {row[6] for row in rows}
    assert "Sổ theo dõi chưa có" in statuses and "Khớp trong ngưỡng" in statuses, statuses


@pytest.mark.parametrize("period", ["2021-H1", "2020", "2022-Q3"])
def test_period_report_for_other_period_kinds(published_sample, sample_db, tmp_path, period):
    out = tmp_path / f"{period}.xlsx"
    code, output = run_cli("report", period, "--out", str(out), "--warehouse", str(published_sample))
    assert code == 0, output
    _, rows = report_rows(out)
    expected = dict(
        sample_db.execute(
            "select indicator_code, register_value from marts.rpt_reconciliation "
            "where period_code = ? and register_value is not null",
            [period],
        ).fetchall()
    )
    shown = [row[3] for row in rows if row[3] is not None]
    assert sorted(shown) == sorted(float(value) if value % 1 else int(value) for value in expected.values())


def test_report_for_a_period_without_data_warns(published_sample, tmp_path):
    code, output = run_cli("report", "2012", "--out", str(tmp_path / "x.xlsx"), "--warehouse", str(published_sample))
    assert code == 0, output
    assert "Warning" in output and "no figure for 2012" in output
    assert (tmp_path / "x.xlsx").exists()


def test_report_for_an_unknown_period_says_why(published_sample, tmp_path):
    code, output = run_cli("report", "2022-13", "--out", str(tmp_path / "x.xlsx"), "--warehouse", str(published_sample))
    assert code == 1 and "2022-13" in output and "Traceback" not in output
    assert not (tmp_path / "x.xlsx").exists()


def test_dashboard_renders_every_chart_in_headless_chromium(published_sample):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package (.ci/run does)")
    from playwright.sync_api import sync_playwright

    page_path = published_sample.parent / "dashboard" / "index.html"
    text = page_path.read_text(encoding="utf-8")
    # Self-contained: plotly.js is inside the page and nothing is fetched from the network.
    assert "<script src=" not in text and "Plotly" in text
    screenshot = page_path.with_name("screenshot.png")
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 1000})
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.route(
                "http*://**", lambda route: (errors.append(f"network request {route.request.url}"), route.abort())
            )
            page.goto(page_path.as_uri())
            page.wait_for_function("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 4", timeout=30000)
            bars = page.evaluate(
                "Object.fromEntries(Array.from("
                "document.querySelectorAll('.view[data-year=\"all\"] .js-plotly-plot')).map("
                "d => [d.id, d.querySelectorAll('.bars .point path').length]))"
            )
            # The funding chart keeps aid received apart from the province's own gifts,
            # commitments beside disbursements.
            funding = page.inner_text("section[data-chart='funding-by-donor'] .view[data-year='all']")
            assert (
                "Received by the province (tỉnh tiếp nhận)" in funding
                and "Given by the province (tỉnh trao tặng)" in funding
            )
            assert page.evaluate("document.getElementById('funding-by-donor').layout.barmode") == "group"
            # The period filter shows one year's views and hides the others.
            page.select_option("#period-filter", "2020")
            visible = page.evaluate(
                "Array.from(document.querySelectorAll('.view')).filter(v => !v.hidden).map(v => v.dataset.year)"
            )
            assert visible == ["2020"] * 4
            assert page.evaluate(
                "document.getElementById('reconciliation-by-period-2020').data"
                ".every(t => t.x.every(p => p.startsWith('2020') || p.endsWith('-2020')))"
            )
            errors += page.evaluate("window.dashboardErrors")
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    assert errors == []
    assert set(bars) == {"activities-by-month", "top-partners", "funding-by-donor", "reconciliation-by-period"}
    assert all(count > 0 for count in bars.values()), bars
    from PIL import Image

    colours = Image.open(screenshot).convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # a blank or one-colour page has a handful


def test_marts_declare_primary_and_foreign_keys_for_bi_tools(sample_db):
    """Issue 14, point 5: BI tools join the star by the declared keys."""
    keys = sample_db.execute(
        "select table_name, constraint_type, constraint_column_names, referenced_table from duckdb_constraints() "
        "where schema_name = 'marts' and constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')"
    ).fetchall()
    primary = {table: columns for table, kind, columns, _ in keys if kind == "PRIMARY KEY"}
    foreign = {
        (table, tuple(columns), referenced) for table, kind, columns, referenced in keys if kind == "FOREIGN KEY"
    }
    assert primary["dim_partner"] == ["partner_key"] and primary["rpt_reconciliation"] == [
        "period_code",
        "indicator_code",
    ]
    assert {
        ("fct_activity", ("partner_key",), "dim_partner"),
        ("fct_activity", ("date_key",), "dim_date"),
        ("fct_funding", ("activity_id",), "fct_activity"),
        ("fct_reported_indicator", ("period_code",), "dim_period"),
    } <= foreign


def test_docs_have_an_overview_exposures_and_source_freshness(published_sample, tmp_path):
    """Issue 14, point 6: the dbt docs site opens on an overview, the dashboard, report and exports
    are exposures of the marts, and the landing sources are fresh right after a load."""
    import os
    import subprocess
    import sys

    # dbt rewrites target/manifest.json in place on every call (the other worker's may be running):
    # read the copy the definitions read, which is replaced whole
    manifest = json.loads(assets_manifest_path().read_text(encoding="utf-8"))
    assert "Foreign-affairs warehouse" in manifest["docs"]["doc.hatinh_foreign_affairs.__overview__"]["block_contents"]
    exposures = {e["name"]: e for e in manifest["exposures"].values()}
    assert set(exposures) == {"dashboard", "period_report", "parquet_exports"}
    assert "model.hatinh_foreign_affairs.rpt_reconciliation" in exposures["dashboard"]["depends_on"]["nodes"]
    copy = tmp_path / "w.duckdb"
    copy.write_bytes(published_sample.read_bytes())
    completed = subprocess.run(
        [
            str(Path(sys.executable).with_name("dbt")),
            "source",
            "freshness",
            "--project-dir",
            "dbt",
            "--profiles-dir",
            "dbt",
            "--target-path",
            str(tmp_path / "target"),
        ],
        cwd=PROJECT_ROOT,
        env={**os.environ, "WAREHOUSE_DB_PATH": str(copy)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout[-2000:]
    results = json.loads((tmp_path / "target" / "sources.json").read_text(encoding="utf-8"))["results"]
    assert results and all(result["status"] == "pass" for result in results), [r["status"] for r in results]


def test_quality_page_is_readable_offline_and_lists_every_check(published_sample, sample_db):
    """Issue 14, point 6: Great Expectations' index loads its CSS and JS from CDNs and was empty
    without internet; the quality page is rendered from quality.check_results instead."""
    page = (published_sample.parent / "quality" / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=\"https?://", page)
    (run_id,) = sample_db.execute(
        "select run_id from quality.load_runs where published order by published_at desc limit 1"
    ).fetchone()
    checks = sample_db.execute(
        "select count(*) from quality.check_results where run_id = ? and check_name not like 'publish%'", [run_id]
    ).fetchone()[0]
    assert page.count("<tr><td class=") >= checks - 1 > 20
    assert "great_expectations" in page and "landing/outbound_delegations" in page
    assert (published_sample.parent / "quality" / "gx_index.html").exists()
