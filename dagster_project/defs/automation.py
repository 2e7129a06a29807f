"""Nightly schedule and a sensor that starts a load when a raw file is added, changed or removed."""

import hashlib
import json
import os
from pathlib import Path

from dagster import DefaultScheduleStatus, DefaultSensorStatus, RunRequest, ScheduleDefinition, SensorEvaluationContext, SkipReason, sensor

from dagster_project.fingerprint import raw_file_hashes
from dagster_project.paths import DEFAULT_RAW_DIR

TIMEZONE = "Asia/Ho_Chi_Minh"
LOAD_JOB_NAME = "warehouse_load"


def nightly_schedule(job) -> ScheduleDefinition:
    return ScheduleDefinition(
        name="nightly_warehouse_load",
        job=job,
        cron_schedule="0 2 * * *",
        execution_timezone=TIMEZONE,
        default_status=DefaultScheduleStatus.RUNNING,
        description="Every night at 02:00 Viet Nam time",
    )


def describe_changes(previous: dict[str, str], current: dict[str, str]) -> str:
    added = sorted(current.keys() - previous.keys())
    removed = sorted(previous.keys() - current.keys())
    changed = sorted(name for name in current.keys() & previous.keys() if current[name] != previous[name])
    parts = [f"{label}: {', '.join(names)}" for label, names in (("added", added), ("changed", changed), ("removed", removed)) if names]
    return "; ".join(parts)


@sensor(
    job_name=LOAD_JOB_NAME,
    minimum_interval_seconds=60,
    default_status=DefaultSensorStatus.RUNNING,
    description="Starts a load when raw/ files change (by content hash)",
)
def raw_files_changed(context: SensorEvaluationContext):
    raw_dir = Path(os.environ.get("WAREHOUSE_RAW_DIR", str(DEFAULT_RAW_DIR)))
    current = raw_file_hashes(raw_dir)
    previous = json.loads(context.cursor) if context.cursor else {}
    if current == previous:
        return SkipReason("no raw file added, changed or removed")
    context.update_cursor(json.dumps(current, sort_keys=True))
    run_key = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
    return RunRequest(run_key=run_key, tags={"trigger": "raw_files_changed", "changes": describe_changes(previous, current)[:200]})
