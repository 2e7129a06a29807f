"""Dagster-launched runs behave like `warehouse load`: the sensor's first tick and the nightly
schedule skip when the published load already has these inputs, and a run Dagster launched is
recorded where `warehouse status` reads (issue 14, point 1)."""

import datetime as dt

import pytest
from dagster import RunRequest, SkipReason, build_schedule_context, build_sensor_context

from dagster_project.defs.automation import nightly_schedule, raw_files_changed, record_dagster_run
from tests.bad_inputs.builders import write_xlsx
from tests.conftest import workspace_from

pytestmark = pytest.mark.slow


@pytest.fixture
def published_workspace(published_sample, tmp_path, monkeypatch):
    raw, warehouse = workspace_from(published_sample, tmp_path)
    monkeypatch.setenv("WAREHOUSE_RAW_DIR", str(raw))
    monkeypatch.setenv("WAREHOUSE_PATH", str(warehouse))
    return raw, warehouse


def _add_register(raw):
    write_xlsx(
        raw / "registers" / "doan_vao_moi.xlsx",
        {
            "Đoàn vào": [
                ["Ngày đến", "Tên đoàn", "Quốc gia", "Loại đoàn", "Số khách"],
                ["05/10/2022", "Đoàn tỉnh Bolikhamsay", "Lào", "Đoàn nước ngoài", 6],
            ]
        },
    )


def test_sensor_first_tick_skips_when_the_published_load_has_these_files(published_workspace):
    raw, _ = published_workspace
    context = build_sensor_context(cursor=None)
    first = raw_files_changed(context)
    assert isinstance(first, SkipReason) and "published load" in first.skip_message
    assert context.cursor  # the cursor now starts from the published files
    _add_register(raw)
    second = raw_files_changed(build_sensor_context(cursor=context.cursor))
    assert isinstance(second, RunRequest) and second.tags["changes"] == "added: registers/doan_vao_moi.xlsx"


def test_nightly_schedule_skips_when_nothing_changed(published_workspace):
    from dagster_project.definitions import warehouse_load_job

    raw, _ = published_workspace
    schedule = nightly_schedule(warehouse_load_job)
    assert isinstance(schedule(build_schedule_context()), SkipReason)
    _add_register(raw)
    assert isinstance(schedule(build_schedule_context()), RunRequest)


def test_a_dagster_run_is_recorded_where_status_reads(published_workspace):
    from dagster_project.publishing.status import read_status

    _, warehouse = published_workspace
    record_dagster_run("dagster-run-1", dt.datetime.now() - dt.timedelta(seconds=90), [])
    record_dagster_run("dagster-run-2", dt.datetime.now(), ["land_registers: file rejected"])
    runs = read_status(warehouse).runs
    assert [(run["run_id"], run["published"]) for run in runs[:2]] == [
        ("dagster-run-2", False),
        ("dagster-run-1", True),
    ]
    assert runs[1]["files"] > 0 and runs[1]["duration_s"] >= 90
    assert runs[0]["failures"] == ["land_registers: file rejected"]
