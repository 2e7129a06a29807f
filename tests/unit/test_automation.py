"""The nightly schedule and the raw-files sensor (no load needed)."""

import os
import time

from dagster import RunRequest, SkipReason, build_sensor_context

from dagster_project.defs.automation import TIMEZONE, raw_files_changed


def test_nightly_schedule_runs_at_two_in_viet_nam():
    from dagster_project.dbt_project import ensure_manifest

    ensure_manifest()
    from dagster_project.definitions import defs

    (schedule,) = defs.schedules
    assert (schedule.cron_schedule, schedule.execution_timezone, schedule.job_name) == (
        "0 2 * * *",
        TIMEZONE,
        "warehouse_load",
    )
    assert [sensor.name for sensor in defs.sensors] == [
        "raw_files_changed",
        "record_successful_load",
        "record_failed_load",
    ]


def _evaluate(cursor=None):
    context = build_sensor_context(cursor=cursor)
    return raw_files_changed(context), context.cursor


def test_sensor_reacts_to_content_not_to_touching(tmp_path, monkeypatch):
    monkeypatch.setenv("WAREHOUSE_RAW_DIR", str(tmp_path))
    register = tmp_path / "registers" / "doan_ra.xlsx"
    register.parent.mkdir()
    register.write_bytes(b"v1")

    first, cursor = _evaluate()
    assert isinstance(first, RunRequest) and "added: registers/doan_ra.xlsx" in first.tags["changes"]

    os.utime(register, (time.time() + 60, time.time() + 60))
    touched, cursor = _evaluate(cursor)
    assert isinstance(touched, SkipReason)

    register.write_bytes(b"v2")
    changed, cursor = _evaluate(cursor)
    assert isinstance(changed, RunRequest) and changed.tags["changes"] == "changed: registers/doan_ra.xlsx"
    assert changed.run_key != first.run_key

    register.unlink()
    removed, _ = _evaluate(cursor)
    assert isinstance(removed, RunRequest) and removed.tags["changes"] == "removed: registers/doan_ra.xlsx"
