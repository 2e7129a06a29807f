"""Data is shown as written: rich markup or emoji codes inside values never style, vanish or
crash the console, and text written to Excel is text, never a formula Excel would run."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import openpyxl
import pytest

from tests.faults.helpers import private_copy, run_cli, sha256

pytestmark = pytest.mark.slow

HOSTILE = "[/oops] [bold]loud[/bold] a:x:b"
FORMULA = "=cmd|' /C calc'!A0"


@pytest.fixture(scope="module")
def warehouse(published_sample, tmp_path_factory) -> Path:
    warehouse = private_copy(published_sample, tmp_path_factory.mktemp("escaping"))
    with duckdb.connect(str(warehouse)) as connection:
        connection.execute(
            "update quality.extraction_review set source_excerpt = ? || source_excerpt, reason = ?",
            [HOSTILE + " ", HOSTILE],
        )
        connection.execute(
            "update marts.fct_reported_indicator_source set published_source = ? where period_code = '2020'", [FORMULA]
        )
    return warehouse


def test_sql_prints_values_exactly_as_stored(warehouse):
    code, output = run_cli(
        "sql", "--warehouse", str(warehouse), "select '[/oops]' as a, '[bold]loud[/bold]' as b, 'a:x:b' as c"
    )
    assert code == 0, output
    assert "[/oops]" in output and "[bold]loud[/bold]" in output and "a:x:b" in output
    assert "Traceback" not in output and "MarkupError" not in output


def test_review_queue_stays_readable_with_markup_in_its_sentences(warehouse):
    code, output = run_cli("review", "--warehouse", str(warehouse))
    assert code == 0, output
    assert "MarkupError" not in output and "Traceback" not in output
    assert "[/oops]" in output and "a:x:b" in output


def test_status_shows_a_blocked_run_reason_as_written(warehouse):
    log = warehouse.parent / "logs" / "load_runs.jsonl"
    log.parent.mkdir(exist_ok=True)
    run = {
        "run_id": "r",
        "finished_at": "2026-12-01T10:00:00",
        "duration_s": 1,
        "published": False,
        "skipped": False,
        "files": 1,
        "rows_landed": 0,
        "rows_rejected": 0,
        "checks_passed": 0,
        "checks_failed": 1,
        "failures": [f"raw/registers/{HOSTILE}.xlsx: file rejected"],
    }
    log.write_text(json.dumps(run) + "\n", encoding="utf-8")
    code, output = run_cli("status", "--warehouse", str(warehouse))
    assert code == 0, output
    assert f"{HOSTILE}.xlsx" in output


def test_report_writes_source_text_as_text_never_as_a_formula(warehouse, tmp_path):
    before = sha256(warehouse)
    out = tmp_path / "report.xlsx"
    code, output = run_cli("report", "2020", "--out", str(out), "--warehouse", str(warehouse))
    assert code == 0, output
    sheet = openpyxl.load_workbook(out).active
    sources = [
        cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str) and FORMULA in cell.value
    ]
    assert sources, "the hostile source should be in the report"
    assert all(cell.data_type == "s" for cell in sources)
    assert sha256(warehouse) == before
