"""Run the load job in-process (what ``warehouse load`` and the tests call)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from dagster_project.fingerprint import LAST_FINGERPRINT_SQL, load_fingerprint
from dagster_project.paths import DEFAULT_DECISIONS_PATH, DEFAULT_WAIVERS_PATH
from dagster_project.locking import writer_lock
from dagster_project.progress import PROGRESS_LOGGER
from dagster_project.releases import torn_unit
from dagster_project.storage_faults import DISK_FULL_EXIT, from_failures, keep_failed_build

# Dagster's console logger would print stack traces; the CLI prints its own summary instead
# and the full run log stays available in the Dagster UI and in the dbt log file.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@dataclass(frozen=True)
class LoadRequest:
    raw_dir: Path
    warehouse_path: Path
    force: bool = False
    waivers_path: Path = DEFAULT_WAIVERS_PATH
    decisions_path: Path = DEFAULT_DECISIONS_PATH
    max_reject_share: float = 0.2
    lock_wait_seconds: float = 600
    keep_versions: int = 3
    max_workbook_mb: float = 20
    max_document_mb: float = 5
    # "duckdb": publish warehouse_path; "postgres": publish into the database at postgres_url.
    target: str = "duckdb"
    postgres_url: str = ""

    def postgres(self):
        from dagster_project.postgres import PostgresTarget

        return PostgresTarget.from_url(self.postgres_url) if self.target == "postgres" else None


@dataclass
class LoadOutcome:
    published: bool = False
    skipped: bool = False
    message: str = ""
    failures: list[str] = field(default_factory=list)
    files: int = 0
    rows_landed: int = 0
    rows_rejected: int = 0
    checks_passed: int = 0
    checks_failed: int = 0
    mart_rows: dict[str, int] = field(default_factory=dict)
    # 1 for a blocked load; storage_faults' codes when the disk refused to be written.
    exit_code: int = 0


LAST_RUN_SQL = "select files, rows_landed, rows_rejected from quality.load_runs order by published_at desc limit 1"
# information_schema, not duckdb_tables(): the same query answers on both targets.
MARTS_TABLES_SQL = "select table_name from information_schema.tables where table_schema = 'marts' order by table_name"


def last_published_fingerprint(warehouse_path: Path) -> str | None:
    if not warehouse_path.exists():
        return None
    try:
        with duckdb.connect(str(warehouse_path), read_only=True) as connection:
            row = connection.execute(LAST_FINGERPRINT_SQL).fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def _summarise(outcome: LoadOutcome, query: Callable[[str], list[tuple]]) -> None:
    """The published run's file and row counts and each marts table's rows, from either target."""
    outcome.files, outcome.rows_landed, outcome.rows_rejected = query(LAST_RUN_SQL)[0]
    for (name,) in query(MARTS_TABLES_SQL):
        outcome.mart_rows[name] = query(f'select count(*) from marts."{name}"')[0][0]


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
            messages.append(f"{event.step_key}: … and {len(lines) - MAX_LINES_PER_STEP} more (quality.load_files, "
                            "quality.rejected_rows and quality.total_checks hold them all)")
    return messages


def append_run_log(warehouse_path: Path, run_id: str, outcome: "LoadOutcome", started_at: dt.datetime) -> None:
    """Every run, published or not, in logs/load_runs.jsonl (a failed build is never published,
    so its record cannot live in the warehouse)."""
    log = warehouse_path.parent / "logs" / "load_runs.jsonl"
    log.parent.mkdir(parents=True, exist_ok=True)
    finished_at = dt.datetime.now()
    entry = {
        "run_id": run_id,
        "started_at": started_at.isoformat(timespec="seconds"),
        "finished_at": finished_at.isoformat(timespec="seconds"),
        "duration_s": round((finished_at - started_at).total_seconds(), 1),
        **asdict(outcome),
    }
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


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
    fingerprint = load_fingerprint(request.raw_dir, (request.waivers_path, request.decisions_path))
    postgres = request.postgres()
    if postgres:
        postgres.preflight()
    published_fingerprint = postgres.published_fingerprint() if postgres else last_published_fingerprint(request.warehouse_path)
    if not request.force and fingerprint == published_fingerprint:
        torn = [] if postgres else torn_unit(request.warehouse_path)
        if not torn:
            outcome = LoadOutcome(skipped=True, message=f"fingerprint {fingerprint[:12]}")
            append_run_log(request.warehouse_path, "skipped", outcome, started_at)
            return outcome
        PROGRESS_LOGGER.info(f"rebuilding although nothing changed, to repair the published unit: {torn[0]}")

    # Importing Great Expectations takes ~10 s: its own process does it while Dagster starts and files land.
    from dagster_project.quality import gx_worker

    gx_worker.start()
    from dagster import AssetCheckEvaluation, DagsterInstance

    from dagster_project.resources import WarehouseResource

    resources = {
        "warehouse": WarehouseResource(
            raw_dir=str(request.raw_dir),
            warehouse_path=str(request.warehouse_path),
            waivers_path=str(request.waivers_path),
            decisions_path=str(request.decisions_path),
            max_reject_share=request.max_reject_share,
            keep_versions=request.keep_versions,
            max_workbook_mb=request.max_workbook_mb,
            max_document_mb=request.max_document_mb,
            target=request.target,
            postgres_url=request.postgres_url,
        )
    }
    # dagster and dagster-dbt take seconds to import: only once a run is certain to happen.
    from dagster_project.dbt_project import ensure_manifest

    PROGRESS_LOGGER.info("preparing dbt manifest")
    ensure_manifest(database_path=str(resources["warehouse"].dbt_database_path))
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
        leftover = resources["warehouse"].build_dir
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
    if postgres:
        _summarise(outcome, postgres.query)
    else:
        with duckdb.connect(str(request.warehouse_path), read_only=True) as connection:
            _summarise(outcome, lambda sql: connection.execute(sql).fetchall())
    append_run_log(request.warehouse_path, result.run_id, outcome, started_at)
    return outcome
