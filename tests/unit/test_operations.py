"""Schedule, sensor, writer lock and kept versions (no load needed)."""

import os
import signal
import subprocess
import sys
import time

import pytest
from dagster import RunRequest, SkipReason, build_sensor_context

from dagster_project.defs.automation import TIMEZONE, raw_files_changed
from dagster_project.publishing.locking import WarehouseBusyError, lock_path, writer_lock


def test_nightly_schedule_runs_at_two_in_viet_nam():
    from dagster_project.dbt_project import ensure_manifest

    ensure_manifest()
    from dagster_project.definitions import defs

    (schedule,) = defs.schedules
    assert (schedule.cron_schedule, schedule.execution_timezone, schedule.job_name) == ("0 2 * * *", TIMEZONE, "warehouse_load")
    assert [sensor.name for sensor in defs.sensors] == ["raw_files_changed", "record_successful_load", "record_failed_load"]


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


HOLD_LOCK = """
import sys, time
from pathlib import Path
from dagster_project.publishing.locking import writer_lock
with writer_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_writer_is_refused_while_the_lock_is_held_and_a_killed_holder_frees_it(tmp_path):
    warehouse = tmp_path / "warehouse.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(warehouse)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WarehouseBusyError, match=f"holder: pid {holder.pid}"):
            with writer_lock(warehouse, wait_seconds=1):
                pass
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    with writer_lock(warehouse, wait_seconds=0):
        assert lock_path(warehouse).read_text() == f"pid {os.getpid()}"
