"""Narrative reports end to end: ``warehouse load`` on the department's real reports alone,
and the shipped sample where a report table and a report give the same figure."""

import shutil
from decimal import Decimal

import duckdb
import pytest

from dagster_project.loading import LoadRequest, run_load
from tests.conftest import load_expected_figures

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_reports_warehouse(shared_seeds_dir, tmp_path_factory):
    """Only the seed reports in raw/documents/: no registers, no report tables."""
    root = tmp_path_factory.mktemp("seed_reports")
    documents = root / "raw" / "documents"
    documents.mkdir(parents=True)
    for path in shared_seeds_dir.glob("*.txt"):
        shutil.copy2(path, documents / path.name)
    warehouse = root / "warehouse" / "warehouse.duckdb"
    # The same job `warehouse load --raw DIR` runs, in this process (the CLI itself is covered
    # by tests/e2e/test_quality_gate.py and test_operations.py).
    outcome = run_load(LoadRequest(raw_dir=root / "raw", warehouse_path=warehouse))
    assert outcome.published, outcome.failures
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        yield connection


def test_seed_reports_publish_every_expected_figure_and_nothing_else(seed_reports_warehouse):
    found = {
        (period, indicator, value.normalize(), unit, qualifier)
        for period, indicator, value, unit, qualifier in seed_reports_warehouse.execute(
            "select period_code, indicator_code, value, unit, qualifier from marts.fct_reported_indicator"
        ).fetchall()
    }
    expected = {
        (f["period_code"], f["indicator_code"], Decimal(f["value"]).normalize(), f["unit"], f["qualifier"])
        for f in load_expected_figures()
    }
    assert found == expected


def test_each_figure_keeps_its_sentence_and_offsets_into_the_report(seed_reports_warehouse):
    rows = seed_reports_warehouse.execute(
        """
        select f.extraction_method, f.source_document, f.source_excerpt,
               substr(d.document_text, f.char_start + 1, f.char_end - f.char_start) as written, s.value_as_written
        from marts.fct_reported_indicator f
        join landing.documents d on d._source_file = f.excerpt_document
        join landing.document_figures s
          on s._source_file = f.excerpt_document and s.char_start = f.char_start
        """
    ).fetchall()
    assert len(rows) == 46
    for method, document, excerpt, written, as_written in rows:
        assert method == "narrative" and document.startswith("documents/")
        assert written == as_written and written in excerpt


def test_uncertain_figures_and_unknown_partners_wait_for_review(seed_reports_warehouse):
    reasons = dict(
        seed_reports_warehouse.execute(
            "select value_as_written, reason from quality.extraction_review where source_document like '%004_%'"
        ).fetchall()
    )
    assert reasons["49"].startswith("a change against an earlier period")
    unresolved = {
        name
        for (name,) in seed_reports_warehouse.execute(
            "select name_as_written from quality.unresolved_partners"
        ).fetchall()
    }
    assert {"KCCI", "KORCHAM", "APOTC"} <= unresolved
    partners = {
        code
        for (code,) in seed_reports_warehouse.execute(
            "select partner_code from marts.bridge_document_partner where document_id like '%002_%'"
        ).fetchall()
    }
    assert {"KOICA", "KR", "KOTRA", "KR-SUNCHEON"} <= partners


def test_a_figure_in_a_report_table_and_a_report_is_one_figure_with_both_sources(sample_db):
    method, count, documents = sample_db.execute(
        "select extraction_method, source_count, source_document from marts.fct_reported_indicator "
        "where period_code = '2022-9M' and indicator_code = 'outbound_delegations'"
    ).fetchone()
    assert (method, count) == ("narrative; report_table", 2)
    assert documents == "documents/SAMPLE_ban_tin_quy_III_2022.md; reports/SAMPLE_bang_so_lieu_9_thang_2022.xlsx"
    sources = sample_db.execute(
        "select extraction_method, value from marts.fct_reported_indicator_source "
        "where period_code = '2022-9M' and indicator_code = 'outbound_delegations' order by 1"
    ).fetchall()
    assert sources == [("narrative", Decimal(36)), ("report_table", Decimal(36))]


def test_sample_report_figures_reconcile_with_the_registers(sample_db):
    statuses = dict(
        sample_db.execute(
            "select indicator_code, status from marts.rpt_reconciliation "
            "where period_code = '2022-H1' and reported_value is not null"
        ).fetchall()
    )
    assert statuses["outbound_delegations"] == statuses["inbound_visitors"] == "match"
    assert statuses["ngo_aid_committed"] == "within_tolerance"  # "gần 1,1 triệu USD"
