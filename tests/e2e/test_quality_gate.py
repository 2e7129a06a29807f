"""The quality gate end to end: what blocks publishing, what is only reported, and that the
published warehouse never changes when a run is blocked, fails or is killed."""

import json
import re
import shutil
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
    write_xlsx(
        raw / "reports" / "claims_999.xlsx",
        {"Số liệu": [REPORT_HEADERS, ["Năm 2020", "Số đoàn ra", 999, "đoàn", "", "Báo cáo thử"]]},
    )
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
    write_xlsx(
        raw / "registers" / "doan_ra_sai_cot.xlsx",
        {"Đoàn ra": [["Thời điểm", "Nơi đến", "Người đi"], ["10/01/2022", "Lào", 3]]},
    )
    before = warehouse.read_bytes()
    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))
    assert not outcome.published
    message = "\n".join(outcome.failures)
    assert "registers/doan_ra_sai_cot.xlsx, sheet 'Đoàn ra': no header row matches a known table" in message
    assert "Closest table: Đoàn ra (outbound_delegations), missing Ngày đi (departure_date)" in message
    assert warehouse.read_bytes() == before


def test_a_failed_great_expectations_suite_blocks_publishing(published_sample, tmp_path, monkeypatch):
    from dagster_project.quality import suites

    raw, warehouse = workspace_from(published_sample, tmp_path)
    strict = tmp_path / "expectations"
    shutil.copytree(suites.EXPECTATIONS_DIR, strict)
    suite_file = strict / "landing.outbound_delegations.json"
    suite = json.loads(suite_file.read_text(encoding="utf-8"))
    suite["expectations"].append(
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "members", "max_value": 3}}
    )
    suite_file.write_text(json.dumps(suite, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(suites, "EXPECTATIONS_DIR", strict)
    before = warehouse.read_bytes()
    published_page = (warehouse.parent / "quality" / "index.html").read_bytes()

    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))

    assert not outcome.published
    assert outcome.checks_failed >= 1
    assert warehouse.read_bytes() == before
    # The blocked run's quality page stays with its failed build; the published one is untouched.
    failed_pages = list((warehouse.parent / ".build" / "failed").glob("*/quality/index.html"))
    assert failed_pages and "landing/outbound_delegations" in failed_pages[0].read_text(encoding="utf-8")
    assert (warehouse.parent / "quality" / "index.html").read_bytes() == published_page


