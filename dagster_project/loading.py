"""Run the load job in-process (what ``warehouse load`` and the tests call)."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from dagster_project.dbt_project import ensure_manifest
from dagster_project.fingerprint import load_fingerprint
from dagster_project.progress import PROGRESS_LOGGER

QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass(frozen=True)
class LoadRequest:
    raw_dir: Path
    warehouse_path: Path
    force: bool = False


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


def last_published_fingerprint(warehouse_path: Path) -> str | None:
    if not warehouse_path.exists():
        return None
    try:
        with duckdb.connect(str(warehouse_path), read_only=True) as connection:
            row = connection.execute(
                "select input_fingerprint from quality.load_runs where published order by published_at desc limit 1"
            ).fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def _summarise(outcome: LoadOutcome, warehouse_path: Path) -> None:
    with duckdb.connect(str(warehouse_path), read_only=True) as connection:
        outcome.files, outcome.rows_landed, outcome.rows_rejected = connection.execute(
            "select files, rows_landed, rows_rejected from quality.load_runs order by published_at desc limit 1"
        ).fetchone()
        tables = connection.execute(
            "select table_name from duckdb_tables() where schema_name = 'marts' order by table_name"
        ).fetchall()
        for (name,) in tables:
            outcome.mart_rows[name] = connection.execute(f'select count(*) from marts."{name}"').fetchone()[0]


def _failures(result) -> list[str]:
    messages = []
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE" and event.step_failure_data:
            error = event.step_failure_data.error
            message = (error.message or "").strip().splitlines()
            cause = error.cause.message.strip().splitlines() if error.cause and error.cause.message else []
            text = "; ".join(line for line in [*message[:1], *cause[:3]] if line)
            messages.append(f"{event.step_key}: {text}")
    return messages


def run_load(request: LoadRequest) -> LoadOutcome:
    from dagster import AssetCheckEvaluation, DagsterInstance

    fingerprint = load_fingerprint(request.raw_dir)
    if not request.force and fingerprint == last_published_fingerprint(request.warehouse_path):
        return LoadOutcome(skipped=True, message=f"fingerprint {fingerprint[:12]}")

    PROGRESS_LOGGER.info("preparing dbt manifest")
    ensure_manifest()
    from dagster_project.definitions import LOAD_JOB_NAME, defs
    from dagster_project.resources import WarehouseResource

    resources = {"warehouse": WarehouseResource(raw_dir=str(request.raw_dir), warehouse_path=str(request.warehouse_path))}
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
        # Keep the failed build for inspection beside the published file, never in its place.
        leftover = resources["warehouse"].build_dir(result.run_id)
        if leftover.exists():
            failed_dir = leftover.parent / "failed"
            failed_dir.mkdir(parents=True, exist_ok=True)
            shutil.move(str(leftover), failed_dir / leftover.name)
        return outcome
    _summarise(outcome, request.warehouse_path)
    return outcome
