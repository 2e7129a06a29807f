"""Nightly schedule, a sensor that starts a load when a raw file is added, changed or removed,
and sensors that record every Dagster-launched run where `warehouse status` reads.

Runs started by Dagster skip like `warehouse load` does: when the fingerprint of the raw
files, the code and the reviewed files equals the published load's, nothing is requested (a
rebuild would publish the same warehouse and use up a kept rollback version)."""

import contextlib
import datetime as dt
import hashlib
import json

from dagster import (
    DagsterRunStatus,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunFailureSensorContext,
    RunRequest,
    RunStatusSensorContext,
    ScheduleEvaluationContext,
    SensorEvaluationContext,
    SkipReason,
    run_failure_sensor,
    run_status_sensor,
    schedule,
    sensor,
)

from dagster_project.publishing.fingerprint import load_fingerprint, raw_file_hashes
from dagster_project.publishing.run_record import LoadOutcome, append_run_log, summarise
from dagster_project.publishing.target_interface import TargetError
from dagster_project.publishing.targets import target_for
from dagster_project.settings import Settings

TIMEZONE = "Asia/Ho_Chi_Minh"
LOAD_JOB_NAME = "warehouse_load"


def unchanged_since_published() -> bool:
    """True when a load now would publish exactly the published warehouse (on the deployment's target)."""
    settings = Settings.from_environment()
    target = target_for(settings)
    published = target.published_fingerprint()
    return (
        published is not None
        and load_fingerprint(settings.raw_dir, settings.reviewed_files) == published
        and not target.needs_repair()
    )


def describe_changes(previous: dict[str, str], current: dict[str, str]) -> str:
    added = sorted(current.keys() - previous.keys())
    removed = sorted(previous.keys() - current.keys())
    changed = sorted(name for name in current.keys() & previous.keys() if current[name] != previous[name])
    parts = [
        f"{label}: {', '.join(names)}"
        for label, names in (("added", added), ("changed", changed), ("removed", removed))
        if names
    ]
    return "; ".join(parts)


def nightly_schedule(job):
    @schedule(
        name="nightly_warehouse_load",
        job=job,
        cron_schedule="0 2 * * *",
        execution_timezone=TIMEZONE,
        default_status=DefaultScheduleStatus.RUNNING,
        description="Every night at 02:00 Viet Nam time, unless nothing changed since the published load",
    )
    def _nightly(context: ScheduleEvaluationContext):
        if unchanged_since_published():
            return SkipReason("nothing changed since the published load (same raw files, code and reviewed files)")
        return RunRequest(tags={"trigger": "nightly_warehouse_load"})

    return _nightly


@sensor(
    job_name=LOAD_JOB_NAME,
    minimum_interval_seconds=60,
    default_status=DefaultSensorStatus.RUNNING,
    description="Starts a load when raw/ files change (by content hash) and differ from the published load",
)
def raw_files_changed(context: SensorEvaluationContext):
    current = raw_file_hashes(Settings.from_environment().raw_dir)
    previous = json.loads(context.cursor) if context.cursor else None
    if current == previous:
        return SkipReason("no raw file added, changed or removed")
    context.update_cursor(json.dumps(current, sort_keys=True))
    if unchanged_since_published():
        # First tick of a new daemon, or files put back as they were: the published load has them.
        return SkipReason("raw files are those of the published load")
    run_key = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()[:16]
    changes = describe_changes(previous or {}, current)
    return RunRequest(run_key=run_key, tags={"trigger": "raw_files_changed", "changes": changes[:200]})


def record_dagster_run(run_id: str, started_at: dt.datetime, failures: list[str]) -> None:
    """A Dagster-launched run in logs/load_runs.jsonl, as `warehouse load` records its own."""
    settings = Settings.from_environment()
    outcome = LoadOutcome(published=not failures, failures=failures, message="Dagster run")
    if not failures:
        with contextlib.suppress(TargetError):  # the log line matters more than its counts
            summarise(outcome, target_for(settings).query)
    append_run_log(settings.warehouse_path, run_id, outcome, started_at)


def _started_at(context) -> dt.datetime:
    stats = context.instance.get_run_stats(context.dagster_run.run_id)
    return dt.datetime.fromtimestamp(stats.start_time) if stats and stats.start_time else dt.datetime.now()


@run_status_sensor(
    run_status=DagsterRunStatus.SUCCESS,
    monitored_jobs=None,
    default_status=DefaultSensorStatus.RUNNING,
    description="Records successful load runs in warehouse/logs/load_runs.jsonl",
)
def record_successful_load(context: RunStatusSensorContext):
    # `warehouse load` runs in an ephemeral instance and records itself; runs seen here were
    # launched by Dagster (schedule, sensor, the UI).
    if context.dagster_run.job_name == LOAD_JOB_NAME:
        record_dagster_run(context.dagster_run.run_id, _started_at(context), [])


@run_failure_sensor(
    default_status=DefaultSensorStatus.RUNNING, description="Records failed load runs in warehouse/logs/load_runs.jsonl"
)
def record_failed_load(context: RunFailureSensorContext):
    if context.dagster_run.job_name == LOAD_JOB_NAME:
        message = context.failure_event.message or "the run failed"
        record_dagster_run(context.dagster_run.run_id, _started_at(context), [message])
