"""Run the load job in-process (what ``warehouse load`` and the tests call)."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from dagster_project import warm_dbt
from dagster_project.paths import DEFAULT_DBT_WORK_DIR
from dagster_project.progress import PROGRESS_LOGGER
from dagster_project.publishing.fingerprint import load_fingerprint
from dagster_project.publishing.locking import writer_lock
from dagster_project.publishing.run_record import LoadOutcome, append_run_log, summarise
from dagster_project.publishing.storage_faults import DISK_FULL_EXIT, from_failures, keep_failed_build
from dagster_project.publishing.target_interface import PublishTarget
from dagster_project.publishing.targets import target_for
from dagster_project.settings import Settings, setting_fields

# Dagster's console logger would print stack traces; the CLI prints its own summary instead
# and the full run log stays available in the Dagster UI and in the dbt log file.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass(frozen=True)
class LoadRequest(Settings):
    """The settings of one load, and whether to rebuild when nothing changed since the published one."""

    force: bool = False

    @classmethod
    def from_settings(cls, settings: Settings, force: bool = False) -> LoadRequest:
        return cls(**{item.name: getattr(settings, item.name) for item in setting_fields()}, force=force)


# A blocked load lists at most this many problems of one step; the quality tables hold the rest.
MAX_LINES_PER_STEP = 12


def _failures(result) -> list[str]:
    """Readable lines per failed step: the Failure description the step wrote (one line per
    problem, at most MAX_LINES_PER_STEP), else the underlying error's own message (never a
    stack trace)."""
    messages = []
    for event in result.all_events:
        if event.event_type_value != "STEP_FAILURE" or not event.step_failure_data:
            continue
        data = event.step_failure_data
        if data.user_failure_data and data.user_failure_data.description:
            text = data.user_failure_data.description
        else:
            error = data.error
            while error.cause is not None:
                error = error.cause
            text = " ".join((error.message or "").strip().splitlines()[:3])
        lines = [line for line in text.splitlines() if line.strip()]
        messages += [f"{event.step_key}: {line}" for line in lines[:MAX_LINES_PER_STEP]]
        if len(lines) > MAX_LINES_PER_STEP:
            messages.append(
                f"{event.step_key}: … and {len(lines) - MAX_LINES_PER_STEP} more (quality.load_files, "
                "quality.rejected_rows and quality.total_checks hold them all)"
            )
    return messages


def _render_blocked_quality_page(build: Path, database_name: str, run_id: str) -> None:
    """The kept build's quality page with every check the run got to, the blocking ones too
    (the page written during the run predates the dbt tests)."""
    from dagster_project.quality.quality_page import render_quality_page

    try:
        with duckdb.connect(str(build / database_name), read_only=True) as connection:
            render_quality_page(connection, run_id, build / "quality")
    except (duckdb.Error, OSError):
        pass  # the build never got as far as recording checks: the run's failures say why


def run_load(request: LoadRequest) -> LoadOutcome:
    """Run the load job in-process while holding the writer lock (raises WarehouseBusyError
    if another writer keeps it longer than ``lock_wait_seconds``)."""
    with writer_lock(request.warehouse_path, request.lock_wait_seconds, on_wait=PROGRESS_LOGGER.info):
        return _run_load_locked(request)


def _run_load_locked(request: LoadRequest) -> LoadOutcome:
    started_at = dt.datetime.now()
    fingerprint = load_fingerprint(request.raw_dir, request.reviewed_files)
    target = target_for(request)
    target.preflight()
    if not request.force and fingerprint == target.published_fingerprint():
        torn = target.needs_repair()
        if not torn:
            outcome = LoadOutcome(skipped=True, message=f"fingerprint {fingerprint[:12]}")
            append_run_log(request.warehouse_path, "skipped", outcome, started_at)
            return outcome
        PROGRESS_LOGGER.info(f"rebuilding although nothing changed, to repair the published unit: {torn[0]}")

    # dbt's imports (2-4 s) are done by a process that then runs the dbt step's command, while
    # Dagster starts and the files land (warm_dbt).
    warm = warm_dbt.start()
    try:
        return _run_job(request, target, started_at)
    finally:
        if warm is not None:
            warm.stop()


def _run_job(request: LoadRequest, target: PublishTarget, started_at: dt.datetime) -> LoadOutcome:
    # Importing Great Expectations takes ~10 s: its own process does it while Dagster starts and files land.
    from dagster_project.quality import gx_worker

    gx_worker.start()
    from dagster_project.landing import beside

    beside.start(request.raw_dir)  # lands a large family's files beside this process
    from dagster import AssetCheckEvaluation, DagsterInstance

    from dagster_project.resources import warehouse_resource

    resources = {"warehouse": warehouse_resource(request)}
    # dagster and dagster-dbt take seconds to import: only once a run is certain to happen.
    from dagster_project.dbt_project import ensure_manifest

    PROGRESS_LOGGER.info("preparing dbt manifest")
    # The build reuses this parse's state only where dbt works in the project's own target folder.
    shares_parse = target.build.dbt_work_dir == DEFAULT_DBT_WORK_DIR
    ensure_manifest(database_path=str(target.build.database_for_dbt) if shares_parse else None)
    from dagster_project.definitions import LOAD_JOB_NAME, defs

    job = defs.resolve_job_def(LOAD_JOB_NAME)
    log_path = request.warehouse_path.parent / "logs" / "last_load.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    PROGRESS_LOGGER.info(f"dbt's own log: {log_path}")
    # dagster-dbt echoes every dbt log line to stdout; keep them in a file, not on the screen.
    with DagsterInstance.ephemeral() as instance, log_path.open("w", encoding="utf-8") as log_file:
        with contextlib.redirect_stdout(log_file):
            result = job.execute_in_process(
                run_config=QUIET_RUN_CONFIG, instance=instance, resources=resources, raise_on_error=False
            )
    outcome = LoadOutcome(published=result.success)
    for event in result.all_events:
        data = getattr(event, "event_specific_data", None)
        if isinstance(data, AssetCheckEvaluation):
            if data.passed:
                outcome.checks_passed += 1
            else:
                outcome.checks_failed += 1
    if not result.success:
        outcome.failures = _failures(result)
        fault = from_failures(outcome.failures, request.warehouse_path.parent)
        outcome.exit_code = fault.exit_code if fault else 1
        # Keep the failed build for inspection beside the published file, never in its place,
        # and only while the disk has room for the next builds (a build that filled the disk never).
        leftover = target.build.folder
        if leftover.exists():
            if fault is not None and fault.exit_code == DISK_FULL_EXIT:
                shutil.rmtree(leftover, ignore_errors=True)
            elif kept := keep_failed_build(leftover, leftover.parent / "failed", result.run_id):
                _render_blocked_quality_page(kept, request.warehouse_path.name, result.run_id)
            else:
                outcome.failures.append("the failed build was not kept: the disk has no room for it and the next build")
        if fault is not None:  # read again: the message tells the space free once the build is gone
            outcome.failures.insert(0, str(from_failures(outcome.failures, request.warehouse_path.parent)))
        with contextlib.suppress(OSError):  # a full disk may refuse the log line too
            append_run_log(request.warehouse_path, result.run_id, outcome, started_at)
        return outcome
    summarise(outcome, target.query)
    append_run_log(request.warehouse_path, result.run_id, outcome, started_at)
    return outcome
