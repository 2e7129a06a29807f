"""The quality gate end to end: what blocks publishing, what is only reported, and that the
published warehouse never changes when a run is blocked, fails or is killed."""

import json
import os
import shutil
import signal
import time
from pathlib import Path

import duckdb
import pytest
import yaml

from dagster_project.loading import LoadRequest, run_load
from tests.bad_inputs.builders import write_xlsx
from tests.conftest import warehouse_cli, workspace_from

pytestmark = pytest.mark.slow

REPORT_HEADERS = ["Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Đơn vị", "Ghi chú", "Nguồn"]


def test_cli_refuses_to_publish_a_figure_the_registers_contradict(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    (raw / "reports" / "SAMPLE_bang_so_lieu_nam_2020.xlsx").unlink()
    write_xlsx(raw / "reports" / "claims_999.xlsx", {"Số liệu": [REPORT_HEADERS, ["Năm 2020", "Số đoàn ra", 999, "đoàn", "", "Báo cáo thử"]]})
    before = warehouse.read_bytes()

    process = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force")
    output, _ = process.communicate(timeout=600)

    assert process.returncode == 1, output
    assert "Not published" in output
    assert "outbound_delegations for 2020: registers 11, published 999 (exact) in reports/claims_999.xlsx" in output
    assert "Traceback" not in output
    assert warehouse.read_bytes() == before
    assert {path.name for path in (warehouse.parent / ".build").iterdir()} == {"failed"}


def test_wrong_headers_block_publishing_and_name_the_file(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    write_xlsx(raw / "registers" / "doan_ra_sai_cot.xlsx", {"Đoàn ra": [["Thời điểm", "Nơi đến", "Người đi"], ["10/01/2022", "Lào", 3]]})
    before = warehouse.read_bytes()
    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))
    assert not outcome.published
    message = "\n".join(outcome.failures)
    assert "registers/doan_ra_sai_cot.xlsx, sheet 'Đoàn ra': no header row matches a known table" in message
    assert "Đoàn ra: Ngày đi, Nước đến, Số thành viên" in message
    assert warehouse.read_bytes() == before


def test_a_failed_great_expectations_suite_blocks_publishing(published_sample, tmp_path, monkeypatch):
    from dagster_project.quality import suites

    raw, warehouse = workspace_from(published_sample, tmp_path)
    strict = tmp_path / "expectations"
    shutil.copytree(suites.EXPECTATIONS_DIR, strict)
    suite_file = strict / "landing.outbound_delegations.json"
    suite = json.loads(suite_file.read_text(encoding="utf-8"))
    suite["expectations"].append({"type": "expect_column_values_to_be_between", "kwargs": {"column": "members", "max_value": 3}})
    suite_file.write_text(json.dumps(suite, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(suites, "EXPECTATIONS_DIR", strict)
    before = warehouse.read_bytes()

    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))

    assert not outcome.published
    assert outcome.checks_failed >= 1
    assert warehouse.read_bytes() == before
    assert (warehouse.parent / "quality" / "index.html").exists()


