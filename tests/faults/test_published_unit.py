"""The published database and every page or export describing it are one unit: a blocked run
changes none of them, rollback brings all of them back (and is recorded and undoable), and a
unit whose parts disagree is named by `warehouse status` and repaired by the next load."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from dagster_project.loading import LoadRequest, run_load
from dagster_project.publishing.releases import PARTS, list_releases, part_run_id
from tests.bad_inputs.builders import write_xlsx
from tests.conftest import workspace_from
from tests.faults.helpers import run_cli, sha256

pytestmark = pytest.mark.slow

REPORT_HEADERS = ["Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Đơn vị", "Ghi chú", "Nguồn"]


def _published_files(warehouse: Path) -> dict[str, str]:
    """Hash of every file a reader finds at the published paths."""
    found = {warehouse.name: sha256(warehouse)}
    for part in PARTS:
        for path in sorted((warehouse.parent / part).rglob("*")):
            if path.is_file():
                found[path.relative_to(warehouse.parent).as_posix()] = sha256(path)
    return found


def _database_run(warehouse: Path) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        return connection.execute("select run_id from quality.load_runs order by published_at desc limit 1").fetchone()[
            0
        ]


def _described_runs(warehouse: Path) -> set[str]:
    return {part_run_id(warehouse.parent / part) for part in PARTS}


@pytest.fixture(scope="module")
def workspace(published_sample, tmp_path_factory) -> tuple[Path, Path]:
    """The sample published twice through the command's own load: two whole releases."""
    raw, warehouse = workspace_from(published_sample, tmp_path_factory.mktemp("unit"))
    for _ in range(2):
        outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse, force=True, keep_versions=3))
        assert outcome.published, outcome.failures
    return raw, warehouse


def test_every_part_carries_the_run_id_of_the_published_database(workspace):
    _, warehouse = workspace
    assert _described_runs(warehouse) == {_database_run(warehouse)}
    page = (warehouse.parent / "quality" / "index.html").read_text(encoding="utf-8")
    assert _database_run(warehouse) in page


def test_a_blocked_run_changes_no_published_file_and_keeps_its_own_quality_page(workspace, tmp_path):
    raw, warehouse = workspace
    before = _published_files(warehouse)
    claims = raw / "reports" / "claims_999.xlsx"
    write_xlsx(claims, {"Số liệu": [REPORT_HEADERS, ["Năm 2020", "Số đoàn ra", 999, "đoàn", "", "Báo cáo thử"]]})
    try:
        outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse))
    finally:
        claims.unlink()
    assert not outcome.published
    assert _published_files(warehouse) == before
    failed_pages = list((warehouse.parent / ".build" / "failed").glob("*/quality/index.html"))
    assert failed_pages and "failed (không đạt): 0" not in failed_pages[0].read_text(encoding="utf-8")


def test_rollback_restores_database_pages_and_exports_together_is_recorded_and_undoable(workspace):
    _, warehouse = workspace
    newest_run = _database_run(warehouse)
    newest_files = _published_files(warehouse)

    code, output = run_cli("rollback", "--warehouse", str(warehouse))
    assert code == 0, output
    older_run = _database_run(warehouse)
    assert older_run != newest_run
    assert _described_runs(warehouse) == {older_run}
    with duckdb.connect() as connection:
        exported = connection.execute(
            f"select count(*) from read_parquet('{warehouse.parent / 'exports' / 'fct_activity.parquet'}')"
        ).fetchone()[0]
    assert exported > 0
    code, status = run_cli("status", "--warehouse", str(warehouse))
    assert code == 0 and "ROLLBACK" in status, status
    log = [json.loads(line) for line in (warehouse.parent / "logs" / "load_runs.jsonl").read_text().splitlines()]
    assert log[-1]["kind"] == "rollback" and log[-1]["run_id"] == older_run

    code, output = run_cli("rollback", "--undo", "--warehouse", str(warehouse))
    assert code == 0, output
    assert _published_files(warehouse) == newest_files


def test_a_unit_whose_pages_describe_another_load_is_named_and_the_next_load_repairs_it(workspace):
    raw, warehouse = workspace
    older = list_releases(warehouse)[1]
    dashboard = warehouse.parent / "dashboard"
    dashboard.unlink()
    dashboard.symlink_to(older / "dashboard", target_is_directory=True)

    code, status = run_cli("status", "--warehouse", str(warehouse))
    assert code == 0
    assert "do not all describe the published database" in status and "dashboard (dashboard/): from run" in status

    outcome = run_load(LoadRequest(raw_dir=raw, warehouse_path=warehouse))
    assert outcome.published and not outcome.skipped, outcome.failures
    assert _described_runs(warehouse) == {_database_run(warehouse)}
    code, status = run_cli("status", "--warehouse", str(warehouse))
    assert "do not all describe" not in status