def add_tolerated_problems(raw: Path, tmp_path: Path) -> Path:
    """Problems that are reported, not blocking: an unknown partner spelling, a currency with
    no exchange rate, a text value in a report table, and a contradicted figure under a waiver."""
    write_xlsx(
        raw / "registers" / "doan_vao_bo_sung.xlsx",
        {
            "Đoàn vào": [
                ["Ngày đến", "Tên đoàn", "Quốc gia", "Loại đoàn", "Số khách"],
                ["05/10/2022", "Đoàn tỉnh Bôlykhămxay Mới", "Lào", "Đoàn nước ngoài", 6],
            ]
        },
    )
    write_xlsx(
        raw / "registers" / "giao_dich_bo_sung.xlsx",
        {
            "Cam kết": [
                ["Mã dự án", "Ngày", "Loại giao dịch", "Bên cấp vốn", "Số tiền", "Loại tiền"],
                ["PCPNN-2022-01", "20/09/2022", "Giải ngân", "Oxfam", 50000, "THB"],
            ]
        },
    )
    write_xlsx(
        raw / "reports" / "bang_bo_sung.xlsx",
        {
            "Số liệu": [
                REPORT_HEADERS,
                ["6 tháng đầu năm 2020", "Số đoàn ra", 99, "đoàn", "", "Báo cáo sơ kết"],
                ["6 tháng đầu năm 2020", "Số đoàn vào", "chưa tổng hợp", "đoàn", "", "Báo cáo sơ kết"],
                # Figures the registers cannot count: published as they are, 1 bad row in 5 stays under the limit.
                ["6 tháng đầu năm 2020", "Số trang biên dịch", 3000, "trang", "gần", "Báo cáo sơ kết"],
                ["6 tháng đầu năm 2020", "Số giờ phiên dịch", 20, "giờ", "", "Báo cáo sơ kết"],
                [
                    "6 tháng đầu năm 2020",
                    "Số hồ sơ cấp mới hộ chiếu công vụ / ngoại giao",
                    9,
                    "hồ sơ",
                    "",
                    "Báo cáo sơ kết",
                ],
            ]
        },
    )
    waivers = tmp_path / "waivers.yml"
    waivers.write_text(
        yaml.safe_dump(
            {
                "waivers": [
                    {
                        "period": "2020-H1",
                        "indicator": "outbound_delegations",
                        "reason": "Sơ kết counted planned trips",
                        "who": "Phòng HTQT",
                        "date": "2020-07-15",
                    }
                ]
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    return waivers


def test_register_rows_that_used_to_escape_reconciliation_block_publishing(published_sample, tmp_path):
    """Issue 14, point 3: register rows raising a published figure block from the CLI, in both shapes:
    valid rows appended to a register, and rows whose date only names the month (quarantined,
    under the reject-share limit: they used to leave the reconciliation saying "match")."""
    import openpyxl

    raw, warehouse = workspace_from(published_sample, tmp_path)
    register = raw / "registers" / "SAMPLE_doan_ra_doan_vao.xlsx"
    book = openpyxl.load_workbook(register)
    for number in range(30):  # thirty more delegations abroad in 2020 (published: 11)
        book["Đoàn ra"].append(
            [
                100 + number,
                f"{number % 28 + 1:02d}/06/2020",
                None,
                "Lào",
                "Khammouane",
                "Phó Giám đốc Sở",
                3,
                "Công tác",
                "Ngân sách tỉnh",
                "Sở Ngoại vụ",
                None,
            ]
        )
    for number in range(3):  # visits whose day nobody wrote down: quarantined, but they belong to Q3 2022
        book["Đoàn vào"].append(
            [200 + number, "Tháng 8/2022", None, "Đoàn tỉnh Bolikhamsay", "Lào", "Đoàn nước ngoài", 5, "Làm việc", None]
        )
    book.save(register)
    before = warehouse.read_bytes()

    process = warehouse_cli("load", "--raw", str(raw), "--warehouse", str(warehouse))
    output, _ = process.communicate(timeout=600)

    assert process.returncode == 1, output
    assert "Traceback" not in output
    assert (
        "outbound_delegations for 2020: registers 41, published 11 (exact) in reports/SAMPLE_bang_so_lieu_nam_2020.xlsx"
        in output
    )
    assert re.search(
        r"inbound_delegations for 2022-Q3: registers \d+ plus 3 quarantined row\(s\) dated in the period, "
        r"published \d+",
        output,
    )
    assert "registers/SAMPLE_doan_ra_doan_vao.xlsx rows" in output and "'Tháng 8/2022' names only a month" in output
    assert warehouse.read_bytes() == before


def test_a_register_outside_the_family_folders_blocks_instead_of_being_ignored(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    write_xlsx(
        raw / "doan_ra_bo_sung_2020.xlsx",
        {"Đoàn ra": [["Ngày đi", "Nước đến", "Số thành viên"], ["10/10/2020", "Lào", 3]]},
    )
    before = warehouse.read_bytes()
    outcome = run_load(
        LoadRequest(raw_dir=raw, warehouse_path=warehouse)
    )  # not skipped: the new file changes the fingerprint
    assert not outcome.published and not outcome.skipped
    assert any(
        "doan_ra_bo_sung_2020.xlsx: not read: input files belong in raw/registers/" in failure
        for failure in outcome.failures
    )
    assert warehouse.read_bytes() == before


def test_a_register_count_with_rows_in_quarantine_is_withheld_not_published_short(published_sample, tmp_path):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    headers = ["STT", "Ngày tiếp nhận", "Quốc gia", "Loại vụ việc"]
    valid_2021 = [
        [n, f"0{n}/03/2021", "Lào", "Mất hộ chiếu"] for n in range(2, 8)
    ]  # keeps the file under the reject share
    write_xlsx(
        raw / "registers" / "lanh_su_bo_sung.xlsx",
        {"Lãnh sự": [headers, [1, "Tháng 5/2020", "Lào", "Mất hộ chiếu"], *valid_2021]},
    )
    with duckdb.connect(str(published_sample), read_only=True) as con:
        before = dict(
            con.execute(
                "select period_code, register_value from marts.rpt_reconciliation "
                "where indicator_code = 'consular_cases'"
            ).fetchall()
        )

    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True))

    assert outcome.published, outcome.failures
    with duckdb.connect(str(warehouse), read_only=True) as con:
        after = {
            row[0]: row[1:]
            for row in con.execute(
                "select period_code, register_value, register_value_landed, quarantined_register_rows, status "
                "from marts.rpt_reconciliation where indicator_code = 'consular_cases'"
            ).fetchall()
        }
    for period in ("2020", "2020-H1", "2020-Q2", "2020-9M"):  # the periods May 2020 falls in
        assert after[period] == (None, before[period], 1, "register_incomplete")
    for period in ("2020-Q1", "2020-Q3", "2020-H2"):
        assert after[period] == (before[period], before[period], 0, "not_reported")