def _add_tolerated_problems(raw: Path, tmp_path: Path) -> Path:
    """Problems that are reported, not blocking: an unknown partner spelling, a currency with
    no exchange rate, a text value in a report table, and a contradicted figure under a waiver."""
    write_xlsx(raw / "registers" / "doan_vao_bo_sung.xlsx", {"Đoàn vào": [
        ["Ngày đến", "Tên đoàn", "Quốc gia", "Loại đoàn", "Số khách"],
        ["05/10/2022", "Đoàn tỉnh Bôlykhămxay Mới", "Lào", "Đoàn nước ngoài", 6],
    ]})
    write_xlsx(raw / "registers" / "giao_dich_bo_sung.xlsx", {"Cam kết": [
        ["Mã dự án", "Ngày", "Loại giao dịch", "Bên cấp vốn", "Số tiền", "Loại tiền"],
        ["PCPNN-2022-01", "20/09/2022", "Giải ngân", "Oxfam", 50000, "THB"],
    ]})
    write_xlsx(raw / "reports" / "bang_bo_sung.xlsx", {"Số liệu": [
        REPORT_HEADERS,
        ["6 tháng đầu năm 2020", "Số đoàn ra", 99, "đoàn", "", "Báo cáo sơ kết"],
        ["6 tháng đầu năm 2020", "Số đoàn vào", "chưa tổng hợp", "đoàn", "", "Báo cáo sơ kết"],
        # Figures the registers cannot count: published as they are, 1 bad row in 5 stays under the limit.
        ["6 tháng đầu năm 2020", "Số trang biên dịch", 3000, "trang", "gần", "Báo cáo sơ kết"],
        ["6 tháng đầu năm 2020", "Số giờ phiên dịch", 20, "giờ", "", "Báo cáo sơ kết"],
        ["6 tháng đầu năm 2020", "Số hồ sơ cấp mới hộ chiếu công vụ / ngoại giao", 9, "hồ sơ", "", "Báo cáo sơ kết"],
    ]})
    waivers = tmp_path / "waivers.yml"
    waivers.write_text(yaml.safe_dump({"waivers": [{
        "period": "2020-H1", "indicator": "outbound_delegations", "reason": "Sơ kết counted planned trips",
        "who": "Phòng HTQT", "date": "2020-07-15",
    }]}, allow_unicode=True), encoding="utf-8")
    return waivers


def test_killed_run_leaves_the_warehouse_and_the_next_run_publishes_with_reported_problems(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    before = warehouse.read_bytes()

    process = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse), "--force")
    deadline = time.monotonic() + 300
    while not any((warehouse.parent / ".build").glob("*/warehouse.duckdb")) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(3)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert warehouse.read_bytes() == before
    assert any(path.name != "failed" for path in (warehouse.parent / ".build").iterdir())

    waivers = _add_tolerated_problems(raw, tmp_path)
    (raw / "registers" / "SAMPLE_lanh_su.xlsx").unlink()  # a deleted file's rows must disappear
    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True, waivers_path=waivers))

    assert outcome.published, outcome.failures
    assert not list((warehouse.parent / ".build").glob("*/warehouse.duckdb")), "the killed run's build was cleaned"
    with duckdb.connect(str(warehouse), read_only=True) as db:
        assert db.execute(
            "select p.partner_code from marts.fct_activity a join marts.dim_partner p using (partner_key) "
            "where a.partner_name_raw = 'Đoàn tỉnh Bôlykhămxay Mới'"
        ).fetchone() == ("UNRESOLVED",)
        assert db.execute("select found_in from quality.unresolved_partners where name_as_written = 'Đoàn tỉnh Bôlykhămxay Mới'").fetchone() == ("inbound_delegation",)
        assert db.execute("select amount, amount_vnd from marts.fct_funding where currency = 'THB'").fetchone() == (50000, None)
        assert db.execute(
            "select status from quality.check_results where check_name like 'dbt:not_null_int_funding_transactions_amount_vnd%'"
        ).fetchone() == ("warned",)
        assert db.execute(
            "select column_name, raw_value from quality.rejected_rows where _source_file = 'reports/bang_bo_sung.xlsx'"
        ).fetchall() == [("value", "chưa tổng hợp")]
        assert db.execute(
            "select status, is_waived, waived_by from marts.rpt_reconciliation where period_code = '2020-H1' and indicator_code = 'outbound_delegations'"
        ).fetchone() == ("mismatch", True, "Phòng HTQT")
        assert db.execute("select count(*) from landing.consular_cases").fetchone() == (0,)
        assert db.execute("select count(*) from marts.fct_activity where activity_type_code = 'consular_case'").fetchone() == (0,)
        # Unchanged sample files were copied from the published warehouse, the added file was read.
        run_ids = db.execute("select count(distinct _run_id), count(*) from landing.inbound_delegations").fetchone()
        assert run_ids == (2, 52)
        published_runs = db.execute("select count(*) from quality.load_runs").fetchone()[0]
        assert published_runs >= 2, "the history of earlier published runs is kept"
